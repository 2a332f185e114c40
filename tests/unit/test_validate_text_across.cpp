// Figures in the prose against the tables, and checks across reports (the
// year before, a parent and its organs).
#include <catch2/catch.hpp>

#include <string>

#include "gongkai/validate.hpp"
#include "validate_fixtures.hpp"

using gongkai::Decimal;
using gongkai::Diagnostic;
using gongkai::Report;
using gongkai::Severity;
using gongkai::test::consistent_gk2019;
using gongkai::test::consistent_gk2021;
using gongkai::test::consistent_legacy;

namespace {

std::vector<Diagnostic> text_findings(const Report& r) {
  gongkai::ValidateOptions o;
  o.arithmetic = o.structure = o.metadata = false;
  return gongkai::validate(r, o);
}

// The consistent gk2021 report (2022; 7 new requests, 1 carried over, 1
// carried forward, 2 reviews, 1 lawsuit) with a sentence in its overview.
Report saying(const std::string& sentence) {
  auto b = consistent_gk2021();
  b.report().sections[0].text = "本年度工作稳步推进。\n" + sentence;
  return b.build();
}

}  // namespace

TEST_CASE("TEXT-TABLE-MISMATCH: figures the text states that the tables contradict", "[validate][text]") {
  SECTION("agreeing figures") {
    for (const char* s : {"2022年，共收到政府信息公开申请7件，上年结转1件，结转下年度继续办理1件。",
                          "全年共受理依申请公开政府信息 8 件，已全部按规定答复。",  // new plus carried over
                          "发生行政复议2件，行政诉讼1件。", "本年度共收到行政复议申请2件。",
                          "本机关被提起行政诉讼 1 起。"}) {
      INFO(s);
      CHECK(text_findings(saying(s)).empty());
    }
  }
  SECTION("a number of new requests the table does not have") {
    Report r = saying("2022年，我区共收到政府信息公开申请 12 件，均按时答复。");
    auto found = text_findings(r);
    REQUIRE(found.size() == 1);
    const Diagnostic& d = found[0];
    CHECK(d.rule == "TEXT-TABLE-MISMATCH");
    CHECK(d.severity == Severity::warning);
    CHECK(d.lhs == Decimal::integer(12));
    CHECK(d.rhs == Decimal::integer(7));
    CHECK(d.line == r.sections[0].body_line + 1);
    CHECK(d.column == 21);  // the 12, counted in characters
    REQUIRE(d.cells.size() == 1);
    CHECK(d.cells[0].key == "applications.received.total");
    CHECK(d.message_zh.find("收到政府信息公开申请 12 件") != std::string::npos);
  }
  SECTION("thousands separators are part of the number") {
    auto found = text_findings(saying("全年收到政府信息公开申请1,007件。"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].lhs == Decimal::integer(1007));
  }
  SECTION("carried over, carried forward, reviews, lawsuits") {
    CHECK(text_findings(saying("上年结转政府信息公开申请3件。")).size() == 1);
    CHECK(text_findings(saying("结转下一年办理 4 件。")).size() == 1);
    CHECK(text_findings(saying("因政府信息公开被申请行政复议5件。")).size() == 1);
    CHECK(text_findings(saying("被提起行政诉讼3起。")).size() == 1);
  }
  SECTION("clauses that are not about this report's own totals are left alone") {
    for (const char* s : {"2021年收到政府信息公开申请 30 件。",             // another year
                          "其中，县政府办公室收到申请 3 件。",                // a part
                          "累计受理政府信息公开申请 300 件。",                // cumulative
                          "各部门共收到申请 40 件。",                         // the organs
                          "发生1起针对政府信息公开事务的行政复议和行政诉讼。",  // both at once
                          "依法做好行政复议、行政诉讼案件的应诉工作，全县共办理相关案件 74 件。",
                          "收到申请 100 余件。",                              // approximate
                          "受理的政府信息公开申请中予以公开 5 件。",           // an outcome, not the total
                          "收到政府信息公开申请后按时答复 3 件。",             // an outcome
                          "行政复议纠错 1 件，行政诉讼败诉 0 件。",            // a result, not the total
                          "上年结转的申请已办结 3 件。",                      // done, not carried over
                          "收到网友留言13条。"}) {
      INFO(s);
      CHECK(text_findings(saying(s)).empty());
    }
  }
  SECTION("the preamble is read too, and legacy tables are compared") {
    auto b = consistent_legacy();
    b.report().preamble = "示例区2017年政府信息公开工作年度报告\n本年度共收到政府信息公开申请 5 件。";
    b.report().preamble_line = 1;
    auto found = text_findings(b.build());
    REQUIRE(found.size() == 1);
    CHECK(found[0].cells[0].key == "legacy.requests.received");
    CHECK(found[0].line == 2);
  }
  SECTION("a table that does not print the figure: nothing to compare") {
    auto b = consistent_gk2021();
    b.absent("review.total");
    b.report().sections[0].text = "发生行政复议9件。";
    CHECK(text_findings(b.build()).empty());
  }
}

TEST_CASE("compare_with_previous: this year's 上年结转 is last year's 结转下年度, per column", "[validate][across]") {
  auto previous = consistent_gk2019();  // 2020: carried forward 1 natural person, total 1
  auto current = consistent_gk2021();   // 2022
  current.report().meta.year = 2021;
  SECTION("matching") { CHECK(gongkai::compare_with_previous(current.build(), previous.build()).empty()); }
  SECTION("a column that does not carry over") {
    current.number("applications.carried_over.natural", 2).number("applications.carried_over.total", 2);
    auto found = gongkai::compare_with_previous(current.build(), previous.build());
    REQUIRE(found.size() == 2);
    CHECK(found[0].rule == "PREV-CARRIED-OVER");
    CHECK(found[0].severity == Severity::warning);
    CHECK(found[0].lhs == Decimal::integer(2));
    CHECK(found[0].rhs == Decimal::integer(1));
    CHECK(found[0].cells.at(1).key == "applications.carried_forward.natural");
    CHECK(found[0].line == current.report().find_cell("applications.carried_over.natural")->span.line);
  }
  SECTION("a report that is not of the year before") {
    current.report().meta.year = 2022;
    auto found = gongkai::compare_with_previous(current.build(), previous.build());
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "PREV-YEAR");
  }
  SECTION("last year's legacy 统计表 has no 结转") {
    auto legacy = consistent_legacy();
    legacy.report().meta.year = 2020;
    auto found = gongkai::compare_with_previous(current.build(), legacy.build());
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "PREV-FORMAT");
    CHECK(found[0].severity == Severity::info);
  }
}

TEST_CASE("compare_with_children: each cell of the parent is the sum of its organs'", "[validate][across]") {
  auto child_a = consistent_gk2021();
  auto child_b = consistent_gk2021();
  child_b.number("review.maintained", 2).number("review.total", 3);
  auto parent = consistent_gk2021();
  // The parent doubles every count of child a, plus child b's one extra review.
  for (auto& t : parent.report().tables)
    for (auto& c : t.cells)
      if (c.value) c.value = Decimal::add(*c.value, *c.value);
  parent.number("review.maintained", 3).number("review.total", 5);
  Report a = child_a.build(), b = child_b.build();
  SECTION("adding up") { CHECK(gongkai::compare_with_children(parent.build(), {&a, &b}).empty()); }
  SECTION("a cell that does not") {
    parent.number("applications.granted.natural", 7);
    auto found = gongkai::compare_with_children(parent.build(), {&a, &b});
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "CHILDREN-SUM");
    CHECK(found[0].lhs == Decimal::integer(7));
    CHECK(found[0].rhs == Decimal::integer(6));
    CHECK(found[0].cells.size() == 3);
    CHECK(found[0].message_zh.find("2 份下级报告") != std::string::npos);
  }
  SECTION("a child of another format is left out and said so") {
    Report legacy = consistent_legacy().build();
    auto found = gongkai::compare_with_children(parent.build(), {&a, &b, &legacy});
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule == "CHILDREN-FORMAT");
  }
}
