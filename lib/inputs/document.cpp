#include "inputs/document.hpp"

#include "text/utf8.hpp"

namespace gongkai::inputs {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 ||
         c == 0x3000 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x200B || c == 0xFEFF;
}

// Han characters and CJK punctuation: text that is written without spaces.
bool is_cjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x2FFFF);
}

}  // namespace

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;   // a run of white space was seen since the last character
  char32_t last = 0;      // the last character written
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = 0;
    int n = text::decode(s, i, &c);
    if (n == 0) {  // not UTF-8: the front ends convert first, so just keep the byte out
      ++i;
      continue;
    }
    if (is_space(c)) {
      pending = true;
    } else {
      if (pending && !out.empty() && !(is_cjk(last) && is_cjk(c))) out += ' ';
      pending = false;
      out.append(s.data() + i, static_cast<std::size_t>(n));
      last = c;
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

void Document::add_paragraph(std::string text, const FilePlace& place) {
  std::string line = collapse_space(text);
  if (line.empty()) return;
  Block b;
  b.kind = Block::Kind::paragraph;
  b.text = std::move(line);
  b.place = place;
  blocks.push_back(std::move(b));
}

void Document::add_table(Grid grid) {
  for (auto& row : grid.rows)
    for (auto& cell : row) cell.text = collapse_space(cell.text);
  if (grid.rows.empty()) return;
  Block b;
  b.kind = Block::Kind::table;
  b.grid = std::move(grid);
  blocks.push_back(std::move(b));
}

}  // namespace gongkai::inputs
