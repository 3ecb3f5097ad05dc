#pragma once

#include <array>
#include <bit>
#include <cstdint>

#include "src/model/rounding.h"

namespace chainmap {

/// Round2(weight × share), kept for the shares met before: a part's share takes few values
/// (a region's distance, a count of related links, a kind of tie, a project's stage), and
/// rounding each of a million rows' parts afresh (a division) was a twentieth of the
/// ranking. One slot per share's bits, the last one met kept on a clash: the value is always
/// the one Round2 gives.
class RoundedPart {
 public:
  explicit RoundedPart(double weight) : weight_(weight) {}
  double operator()(double share) {
    const auto bits = std::bit_cast<std::uint64_t>(share);
    Slot& slot = slots_[(bits * 0x9E3779B97F4A7C15u) >> 56];
    if (!slot.used || slot.bits != bits) slot = {bits, Round2(weight_ * share), true};
    return slot.value;
  }

 private:
  struct Slot {
    std::uint64_t bits = 0;
    double value = 0;
    bool used = false;
  };
  double weight_;
  std::array<Slot, 256> slots_{};
};

}  // namespace chainmap
