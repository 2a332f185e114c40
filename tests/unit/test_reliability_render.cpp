// Issue 9, the documents written for people: a CSV cell that a spreadsheet
// would run as a formula stays text, and Markdown never makes a live link of
// the report's own text.
#include <catch2/catch.hpp>

#include <string>

#include "gongkai/csv.hpp"
#include "gongkai/render.hpp"
#include "test_json_sample_report.hpp"

using namespace gongkai;

TEST_CASE("CSV cells that would run as formulas are quoted with a leading '", "[reliability][csv]") {
  for (const std::string formula : {"=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=x", "\r=x"}) {
    std::string out;
    append_csv_field(out, formula);
    INFO(formula);
    CHECK(out.substr(0, 2) == "\"'");
  }
  std::string plain;
  append_csv_field(plain, "青山县");
  CHECK(plain == "青山县");

  Report r = testing::sample_report();
  r.meta.title = "=1+1+HYPERLINK(\"https//example.invalid\",\"青山县\")2023年政府信息公开工作年度报告";
  std::string wide = to_csv_wide(r, "r.txt");
  CHECK(wide.find(",\"'=1+1+HYPERLINK(\"\"https//example.invalid\"\"") != std::string::npos);
  // Numbers are written as numbers: a negative delta keeps its sign, no quote.
  Report negative = testing::sample_report();
  bool has_negative = false;
  for (const auto& t : negative.tables)
    for (const auto& c : t.cells) has_negative = has_negative || (c.value && c.value->units < 0);
  REQUIRE(has_negative);
  CHECK(to_csv_long(negative, "r.txt").find(",\"'-") == std::string::npos);
}

TEST_CASE("Markdown leaves no link syntax from the report live", "[reliability][render]") {
  Report r = testing::sample_report();
  for (auto& t : r.tables)
    for (auto& c : t.cells)
      if (c.key == "active.penalty.delta") c.note = "[点此](javascript:alert(1))";
  r.meta.title = "[标题](http://example.invalid) ![x](http://example.invalid/x.png)";
  r.meta.published = "[d](javascript:x)";
  std::string md = to_markdown(r);
  // Every ] is escaped, so no "](" can close a link text.
  for (std::size_t p = md.find(']'); p != std::string::npos; p = md.find(']', p + 1)) CHECK(md[p - 1] == '\\');
  CHECK(md.find("\\[点此\\](javascript:alert(1))") != std::string::npos);
}
