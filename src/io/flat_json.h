#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

/// The type of a JSON value, numbers by how they were written: a whole number that fits
/// int64, one that fits only uint64, or any other number (held as a double).
enum class JsonType : std::uint8_t {
  kNull,
  kBoolean,
  kInteger,
  kUnsigned,
  kFloat,
  kString,
  kArray,
  kObject
};

/// One parsed JSON value (a record of a record file) as a flat array of values in text
/// order: a container is followed by its contents, an object's members each by a key (a
/// string) and then the value. No value allocates: strings are views into the text, or
/// into one buffer when they held escapes; one FlatJson is reused from record to record.
/// Filled by JsonParser::ParseFlat; read through JsonRef.
class FlatJson {
 public:
  struct Value {
    std::size_t offset = 0;  ///< Where the value (or key) starts in the text.
    union {
      std::int64_t integer = 0;
      std::uint64_t whole;  ///< kUnsigned.
      double number;        ///< kFloat.
      std::size_t begin;    ///< kString: where its bytes start, in the text or buffer().
      std::uint64_t keys;   ///< kObject: KeyBit() of each of its keys, or-ed.
      bool boolean;
    };
    std::size_t length = 0;  ///< kString: bytes; kArray, kObject: elements or members.
    std::uint32_t next = 0;  ///< The index after this value and its contents.
    JsonType type = JsonType::kNull;
    bool decoded = false;      ///< kString: its bytes are in buffer() (it held escapes).
    std::uint8_t key_bit = 0;  ///< A key: which bit of KeyBit() it sets.
  };

  /// Empties it for a value read from `text` (keeping the room it had).
  void Reset(std::string_view text) {
    text_ = text;
    values_.clear();
    buffer_.clear();
  }
  bool empty() const { return values_.empty(); }
  /// Starts fetching the values into the cache (the ones another thread parsed), so that
  /// reading them a little later does not wait for memory.
  void Prefetch() const {
    const auto* at = reinterpret_cast<const char*>(values_.data());
    const char* end = at + values_.size() * sizeof(Value);
    for (; at < end; at += 64) __builtin_prefetch(at);
  }
  const Value& at(std::uint32_t index) const { return values_[index]; }
  std::string_view text() const { return text_; }
  /// A bit that a key sets in its object's `keys`: a key whose bit is not set there is
  /// not a member, found without comparing any key.
  static std::uint64_t KeyBit(std::string_view key) { return std::uint64_t{1} << KeyBitIndex(key); }
  static unsigned KeyBitIndex(std::string_view key) {
    if (key.empty()) return 0;
    const auto first = static_cast<unsigned char>(key.front());
    const auto last = static_cast<unsigned char>(key.back());
    return static_cast<unsigned>((key.size() * 7 + first + std::size_t{last} * 3) & 63);
  }
  /// The value of the member `key` of the object at `index`, or 0 (no value is at 0
  /// inside an object).
  std::uint32_t FindMember(std::uint32_t index, std::string_view key) const {
    std::uint32_t from_first = 0;
    return FindMember(index, key, from_first);
  }
  /// The same, searching from the member key at `cursor` (when it is one of the
  /// object's; else from the first) to the end and then from the first, and leaving
  /// `cursor` after the member found: keys are unique in an object, so the answer is
  /// the same, and a reader asking in about text order finds each at the first try. One
  /// cursor per object, starting at 0.
  std::uint32_t FindMember(std::uint32_t index, std::string_view key, std::uint32_t& cursor) const;
  /// The bytes of the string at `index`.
  std::string_view String(std::uint32_t index) const {
    const Value& v = values_[index];
    return (v.decoded ? std::string_view(buffer_) : text_).substr(v.begin, v.length);
  }

  // Building, in text order (JsonParser::ParseFlat).
  /// Starts a container; Close() it with its element or member count.
  std::uint32_t Open(JsonType type, std::size_t offset);
  void Close(std::uint32_t index, std::size_t count);
  /// A string: `bytes` is a view into the text, or (when `decoded`) text to keep here.
  void AddString(std::size_t offset, std::string_view bytes, bool decoded);
  /// A key of the object at `object` (a string, then its value follows).
  void AddKey(std::uint32_t object, std::size_t offset, std::string_view bytes, bool decoded) {
    const unsigned bit = KeyBitIndex(bytes);
    values_[object].keys |= std::uint64_t{1} << bit;
    AddString(offset, bytes, decoded);
    values_.back().key_bit = static_cast<std::uint8_t>(bit);
  }
  void AddNull(std::size_t offset) { Add(offset, JsonType::kNull).integer = 0; }
  void AddBoolean(std::size_t offset, bool value) {
    Add(offset, JsonType::kBoolean).boolean = value;
  }
  void AddInteger(std::size_t offset, std::int64_t value) {
    Add(offset, JsonType::kInteger).integer = value;
  }
  void AddUnsigned(std::size_t offset, std::uint64_t value) {
    Add(offset, JsonType::kUnsigned).whole = value;
  }
  void AddFloat(std::size_t offset, double value) { Add(offset, JsonType::kFloat).number = value; }
  /// Whether the object being built at `object` already has a member `key`.
  bool HasKey(std::uint32_t object, std::string_view key) const;

 private:
  Value& Add(std::size_t offset, JsonType type);

  std::string_view text_;
  std::vector<Value> values_;
  std::string buffer_;
};

}  // namespace chainmap
