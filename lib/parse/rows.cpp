#include "parse/rows.hpp"

#include "parse/label.hpp"

namespace gongkai::parsing {

std::vector<Token> DataRow::printed() const {
  std::vector<Token> out;
  for (const auto& t : values)
    if (t.kind != TokenKind::empty) out.push_back(t);
  return out;
}

bool DataRow::has_printed() const {
  for (const auto& t : values)
    if (t.kind == TokenKind::number || t.kind == TokenKind::blank_mark) return true;
  return false;
}

bool is_page_furniture(std::string_view norm, std::string_view c) {
  if (c.empty()) return false;
  // Only digits: "- 5 -" compacts to "5"; a bare number alone is not furniture
  // unless dashes surrounded it.
  bool digits = true;
  for (char ch : c)
    if (ch < '0' || ch > '9') digits = false;
  if (digits) {
    std::size_t lead = norm.find_first_not_of(' ');
    if (lead == std::string_view::npos) return false;
    std::string_view t = norm.substr(lead);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.remove_suffix(1);
    // "- 5 -" and "— 5 —", not a negative number "-5".
    auto dash_at_start = [](std::string_view x) { return x.rfind("-", 0) == 0 || x.rfind("—", 0) == 0 || x.rfind("–", 0) == 0; };
    auto dash_at_end = [](std::string_view x) {
      return (!x.empty() && x.back() == '-') || (x.size() >= 3 && (x.substr(x.size() - 3) == "—" || x.substr(x.size() - 3) == "–"));
    };
    return dash_at_start(t) && dash_at_end(t);
  }
  // 第3页 / 第 3 页 共 10 页 / 3/10
  if (c.rfind("第", 0) == 0 && c.size() <= 24) {
    std::size_t i = 3;
    bool any = false;
    while (i < c.size() && c[i] >= '0' && c[i] <= '9') {
      ++i;
      any = true;
    }
    if (any && c.compare(i, 3, "页") == 0) {
      i += 3;
      if (i == c.size()) return true;
      if (c.compare(i, 3, "共") == 0) return true;
    }
  }
  return false;
}

DataRow read_row(const SourceText& src, std::size_t i) {
  DataRow row;
  row.line = row.label_line = i;
  TokenizedLine tl = tokenize(src[i].norm);
  for (auto& t : tl.tokens) t.line = static_cast<std::uint32_t>(i);
  row.shape = tl.shape;
  auto& toks = tl.tokens;
  std::size_t k = 0;
  while (k < toks.size() && toks[k].kind == TokenKind::empty) ++k;
  // Outline numbering spaced apart from its label ("3 . 危及…") is label.
  if (k + 1 < toks.size() && toks[k].kind == TokenKind::number && toks[k].value.scale == 0 &&
      toks[k].value.units >= 0 && toks[k].value.units < 100 && toks[k + 1].kind == TokenKind::text) {
    row.label_text = toks[k].text;
    ++k;
  }
  // Text, and inside an unclosed bracket of the label anything ("（不同渠道和
  // 方式公开相同信息计 1 条）" holds a number that is not a value).
  int open = 0;
  while (k < toks.size() && (toks[k].kind == TokenKind::text || (open > 0 && toks[k].kind != TokenKind::empty))) {
    if (!row.label_text.empty()) row.label_text += ' ';
    row.label_text += toks[k].text;
    for (char c : toks[k].text) open += c == '(' ? 1 : c == ')' ? -1 : 0;
    ++k;
  }
  // Without a label, leading empty cells are columns of their own.
  std::size_t values_from = row.label_text.empty() ? 0 : k;
  row.values.assign(toks.begin() + static_cast<std::ptrdiff_t>(values_from), toks.end());
  // A later text cell among the values is a cell that is not a number.
  row.label = compact_label(row.label_text);
  const std::string& norm = src[i].norm;
  row.prose = contains(norm, "。") || contains_any(norm, {"；", ";"}) ? (length_cp(row.label) > 24)
                                                                    : (length_cp(row.label) > 60);
  return row;
}

void join_split_rows(std::vector<DataRow>& rows, std::size_t width) {
  std::vector<DataRow> out;
  for (std::size_t k = 0; k < rows.size(); ++k) {
    DataRow& row = rows[k];
    std::size_t n1 = row.printed().size();
    if (k + 1 < rows.size() && n1 > 0 && n1 < width && !row.prose) {
      DataRow& next = rows[k + 1];
      std::size_t n2 = next.printed().size();
      // A lone number on the next line may be a page number: a second half has two cells or more.
      if (next.label.empty() && !next.prose && n2 >= 2 && n1 + n2 == width && next.line <= row.line + 2) {
        for (auto& t : next.values)
          if (t.kind != TokenKind::empty) row.values.push_back(std::move(t));
        // Only the printed cells: the two halves' empty cells no longer line up.
        std::vector<Token> printed;
        for (auto& t : row.values)
          if (t.kind != TokenKind::empty) printed.push_back(std::move(t));
        row.values = std::move(printed);
        out.push_back(std::move(row));
        ++k;
        continue;
      }
    }
    out.push_back(std::move(row));
  }
  rows = std::move(out);
}

std::vector<DataRow> read_rows(const SourceText& src, std::size_t first, std::size_t last) {
  std::vector<DataRow> rows;
  bool pending_label = false;  // rows.back() is a label-only line that may take the next line's values
  bool vertical = false;       // rows.back() took one value from the line below: more may follow, one a line
  for (std::size_t i = first; i < last && i < src.size(); ++i) {
    const std::string& norm = src[i].norm;
    if (norm.find_first_not_of(" \t") == std::string::npos) continue;
    if (is_page_furniture(norm, src[i].compact)) continue;
    DataRow row = read_row(src, i);
    if (row.shape == LineShape::pipe_separator) continue;
    bool values_only = row.label.empty() && row.has_printed();
    // PDF text often puts every cell on a line of its own: a label, then its
    // numbers one a line.
    if (vertical && values_only && row.printed().size() == 1) {
      for (auto& t : row.values)
        if (t.kind != TokenKind::empty) rows.back().values.push_back(std::move(t));
      continue;
    }
    vertical = false;
    if (pending_label && values_only && !rows.back().prose) {
      vertical = row.printed().size() == 1 && row.shape == LineShape::plain;
      DataRow& head = rows.back();
      head.line = i;
      head.values = std::move(row.values);
      head.shape = row.shape;
      pending_label = false;
      continue;
    }
    // A label wrapped just before its values: "不予公" then "开⇥0⇥0…".
    if (pending_label && row.has_printed() && !row.label.empty() && length_cp(row.label) <= 4 &&
        rows.back().line + 1 == i && length_cp(rows.back().label) <= 12 && row.shape != LineShape::pipes) {
      DataRow& head = rows.back();
      head.label += row.label;
      head.label_text += row.label_text;
      head.line = i;
      head.values = std::move(row.values);
      head.shape = row.shape;
      pending_label = false;
      continue;
    }
    pending_label = !row.label.empty() && !row.has_printed() && !row.prose;
    // Two label-only lines in a row: a label wrapped over two lines.
    if (pending_label && !rows.empty() && !rows.back().has_printed() && !rows.back().label.empty() &&
        !rows.back().prose && rows.back().line + 1 == i && row.shape == LineShape::plain &&
        rows.back().shape == LineShape::plain && length_cp(row.label) <= 12) {
      rows.back().label += row.label;
      rows.back().label_text += row.label_text;
      rows.back().line = i;
      continue;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace gongkai::parsing
