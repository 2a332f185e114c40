// What a cell holds: numbers with notes, units, signs and separators, blank
// marks, text; and where it came from in the original bytes.
#include <catch2/catch.hpp>

#include <string>

#include "gongkai/error.hpp"
#include "gongkai/parse.hpp"

namespace {

// A small gk2019 report whose table 二 rows are given.
std::string active_report(const std::string& rows) {
  return "示例区人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n本年度工作平稳。\n\n二、主动公开政府信息情况\n\n"
         "第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n" +
         rows + "\n三、收到和处理政府信息公开申请情况\n\n无。\n";
}

const gongkai::Cell& cell(const gongkai::Report& r, const char* key) {
  const gongkai::Cell* c = r.find_cell(key);
  INFO("key " << key);
  REQUIRE(c != nullptr);
  return *c;
}

}  // namespace

TEST_CASE("a note inside a cell is kept and the number read", "[parse][cells]") {
  auto r = gongkai::parse(active_report("规章\t0\t0\t0\n规范性文件\t22（其中修订16件）\t20\t85\n"));
  const auto& c = cell(r, "active.normative.made");
  CHECK(c.state == gongkai::CellState::number);
  CHECK(c.value->to_string() == "22");
  CHECK(c.note == "其中修订16件");
  CHECK(c.raw == "22（其中修订16件）");
}

TEST_CASE("thousands separators, full-width digits, signs and 万元 decimals", "[parse][cells]") {
  std::string text =
      "示例区人民政府2020年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
      "第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n"
      "行政许可\t１２３\t－５３\t24,092\n其他对外管理服务事项\t184\t+56\t1 351\n"
      "第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额（单位：万元，保留4位小数）\n政府集中采购\t9\t1723.2952\n";
  auto r = gongkai::parse(text);
  CHECK(cell(r, "active.licensing.prev_items").value->to_string() == "123");
  CHECK(cell(r, "active.licensing.prev_items").raw == "１２３");
  CHECK(cell(r, "active.licensing.delta").value->to_string() == "-53");
  CHECK(cell(r, "active.licensing.decisions").value->to_string() == "24092");
  CHECK(cell(r, "active.other_services.delta").value->to_string() == "56");
  CHECK(cell(r, "active.procurement.amount_wan").value->to_string() == "1723.2952");
}

TEST_CASE("an amount printed in 元 is converted to 万元 and reported", "[parse][cells]") {
  std::string text =
      "示例区人民政府2020年政府信息公开工作年度报告\n\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
      "规章\t0\t0\t0\n第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n"
      "政府集中采购\t9\t17232952元\n";
  auto r = gongkai::parse(text);
  const auto& c = cell(r, "active.procurement.amount_wan");
  CHECK(c.value->to_string() == "1723.2952");
  CHECK(c.inferred);
  bool reported = false;
  for (const auto& d : r.diagnostics)
    if (d.rule == "CELL-REPAIRED" && !d.cells.empty() && d.cells[0].key == "active.procurement.amount_wan") reported = true;
  CHECK(reported);
}

TEST_CASE("blank cells and blank marks are kept as printed", "[parse][cells]") {
  auto r = gongkai::parse(active_report("规章\t无\t—\t/\n规范性文件\t1\t\t3\n"));
  CHECK(cell(r, "active.rules.made").state == gongkai::CellState::blank_mark);
  CHECK(cell(r, "active.rules.made").raw == "无");
  CHECK(cell(r, "active.rules.published").state == gongkai::CellState::blank_mark);
  CHECK(cell(r, "active.rules.total").state == gongkai::CellState::blank_mark);
  CHECK(cell(r, "active.normative.published").state == gongkai::CellState::blank);
  CHECK(!cell(r, "active.normative.published").value);
  CHECK(cell(r, "active.normative.total").value->to_string() == "3");
}

TEST_CASE("text in a value cell is a cell that is not a number", "[parse][cells]") {
  auto r = gongkai::parse(active_report("规章\t0\t0\t0\n规范性文件\t1\t见附件\t3\n"));
  const auto& c = cell(r, "active.normative.published");
  CHECK(c.state == gongkai::CellState::not_number);
  CHECK(c.raw == "见附件");
}

TEST_CASE("a cell's span points at its bytes, line and column in the original", "[parse][cells][span]") {
  // An ideographic space and full-width digits before the cell: columns count code points.
  std::string text = active_report("规章\t0\t0\t0\n　规范性文件\t１\t２２\t3\n");
  auto r = gongkai::parse(text);
  const auto& c = cell(r, "active.normative.published");
  CHECK(text.substr(c.span.begin, c.span.end - c.span.begin) == "２２");
  std::size_t line_start = text.rfind('\n', c.span.begin) + 1;
  std::size_t line_no = 1;
  for (std::size_t i = 0; i < line_start; ++i) line_no += text[i] == '\n';
  CHECK(c.span.line == line_no);
  CHECK(c.span.column == 10);  // 　规范性文件⇥１⇥ is 9 code points
}

TEST_CASE("CRLF and CR line ends count as one line each", "[parse][span]") {
  std::string text = "示例区人民政府2019年政府信息公开工作年度报告\r\n\r\n第二十条第（一）项\r\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\r"
                     "规章\t0\t0\t0\r\n规范性文件\t1\t2\t3\r\n";
  auto r = gongkai::parse(text);
  CHECK(cell(r, "active.normative.total").span.line == 6);
  CHECK(r.input_lines == 6);
}

TEST_CASE("input that is not a report text is refused with its status", "[parse][errors]") {
  using gongkai::Status;
  auto status_of = [](std::string_view s, gongkai::ParseOptions o = {}) {
    try {
      gongkai::parse(s, o);
    } catch (const gongkai::Error& e) {
      return e.status();
    }
    return Status::ok;
  };
  CHECK(status_of("") == Status::empty_input);
  CHECK(status_of(" \n\t\r\n") == Status::empty_input);
  static const char zip[] = "PK\x03\x04\0\0\0\x14\0\x06\0\0\0";
  CHECK(status_of(std::string(zip, sizeof zip - 1)) == Status::binary_input);
  CHECK(status_of("报告\n\xff\xfe 坏") == Status::invalid_utf8);
  gongkai::ParseOptions small;
  small.max_input_bytes = 10;
  CHECK(status_of("一二三四五六七八九十", small) == Status::too_large);
  try {
    gongkai::parse("第一行\n第二行\xe4\xb8 坏");
    FAIL("invalid UTF-8 was accepted");
  } catch (const gongkai::Error& e) {
    CHECK(e.offset() == 19);
    CHECK(e.line() == 2);
    CHECK(e.column() == 4);
  }
}

TEST_CASE("a text with no table is a narrative report", "[parse][narrative]") {
  auto r = gongkai::parse(
      "某某开发区政府信息公开工作年度报告（2017年度）\n\n一、概述\n\n2017年，我区认真贯彻落实条例。\n\n二、主动公开政府信息情况\n\n"
      "全年主动公开信息1200条。\n");
  CHECK(r.meta.format == gongkai::Format::narrative);
  CHECK(r.meta.organ == "某某开发区");
  REQUIRE(r.meta.year);
  CHECK(*r.meta.year == 2017);
  CHECK(r.tables.empty());
  REQUIRE(r.sections.size() == 2);
  CHECK(r.sections[0].kind == "overview");
  CHECK(r.sections[1].text == "全年主动公开信息1200条。");
}

TEST_CASE("the signature date in Chinese numerals", "[parse][meta]") {
  auto r = gongkai::parse("某县人民政府2018年政府信息公开工作年度报告\n\n一、总体情况\n\n工作平稳。\n\n某县人民政府\n二〇一九年三月二十一日\n");
  REQUIRE(r.meta.published);
  CHECK(*r.meta.published == "2019-03-21");
}

TEST_CASE("a title wrapped over two lines", "[parse][meta]") {
  auto r = gongkai::parse("某市交通运输局\n2021年政府信息公开工作年度报告\n\n一、总体情况\n\n工作平稳。\n");
  CHECK(r.meta.organ == "某市交通运输局");
  CHECK(r.meta.title == "某市交通运输局2021年政府信息公开工作年度报告");
}

TEST_CASE("a web page's 发布日期 when no date is under the signature", "[parse][meta]") {
  auto r = gongkai::parse("某区教育局2020年政府信息公开工作年度报告\n发布日期：2021-01-29  来源：某区教育局\n\n一、总体情况\n\n工作平稳。\n");
  CHECK(!r.meta.published);  // the line holds more than a date
  auto r2 = gongkai::parse("某区教育局2020年政府信息公开工作年度报告\n发布日期：2021-01-29\n\n一、总体情况\n\n工作平稳。\n");
  REQUIRE(r2.meta.published);
  CHECK(*r2.meta.published == "2021-01-29");
}

TEST_CASE("a number inside a label's brackets is part of the label", "[parse][legacy]") {
  auto r = gongkai::parse(
      "某局2016年政府信息公开工作年度报告\n\n统计指标 单位 统计数\n"
      "(一)主动公开政府信息数 (不同渠道和方式公开相同信息计 1 条) 条 83\n其中:主动公开规范性文件数 条 2\n"
      "制发规范性文件总数 件 3\n(一)收到申请数 件 5\n");
  CHECK(r.meta.format == gongkai::Format::legacy);
  CHECK(cell(r, "legacy.active.count").value->to_string() == "83");
  CHECK(cell(r, "legacy.active.normative_published").value->to_string() == "2");
  CHECK(cell(r, "legacy.requests.received").value->to_string() == "5");
}

TEST_CASE("pipe rows without their outer pipes", "[parse][cells]") {
  auto r = gongkai::parse(active_report("规章 | 0 | 1 | 2\n规范性文件 | 3 | 4 | 5\n"));
  CHECK(cell(r, "active.rules.total").value->to_string() == "2");
  CHECK(cell(r, "active.normative.made").value->to_string() == "3");
}

TEST_CASE("a web page's title field, and the organ from the signature", "[parse][meta]") {
  auto r = gongkai::parse(
      "标题：2020年政府信息公开工作年度报告\n\n2020年政府信息公开工作年度报告\n\n一、总体情况\n\n工作平稳。\n\n"
      "某市生态环境局\n2021年1月25日\n");
  CHECK(r.meta.title == "2020年政府信息公开工作年度报告");
  CHECK(r.meta.organ == "某市生态环境局");
  REQUIRE(r.meta.year);
  CHECK(*r.meta.year == 2020);
  auto r2 = gongkai::parse("标题：某县2019年政府信息公开工作年度报告\n\n一、总体情况\n\n工作平稳。\n");
  CHECK(r2.meta.title == "某县2019年政府信息公开工作年度报告");
  CHECK(r2.meta.organ == "某县");
}

TEST_CASE("a table 二 row without its label is the next row of its block", "[parse][cells]") {
  std::string text =
      "示例区人民政府2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
      "第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t1\n\t6\t1\t32\n"
      "第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t693957\n\t2154\n"
      "第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n\t4068.208\n";
  auto r = gongkai::parse(text);
  CHECK(cell(r, "active.normative.in_force").value->to_string() == "32");
  CHECK(cell(r, "active.normative.issued").inferred);
  CHECK(cell(r, "active.coercion.decisions").value->to_string() == "2154");
  CHECK(cell(r, "active.coercion.decisions").placed == gongkai::CellPlacement::position);
  // The only row of a block under its 第二十条 heading: the heading names it.
  CHECK(cell(r, "active.fees.amount_wan").value->to_string() == "4068.208");
  CHECK(cell(r, "active.fees.amount_wan").placed == gongkai::CellPlacement::printed);
}
