#include "src/io/csv_stream.h"

#include <cstring>

#include "src/io/diagnostic.h"

namespace chainmap {

CsvStream::CsvStream(std::string file, RawRowHandler handler)
    : file_(std::move(file)), handler_(std::move(handler)) {}

bool CsvStream::Feed(std::string_view chunk) {
  if (stopped_) return false;
  buffer_.append(chunk);
  Parse(false);
  return !stopped_;
}

void CsvStream::Finish() {
  if (stopped_) return;
  if (!buffer_.empty() && buffer_.back() != '\n') buffer_.push_back('\n');
  Parse(true);
}

void CsvStream::Parse(bool last) {
  const char* const data = buffer_.data();
  const std::size_t size = buffer_.size();
  std::size_t pos = 0;
  std::size_t extra_lines = 0;  // newlines inside quoted cells of the current record
  while (pos < size && !stopped_) {
    const std::size_t record_start = pos;
    spans_.clear();
    in_storage_.clear();
    storage_.clear();
    extra_lines = 0;
    bool complete = false;
    while (true) {
      if (pos >= size) break;
      if (data[pos] == '"') {
        // Quoted cell: copy into storage_ with "" → ".
        const std::size_t begin = storage_.size();
        std::size_t p = pos + 1;
        bool closed = false;
        while (p < size) {
          const char* q = static_cast<const char*>(std::memchr(data + p, '"', size - p));
          if (!q) break;
          const std::size_t at = static_cast<std::size_t>(q - data);
          for (std::size_t k = p; k < at; ++k) extra_lines += data[k] == '\n';
          storage_.append(data + p, at - p);
          if (at + 1 < size && data[at + 1] == '"') {
            storage_.push_back('"');
            p = at + 2;
            continue;
          }
          if (at + 1 >= size) {
            p = size;  // cannot tell yet whether "" follows
            break;
          }
          p = at + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (last)
            throw InputError(
                file_ + ":" + std::to_string(next_row_) + ":" + std::to_string(spans_.size() + 1),
                "a quoted cell is never closed: add the missing '\"'");
          pos = size;
          break;
        }
        spans_.emplace_back(begin, storage_.size() - begin);
        in_storage_.push_back(true);
        pos = p;
        if (pos >= size) break;
        if (data[pos] == '\r' && pos + 1 >= size) break;  // "\r" at a chunk's end: wait
        if (data[pos] == '\r' && data[pos + 1] == '\n') ++pos;
        if (data[pos] == ',') {
          ++pos;
          continue;
        }
        if (data[pos] == '\n') {
          ++pos;
          complete = true;
          break;
        }
        throw InputError(
            file_ + ":" + std::to_string(next_row_) + ":" + std::to_string(spans_.size()),
            "text after the closing quote of a cell: quote the whole cell and "
            "double any '\"' inside it");
      }
      // Unquoted cell: up to the next comma or newline.
      std::size_t p = pos;
      while (p < size && data[p] != ',' && data[p] != '\n') ++p;
      if (p >= size) break;
      std::size_t end = p;
      if (data[p] == '\n' && end > pos && data[end - 1] == '\r') --end;
      spans_.emplace_back(pos, end - pos);
      in_storage_.push_back(false);
      pos = p + 1;
      if (data[p] == '\n') {
        complete = true;
        break;
      }
    }
    if (!complete) {
      pos = record_start;
      break;
    }
    row_.row = next_row_++;
    row_.cells.clear();
    for (std::size_t i = 0; i < spans_.size(); ++i)
      row_.cells.emplace_back((in_storage_[i] ? storage_.data() : data) + spans_[i].first,
                              spans_[i].second);
    (void)extra_lines;
    if (!handler_(row_)) stopped_ = true;
  }
  buffer_.erase(0, pos);
}

}  // namespace chainmap
