// Properties of the table reader over thousands of generated reports, each
// printed in one of the read orders extractors produce and torn at random
// (torn_tables.hpp): every cell is read right or left out with ROW-AMBIGUOUS,
// never given a wrong value; a report's own arithmetic error is found, and
// none is invented.
#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

#include "gongkai/parse.hpp"
#include "parse_checks.hpp"
#include "torn_tables.hpp"

using gongkai::Format;
using gktest::ReadOrder;

namespace {

constexpr unsigned kSeeds = 3000;

bool same_number(const gongkai::Cell& cell, const std::string& printed) {
  std::string got = cell.value ? cell.value->to_string() : "0";
  std::string want = printed.empty() ? "0" : printed;
  return got == want;
}

std::size_t arithmetic_errors(const gongkai::Report& r) {
  std::size_t n = 0;
  for (const auto& d : r.diagnostics)
    n += d.severity == gongkai::Severity::error && (d.rule.rfind("T3-", 0) == 0 || d.rule.rfind("T4-", 0) == 0);
  return n;
}

struct Case {
  Format format;
  ReadOrder order;
  gktest::Tear tear;
  gktest::Values values;
};

Case make_case(unsigned seed) {
  Case c;
  c.format = seed % 2 ? Format::gk2021 : Format::gk2019;
  c.order = static_cast<ReadOrder>(seed % static_cast<unsigned>(ReadOrder::count));
  c.tear = gktest::random_tear(seed);
  c.values = gktest::consistent_values(c.format, seed);
  return c;
}

}  // namespace

TEST_CASE("every cell of a torn table is read right or left out as ambiguous, never wrong", "[parse][property]") {
  std::size_t read = 0, left_out = 0, wrong = 0;
  for (unsigned seed = 0; seed < kSeeds; ++seed) {
    Case c = make_case(seed);
    auto torn = gktest::torn_report(c.format, c.values, c.order, c.tear, seed);
    auto r = gongkai::parse(torn.text);
    INFO("seed " << seed << " order " << gktest::read_order_name(c.order) << " format "
                 << gongkai::format_name(c.format) << " tear " << gktest::describe(c.tear) << "\n"
                 << torn.text);
    REQUIRE(r.meta.format == c.format);
    std::size_t missing = 0;
    for (const auto& [key, printed] : torn.expected) {
      const gongkai::Cell* cell = r.find_cell(key);
      if (!cell) {
        ++missing;
        continue;
      }
      ++read;
      if (same_number(*cell, printed)) continue;
      ++wrong;
      // Each wrong cell is shown; the rate is checked below.
      UNSCOPED_INFO("seed " << seed << " " << gktest::read_order_name(c.order) << " key " << key << " printed '"
                            << printed << "' read '" << cell->raw << "'");
    }
    left_out += missing;
    // A cell left out is said to be left out.
    if (missing > 0) CHECK(gktest::count_rule(r, "ROW-AMBIGUOUS") > 0);
    CHECK(arithmetic_errors(r) == 0);
  }
  std::fprintf(stderr, "torn tables: %zu cells read, %zu left out, %zu wrong\n", read, left_out, wrong);
  // Wrong values: none (measured on these 3000 seeds: 0 in 555,654).
  CHECK(wrong == 0);
  // The reader reads: left-out cells are the exception (measured: 3.1 %,
  // nearly all blanks lost from rows aligned with spaces, where no column
  // position survives).
  CHECK(left_out * 100 < read * 4);
}

TEST_CASE("a report's own error in a torn table is found, not repaired away", "[parse][property]") {
  std::size_t found = 0, cases = 0;
  for (unsigned seed = 0; seed < kSeeds / 3; ++seed) {
    Case c = make_case(seed);
    c.tear.lost_labels = false;  // the broken row keeps its label
    c.tear.zeros_blank = false;
    // One outcome row's total printed one too high: T3-ROW-TOTAL.
    const char* row = seed % 3 == 0 ? "granted" : seed % 3 == 1 ? "denied.process_info" : "unable.not_held";
    std::string key = std::string("applications.") + row + ".total";
    c.values[key] = std::to_string(std::stol(c.values[key]) + 1);
    auto torn = gktest::torn_report(c.format, c.values, c.order, c.tear, seed);
    auto r = gongkai::parse(torn.text);
    INFO("seed " << seed << " order " << gktest::read_order_name(c.order) << "\n" << torn.text);
    // The printed total is kept, never made consistent.
    const gongkai::Cell* total = r.find_cell(key);
    if (total) CHECK(total->value->to_string() == c.values[key]);
    bool reported = false;
    for (const auto& d : r.diagnostics)
      if (d.rule == "T3-ROW-TOTAL")
        for (const auto& ref : d.cells) reported = reported || ref.key == key;
    ++cases;
    found += reported;
    // Read row by row beside its label, the error is an error.
    if (c.order == ReadOrder::rows_tabs) {
      CHECK(reported);
      bool as_error = false;
      for (const auto& d : r.diagnostics) as_error = as_error || (d.rule == "T3-ROW-TOTAL" && d.severity == gongkai::Severity::error);
      CHECK(as_error);
    }
  }
  std::fprintf(stderr, "torn tables: a report's own row-total error found in %zu of %zu\n", found, cases);
  // In every order the error is seen in most reports (measured: 79 %); where
  // the row's label does not stand with its cells (all labels printed first,
  // then the cells column by column) the row is left out as ambiguous
  // instead, never made consistent.
  CHECK(found * 4 >= cases * 3);
}
