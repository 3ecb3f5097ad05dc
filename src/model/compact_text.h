#pragma once

#include <compare>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>

namespace chainmap {

/// What the two compact text fields below share: they read as a `const std::string&`
/// (an empty one when unset) and compare, concatenate and print like one, so that code
/// reading a field does not change when the field's storage does. `Derived` supplies
/// `const std::string& str() const`.
template <typename Derived>
class TextReading {
 public:
  operator const std::string&() const noexcept { return self().str(); }  // NOLINT: as a string
  operator std::string_view() const noexcept { return self().str(); }    // NOLINT
  bool empty() const noexcept { return self().str().empty(); }
  std::size_t size() const noexcept { return self().str().size(); }
  const char* c_str() const noexcept { return self().str().c_str(); }
  const char* data() const noexcept { return self().str().data(); }
  std::string::const_iterator begin() const noexcept { return self().str().begin(); }
  std::string::const_iterator end() const noexcept { return self().str().end(); }

  friend bool operator==(const Derived& a, const std::string& b) { return a.str() == b; }
  friend bool operator==(const Derived& a, std::string_view b) { return a.str() == b; }
  friend bool operator==(const Derived& a, const char* b) { return a.str() == b; }
  friend std::strong_ordering operator<=>(const Derived& a, const Derived& b) {
    return a.str() <=> b.str();
  }
  friend std::strong_ordering operator<=>(const Derived& a, const std::string& b) {
    return a.str() <=> b;
  }
  friend std::strong_ordering operator<=>(const Derived& a, const char* b) {
    return a.str() <=> std::string_view(b);
  }
  friend std::string operator+(const Derived& a, const std::string& b) { return a.str() + b; }
  friend std::string operator+(const Derived& a, const char* b) { return a.str() + b; }
  friend std::string operator+(const std::string& a, const Derived& b) { return a + b.str(); }
  friend std::string operator+(const char* a, const Derived& b) { return a + b.str(); }
  friend std::ostream& operator<<(std::ostream& out, const Derived& text) {
    return out << text.str();
  }
  /// nlohmann/json writes it as a string.
  template <typename Json>
  friend void to_json(Json& json, const Derived& text) {
    json = text.str();
  }

 private:
  const Derived& self() const noexcept { return static_cast<const Derived&>(*this); }
};

/// A string that most records leave empty (an enterprise's short name, USCC, note), held
/// on the heap only when given: 8 bytes where a std::string takes 32. Copies are deep.
class RareText : public TextReading<RareText> {
 public:
  RareText() noexcept = default;
  RareText(std::string_view text) { Assign(text); }          // NOLINT(google-explicit-constructor)
  RareText(const std::string& text) { Assign(text); }        // NOLINT(google-explicit-constructor)
  RareText(std::string&& text) { *this = std::move(text); }  // NOLINT
  RareText(const char* text) { Assign(text); }               // NOLINT
  RareText(const RareText& other) { Assign(other.str()); }
  RareText(RareText&&) noexcept = default;
  ~RareText() = default;

  RareText& operator=(const RareText& other) {
    if (this != &other) Assign(other.str());
    return *this;
  }
  RareText& operator=(RareText&&) noexcept = default;
  RareText& operator=(std::string&& text) {
    if (text.empty())
      text_.reset();
    else
      text_ = std::make_unique<std::string>(std::move(text));
    return *this;
  }
  RareText& operator=(const std::string& text) {
    Assign(text);
    return *this;
  }
  RareText& operator=(std::string_view text) {
    Assign(text);
    return *this;
  }
  RareText& operator=(const char* text) {
    Assign(text);
    return *this;
  }

  const std::string& str() const noexcept { return text_ ? *text_ : Empty(); }
  void clear() noexcept { text_.reset(); }

  friend bool operator==(const RareText& a, const RareText& b) { return a.str() == b.str(); }

 private:
  static const std::string& Empty() noexcept;
  void Assign(std::string_view text) {
    if (text.empty())
      text_.reset();
    else if (text_)
      text_->assign(text);
    else
      text_ = std::make_unique<std::string>(text);
  }

  std::unique_ptr<std::string> text_;  ///< Null when empty: never an empty string.
};

/// A string that many records repeat (an enterprise's region): each distinct text is
/// kept once for the whole process, and a field holds a pointer to it (8 bytes where a
/// std::string takes 32, and no copy of the text per record). The texts are never freed:
/// they cost what the distinct values of the data cost. Safe to assign from any thread.
class SharedText : public TextReading<SharedText> {
 public:
  SharedText() noexcept = default;
  SharedText(std::string_view text) : text_(Intern(text)) {}    // NOLINT
  SharedText(const std::string& text) : text_(Intern(text)) {}  // NOLINT
  SharedText(const char* text) : text_(Intern(text)) {}         // NOLINT

  const std::string& str() const noexcept { return text_ ? *text_ : Empty(); }
  void clear() noexcept { text_ = nullptr; }

  friend bool operator==(const SharedText& a, const SharedText& b) {
    return a.text_ == b.text_;  // one copy of each text: the same text, the same pointer
  }

 private:
  static const std::string& Empty() noexcept;
  /// The one copy of `text`; null for the empty text.
  static const std::string* Intern(std::string_view text);

  const std::string* text_ = nullptr;
};

}  // namespace chainmap
