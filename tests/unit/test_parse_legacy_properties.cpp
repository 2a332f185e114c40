// Properties of the table reader on the legacy 统计表 (2014–2018 reports:
// one value a row, no row totals) over generated reports, each printed in
// one of the read orders extractors produce and torn at random
// (torn_legacy.hpp): every cell is read right or left out with
// ROW-AMBIGUOUS, never given a wrong value, and the table's own arithmetic
// (L-* rules) finds no error the printed report does not have.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "gongkai/parse.hpp"
#include "parse_checks.hpp"
#include "torn_legacy.hpp"

using gongkai::Format;
using gktest::ReadOrder;

namespace {

constexpr unsigned kSeeds = 1400;

bool same_number(const gongkai::Cell& cell, const std::string& printed) {
  if (printed.empty()) return !cell.value;
  // A note in the cell (3（其中网上1件）) is the note's, not the value's.
  const std::string number = printed.substr(0, printed.find("（"));
  return cell.value && cell.value->to_string() == number;
}

}  // namespace

TEST_CASE("every cell of a torn 统计表 is read right or left out as ambiguous, never wrong", "[parse][property][legacy]") {
  std::size_t read = 0, left_out = 0, wrong = 0;
  std::size_t left_out_by_order[static_cast<int>(ReadOrder::count)] = {}, wrong_by_order[static_cast<int>(ReadOrder::count)] = {};
  for (unsigned seed = 0; seed < kSeeds; ++seed) {
    const ReadOrder order = static_cast<ReadOrder>(seed % static_cast<unsigned>(ReadOrder::count));
    const gktest::Tear tear = gktest::random_tear(seed);
    const auto values = gktest::consistent_values(Format::legacy, seed);
    const auto torn = gktest::torn_legacy_report(values, order, tear, seed);
    const auto r = gongkai::parse(torn.text);
    INFO("seed " << seed << " order " << gktest::read_order_name(order) << " tear " << gktest::describe(tear) << "\n"
                 << torn.text);
    REQUIRE(r.meta.format == Format::legacy);
    const gktest::CellTally t = gktest::tally_cells(r, torn.expected, same_number);
    const std::size_t missing = t.missing;
    read += t.read;
    wrong += t.wrong.size();
    wrong_by_order[static_cast<int>(order)] += t.wrong.size();
    for (const auto& w : t.wrong) FAIL_CHECK("wrong cell: " << w);
    left_out += missing;
    left_out_by_order[static_cast<int>(order)] += missing;
    if (missing > 0) CHECK(gktest::count_rule(r, "ROW-AMBIGUOUS") > 0);
    std::size_t errors = 0;
    for (const auto& d : r.diagnostics) errors += d.severity == gongkai::Severity::error && d.rule.rfind("L-", 0) == 0;
    CHECK(errors == 0);
  }
  std::fprintf(stderr, "torn 统计表: %zu cells read, %zu left out, %zu wrong; by order (left out/wrong):", read, left_out,
               wrong);
  for (int o = 0; o < static_cast<int>(ReadOrder::count); ++o)
    std::fprintf(stderr, " %s %zu/%zu", gktest::read_order_name(static_cast<ReadOrder>(o)), left_out_by_order[o],
                 wrong_by_order[o]);
  std::fprintf(stderr, "\n");
  CHECK(wrong == 0);
  CHECK(left_out * 100 < read * 5);
}

TEST_CASE("a 统计表's own arithmetic error is found in every read order, not repaired away", "[parse][property][legacy]") {
  std::size_t found = 0, cases = 0;
  for (unsigned seed = 0; seed < kSeeds / 2; ++seed) {
    const ReadOrder order = static_cast<ReadOrder>(seed % static_cast<unsigned>(ReadOrder::count));
    gktest::Tear tear = gktest::random_tear(seed);
    tear.lost_labels = false;  // the broken rows keep their labels
    auto values = gktest::consistent_values(Format::legacy, seed);
    // One total printed one too high: staff, reviews or requests received.
    const char* key = seed % 3 == 0 ? "legacy.org.staff" : seed % 3 == 1 ? "legacy.review.total" : "legacy.requests.received";
    const char* rule = seed % 3 == 0 ? "L-STAFF-SUM" : seed % 3 == 1 ? "L-REVIEW-SUM" : "L-REQUESTS-CHANNELS";
    values[key] = std::to_string(std::stol(values[key]) + 1);
    const auto torn = gktest::torn_legacy_report(values, order, tear, seed);
    const auto r = gongkai::parse(torn.text);
    INFO("seed " << seed << " order " << gktest::read_order_name(order) << "\n" << torn.text);
    const gongkai::Cell* total = r.find_cell(key);
    if (total) CHECK(total->value->to_string() == values[key]);
    bool reported = false;
    std::size_t other_errors = 0;
    for (const auto& d : r.diagnostics) {
      if (d.rule == rule) reported = true;
      else other_errors += d.severity == gongkai::Severity::error && d.rule.rfind("L-", 0) == 0;
    }
    CHECK(other_errors == 0);  // none invented
    ++cases;
    found += reported;
  }
  std::fprintf(stderr, "torn 统计表: a report's own error found in %zu of %zu\n", found, cases);
  CHECK(found * 10 >= cases * 9);
}
