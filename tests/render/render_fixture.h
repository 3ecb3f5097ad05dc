#pragma once

// Helpers for the renderer's tests: write bytes to a temporary file and run an
// independent tool (xmllint, Python's XML parser) over it.

#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace chainmap::testing {

/// Writes `bytes` to a temporary file named `name` and returns its path.
inline std::filesystem::path WriteTemp(const std::string& name, const std::string& bytes) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("chainmap-render-" + std::to_string(::getpid()) + "-" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

/// Runs a shell command; returns its standard output, and its exit status in `code`.
inline std::string Shell(const std::string& command, int& code) {
  std::string out;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) {
    code = -1;
    return out;
  }
  std::array<char, 4096> buffer;
  std::size_t n;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) out.append(buffer.data(), n);
  code = ::pclose(pipe);
  return out;
}

/// The text of every <text> element of an SVG, one per line, as Python's XML parser
/// (entities decoded) reads it.
inline std::string SvgTexts(const std::string& svg, int& code) {
  const auto path = WriteTemp("texts.svg", svg);
  const std::string out = Shell(
      "/usr/bin/python3 -c \"import sys, xml.etree.ElementTree as ET\n"
      "for t in ET.parse(sys.argv[1]).iter('{http://www.w3.org/2000/svg}text'): "
      "print(t.text)\" '" +
          path.string() + "'",
      code);
  std::filesystem::remove(path);
  return out;
}

/// Whether xmllint finds the document well-formed.
inline bool XmllintAccepts(const std::string& xml) {
  const auto path = WriteTemp("check.svg", xml);
  int code = 0;
  Shell("xmllint --noout '" + path.string() + "' 2>&1", code);
  std::filesystem::remove(path);
  return code == 0;
}

/// How often `needle` occurs in `haystack`.
inline std::size_t Count(const std::string& haystack, const std::string& needle) {
  std::size_t count = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + needle.size()))
    ++count;
  return count;
}

}  // namespace chainmap::testing
