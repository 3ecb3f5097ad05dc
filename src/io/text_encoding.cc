#include "src/io/text_encoding.h"

#include <cerrno>
#include <stdexcept>

namespace chainmap {
namespace {

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.substr(0, prefix.size()) == prefix;
}

/// Whether `text` is UTF-8, allowing a sequence cut off by the end of the sample.
bool LooksUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t n = c < 0x80           ? 1
                    : (c >> 5) == 0x6  ? 2
                    : (c >> 4) == 0xE  ? 3
                    : (c >> 3) == 0x1E ? 4
                                       : 0;
    if (n == 0 || (n == 2 && c < 0xC2)) return false;
    for (std::size_t k = 1; k < n; ++k) {
      if (i + k >= text.size()) return true;  // cut at the end of the sample
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n;
  }
  return true;
}

/// Whether `text` is GB18030: ASCII, two-byte 81-FE 40-7E/80-FE, four-byte 81-FE 30-39
/// 81-FE 30-39; a sequence cut at the end is allowed.
bool LooksGb18030(std::string_view text) {
  std::size_t i = 0;
  const auto at = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  while (i < text.size()) {
    const unsigned char c = at(i);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (c == 0x80 || c == 0xFF) return false;
    if (i + 1 >= text.size()) return true;
    const unsigned char d = at(i + 1);
    if ((d >= 0x40 && d <= 0x7E) || (d >= 0x80 && d <= 0xFE)) {
      i += 2;
      continue;
    }
    if (d < 0x30 || d > 0x39) return false;
    if (i + 3 >= text.size()) return true;
    if (at(i + 2) < 0x81 || at(i + 2) > 0xFE || at(i + 3) < 0x30 || at(i + 3) > 0x39) return false;
    i += 4;
  }
  return true;
}

}  // namespace

FileKind DetectFileKind(std::string_view head) {
  if (StartsWith(head, "PK\x03\x04") || StartsWith(head, "PK\x05\x06")) return FileKind::kZip;
  if (StartsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) return FileKind::kOldExcel;
  if (StartsWith(head, "\xEF\xBB\xBF")) return FileKind::kUtf8Bom;
  if (StartsWith(head, "\xFF\xFE")) return FileKind::kUtf16Le;
  if (LooksUtf8(head)) return FileKind::kUtf8;
  if (LooksGb18030(head)) return FileKind::kGb18030;
  return FileKind::kUnknown;
}

std::string_view EncodingName(FileKind kind) {
  switch (kind) {
    case FileKind::kZip:
      return "XLSX";
    case FileKind::kOldExcel:
      return "XLS";
    case FileKind::kUtf8:
      return "UTF-8";
    case FileKind::kUtf8Bom:
      return "UTF-8 with BOM";
    case FileKind::kUtf16Le:
      return "UTF-16LE";
    case FileKind::kGb18030:
      return "GB18030 (GBK)";
    case FileKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

Utf8Converter::Utf8Converter(const char* from) : cd_(iconv_open("UTF-8", from)) {
  // NOLINTNEXTLINE(performance-no-int-to-ptr): (iconv_t)-1 is iconv_open's error value.
  if (cd_ == reinterpret_cast<iconv_t>(-1))
    throw std::runtime_error(std::string("iconv cannot convert from ") + from);
}

Utf8Converter::~Utf8Converter() { iconv_close(cd_); }

bool Utf8Converter::Convert(std::string_view in, std::string& out, bool last,
                            std::size_t& bad_offset) {
  std::string input = std::move(pending_);
  pending_.clear();
  input.append(in);
  char* src = input.data();
  std::size_t src_left = input.size();
  const std::size_t start = out.size();
  out.resize(start + input.size() * 2 + 16);
  char* dst = out.data() + start;
  std::size_t dst_left = out.size() - start;
  while (src_left > 0) {
    if (iconv(cd_, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      const std::size_t used = static_cast<std::size_t>(dst - out.data());
      out.resize(out.size() * 2);
      dst = out.data() + used;
      dst_left = out.size() - used;
      continue;
    }
    const std::size_t done = static_cast<std::size_t>(src - input.data());
    if (errno == EINVAL && !last) {  // a character cut by the chunk's end
      pending_.assign(src, src_left);
      consumed_ += done;
      out.resize(static_cast<std::size_t>(dst - out.data()));
      return true;
    }
    bad_offset = consumed_ + done;
    out.resize(static_cast<std::size_t>(dst - out.data()));
    return false;
  }
  consumed_ += input.size();
  out.resize(static_cast<std::size_t>(dst - out.data()));
  return true;
}

}  // namespace chainmap
