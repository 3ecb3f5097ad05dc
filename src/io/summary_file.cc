#include "src/io/summary_file.h"

#include <expat.h>
#include <zip.h>

#include <memory>

#include "src/io/diagnostic.h"
#include "src/io/utf8.h"
#include "src/io/zone_loader.h"

namespace chainmap {
namespace {

struct ParagraphCollector {
  std::string text;
  int depth_in_text = 0;  ///< Inside <w:t>.
};

void OnStart(void* data, const XML_Char* name, const XML_Char** /*attrs*/) {
  auto* c = static_cast<ParagraphCollector*>(data);
  const std::string_view n(name);
  if (n == "w:t") ++c->depth_in_text;
  if (n == "w:tab") c->text += ' ';
  if (n == "w:br") c->text += '\n';
}

void OnEnd(void* data, const XML_Char* name) {
  auto* c = static_cast<ParagraphCollector*>(data);
  const std::string_view n(name);
  if (n == "w:t" && c->depth_in_text > 0) --c->depth_in_text;
  if (n == "w:p") c->text += "\n\n";
}

void OnText(void* data, const XML_Char* s, int len) {
  auto* c = static_cast<ParagraphCollector*>(data);
  if (c->depth_in_text > 0) c->text.append(s, static_cast<std::size_t>(len));
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

std::string ReadDocx(const std::filesystem::path& path) {
  const std::string display = path.string();
  int error = 0;
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open(display.c_str(), ZIP_RDONLY, &error));
  if (!archive)
    throw InputError(display,
                     "not a .docx (zip) file; save the summary as Word .docx or plain text");
  constexpr const char* kDocument = "word/document.xml";
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat(archive.get(), kDocument, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
    throw InputError(display, "no word/document.xml inside; is it a Word .docx file?");
  std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen(archive.get(), kDocument, 0));
  if (!file) throw InputError(display, "cannot read word/document.xml inside the .docx");
  std::string xml(stat.size, '\0');
  if (zip_fread(file.get(), xml.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
    throw InputError(display, "word/document.xml is truncated inside the .docx");
  return DocxParagraphs(xml, display + ":word/document.xml");
}

}  // namespace

std::string DocxParagraphs(std::string_view document_xml, const std::string& display) {
  std::unique_ptr<XML_ParserStruct, decltype(&XML_ParserFree)> parser(XML_ParserCreate("UTF-8"),
                                                                      &XML_ParserFree);
  ParagraphCollector collector;
  XML_SetUserData(parser.get(), &collector);
  XML_SetElementHandler(parser.get(), OnStart, OnEnd);
  XML_SetCharacterDataHandler(parser.get(), OnText);
  if (XML_Parse(parser.get(), document_xml.data(), static_cast<int>(document_xml.size()), 1) ==
      XML_STATUS_ERROR) {
    Diagnostic d;
    d.file = display;
    d.position = {static_cast<int>(XML_GetCurrentLineNumber(parser.get())),
                  static_cast<int>(XML_GetCurrentColumnNumber(parser.get())) + 1};
    d.message = std::string("malformed XML: ") + XML_ErrorString(XML_GetErrorCode(parser.get()));
    throw InputError({d});
  }
  return collector.text;
}

std::string ReadSummaryFile(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& ch : ext) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (ext == ".docx") {
    if (!std::filesystem::exists(path)) throw InputError(path.string(), "no such file");
    return ReadDocx(path);
  }
  if (ext == ".doc" || ext == ".pdf")
    throw InputError(path.string(),
                     "cannot read " + ext + " files; extract the text (.txt) or save as .docx");
  std::optional<std::string> text = ReadFileIfExists(path);
  if (!text) throw InputError(path.string(), "no such file");
  if (text->starts_with(kUtf8Bom)) text->erase(0, kUtf8Bom.size());
  if (const auto bad = FindInvalidUtf8(*text)) {
    Diagnostic d;
    d.file = path.string();
    d.position = bad->position;
    d.message = "not UTF-8 (byte 0x" + bad->byte_hex +
                "); convert the file to UTF-8, e.g. iconv -f GBK -t UTF-8";
    throw InputError({d});
  }
  return *text;
}

}  // namespace chainmap
