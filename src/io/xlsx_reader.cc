#include "src/io/xlsx_reader.h"

#include <expat.h>
#include <zip.h>

#include <array>
#include <functional>
#include <memory>

#include "src/io/diagnostic.h"

namespace chainmap {
namespace {

/// An expat parser fed a string or a stream of chunks, with C++ callbacks.
class Xml {
 public:
  using Start = std::function<void(std::string_view name, const char** attributes)>;
  using End = std::function<void(std::string_view name)>;
  using Text = std::function<void(std::string_view text)>;

  Xml(Start start, End end, Text text)
      : parser_(XML_ParserCreate("UTF-8")),
        start_(std::move(start)),
        end_(std::move(end)),
        text_(std::move(text)) {
    XML_SetUserData(parser_, this);
    XML_SetElementHandler(
        parser_,
        [](void* self, const XML_Char* name, const XML_Char** attributes) {
          static_cast<Xml*>(self)->start_(LocalName(name), attributes);
        },
        [](void* self, const XML_Char* name) { static_cast<Xml*>(self)->end_(LocalName(name)); });
    XML_SetCharacterDataHandler(parser_, [](void* self, const XML_Char* s, int length) {
      static_cast<Xml*>(self)->text_(std::string_view(s, static_cast<std::size_t>(length)));
    });
  }
  ~Xml() { XML_ParserFree(parser_); }
  Xml(const Xml&) = delete;
  Xml& operator=(const Xml&) = delete;

  /// Feeds a chunk; returns an error message, or empty.
  std::string Feed(std::string_view chunk, bool last) {
    if (XML_Parse(parser_, chunk.data(), static_cast<int>(chunk.size()), last) == XML_STATUS_ERROR)
      return std::string(XML_ErrorString(XML_GetErrorCode(parser_))) + " at line " +
             std::to_string(XML_GetCurrentLineNumber(parser_));
    return "";
  }

  static std::string_view Attribute(const char** attributes, std::string_view key) {
    for (std::size_t i = 0; attributes[i]; i += 2)
      if (LocalName(attributes[i]) == key) return attributes[i + 1];
    return {};
  }

 private:
  static std::string_view LocalName(const char* name) {
    std::string_view n(name);
    const auto colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
  }

  XML_Parser parser_;
  Start start_;
  End end_;
  Text text_;
};

/// Resolves a relationship target against "xl/": "worksheets/sheet1.xml" or "/xl/…".
std::string PartName(std::string_view target) {
  if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
  return "xl/" + std::string(target);
}

}  // namespace

std::optional<std::size_t> XlsxColumnIndex(std::string_view reference) {
  std::size_t column = 0, letters = 0;
  for (const char c : reference) {
    if (c >= 'A' && c <= 'Z') {
      column = column * 26 + static_cast<std::size_t>(c - 'A' + 1);
      if (++letters > 3) return std::nullopt;
    } else {
      break;
    }
  }
  if (letters == 0) return std::nullopt;
  return column - 1;
}

XlsxReader::XlsxReader(const std::string& path) : path_(path) {
  int error = 0;
  zip_ = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (!zip_) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    const std::string message = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    throw InputError(path, "not a readable XLSX workbook (ZIP: " + message +
                               "); open it in Excel or WPS and save it again as .xlsx");
  }
  // xl/workbook.xml lists the sheets; xl/_rels/workbook.xml.rels maps them to parts.
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  {
    Xml xml(
        [&](std::string_view name, const char** a) {
          if (name == "sheet")
            sheets.emplace_back(Xml::Attribute(a, "name"), Xml::Attribute(a, "id"));
        },
        [](std::string_view) {}, [](std::string_view) {});
    if (const std::string e = xml.Feed(ReadPart("xl/workbook.xml", true), true); !e.empty())
      throw InputError(path, "xl/workbook.xml is broken: " + e);
  }
  std::vector<std::pair<std::string, std::string>> rels;  // id, target
  {
    Xml xml(
        [&](std::string_view name, const char** a) {
          if (name == "Relationship")
            rels.emplace_back(Xml::Attribute(a, "Id"), Xml::Attribute(a, "Target"));
        },
        [](std::string_view) {}, [](std::string_view) {});
    if (const std::string e = xml.Feed(ReadPart("xl/_rels/workbook.xml.rels", true), true);
        !e.empty())
      throw InputError(path, "xl/_rels/workbook.xml.rels is broken: " + e);
  }
  for (const auto& [name, id] : sheets) {
    for (const auto& [rid, target] : rels)
      if (rid == id) {
        sheet_names_.push_back(name);
        sheet_parts_.push_back(PartName(target));
      }
  }
  if (sheet_names_.empty()) throw InputError(path, "the workbook has no sheets");
  // The export's date, for the sources of imported records.
  std::string* field = nullptr;
  std::string modified, created;
  Xml core(
      [&](std::string_view name, const char**) {
        field = name == "modified" ? &modified : name == "created" ? &created : nullptr;
      },
      [&](std::string_view) { field = nullptr; },
      [&](std::string_view text) {
        if (field) field->append(text);
      });
  if (core.Feed(ReadPart("docProps/core.xml", false), true).empty()) {
    const std::string& date = !modified.empty() ? modified : created;
    if (date.size() >= 10) modified_ = date.substr(0, 10);
  }
}

XlsxReader::~XlsxReader() {
  if (zip_) zip_discard(zip_);
}

std::string XlsxReader::ReadPart(const std::string& name, bool required) {
  zip_file_t* file = zip_fopen(zip_, name.c_str(), 0);
  if (!file) {
    if (!required) return {};
    throw InputError(path_, "not an XLSX workbook: the package has no " + name);
  }
  std::string out;
  std::array<char, 1 << 16> buffer{};
  zip_int64_t n = 0;
  while ((n = zip_fread(file, buffer.data(), buffer.size())) > 0)
    out.append(buffer.data(), static_cast<std::size_t>(n));
  zip_fclose(file);
  if (n < 0) throw InputError(path_, "cannot inflate " + name + ": the ZIP is damaged");
  return out;
}

void XlsxReader::LoadSharedStrings() {
  if (!shared_ends_.empty() || !shared_text_.empty()) return;
  zip_file_t* file = zip_fopen(zip_, "xl/sharedStrings.xml", 0);
  if (!file) return;
  bool in_si = false, in_t = false, in_rph = false;
  Xml xml(
      [&](std::string_view name, const char**) {
        if (name == "si") in_si = true;
        if (name == "rPh") in_rph = true;  // phonetic runs are not part of the text
        if (name == "t" && in_si && !in_rph) in_t = true;
      },
      [&](std::string_view name) {
        if (name == "t") in_t = false;
        if (name == "rPh") in_rph = false;
        if (name == "si") {
          in_si = false;
          shared_ends_.push_back(shared_text_.size());
        }
      },
      [&](std::string_view text) {
        if (in_t) shared_text_.append(text);
      });
  std::array<char, 1 << 16> buffer{};
  zip_int64_t n = 0;
  std::string error;
  while (error.empty() && (n = zip_fread(file, buffer.data(), buffer.size())) > 0)
    error = xml.Feed(std::string_view(buffer.data(), static_cast<std::size_t>(n)), false);
  if (error.empty()) error = xml.Feed({}, true);
  zip_fclose(file);
  if (!error.empty()) throw InputError(path_, "xl/sharedStrings.xml is broken: " + error);
}

void XlsxReader::ReadRows(const std::string& sheet, const RawRowHandler& handler) {
  std::size_t index = 0;
  if (!sheet.empty()) {
    index = sheet_names_.size();
    for (std::size_t i = 0; i < sheet_names_.size(); ++i)
      if (sheet_names_[i] == sheet) index = i;
    if (index == sheet_names_.size()) {
      std::string names;
      for (const std::string& n : sheet_names_) names += (names.empty() ? "" : ", ") + n;
      throw InputError(path_, "no sheet named '" + sheet + "' (the sheets are: " + names + ")");
    }
  }
  LoadSharedStrings();
  const std::string& part = sheet_parts_[index];
  zip_file_t* file = zip_fopen(zip_, part.c_str(), 0);
  if (!file) throw InputError(path_, "not an XLSX workbook: the package has no " + part);
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> closer(file, zip_fclose);

  // Cells of the current row, packed: text_ holds every cell's value back to back.
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> cells;  // (offset, length) by column
  RawRow row;
  std::size_t row_number = 0, column = 0, value_start = 0;
  std::string type;
  bool in_value = false, stop = false;
  Xml xml(
      [&](std::string_view name, const char** a) {
        if (name == "row") {
          const std::string_view r = Xml::Attribute(a, "r");
          row_number = r.empty() ? row_number + 1 : std::stoul(std::string(r));
          text.clear();
          cells.clear();
          column = 0;
        } else if (name == "c") {
          const std::string_view r = Xml::Attribute(a, "r");
          if (const auto c = XlsxColumnIndex(r)) column = *c;
          type = Xml::Attribute(a, "t");
          value_start = text.size();
        } else if (name == "v" || (name == "t" && type == "inlineStr")) {
          in_value = true;
        }
      },
      [&](std::string_view name) {
        if (name == "v" || name == "t") {
          in_value = false;
        } else if (name == "c") {
          std::size_t length = text.size() - value_start;
          if (type == "s" && length > 0) {
            const std::size_t i = std::stoul(text.substr(value_start));
            text.resize(value_start);
            if (i < shared_ends_.size()) {
              const std::size_t begin = i == 0 ? 0 : shared_ends_[i - 1];
              text.append(shared_text_, begin, shared_ends_[i] - begin);
            }
            length = text.size() - value_start;
          }
          if (cells.size() <= column) cells.resize(column + 1, {0, 0});
          cells[column] = {value_start, length};
          ++column;
        } else if (name == "row" && !stop) {
          row.row = row_number;
          row.cells.clear();
          for (const auto& [offset, length] : cells)
            row.cells.emplace_back(text.data() + offset, length);
          if (!handler(row)) stop = true;
        }
      },
      [&](std::string_view s) {
        if (in_value) text.append(s);
      });
  std::array<char, 1 << 16> buffer{};
  zip_int64_t n = 0;
  while (!stop && (n = zip_fread(file, buffer.data(), buffer.size())) > 0)
    if (const std::string e =
            xml.Feed(std::string_view(buffer.data(), static_cast<std::size_t>(n)), false);
        !e.empty())
      throw InputError(path_, "sheet '" + sheet_names_[index] + "' is broken XML: " + e);
  if (n < 0) throw InputError(path_, "cannot inflate " + part + ": the ZIP is damaged");
  if (!stop)
    if (const std::string e = xml.Feed({}, true); !e.empty())
      throw InputError(path_, "sheet '" + sheet_names_[index] + "' is broken XML: " + e);
}

}  // namespace chainmap
