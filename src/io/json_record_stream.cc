#include "src/io/json_record_stream.h"

#include <pthread.h>

#include <algorithm>
#include <csignal>
#include <system_error>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace chainmap {

JsonRecordStream::JsonRecordStream(std::shared_ptr<const InputText> text, std::string key,
                                   Options options)
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
  if (!in_array_) return;
  records_from_ = parser_.offset();
  if (text_->view().size() >= options.thread_from) Start(options.batch_records);
}

JsonRecordStream::~JsonRecordStream() { Stop(); }

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
  if (records_from_ == 0) return 0;
  const std::size_t count = ElementCounter(text_->view()).Count(records_from_);
  text_->ReleaseAll();
  return count;
}

bool JsonRecordStream::ParseNext(Parsed& out) {
  if (!in_array_) return false;
  if (!first_ && !parser_.NextMember(']', "an array element")) {
    in_array_ = false;
    if (parser_.NextMember('}', "an object member"))
      in_array_ = ReadMembers();
    else
      Finish();
    return false;
  }
  first_ = false;
  parser_.SkipSpace();
  out.begin = parser_.offset();
  out.start = parser_.Here();
  out.value.Reset(text_->view());
  parser_.ParseFlat(out.value, 1);
  return true;
}

const JsonDocument* JsonRecordStream::Hand(const Parsed& parsed) {
  if (!record_.text_) {
    record_.text_ = text_;
    record_.pointer_ = "/" + JsonPointerToken(key_) + "/";
    prefix_ = record_.pointer_.size();
  }
  record_.flat_ = &parsed.value;
  record_.begin_ = parsed.begin;
  record_.start_ = parsed.start;
  record_.pointer_.resize(prefix_);
  record_.pointer_ += std::to_string(index_++);
  return &record_;
}

const JsonDocument* JsonRecordStream::Next() {
  if (threaded_) return NextParsed();
  if (!in_array_) return nullptr;
  // The records before this one are done: their pages go back, a megabyte at a time.
  if (parser_.offset() >= released_ + kReleaseEvery) {
    text_->Release(parser_.offset());
    released_ = parser_.offset();
  }
  if (!ParseNext(parsed_)) return nullptr;
  return Hand(parsed_);
}

// Parsing ahead. The thread owns parser_, top_, in_array_ and first_ until it hands over
// the last batch; a batch belongs to whoever took it from free_ or full_ under mutex_.

void JsonRecordStream::Start(std::size_t batch_records) {
  batch_records = std::max<std::size_t>(batch_records, 1);
  for (std::size_t i = 0; i < kBatches; ++i) {
    batches_.push_back(std::make_unique<Batch>());
    batches_.back()->records.resize(batch_records);
    free_.Push(batches_.back().get());
  }
  // The thread takes no signal sent to the process: they go to this one, as without it
  // (src/cli/interrupt.h: a signal interrupts a blocking wait of the loading thread).
  // Faults of its own (SIGSEGV, SIGBUS, …) are still its own.
  sigset_t sent, before;
  sigfillset(&sent);
  for (const int own : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGSYS, SIGABRT})
    sigdelset(&sent, own);
  pthread_sigmask(SIG_BLOCK, &sent, &before);
  try {
    thread_ = std::thread([this] { Produce(); });
  } catch (const std::system_error&) {
    // No thread to be had: the records are parsed here, as for a small text.
  }
  pthread_sigmask(SIG_SETMASK, &before, nullptr);
  threaded_ = thread_.joinable();
  if (!threaded_) batches_.clear();
}

void JsonRecordStream::Stop() {
  if (!thread_.joinable()) return;
  {
    const std::lock_guard lock(mutex_);
    stop_ = true;
  }
  free_changed_.notify_one();
  thread_.join();
}

void JsonRecordStream::Produce() {
  for (;;) {
    Batch* batch = nullptr;
    {
      std::unique_lock lock(mutex_);
      free_changed_.wait(lock, [this] { return stop_ || !free_.empty(); });
      if (stop_) return;
      batch = free_.Pop();
    }
    ProduceBatch(*batch);
    const bool last = batch->last;
    {
      const std::lock_guard lock(mutex_);
      full_.Push(batch);
    }
    full_changed_.notify_one();
    if (last) return;
  }
}

void JsonRecordStream::ProduceBatch(Batch& batch) {
  batch.size = 0;
  batch.last = false;
  batch.error = nullptr;
  try {
    while (batch.size < batch.records.size()) {
      if (!ParseNext(batch.records[batch.size])) {
        batch.last = true;
        break;
      }
      ++batch.size;
    }
  } catch (...) {
    batch.error = std::current_exception();
    batch.last = true;
  }
  batch.end = parser_.offset();
}

const JsonDocument* JsonRecordStream::NextParsed() {
  while (!current_ || at_ == current_->size) {
    if (current_) {
      if (current_->last) {
        if (thread_.joinable()) thread_.join();  // it has handed over its last batch
        if (current_->error) std::rethrow_exception(std::exchange(current_->error, nullptr));
        return nullptr;
      }
      // The records before the next batch are done: their pages go back.
      if (current_->end >= released_ + kReleaseEvery) {
        text_->Release(current_->end);
        released_ = current_->end;
      }
      {
        const std::lock_guard lock(mutex_);
        free_.Push(current_);
      }
      free_changed_.notify_one();
      current_ = nullptr;
    }
    std::unique_lock lock(mutex_);
    full_changed_.wait(lock, [this] { return !full_.empty(); });
    current_ = full_.Pop();
    at_ = 0;
  }
  // The records were parsed on the other core: their values and text are fetched a few
  // records ahead, so that the loading thread does not wait for them (a fifth of its
  // time went to reading the first value of a record's cache line).
  if (at_ + kPrefetchAhead < current_->size) {
    const Parsed& ahead = current_->records[at_ + kPrefetchAhead];
    ahead.value.Prefetch();
    const std::string_view text = text_->view();
    const std::size_t end = std::min(text.size(), ahead.begin + kPrefetchText);
    for (std::size_t at = ahead.begin; at < end; at += 64) __builtin_prefetch(text.data() + at);
  }
  if (at_ + 2 * kPrefetchAhead < current_->size)
    __builtin_prefetch(&current_->records[at_ + 2 * kPrefetchAhead]);
  return Hand(current_->records[at_++]);
}

}  // namespace chainmap
