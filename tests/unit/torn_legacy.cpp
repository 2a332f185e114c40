#include "torn_legacy.hpp"

#include <vector>

#include "gongkai/fields.hpp"

namespace gktest {
namespace {

struct LegacyRow {
  std::string label, unit, value;  ///< as printed ("" blank)
};

// A long label (the 统计表's run to forty characters) wraps in its cell:
// one-cell-a-line text prints it over two lines.
void add_label(std::string& out, const std::string& label, const Tear& tear, unsigned& rng) {
  if (label.empty()) return;
  if (tear.wrapped && label.size() > 45 && next_random(rng) % 2 == 0) {
    auto [a, b] = halves(label);
    out += a + "\n" + b + "\n";
  } else {
    out += label + "\n";
  }
}

const char* const kHeader[] = {"统计指标", "单位", "统计数"};

}  // namespace

TornReport torn_legacy_report(const Values& values, ReadOrder order, const Tear& given, unsigned seed) {
  unsigned rng = seed * 69069u + 5u;
  Tear tear = given;
  // Text with one cell a line keeps no trace of an empty cell: blanks are
  // printed marked (—) there.
  const bool one_cell_a_line =
      order != ReadOrder::rows_tabs && order != ReadOrder::rows_spaces && order != ReadOrder::rows_aligned;
  TornReport r;
  std::vector<LegacyRow> rows;
  std::size_t lost_in_a_row = 0;
  for (const auto& spec : gongkai::field_specs(gongkai::Format::legacy)) {
    LegacyRow row{std::string(spec.row), std::string(spec.column), values.at(std::string(spec.key))};
    if (tear.zeros_blank && row.value == "0" && next_random(rng) % 2 == 0) row.value = "";
    r.expected[std::string(spec.key)] = row.value;
    if (row.value.empty() && one_cell_a_line) row.value = "—";
    if (tear.letter_spaced && row.label.size() < 30 && next_random(rng) % 5 == 0) row.label = letter_spaced(row.label);
    // A few labels lost, never two in a row, never the first, never a blank row's.
    if (tear.lost_labels && !rows.empty() && lost_in_a_row == 0 && !row.value.empty() && row.value != "—" &&
        next_random(rng) % 8 == 0) {
      row.label.clear();
      lost_in_a_row = 1;
    } else {
      lost_in_a_row = 0;
    }
    if (tear.notes && row.value != "" && row.value != "—" && row.value != "0" && next_random(rng) % 15 == 0)
      row.value += "（其中网上" + std::string("1") + "件）";
    rows.push_back(std::move(row));
  }

  const int year = 2014 + static_cast<int>(seed % 5);
  const std::string y = std::to_string(year);
  std::string& out = r.text;
  out += "示例县人民政府" + y + "年政府信息公开工作年度报告\n\n";
  out += "本报告所列数据的统计期限自" + y + "年1月1日起至" + y + "年12月31日止。\n\n";
  out += "一、概述\n\n本年度全县政府信息公开工作平稳推进。\n\n";
  out += "二、主动公开政府信息情况\n\n全年主动公开政府信息" + values.at("legacy.active.count") + "条。\n\n";
  out += "三、依申请公开政府信息情况\n\n";
  if (tear.prose_before)
    out += "全年共收到申请" + values.at("legacy.requests.received") + "件，其中当面申请" +
           values.at("legacy.requests.in_person") + "件，网络申请" + values.at("legacy.requests.online") +
           "件，均按时答复。\n\n";
  else
    out += "按时答复。\n\n";
  out += "四、政府信息公开的收费及减免情况\n\n未收取费用。\n\n五、因政府信息公开申请行政复议、提起行政诉讼的情况\n\n无。\n\n";
  out += "六、存在的主要问题及改进情况\n\n公开质量有待提高。\n\n七、其他需要报告的事项\n\n无。\n\n";
  out += "附件：示例县人民政府" + y + "年政府信息公开情况统计表\n\n";

  // Pages of the table: a page break prints a footer, and the header again.
  std::vector<std::size_t> breaks;
  if (tear.footers) breaks = {rows.size() / 3 + next_random(rng) % 5, 2 * rows.size() / 3 + next_random(rng) % 5};
  int page = 4;
  auto header = [&](const std::string& sep) {
    out += std::string(kHeader[0]) + sep + kHeader[1] + sep + kHeader[2] + "\n";
  };
  auto page_break = [&](const std::string& sep) {
    out += "\n- " + std::to_string(++page) + " -\n\n";
    header(sep);
  };
  // The table's rows page by page: [first, last) of each.
  std::vector<std::pair<std::size_t, std::size_t>> pages;
  std::size_t start = 0;
  for (std::size_t b : breaks) {
    pages.emplace_back(start, b);
    start = b;
  }
  pages.emplace_back(start, rows.size());

  for (std::size_t p = 0; p < pages.size(); ++p) {
    const auto [first, last] = pages[p];
    switch (order) {
      case ReadOrder::rows_tabs:
      case ReadOrder::rows_spaces:
      case ReadOrder::rows_aligned: {
        const std::string sep = order == ReadOrder::rows_tabs ? "\t" : "    ";
        if (p == 0) header(sep);
        for (std::size_t k = first; k < last; ++k) {
          const LegacyRow& row = rows[k];
          std::string line = row.label;
          line += (line.empty() ? "" : sep) + row.unit;
          // An empty cell: kept between tabs, nothing at all with spaces.
          if (!row.value.empty() || order == ReadOrder::rows_tabs) line += sep + row.value;
          out += line + "\n";
        }
        break;
      }
      case ReadOrder::cell_per_line:
      case ReadOrder::labels_after:
        if (p == 0) header("\n");
        for (std::size_t k = first; k < last; ++k) {
          const LegacyRow& row = rows[k];
          if (order == ReadOrder::cell_per_line) add_label(out, row.label, tear, rng);
          out += row.unit + "\n" + row.value + "\n";
          if (order == ReadOrder::labels_after) add_label(out, row.label, tear, rng);
        }
        break;
      case ReadOrder::labels_first:
      case ReadOrder::columns:
      case ReadOrder::columns_apart:
        // A page's columns one after another (pdfminer): the labels, the
        // units (not for labels_first: a table printed without them), the
        // values; columns_apart prints each label with its unit.
        if (p == 0) header("\n");
        for (std::size_t k = first; k < last; ++k) {
          const LegacyRow& row = rows[k];
          if (order == ReadOrder::columns_apart) {
            if (!row.label.empty()) out += row.label + " " + row.unit + "\n";
          } else {
            add_label(out, row.label, tear, rng);
          }
        }
        if (order == ReadOrder::columns)
          for (std::size_t k = first; k < last; ++k) out += rows[k].unit + "\n";
        for (std::size_t k = first; k < last; ++k) out += rows[k].value + "\n";
        break;
      case ReadOrder::count: break;
    }
    if (p + 1 < pages.size()) {
      const bool lines = order == ReadOrder::rows_tabs || order == ReadOrder::rows_spaces || order == ReadOrder::rows_aligned;
      page_break(order == ReadOrder::rows_tabs ? "\t" : lines ? "    " : "\n");
    }
  }
  out += "\n示例县人民政府\n" + std::to_string(year + 1) + "年3月20日\n";
  return r;
}

}  // namespace gktest
