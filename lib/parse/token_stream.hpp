// The token stream of a stretch of the text: every value (number, blank
// mark, empty cell between separators) and every label fragment, in reading
// order, each with its place. The table reader aligns this stream to the
// template; line breaks, tabs and pipes survive only as weak hints (which
// line a token is on, how many values that line holds), never as structure.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "parse/label.hpp"
#include "parse/source_text.hpp"
#include "parse/tokens.hpp"

namespace gongkai::parsing {

struct StreamToken {
  Token tok;                   ///< kind, text, value, note, unit; tok.line is the source line index
  bool label = false;          ///< a label fragment (text), not a value
  bool edge = false;           ///< an empty cell before the line's first value or after its last
  bool header = false;          ///< a label fragment of the table's column header (set by the table reader)
  bool between_labels = false; ///< a value alone on its line with label fragments just before and after
  bool noise = false;          ///< probably not a table value: a page number, outline numbering, a figure in prose
  /// A label alone on a line of empty tab or pipe cells and no value (a
  /// row printed blank): how many empty cells; else 0.
  std::uint32_t blank_cells = 0;
  std::uint32_t line_values = 0;  ///< how many values the token's line holds, its edges not counted
  bool line_first = false;     ///< the first value of its line that is not an edge or noise
  std::int16_t column = -1;    ///< the cell's column where the text keeps fixed columns (columns.hpp), else -1
  std::string compact;         ///< label fragments: compact text (label.hpp)
};

struct TokenStream {
  std::vector<StreamToken> tokens;
  std::vector<std::size_t> values;  ///< indices of the value tokens, in order
  std::vector<std::size_t> labels;  ///< indices of the label fragments, in order
  /// For each token, how many values come before it.
  std::vector<std::size_t> values_before;
};

/// The stream of lines [first, last) of `src`. Blank lines, Markdown
/// separators and page furniture carry no values (furniture numbers are kept as
/// noise so a run may skip them cheaply).
TokenStream build_stream(const SourceText& src, std::size_t first, std::size_t last);

/// A page footer or header line: "- 5 -", "第 3 页", "第3页 共10页", "— 5 —".
bool is_page_furniture(std::string_view norm, std::string_view compact_text);

/// True for a line that reads as a sentence of prose, not a table row: its
/// normalized text and the shape of its compact form.
bool is_prose_line(std::string_view norm, const CompactShape& compact);

/// is_page_furniture for a line whose compact form has this shape: the form
/// is made (into `buffer`) only where the shape allows furniture.
bool is_page_furniture(std::string_view norm, const CompactShape& compact, std::string& buffer);

}  // namespace gongkai::parsing
