#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/model/record.h"

namespace chainmap {

/// "chain/link" references → link keys, for resolving the million references of a large
/// zone's records: open addressing over 32-byte slots that hold a reference of up to 15
/// bytes themselves ("c12/l117", "steel/wire-rod"), so that a look-up reads one slot
/// where a table of positions read a slot and then the record it pointed at (two cache
/// misses per reference). Longer references are kept beside the slots.
class LinkReferenceTable {
 public:
  /// Adds `reference` → `key`; false (and nothing changed) if it is already there, so
  /// the first of a repeated reference is the one found.
  bool Add(std::string_view reference, LinkKey key);
  /// The key of `reference`, or nullopt.
  std::optional<LinkKey> Find(std::string_view reference) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t hash = Hash(reference);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.length == kEmpty) return std::nullopt;
      if (slot.hash != hash) continue;
      if (slot.length == kLong) {
        const LongReference& r = long_[slot.chain];
        if (r.id == reference) return LinkKey{r.chain, r.link};
      } else if (std::string_view(slot.id, slot.length) == reference) {
        return LinkKey{slot.chain, slot.link};
      }
    }
  }
  std::size_t size() const { return count_; }

  /// The hash of a reference (a few multiplications per 8 bytes).
  static std::uint64_t Hash(std::string_view reference);

 private:
  static constexpr std::size_t kInline = 15;
  static constexpr std::uint8_t kLong = 0xFE;   ///< The reference is in long_[chain].
  static constexpr std::uint8_t kEmpty = 0xFF;  ///< No reference.
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t chain = 0;
    std::uint32_t link = 0;
    std::uint8_t length = kEmpty;  ///< Bytes in `id`, or kLong (`chain` indexes long_), kEmpty.
    char id[kInline] = {};
  };
  static_assert(sizeof(Slot) == 32);
  struct LongReference {
    std::string id;
    std::uint32_t chain = 0;
    std::uint32_t link = 0;
  };

  void Place(const Slot& slot);
  void Grow(std::size_t wanted);

  std::vector<Slot> slots_;
  std::vector<LongReference> long_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

}  // namespace chainmap
