// The legacy 统计表 (about 2014–2018): one value per row, rows named by the
// 统计指标 labels of fields.tsv. Some labels repeat (被依法纠错数 under both
// 行政复议 and 行政诉讼), so rows are matched in template order.
#include "gongkai/fields.hpp"
#include "parse/label.hpp"
#include "parse/tables.hpp"

namespace gongkai::parsing {
namespace {

// The label without a unit cell that followed it ("…数条" → "…数").
std::string without_unit(std::string label) {
  static const std::string_view units[] = {"人次", "万元", "条", "件", "次", "篇", "个", "人", "元", "项"};
  for (auto u : units) {
    if (label.size() > u.size() + 6 && label.compare(label.size() - u.size(), u.size(), u) == 0) {
      label.resize(label.size() - u.size());
      break;
    }
  }
  return label;
}

bool labels_match(const std::string& printed, const std::string& spec) {
  if (printed == spec) return true;
  if (length_cp(spec) < 4 || length_cp(printed) < 4) return false;
  return contains(printed, spec) || contains(spec, printed);
}

std::size_t find_legacy_start(const SourceText& src) {
  for (std::size_t i = 0; i < src.size(); ++i) {
    const std::string& c = src[i].compact;
    if (contains_any(c, {"统计指标", "主动公开政府信息数", "收到申请数"}) && !contains(src[i].norm, "。")) return i;
  }
  return src.size();
}

}  // namespace

void read_legacy_table(ParseContext& ctx) {
  const auto& specs = field_specs(Format::legacy);
  std::vector<std::string> spec_labels;
  for (const auto& s : specs) spec_labels.push_back(compact_label(s.row, true));
  std::size_t first = find_legacy_start(ctx.src);
  if (first >= ctx.src.size()) return;
  std::vector<DataRow> rows = read_rows(ctx.src, first, ctx.src.size());
  std::vector<bool> used(specs.size(), false);
  std::size_t next = 0;
  Table& table = table_for(ctx.report, "legacy");
  for (auto& row : rows) {
    if (row.prose || !row.has_printed() || row.label.empty()) continue;
    std::string label = without_unit(compact_label(row.label_text, true));
    std::size_t found = specs.size();
    for (std::size_t k = next; k < specs.size() && found == specs.size(); ++k)
      if (!used[k] && labels_match(label, spec_labels[k])) found = k;
    for (std::size_t k = 0; k < next && found == specs.size(); ++k)  // printed out of order
      if (!used[k] && label == spec_labels[k]) found = k;
    if (found == specs.size()) continue;
    // The count is the last printed cell (统计数); a unit or —— may precede it.
    std::size_t index = row.values.size();
    for (std::size_t k = row.values.size(); k-- > 0;)
      if (row.values[k].kind != TokenKind::empty) {
        index = k;
        break;
      }
    if (index == row.values.size()) continue;
    used[found] = true;
    next = found + 1;
    table.cells.push_back(ctx.cell_from_token(std::string(specs[found].key), row, index));
  }
  finish_table(table, Format::legacy, ctx.src);
}

}  // namespace gongkai::parsing
