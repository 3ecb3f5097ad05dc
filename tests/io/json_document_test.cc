#include "src/io/json_document.h"

#include <catch2/catch.hpp>

using chainmap::JsonDocument;
using chainmap::JsonSyntaxError;

namespace {

/// "line:column: message" of the syntax error in `text`, or "ok".
std::string ErrorOf(std::string_view text) {
  try {
    JsonDocument::Parse(text);
    return "ok";
  } catch (const JsonSyntaxError& e) {
    return std::to_string(e.position().line) + ":" + std::to_string(e.position().column) + ": " +
           e.what();
  }
}

}  // namespace

TEST_CASE("values keep their positions, addressed by JSON pointer", "[io][json]") {
  const auto doc = JsonDocument::Parse(
      "{\n"
      "  \"links\": [\n"
      "    {\"id\": \"炼钢\", \"to\": \"x\"},\n"
      "    {\"a/b\": 1}\n"
      "  ]\n"
      "}\n");
  CHECK(doc.root()["links"][0]["id"] == "炼钢");
  CHECK(doc.PositionOf("/links").line == 2);
  CHECK(doc.PositionOf("/links").column == 12);
  // Columns count characters: "炼钢" is two characters, six bytes.
  CHECK(doc.PositionOf("/links/0/to").line == 3);
  CHECK(doc.PositionOf("/links/0/to").column == 24);
  CHECK(doc.PositionOf("/links/1/a~1b").column == 13);
  // A missing path falls back to its nearest ancestor.
  CHECK(doc.PositionOf("/links/7/id").line == 2);
}

TEST_CASE("key order is kept and numbers keep their kind", "[io][json]") {
  const auto doc = JsonDocument::Parse(R"({"z": 1, "a": 2.5, "m": -3, "big": 1e300})");
  std::vector<std::string> keys;
  for (const auto& [k, v] : doc.root().items()) keys.push_back(k);
  CHECK(keys == std::vector<std::string>{"z", "a", "m", "big"});
  CHECK(doc.root()["z"].is_number_integer());
  CHECK(doc.root()["a"].get<double>() == 2.5);
  CHECK(doc.root()["m"].get<int>() == -3);
}

TEST_CASE("string escapes, including surrogate pairs", "[io][json]") {
  const auto doc = JsonDocument::Parse(R"(["a\"b\\c\/d\n", "\u94a2", "\ud83d\ude00"])");
  CHECK(doc.root()[0] == "a\"b\\c/d\n");
  CHECK(doc.root()[1] == "钢");
  CHECK(doc.root()[2] == "\xF0\x9F\x98\x80");
}

TEST_CASE("a UTF-8 byte-order mark is accepted", "[io][json]") {
  CHECK(JsonDocument::Parse("\xEF\xBB\xBF{\"a\": 1}").root()["a"] == 1);
}

TEST_CASE("syntax errors say where and what was expected", "[io][json]") {
  CHECK(ErrorOf("") == "1:1: empty file: expected a JSON value");
  CHECK(ErrorOf("  \n ") == "2:2: empty file: expected a JSON value");
  CHECK(ErrorOf("{\"a\": 1\n \"b\": 2}") ==
        "2:2: expected ',' or '}' after an object member, found '\"'");
  CHECK(ErrorOf("{\"a\": 1,}") == "1:9: trailing comma before '}': remove it");
  CHECK(ErrorOf("[1, 2,]") == "1:7: trailing comma before ']': remove it");
  CHECK(ErrorOf("[1 2]") == "1:4: expected ',' or ']' after an array element, found '2'");
  CHECK(ErrorOf("{\"a\" 1}") == "1:6: expected ':' after an object key, found '1'");
  CHECK(ErrorOf("{a: 1}") == "1:2: expected a string key in double quotes, found 'a'");
  CHECK(ErrorOf("{\"a\": \"abc") == "1:11: unterminated string: expected '\"' before end of file");
  CHECK(ErrorOf("{\"a\": \"ab\nc\"}") ==
        "1:10: unterminated string: expected '\"' before the line break");
  CHECK(ErrorOf("{\"a\": tru}") == "1:7: expected a value, found 't' (did you mean 'true'?)");
  CHECK(ErrorOf("{\"a\": 01}") == "1:8: leading zeros are not allowed in numbers");
  CHECK(ErrorOf("{\"a\": 1.}") == "1:9: expected a digit after the decimal point, found '}'");
  CHECK(ErrorOf("{\"a\": 1e999}") == "1:7: number 1e999 is out of range");
  CHECK(ErrorOf("{\"a\": -1e999}") == "1:7: number -1e999 is out of range");
  CHECK(ErrorOf("{\"a\": \"\\x\"}") ==
        "1:9: invalid escape \\x in a string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
        "\\uXXXX)");
  CHECK(ErrorOf("{\"a\": \"\\ud800\"}") == "1:14: unpaired UTF-16 surrogate in \\u escape");
  CHECK(ErrorOf("{\"a\": \"\t\"}") ==
        "1:8: control character in a string: write it as an escape such as \\t");
  CHECK(ErrorOf("{} x") == "1:4: unexpected 'x' after the JSON value");
  CHECK(ErrorOf("{\"钢\": 1, \"钢\": 2}") == "1:10: duplicate key '钢' in one object");
  CHECK(ErrorOf("[@]") ==
        "1:2: expected a value (object, array, string, number, true, false or null), found "
        "'@'");
}

TEST_CASE("invalid UTF-8 is reported at its character", "[io][json]") {
  CHECK(ErrorOf("{\"a\":\n \"b\xFF\"}") ==
        "2:4: invalid UTF-8 (byte 0xFF): save the file as UTF-8");
  // An overlong encoding of '/' and a lone continuation byte.
  CHECK(ErrorOf("\"\xC0\xAF\"") == "1:2: invalid UTF-8 (byte 0xC0): save the file as UTF-8");
  CHECK(ErrorOf("\"\x80\"") == "1:2: invalid UTF-8 (byte 0x80): save the file as UTF-8");
  // GBK-encoded 钢 (0xB8 0xD6), as Excel on a Chinese Windows saves it.
  CHECK(ErrorOf("\"\xB8\xD6\"") == "1:2: invalid UTF-8 (byte 0xB8): save the file as UTF-8");
}

TEST_CASE("nesting is limited so deep inputs cannot exhaust the stack", "[io][json]") {
  CHECK(ErrorOf(std::string(64, '[') + std::string(64, ']')) == "ok");
  CHECK(ErrorOf(std::string(65, '[') + std::string(65, ']')) ==
        "1:65: nesting deeper than 64 levels");
  CHECK(ErrorOf(std::string(100000, '[')) == "1:65: nesting deeper than 64 levels");
}

TEST_CASE("columns are counted in characters when asked for, on any line ending", "[io][json]") {
  // Positions are found by counting the characters of the line only when a message needs
  // one: after multi-byte text, CR and CRLF line ends, and on a long single line.
  CHECK(ErrorOf("{\"钢铁\": 1, \"x\": 1e999}") == "1:16: number 1e999 is out of range");
  CHECK(ErrorOf("{\"a\": 1,\r\"钢\": 1,\r\n \"钢\": 2}") ==
        "3:2: duplicate key '钢' in one object");
  CHECK(ErrorOf("[\"é\",\r\r \"ü\" 2]") ==
        "3:6: expected ',' or ']' after an array element, found '2'");
  std::string line = "[";
  for (int i = 0; i < 1000; ++i) line += "\"钢\", ";
  CHECK(ErrorOf(line + "01]") == "1:5003: leading zeros are not allowed in numbers");
  const auto doc = JsonDocument::Parse("{\"a\": \"炼钢\", \"b\": [1,\r\n  \"é\", {\"c\": 2}]}");
  CHECK(doc.PositionOf("/b/2/c").line == 2);
  CHECK(doc.PositionOf("/b/2/c").column == 14);
  CHECK(doc.PositionOf("/b/1").column == 3);
  CHECK(doc.PositionOf("/b").column == 18);
  CHECK(doc.PositionOf("/a").column == 7);
}
