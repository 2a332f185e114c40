// Table 二 printed under a block of its labels, each value alone on its
// line (a PDF reader that groups text by columns): its rows have no totals,
// so row after row and column by column are both readings of the values.
// The reader takes the order the text's tables with totals were printed in
// (their totals prove it) and, where they show none, leaves the rows out.
#include <catch2/catch.hpp>

#include <string>

#include "gongkai/parse.hpp"
#include "parse_checks.hpp"
#include "torn_tables.hpp"

using gongkai::Format;
using gktest::ReadOrder;

namespace {

constexpr unsigned kSeeds = 400;

bool read_by_order_of_text(const gongkai::Report& r) {
  for (const auto& d : r.diagnostics)
    if (d.rule == "CELL-REPAIRED" && d.message_en.find("labels printed together before their values") != std::string::npos)
      return true;
  return false;
}

// The text of a section: from its heading to the next part's.
std::string between(const std::string& text, const std::string& from, const std::string& to) {
  const std::size_t a = text.find(from), b = text.find(to);
  REQUIRE(a != std::string::npos);
  REQUIRE(b != std::string::npos);
  return text.substr(a, b - a);
}

const char* const kActiveHeading = "二、主动公开政府信息情况";
const char* const kApplicationsHeading = "三、收到和处理政府信息公开申请情况";
const char* const kAppealsHeading = "四、政府信息公开行政复议";

}  // namespace

TEST_CASE("table 二's labels printed before its values: read in the order the text's other tables show",
          "[parse][property]") {
  std::size_t settled = 0;
  for (unsigned seed = 0; seed < kSeeds; ++seed) {
    const Format format = seed % 2 ? Format::gk2021 : Format::gk2019;
    const ReadOrder order = seed % 3 == 0 ? ReadOrder::labels_first : ReadOrder::columns;
    gktest::Tear tear = gktest::random_tear(seed);
    tear.lost_labels = false;
    tear.split_digits = false;  // table 三 must show its order: a split number breaks a column block
    const auto values = gktest::consistent_values(format, seed);
    const auto torn = gktest::torn_report(format, values, order, tear, seed);
    INFO("seed " << seed << " order " << gktest::read_order_name(order) << "\n" << torn.text);
    const auto r = gongkai::parse(torn.text);
    REQUIRE(r.meta.format == format);
    gktest::Values active;
    for (const auto& [key, text] : torn.expected)
      if (key.rfind("active.", 0) == 0) active[key] = text;
    gktest::require_values(r, active);
    settled += read_by_order_of_text(r);
  }
  // The rules and normative rows differ read either way in nearly every
  // report, so nearly every report needed the text's order (and said so).
  CHECK(settled * 10 >= kSeeds * 9);
}

TEST_CASE("table 二's labels printed before its values: left out where the text shows no order", "[parse][property]") {
  for (unsigned seed = 0; seed < kSeeds / 2; ++seed) {
    const Format format = Format::gk2021;
    const auto values = gktest::consistent_values(format, seed);
    const gktest::Tear clean;
    const ReadOrder order = seed % 2 ? ReadOrder::columns : ReadOrder::labels_first;
    const auto torn = gktest::torn_report(format, values, order, clean, seed);
    // Table 三 and 四 printed as rows of tabs (no value alone on a line), or
    // not printed at all: nothing shows how this text orders its values.
    std::string text;
    if (seed % 4 < 2) {
      const auto tabs = gktest::torn_report(format, values, ReadOrder::rows_tabs, clean, seed);
      text = tabs.text.substr(0, tabs.text.find(kActiveHeading)) + between(torn.text, kActiveHeading, kApplicationsHeading) +
             tabs.text.substr(tabs.text.find(kApplicationsHeading));
    } else {
      text = torn.text.substr(0, torn.text.find(kApplicationsHeading)) + torn.text.substr(torn.text.find("五、"));
    }
    INFO("seed " << seed << "\n" << text);
    const auto r = gongkai::parse(text);
    REQUIRE(r.meta.format == format);
    CHECK_FALSE(read_by_order_of_text(r));
    // The two rows of three are left out, said so, never guessed.
    for (const char* row : {"rules", "normative"})
      for (const char* column : {"issued", "repealed", "in_force"}) {
        const std::string key = std::string("active.") + row + "." + column;
        const gongkai::Cell* cell = r.find_cell(key);
        if (cell) CHECK(cell->value->to_string() == torn.expected.at(key));
      }
    CHECK(r.find_cell("active.rules.repealed") == nullptr);
    CHECK(gktest::count_rule(r, "ROW-AMBIGUOUS") >= 1);
    // The rows of one cell read the same either way.
    for (const char* key : {"active.licensing.decisions", "active.penalty.decisions", "active.coercion.decisions"}) {
      const gongkai::Cell* cell = r.find_cell(key);
      REQUIRE(cell != nullptr);
      CHECK(cell->value->to_string() == torn.expected.at(key));
    }
  }
}
