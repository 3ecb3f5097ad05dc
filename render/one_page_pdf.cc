#include "render/one_page_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <numeric>
#include <stdexcept>
#include <string_view>

#include "render/map_style.h"

namespace chainmap {
namespace {

// A4 landscape in points (1/72 inch): 297 × 210 mm.
constexpr double kWidth = 841.89, kHeight = 595.28, kMargin = 28, kGutter = 16;
constexpr double kTitleSize = 16, kSubtitleSize = 9, kHeadingSize = 10.5, kCellSize = 8,
                 kSmallSize = 7;
constexpr double kRowHeight = 12.5, kPad = 3;
constexpr int kNoteLines = 3;

struct LayoutDeleter {
  void operator()(PangoLayout* l) const { g_object_unref(l); }
};
struct FontDeleter {
  void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
};

/// Draws text; the painter keeps one pango layout and measures with it.
class Painter {
 public:
  explicit Painter(cairo_t* cr) : cr_(cr), layout_(pango_cairo_create_layout(cr)) {
    // No hinting or subpixel metrics from the screen: the same layout everywhere.
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(pango_layout_get_context(layout_.get()), options);
    cairo_font_options_destroy(options);
    pango_layout_context_changed(layout_.get());
  }

  /// Draws `text` at (x, y) (top left) in at most `lines` lines, wrapped at `width` and
  /// the last cut with "…"; returns the height drawn.
  double Text(std::string_view text, double x, double y, double width, double size,
              bool bold = false, double grey = 0, int lines = 1) {
    Set(text, width, size, bold, lines);
    cairo_set_source_rgb(cr_, grey, grey, grey);
    cairo_move_to(cr_, x, y);
    pango_cairo_show_layout(cr_, layout_.get());
    return Height();
  }

  /// The height `text` takes (as Text), without drawing it.
  double Measure(std::string_view text, double width, double size, bool bold, int lines) {
    Set(text, width, size, bold, lines);
    return Height();
  }

 private:
  void Set(std::string_view text, double width, double size, bool bold, int lines) {
    std::unique_ptr<PangoFontDescription, FontDeleter> font(pango_font_description_new());
    pango_font_description_set_family(font.get(), std::string(kSvgFontList).c_str());
    pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    PangoLayout* l = layout_.get();
    pango_layout_set_font_description(l, font.get());
    pango_layout_set_width(l, static_cast<int>(std::max(width, 1.0) * PANGO_SCALE));
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_height(l, -lines);  // negative: at most this many lines
    pango_layout_set_single_paragraph_mode(l, TRUE);
    pango_layout_set_text(l, text.data(), static_cast<int>(text.size()));
  }

  double Height() {
    int w = 0, h = 0;
    pango_layout_get_size(layout_.get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }

 public:
  void Rule(double x, double y, double width, double grey, double line = 0.5) {
    cairo_set_source_rgb(cr_, grey, grey, grey);
    cairo_set_line_width(cr_, line);
    cairo_move_to(cr_, x, y);
    cairo_line_to(cr_, x + width, y);
    cairo_stroke(cr_);
  }

  void Fill(double x, double y, double width, double height, double grey) {
    cairo_set_source_rgb(cr_, grey, grey, grey);
    cairo_rectangle(cr_, x, y, width, height);
    cairo_fill(cr_);
  }

 private:
  cairo_t* cr_;
  std::unique_ptr<PangoLayout, LayoutDeleter> layout_;
};

/// The height of a row whose cells wrap to at most `lines` lines.
double RowHeight(Painter& p, const std::vector<std::string>& cells,
                 const std::vector<double>& widths, double width, bool bold, int lines) {
  double height = 0;
  for (std::size_t i = 0; i < widths.size() && i < cells.size(); ++i)
    height =
        std::max(height, p.Measure(cells[i], widths[i] * width - 2 * kPad, kCellSize, bold, lines));
  return std::max(kRowHeight, height + 3);
}

/// Draws one row of cells, each wrapped to at most `lines` lines and cut with "…";
/// numbers are left-aligned like words: the reader reads a row left to right.
void Row(Painter& p, const std::vector<std::string>& cells, const std::vector<double>& widths,
         double x, double y, double width, bool bold, int lines) {
  double cx = x;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const double w = widths[i] * width;
    if (i < cells.size())
      p.Text(cells[i], cx + kPad, y + 1.5, w - 2 * kPad, kCellSize, bold, 0, lines);
    cx += w;
  }
}

/// Draws a table from `y` down to at most `bottom`; returns where the next block starts.
double Table(Painter& p, const PageTable& t, double x, double y, double width, double bottom,
             const Wording& w) {
  y += p.Text(t.heading, x, y, width, kHeadingSize, true) + 2;
  const double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
  std::vector<double> widths;
  for (double w : t.widths) widths.push_back(total > 0 ? w / total : 0);
  if (!t.header.empty()) {
    p.Fill(x, y, width, kRowHeight, 0.9);
    Row(p, t.header, widths, x, y, width, true, 2);
    y += kRowHeight;
  }
  const double note_room =
      t.note.empty() ? 0 : p.Measure(t.note, width, kSmallSize, false, kNoteLines) + 1;
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    const double height = RowHeight(p, t.rows[r], widths, width, false, t.max_lines);
    const bool fits = y + height + (r + 1 < t.rows.size() ? kRowHeight : 0) + note_room <= bottom;
    if (!fits) {
      // Not room for this row and one more: say how many are left out instead.
      p.Text(Fill(w.more_rows, {std::to_string(t.rows.size() - r)}), x + kPad, y + 1.5,
             width - 2 * kPad, kCellSize, false, 0.35);
      y += kRowHeight;
      break;
    }
    Row(p, t.rows[r], widths, x, y, width, false, t.max_lines);
    y += height;
    p.Rule(x, y, width, 0.8, 0.3);
  }
  if (!t.note.empty()) {
    y += 1;
    y += p.Text(t.note, x, y, width, kSmallSize, false, 0.35, kNoteLines);
  }
  return y + 8;
}

cairo_status_t WriteTo(void* closure, const unsigned char* data, unsigned int length) {
  auto* out = static_cast<std::ostream*>(closure);
  out->write(reinterpret_cast<const char*>(data), length);
  return *out ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

}  // namespace

void WriteOnePagePdf(std::ostream& out, const OnePage& page) {
  cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(WriteTo, &out, kWidth, kHeight);
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, page.title.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "chainmap");
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, page.date.c_str());
  cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, page.date.c_str());
  cairo_t* cr = cairo_create(surface);
  {
    Painter p(cr);
    const double inner = kWidth - 2 * kMargin;
    double y = kMargin;
    y += p.Text(page.title, kMargin, y, inner, kTitleSize, true);
    y += p.Text(page.subtitle, kMargin, y + 2, inner, kSubtitleSize, false, 0.3) + 4;
    p.Rule(kMargin, y, inner, 0.2, 1);
    y += 8;
    const double footer_top = kHeight - kMargin - kSmallSize * 1.6;
    const double shares =
        std::accumulate(page.column_widths.begin(), page.column_widths.end(), 0.0);
    const double gutters = page.columns.size() > 1 ? double(page.columns.size() - 1) : 0.0;
    const double usable = inner - kGutter * gutters;
    double x = kMargin;
    for (std::size_t c = 0; c < page.columns.size(); ++c) {
      const double share = c < page.column_widths.size() && shares > 0
                               ? page.column_widths[c] / shares
                               : 1.0 / double(page.columns.size());
      const double width = usable * share;
      double cy = y;
      for (const PageTable& t : page.columns[c])
        if (cy + 3 * kRowHeight < footer_top)
          cy = Table(p, t, x, cy, width, footer_top - 4, WordingFor(page.language));
      x += width + kGutter;
    }
    p.Rule(kMargin, footer_top - 2, inner, 0.6, 0.5);
    p.Text(page.footer, kMargin, footer_top, inner, kSmallSize, false, 0.35);
  }
  cairo_show_page(cr);
  cairo_destroy(cr);
  cairo_surface_finish(surface);
  const cairo_status_t status = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (status != CAIRO_STATUS_SUCCESS)
    throw std::runtime_error(std::string("summary PDF: ") + cairo_status_to_string(status));
}

}  // namespace chainmap
