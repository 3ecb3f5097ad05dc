#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "src/io/json_document.h"
#include "src/io/json_parser.h"

namespace chainmap {

/// Reads a record file ({"enterprises": [{…}, {…}, …], …}) one record at a time, so that
/// a file of a million records never exists as one tree in memory. Syntax is checked as
/// strictly as JsonDocument::Parse does; errors throw JsonSyntaxError from the
/// constructor or Next().
class JsonRecordStream {
 public:
  /// Starts reading `text`, up to the first record of the array member `key` of the
  /// top-level object.
  JsonRecordStream(std::shared_ptr<const InputText> text, std::string key);
  JsonRecordStream(const JsonRecordStream&) = delete;
  JsonRecordStream& operator=(const JsonRecordStream&) = delete;

  /// The next record, addressed "/<key>/<index>"; nullopt after the last one (the rest
  /// of the file is then read and checked). A record is valid until the next call: it
  /// is held by the stream, and its value is one FlatJson reused from record to record.
  const JsonDocument* Next();

  /// The file without the records: the top-level value, with an empty array in place of
  /// the records. Complete once Next() has returned nullopt.
  const JsonDocument& top() const { return top_; }

  /// How many records follow, by a quick scan of the text that does not parse them (for
  /// reserving room); exact when the file is well-formed.
  std::size_t CountRecords() const;

 private:
  /// Reads top-level members until the record array starts (true) or the object ends.
  bool ReadMembers();
  void Finish();

  std::shared_ptr<const InputText> text_;
  std::string key_;
  JsonParser parser_;
  JsonDocument top_;
  JsonDocument record_;
  FlatJson value_;          ///< record_'s value.
  std::size_t prefix_ = 0;  ///< The size of "/<key>/" at the start of record_'s pointer.
  bool in_array_ = false;
  bool first_ = true;
  std::size_t index_ = 0;
  /// Mapped text is handed back behind the records read, a megabyte at a time.
  static constexpr std::size_t kReleaseEvery = std::size_t{1} << 20;
  std::size_t released_ = 0;
};

}  // namespace chainmap
