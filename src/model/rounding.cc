#include "src/model/rounding.h"

#include <cmath>
#include <cstdint>

namespace chainmap {
namespace {

/// std::round (halves away from zero) without a call into the maths library, which the
/// ranking paid five million times: below 2^52 a double's integer part fits a 64-bit
/// integer exactly, and the fraction x − trunc(x) is exact (Sterbenz), so comparing it
/// with one half decides as std::round does. The sign of a zero result may differ; the
/// callers below make every zero +0.
double RoundHalfAway(double x) {
  if (!(std::abs(x) < 0x1p52)) return std::round(x);  // large, infinite or NaN
  const double whole = static_cast<double>(static_cast<std::int64_t>(x));
  const double fraction = x - whole;
  return fraction >= 0.5 ? whole + 1 : fraction <= -0.5 ? whole - 1 : whole;
}

}  // namespace

double Round2(double value) {
  const double r = RoundHalfAway(value * 100) / 100;
  return r == 0 ? 0.0 : r;
}

double Round4(double value) {
  const double r = RoundHalfAway(value * 10000) / 10000;
  return r == 0 ? 0.0 : r;
}

double RoundAmount(double value) {
  const double r = std::round(value * 1e6) / 1e6;
  return r == 0 ? 0.0 : r;
}

}  // namespace chainmap
