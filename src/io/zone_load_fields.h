#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "src/io/record_reader.h"
#include "src/model/enums.h"

namespace chainmap {

// Field rules shared by several kinds of zone file.

/// "2024", "2024-06" or "2024-06-30".
bool IsValidDate(std::string_view text);

/// A GB/T 4754-2017 code: section letter A–T and 2 to 4 digits ("C3130").
bool IsValidIndustryCode(std::string_view code);

/// A date field; "" when absent or bad (reported).
std::string DateField(RecordReader& r, std::string_view key, bool required);

/// A required project "stage"; nullopt when absent or bad (reported).
std::optional<ProjectStage> ProjectStageField(RecordReader& r);

/// Warns when a record has no source; `what` names it ("link 'ore'").
void CheckSource(RecordReader& r, const Sources& source, const std::string& what);

}  // namespace chainmap
