#include "src/model/compact_text.h"

#include <functional>
#include <mutex>
#include <unordered_set>

namespace chainmap {

namespace {

const std::string kEmpty;

struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view text) const noexcept {
    return std::hash<std::string_view>{}(text);
  }
};

}  // namespace

const std::string& RareText::Empty() noexcept { return kEmpty; }
const std::string& SharedText::Empty() noexcept { return kEmpty; }

const std::string* SharedText::Intern(std::string_view text) {
  if (text.empty()) return nullptr;
  // A node-based set: a text's address stays put as the set grows.
  static std::mutex mutex;
  static auto* texts =
      new std::unordered_set<std::string, TextHash,
                             std::equal_to<>>();  // never freed: fields point into it until exit
  const std::lock_guard lock(mutex);
  auto it = texts->find(text);
  if (it == texts->end()) it = texts->emplace(text).first;
  return &*it;
}

}  // namespace chainmap
