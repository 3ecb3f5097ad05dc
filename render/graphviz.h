#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct GVC_s;
struct Agraph_s;

namespace chainmap {

/// What Graphviz said when it could not parse, lay out or render a graph; the message
/// is Graphviz's own text (one line per message, "Error: " prefixes removed).
class GraphvizError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An output format of the renderer.
enum class OutputFormat { kSvg, kPng, kPdf, kDot };

/// "svg", "png", "pdf", "dot".
std::string_view ToString(OutputFormat format);
/// Parses "svg", "png", "pdf" or "dot"; nullopt for anything else.
std::optional<OutputFormat> ParseOutputFormat(std::string_view text);

/// Bytes rendered by Graphviz, with the warnings it gave on the way.
struct Rendered {
  std::string bytes;
  std::vector<std::string> warnings;
};

/// A graph parsed from DOT and laid out with `dot`, kept laid out so that it can be
/// drawn in any number of formats without laying it out again. Made by
/// GraphvizContext::LayOut; must not outlive the context.
class LaidOutGraph {
 public:
  LaidOutGraph(GVC_s* context, Agraph_s* graph, std::string dot);
  ~LaidOutGraph();
  LaidOutGraph(const LaidOutGraph&) = delete;
  LaidOutGraph& operator=(const LaidOutGraph&) = delete;

  /// The laid-out graph (cgraph, with Graphviz's layout records), for reading positions.
  Agraph_s* graph() const { return graph_; }
  /// The DOT text it was parsed from.
  const std::string& dot() const { return dot_; }
  /// What Graphviz warned about while parsing and laying out.
  std::vector<std::string> warnings;

  /// Draws it as svg, png or pdf (kDot: the DOT text) at `dpi` (PNG only; 0: Graphviz's
  /// default). With `aspect` (width / height, e.g. 16/9 for a slide), the drawing is
  /// centred on a page of that shape: the graph's `pad` grows on two sides, never shrinks.
  Rendered Render(OutputFormat format, int dpi = 0,
                  std::optional<double> aspect = std::nullopt) const;

 private:
  GVC_s* context_;
  Agraph_s* graph_;
  std::string dot_;
};

/// One Graphviz context (`gvContext`, plugins loaded once from the system's plugin
/// configuration): parses DOT text, lays it out with `dot` and renders it in memory.
/// Graphviz's messages are captured, never printed: errors throw GraphvizError
/// (a malformed HTML label included), warnings come back in Rendered::warnings.
/// Not thread-safe (neither is Graphviz); one context serves any number of graphs.
/// Every GraphvizContext of a process shares one gvc context that is never freed: Graphviz
/// 2.42 reads freed memory when a second context follows a freed one (graphviz.cc).
class GraphvizContext {
 public:
  GraphvizContext();
  ~GraphvizContext();
  GraphvizContext(const GraphvizContext&) = delete;
  GraphvizContext& operator=(const GraphvizContext&) = delete;

  /// Lays out `dot` and renders it as svg, png or pdf; for kDot, checks that
  /// Graphviz parses and lays it out, then returns it unchanged. With `aspect`
  /// (width / height, e.g. 16/9 for a slide), the drawing is centred on a page of that
  /// shape: the graph's `pad` grows on two sides, never shrinks.
  Rendered Render(std::string_view dot, OutputFormat format,
                  std::optional<double> aspect = std::nullopt);

  /// Parses `dot` (throws GraphvizError when it cannot) and, unless `parse_only`, lays
  /// it out with `dot`.
  std::unique_ptr<LaidOutGraph> LayOut(std::string dot, bool parse_only = false);

 private:
  struct Deleter {
    void operator()(GVC_s* context) const;
  };
  std::unique_ptr<GVC_s, Deleter> context_;
};

}  // namespace chainmap
