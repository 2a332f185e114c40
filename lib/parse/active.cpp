// Table 二: 主动公开政府信息情况 (第二十条 items).
#include <initializer_list>

#include "gongkai/fields.hpp"
#include "parse/label.hpp"
#include "parse/tables.hpp"

namespace gongkai::parsing {
namespace {

struct ActiveRow {
  std::string_view row;
  std::initializer_list<std::string_view> words;
};

// Longer names first: 行政规范性文件 and 规范性文件 are one row.
const ActiveRow kActiveRows[] = {
    {"other_services", {"其他对外管理服务", "对外管理服务"}},
    {"normative", {"规范性文件"}},
    {"rules", {"规章"}},
    {"licensing", {"行政许可"}},
    {"penalty", {"行政处罚"}},
    {"coercion", {"行政强制"}},
    {"fees", {"事业性收费", "行政收费"}},
    {"procurement", {"集中采购", "政府采购"}},
};

}  // namespace

std::vector<std::string> keys_with_prefix(Format format, std::string_view prefix) {
  std::vector<std::string> keys;
  for (const auto& spec : field_specs(format))
    if (spec.key.substr(0, prefix.size()) == prefix) keys.emplace_back(spec.key);
  return keys;
}

void read_active_table(ParseContext& ctx, Format format, std::size_t first, std::size_t last) {
  std::vector<DataRow> rows = read_rows(ctx.src, first, last);
  std::vector<std::string> done;
  for (auto& row : rows) {
    if (row.prose || !row.has_printed() || row.label.empty()) continue;
    std::string_view name;
    for (const auto& r : kActiveRows) {
      if (!contains_any(row.label, r.words)) continue;
      if (r.row == "rules" && contains(row.label, "规章制度")) continue;
      name = r.row;
      break;
    }
    if (name.empty()) continue;
    std::string prefix = "active." + std::string(name) + ".";
    std::vector<std::string> keys = keys_with_prefix(format, prefix);
    if (keys.empty()) continue;
    bool seen = false;
    for (const auto& d : done) seen |= d == prefix;
    if (seen) continue;  // a repeated header row
    auto readings = row_readings(row, keys.size(), nullptr, 1);
    done.push_back(prefix);
    if (readings.size() != 1) {
      ctx.unresolved(row, "表二“" + std::string(name) + "”", "table 2 row '" + std::string(name) + "'",
                     std::to_string(row.printed().size()) + " cells printed for " + std::to_string(keys.size()) +
                         " columns, and no arithmetic of the table decides where they belong");
      continue;
    }
    Table& table = table_for(ctx.report, "active");
    const Reading& r = readings.front();
    for (std::size_t c = 0; c < keys.size(); ++c) table.cells.push_back(ctx.cell_from_slot(keys[c], row, r.slots[c]));
    if (r.cost > 0)
      ctx.repaired(row, keys, "表二此行的单元格数与模板不符，已修复", "table 2: the row's cells were repaired",
                   "printed: " + describe_cells(row) + "; " + r.how);
  }
  for (auto& t : ctx.report.tables)
    if (t.id == "active") finish_table(t, format, ctx.src);
}

}  // namespace gongkai::parsing
