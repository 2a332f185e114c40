// The content-stream interpreter: runs a page's drawing operators (text,
// graphics state, paths, form XObjects) and keeps what layout needs: every
// glyph with its box, and the straight lines and thin bars tables are drawn
// with. Coordinates are the page's default space (points, y up).
#pragma once

#include <qpdf/QPDFObjectHandle.hh>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "inputs/pdf/font.hpp"

namespace gongkai::inputs::pdf {

struct PlacedGlyph {
  std::string text;           ///< UTF-8 (may be several characters, or empty when unknown)
  double x0, y0, x1, y1;      ///< box, y up
  double origin_x, origin_y;  ///< where its baseline starts
  double size;                ///< the font size on the page (after the text and graphics matrices)
};

/// An axis-parallel line: horizontal when y0 == y1, vertical when x0 == x1.
struct Segment {
  double x0, y0, x1, y1;
};

struct PageContent {
  std::vector<PlacedGlyph> glyphs;   ///< without spaces
  std::vector<Segment> horizontal;
  std::vector<Segment> vertical;
  std::size_t images = 0;            ///< images drawn (a scan is one per page)
  std::size_t forms_drawn = 0;       ///< form XObjects run (bounded: a form may draw itself many times)
};

/// Fonts shared by the pages of one file (each read once).
class FontCache {
 public:
  const Font& get(QPDFObjectHandle dict);

 private:
  std::map<QPDFObjGen, std::unique_ptr<Font>> fonts_;
  std::vector<std::unique_ptr<Font>> direct_;  // fonts that are not indirect objects
};

/// Runs the page's content streams. qpdf's exceptions pass through.
PageContent interpret_page(QPDFObjectHandle page, FontCache& fonts);

}  // namespace gongkai::inputs::pdf
