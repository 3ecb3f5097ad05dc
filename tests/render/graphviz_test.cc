#include "render/graphviz.h"

#include <catch2/catch.hpp>

namespace chainmap {
namespace {

constexpr const char* kSmall = "digraph g { node [fontname=\"Noto Sans CJK SC\"]; a -> b }";

TEST_CASE("GraphvizContext renders svg, png and pdf in memory") {
  GraphvizContext graphviz;
  const Rendered svg = graphviz.Render(kSmall, OutputFormat::kSvg);
  CHECK(svg.bytes.rfind("<?xml", 0) == 0);
  CHECK(svg.warnings.empty());
  const Rendered png = graphviz.Render(kSmall, OutputFormat::kPng);
  CHECK(png.bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  const Rendered pdf = graphviz.Render(kSmall, OutputFormat::kPdf);
  CHECK(pdf.bytes.rfind("%PDF-", 0) == 0);
  // cairo's creation date is pinned, so the same graph gives the same bytes.
  CHECK(pdf.bytes.find("/CreationDate (D:19700101000000") != std::string::npos);
  CHECK(graphviz.Render(kSmall, OutputFormat::kDot).bytes == kSmall);
}

TEST_CASE("A malformed HTML label is an error, not a silent fallback to the node name") {
  GraphvizContext graphviz;
  try {
    graphviz.Render("digraph g { a [label=<<x>text</x>>] }", OutputFormat::kSvg);
    FAIL("no error");
  } catch (const GraphvizError& e) {
    CHECK(std::string(e.what()) ==
          "Graphviz could not lay out the graph: Unknown HTML element <x> on line 1 in label of "
          "node a");
  }
  // The context still works afterwards, and the error does not leak into the next graph.
  CHECK(graphviz.Render(kSmall, OutputFormat::kSvg).warnings.empty());
}

TEST_CASE("A DOT syntax error is an error") {
  GraphvizContext graphviz;
  try {
    graphviz.Render("digraph g { a -> }", OutputFormat::kSvg);
    FAIL("no error");
  } catch (const GraphvizError& e) {
    CHECK(std::string(e.what()) ==
          "Graphviz could not parse the graph: syntax error in line 1 near '}'");
  }
}

TEST_CASE("Output formats parse by name") {
  CHECK(ParseOutputFormat("png") == OutputFormat::kPng);
  CHECK(ParseOutputFormat("jpeg") == std::nullopt);
  CHECK(ToString(OutputFormat::kDot) == "dot");
}

}  // namespace
}  // namespace chainmap
