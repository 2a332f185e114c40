// The validator on report texts, through the parser: the synthetic reports of
// tests/fixtures/validate and the real reports of ../shared/corpus/dev.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"
#include "validate_fixtures.hpp"

using gongkai::Decimal;
using gongkai::Diagnostic;
using gongkai::Report;
using gongkai::Severity;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Report parse_fixture(const std::string& name) {
  return gongkai::parse(read_file(std::string(GONGKAI_FIXTURES_DIR) + "/validate/" + name));
}

std::vector<Diagnostic> with_severity(const Report& r, Severity s) {
  std::vector<Diagnostic> out;
  for (const auto& d : r.diagnostics)
    if (d.severity == s) out.push_back(d);
  return out;
}

std::vector<Diagnostic> of_rule(const Report& r, const std::string& rule) {
  return gongkai::test::of_rule(r.diagnostics, rule);
}

std::string describe(const std::vector<Diagnostic>& ds) {
  std::string s;
  for (const auto& d : ds) s += d.rule + " " + severity_name(d.severity) + " " + d.message_en + "\n";
  return s;
}

}  // namespace

TEST_CASE("report texts: consistent reports have no error and no warning", "[validate][reports]") {
  for (const char* name : {"gk2021_consistent.txt", "gk2019_consistent.txt"}) {
    INFO(name);
    Report r = parse_fixture(name);
    INFO(describe(r.diagnostics));
    CHECK(with_severity(r, Severity::error).empty());
    CHECK(with_severity(r, Severity::warning).empty());
  }
}

TEST_CASE("report texts: arithmetic errors point at the cells and lines printed", "[validate][reports]") {
  SECTION("one natural-person request granted twice over") {
    Report r = parse_fixture("gk2021_outcome_error.txt");
    INFO(describe(r.diagnostics));
    auto outcome = of_rule(r, "T3-OUTCOME-SUM");
    REQUIRE(outcome.size() == 2);  // columns 自然人 and 总计
    CHECK(outcome[0].lhs == Decimal::integer(5));
    CHECK(outcome[0].rhs == Decimal::integer(6));
    // (七)总计 is line 54 of the text; the finding points there.
    CHECK(outcome[0].line == 54);
    auto balance = of_rule(r, "T3-BALANCE");
    CHECK(balance.empty());  // 一+二 = 三(七)+四 still holds
    auto rows = of_rule(r, "T3-ROW-TOTAL");
    CHECK(rows.empty());
  }
  SECTION("a review group whose total is not its results") {
    Report r = parse_fixture("gk2021_appeals_error.txt");
    auto found = of_rule(r, "T4-TOTAL");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::error);
    CHECK(found[0].lhs == Decimal::integer(3));
    CHECK(found[0].rhs == Decimal::integer(2));
    CHECK(found[0].line == 62);
  }
  SECTION("legacy: staff is not full-time plus part-time") {
    Report r = parse_fixture("legacy_staff_error.txt");
    INFO(describe(r.diagnostics));
    auto errors = with_severity(r, Severity::error);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rule == "L-STAFF-SUM");
    CHECK(errors[0].line == 89);
    CHECK(errors[0].cells.size() == 3);
    CHECK(errors[0].cells[1].line == 90);
  }
}

TEST_CASE("report texts: a blank row total is derived, not an error", "[validate][reports]") {
  Report r = parse_fixture("gk2021_blank_total.txt");
  INFO(describe(r.diagnostics));
  CHECK(with_severity(r, Severity::error).empty());
  auto found = of_rule(r, "T3-ROW-TOTAL");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::info);
  auto derived = gongkai::derive_blank_totals(r);
  REQUIRE(derived.size() == 1);
  CHECK(derived[0].key == "applications.granted.total");
  CHECK(derived[0].value == Decimal::integer(5));
}

TEST_CASE("report texts: a figure in the text the table contradicts", "[validate][reports]") {
  Report r = parse_fixture("gk2021_text_mismatch.txt");
  auto found = of_rule(r, "TEXT-TABLE-MISMATCH");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].line == 7);
  CHECK(found[0].lhs == Decimal::integer(12));
  CHECK(found[0].rhs == Decimal::integer(7));
  CHECK(with_severity(r, Severity::error).empty());
}

TEST_CASE("report texts: last year's carried forward is this year's carried over", "[validate][reports]") {
  Report current = parse_fixture("gk2021_consistent.txt");
  Report previous = parse_fixture("gk2021_consistent.txt");
  previous.meta.year = 2021;
  CHECK(gongkai::compare_with_previous(current, previous).empty());
  Report earlier = parse_fixture("gk2021_outcome_error.txt");  // same carried-forward row
  earlier.meta.year = 2021;
  CHECK(gongkai::compare_with_previous(current, earlier).empty());
}

TEST_CASE("the real reports of the dev corpus: the one real inconsistency and no other error", "[validate][corpus]") {
  const std::string dir = std::string(GONGKAI_SHARED_DIR) + "/corpus/dev/";
  if (!std::filesystem::exists(dir)) {
    WARN("the shared corpus is not next to the project (" << dir << "); skipped");
    return;
  }
  for (const char* name : {"h01_shuyang_county_2025.txt", "seed000_shuimogou_2018.txt", "seed001_yahe_2019.txt",
                           "seed002_wansheng_2017.txt", "seed003_shapotou_2018.txt", "seed004_xigong_2020.txt"}) {
    INFO(name);
    Report r = gongkai::parse(read_file(dir + name));
    auto errors = with_severity(r, Severity::error);
    INFO(describe(errors));
    if (std::string(name) == "seed003_shapotou_2018.txt") {
      REQUIRE(errors.size() == 1);
      CHECK(errors[0].rule == "L-STAFF-SUM");
      CHECK(errors[0].lhs == Decimal::integer(0));
      CHECK(errors[0].rhs == Decimal::integer(2));
      CHECK(errors[0].line == 150);
    } else if (std::string(name) != "seed000_shuimogou_2018.txt") {
      // seed000's table 四 is cut so that its last group cannot be known
      // (the gold marks it uncertain); every other report is consistent.
      CHECK(errors.empty());
    }
    for (const auto& d : of_rule(r, "TEXT-TABLE-MISMATCH")) FAIL("false alarm: " << d.message_en);
  }
}
