// The neutral document model every front end (text, HTML, DOCX, PDF)
// produces: blocks in reading order, each a paragraph or a table grid, with
// its place in the file. It knows nothing of reports; linearize.hpp turns it
// into the text the report reader reads.
#pragma once

#include <string>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::inputs {

/// One position of a table's grid. A merged cell's text is in its first
/// (top-left) position; the positions it covers are `covered` and empty.
struct GridCell {
  std::string text;   ///< UTF-8, whitespace collapsed, no tab or newline
  FilePlace place;
  bool covered = false;
};

struct Grid {
  std::vector<std::vector<GridCell>> rows;  ///< every row as wide as the widest
};

struct Block {
  enum class Kind { paragraph, table } kind = Kind::paragraph;
  std::string text;   ///< paragraph: one line of UTF-8 (no newline)
  FilePlace place;    ///< paragraph: where it is (PDF: page and box)
  Grid grid;          ///< table
};

struct Document {
  std::vector<Block> blocks;

  void add_paragraph(std::string text, const FilePlace& place = {});
  void add_table(Grid grid);
};

/// Collapses runs of white space (ASCII, ideographic space, no-break space,
/// tabs, newlines) to one ASCII space, drops them at both ends, and drops a
/// run between two CJK characters altogether (a line wrapped inside 商业企业
/// in the file is one word). The result holds no tab or newline.
std::string collapse_space(std::string_view utf8);

}  // namespace gongkai::inputs
