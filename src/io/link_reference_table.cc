#include "src/io/link_reference_table.h"

#include <cassert>
#include <cstring>

namespace chainmap {

std::uint64_t LinkReferenceTable::Hash(std::string_view reference) {
  std::uint64_t hash = 0x9E3779B97F4A7C15ULL ^ reference.size();
  std::size_t at = 0;
  for (; at + 8 <= reference.size(); at += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, reference.data() + at, 8);
    hash = (hash ^ word) * 0xBF58476D1CE4E5B9ULL;
    hash ^= hash >> 31;
  }
  std::uint64_t word = 0;
  if (at < reference.size()) std::memcpy(&word, reference.data() + at, reference.size() - at);
  hash = (hash ^ word) * 0x94D049BB133111EBULL;
  return hash ^ (hash >> 29);
}

bool LinkReferenceTable::Add(std::string_view reference, LinkKey key) {
  if (Find(reference)) return false;
  assert(key.chain < UINT32_MAX && key.link < UINT32_MAX && long_.size() < UINT32_MAX);
  if ((count_ + 1) * 2 > slots_.size()) Grow((count_ + 1) * 2);
  Slot slot;
  slot.hash = Hash(reference);
  slot.chain = static_cast<std::uint32_t>(key.chain);
  slot.link = static_cast<std::uint32_t>(key.link);
  if (reference.size() <= kInline) {
    slot.length = static_cast<std::uint8_t>(reference.size());
    std::memcpy(slot.id, reference.data(), reference.size());
  } else {
    slot.length = kLong;
    long_.push_back({std::string(reference), slot.chain, slot.link});
    slot.chain = static_cast<std::uint32_t>(long_.size() - 1);
  }
  Place(slot);
  ++count_;
  return true;
}

void LinkReferenceTable::Place(const Slot& slot) {
  std::size_t i = slot.hash & mask_;
  while (slots_[i].length != kEmpty) i = (i + 1) & mask_;
  slots_[i] = slot;
}

void LinkReferenceTable::Grow(std::size_t wanted) {
  std::size_t size = 16;
  while (size < wanted) size *= 2;
  std::vector<Slot> old(size);
  old.swap(slots_);
  mask_ = size - 1;
  for (const Slot& slot : old)
    if (slot.length != kEmpty) Place(slot);
}

}  // namespace chainmap
