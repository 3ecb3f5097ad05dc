#include "render/pptx_package.h"

#include "render/pptx_slide.h"
#include "src/io/opc_package.h"
#include "src/io/xml_writer.h"

namespace chainmap {
namespace {

constexpr std::string_view kA = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr std::string_view kR =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view kP = "http://schemas.openxmlformats.org/presentationml/2006/main";
constexpr std::string_view kRel =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
constexpr std::string_view kPml = "application/vnd.openxmlformats-officedocument.presentationml.";

std::string Type(std::string_view kind) { return std::string(kRel) + std::string(kind); }
std::string Content(std::string_view kind) { return std::string(kPml) + std::string(kind); }

void Namespaces(XmlWriter& xml) { xml.Attr("xmlns:a", kA).Attr("xmlns:r", kR).Attr("xmlns:p", kP); }

/// An empty shape tree (master and layout draw nothing: the slides hold every shape).
void EmptyTree(XmlWriter& xml) {
  xml.Open("p:cSld").Open("p:spTree").Open("p:nvGrpSpPr");
  xml.Leaf("p:cNvPr", {{"id", "1"}, {"name", ""}}).Leaf("p:cNvGrpSpPr").Leaf("p:nvPr").Close();
  xml.Open("p:grpSpPr").Open("a:xfrm");
  xml.Leaf("a:off", {{"x", "0"}, {"y", "0"}}).Leaf("a:ext", {{"cx", "0"}, {"cy", "0"}});
  xml.Leaf("a:chOff", {{"x", "0"}, {"y", "0"}}).Leaf("a:chExt", {{"cx", "0"}, {"cy", "0"}});
  xml.Close().Close().Close().Close();
}

std::string PresentationXml(std::size_t slides) {
  XmlWriter xml;
  xml.Open("p:presentation");
  Namespaces(xml);
  xml.Attr("saveSubsetFonts", "1");
  xml.Open("p:sldMasterIdLst").Leaf("p:sldMasterId", {{"id", "2147483648"}, {"r:id", "rId1"}});
  xml.Close().Open("p:sldIdLst");
  for (std::size_t s = 0; s < slides; ++s)
    xml.Open("p:sldId")
        .Attr("id", static_cast<long long>(s) + 256)
        .Attr("r:id", "rId" + std::to_string(s + 3))
        .Close();
  xml.Close();
  xml.Open("p:sldSz").Attr("cx", Emu(kSlideWidth)).Attr("cy", Emu(kSlideHeight)).Close();
  xml.Leaf("p:notesSz", {{"cx", "6858000"}, {"cy", "9144000"}});
  xml.Leaf("p:defaultTextStyle");
  return xml.Close().Finish();
}

std::string MasterXml() {
  XmlWriter xml;
  xml.Open("p:sldMaster");
  Namespaces(xml);
  EmptyTree(xml);
  xml.Leaf("p:clrMap", {{"bg1", "lt1"},
                        {"tx1", "dk1"},
                        {"bg2", "lt2"},
                        {"tx2", "dk2"},
                        {"accent1", "accent1"},
                        {"accent2", "accent2"},
                        {"accent3", "accent3"},
                        {"accent4", "accent4"},
                        {"accent5", "accent5"},
                        {"accent6", "accent6"},
                        {"hlink", "hlink"},
                        {"folHlink", "folHlink"}});
  xml.Open("p:sldLayoutIdLst").Leaf("p:sldLayoutId", {{"id", "2147483649"}, {"r:id", "rId1"}});
  xml.Close().Open("p:txStyles");
  for (const char* style : {"p:titleStyle", "p:bodyStyle", "p:otherStyle"}) xml.Leaf(style);
  return xml.Close().Close().Finish();
}

std::string LayoutXml() {
  XmlWriter xml;
  xml.Open("p:sldLayout");
  Namespaces(xml);
  xml.Attr("type", "blank").Attr("preserve", "1");
  EmptyTree(xml);
  xml.Open("p:clrMapOvr").Leaf("a:masterClrMapping").Close();
  return xml.Close().Finish();
}

void SolidScheme(XmlWriter& xml, const char* name, const char* hex) {
  xml.Open(name).Leaf("a:srgbClr", {{"val", hex}}).Close();
}

std::string ThemeXml() {
  XmlWriter xml;
  xml.Open("a:theme").Attr("xmlns:a", kA).Attr("name", "chainmap");
  xml.Open("a:themeElements").Open("a:clrScheme").Attr("name", "chainmap");
  SolidScheme(xml, "a:dk1", "1F2933");
  SolidScheme(xml, "a:lt1", "FFFFFF");
  SolidScheme(xml, "a:dk2", "52606D");
  SolidScheme(xml, "a:lt2", "F5F7FA");
  SolidScheme(xml, "a:accent1", "0072B2");
  SolidScheme(xml, "a:accent2", "C98500");
  SolidScheme(xml, "a:accent3", "007A5A");
  SolidScheme(xml, "a:accent4", "D55E00");
  SolidScheme(xml, "a:accent5", "7B8794");
  SolidScheme(xml, "a:accent6", "CBD2D9");
  SolidScheme(xml, "a:hlink", "0072B2");
  SolidScheme(xml, "a:folHlink", "616E7C");
  xml.Close();
  xml.Open("a:fontScheme").Attr("name", "chainmap");
  for (const char* kind : {"a:majorFont", "a:minorFont"}) {
    xml.Open(kind).Leaf("a:latin", {{"typeface", "Arial"}});
    xml.Leaf("a:ea", {{"typeface", "Microsoft YaHei"}}).Leaf("a:cs", {{"typeface", "Arial"}});
    xml.Close();
  }
  xml.Close();
  xml.Open("a:fmtScheme").Attr("name", "chainmap");
  xml.Open("a:fillStyleLst");
  for (int i = 0; i < 3; ++i)
    xml.Open("a:solidFill").Leaf("a:schemeClr", {{"val", "phClr"}}).Close();
  xml.Close().Open("a:lnStyleLst");
  for (const char* w : {"9525", "19050", "28575"})
    xml.Open("a:ln")
        .Attr("w", w)
        .Open("a:solidFill")
        .Leaf("a:schemeClr", {{"val", "phClr"}})
        .Close()
        .Close();
  xml.Close().Open("a:effectStyleLst");
  for (int i = 0; i < 3; ++i) xml.Open("a:effectStyle").Leaf("a:effectLst").Close();
  xml.Close().Open("a:bgFillStyleLst");
  for (int i = 0; i < 3; ++i)
    xml.Open("a:solidFill").Leaf("a:schemeClr", {{"val", "phClr"}}).Close();
  xml.Close().Close();  // bgFillStyleLst, fmtScheme
  xml.Close();          // themeElements
  return xml.Close().Finish();
}

std::string CoreXml(const std::string& title) {
  XmlWriter xml;
  xml.Open("cp:coreProperties")
      .Attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
      .Attr("xmlns:dc", "http://purl.org/dc/elements/1.1/");
  xml.Open("dc:title").Text(title).Close();
  xml.Open("dc:creator").Text("chainmap").Close();
  return xml.Close().Finish();
}

std::string AppXml(std::size_t slides) {
  XmlWriter xml;
  xml.Open("Properties")
      .Attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  xml.Open("Application").Text("chainmap").Close();
  xml.Open("Slides").Text(std::to_string(slides)).Close();
  return xml.Close().Finish();
}

}  // namespace

std::string PptxBytes(const std::vector<std::string>& slides, const std::string& title) {
  std::vector<OpcPart> parts;
  const auto rels = [&](const std::string& part, const std::vector<OpcRelationship>& r) {
    parts.push_back({RelationshipsPartName(part), "", RelationshipsXml(r)});
  };
  rels("", {{"rId1", Type("officeDocument"), "ppt/presentation.xml"},
            {"rId2",
             "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
             "core-properties",
             "docProps/core.xml"},
            {"rId3", Type("extended-properties"), "docProps/app.xml"}});
  parts.push_back(
      {"ppt/presentation.xml", Content("presentation.main+xml"), PresentationXml(slides.size())});
  std::vector<OpcRelationship> presentation{
      {"rId1", Type("slideMaster"), "slideMasters/slideMaster1.xml"},
      {"rId2", Type("theme"), "theme/theme1.xml"}};
  for (std::size_t s = 0; s < slides.size(); ++s)
    presentation.push_back({"rId" + std::to_string(s + 3), Type("slide"),
                            "slides/slide" + std::to_string(s + 1) + ".xml"});
  rels("ppt/presentation.xml", presentation);
  parts.push_back({"ppt/slideMasters/slideMaster1.xml", Content("slideMaster+xml"), MasterXml()});
  rels("ppt/slideMasters/slideMaster1.xml",
       {{"rId1", Type("slideLayout"), "../slideLayouts/slideLayout1.xml"},
        {"rId2", Type("theme"), "../theme/theme1.xml"}});
  parts.push_back({"ppt/slideLayouts/slideLayout1.xml", Content("slideLayout+xml"), LayoutXml()});
  rels("ppt/slideLayouts/slideLayout1.xml",
       {{"rId1", Type("slideMaster"), "../slideMasters/slideMaster1.xml"}});
  parts.push_back({"ppt/theme/theme1.xml",
                   "application/vnd.openxmlformats-officedocument.theme+xml", ThemeXml()});
  for (std::size_t s = 0; s < slides.size(); ++s) {
    const std::string name = "ppt/slides/slide" + std::to_string(s + 1) + ".xml";
    parts.push_back({name, Content("slide+xml"), slides[s]});
    rels(name, {{"rId1", Type("slideLayout"), "../slideLayouts/slideLayout1.xml"}});
  }
  parts.push_back({"docProps/core.xml",
                   "application/vnd.openxmlformats-package.core-properties+xml", CoreXml(title)});
  parts.push_back({"docProps/app.xml",
                   "application/vnd.openxmlformats-officedocument.extended-properties+xml",
                   AppXml(slides.size())});
  return OpcPackageBytes(parts);
}

}  // namespace chainmap
