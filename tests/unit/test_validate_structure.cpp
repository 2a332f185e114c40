// Structure and metadata: the parts of 条例 第五十条, their order, the
// template's tables and cells, the title, year, era and publication date.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "gongkai/validate.hpp"
#include "validate_fixtures.hpp"

using gongkai::Diagnostic;
using gongkai::Format;
using gongkai::Report;
using gongkai::Severity;
using gongkai::ValidateOptions;
using gongkai::test::consistent_gk2019;
using gongkai::test::consistent_gk2021;
using gongkai::test::consistent_legacy;
using gongkai::test::ReportBuilder;

namespace {

std::vector<Diagnostic> findings(const Report& r, const std::string& rule) {
  return gongkai::test::of_rule(gongkai::validate(r), rule);
}

using Headings = std::vector<std::string>;

// The six parts' usual headings, in order.
Headings six() {
  return {"总体情况",
          "主动公开政府信息情况",
          "收到和处理政府信息公开申请情况",
          "政府信息公开行政复议、行政诉讼情况",
          "存在的主要问题及改进情况",
          "其他需要报告的事项"};
}

Headings without(Headings h, std::size_t i) {
  h.erase(h.begin() + static_cast<std::ptrdiff_t>(i));
  return h;
}

Headings replacing(Headings h, std::size_t i, const std::string& heading) {
  h[i] = heading;
  return h;
}

// A report with the consistent tables of its format and these top-level
// headings, numbered 一, 二, ... in turn (the parser's kind left empty).
ReportBuilder with_sections(const Headings& headings, Format format = Format::gk2021, int year = 2022) {
  ReportBuilder b(format, year);
  int n = 0;
  for (const auto& heading : headings) b.section(gongkai::test::chinese_numeral(++n), heading, "");
  ReportBuilder full = format == Format::gk2019 ? consistent_gk2019() : consistent_gk2021();
  b.report().tables = full.report().tables;
  return b;
}

}  // namespace

TEST_CASE("consistent reports have no finding at all", "[validate][structure]") {
  for (auto r : {consistent_gk2019().build(), consistent_gk2021().build(), consistent_legacy().build()}) {
    auto all = gongkai::validate(r);
    for (const auto& d : all) INFO(d.rule << ": " << d.message_en);
    CHECK(all.empty());
  }
}

TEST_CASE("SECTION-MISSING: the six parts, with the heading variants real reports use", "[validate][structure]") {
  SECTION("headings recognized without the parser's kind") {
    auto b = with_sections(replacing(replacing(six(), 0, "总 体 情 况"), 4, "政府信息公开工作存在的主要问题及改进情况"));
    CHECK(findings(b.build(), "SECTION-MISSING").empty());
  }
  SECTION("other wordings of the problems part") {
    for (const char* h : {"存在问题及改进情况", "存在的不足及改进措施", "主要问题及改进措施", "存在的主要问题及改进情况："}) {
      INFO(h);
      CHECK(findings(with_sections(replacing(six(), 4, h)).build(), "SECTION-MISSING").empty());
    }
  }
  SECTION("a missing part is an error in the national formats") {
    auto found = findings(with_sections(without(six(), 5)).build(), "SECTION-MISSING");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message_zh.find("其他需要报告的事项") != std::string::npos);
  }
  SECTION("a heading the parser left in a part's body still counts") {
    auto b = with_sections(without(six(), 5));
    b.report().sections.back().text = "一是加强培训。\n六、其他需要报告的事项\n无";
    CHECK(findings(b.build(), "SECTION-MISSING").empty());
  }
  SECTION("a part without its heading but with its table is a warning") {
    auto found = findings(with_sections(without(six(), 2)).build(), "SECTION-MISSING");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message_en.find("requests received and handled") != std::string::npos);
  }
  SECTION("reports before the revised 条例 and legacy reports get warnings") {
    auto b = with_sections({"总体情况", "主动公开政府信息情况"}, Format::gk2019, 2018);
    auto found = findings(b.build(), "SECTION-MISSING");
    REQUIRE(found.size() == 4);  // 三 and 四 (their tables are there), problems, other
    for (const auto& d : found) CHECK(d.severity == Severity::warning);
    auto legacy = consistent_legacy();
    legacy.report().sections.pop_back();
    auto lf = findings(legacy.build(), "SECTION-MISSING");
    REQUIRE(lf.size() == 1);
    CHECK(lf[0].severity == Severity::warning);
  }
}

TEST_CASE("SECTION-ORDER: misnumbered and out-of-order parts are warnings", "[validate][structure]") {
  SECTION("a skipped number") {
    auto b = with_sections(six());
    auto& sections = b.report().sections;
    sections[3].number = "五";
    sections[4].number = "六";
    sections[5].number = "七";
    auto found = findings(b.build(), "SECTION-ORDER");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].message_zh.find("应为“四”") != std::string::npos);
    CHECK(found[0].line == sections[3].span.line);
  }
  SECTION("parts out of order") {
    auto h = six();
    std::swap(h[1], h[2]);
    auto found = findings(with_sections(h).build(), "SECTION-ORDER");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_en.find("proactive disclosure") != std::string::npos);
  }
  SECTION("a list restarting at 一 inside a part is not the outline") {
    auto b = with_sections(six());
    b.section("一", "工作完成情况", "");
    auto& s = b.report().sections;
    std::rotate(s.begin() + 1, s.end() - 1, s.end());  // right after 一、总体情况
    CHECK(findings(b.build(), "SECTION-ORDER").empty());
  }
  SECTION("the outline continues after a numbered list inside a part") {
    auto b = with_sections(six());
    b.section("一", "加强组织领导", "").section("二", "完善制度建设", "").section("三", "强化平台建设", "");
    auto& s = b.report().sections;
    std::rotate(s.begin() + 1, s.end() - 3, s.end());
    CHECK(findings(b.build(), "SECTION-ORDER").empty());
    // ... but a number that continues neither list is reported.
    s.back().number = "七";
    auto found = findings(b.build(), "SECTION-ORDER");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_zh.find("应为“六”") != std::string::npos);
  }
  SECTION("row labels of a table read as headings are ignored") {
    auto b = with_sections(six());
    b.section("一", "本年新收政府信息公开申请数量", "").section("二", "上年结转政府信息公开申请数量", "");
    auto& s = b.report().sections;
    std::rotate(s.begin() + 3, s.end() - 2, s.end());  // inside 三
    CHECK(findings(b.build(), "SECTION-ORDER").empty());
  }
}

TEST_CASE("TABLE-MISSING and FIELD-MISSING", "[validate][structure]") {
  SECTION("a table of the template that is not there") {
    auto b = consistent_gk2019();
    auto& tables = b.report().tables;
    tables.erase(std::remove_if(tables.begin(), tables.end(), [](const gongkai::Table& t) { return t.id == "appeals"; }),
                 tables.end());
    auto found = findings(b.build(), "TABLE-MISSING");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].message_en.find("appeals") != std::string::npos);
    CHECK(findings(b.build(), "FIELD-MISSING").empty());
  }
  SECTION("a legacy report without its 统计表") {
    auto b = consistent_legacy();
    b.report().tables.clear();
    CHECK(findings(b.build(), "TABLE-MISSING").size() == 1);
  }
  SECTION("a narrative report needs no table") {
    ReportBuilder b(Format::narrative, 2017);
    b.six_sections();
    CHECK(findings(b.build(), "TABLE-MISSING").empty());
  }
  SECTION("cells not read: one finding per table, naming every key") {
    auto b = consistent_gk2019();
    b.absent("active.fees.prev_items").absent("active.fees.delta").absent("applications.granted.social");
    auto found = findings(b.build(), "FIELD-MISSING");
    REQUIRE(found.size() == 2);
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].cells.size() == 2);
    CHECK(found[0].cells[0].key == "active.fees.prev_items");
    CHECK(found[1].cells.size() == 1);
    CHECK(found[1].message_zh.find("applications.granted.social") != std::string::npos);
  }
}

TEST_CASE("CELL-NOT-NUMBER: text in a cell, but not a blank mark", "[validate][structure]") {
  auto b = consistent_gk2021();
  b.mark("review.other", "无").mark("review.pending", "/");
  CHECK(findings(b.build(), "CELL-NOT-NUMBER").empty());
  b.text("review.other", "若干");
  auto found = findings(b.build(), "CELL-NOT-NUMBER");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message_zh.find("若干") != std::string::npos);
  CHECK(found[0].line == b.report().find_cell("review.other")->span.line);
}

TEST_CASE("META-TITLE and META-YEAR", "[validate][metadata]") {
  auto b = consistent_gk2021();
  CHECK(findings(b.build(), "META-TITLE").empty());
  CHECK(findings(b.build(), "META-YEAR").empty());
  SECTION("no title") {
    b.report().meta.title.clear();
    CHECK(findings(b.build(), "META-TITLE").size() == 1);
    CHECK(findings(b.build(), "META-YEAR").empty());  // the year is still known
  }
  SECTION("no year anywhere") {
    b.report().meta.title = "示例区人民政府政府信息公开工作年度报告";
    b.report().meta.year.reset();
    auto found = findings(b.build(), "META-YEAR");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::warning);
  }
  SECTION("the title's year against the statistics period") {
    b.report().meta.period_start = "2021-01-01";
    b.report().meta.period_end = "2021-12-31";
    auto found = findings(b.build(), "META-YEAR");
    REQUIRE(found.size() == 1);
    CHECK(found[0].message_zh.find("2022") != std::string::npos);
  }
  SECTION("a title with full-width digits and spaces") {
    b.report().meta.title = "示例区人民政府 ２０２２ 年政府信息公开工作年度报告";
    CHECK(findings(b.build(), "META-YEAR").empty());
  }
}

TEST_CASE("TEMPLATE-ERA: the tables' format against the report year", "[validate][metadata]") {
  CHECK(findings(consistent_gk2019().build(), "TEMPLATE-ERA").empty());  // 2020
  CHECK(findings(consistent_gk2021().build(), "TEMPLATE-ERA").empty());  // 2022
  auto late2019 = consistent_gk2019();
  late2019.report().meta.year = 2021;
  CHECK(findings(late2019.build(), "TEMPLATE-ERA").size() == 1);
  auto early2021 = consistent_gk2021();
  early2021.report().meta.year = 2020;
  auto found = findings(early2021.build(), "TEMPLATE-ERA");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  auto legacy = consistent_legacy();
  legacy.report().meta.year = 2020;
  CHECK(findings(legacy.build(), "TEMPLATE-ERA").size() == 1);
}

TEST_CASE("PUBLISHED-LATE: after 31 March of the following year", "[validate][metadata]") {
  auto b = consistent_gk2021();  // 2022, published 2023-01-20
  CHECK(findings(b.build(), "PUBLISHED-LATE").empty());
  b.report().meta.published = "2023-03-31";
  CHECK(findings(b.build(), "PUBLISHED-LATE").empty());
  b.report().meta.published = "2023-04-01";
  b.report().meta.published_span.line = 88;
  auto found = findings(b.build(), "PUBLISHED-LATE");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::info);
  CHECK(found[0].line == 88);
}

TEST_CASE("validate() options switch families of checks off", "[validate]") {
  auto b = consistent_gk2021();
  b.number("review.total", 3);
  b.report().meta.title.clear();
  gongkai::ValidateOptions only_meta;
  only_meta.arithmetic = only_meta.structure = only_meta.text = false;
  auto found = gongkai::validate(b.build(), only_meta);
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "META-TITLE");
}
