#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace chainmap {

/// Ids → positions in a table of records that each carry their `id`: open addressing
/// over 8-byte slots (the position + 1, and 32 bits of the id's hash), the ids themselves
/// read from the table. For a million enterprises that is 16 MB, where a hash map of
/// strings held a node and a copy of every id (about 70 MB), and a look-up touches one
/// slot and, on a hash match, one record.
template <typename Record>
class IdIndex {
 public:
  /// The position of `id` in `records`, or nullopt.
  std::optional<std::size_t> Find(const std::vector<Record>& records, std::string_view id) const {
    if (slots_.empty()) return std::nullopt;
    const std::size_t hash = std::hash<std::string_view>()(id);
    const auto tag = static_cast<std::uint32_t>(hash);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.position == 0) return std::nullopt;
      if (slot.hash == tag && records[slot.position - 1].id == id) return slot.position - 1;
    }
  }

  /// Starts fetching the slot where a look-up of `id` begins into the cache, so that a
  /// Find or Insert of it a little later does not wait for memory.
  void Prefetch(std::string_view id) const {
    if (!slots_.empty()) __builtin_prefetch(&slots_[std::hash<std::string_view>()(id) & mask_]);
  }

  /// Records that `records[position]` has the id `id`, which must be new.
  void Insert(const std::vector<Record>& records, std::string_view id, std::size_t position) {
    assert(position + 1 <= UINT32_MAX && "IdIndex holds up to 2^32 - 2 records");
    if ((count_ + 1) * 2 > slots_.size()) Grow(records, (count_ + 1) * 2);
    Place(std::hash<std::string_view>()(id), static_cast<std::uint32_t>(position + 1));
    ++count_;
  }

  /// Makes room for `count` ids in all without growing again.
  void Reserve(const std::vector<Record>& records, std::size_t count) {
    if (count * 2 > slots_.size()) Grow(records, count * 2);
  }

 private:
  struct Slot {
    std::uint32_t position = 0;  ///< Position + 1; 0 for an empty slot.
    std::uint32_t hash = 0;      ///< The low 32 bits of the id's hash.
  };

  void Place(std::size_t hash, std::uint32_t position) {
    std::size_t i = hash & mask_;
    while (slots_[i].position != 0) i = (i + 1) & mask_;
    slots_[i] = {position, static_cast<std::uint32_t>(hash)};
  }

  /// At least `wanted` slots (a power of two), the ids present placed again.
  void Grow(const std::vector<Record>& records, std::size_t wanted) {
    std::size_t size = 16;
    while (size < wanted) size *= 2;
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (const Slot& slot : old)
      if (slot.position != 0)
        Place(std::hash<std::string_view>()(records[slot.position - 1].id), slot.position);
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t count_ = 0;
};

}  // namespace chainmap
