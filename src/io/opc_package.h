#pragma once

#include <string>
#include <vector>

namespace chainmap {

/// A part of an Open Packaging Conventions package (PPTX, DOCX, XLSX): its name inside
/// the package (no leading slash, e.g. "ppt/slides/slide1.xml"), content type and bytes.
/// Relationship parts ("_rels/….rels") need no content type.
struct OpcPart {
  std::string name;
  std::string content_type;
  std::string bytes;
};

/// A relationship of a part: its id ("rId1"), type URI and target, relative to the
/// folder of the part that holds it.
struct OpcRelationship {
  std::string id;
  std::string type;
  std::string target;
};

/// The content type of relationship parts.
inline constexpr std::string_view kRelationshipsContentType =
    "application/vnd.openxmlformats-package.relationships+xml";

/// The XML of a relationships part listing `relationships` in order.
std::string RelationshipsXml(const std::vector<OpcRelationship>& relationships);

/// The name of the relationships part of `part`: "ppt/slides/slide1.xml" →
/// "ppt/slides/_rels/slide1.xml.rels"; "" (the package) → "_rels/.rels".
std::string RelationshipsPartName(const std::string& part);

/// The package's bytes: "[Content_Types].xml" first (a Default for .rels and .xml, an
/// Override per part that is not a relationships part), then the parts in order, in a
/// deterministic zip (ZipBytes). Throws std::logic_error for two parts of one name.
std::string OpcPackageBytes(const std::vector<OpcPart>& parts);

}  // namespace chainmap
