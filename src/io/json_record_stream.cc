#include "src/io/json_record_stream.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chainmap {

JsonRecordStream::JsonRecordStream(std::shared_ptr<const InputText> text, std::string key)
    : text_(std::move(text)),
      key_(std::move(key)),
      parser_(text_->view(), CheckJsonText(text_->view())) {
  text_->ReleaseAll();  // the check read it all; the parse reads it again from the start
  top_.text_ = text_;
  parser_.SkipSpace();
  if (parser_.AtEnd()) parser_.Fail("empty file: expected a JSON value");
  top_.begin_ = parser_.offset();
  top_.start_ = parser_.Here();
  if (parser_.Peek() != '{') {
    top_.root_ = parser_.ParseValue(0);
    Finish();
    return;
  }
  parser_.Advance();  // '{'
  top_.root_ = nlohmann::ordered_json::object();
  parser_.SkipSpace();
  if (parser_.Peek() == '}') {
    parser_.Advance();
    Finish();
    return;
  }
  in_array_ = ReadMembers();
}

bool JsonRecordStream::ReadMembers() {
  do {
    parser_.SkipSpace();
    if (parser_.Peek() != '"')
      parser_.Fail("expected a string key in double quotes, found " + parser_.Describe());
    const TextPosition key_at = parser_.Here();
    std::string key = parser_.ParseString();
    if (top_.root_.contains(key))
      throw JsonSyntaxError(key_at, "duplicate key '" + key + "' in one object");
    parser_.SkipSpace();
    parser_.Expect(':', "':' after an object key");
    parser_.SkipSpace();
    if (key == key_ && parser_.Peek() == '[') {
      top_.root_[key] = nlohmann::ordered_json::array();
      parser_.Advance();  // '['
      parser_.SkipSpace();
      if (parser_.Peek() != ']') return true;
      parser_.Advance();
      continue;
    }
    top_.root_[key] = parser_.ParseValue(1);
  } while (parser_.NextMember('}', "an object member"));
  Finish();
  return false;
}

void JsonRecordStream::Finish() {
  parser_.SkipSpace();
  if (!parser_.AtEnd()) parser_.Fail("unexpected " + parser_.Describe() + " after the JSON value");
}

namespace {

/// Counts the elements of an array from `from` (just inside its '[') to its end; scans
/// the bytes that matter (quotes, backslashes, brackets, braces, commas) 16 at a time.
class ElementCounter {
 public:
  explicit ElementCounter(std::string_view text) : text_(text) {}

  std::size_t Count(std::size_t from) {
    const char* p = text_.data();
    std::size_t i = from;
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                  comma = _mm_set1_epi8(','), open_square = _mm_set1_epi8('['),
                  close_square = _mm_set1_epi8(']'), open_curly = _mm_set1_epi8('{'),
                  close_curly = _mm_set1_epi8('}');
    for (; i + 16 <= text_.size() && !done_; i += 16) {
      const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
      const __m128i hits = _mm_or_si128(
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(b, quote), _mm_cmpeq_epi8(b, backslash)),
                       _mm_or_si128(_mm_cmpeq_epi8(b, comma), _mm_cmpeq_epi8(b, open_square))),
          _mm_or_si128(
              _mm_cmpeq_epi8(b, close_square),
              _mm_or_si128(_mm_cmpeq_epi8(b, open_curly), _mm_cmpeq_epi8(b, close_curly))));
      for (auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits)); mask != 0 && !done_;
           mask &= mask - 1)
        Step(i + static_cast<std::size_t>(__builtin_ctz(mask)));
    }
#endif
    for (; i < text_.size() && !done_; ++i) Step(i);
    return count_;
  }

 private:
  /// The byte at `at`, in text order; bytes other than those that matter are no-ops.
  void Step(std::size_t at) {
    if (at < skip_to_) return;  // escaped
    const char c = text_[at];
    if (in_string_) {
      if (c == '"')
        in_string_ = false;
      else if (c == '\\')
        skip_to_ = at + 2;
      return;
    }
    if (c == '"') {
      in_string_ = true;
    } else if (c == '[' || c == '{') {
      ++depth_;
    } else if (c == ']' || c == '}') {
      if (depth_-- == 0) done_ = true;
    } else if (c == ',' && depth_ == 0) {
      ++count_;
    }
  }

  std::string_view text_;
  std::size_t count_ = 1;
  long depth_ = 0;
  bool in_string_ = false;
  bool done_ = false;
  std::size_t skip_to_ = 0;
};

}  // namespace

std::size_t JsonRecordStream::CountRecords() const {
  if (!in_array_) return 0;
  const std::size_t count = ElementCounter(text_->view()).Count(parser_.offset());
  text_->ReleaseAll();
  return count;
}

const JsonDocument* JsonRecordStream::Next() {
  if (!in_array_) return nullptr;
  if (!first_ && !parser_.NextMember(']', "an array element")) {
    in_array_ = false;
    if (parser_.NextMember('}', "an object member"))
      in_array_ = ReadMembers();
    else
      Finish();
    return nullptr;
  }
  first_ = false;
  parser_.SkipSpace();
  if (parser_.offset() >= released_ + kReleaseEvery) {
    text_->Release(parser_.offset());  // the records before this one are done
    released_ = parser_.offset();
  }
  if (!record_.text_) {
    record_.text_ = text_;
    record_.flat_ = &value_;
    record_.pointer_ = "/" + JsonPointerToken(key_) + "/";
    prefix_ = record_.pointer_.size();
  }
  record_.begin_ = parser_.offset();
  record_.start_ = parser_.Here();
  record_.pointer_.resize(prefix_);
  record_.pointer_ += std::to_string(index_++);
  value_.Reset(text_->view());
  parser_.ParseFlat(value_, 1);
  return &record_;
}

}  // namespace chainmap
