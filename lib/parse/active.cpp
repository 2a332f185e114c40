// Table 二: 主动公开政府信息情况 (第二十条 items).
#include <algorithm>
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

namespace {

// The rows of table 二 of a format, in template order ("rules", "normative", ...).
std::vector<std::string> active_rows(Format format) {
  std::vector<std::string> rows;
  for (const auto& spec : field_specs(format)) {
    std::string_view key = spec.key;
    if (key.rfind("active.", 0) != 0) continue;
    std::string row(key.substr(7, key.rfind('.') - 7));
    if (rows.empty() || rows.back() != row) rows.push_back(row);
  }
  return rows;
}

// The row a label names, or "".
std::string_view named_row(const std::string& label) {
  for (const auto& r : kActiveRows) {
    if (!contains_any(label, r.words)) continue;
    if (r.row == "rules" && contains(label, "规章制度")) continue;
    return r.row;
  }
  return {};
}

}  // namespace

void read_active_table(ParseContext& ctx, Format format, std::size_t first, std::size_t last) {
  std::vector<DataRow> rows = read_rows(ctx.src, first, last);
  const std::vector<std::string> order = active_rows(format);
  std::vector<std::string> done;
  std::string previous;  // the row placed last: a row without its label is the next one
  for (auto& row : rows) {
    if (row.prose) continue;
    if (!row.has_printed()) {
      // A 第二十条 heading starts another block: position does not carry over it.
      if (!row.label.empty() && named_row(row.label).empty()) previous.clear();
      continue;
    }
    std::string name(named_row(row.label));
    bool by_position = false;
    if (name.empty() && row.label.empty() && !previous.empty()) {
      auto it = std::find(order.begin(), order.end(), previous);
      if (it != order.end() && it + 1 != order.end()) {
        name = *(it + 1);
        by_position = true;
      }
    }
    if (name.empty()) continue;
    std::string prefix = "active." + name + ".";
    std::vector<std::string> keys = keys_with_prefix(format, prefix);
    if (keys.empty()) continue;
    if (std::find(done.begin(), done.end(), prefix) != done.end()) continue;  // a repeated header row
    auto readings = row_readings(row, keys.size(), nullptr, 1);
    // By position, only a row with every cell in place.
    if (by_position && (readings.size() != 1 || readings.front().cost > 0)) continue;
    done.push_back(prefix);
    previous = name;
    if (readings.size() != 1) {
      ctx.unresolved(row, "表二“" + name + "”", "table 2 row '" + name + "'",
                     std::to_string(row.printed().size()) + " cells printed for " + std::to_string(keys.size()) +
                         " columns, and no arithmetic of the table decides where they belong");
      continue;
    }
    Table& table = table_for(ctx.report, "active");
    const Reading& r = readings.front();
    for (std::size_t c = 0; c < keys.size(); ++c) table.cells.push_back(ctx.cell_from_slot(keys[c], row, r.slots[c]));
    if (by_position) {
      for (std::size_t c = 0; c < keys.size(); ++c) table.cells[table.cells.size() - keys.size() + c].inferred = true;
      ctx.repaired(row, keys, "表二此行缺少行名，按模板中的位置放置", "table 2: a row without its label, placed by its position in the template",
                   "printed: " + describe_cells(row) + "; the row after " + std::string(*(std::find(order.begin(), order.end(), name) - 1)));
    } else if (r.cost > 0) {
      ctx.repaired(row, keys, "表二此行的单元格数与模板不符，已修复", "table 2: the row's cells were repaired",
                   "printed: " + describe_cells(row) + "; " + r.how);
    }
  }
  for (auto& t : ctx.report.tables)
    if (t.id == "active") finish_table(t, format, ctx.src);
}

}  // namespace gongkai::parsing
