#include "src/io/opc_package.h"

#include <set>
#include <stdexcept>

#include "src/io/xml_writer.h"
#include "src/io/zip_archive.h"

namespace chainmap {
namespace {

bool IsRelationshipsPart(const std::string& name) {
  return name.size() >= 5 && name.compare(name.size() - 5, 5, ".rels") == 0;
}

std::string ContentTypesXml(const std::vector<OpcPart>& parts) {
  XmlWriter xml;
  xml.Open("Types").Attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  xml.Leaf("Default", {{"Extension", "rels"}, {"ContentType", kRelationshipsContentType}});
  xml.Leaf("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  for (const OpcPart& part : parts) {
    if (IsRelationshipsPart(part.name)) continue;
    if (part.content_type.empty())
      throw std::logic_error("OpcPackageBytes: part " + part.name + " has no content type");
    xml.Leaf("Override", {{"PartName", "/" + part.name}, {"ContentType", part.content_type}});
  }
  return xml.Close().Finish();
}

}  // namespace

std::string RelationshipsXml(const std::vector<OpcRelationship>& relationships) {
  XmlWriter xml;
  xml.Open("Relationships")
      .Attr("xmlns", "http://schemas.openxmlformats.org/package/2006/relationships");
  for (const OpcRelationship& r : relationships)
    xml.Leaf("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", r.target}});
  return xml.Close().Finish();
}

std::string RelationshipsPartName(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  if (slash == std::string::npos) return "_rels/" + part + ".rels";
  return part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

std::string OpcPackageBytes(const std::vector<OpcPart>& parts) {
  std::vector<ZipEntry> entries{{"[Content_Types].xml", ContentTypesXml(parts)}};
  std::set<std::string> names{entries.front().name};
  for (const OpcPart& part : parts) {
    if (!names.insert(part.name).second)
      throw std::logic_error("OpcPackageBytes: two parts named " + part.name);
    entries.push_back({part.name, part.bytes});
  }
  return ZipBytes(entries);
}

}  // namespace chainmap
