#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "src/io/flat_json.h"

namespace chainmap {

/// A read-only view of a JSON value: one of a FlatJson (a record of a record file) or
/// of a nlohmann tree (a whole file), read the same way. Null (false) when there is no
/// value. Valid while what it views is.
class JsonRef {
 public:
  using Tree = nlohmann::ordered_json;

  JsonRef() = default;
  explicit JsonRef(const Tree* tree) : tree_(tree) {}
  JsonRef(const FlatJson* flat, std::uint32_t index) : flat_(flat), index_(index) {}

  explicit operator bool() const { return tree_ != nullptr || flat_ != nullptr; }
  // The flat paths are inline: a record's dozen fields are each asked for their type
  // a few times, and a call per question was 4% of a large zone's load.
  JsonType type() const { return flat_ ? flat_->at(index_).type : TreeType(); }
  bool is_null() const { return type() == JsonType::kNull; }
  bool is_boolean() const { return type() == JsonType::kBoolean; }
  bool is_string() const { return type() == JsonType::kString; }
  bool is_array() const { return type() == JsonType::kArray; }
  bool is_object() const { return type() == JsonType::kObject; }
  /// A whole number (int64 or uint64), as nlohmann's is_number_integer.
  bool is_number_integer() const {
    const JsonType t = type();
    return t == JsonType::kInteger || t == JsonType::kUnsigned;
  }
  bool is_number() const { return is_number_integer() || type() == JsonType::kFloat; }

  bool boolean() const;
  /// A number as a double (as nlohmann's get<double>).
  double number() const;
  /// A whole number as a long long (as nlohmann's get<long long>).
  long long integer() const;
  std::string_view string() const { return flat_ ? flat_->String(index_) : TreeString(); }
  /// Elements of an array, members of an object; 0 for anything else.
  std::size_t size() const;
  bool empty() const { return size() == 0; }
  /// The member `key` of an object; null when absent (or not an object).
  JsonRef Find(std::string_view key) const {
    if (!flat_) return TreeFind(key);
    if (flat_->at(index_).type != JsonType::kObject) return {};
    const std::uint32_t at = flat_->FindMember(index_, key);
    return at == 0 ? JsonRef() : JsonRef(flat_, at);
  }
  /// Find(), for a reader that asks for the members about in text order: a flat
  /// object's members are searched from `cursor` on (then from the first), and `cursor`
  /// is left after the member found. Start `cursor` at 0. The same answers as Find().
  JsonRef FindFrom(std::string_view key, std::uint32_t& cursor) const {
    if (!flat_) return TreeFind(key);
    if (flat_->at(index_).type != JsonType::kObject) return {};
    const std::uint32_t at = flat_->FindMember(index_, key, cursor);
    return at == 0 ? JsonRef() : JsonRef(flat_, at);
  }
  /// Element `i` of an array: linear in `i` for a flat value (iterate with Elements()).
  JsonRef operator[](std::size_t i) const;

  /// The elements of an array in order, each in constant time.
  class ElementIterator {
   public:
    JsonRef operator*() const { return tree_ ? JsonRef(&(*tree_)[at_]) : JsonRef(flat_, flat_at_); }
    ElementIterator& operator++() {
      if (tree_)
        ++at_;
      else
        flat_at_ = flat_->at(flat_at_).next;
      return *this;
    }
    bool operator!=(const ElementIterator& other) const {
      return at_ != other.at_ || flat_at_ != other.flat_at_;
    }

   private:
    friend class JsonRef;
    const Tree* tree_ = nullptr;
    std::size_t at_ = 0;
    const FlatJson* flat_ = nullptr;
    std::uint32_t flat_at_ = 0;
  };
  struct Elements {
    ElementIterator first, last;
    ElementIterator begin() const { return first; }
    ElementIterator end() const { return last; }
  };
  /// Empty for anything but an array.
  Elements elements() const;

  /// Calls `f(key, value)` for each member of an object, in text order.
  template <typename F>
  void ForEachMember(F f) const {
    if (!is_object()) return;
    if (tree_) {
      for (const auto& [key, value] : tree_->items()) f(std::string_view(key), JsonRef(&value));
      return;
    }
    const std::uint32_t end = flat_->at(index_).next;
    for (std::uint32_t at = index_ + 1; at < end; at = flat_->at(at + 1).next)
      f(flat_->String(at), JsonRef(flat_, at + 1));
  }

  /// The value as a nlohmann tree, as JsonParser::ParseValue builds it.
  Tree ToTree() const;
  /// The value as nlohmann writes it ("1.5", "\"x\""), for messages.
  std::string Dump() const { return ToTree().dump(); }
  /// The tree viewed, or null for a flat value.
  const Tree* tree() const { return tree_; }
  /// A flat value's number as written ("1e2"); "" for anything else.
  std::string_view NumberText() const;

 private:
  JsonType TreeType() const;
  std::string_view TreeString() const;
  JsonRef TreeFind(std::string_view key) const;

  const Tree* tree_ = nullptr;
  const FlatJson* flat_ = nullptr;
  std::uint32_t index_ = 0;
};

/// The JSON type of a value in words: "a string", "an array", "null".
std::string DescribeJsonType(JsonRef value);

}  // namespace chainmap
