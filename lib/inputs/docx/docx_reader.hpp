// Word files (DOCX): word/document.xml unpacked from the zip and read with
// pugixml. Paragraphs in order; tables with gridSpan and vMerge to grids.
#pragma once

#include <cstddef>
#include <string_view>

#include "inputs/document.hpp"

namespace gongkai::inputs {

/// Throws gongkai::Error(bad_file) for a zip that is not a Word file, a
/// damaged one, or one that unpacks to more than `max_unpacked` bytes.
Document read_docx(std::string_view bytes, std::size_t max_unpacked);

}  // namespace gongkai::inputs
