// The tables' arithmetic: every relation and sign rule of rules.md, on
// synthetic reports that hold and on the same reports with one cell broken.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "gongkai/validate.hpp"
#include "validate_fixtures.hpp"

using gongkai::Decimal;
using gongkai::Diagnostic;
using gongkai::Report;
using gongkai::Severity;
using gongkai::ValidateOptions;
using gongkai::test::consistent_gk2019;
using gongkai::test::consistent_gk2021;
using gongkai::test::consistent_legacy;
using gongkai::test::ReportBuilder;

namespace {

ValidateOptions arithmetic_only() {
  ValidateOptions o;
  o.structure = o.metadata = o.text = false;
  return o;
}

std::vector<Diagnostic> findings(const Report& r, const std::string& rule) {
  return gongkai::test::of_rule(gongkai::validate(r, arithmetic_only()), rule);
}

std::vector<Diagnostic> errors(const Report& r) {
  std::vector<Diagnostic> out;
  for (auto& d : gongkai::validate(r, arithmetic_only()))
    if (d.severity == Severity::error) out.push_back(d);
  return out;
}

bool names_cell(const Diagnostic& d, const std::string& key) {
  return std::any_of(d.cells.begin(), d.cells.end(), [&](const gongkai::CellRef& c) { return c.key == key; });
}

}  // namespace

TEST_CASE("consistent reports of every format have no arithmetic finding", "[validate][arithmetic]") {
  CHECK(gongkai::validate(consistent_gk2019().build(), arithmetic_only()).empty());
  CHECK(gongkai::validate(consistent_gk2021().build(), arithmetic_only()).empty());
  CHECK(gongkai::validate(consistent_legacy().build(), arithmetic_only()).empty());
}

TEST_CASE("T3-BALANCE: new plus carried over equals handled plus carried forward, per column", "[validate][arithmetic]") {
  auto b = consistent_gk2019();
  // Carrying one more natural-person request forward breaks the balance of
  // that column and of the total column (and nothing else: rows still add up).
  b.number("applications.carried_forward.natural", 2).number("applications.carried_forward.total", 2);
  auto found = findings(b.build(), "T3-BALANCE");
  REQUIRE(found.size() == 2);
  const Diagnostic& d = found[0];
  CHECK(d.severity == Severity::error);
  CHECK(d.lhs == Decimal::integer(6));
  CHECK(d.rhs == Decimal::integer(7));
  CHECK(d.difference == Decimal::integer(-1));
  CHECK(d.cells.size() == 4);
  CHECK(names_cell(d, "applications.received.natural"));
  CHECK(names_cell(d, "applications.carried_forward.natural"));
  CHECK(d.line == b.report().find_cell("applications.received.natural")->span.line);
  CHECK(d.message_zh.find("自然人") != std::string::npos);
  CHECK(d.message_en.find("natural persons") != std::string::npos);
  CHECK(names_cell(found[1], "applications.total.total"));
}

TEST_CASE("T3-ROW-TOTAL: a row's total is the sum of its six applicant columns", "[validate][arithmetic]") {
  auto b = consistent_gk2021();
  b.number("applications.denied.third_party.natural", 2).number("applications.denied.third_party.total", 3);
  b.number("applications.granted.natural", 1);  // keeps T3-OUTCOME-SUM of column natural
  b.number("applications.granted.total", 3);
  auto found = findings(b.build(), "T3-ROW-TOTAL");
  REQUIRE(found.size() == 1);
  CHECK(found[0].lhs == Decimal::integer(3));
  CHECK(found[0].rhs == Decimal::integer(2));
  CHECK(found[0].cells.size() == 7);
  CHECK(found[0].message_zh.find("保护第三方合法权益") != std::string::npos);
  CHECK(found[0].message_en.find("applications.denied.third_party") != std::string::npos);
}

TEST_CASE("T3-OUTCOME-SUM: the total handled is the sum of the outcomes, by format", "[validate][arithmetic]") {
  SECTION("gk2019: (六)其他处理 is one row") {
    auto b = consistent_gk2019();
    b.number("applications.other_handling.natural", 1).number("applications.other_handling.total", 1);
    auto found = findings(b.build(), "T3-OUTCOME-SUM");
    REQUIRE(found.size() == 2);  // columns natural and total
    CHECK(found[0].lhs == Decimal::integer(5));
    CHECK(found[0].rhs == Decimal::integer(6));
    CHECK(names_cell(found[0], "applications.other_handling.natural"));
    CHECK(found[0].cells.size() == 1 + 2 + 8 + 3 + 5 + 1);
  }
  SECTION("gk2021: (六)其他处理 has three rows, all of them count") {
    auto b = consistent_gk2021();
    b.number("applications.other_handling.no_fee.natural", 1).number("applications.other_handling.no_fee.total", 1);
    auto found = findings(b.build(), "T3-OUTCOME-SUM");
    REQUIRE(found.size() == 2);
    CHECK(names_cell(found[0], "applications.other_handling.no_fee.natural"));
    CHECK(found[0].cells.size() == 1 + 2 + 8 + 3 + 5 + 3);
  }
  SECTION("moving a request from one outcome to another keeps it whole") {
    auto b = consistent_gk2021();
    b.number("applications.granted.natural", 2).number("applications.granted.total", 4);
    b.number("applications.not_processed.repeated.natural", 1).number("applications.not_processed.repeated.total", 1);
    CHECK(errors(b.build()).empty());
  }
}

TEST_CASE("T4-TOTAL: each appeal group's total is the sum of its results", "[validate][arithmetic]") {
  auto b = consistent_gk2019();
  b.number("litigation_after_review.other", 1);
  auto found = findings(b.build(), "T4-TOTAL");
  REQUIRE(found.size() == 1);
  CHECK(found[0].lhs == Decimal::integer(0));
  CHECK(found[0].rhs == Decimal::integer(1));
  CHECK(found[0].message_zh.find("复议后起诉") != std::string::npos);
  CHECK(names_cell(found[0], "litigation_after_review.total"));
}

TEST_CASE("sign rules: negative counts are errors, gk2019's 本年增/减 may be negative", "[validate][arithmetic]") {
  SECTION("T2-NEGATIVE") {
    auto b = consistent_gk2019();
    CHECK(findings(b.build(), "T2-NEGATIVE").empty());  // the fixture has licensing.delta = -2
    b.number("active.penalty.decisions", -3);
    auto found = findings(b.build(), "T2-NEGATIVE");
    REQUIRE(found.size() == 1);
    CHECK(found[0].cells.at(0).key == "active.penalty.decisions");
    CHECK(found[0].line == b.report().find_cell("active.penalty.decisions")->span.line);
  }
  SECTION("T3-NEGATIVE") {
    auto b = consistent_gk2021();
    b.number("applications.partial.social", -1).number("applications.partial.total", -1);
    CHECK(findings(b.build(), "T3-NEGATIVE").size() == 2);
  }
  SECTION("T4-NEGATIVE") {
    auto b = consistent_gk2021();
    CHECK(findings(b.build(), "T4-NEGATIVE").empty());
    b.number("review.pending", -1).number("review.total", 1);
    CHECK(findings(b.build(), "T4-NEGATIVE").size() == 1);
  }
  SECTION("L-NEGATIVE") {
    auto b = consistent_legacy();
    CHECK(findings(b.build(), "L-NEGATIVE").empty());
    b.number("legacy.training.classes", -2);
    CHECK(findings(b.build(), "L-NEGATIVE").size() == 1);
  }
}

TEST_CASE("T2-PUBLISHED-TOTAL: published this year is at most the total published (gk2019)", "[validate][arithmetic]") {
  auto b = consistent_gk2019();
  b.number("active.normative.published", 12);
  auto found = findings(b.build(), "T2-PUBLISHED-TOTAL");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].lhs == Decimal::integer(10));
  CHECK(found[0].rhs == Decimal::integer(12));
  CHECK(found[0].message_zh.find("规范性文件") != std::string::npos);
  // Equal is allowed.
  b.number("active.normative.published", 10);
  CHECK(findings(b.build(), "T2-PUBLISHED-TOTAL").empty());
}

TEST_CASE("legacy relations: each L-* rule holds and breaks", "[validate][arithmetic]") {
  struct Case {
    const char* rule;
    const char* key;
    std::int64_t value;
  };
  const Case cases[] = {
      {"L-REQUESTS-CHANNELS", "legacy.requests.fax", 1},
      {"L-REQUESTS-COMPLETED", "legacy.requests.extended", 1},
      {"L-ANSWERS-SUM", "legacy.answers.nonexistent", 1},
      {"L-DENIED-PARTS", "legacy.answers.denied_state_secret", 1},
      {"L-REVIEW-SUM", "legacy.review.corrected", 1},
      {"L-LITIGATION-SUM", "legacy.litigation.other", 1},
      {"L-STAFF-SUM", "legacy.org.staff_part_time", 3},
  };
  for (const auto& c : cases) {
    INFO(c.rule);
    auto b = consistent_legacy();
    CHECK(findings(b.build(), c.rule).empty());
    b.number(c.key, c.value);
    auto found = findings(b.build(), c.rule);
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(names_cell(found[0], c.key));
    CHECK(errors(b.build()).size() == 1);
  }
}

TEST_CASE("L-DENIED-PARTS allows the 其中 items to add up to less than the refusals", "[validate][arithmetic]") {
  auto b = consistent_legacy();
  b.number("legacy.answers.denied_privacy", 0);  // one refusal for a reason not itemized
  CHECK(findings(b.build(), "L-DENIED-PARTS").empty());
}

TEST_CASE("L-STAFF-SUM as printed by a real 统计表: 0 staff, 1 full-time, 1 part-time", "[validate][arithmetic]") {
  auto b = consistent_legacy();
  b.number("legacy.org.staff", 0).number("legacy.org.staff_full_time", 1).number("legacy.org.staff_part_time", 1);
  auto found = findings(b.build(), "L-STAFF-SUM");
  REQUIRE(found.size() == 1);
  CHECK(found[0].lhs == Decimal::integer(0));
  CHECK(found[0].rhs == Decimal::integer(2));
  CHECK(found[0].difference == Decimal::integer(-2));
  CHECK(found[0].message_zh.find("从事政府信息公开工作人员数 0") != std::string::npos);
}

TEST_CASE("blank cells: parts count as 0, blank totals with printed parts are derived", "[validate][arithmetic]") {
  SECTION("blank parts are 0") {
    auto b = consistent_gk2019();
    for (const char* k : {"applications.received.research", "applications.received.social", "review.other"})
      b.blank(k);
    b.mark("applications.granted.other", "无");
    CHECK(errors(b.build()).empty());
  }
  SECTION("a blank row total is derived, reported once as info, and used by the other relations") {
    auto b = consistent_gk2019();
    b.blank("applications.received.total");
    Report r = b.build();
    auto derived = gongkai::derive_blank_totals(r);
    REQUIRE(derived.size() == 1);
    CHECK(derived[0].key == "applications.received.total");
    CHECK(derived[0].value == Decimal::integer(7));
    auto all = gongkai::validate(r, arithmetic_only());
    REQUIRE(all.size() == 1);
    CHECK(all[0].rule == "T3-ROW-TOTAL");
    CHECK(all[0].severity == Severity::info);
    CHECK(all[0].rhs == Decimal::integer(7));
    CHECK(all[0].message_zh.find("为空") != std::string::npos);
    // validate() does not modify the report: the cell stays blank.
    CHECK(r.find_cell("applications.received.total")->state == gongkai::CellState::blank);
  }
  SECTION("a derived total that disagrees with another relation is still an error") {
    auto b = consistent_gk2019();
    b.blank("applications.received.total").number("applications.received.other", 1);
    auto errs = errors(b.build());
    // The balance of column "other" (1 + 0 vs 0 + 0) and of the total
    // column, whose derived 8 gives 8 + 1 vs 7 + 1.
    REQUIRE(errs.size() == 2);
    CHECK(errs[0].rule == "T3-BALANCE");
    CHECK(errs[1].rule == "T3-BALANCE");
    CHECK(errs[1].lhs == Decimal::integer(9));
    CHECK(errs[1].rhs == Decimal::integer(8));
  }
  SECTION("a blank group total of table 四 is derived") {
    auto b = consistent_gk2021();
    b.blank("review.total");
    auto all = gongkai::validate(b.build(), arithmetic_only());
    REQUIRE(all.size() == 1);
    CHECK(all[0].rule == "T4-TOTAL");
    CHECK(all[0].severity == Severity::info);
  }
  SECTION("a blank total whose parts are all blank or 0 is simply 0") {
    auto b = consistent_gk2019();
    b.blank("litigation_after_review.total");
    CHECK(gongkai::derive_blank_totals(b.build()).empty());
    CHECK(gongkai::validate(b.build(), arithmetic_only()).empty());
  }
}

TEST_CASE("relations that cannot be assessed are not checked", "[validate][arithmetic]") {
  SECTION("a table that was not found") {
    auto b = consistent_gk2019();
    Report r = b.build();
    r.tables.erase(std::remove_if(r.tables.begin(), r.tables.end(),
                                  [](const gongkai::Table& t) { return t.id == "appeals"; }),
                   r.tables.end());
    CHECK(gongkai::validate(r, arithmetic_only()).empty());
  }
  SECTION("a row whose total is not printed at all") {
    auto b = consistent_gk2019();
    b.absent("applications.granted.total");
    CHECK(findings(b.build(), "T3-ROW-TOTAL").empty());
  }
  SECTION("a cell that holds text") {
    auto b = consistent_gk2019();
    b.text("review.total", "若干");
    CHECK(findings(b.build(), "T4-TOTAL").empty());
  }
  SECTION("a narrative report") {
    ReportBuilder b(gongkai::Format::narrative, 2017);
    CHECK(gongkai::validate(b.build(), arithmetic_only()).empty());
  }
}

TEST_CASE("money keeps its decimals in the arithmetic", "[validate][arithmetic]") {
  auto b = consistent_legacy();
  b.decimal("legacy.fees_wan", Decimal{15, 2});
  CHECK(errors(b.build()).empty());
  b.decimal("legacy.fees_wan", Decimal{-15, 2});
  auto found = findings(b.build(), "L-NEGATIVE");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message_en.find("-0.15") != std::string::npos);
}
