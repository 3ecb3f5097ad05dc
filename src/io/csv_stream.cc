#include "src/io/csv_stream.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "src/io/diagnostic.h"

namespace chainmap {
namespace {

/// The first ',' or '\n' in data[pos, size), or size: sixteen bytes at a time where SSE2 is
/// there (every x86-64), since an unquoted cell is scanned byte by byte otherwise.
std::size_t FindCellEnd(const char* data, std::size_t pos, std::size_t size) {
#if defined(__SSE2__)
  const __m128i comma = _mm_set1_epi8(',');
  const __m128i newline = _mm_set1_epi8('\n');
  for (; pos + 16 <= size; pos += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + pos));
    const int mask = _mm_movemask_epi8(
        _mm_or_si128(_mm_cmpeq_epi8(block, comma), _mm_cmpeq_epi8(block, newline)));
    if (mask != 0) return pos + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#endif
  while (pos < size && data[pos] != ',' && data[pos] != '\n') ++pos;
  return pos;
}

}  // namespace

CsvStream::CsvStream(std::string file, RawRowHandler handler)
    : file_(std::move(file)), handler_(std::move(handler)) {}

bool CsvStream::Feed(std::string_view chunk) {
  // A record cut at the end of the last chunk is completed line by line, so that only that
  // record is copied; the chunk's other records are parsed where they are. A record that
  // grows long (a quote never closed) takes whole chunks instead of being parsed again
  // line after line.
  constexpr std::size_t kLineByLine = 64 << 10;
  while (!buffer_.empty() && !chunk.empty() && !stopped_) {
    const std::size_t newline = chunk.find('\n');
    const std::size_t take = newline == std::string_view::npos || buffer_.size() > kLineByLine
                                 ? chunk.size()
                                 : newline + 1;
    buffer_.append(chunk.data(), take);
    chunk.remove_prefix(take);
    buffer_.erase(0, Parse(buffer_, false));
  }
  if (!stopped_ && buffer_.empty() && !chunk.empty()) {
    const std::size_t used = Parse(chunk, false);
    if (!stopped_) buffer_.assign(chunk.substr(used));
  }
  return !stopped_;
}

void CsvStream::Finish() {
  if (stopped_) return;
  if (!buffer_.empty() && buffer_.back() != '\n') buffer_.push_back('\n');
  buffer_.erase(0, Parse(buffer_, true));
}

std::size_t CsvStream::Parse(std::string_view input, bool last) {
  const char* const data = input.data();
  const std::size_t size = input.size();
  std::size_t pos = 0;
  // A record's unquoted cells never outgrow the buffer: with this room, storage_ does not
  // move while a record is parsed, and the cells can point into it as they are found.
  storage_.reserve(size);
  while (pos < size && !stopped_) {
    const std::size_t record_start = pos;
    row_.cells.clear();
    storage_.clear();
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
            throw InputError(file_ + ":" + std::to_string(next_row_) + ":" +
                                 std::to_string(row_.cells.size() + 1),
                             "a quoted cell is never closed: add the missing '\"'");
          pos = size;
          break;
        }
        row_.cells.emplace_back(storage_.data() + begin, storage_.size() - begin);
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
            file_ + ":" + std::to_string(next_row_) + ":" + std::to_string(row_.cells.size()),
            "text after the closing quote of a cell: quote the whole cell and "
            "double any '\"' inside it");
      }
      // Unquoted cell: up to the next comma or newline.
      const std::size_t p = FindCellEnd(data, pos, size);
      if (p >= size) break;
      std::size_t end = p;
      if (data[p] == '\n' && end > pos && data[end - 1] == '\r') --end;
      row_.cells.emplace_back(data + pos, end - pos);
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
    row_.text = std::string_view(data + record_start, pos - record_start);
    if (!handler_(row_)) stopped_ = true;
  }
  return pos;
}

}  // namespace chainmap
