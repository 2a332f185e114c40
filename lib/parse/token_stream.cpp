#include "parse/token_stream.hpp"

#include <algorithm>

#include "parse/label.hpp"

namespace gongkai::parsing {
namespace {

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (auto p : prefixes)
    if (s.substr(0, p.size()) == p) return true;
  return false;
}

// A small whole number: what outline numbering ("3 . 危及…") is made of.
bool small_integer(const Token& t) {
  return t.kind == TokenKind::number && t.value.scale == 0 && t.value.units >= 0 && t.value.units < 100 &&
         t.note.empty();
}

}  // namespace

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

bool is_page_furniture(std::string_view norm, const CompactShape& compact, std::string& buffer) {
  // Furniture compacts to digits alone or to a short 第…页.
  if (compact.bytes == 0 || (compact.digits != compact.bytes && compact.bytes > 24)) return false;
  compact_into(norm, &buffer);
  return is_page_furniture(norm, buffer);
}

bool is_prose_line(std::string_view norm, const CompactShape& compact) {
  // Its length in words: digits (a row's many cells) do not make a line prose.
  const std::size_t n = compact.code_points - compact.digits;
  // A sentence ends with 。; no table row does.
  std::string_view t = trim(norm);
  if (t.size() >= 3 && t.substr(t.size() - 3) == "。" && n >= 6) return true;
  if (contains(norm, "。")) return n > 24;
  if (contains_any(norm, {"；", ";"})) return n > 30;
  return n > 60;
}

TokenStream build_stream(const SourceText& src, std::size_t first, std::size_t last) {
  TokenStream out;
  // About two tokens a line in tables printed a cell a line, ten in rows.
  out.tokens.reserve(std::min(last, src.size()) > first ? 4 * (std::min(last, src.size()) - first) : 0);
  std::vector<std::size_t> line_value_tokens;  // reused line by line
  TokenizedLine tl;                            // likewise
  std::string compact_buffer;                  // likewise
  for (std::size_t i = first; i < last && i < src.size(); ++i) {
    const SourceLine& line = src[i];
    // What the line's compact form would be, read without making it.
    const CompactShape line_compact = compact_shape(line.norm);
    if (line_compact.bytes == 0 && line.norm.find_first_not_of(" \t|-:") == std::string::npos) {
      // A blank line or a bare separator: but a line of empty tab or pipe
      // cells still holds cells.
      if (line.norm.find('\t') == std::string::npos && line.norm.find('|') == std::string::npos) continue;
    }
    if (is_page_furniture(line.norm, line_compact, compact_buffer)) continue;
    tokenize_into(line.norm, tl);
    if (tl.shape == LineShape::pipe_separator) continue;
    bool prose = is_prose_line(line.norm, line_compact);
    std::size_t begin = out.tokens.size();
    // Empty cells count only between separators that a row is printed with.
    bool cells = tl.shape == LineShape::tabs || tl.shape == LineShape::pipes;
    // Empty cells count only on a line that prints values; those before its
    // first value or after its last may be the separators' edges rather than
    // cells of the row (edge).
    std::size_t first_value = tl.tokens.size(), last_value = 0;
    for (std::size_t k = 0; k < tl.tokens.size(); ++k)
      if (tl.tokens[k].kind == TokenKind::number || tl.tokens[k].kind == TokenKind::blank_mark) {
        first_value = std::min(first_value, k);
        last_value = k;
      }
    // A label and only empty cells: a row printed blank, or a heading over
    // merged cells; either way no cell is read from it (a labelled row with
    // nothing before the next label is read as blank: table_reader). One
    // label alone with its empty cells is the row printed blank (a heading
    // over merged cells prints several labels); the empty cells are counted
    // for the aligner.
    std::uint32_t empty_cells = 0, texts = 0;
    for (const Token& t : tl.tokens) {
      empty_cells += t.kind == TokenKind::empty;
      texts += t.kind == TokenKind::text;
    }
    const std::uint32_t blank_cells = first_value == tl.tokens.size() && texts == 1 ? empty_cells : 0;
    if (first_value == tl.tokens.size()) cells = false;
    int open_brackets = 0;  // inside a label's "(…计 1 条)" a number is the label's
    for (std::size_t k = 0; k < tl.tokens.size(); ++k) {
      Token& t = tl.tokens[k];
      const bool in_brackets = open_brackets > 0;
      // (Outside brackets, a text without an opening one changes nothing: most texts.)
      if (t.kind == TokenKind::text && (open_brackets > 0 || t.text.find('(') != std::string_view::npos))
        for (char ch : t.text) open_brackets += ch == '(' ? 1 : ch == ')' && open_brackets > 0 ? -1 : 0;
      if (t.kind == TokenKind::empty && !cells) continue;
      // Empty cells before a label on its line belong to the label columns.
      if (t.kind == TokenKind::empty && k < first_value) {
        bool label_after = false;
        for (std::size_t j = k + 1; j < first_value; ++j) label_after |= tl.tokens[j].kind == TokenKind::text;
        if (label_after) continue;
      }
      t.line = static_cast<std::uint32_t>(i);
      StreamToken st;
      // Text in a cell after the first value of a row printed with
      // separators is a cell that is not a number ("见附件", a number too long
      // to hold), not a label; a long text at the row's end is a label.
      st.label = t.kind == TokenKind::text &&
                 !(cells && k > first_value && (k < last_value || length_cp(t.text) <= 24));
      st.edge = t.kind == TokenKind::empty && (k < first_value || k > last_value);
      if (st.label) {
        st.blank_cells = blank_cells;
        st.compact = compact(t.text);
        if (st.compact.empty()) continue;  // punctuation only
      } else {
        // Outline numbering before its label (at the line's start, or
        // inside a letter-spaced label: "( 四 ) 无 法 提 供   1 . 本 机 关"),
        // a count followed by its unit word in a sentence, anything in
        // prose: not a table value.
        const Token* next = k + 1 < tl.tokens.size() ? &tl.tokens[k + 1] : nullptr;
        bool before_text = next && next->kind == TokenKind::text;
        // "3 . 网 络 申 请 数": the number and its stop are the label's
        // numbering, torn off by letter-spacing; never a cell (a row printed
        // blank would take it).
        const bool numbered_label = before_text && small_integer(t) && starts_with_any(next->text, {".", "、"});
        if (numbered_label) continue;
        bool numbering = before_text && small_integer(t) && (k == 0 || tl.tokens[k - 1].kind == TokenKind::empty);
        st.noise = prose || in_brackets || numbering ||
                   (before_text && starts_with_any(next->text, {"件", "条", "次", "人次", "个", "%", "年", "月", "日", "项"}));
      }
      st.tok = std::move(t);
      if (prose && st.label) continue;  // prose names no row
      out.tokens.push_back(std::move(st));
    }
    // Column numbering (1 2 3 4 5 6, 栏次) heads a table; it holds no data.
    line_value_tokens.clear();
    for (std::size_t k = begin; k < out.tokens.size(); ++k)
      if (!out.tokens[k].label && out.tokens[k].tok.kind != TokenKind::empty) line_value_tokens.push_back(k);
    bool numbering = line_value_tokens.size() >= 3;
    for (std::size_t j = 0; j < line_value_tokens.size() && numbering; ++j) {
      const Token& t = out.tokens[line_value_tokens[j]].tok;
      numbering = t.kind == TokenKind::number && t.value.scale == 0 && t.value.units == static_cast<std::int64_t>(j + 1);
    }
    if (numbering)
      for (auto k : line_value_tokens) out.tokens[k].noise = true;
    // The line's cells: its values but the edges. Its first cell: not an
    // edge, nor a label's numbering before it (unless every value of the
    // line is noise: column numbering 1 2 3 may still be the row a reading
    // needs).
    std::uint32_t cells_on_line = 0;
    bool clean_value = false;
    for (std::size_t k = begin; k < out.tokens.size(); ++k)
      if (!out.tokens[k].label && !out.tokens[k].edge) {
        ++cells_on_line;
        clean_value = clean_value || !out.tokens[k].noise;
      }
    bool first_of_line = true;
    for (std::size_t k = begin; k < out.tokens.size(); ++k) {
      if (out.tokens[k].label) continue;
      out.tokens[k].line_values = cells_on_line;
      const bool cell = !out.tokens[k].edge && !(clean_value && out.tokens[k].noise);
      out.tokens[k].line_first = first_of_line && cell;
      if (cell) first_of_line = false;
    }
  }
  // Column numbering printed a number a line (1, 2, 3, … after a label).
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    auto is_count = [&](std::size_t j, std::int64_t want) {
      const StreamToken& t = out.tokens[j];
      return !t.label && t.line_values == 1 && t.tok.kind == TokenKind::number && t.tok.value.scale == 0 &&
             t.tok.value.units == want;
    };
    if (!is_count(k, 1) || (k > 0 && !out.tokens[k - 1].label)) continue;
    std::size_t j = k;
    while (j < out.tokens.size() && is_count(j, static_cast<std::int64_t>(j - k + 1))) ++j;
    if (j - k >= 3)
      for (std::size_t m = k; m < j; ++m) out.tokens[m].noise = true;
  }
  // A value alone between two label fragments: a number of a header or a
  // label torn apart ("数据" "1" "数据" "2"), or a row of one cell.
  for (std::size_t k = 1; k + 1 < out.tokens.size(); ++k) {
    StreamToken& t = out.tokens[k];
    t.between_labels = !t.label && t.line_values == 1 && out.tokens[k - 1].label && out.tokens[k + 1].label;
  }
  out.values_before.resize(out.tokens.size());
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    out.values_before[k] = out.values.size();
    (out.tokens[k].label ? out.labels : out.values).push_back(k);
  }
  return out;
}

}  // namespace gongkai::parsing
