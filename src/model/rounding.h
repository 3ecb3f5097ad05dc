#pragma once

namespace chainmap {

// Rounding of the figures the analysis computes and every writer shows; arithmetic only
// (their text is src/io/number_format.h's).

/// A score or a score's part rounded to two decimals, halves away from zero as the double
/// holds them (38.456 → 38.46; 38.495, stored just below the half, → 38.49), never -0.
double Round2(double value);
/// A measure (betweenness, a share) rounded to four decimals for output, never -0.
double Round4(double value);
/// An amount rounded to a millionth of its unit, so that sums lose their float noise.
double RoundAmount(double value);

}  // namespace chainmap
