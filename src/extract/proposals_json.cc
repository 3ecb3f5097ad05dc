#include "src/extract/proposals_json.h"

#include "src/io/diagnostic.h"
#include "src/io/json_document.h"

namespace chainmap {
namespace {

using Json = nlohmann::ordered_json;

class Reader {
 public:
  Reader(const JsonDocument& doc, const std::string& display) : doc_(doc), display_(display) {}

  [[noreturn]] void Fail(const std::string& pointer, const std::string& message) const {
    Diagnostic d;
    d.file = display_;
    d.position = doc_.PositionOf(pointer);
    d.pointer = pointer;
    d.message = message;
    throw InputError({d});
  }

  std::string String(const Json& j, const std::string& pointer, const char* key,
                     bool required) const {
    if (!j.contains(key) || j[key].is_null()) {
      if (required) Fail(pointer, std::string("missing \"") + key + "\"");
      return {};
    }
    if (!j[key].is_string())
      Fail(pointer + "/" + key, std::string("\"") + key + "\" must be a string");
    return j[key].get<std::string>();
  }

  std::optional<double> Number(const Json& j, const std::string& pointer, const char* key) const {
    if (!j.contains(key) || j[key].is_null()) return std::nullopt;
    if (!j[key].is_number() || j[key].get<double>() < 0)
      Fail(pointer + "/" + key,
           std::string("\"") + key + "\" must be a number of 0 or more, or null");
    return j[key].get<double>();
  }

  std::optional<ProjectStage> Stage(const Json& j, const std::string& pointer,
                                    const char* key) const {
    const std::string text = String(j, pointer, key, false);
    if (text.empty()) return std::nullopt;
    const auto stage = ParseProjectStage(text);
    if (!stage)
      Fail(pointer + "/" + key,
           "unknown stage '" + text + "' (one of " + std::string(ProjectStageChoices()) + ")");
    return stage;
  }

  ExtractSource Source(const Json& j, const std::string& pointer) const {
    ExtractSource s;
    s.sentence = String(j, pointer, "sentence", true);
    s.section = String(j, pointer, "section", false);
    if (j.contains("line") && j["line"].is_number_unsigned()) s.line = j["line"].get<std::size_t>();
    return s;
  }

  bool Accepted(const Json& j, const std::string& pointer) const {
    if (!j.contains("accept")) return true;
    if (!j["accept"].is_boolean()) Fail(pointer + "/accept", "\"accept\" must be true or false");
    return j["accept"].get<bool>();
  }

  const Json& Array(const Json& root, const char* key) const {
    if (!root.contains(key) || !root[key].is_array())
      Fail("", std::string("\"") + key +
                   "\" must be an array (write the file with chainmap extract --format json)");
    return root[key];
  }

 private:
  const JsonDocument& doc_;
  const std::string& display_;
};

}  // namespace

Extraction ReadProposalsJson(std::string_view text, const std::string& display) {
  JsonDocument doc;
  try {
    doc = JsonDocument::Parse(text);
  } catch (const JsonSyntaxError& e) {
    Diagnostic d;
    d.file = display;
    d.position = e.position();
    d.message = e.what();
    throw InputError({d});
  }
  const Reader r(doc, display);
  const Json& root = doc.root();
  if (!root.is_object())
    r.Fail("", "a proposals file is a JSON object, as chainmap extract --format json writes it");
  Extraction x;
  x.document = r.String(root, "", "document", true);
  x.title = r.String(root, "", "title", false);
  x.year = r.String(root, "", "year", false);
  const Json& projects = r.Array(root, "projects");
  for (std::size_t i = 0; i < projects.size(); ++i) {
    const std::string at = "/projects/" + std::to_string(i);
    const Json& j = projects[i];
    if (!j.is_object()) r.Fail(at, "a project proposal must be an object");
    if (!r.Accepted(j, at)) continue;
    ProjectProposal p;
    p.name = r.String(j, at, "name", true);
    p.enterprise = r.String(j, at, "enterprise", false);
    p.investment_yi = r.Number(j, at, "investment_yi");
    p.stage = r.Stage(j, at, "stage");
    p.stage_cue = r.String(j, at, "stage_cue", false);
    p.target = r.String(j, at, "target", false);
    p.target_stage = r.Stage(j, at, "target_stage");
    p.confidence = r.Number(j, at, "confidence").value_or(1.0);
    p.source = r.Source(j, at);
    if (j.contains("mentions") && j["mentions"].is_array())
      for (std::size_t m = 0; m < j["mentions"].size(); ++m)
        p.mentions.push_back(r.Source(j["mentions"][m], at + "/mentions/" + std::to_string(m)));
    p.zone_project = r.String(j, at, "zone_project", false);
    p.enterprise_id = r.String(j, at, "enterprise_id", false);
    if (j.contains("links") && j["links"].is_array())
      for (const Json& l : j["links"])
        if (l.is_string()) p.links.push_back(l.get<std::string>());
    x.projects.push_back(std::move(p));
  }
  const Json& facts = r.Array(root, "facts");
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const std::string at = "/facts/" + std::to_string(i);
    const Json& j = facts[i];
    if (!j.is_object()) r.Fail(at, "a fact proposal must be an object");
    if (!r.Accepted(j, at)) continue;
    FactProposal f;
    f.text = r.String(j, at, "text", true);
    const std::string kind = r.String(j, at, "kind", false);
    for (auto k : {FactProposal::Kind::kTotal, FactProposal::Kind::kTarget,
                   FactProposal::Kind::kThreshold, FactProposal::Kind::kIndicator})
      if (ToString(k) == kind) f.kind = k;
    if (j.contains("figures") && j["figures"].is_array())
      for (const Json& g : j["figures"])
        if (g.is_object() && g.contains("value") && g["value"].is_number())
          f.figures.push_back(
              {g["value"].get<double>(), g.value("unit", ""), g.value("approximate", false)});
    f.confidence = r.Number(j, at, "confidence").value_or(1.0);
    f.source = r.Source(j, at);
    x.facts.push_back(std::move(f));
  }
  return x;
}

}  // namespace chainmap
