#include "src/io/registry_reader.h"

#include <sys/stat.h>

#include <array>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

#include "src/io/csv_stream.h"
#include "src/io/utf8.h"
#include "src/io/xlsx_reader.h"

namespace chainmap {
namespace {

bool IsBlank(const std::vector<std::string_view>& cells) {
  for (const std::string_view c : cells)
    if (!TrimCell(c).empty()) return false;
  return true;
}

std::string FileDate(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return "";
  std::tm tm{};
  gmtime_r(&st.st_mtime, &tm);
  char out[16];
  std::strftime(out, sizeof out, "%Y-%m-%d", &tm);
  return out;
}

/// Turns raw rows into registry rows: finds the header, checks each row.
class RowSink {
 public:
  RowSink(RegistryFileInfo& info, const RegistryReadOptions& options,
          const RegistryCellsHandler& handler, bool check_utf8, bool check_width)
      : info_(info),
        options_(options),
        handler_(handler),
        check_utf8_(check_utf8),
        check_width_(check_width) {}

  bool operator()(const RawRow& raw) {
    // One check of the record's text; cell by cell only to say where it is wrong.
    if (check_utf8_ && (raw.text.empty() || !IsValidUtf8(raw.text)))
      for (std::size_t i = 0; i < raw.cells.size(); ++i)
        if (const auto problem = FindInvalidUtf8(raw.cells[i])) {
          if (header_found_) ++info_.data_rows;  // a bad row is a data row too
          return Bad(raw.row, i + 1,
                     "not UTF-8 (byte 0x" + problem->byte_hex +
                         "): the file mixes encodings; save it again as CSV UTF-8");
        }
    if (!header_found_) {
      if (IsBlank(raw.cells)) return true;
      if (auto header = RecognizeHeader(info_.file, raw.row, raw.cells)) {
        info_.header = std::move(*header);
        header_found_ = true;
      } else if (++rows_before_header_ >= options_.header_rows) {
        return false;
      }
      return true;
    }
    if (IsBlank(raw.cells)) return true;
    ++info_.data_rows;
    const std::size_t width = info_.header.names.size();
    if (check_width_ && raw.cells.size() != width)
      return Bad(raw.row, std::min(raw.cells.size(), width) + 1,
                 "the row has " + std::to_string(raw.cells.size()) + " cells, the header " +
                     std::to_string(width) +
                     ": a cell holds an unquoted comma, or cells are missing");
    if (auto problem = handler_(info_.header, raw))
      return Bad(raw.row, problem->column, problem->message);
    return true;
  }

  bool header_found() const { return header_found_; }

 private:
  bool Bad(std::size_t row, std::size_t column, const std::string& message) {
    Diagnostic d{Severity::kError,
                 info_.file + ":" + std::to_string(row) + ":" + std::to_string(column),
                 {},
                 "",
                 message + "; the row is skipped"};
    if (options_.strict) {
      d.message = message + " (--strict: the file is refused)";
      throw InputError({d});
    }
    ++info_.bad_row_count;
    if (info_.bad_rows.size() < options_.max_reported) info_.bad_rows.push_back(std::move(d));
    return true;
  }

  RegistryFileInfo& info_;
  const RegistryReadOptions& options_;
  const RegistryCellsHandler& handler_;
  bool check_utf8_, check_width_;
  bool header_found_ = false;
  std::size_t rows_before_header_ = 0;
};

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

}  // namespace

std::string RegistryExportDate(const std::string& path) {
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) return "";
  std::array<char, 8> head{};
  const std::size_t n = std::fread(head.data(), 1, head.size(), file.get());
  if (DetectFileKind(std::string_view(head.data(), n)) == FileKind::kZip) {
    try {
      if (std::string date = XlsxReader(path).modified_date(); !date.empty()) return date;
    } catch (const InputError&) {
      // ReadRegistryFile reports the damaged workbook.
    }
  }
  return FileDate(path);
}

RegistryFileInfo ReadRegistryFile(const std::string& path, const RegistryReadOptions& options,
                                  const RegistryRowHandler& handler) {
  RegistryRow row;  // one row's strings, reused from row to row
  return ReadRegistryCells(
      path, options,
      [&](const RegistryHeader& header, const RawRow& raw) -> std::optional<RegistryRowProblem> {
        ParseRegistryRow(header, raw.row, raw.cells, row);
        if (!row.problem.empty()) return RegistryRowProblem{row.problem_column, row.problem};
        handler(row);
        return std::nullopt;
      });
}

RegistryFileInfo ReadRegistryCells(const std::string& path, const RegistryReadOptions& options,
                                   const RegistryCellsHandler& handler) {
  RegistryFileInfo info;
  info.file = path;
  std::unique_ptr<std::FILE, FileCloser> file(std::fopen(path.c_str(), "rb"));
  if (!file) throw InputError(path, "no such file, or it cannot be read");
  std::vector<char> chunk(1 << 20);
  std::size_t n = std::fread(chunk.data(), 1, chunk.size(), file.get());
  info.bytes = n;
  if (n == 0) throw InputError(path, "empty file: expected a registry export with a header row");
  info.kind = DetectFileKind(std::string_view(chunk.data(), std::min<std::size_t>(n, 64 << 10)));
  const auto no_header = [&]() {
    return InputError(path, "no header row in the first " + std::to_string(options.header_rows) +
                                " rows: expected a row naming 企业名称 (or 公司名称) and other "
                                "registry columns such as 统一社会信用代码, 登记状态, 所属城市");
  };
  switch (info.kind) {
    case FileKind::kOldExcel:
      throw InputError(path,
                       "an Excel 97-2003 workbook (.xls): open it in Excel or WPS and "
                       "save it as .xlsx (or as CSV UTF-8)");
    case FileKind::kUnknown:
      throw InputError(path,
                       "neither UTF-8 nor GB18030/GBK text, nor an XLSX workbook: "
                       "save the export as .xlsx or as CSV UTF-8");
    case FileKind::kZip: {
      // The workbook is read by XlsxReader, not in chunks here: its size is the file's.
      if (struct stat st{}; ::fstat(::fileno(file.get()), &st) == 0)
        info.bytes = static_cast<std::size_t>(st.st_size);
      file.reset();
      XlsxReader xlsx(path);
      info.sheet = options.sheet.empty() ? xlsx.sheet_names().front() : options.sheet;
      info.export_date = xlsx.modified_date();
      RowSink sink(info, options, handler, false, false);
      xlsx.ReadRows(options.sheet, [&](const RawRow& row) { return sink(row); });
      if (!sink.header_found()) throw no_header();
      break;
    }
    default: {
      RowSink sink(info, options, handler,
                   info.kind == FileKind::kUtf8 || info.kind == FileKind::kUtf8Bom, true);
      CsvStream csv(path, [&](const RawRow& row) { return sink(row); });
      std::optional<Utf8Converter> converter;
      if (info.kind == FileKind::kGb18030) converter.emplace("GB18030");
      if (info.kind == FileKind::kUtf16Le) converter.emplace("UTF-16LE");
      std::string utf8;
      std::vector<char> next(chunk.size());
      bool first = true, more = true;
      while (n > 0 && more) {
        std::string_view text(chunk.data(), n);
        if (first && info.kind == FileKind::kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
        if (first && info.kind == FileKind::kUtf16Le) text.remove_prefix(2);
        first = false;
        const std::size_t read = std::fread(next.data(), 1, next.size(), file.get());
        info.bytes += read;
        n = read;
        if (converter) {
          utf8.clear();
          std::size_t bad = 0;
          if (!converter->Convert(text, utf8, read == 0, bad))
            throw InputError(path, "byte " + std::to_string(bad) + " is not valid " +
                                       std::string(EncodingName(info.kind)) +
                                       ": the file mixes encodings; save it again as CSV UTF-8");
          more = csv.Feed(utf8);
        } else {
          more = csv.Feed(text);
        }
        chunk.swap(next);
      }
      if (more) csv.Finish();
      if (!sink.header_found()) throw no_header();
      info.export_date = FileDate(path);
      break;
    }
  }
  return info;
}

}  // namespace chainmap
