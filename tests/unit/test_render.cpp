// Markdown and HTML rendering: the template's layout, every cell at its key,
// cells named by findings marked with the finding.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "gongkai/fields.hpp"
#include "gongkai/render.hpp"
#include "test_json_sample_report.hpp"

using namespace gongkai;

namespace {

std::size_t count_of(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + needle.size())) ++n;
  return n;
}

// The <td ...>...</td> of a key.
std::string td_of(const std::string& html, const std::string& key) {
  auto p = html.find("data-key=\"" + key + "\"");
  REQUIRE(p != std::string::npos);
  auto begin = html.rfind("<td", p);
  auto end = html.find("</td>", p);
  return html.substr(begin, end - begin + 5);
}

}  // namespace

TEST_CASE("HTML draws table 三 with the template's merged headers and row labels", "[render]") {
  std::string html = to_html(testing::sample_report());
  CHECK(html.find("<th colspan=\"7\">申请人情况</th>") != std::string::npos);
  CHECK(html.find("<th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th>") !=
        std::string::npos);
  CHECK(html.find("<th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th>") !=
        std::string::npos);
  // gk2019: 三、 spans granted … total, twenty rows; 不予公开 spans its eight.
  CHECK(html.find("<th class=\"gk-label\" rowspan=\"20\">三、本年度办理结果</th>") != std::string::npos);
  CHECK(html.find("<th class=\"gk-label\" rowspan=\"8\">（三）不予公开</th><th class=\"gk-label\">1.属于国家秘密</th>") !=
        std::string::npos);
  CHECK(html.find("<th class=\"gk-label\" colspan=\"3\">一、本年新收政府信息公开申请数量</th>") != std::string::npos);
  // Table 四: two header levels over fifteen cells.
  CHECK(html.find("<th colspan=\"5\">行政复议</th><th colspan=\"10\">行政诉讼</th>") != std::string::npos);
  CHECK(html.find("<th colspan=\"5\">未经复议直接起诉</th><th colspan=\"5\">复议后起诉</th>") != std::string::npos);
}

TEST_CASE("HTML has one data cell per field key of the format, with its value", "[render]") {
  for (Format f : {Format::gk2021, Format::gk2019, Format::legacy}) {
    Report r;
    r.meta.format = f;
    Table t;
    t.id = f == Format::legacy ? "legacy" : "applications";
    std::int64_t n = 1;
    for (const auto& s : field_specs(f))
      t.cells.push_back(testing::number_cell(std::string(s.key), 1000 + n++, 0, 7));
    r.tables.push_back(t);
    std::string html = to_html(r);
    INFO(format_name(f));
    CHECK(count_of(html, "data-key=\"") == field_specs(f).size());
    n = 1;
    for (const auto& s : field_specs(f)) {
      std::string td = td_of(html, std::string(s.key));
      CHECK(td.find(">" + std::to_string(1000 + n++) + "</td>") != std::string::npos);
    }
    // Balanced rows and cells.
    CHECK(count_of(html, "<tr") == count_of(html, "</tr>"));
    CHECK(count_of(html, "<td") == count_of(html, "</td>"));
    CHECK(count_of(html, "<th") == count_of(html, "</th>"));
  }
}

TEST_CASE("HTML marks the cells a finding names, with the finding on hover", "[render]") {
  std::string html = to_html(testing::sample_report());
  std::string td = td_of(html, "applications.received.total");
  CHECK(td.find("gk-finding gk-error") != std::string::npos);
  CHECK(td.find("data-rules=\"T3-BALANCE\"") != std::string::npos);
  CHECK(td.find("title=\"T3-BALANCE [error] 第一项加第二项之和不等于第三项加第四项之和（总计） / received + carried over") !=
        std::string::npos);
  CHECK(td.find("gk-inferred") != std::string::npos);
  // A cell no finding names has no mark.
  std::string plain = td_of(html, "active.procurement.items");
  CHECK(plain.find("gk-finding") == std::string::npos);
  CHECK(plain.find("title=") == std::string::npos);
  // The blank total with a derived value shows it.
  std::string derived = td_of(html, "applications.carried_over.total");
  CHECK(derived.find("gk-derived") != std::string::npos);
  CHECK(derived.find("gk-absent") != std::string::npos);
  // Notes, blank marks and text are shown as printed.
  CHECK(td_of(html, "applications.received.natural").find("<span class=\"gk-note\">其中修订16件</span>") !=
        std::string::npos);
  CHECK(td_of(html, "active.rules.total").find(">无</td>") != std::string::npos);
}

TEST_CASE("HTML is self-contained and escapes report text", "[render]") {
  Report r = testing::sample_report();
  r.meta.title = "<script>alert('x')</script>&";
  r.diagnostics[0].message_zh = "a \"quoted\" <b>message</b>";
  std::string html = to_html(r);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;") != std::string::npos);
  CHECK(html.find("a &quot;quoted&quot; &lt;b&gt;message&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("http") == std::string::npos);   // no external resource at all
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
}

TEST_CASE("Markdown: one pipe table per block, marked cells point at findings", "[render]") {
  Report r = testing::sample_report();
  std::string md = to_markdown(r);
  CHECK(md.rfind("# 西工区人民政府2020年政府信息公开工作年度报告\n", 0) == 0);
  CHECK(md.find("| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |") != std::string::npos);
  CHECK(md.find("| 三、本年度办理结果 （三）不予公开 1.属于国家秘密 |") != std::string::npos);
  CHECK(md.find("| 一、本年新收政府信息公开申请数量 | 22（其中修订16件） |  |  |  |  |  | 13 ⚠1 |") !=
        std::string::npos);
  CHECK(md.find("| 第二十条第（九）项 政府集中采购 | 9 | 1723.2952 |") != std::string::npos);
  CHECK(md.find("| 1 | T3-BALANCE | error | 42 |") != std::string::npos);
  // Every table row has as many cells as its header.
  std::size_t header_cells = 0;
  std::istringstream lines(md);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("|", 0) != 0) {
      header_cells = 0;
      continue;
    }
    std::size_t cells = 0;
    for (std::size_t i = 0; i < line.size(); ++i)
      if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++cells;
    if (header_cells == 0) header_cells = cells;
    INFO(line);
    CHECK(cells == header_cells);
  }
}

TEST_CASE("the legacy table keeps its part headings and units", "[render]") {
  Report r;
  r.meta.format = Format::legacy;
  Table t;
  t.id = "legacy";
  t.cells.push_back(testing::number_cell("legacy.org.staff", 3, 0, 80));
  r.tables.push_back(t);
  std::string md = to_markdown(r);
  CHECK(md.find("| **八、机构建设和保障经费情况** | | |") != std::string::npos);
  CHECK(md.find("| （三）从事政府信息公开工作人员数 | 人 | 3 |") != std::string::npos);
  std::string html = to_html(r);
  CHECK(html.find("<th class=\"gk-label gk-heading\" colspan=\"3\">一、主动公开情况</th>") != std::string::npos);
}

TEST_CASE("a narrative report renders without tables and says so", "[render]") {
  Report r;
  r.meta.title = "某局2022年政府信息公开工作年度报告";
  CHECK(to_html(r).find("本报告没有统计表 / this report has no statistics table") != std::string::npos);
  CHECK(to_markdown(r).find("本报告没有统计表") != std::string::npos);
  CHECK(to_html(r).find("<table data-table") == std::string::npos);
}
