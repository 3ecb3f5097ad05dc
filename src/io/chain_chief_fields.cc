#include "src/io/chain_chief_fields.h"

#include "src/io/zone_load_fields.h"

namespace chainmap {

std::optional<Contact> ContactField(RecordReader& owner, const JsonDocument& doc,
                                    const std::string& file, DiagnosticSink& sink,
                                    const std::string& as_of) {
  if (!owner.Has("contact")) return std::nullopt;
  owner.Claim("contact");
  RecordReader r(doc, file, owner.PointerTo("contact"), sink);
  if (!r.ok()) return std::nullopt;
  Contact contact;
  bool good = true;
  if (auto status = r.String("status", true)) {
    if (auto parsed = ParseContactStatus(*status)) {
      contact.status = *parsed;
    } else {
      r.Error("status", "unknown contact status '" + *status + "' (use " +
                            std::string(ContactStatusChoices()) +
                            "; leave \"contact\" out when nothing is recorded)");
      good = false;
    }
  } else {
    good = false;
  }
  contact.date = DateField(r, "date", true, as_of);
  if (contact.date.empty()) good = false;
  contact.note = r.String("note", false).value_or("");
  contact.source = r.SourceField();
  contact.extra = r.Rest();
  CheckSource(r, contact.source, "contact status");
  return good ? std::optional(std::move(contact)) : std::nullopt;
}

std::vector<ChainIssue> IssuesField(RecordReader& owner, const JsonDocument& doc,
                                    const std::string& file, DiagnosticSink& sink,
                                    const std::string& as_of) {
  std::vector<ChainIssue> issues;
  const JsonRef items = owner.Array("issues", false);
  if (!items) return issues;
  for (std::size_t i = 0; i < items.size(); ++i) {
    RecordReader r(doc, file, owner.PointerTo("issues") + "/" + std::to_string(i), sink);
    if (!r.ok()) continue;
    ChainIssue issue;
    issue.text = r.String("text", true).value_or("");
    const bool had_text = r.Has("text");
    issue.as_of = DateField(r, "as_of", false, as_of);
    issue.source = r.SourceField();
    issue.extra = r.Rest();
    if (issue.text.empty()) {
      if (had_text) r.Error("text", "must not be empty: say what the problem is");
      continue;
    }
    CheckSource(r, issue.source, "issue");
    issues.push_back(std::move(issue));
  }
  return issues;
}

}  // namespace chainmap
