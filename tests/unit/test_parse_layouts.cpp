// Every format in every layout: each value at its key, nothing else in the
// tables, and the arithmetic of the built reports holds after parsing.
#include <catch2/catch.hpp>

#include "gongkai/fields.hpp"
#include "gongkai/parse.hpp"
#include "parse_checks.hpp"
#include "report_builder.hpp"

using gongkai::Format;
using gktest::Layout;

namespace {

std::size_t errors(const gongkai::Report& r) {
  std::size_t n = 0;
  for (const auto& d : r.diagnostics) n += d.severity == gongkai::Severity::error;
  return n;
}

}  // namespace

TEST_CASE("national formats parse in every layout", "[parse][layout]") {
  for (Format f : {Format::gk2019, Format::gk2021}) {
    for (Layout layout : {Layout::tabs, Layout::pipes, Layout::spaces, Layout::single_space}) {
      for (unsigned seed : {1u, 2u, 3u}) {
        auto values = gktest::consistent_values(f, seed);
        int year = f == Format::gk2021 ? 2023 : 2019;
        auto text = gktest::build_report(f, values, layout, {}, year);
        INFO("format " << gongkai::format_name(f) << " layout " << static_cast<int>(layout) << " seed " << seed);
        auto report = gongkai::parse(text);
        CHECK(report.meta.format == f);
        gktest::require_values(report, values);
        std::size_t cells = 0;
        for (const auto& t : report.tables) cells += t.cells.size();
        CHECK(cells == values.size());
        CHECK(gktest::count_rule(report, "CELL-REPAIRED") == 0);
        CHECK(errors(report) == 0);
      }
    }
  }
}

TEST_CASE("legacy 统计表 parses in tab and space layouts", "[parse][legacy]") {
  for (Layout layout : {Layout::tabs, Layout::spaces, Layout::pipes}) {
    auto values = gktest::consistent_values(Format::legacy, 5);
    auto report = gongkai::parse(gktest::build_report(Format::legacy, values, layout, {}, 2017));
    CHECK(report.meta.format == Format::legacy);
    gktest::require_values(report, values);
    CHECK(errors(report) == 0);
  }
}

TEST_CASE("metadata of a built report", "[parse][meta]") {
  auto values = gktest::consistent_values(Format::gk2021, 9);
  auto report = gongkai::parse(gktest::build_report(Format::gk2021, values, Layout::tabs, {}, 2022));
  const auto& m = report.meta;
  CHECK(m.title == "示例县人民政府2022年政府信息公开工作年度报告");
  CHECK(m.organ == "示例县人民政府");
  REQUIRE(m.year);
  CHECK(*m.year == 2022);
  REQUIRE(m.published);
  CHECK(*m.published == "2023-01-20");
  REQUIRE(m.period_start);
  CHECK(*m.period_start == "2022-01-01");
  CHECK(*m.period_end == "2022-12-31");
  CHECK(m.contact.address == "示例县人民路1号");
  CHECK(m.contact.postcode == "100001");
  CHECK(m.contact.phone == "0551-12345678");
  CHECK(m.contact.email == "gk@example.gov.cn");
  CHECK(m.contact.website == "http://www.example.gov.cn");
  // The six sections of 第五十条, in order.
  std::vector<std::string> kinds;
  for (const auto& s : report.sections)
    if (!s.kind.empty()) kinds.push_back(s.kind);
  CHECK(kinds == std::vector<std::string>{"overview", "active", "applications", "appeals", "problems", "other"});
}
