#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace chainmap {

/// Reads a work summary as UTF-8 text: a .txt file as is (a byte-order mark dropped), a
/// .docx file's paragraphs (word/document.xml, read with libzip and expat), one a line.
/// Throws InputError naming the file, and where it can the line and column, when the
/// file is missing, not UTF-8, or not a readable .docx.
std::string ReadSummaryFile(const std::filesystem::path& path);

/// The paragraphs of a WordprocessingML document.xml, one a line. Throws InputError
/// (with `display` as the file name) if the XML is malformed.
std::string DocxParagraphs(std::string_view document_xml, const std::string& display);

}  // namespace chainmap
