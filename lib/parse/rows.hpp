// Table rows read from lines: a label (the text before the first value) and
// the value cells after it, with the lines that carry no table content
// (page footers, Markdown separators) recognized and skipped.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "parse/source_text.hpp"
#include "parse/tokens.hpp"

namespace gongkai::parsing {

struct DataRow {
  std::size_t line = 0;        ///< index into SourceText (the line of the values)
  std::size_t label_line = 0;  ///< where the label started (differs when wrapped)
  std::string label;           ///< compact_label of the label text
  std::string label_text;      ///< the label as normalized text
  std::vector<Token> values;   ///< cells after the label (empty cells included for tab/pipe rows)
  LineShape shape = LineShape::plain;
  bool prose = false;          ///< looks like a sentence, not a table row

  /// Values without empty cells.
  std::vector<Token> printed() const;
  bool has_printed() const;
};

/// A page footer or header line: "- 5 -", "第 3 页", "第3页 共10页", "— 5 —".
bool is_page_furniture(std::string_view norm, std::string_view compact_text);

/// Reads line i as a row.
DataRow read_row(const SourceText& src, std::size_t i);

/// Rows of lines [first, last): skips blank lines, page furniture and
/// Markdown separators; a label-only line followed by a line of values with no
/// label becomes one row (labels wrapped or split from their numbers).
std::vector<DataRow> read_rows(const SourceText& src, std::size_t first, std::size_t last);

/// Joins a row printed over two lines: a row with fewer than `width` printed
/// cells followed (within two lines) by a row with no label whose printed
/// cells make up exactly `width`.
void join_split_rows(std::vector<DataRow>& rows, std::size_t width);

}  // namespace gongkai::parsing
