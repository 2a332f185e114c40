#include "parse/context.hpp"

#include <algorithm>

#include "gongkai/fields.hpp"

namespace gongkai::parsing {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

CellState state_of(TokenKind k) {
  switch (k) {
    case TokenKind::number: return CellState::number;
    case TokenKind::blank_mark: return CellState::blank_mark;
    case TokenKind::text: return CellState::not_number;
    case TokenKind::empty: break;
  }
  return CellState::blank;
}

}  // namespace

Cell ParseContext::cell_from(const std::string& key, const Token& t) {
  Cell c;
  c.key = key;
  c.state = t.out_of_range ? CellState::not_number : state_of(t.kind);
  c.span = src.span(t.line, t.begin, t.end);
  c.raw = std::string(src.slice(c.span));
  c.note = std::string(t.note);
  if (t.kind == TokenKind::number) {
    Decimal v = t.value;
    if (t.in_yuan && ends_with(key, "_wan") && v.scale <= 5) {
      // 元 → 万元: the same digits, four more places after the point.
      v.scale += 4;
      c.inferred = true;
      repaired_at(t.line, {key}, "金额以“元”印出，已换算为“万元”", "amount printed in 元, converted to 万元",
                  "printed '" + std::string(t.text) + "', template unit 万元: " + v.to_string());
    }
    c.value = v;
  }
  return c;
}

Cell ParseContext::joined_cell(const std::string& key, const Token& a, const Token& b) {
  Cell c;
  c.key = key;
  c.span = a.line == b.line ? src.span(a.line, a.begin, b.end) : src.span(a.line, a.begin, a.end);
  c.raw = std::string(src.slice(c.span));
  auto v = joined_number(a, b);
  c.state = v ? CellState::number : CellState::not_number;
  c.value = v;
  c.note = std::string(b.note);  // the note printed after the second part
  c.inferred = true;
  return c;
}

Cell ParseContext::blank_at(const std::string& key, std::size_t line, bool inferred) const {
  Cell c;
  c.key = key;
  c.state = CellState::blank;
  c.span = src.line_span(line);
  c.span.end = c.span.begin;
  c.inferred = inferred;
  return c;
}


void ParseContext::repaired_at(std::size_t line, const std::vector<std::string>& keys, std::string_view what_zh,
                               std::string_view what_en, std::string evidence) {
  Diagnostic d;
  d.rule = "CELL-REPAIRED";
  d.severity = Severity::info;
  d.message_zh = std::string(what_zh);
  d.message_en = std::string(what_en);
  d.line = src[line].number;
  d.column = 1;
  for (const auto& k : keys) {
    CellRef ref;
    ref.key = k;
    ref.line = d.line;
    d.cells.push_back(std::move(ref));
  }
  d.evidence = std::move(evidence);
  report.diagnostics.push_back(std::move(d));
}

void ParseContext::unresolved_at(std::size_t line, std::string_view table_zh, std::string_view table_en,
                                 const std::string& printed, std::string evidence) {
  Diagnostic d;
  d.rule = "ROW-AMBIGUOUS";
  d.severity = Severity::warning;
  d.message_zh = std::string(table_zh) + "的一行无法确定地读出，已略去：" + printed;
  d.message_en = std::string(table_en) + ": a row could not be read with certainty and was left out: " + printed;
  d.line = src[line].number;
  d.column = 1;
  d.evidence = std::move(evidence);
  report.diagnostics.push_back(std::move(d));
}

Table& table_for(Report& report, std::string_view id) {
  for (auto& t : report.tables)
    if (t.id == id) return t;
  report.tables.push_back(Table{});
  report.tables.back().id = std::string(id);
  return report.tables.back();
}

void finish_table_span(Table& t, const SourceText& src) {
  std::uint32_t first = 0, last = 0;
  for (const auto& c : t.cells) {
    if (c.span.line == 0) continue;
    if (first == 0 || c.span.line < first) first = c.span.line;
    last = std::max(last, c.span.line);
  }
  if (first == 0) return;
  SourceSpan a = src.line_span(first - 1), b = src.line_span(last - 1);
  t.span.begin = a.begin;
  t.span.end = b.end;
  t.span.line = a.line;
  t.span.column = 1;
}

}  // namespace gongkai::parsing
