#include "inputs/linearize.hpp"

#include <algorithm>

namespace gongkai::inputs {
namespace {

// An empty cell gets an empty range too: a blank the reader places there
// points at it.
void add_range(LinearText& out, std::size_t begin, const FilePlace& place) {
  out.ranges.push_back({begin, out.text.size(), place});
}

bool row_has_text(const std::vector<GridCell>& row) {
  return std::any_of(row.begin(), row.end(), [](const GridCell& c) { return !c.text.empty(); });
}

}  // namespace

const FilePlace* LinearText::place_at(std::size_t offset) const noexcept {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), offset,
                             [](std::size_t o, const PlacedRange& r) { return o < r.begin; });
  if (it == ranges.begin()) return nullptr;
  --it;
  return offset < it->end || offset == it->begin ? &it->place : nullptr;
}

LinearText linearize(const Document& doc) {
  LinearText out;
  for (const Block& b : doc.blocks) {
    if (b.kind == Block::Kind::paragraph) {
      std::size_t begin = out.text.size();
      out.text += b.text;
      add_range(out, begin, b.place);
      out.text += '\n';
      continue;
    }
    for (const auto& row : b.grid.rows) {
      if (!row_has_text(row)) continue;
      for (std::size_t c = 0; c < row.size(); ++c) {
        if (c) out.text += '\t';
        std::size_t begin = out.text.size();
        out.text += row[c].text;
        add_range(out, begin, row[c].place);
      }
      out.text += '\n';
    }
    // A table ends with an empty line, so that the next one or the text
    // after it is not read as more of its rows.
    out.text += '\n';
  }
  return out;
}

void attach_places(Report& report, const LinearText& linear) {
  for (Table& t : report.tables)
    for (Cell& c : t.cells) {
      if (c.span.line == 0) continue;  // not printed: no place in the text
      if (const FilePlace* p = linear.place_at(c.span.begin)) c.place = *p;
    }
}

}  // namespace gongkai::inputs
