#include "render/graphviz.h"

#include <gvc.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <map>
#include <sstream>

namespace chainmap {
namespace {

// agseterrf takes a plain function pointer, so the messages of the current call go to
// this buffer; ErrorCapture installs and restores the handler around each call.
std::string* g_messages = nullptr;

int CaptureMessage(char* text) {
  if (g_messages) *g_messages += text;
  return 0;
}

/// Routes Graphviz's messages into a string for the lifetime of the object.
class ErrorCapture {
 public:
  ErrorCapture() : previous_(agseterrf(CaptureMessage)), previous_level_(agseterr(AGWARN)) {
    g_messages = &messages_;
    agreseterrors();
  }
  ~ErrorCapture() {
    g_messages = nullptr;
    agseterrf(previous_);
    agseterr(previous_level_);
  }
  ErrorCapture(const ErrorCapture&) = delete;
  ErrorCapture& operator=(const ErrorCapture&) = delete;

  /// Throws GraphvizError if Graphviz reported an error (or `failed`), with `what`
  /// naming the step; otherwise moves the warnings into `warnings`.
  void Check(bool failed, std::string_view what, std::vector<std::string>& warnings) {
    std::vector<std::string> errors;
    std::vector<std::string> others;
    bool in_error = false;
    std::istringstream lines(messages_);
    for (std::string line; std::getline(lines, line);) {
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
      if (line.empty()) continue;
      if (line.rfind("Error: ", 0) == 0) {
        in_error = true;
        errors.push_back(line.substr(7));
      } else if (line.rfind("Warning: ", 0) == 0) {
        in_error = false;
        others.push_back(line.substr(9));
      } else {  // a continuation line belongs to the message before it
        std::vector<std::string>& target = in_error ? errors : others;
        if (target.empty()) {
          target.push_back(line);
        } else {
          target.back() += " " + line;
        }
      }
    }
    messages_.clear();
    if (failed || !errors.empty() || agreseterrors() >= AGERR) {
      std::string message = "Graphviz could not " + std::string(what);
      for (const std::string& e : errors) message += ": " + e;
      if (errors.empty()) {
        for (const std::string& w : others) message += ": " + w;
      }
      throw GraphvizError(message);
    }
    warnings.insert(warnings.end(), others.begin(), others.end());
  }

 private:
  std::string messages_;
  agusererrf previous_;
  agerrlevel_t previous_level_;
};

// cgraph's default ID discipline uses the address of an interned name as the ID of a named
// object, and iterates subgraphs in ID order, so clusters came out in an order that
// depended on the heap: the same graph rendered differently later in the same process.
// This discipline gives named objects sequential even IDs in order of first appearance
// (anonymous ones odd IDs), making the order, and so the output, depend on the text only.
struct NameIds {
  std::map<std::string, IDTYPE, std::less<>> ids;
  std::deque<std::string> names;  // names[k] has ID 2 * (k + 1); a deque keeps c_str() stable
  IDTYPE next_anonymous = 1;
};

void* OpenIds(Agraph_t*, Agdisc_t*) { return new NameIds; }

long MapId(void* state, int, char* name, IDTYPE* id, int create) {
  auto& s = *static_cast<NameIds*>(state);
  if (!name) {
    *id = s.next_anonymous;
    s.next_anonymous += 2;
    return 1;
  }
  const auto it = s.ids.find(std::string_view(name));
  if (it != s.ids.end()) {
    *id = it->second;
  } else if (create) {
    s.names.emplace_back(name);
    *id = 2 * s.names.size();
    s.ids.emplace(s.names.back(), *id);
  } else {
    *id = 0;
  }
  return 1;
}

long AllocId(void* state, int, IDTYPE id) {
  return id % 2 == 0 && id / 2 >= 1 && id / 2 <= static_cast<NameIds*>(state)->names.size();
}

void FreeId(void*, int, IDTYPE) {}

char* PrintId(void* state, int, IDTYPE id) {
  auto& s = *static_cast<NameIds*>(state);
  if (id % 2 != 0 || id == 0 || id / 2 > s.names.size()) return nullptr;
  return s.names[id / 2 - 1].data();
}

void CloseIds(void* state) { delete static_cast<NameIds*>(state); }

void RegisterId(void*, int, void*) {}

Agiddisc_t kSequentialIds{OpenIds, MapId, AllocId, FreeId, PrintId, CloseIds, RegisterId};

/// Reads the graph from memory for agread.
struct TextChannel {
  std::string_view text;
  std::size_t position = 0;
};

int ReadText(void* channel, char* buffer, int size) {
  auto& c = *static_cast<TextChannel*>(channel);
  const std::size_t n = std::min<std::size_t>(size, c.text.size() - c.position);
  c.text.copy(buffer, n, c.position);
  c.position += n;
  return static_cast<int>(n);
}

int NoPut(void*, const char*) { return 0; }
int NoFlush(void*) { return 0; }

Agiodisc_t kTextIo{ReadText, NoPut, NoFlush};

/// Parses DOT text with the sequential ID discipline.
Agraph_t* ReadGraph(std::string_view dot) {
  Agdisc_t discipline{&AgMemDisc, &kSequentialIds, &kTextIo};
  TextChannel channel{dot};
  agreadline(1);  // the lexer's line counter is global: count from this graph's first line
  return agread(&channel, &discipline);
}

struct GraphCloser {
  void operator()(Agraph_t* graph) const { agclose(graph); }
};

/// cairo 1.16 stamps a PDF with the current time (and ignores SOURCE_DATE_EPOCH); the
/// date is replaced in place by 1970-01-01 00:00:00 UTC, keeping its length so that the
/// cross-reference offsets stay valid.
void NormalizePdfDates(std::string& pdf) {
  for (std::string_view key : {"/CreationDate (D:", "/ModDate (D:"}) {
    const std::size_t at = pdf.find(key);
    if (at == std::string::npos) continue;
    const std::size_t start = at + key.size();
    const std::size_t end = pdf.find(')', start);
    if (end == std::string::npos || end - start < 14) continue;
    const std::size_t zone = end - start - 14;  // "Z" or "+08'00'" after YYYYMMDDHHMMSS
    std::string fixed = "19700101000000";
    fixed += zone == 1 ? "Z" : zone == 7 ? "+00'00'" : zone == 6 ? "+00'00" : "";
    if (fixed.size() == end - start) pdf.replace(start, end - start, fixed);
  }
}

struct RenderDataFree {
  void operator()(char* data) const { gvFreeRenderData(data); }
};

}  // namespace

std::string_view ToString(OutputFormat format) {
  switch (format) {
    case OutputFormat::kSvg:
      return "svg";
    case OutputFormat::kPng:
      return "png";
    case OutputFormat::kPdf:
      return "pdf";
    case OutputFormat::kDot:
      return "dot";
  }
  return "";
}

std::optional<OutputFormat> ParseOutputFormat(std::string_view text) {
  for (OutputFormat f :
       {OutputFormat::kSvg, OutputFormat::kPng, OutputFormat::kPdf, OutputFormat::kDot})
    if (ToString(f) == text) return f;
  return std::nullopt;
}

namespace {

/// The process's one gvc context, made on first use and never freed. Graphviz 2.42's
/// pango plugin keeps a pointer to the last font name it measured in a static variable
/// (gvtextlayout_pango.c) and compares the next name with it; the name lives in the
/// context's font table, so after gvFreeContext a second context in the same process
/// reads freed memory (AddressSanitizer: heap-use-after-free in strcmp). Sharing one
/// context keeps that name alive.
GVC_t* SharedContext() {
  static GVC_t* const shared = gvContext();
  return shared;
}

/// Grows the laid-out graph's pad so that the drawing, pad included, has width / height
/// = `aspect`. Graphviz reads `pad` (inches, "x" or "x,y"; default 4 points) when it
/// renders, and then scales drawing and pad together to the graph's `size`.
void PadToAspect(Agraph_t* graph, double aspect) {
  constexpr double kPointsPerInch = 72;
  double pad_x = 4 / kPointsPerInch, pad_y = pad_x;
  if (const char* pad = agget(graph, const_cast<char*>("pad")); pad && *pad) {
    const int read = std::sscanf(pad, "%lf,%lf", &pad_x, &pad_y);
    if (read == 1) pad_y = pad_x;
  }
  const boxf bb = GD_bb(graph);
  const double width = (bb.UR.x - bb.LL.x) / kPointsPerInch + 2 * pad_x;
  const double height = (bb.UR.y - bb.LL.y) / kPointsPerInch + 2 * pad_y;
  if (width <= 0 || height <= 0) return;
  if (width / height > aspect)
    pad_y += (width / aspect - height) / 2;
  else
    pad_x += (height * aspect - width) / 2;
  char value[64];
  std::snprintf(value, sizeof value, "%.4f,%.4f", pad_x, pad_y);
  agsafeset(graph, const_cast<char*>("pad"), value, const_cast<char*>(""));
}

}  // namespace

void GraphvizContext::Deleter::operator()(GVC_s*) const {
  // Nothing: the shared context lives as long as the process (see SharedContext).
}

GraphvizContext::GraphvizContext() {
  ErrorCapture capture;
  context_.reset(SharedContext());
  std::vector<std::string> ignored;
  capture.Check(context_ == nullptr, "start", ignored);
}

GraphvizContext::~GraphvizContext() = default;

std::unique_ptr<LaidOutGraph> GraphvizContext::LayOut(std::string dot, bool parse_only) {
  std::vector<std::string> warnings;
  ErrorCapture capture;
  std::unique_ptr<Agraph_t, GraphCloser> graph(ReadGraph(dot));
  capture.Check(graph == nullptr, "parse the graph", warnings);
  if (!parse_only) {
    const int layout_status = gvLayout(context_.get(), graph.get(), "dot");
    try {
      capture.Check(layout_status != 0, "lay out the graph", warnings);
    } catch (const GraphvizError& e) {
      if (layout_status == 0) gvFreeLayout(context_.get(), graph.get());
      if (std::string_view(e.what()).find("Layout type: \"dot\" not recognized") !=
          std::string_view::npos)
        throw GraphvizError(std::string(e.what()) +
                            " (the plugin configuration is missing: reinstall the Debian "
                            "package libgvc6, or run 'dot -c' as root)");
      throw;
    }
  }
  auto laid_out = std::make_unique<LaidOutGraph>(parse_only ? nullptr : context_.get(),
                                                 graph.release(), std::move(dot));
  laid_out->warnings = std::move(warnings);
  return laid_out;
}

Rendered GraphvizContext::Render(std::string_view dot, OutputFormat format,
                                 std::optional<double> aspect) {
  const auto graph = LayOut(std::string(dot), format == OutputFormat::kDot);
  Rendered result = graph->Render(format, 0, aspect);
  result.warnings.insert(result.warnings.begin(), graph->warnings.begin(), graph->warnings.end());
  return result;
}

LaidOutGraph::LaidOutGraph(GVC_s* context, Agraph_s* graph, std::string dot)
    : context_(context), graph_(graph), dot_(std::move(dot)) {}

LaidOutGraph::~LaidOutGraph() {
  if (context_) gvFreeLayout(context_, graph_);
  agclose(graph_);
}

Rendered LaidOutGraph::Render(OutputFormat format, int dpi, std::optional<double> aspect) const {
  Rendered result;
  if (format == OutputFormat::kDot || !context_) {
    result.bytes = dot_;
    return result;
  }
  ErrorCapture capture;
  if (aspect) PadToAspect(graph_, *aspect);
  // The resolution matters to bitmaps only; it is set here, on the laid-out graph, so
  // that one layout serves every format (Graphviz reads it when it renders).
  GD_drawing(graph_)->dpi = format == OutputFormat::kPng ? dpi : 0;
  char* data = nullptr;
  unsigned int length = 0;
  const int render_status =
      gvRenderData(context_, graph_, std::string(ToString(format)).c_str(), &data, &length);
  std::unique_ptr<char, RenderDataFree> owned(data);
  capture.Check(render_status != 0 || data == nullptr, "render " + std::string(ToString(format)),
                result.warnings);
  result.bytes.assign(data, length);
  if (format == OutputFormat::kPdf) NormalizePdfDates(result.bytes);
  return result;
}

}  // namespace chainmap
