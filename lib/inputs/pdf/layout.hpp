// From a page's glyphs and lines to the document model: tables where ruling
// lines draw a grid (cells by the grid, merged cells where a line is
// missing), the rest as lines of text in reading order (top to bottom, left
// to right; a wide gap inside a line is a tab, as between cells).
#pragma once

#include <cstdint>

#include "inputs/document.hpp"
#include "inputs/pdf/content.hpp"

namespace gongkai::inputs::pdf {

struct PageBox {
  double x0 = 0, y0 = 0, x1 = 612, y1 = 792;  ///< the media box, y up
  int rotate = 0;  ///< /Rotate: the page is shown turned clockwise by 0, 90, 180 or 270 degrees
};

/// Appends the page's blocks to `doc`. `tables` counts the file's tables so
/// far (each gets the next number).
void lay_out_page(const PageContent& content, const PageBox& box, std::uint32_t page_number, Document& doc,
                  std::uint32_t& tables);

}  // namespace gongkai::inputs::pdf
