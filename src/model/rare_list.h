#pragma once

#include <cstddef>
#include <memory>
#include <utility>
#include <vector>

namespace chainmap {

/// A list that most records leave empty (an enterprise's ties, its former names), held on
/// the heap only when it has items: 8 bytes where a std::vector takes 24. It reads as a
/// `const std::vector<T>&` (an empty one when unset) and has the vector's common
/// interface, so code that reads or fills the field does not change. Copies are deep.
template <typename T>
class RareList {
 public:
  using value_type = T;
  using iterator = T*;  // pointers: an unset list iterates as empty without a vector
  using const_iterator = const T*;

  RareList() noexcept = default;
  RareList(std::vector<T> items) { *this = std::move(items); }  // NOLINT: as a vector
  RareList(std::initializer_list<T> items) : RareList(std::vector<T>(items)) {}
  RareList(const RareList& other) : RareList(other.vec()) {}
  RareList(RareList&&) noexcept = default;
  ~RareList() = default;

  RareList& operator=(const RareList& other) {
    if (this != &other) *this = other.vec();
    return *this;
  }
  RareList& operator=(RareList&&) noexcept = default;
  RareList& operator=(std::vector<T> items) {
    if (items.empty())
      items_.reset();
    else
      items_ = std::make_unique<std::vector<T>>(std::move(items));
    return *this;
  }

  /// The items as a vector (a shared empty one when there are none).
  const std::vector<T>& vec() const noexcept { return items_ ? *items_ : Empty(); }
  operator const std::vector<T>&() const noexcept { return vec(); }  // NOLINT: as a vector
  /// The vector itself, for changes: made when first asked for.
  std::vector<T>& mutable_vec() {
    if (!items_) items_ = std::make_unique<std::vector<T>>();
    return *items_;
  }

  bool empty() const noexcept { return vec().empty(); }
  std::size_t size() const noexcept { return vec().size(); }
  const_iterator begin() const noexcept { return items_ ? items_->data() : nullptr; }
  const_iterator end() const noexcept { return begin() + size(); }
  iterator begin() noexcept { return items_ ? items_->data() : nullptr; }
  iterator end() noexcept { return begin() + size(); }
  const T& operator[](std::size_t i) const { return vec()[i]; }
  T& operator[](std::size_t i) { return (*items_)[i]; }
  const T& front() const { return vec().front(); }
  const T& back() const { return vec().back(); }
  T& back() { return items_->back(); }

  void push_back(const T& item) { mutable_vec().push_back(item); }
  void push_back(T&& item) { mutable_vec().push_back(std::move(item)); }
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    return mutable_vec().emplace_back(std::forward<Args>(args)...);
  }
  void clear() noexcept { items_.reset(); }

  friend bool operator==(const RareList& a, const RareList& b) { return a.vec() == b.vec(); }
  friend bool operator==(const RareList& a, const std::vector<T>& b) { return a.vec() == b; }
  /// nlohmann/json writes it as an array.
  template <typename Json>
  friend void to_json(Json& json, const RareList& list) {
    json = list.vec();
  }

 private:
  static const std::vector<T>& Empty() noexcept {
    static const std::vector<T> empty;
    return empty;
  }

  std::unique_ptr<std::vector<T>> items_;
};

/// std::erase_if for a RareList.
template <typename T, typename Predicate>
std::size_t erase_if(RareList<T>& list, Predicate predicate) {
  if (list.empty()) return 0;
  const std::size_t erased = std::erase_if(list.mutable_vec(), predicate);
  if (list.empty()) list.clear();
  return erased;
}

}  // namespace chainmap
