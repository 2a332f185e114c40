// Resolving row and column spans into a grid (the HTML table model; a Word
// table's gridSpan and vMerge map onto it too).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "inputs/document.hpp"

namespace gongkai::inputs {

/// A cell as the file writes it: text and how many rows and columns it spans.
struct SpannedCell {
  std::string text;
  FilePlace place;           ///< page/box when known; row and column are set by build_grid
  std::uint32_t row_span = 1;  ///< 0: to the end of the table (HTML rowspan="0")
  std::uint32_t col_span = 1;
};

/// Places the cells row by row, each at the first free position of its row
/// (positions covered by a span from an earlier row are skipped). `table` is
/// written into every place (1-based). Spans are clamped to the table's rows
/// and to `max_columns`, so a hostile span cannot blow the grid up.
Grid build_grid(const std::vector<std::vector<SpannedCell>>& rows, std::uint32_t table,
                std::uint32_t max_columns = 256);

}  // namespace gongkai::inputs
