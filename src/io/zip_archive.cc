#include "src/io/zip_archive.h"

#include <zip.h>

#include <memory>
#include <stdexcept>

namespace chainmap {
namespace {

struct SourceFree {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};
struct ArchiveDiscard {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

[[noreturn]] void Fail(const std::string& what, zip_error_t* error) {
  throw std::runtime_error("cannot write zip archive: " + what + ": " + zip_error_strerror(error));
}

// 1980-01-01 00:00:00, the earliest DOS date: date = (year-1980)<<9 | month<<5 | day.
constexpr zip_uint16_t kDosTime = 0;
constexpr zip_uint16_t kDosDate = (1u << 5) | 1u;

}  // namespace

std::string ZipBytes(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) Fail("buffer", &error);
  // The archive writes into `buffer`; keep it alive past zip_close to read the bytes.
  zip_source_keep(buffer.get());
  std::unique_ptr<zip_t, ArchiveDiscard> archive(
      zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
  if (!archive) {
    zip_source_free(buffer.get());  // the reference zip_open_from_source did not take
    Fail("open", &error);
  }
  for (const ZipEntry& entry : entries) {
    zip_source_t* data =
        zip_source_buffer(archive.get(), entry.bytes.data(), entry.bytes.size(), 0);
    if (!data) Fail(entry.name, zip_get_error(archive.get()));
    const zip_int64_t index =
        zip_file_add(archive.get(), entry.name.c_str(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(data);
      Fail(entry.name, zip_get_error(archive.get()));
    }
    const auto i = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive.get(), i, ZIP_CM_DEFLATE, 6) != 0 ||
        zip_file_set_dostime(archive.get(), i, kDosTime, kDosDate, 0) != 0)
      Fail(entry.name, zip_get_error(archive.get()));
  }
  if (zip_close(archive.get()) != 0) Fail("close", zip_get_error(archive.get()));
  (void)archive.release();  // zip_close freed it

  if (zip_source_open(buffer.get()) != 0) Fail("read back", zip_source_error(buffer.get()));
  std::string bytes;
  char chunk[65536];
  for (;;) {
    const zip_int64_t n = zip_source_read(buffer.get(), chunk, sizeof chunk);
    if (n < 0) Fail("read back", zip_source_error(buffer.get()));
    if (n == 0) break;
    bytes.append(chunk, static_cast<std::size_t>(n));
  }
  zip_source_close(buffer.get());
  return bytes;
}

}  // namespace chainmap
