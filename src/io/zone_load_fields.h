#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "src/io/record_reader.h"
#include "src/model/date_order.h"
#include "src/model/enums.h"

namespace chainmap {

// Field rules shared by several kinds of zone file.

/// "2024", "2024-06" or "2024-06-30", a day that exists (2024-02-29, not 2023-02-29).
bool IsValidDate(std::string_view text);

/// The days of a month of the Gregorian calendar (February 29 in leap years).
int DaysInMonth(int year, int month);

/// Today's date in local time as YYYY-MM-DD.
std::string Today();

/// A GB/T 4754-2017 code: section letter A–T and 2 to 4 digits ("C3130").
bool IsValidIndustryCode(std::string_view code);

/// A date field; "" when absent or bad (reported). A date after `latest` (the zone's
/// as_of), when given, is an error.
std::string DateField(RecordReader& r, std::string_view key, bool required,
                      std::string_view latest = "");

/// A required project "stage"; nullopt when absent or bad (reported).
std::optional<ProjectStage> ProjectStageField(RecordReader& r);

/// Warns when a record has no source; `what` names it ("link 'ore'").
void CheckSource(RecordReader& r, const Sources& source, const std::string& what);

}  // namespace chainmap
