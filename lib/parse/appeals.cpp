// Table 四: 政府信息公开行政复议、行政诉讼情况. Its 15 numbers come on one line,
// in three blocks of five under their own headings, or one per line under
// flattened headers.
#include <array>

#include "parse/label.hpp"
#include "parse/tables.hpp"

namespace gongkai::parsing {
namespace {

constexpr std::array<const char*, 3> kGroups = {"review", "litigation_direct", "litigation_after_review"};
constexpr std::array<const char*, 5> kColumns = {"maintained", "corrected", "other", "pending", "total"};

// The block a text names: 0 行政复议, 1 未经复议直接起诉, 2 复议后起诉; -1 none or several.
int group_named(std::string_view c) {
  bool after = contains(c, "复议后");
  bool direct = contains_any(c, {"直接起诉", "未经复议"});
  bool review = contains(c, "行政复议") && !contains(c, "诉讼");
  if (after + direct + review != 1) return -1;
  return after ? 2 : direct ? 1 : 0;
}

// The column a flattened label names, -1 when none.
int column_named(std::string_view c) {
  if (contains(c, "维持")) return 0;
  if (contains(c, "纠正") || contains(c, "纠错")) return 1;
  if (contains(c, "其他结果") || contains(c, "其他")) return 2;
  if (contains(c, "尚未审结") || contains(c, "未审结")) return 3;
  if (contains_any(c, {"总计", "合计"})) return 4;
  return -1;
}

bool block_totals_hold(const std::vector<Decimal>& v) {
  for (std::size_t b = 0; b + 5 <= v.size(); b += 5) {
    Decimal sum;
    for (std::size_t i = 0; i < 4; ++i)
      if (auto s = Decimal::add(sum, v[b + i])) sum = *s;
    if (sum != v[b + 4]) return false;
  }
  return true;
}

// Appends a chosen reading's cells for blocks starting at `group`.
void place(ParseContext& ctx, const DataRow& row, const Reading& r, std::size_t group) {
  Table& table = table_for(ctx.report, "appeals");
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < r.slots.size(); ++i) {
    std::string key = std::string(kGroups[group + i / 5]) + "." + kColumns[i % 5];
    keys.push_back(key);
    table.cells.push_back(ctx.cell_from_slot(key, row, r.slots[i]));
  }
  if (r.cost > 0)
    ctx.repaired(row, keys, "表四此行的单元格数与模板不符，已按“总计=各项之和”修复",
                 "table 4: the row's cells were repaired by total = sum of its parts",
                 "printed: " + describe_cells(row) + "; " + r.how);
}

std::vector<Reading> readings_of(const DataRow& row, std::size_t width) {
  auto r = row_readings(row, width, block_totals_hold, 1);
  if (r.empty() && (row.shape != LineShape::plain || row.printed().size() == width)) {
    // Printed as is, every cell in its place, but not adding up: keep what
    // is printed; validation reports it. (Text aligned with spaces shows no
    // blank cells, so there a row with fewer numbers has unknown columns.)
    auto as_printed = row_readings(row, width, nullptr, 0);
    if (as_printed.size() == 1) return as_printed;
  }
  return r;
}

}  // namespace

void read_appeals_table(ParseContext& ctx, std::size_t first) {
  const SourceText& src = ctx.src;
  std::size_t last = first;
  for (std::size_t i = first; i < src.size() && i < first + 80; ++i) {
    const std::string& c = src[i].compact;
    if (i > first + 1 && contains_any(c, {"存在的主要问题", "存在问题", "主要问题", "其他需要报告", "改进情况"})) break;
    last = i + 1;
  }
  std::vector<DataRow> rows = read_rows(src, first, last);
  join_split_rows(rows, 15);
  bool filled[3] = {false, false, false};
  int context = -1;       // the block the last heading named
  int next_block = 0;     // blocks without a heading come in template order
  std::vector<std::optional<Cell>> flat(15);
  for (auto& row : rows) {
    if (row.prose) continue;
    int named = group_named(row.label);
    bool header = false;  // a header line with blank marks among its words
    for (const auto& t : row.values) header |= t.kind == TokenKind::text;
    if (!row.has_printed() || header) {
      if (named >= 0) context = named;
      continue;
    }
    // Flattened headers: one value per line, its label naming block and column.
    auto printed = row.printed();
    int col = column_named(row.label);
    int g = named >= 0 ? named : context;
    if (printed.size() == 1 && col >= 0 && g >= 0) {
      if (filled[g]) continue;
      for (std::size_t k = 0; k < row.values.size(); ++k)
        if (row.values[k].kind != TokenKind::empty) {
          std::string key = std::string(kGroups[static_cast<std::size_t>(g)]) + "." + kColumns[static_cast<std::size_t>(col)];
          flat[static_cast<std::size_t>(g) * 5 + static_cast<std::size_t>(col)] = ctx.cell_from_token(key, row, k);
          break;
        }
      continue;
    }
    if (!filled[0] && !filled[1] && !filled[2]) {
      auto all = readings_of(row, 15);
      if (all.size() == 1) {
        place(ctx, row, all.front(), 0);
        filled[0] = filled[1] = filled[2] = true;
        break;
      }
    }
    auto five = readings_of(row, 5);
    if (five.size() == 1) {
      int block = named >= 0 ? named : context >= 0 ? context : next_block;
      while (block < 3 && filled[block] && named < 0 && context < 0) ++block;
      if (block < 3 && !filled[block]) {
        place(ctx, row, five.front(), static_cast<std::size_t>(block));
        filled[block] = true;
        next_block = block + 1;
      }
      context = -1;
    }
  }
  bool any_flat = false;
  for (auto& c : flat) any_flat |= c.has_value();
  if (any_flat) {
    Table& table = table_for(ctx.report, "appeals");
    for (std::size_t g = 0; g < 3; ++g) {
      if (filled[g]) continue;
      for (std::size_t c = 0; c < 5; ++c)
        if (flat[g * 5 + c]) table.cells.push_back(std::move(*flat[g * 5 + c]));
    }
  }
  for (auto& t : ctx.report.tables)
    if (t.id == "appeals") finish_table(t, Format::gk2021, src);  // table 四 is the same in both national formats
}

}  // namespace gongkai::parsing
