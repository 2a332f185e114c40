// PDF files: qpdf reads the file's structure, streams and fonts; our own
// content-stream interpreter (pdf/content.hpp) gives every glyph its box and
// collects the ruling lines; the layout (pdf/layout.hpp) makes lines of text
// and table grids from that geometry.
#pragma once

#include <cstddef>
#include <string_view>

#include "inputs/document.hpp"

namespace gongkai::inputs {

/// Throws gongkai::Error: bad_file (damaged, truncated beyond repair,
/// encrypted with a password), needs_ocr (no page has any text: a scan).
Document read_pdf(std::string_view bytes, std::size_t max_pages);

}  // namespace gongkai::inputs
