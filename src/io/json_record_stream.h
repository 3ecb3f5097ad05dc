#pragma once

#include <array>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "src/io/json_document.h"
#include "src/io/json_parser.h"

namespace chainmap {

/// Reads a record file ({"enterprises": [{…}, {…}, …], …}) one record at a time, so that
/// a file of a million records never exists as one tree in memory. Syntax is checked as
/// strictly as JsonDocument::Parse does; errors throw JsonSyntaxError from the
/// constructor or Next().
///
/// A large text is parsed ahead on a second thread: it parses the records into a few
/// batches, while Next() hands out those parsed before, in file order. What Next()
/// returns or throws is the same either way (a syntax error is thrown after the records
/// before it); the thread takes no signals and is joined by the destructor.
class JsonRecordStream {
 public:
  struct Options {
    /// Texts of at least this many bytes are parsed on a second thread (the zone loader
    /// sets it from LoadOptions); by default none.
    std::size_t thread_from = SIZE_MAX;
    /// Records per batch handed from the parsing thread (at least 1).
    std::size_t batch_records = 1024;
  };

  /// Starts reading `text`, up to the first record of the array member `key` of the
  /// top-level object.
  JsonRecordStream(std::shared_ptr<const InputText> text, std::string key)
      : JsonRecordStream(std::move(text), std::move(key), Options()) {}
  JsonRecordStream(std::shared_ptr<const InputText> text, std::string key, Options options);
  JsonRecordStream(const JsonRecordStream&) = delete;
  JsonRecordStream& operator=(const JsonRecordStream&) = delete;
  /// Stops the parsing thread, if any, and waits for it.
  ~JsonRecordStream();

  /// The next record, addressed "/<key>/<index>"; nullopt after the last one (the rest
  /// of the file is then read and checked). A record is valid until the next call: it
  /// is held by the stream, and its value is one FlatJson reused from record to record.
  const JsonDocument* Next();

  /// The file without the records: the top-level value, with an empty array in place of
  /// the records. Complete once Next() has returned nullopt.
  const JsonDocument& top() const { return top_; }

  /// How many records follow, by a quick scan of the text that does not parse them (for
  /// reserving room); exact when the file is well-formed. Call before Next().
  std::size_t CountRecords() const;

  /// Whether the records are parsed on a second thread.
  bool threaded() const { return threaded_; }

 private:
  /// A record parsed: its value and where it starts.
  struct Parsed {
    FlatJson value;
    std::size_t begin = 0;
    TextPosition start;
  };
  /// Records parsed on the second thread, handed over together.
  struct Batch {
    std::vector<Parsed> records;  ///< The first `size` are this batch's (the rest is room).
    std::size_t size = 0;
    std::size_t end = 0;       ///< The offset after its last record.
    bool last = false;         ///< No batch follows.
    std::exception_ptr error;  ///< Thrown after its records (last is then set).
  };

  /// Reads top-level members until the record array starts (true) or the object ends.
  bool ReadMembers();
  void Finish();
  /// Parses the next record into `out`; false after the last one (the rest of the file
  /// is then read and checked).
  bool ParseNext(Parsed& out);
  /// The record document for `parsed`, the next in file order.
  const JsonDocument* Hand(const Parsed& parsed);
  /// Next() when the records are parsed on the second thread.
  const JsonDocument* NextParsed();
  /// The second thread: fills free batches until the last record or Stop.
  void Produce();
  void ProduceBatch(Batch& batch);
  void Start(std::size_t batch_records);
  void Stop();

  std::shared_ptr<const InputText> text_;
  std::string key_;
  JsonParser parser_;
  JsonDocument top_;
  JsonDocument record_;
  Parsed parsed_;                 ///< The record read last, when read on this thread.
  std::size_t prefix_ = 0;        ///< The size of "/<key>/" at the start of record_'s pointer.
  std::size_t records_from_ = 0;  ///< Where the record array's contents start.
  bool in_array_ = false;
  bool first_ = true;
  std::size_t index_ = 0;
  /// Mapped text is handed back behind the records read, a megabyte at a time.
  static constexpr std::size_t kReleaseEvery = std::size_t{1} << 20;
  std::size_t released_ = 0;

  static constexpr std::size_t kBatches = 4;
  // Parsing ahead: batches go from free_ to the thread, to full_, to Next(), back to free_.
  bool threaded_ = false;
  std::vector<std::unique_ptr<Batch>> batches_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable free_changed_, full_changed_;
  /// Batches in the order they were put in; never allocates.
  class Queue {
   public:
    bool empty() const { return size_ == 0; }
    void Push(Batch* batch) { items_[(head_ + size_++) % kBatches] = batch; }
    Batch* Pop() {
      Batch* batch = items_[head_];
      head_ = (head_ + 1) % kBatches;
      --size_;
      return batch;
    }

   private:
    std::array<Batch*, kBatches> items_{};
    std::size_t head_ = 0, size_ = 0;
  };
  Queue free_, full_;         ///< Guarded by mutex_.
  bool stop_ = false;         ///< Guarded by mutex_.
  Batch* current_ = nullptr;  ///< The batch Next() is handing out.
  /// How many records ahead of the one handed out its values and text are prefetched,
  /// and how many bytes of its text.
  static constexpr std::size_t kPrefetchAhead = 2;
  static constexpr std::size_t kPrefetchText = 256;
  std::size_t at_ = 0;  ///< The next record of current_.
};

}  // namespace chainmap
