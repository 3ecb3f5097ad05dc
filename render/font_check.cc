#include "render/font_check.h"

#include <fontconfig/fontconfig.h>

#include <memory>

#include "render/map_style.h"

namespace chainmap {
namespace {

struct PatternFree {
  void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct FontSetFree {
  void operator()(FcFontSet* s) const { FcFontSetDestroy(s); }
};
struct ObjectSetFree {
  void operator()(FcObjectSet* s) const { FcObjectSetDestroy(s); }
};
struct CharSetFree {
  void operator()(FcCharSet* s) const { FcCharSetDestroy(s); }
};

/// The characters a map cannot do without: 中 (U+4E2D), 链 (U+94FE), 钢 (U+94A2).
constexpr FcChar32 kProbe[] = {0x4E2D, 0x94FE, 0x94A2};

}  // namespace

std::optional<std::string> MissingCjkFontWarning() {
  if (!FcInit()) return "fontconfig could not start: the maps may show boxes instead of Chinese";
  std::unique_ptr<FcCharSet, CharSetFree> probe(FcCharSetCreate());
  for (FcChar32 c : kProbe) FcCharSetAddChar(probe.get(), c);
  std::unique_ptr<FcPattern, PatternFree> pattern(FcPatternCreate());
  FcPatternAddCharSet(pattern.get(), FC_CHARSET, probe.get());
  std::unique_ptr<FcObjectSet, ObjectSetFree> objects(FcObjectSetBuild(FC_FAMILY, nullptr));
  std::unique_ptr<FcFontSet, FontSetFree> fonts(FcFontList(nullptr, pattern.get(), objects.get()));
  if (fonts && fonts->nfont > 0) return std::nullopt;
  return "no font with Chinese characters is installed (fontconfig found none covering "
         "中文): the maps' Chinese text will show as empty boxes; install " +
         std::string(kMapFont) + " (Debian: apt-get install fonts-noto-cjk)";
}

}  // namespace chainmap
