// A table row printed twice with different values (issue 9, item 17).
//
// Whichever of the two the reader kept, the relations that read the row's
// cells check a value the report contradicts itself about, and the reader may
// have shifted the rows after it onto the wrong labels. The model keeps one
// cell per key, so the repeat is only visible in the text: each section keeps
// its body's lines (tables included) with their input line numbers, so this
// works the same on parsed text and on a report read back from JSON.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/fields.hpp"
#include "validate/checks.hpp"
#include "text/utf8.hpp"
#include "validate/messages.hpp"

namespace gongkai::validation {
namespace {

// A line read as a table row: the label words before the first value, and
// the values as printed (numbers and blank marks), space-separated.
struct Row {
  std::string label;
  std::string values;
  std::uint32_t line = 0;  ///< the input line it was printed on (the cells' line where they were read)
  bool read = false;       ///< its cells were read from that line
};

bool is_value_token(std::string_view t) {
  if (t == "-" || t == "/" || t == "无" || t == "—" || t == "——" || t == "－") return true;
  std::size_t i = !t.empty() && (t[0] == '-' || t[0] == '+') ? 1 : 0;
  bool digit = false;
  for (; i < t.size(); ++i) {
    char c = t[i];
    if (c >= '0' && c <= '9') digit = true;
    else if (!(c == '.' || c == ',') || !digit) return false;
  }
  return digit;
}

bool has_non_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// Tokens split on tabs, spaces and Markdown pipes: the three ways a row's
// cells are set apart in the text gongkai reads.
std::vector<std::string_view> tokens(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '|')) ++i;
    std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '|') ++i;
    if (i > start) out.push_back(line.substr(start, i - start));
  }
  return out;
}

// A row needs a label with words (not a line of bare numbers, whose place is
// the reader's guess) and at least one number after it.
bool read_row(std::string_view line, std::uint32_t number, Row* row) {
  auto toks = tokens(line);
  std::size_t k = 0;
  while (k < toks.size() && !is_value_token(toks[k])) ++k;
  if (k == 0 || k == toks.size()) return false;
  row->label.clear();
  row->values.clear();
  for (std::size_t i = 0; i < k; ++i) row->label.append(i ? " " : "").append(toks[i]);
  if (!has_non_ascii(row->label)) return false;
  bool any_number = false;
  for (std::size_t i = k; i < toks.size(); ++i) {
    if (!is_value_token(toks[i])) return false;  // text among the values: not a plain row
    any_number = any_number || toks[i].find_first_of("0123456789") != std::string_view::npos;
    row->values.append(i > k ? " " : "").append(toks[i]);
  }
  row->line = number;
  return any_number;
}

// The words and numbering of a label without spaces and punctuation, so that
// a printed label compares with the template's whatever its brackets and commas.
std::string label_core(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    char32_t cp = 0;
    int n = text::decode(s, i, &cp);
    if (n <= 0) n = 1;
    bool ascii_alnum = (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    bool ideograph = (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF);
    if (ascii_alnum || ideograph) out.append(s.substr(i, static_cast<std::size_t>(n)));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

// The labels of the template's rows that no other row shares. A repeat is
// only reported for a label that is one of these as printed: labels printed
// in several groups (legacy 被依法纠错数 under review and litigation) and
// pieces of labels torn over lines (数量) repeat without any conflict.
std::set<std::string> unique_row_labels(Format format) {
  std::map<std::string, std::set<std::string_view>> rows_of_label;
  for (const auto& spec : field_specs(format)) {
    std::string_view row_key = spec.key.substr(0, spec.key.rfind('.'));
    rows_of_label[label_core(spec.row)].insert(row_key);
  }
  std::set<std::string> out;
  for (const auto& [label, rows] : rows_of_label)
    if (rows.size() == 1 && !label.empty()) out.insert(label);
  return out;
}

const char* table_zh(std::string_view id) {
  if (id == "active") return "表二";
  if (id == "applications") return "表三";
  if (id == "appeals") return "表四";
  return "统计表";
}

const char* table_en(std::string_view id) {
  if (id == "active") return "table 2";
  if (id == "applications") return "table 3";
  if (id == "appeals") return "table 4";
  return "the statistics table";
}

// The cells read from one input line, and their printed values as a row
// prints them (blank cells print nothing).
struct LineCells {
  const Table* table = nullptr;
  std::vector<const Cell*> cells;
  std::string values;
};

std::map<std::uint32_t, LineCells> cells_by_line(const Report& r) {
  std::map<std::uint32_t, LineCells> out;
  for (const auto& t : r.tables)
    for (const auto& c : t.cells) {
      if (c.span.line == 0) continue;
      LineCells& l = out[c.span.line];
      l.table = &t;
      l.cells.push_back(&c);
      if (!c.raw.empty()) l.values.append(l.values.empty() ? "" : " ").append(c.raw);
    }
  return out;
}

// A section's text leaves out blank lines, so its k-th line is at body_line
// + k or up to `blanks` lines later, `blanks` being how many input lines of
// the section its text does not have. The row's line is the first of those
// whose cells read the values the row prints; 0 when there is none (the
// reader did not read the row as printed, and which cells hold it cannot be
// told). Without blank lines the place is exact.
std::uint32_t find_line(const std::map<std::uint32_t, LineCells>& lines, std::uint32_t from, std::uint32_t blanks,
                        const std::string& values) {
  for (auto it = lines.lower_bound(from); it != lines.end() && it->first <= from + blanks; ++it)
    if (it->second.values == values) return it->first;
  return 0;
}

void report_repeat(const std::map<std::uint32_t, LineCells>& lines, const Row& first, const Row& second,
                   Findings* out) {
  // The cells of the copies that were read (the reader may read one copy
  // and pass over the other).
  std::vector<const Cell*> cells;
  const Table* table = nullptr;
  for (const Row* copy : {&first, &second})
    if (copy->read) {
      const LineCells& l = lines.at(copy->line);
      cells.insert(cells.end(), l.cells.begin(), l.cells.end());
      table = l.table;
    }
  std::string keys;
  const std::size_t shown = std::min<std::size_t>(cells.size(), 8);
  for (std::size_t i = 0; i < shown; ++i) keys += (i ? ", " : "") + cells[i]->key;
  if (cells.size() > shown) keys += ", …";
  Diagnostic d = make_finding("FIELD-MISSING", Severity::warning, "FIELD-MISSING/repeated-row",
                              {{"table", table_zh(table->id), table_en(table->id)},
                               {"label", first.label, ""},
                               {"line1", std::to_string(first.line), ""},
                               {"values1", first.values, ""},
                               {"line2", std::to_string(second.line), ""},
                               {"values2", second.values, ""},
                               {"keys", keys, ""}},
                              second.line, 1);
  for (const Cell* c : cells) d.cells.push_back(CellRef{c->key, c->value, c->span.line, c->span.column});
  out->push_back(std::move(d));
}

// The input lines each table's cells were read from, first to last.
std::vector<std::pair<std::uint32_t, std::uint32_t>> table_lines(const Report& r) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (const auto& t : r.tables) {
    std::uint32_t first = UINT32_MAX, last = 0;
    for (const auto& c : t.cells)
      if (c.span.line) {
        first = std::min(first, c.span.line);
        last = std::max(last, c.span.line);
      }
    if (last) out.emplace_back(first, last);
  }
  return out;
}

// Whether some two lines of a section start with the same words before their
// first number: the test every report goes through, so it hashes the words
// in place (separators left out, as read_row joins them) and allocates only
// the list of hashes. Equal labels always hash alike, so no repeat read_row
// would find is passed over; a collision or a repeat that is not a table row
// only sends the section to the full check.
bool has_repeated_label(std::string_view body) {
  std::vector<std::uint64_t> hashes;
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(start, end - start);
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a over the label's bytes
    bool label = false, value = false;
    std::size_t i = 0;
    while (i < line.size() && !value) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '|')) ++i;
      std::size_t t = i;
      while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '|') ++i;
      if (i == t) break;
      std::string_view token = line.substr(t, i - t);
      if (is_value_token(token)) {
        value = true;
      } else {
        label = true;
        for (char c : token) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        h = (h ^ 0x20) * 1099511628211ull;  // the joining space
      }
    }
    if (label && value) hashes.push_back(h);
    start = end + 1;
  }
  std::sort(hashes.begin(), hashes.end());
  return std::adjacent_find(hashes.begin(), hashes.end()) != hashes.end();
}

}  // namespace

void check_repeated_rows(const Report& r, Findings* out) {
  if (r.tables.empty()) return;
  // Most reports print no label twice: found so without building anything.
  const auto ranges = table_lines(r);
  std::vector<std::size_t> suspects;
  for (std::size_t si = 0; si < r.sections.size(); ++si) {
    const Section& s = r.sections[si];
    if (s.body_line == 0 || s.text.empty()) continue;
    const std::uint32_t end_line = si + 1 < r.sections.size() && r.sections[si + 1].span.line
                                       ? r.sections[si + 1].span.line
                                       : r.input_lines + 1;
    bool holds_cells = false;
    for (const auto& [first, last] : ranges) holds_cells = holds_cells || (first < end_line && last >= s.body_line);
    if (holds_cells && has_repeated_label(s.text)) suspects.push_back(si);
  }
  if (suspects.empty()) return;
  // Built once per format: the labels of every template row.
  static const std::set<std::string> kRows[] = {unique_row_labels(Format::gk2021), unique_row_labels(Format::gk2019),
                                                unique_row_labels(Format::legacy), {}};
  const std::size_t f = static_cast<std::size_t>(r.meta.format);
  const std::set<std::string>& template_rows = kRows[f < 4 ? f : 3];
  if (template_rows.empty()) return;
  const auto lines = cells_by_line(r);
  if (lines.empty()) return;
  for (std::size_t si : suspects) {
    const Section& s = r.sections[si];
    // The input lines from the body's first to the next heading (or the end).
    const std::uint32_t end_line = si + 1 < r.sections.size() && r.sections[si + 1].span.line
                                       ? r.sections[si + 1].span.line
                                       : r.input_lines + 1;
    const std::uint32_t text_lines = 1 + static_cast<std::uint32_t>(std::count(s.text.begin(), s.text.end(), '\n'));
    if (end_line < s.body_line + text_lines) continue;  // not the lines of this input
    const std::uint32_t blanks = end_line - s.body_line - text_lines;
    // Only a section whose lines hold cells can print a row of a table.
    auto first_cell = lines.lower_bound(s.body_line);
    if (first_cell == lines.end() || first_cell->first >= end_line) continue;
    std::map<std::string, Row> first_of_label;
    std::set<std::string> reported;
    std::string_view body = s.text;
    std::size_t start = 0;
    std::uint32_t k = 0;
    Row row;
    while (start <= body.size()) {
      std::size_t end = body.find('\n', start);
      if (end == std::string_view::npos) end = body.size();
      if (read_row(body.substr(start, end - start), s.body_line + k, &row) &&
          template_rows.count(label_core(row.label))) {
        const std::uint32_t found = find_line(lines, s.body_line + k, blanks, row.values);
        row.read = found != 0;
        // A copy no cell was read from: its place in the text (exact but
        // for the blank lines before it that the section text leaves out).
        row.line = found != 0 ? found : s.body_line + k;
        auto [it, inserted] = first_of_label.emplace(row.label, row);
        // Printed twice alike is a harmless repeat; a conflict is reported
        // once per label, where the table holds one of the two copies.
        if (!inserted && !reported.count(row.label) && (it->second.read || row.read) && row.line != it->second.line &&
            it->second.values != row.values) {
          report_repeat(lines, it->second, row, out);
          reported.insert(row.label);
        }
      }
      start = end + 1;
      ++k;
    }
  }
}

}  // namespace gongkai::validation
