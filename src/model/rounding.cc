#include "src/model/rounding.h"

#include <cmath>

namespace chainmap {

double Round2(double value) {
  const double r = std::round(value * 100) / 100;
  return r == 0 ? 0.0 : r;
}

double Round4(double value) {
  const double r = std::round(value * 10000) / 10000;
  return r == 0 ? 0.0 : r;
}

double RoundAmount(double value) {
  const double r = std::round(value * 1e6) / 1e6;
  return r == 0 ? 0.0 : r;
}

}  // namespace chainmap
