#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace chainmap {

/// An optional value held on the heap: std::optional's interface (has_value, `*`, `->`,
/// value_or, emplace, reset, assignment from a T, an optional or std::nullopt, `==`)
/// at the size of one pointer. For fields that most records leave empty: a million
/// enterprises without a contact then hold 8 bytes each for it instead of the contact's
/// full size. Copies are deep; compares by value.
template <typename T>
class Boxed {
 public:
  using value_type = T;

  Boxed() noexcept = default;
  Boxed(std::nullopt_t) noexcept {}  // NOLINT(google-explicit-constructor): as optional
  Boxed(const T& value) : value_(std::make_unique<T>(value)) {}        // NOLINT: as optional
  Boxed(T&& value) : value_(std::make_unique<T>(std::move(value))) {}  // NOLINT
  Boxed(const std::optional<T>& value) {                               // NOLINT
    if (value) value_ = std::make_unique<T>(*value);
  }
  Boxed(std::optional<T>&& value) {  // NOLINT
    if (value) value_ = std::make_unique<T>(std::move(*value));
  }
  Boxed(const Boxed& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Boxed(Boxed&&) noexcept = default;
  ~Boxed() = default;

  Boxed& operator=(const Boxed& other) {
    if (this != &other) Assign(other.value_.get());
    return *this;
  }
  Boxed& operator=(Boxed&&) noexcept = default;
  Boxed& operator=(std::nullopt_t) noexcept {
    reset();
    return *this;
  }
  Boxed& operator=(const T& value) {
    Assign(&value);
    return *this;
  }
  Boxed& operator=(T&& value) {
    if (value_)
      *value_ = std::move(value);
    else
      value_ = std::make_unique<T>(std::move(value));
    return *this;
  }
  Boxed& operator=(const std::optional<T>& value) {
    Assign(value ? &*value : nullptr);
    return *this;
  }
  Boxed& operator=(std::optional<T>&& value) {
    if (value)
      *this = std::move(*value);
    else
      reset();
    return *this;
  }

  bool has_value() const noexcept { return value_ != nullptr; }
  explicit operator bool() const noexcept { return has_value(); }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return value_.get(); }
  const T* operator->() const { return value_.get(); }
  T& value() {
    if (!value_) throw std::bad_optional_access();
    return *value_;
  }
  const T& value() const {
    if (!value_) throw std::bad_optional_access();
    return *value_;
  }
  template <typename U>
  T value_or(U&& fallback) const {
    return value_ ? *value_ : static_cast<T>(std::forward<U>(fallback));
  }
  template <typename... Args>
  T& emplace(Args&&... args) {
    value_ = std::make_unique<T>(std::forward<Args>(args)...);
    return *value_;
  }
  void reset() noexcept { value_.reset(); }

  /// A copy as a std::optional, for code that takes one.
  operator std::optional<T>() const {  // NOLINT(google-explicit-constructor)
    return value_ ? std::optional<T>(*value_) : std::nullopt;
  }

  friend bool operator==(const Boxed& a, const Boxed& b) {
    if (!a.value_ || !b.value_) return !a.value_ && !b.value_;
    return *a.value_ == *b.value_;
  }
  friend bool operator==(const Boxed& a, std::nullopt_t) { return !a.value_; }
  friend bool operator==(const Boxed& a, const T& b) { return a.value_ && *a.value_ == b; }

 private:
  void Assign(const T* value) {
    if (!value)
      value_.reset();
    else if (value_)
      *value_ = *value;
    else
      value_ = std::make_unique<T>(*value);
  }

  std::unique_ptr<T> value_;
};

}  // namespace chainmap
