#include "parse/applications.hpp"

#include <algorithm>

#include "parse/label.hpp"
#include "parse/row_patterns.hpp"

namespace gongkai::parsing {
namespace {

constexpr std::size_t kColumns = 7;  // natural, commercial, research, social, legal, other, total
const char* const kColumnNames[kColumns] = {"natural", "commercial", "research", "social", "legal", "other", "total"};
constexpr std::size_t kMaxCombinations = 1u << 16;

// A row's own arithmetic: its 总计 is the sum of the six applicant columns.
bool row_total_holds(const std::vector<Decimal>& v) {
  Decimal sum;
  for (std::size_t i = 0; i + 1 < v.size(); ++i) {
    auto s = Decimal::add(sum, v[i]);
    if (!s) return false;
    sum = *s;
  }
  return sum == v.back();
}

struct PlacedRow {
  DataRow row;
  int template_row = -1;
  std::vector<Reading> readings;
  int chosen = -1;  // index into readings; -1 while undecided
};

// The column relations of the table, over template row indices: for every
// column, Σ lhs = Σ rhs (T3-BALANCE, T3-OUTCOME-SUM).
struct Relation {
  std::vector<int> lhs, rhs;
};

std::vector<Relation> column_relations(Format format) {
  const auto& rows = application_rows(format);
  auto idx = [&](std::string_view r) {
    auto it = std::find(rows.begin(), rows.end(), r);
    return it == rows.end() ? -1 : static_cast<int>(it - rows.begin());
  };
  Relation balance{{idx("received"), idx("carried_over")}, {idx("total"), idx("carried_forward")}};
  Relation outcome;
  outcome.lhs = {idx("total")};
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::string& r = rows[i];
    if (r == "granted" || r == "partial" || r.rfind("denied.", 0) == 0 || r.rfind("unable.", 0) == 0 ||
        r.rfind("not_processed.", 0) == 0 || r.rfind("other_handling", 0) == 0)
      outcome.rhs.push_back(static_cast<int>(i));
  }
  return {balance, outcome};
}

// How many column relations fail with the given choice of readings; a
// relation with a row that is not there is not counted.
int violations(const std::vector<PlacedRow>& placed, const std::vector<int>& row_of_template,
               const std::vector<Relation>& relations, const std::vector<std::vector<Decimal>>& values) {
  int bad = 0;
  for (const auto& rel : relations) {
    bool complete = true;
    for (int r : rel.lhs) complete &= r >= 0 && row_of_template[static_cast<std::size_t>(r)] >= 0;
    bool any_rhs = false;
    for (int r : rel.rhs) any_rhs |= r >= 0 && row_of_template[static_cast<std::size_t>(r)] >= 0;
    if (!complete || !any_rhs) continue;
    for (std::size_t c = 0; c < kColumns; ++c) {
      Decimal l, rr;
      auto add = [&](Decimal& acc, const std::vector<int>& side) {
        for (int r : side) {
          if (r < 0) continue;
          int p = row_of_template[static_cast<std::size_t>(r)];
          if (p < 0) continue;
          auto s = Decimal::add(acc, values[static_cast<std::size_t>(p)][c]);
          if (s) acc = *s;
        }
      };
      add(l, rel.lhs);
      add(rr, rel.rhs);
      if (l != rr) ++bad;
    }
  }
  (void)placed;
  return bad;
}

// Chooses one reading per row: rows with one reading keep it; the rows with
// several are decided together by the column relations, and only where one
// choice is strictly best. Rows still undecided keep chosen = -1.
void choose_readings(std::vector<PlacedRow>& placed, Format format) {
  std::size_t template_rows = application_rows(format).size();
  std::vector<int> row_of_template(template_rows, -1);
  std::vector<std::size_t> open;
  for (std::size_t p = 0; p < placed.size(); ++p) {
    row_of_template[static_cast<std::size_t>(placed[p].template_row)] = static_cast<int>(p);
    if (placed[p].readings.size() == 1) placed[p].chosen = 0;
    if (placed[p].readings.size() > 1) open.push_back(p);
  }
  if (open.empty()) return;
  std::size_t combos = 1;
  for (auto p : open) {
    combos *= placed[p].readings.size();
    if (combos > kMaxCombinations) return;
  }
  // Rows whose reading is open count as their first reading while scoring a
  // different row's choice; all open rows are enumerated together.
  std::vector<std::vector<Decimal>> values(placed.size(), std::vector<Decimal>(kColumns));
  for (std::size_t p = 0; p < placed.size(); ++p) {
    if (placed[p].readings.empty()) continue;
    auto v = reading_values(placed[p].row, placed[p].readings[0]);
    if (v) values[p] = *v;
  }
  auto relations = column_relations(format);
  int best = 1 << 30;
  std::vector<std::vector<std::size_t>> best_choices;
  std::vector<std::size_t> choice(open.size(), 0);
  for (std::size_t n = 0; n < combos; ++n) {
    std::size_t rest = n;
    for (std::size_t k = 0; k < open.size(); ++k) {
      std::size_t p = open[k];
      choice[k] = rest % placed[p].readings.size();
      rest /= placed[p].readings.size();
      auto v = reading_values(placed[p].row, placed[p].readings[choice[k]]);
      if (v) values[p] = *v;
    }
    int bad = violations(placed, row_of_template, relations, values);
    if (bad < best) {
      best = bad;
      best_choices.clear();
    }
    if (bad == best) best_choices.push_back(choice);
  }
  // A row is decided when every best choice agrees on it.
  for (std::size_t k = 0; k < open.size(); ++k) {
    bool agree = true;
    for (const auto& c : best_choices) agree &= c[k] == best_choices.front()[k];
    if (agree) placed[open[k]].chosen = static_cast<int>(best_choices.front()[k]);
  }
}

}  // namespace

LineRange find_applications_table(const SourceText& src, Format format) {
  LineRange range;
  bool started = false;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const std::string& norm = src[i].norm;
    if (!started) {
      if (!contains_any(norm, {"本年新收", "上年结转", "予以公开"}) && !contains(src[i].compact, "本年新收")) continue;
      DataRow row = read_row(src, i);
      bool data = row.has_printed() && !row.prose;
      // The label may be on a line of its own above the numbers.
      if (!data && i + 1 < src.size() && !row.prose) {
        DataRow next = read_row(src, i + 1);
        data = next.has_printed() && !next.prose;
      }
      if (!data) continue;
      auto m = match_application_row(format, row.label);
      if (m.empty() || m.front().row > 2) continue;
      started = true;
      range.first = i > 1 ? i - 2 : 0;  // a wrapped label's first half may be above
      continue;
    }
    const std::string& c = src[i].compact;
    // Table 四 or the next sections end it.
    if (contains_any(c, {"行政复议", "行政诉讼", "结果维持", "存在的主要问题", "存在问题", "其他需要报告"})) {
      range.last = i;
      return range;
    }
  }
  if (started) range.last = src.size();
  return range;
}

void read_applications_table(ParseContext& ctx, Format format, LineRange range) {
  const auto& rows = application_rows(format);
  std::vector<DataRow> data = read_rows(ctx.src, range.first, range.last);
  join_split_rows(data, kColumns);
  std::vector<PlacedRow> placed;
  std::vector<bool> by_label;  // placed[k] was placed by its label, not by position
  int cur = -1;   // template row of the last row placed
  int hint = -1;  // a group heading seen on a line of its own names the next row
  const DataRow* label_above = nullptr;  // a label-only line just above: maybe the first half of a wrapped label
  for (auto& row : data) {
    if (row.prose) continue;
    auto matches = match_application_row(format, row.label);
    if (!row.has_printed()) {
      // Column headers (repeated after a page break) name no row.
      bool header = contains_any(row.label, {"自然人", "商业企业", "科研机构", "申请人", "法人或其他组织"});
      if (!header && !matches.empty() && matches.front().row > cur) hint = matches.front().row;
      label_above = header ? nullptr : &row;
      continue;
    }
    if (matches.empty() && !row.label.empty() && label_above && label_above->line + 1 == row.label_line)
      matches = match_application_row(format, label_above->label + row.label);
    label_above = nullptr;
    int target = -1;
    bool labeled = !matches.empty();
    // A group's heading printed beside one of its later rows (centred in a
    // merged cell): inside the group already, the row is the next one.
    if (labeled && matches.front().specificity == 1 && cur >= 0 && cur + 1 < static_cast<int>(rows.size())) {
      const std::string& named = rows[static_cast<std::size_t>(matches.front().row)];
      std::string group = named.substr(0, named.find('.'));
      auto in_group = [&](int r) { return rows[static_cast<std::size_t>(r)].rfind(group + ".", 0) == 0; };
      if (group != named && in_group(cur) && in_group(cur + 1)) {
        labeled = false;
        target = cur + 1;
      }
    }
    if (target >= 0) {
      // placed by position inside its group
    } else if (labeled) {
      int top = matches.front().specificity;
      for (const auto& m : matches)
        if (m.specificity == top && m.row > cur && (target < 0 || m.row < target)) target = m.row;
      if (target < 0) {
        // Labels beat positions: a row placed by position where this label
        // belongs was misplaced (garbage, or a row whose label was lost).
        int best = -1;
        for (const auto& m : matches)
          if (m.specificity == top) best = std::max(best, m.row);
        std::size_t keep = placed.size();
        while (keep > 0 && placed[keep - 1].template_row >= best && !by_label[keep - 1]) --keep;
        if (best < 0 || keep == placed.size() || (keep > 0 && placed[keep - 1].template_row >= best)) continue;
        placed.resize(keep);
        by_label.resize(keep);
        target = best;
      }
    } else if (!row.label.empty() && length_cp(row.label) > 3) {
      // A label cut short or garbled: the row it resembles, else garbage.
      int like = resemble_application_row(format, row.label, cur);
      if (like < 0) continue;
      target = like;
      labeled = true;
    } else if (hint > cur) {
      target = hint;
    } else if (cur >= 0) {
      target = cur + 1;
    }
    if (target < 0 || target >= static_cast<int>(rows.size())) continue;
    PlacedRow p;
    p.template_row = target;
    p.readings = row_readings(row, kColumns, row_total_holds);
    // A row placed by its label keeps what it printed even when its own total
    // does not add up (validation reports that); a row placed by position
    // only must look like a row of the table.
    if (p.readings.empty()) {
      auto as_printed = row_readings(row, kColumns, nullptr, 0);
      // Without a label, only a row with its seven cells in place holds its
      // position (its own arithmetic is wrong, which validation reports).
      if (labeled || as_printed.size() == 1) p.readings = std::move(as_printed);
    }
    if (p.readings.empty() && !labeled) continue;
    p.row = std::move(row);
    placed.push_back(std::move(p));
    by_label.push_back(labeled);
    cur = target;
    hint = -1;
  }
  if (placed.empty()) return;
  choose_readings(placed, format);

  Table& table = table_for(ctx.report, "applications");
  for (auto& p : placed) {
    const std::string prefix = "applications." + rows[static_cast<std::size_t>(p.template_row)] + ".";
    if (p.chosen < 0) {
      std::string why = p.readings.empty() ? "no reading of " + std::to_string(p.row.values.size()) +
                                                 " cells fits 7 columns with the row total"
                                           : std::to_string(p.readings.size()) +
                                                 " readings fit equally well; the arithmetic does not decide";
      ctx.unresolved(p.row, "表三“" + rows[static_cast<std::size_t>(p.template_row)] + "”",
                     "table 3 row '" + rows[static_cast<std::size_t>(p.template_row)] + "'", why);
      continue;
    }
    const Reading& r = p.readings[static_cast<std::size_t>(p.chosen)];
    std::vector<std::string> keys;
    for (std::size_t c = 0; c < kColumns; ++c) {
      keys.push_back(prefix + kColumnNames[c]);
      table.cells.push_back(ctx.cell_from_slot(keys.back(), p.row, r.slots[c]));
    }
    bool repaired = r.cost > 0 || p.readings.size() > 1;
    if (repaired) {
      for (std::size_t c = 0; c < kColumns; ++c) table.cells[table.cells.size() - kColumns + c].inferred = true;
      std::string evidence = "printed: " + describe_cells(p.row) + "; " +
                             (r.how.empty() ? std::string("read by position") : r.how) +
                             (p.readings.size() > 1 ? "; the only reading of " + std::to_string(p.readings.size()) +
                                                          " that makes the column totals (一+二=三(七)+四, "
                                                          "(七) = sum of outcomes) hold best"
                                                    : "; the only repair that keeps the row total");
      ctx.repaired(p.row, keys, "表三此行的单元格数与模板不符，已按表内勾稽关系修复",
                   "table 3: the row's cells did not match the template's columns; repaired by the table's arithmetic",
                   evidence);
    }
  }
  // Rows were placed in increasing template order, so the cells are in template order.
  finish_table_span(table, ctx.src);
}

}  // namespace gongkai::parsing
