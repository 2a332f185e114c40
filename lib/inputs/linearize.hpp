// The bridge from the document model to the report reader: one text that the
// table reader reads best, and a map from its bytes back to the file.
//
// One paragraph per line; each table row on one line, its cells separated by
// TAB, an empty cell kept as an empty field (so blanks survive), a merged
// cell's text once, in its first position. Rows with no text at all are left
// out (they carry nothing but the file's drawing).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "inputs/document.hpp"

namespace gongkai::inputs {

struct PlacedRange {
  std::size_t begin = 0;  ///< byte range of the linear text
  std::size_t end = 0;
  FilePlace place;
};

struct LinearText {
  std::string text;
  std::vector<PlacedRange> ranges;  ///< sorted by begin, not overlapping

  /// The place of the range holding byte `offset`, if any.
  const FilePlace* place_at(std::size_t offset) const noexcept;
};

LinearText linearize(const Document& doc);

/// Gives every table cell of the report the place of its text in the file.
void attach_places(Report& report, const LinearText& linear);

}  // namespace gongkai::inputs
