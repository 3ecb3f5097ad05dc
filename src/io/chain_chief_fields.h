#pragma once

#include <optional>
#include <string>
#include <vector>

#include "src/io/record_reader.h"
#include "src/model/chain.h"
#include "src/model/enterprise.h"

namespace chainmap {

// The 链长制 record's fields (docs/format.md): a candidate's contact status, a chain's
// issues list. 链长 and 责任单位 are plain one-line strings of the chain file.

/// The optional "contact" object of an enterprise record `owner`: {status, date, note,
/// source}; status one of none/contacted/visited/intent/signed, date required and not
/// after `as_of` (the zone's). nullopt when absent or bad (reported).
std::optional<Contact> ContactField(RecordReader& owner, const JsonDocument& doc,
                                    const std::string& file, DiagnosticSink& sink,
                                    const std::string& as_of);

/// The optional "issues" array of a chain record `owner`: [{text, as_of, source}], text
/// required and not empty. Bad entries are reported and left out.
std::vector<ChainIssue> IssuesField(RecordReader& owner, const JsonDocument& doc,
                                    const std::string& file, DiagnosticSink& sink,
                                    const std::string& as_of);

}  // namespace chainmap
