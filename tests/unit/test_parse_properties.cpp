// Properties of the table reader over thousands of generated reports, each
// printed in one of the read orders extractors produce and torn at random
// (torn_tables.hpp): every cell is read right or left out with ROW-AMBIGUOUS,
// never given a wrong value; a report's own arithmetic error is found, and
// none is invented.
#include <catch2/catch.hpp>

#include <cstdio>
#include <algorithm>
#include <string>
#include <vector>

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
  // Text in fixed columns that lost blank cells: rows placed by their columns.
  std::size_t aligned_with_blanks = 0, by_columns = 0, aligned_left_out = 0, aligned_cells = 0;
  for (unsigned seed = 0; seed < kSeeds; ++seed) {
    Case c = make_case(seed);
    auto torn = gktest::torn_report(c.format, c.values, c.order, c.tear, seed);
    auto r = gongkai::parse(torn.text);
    INFO("seed " << seed << " order " << gktest::read_order_name(c.order) << " format "
                 << gongkai::format_name(c.format) << " tear " << gktest::describe(c.tear) << "\n"
                 << torn.text);
    REQUIRE(r.meta.format == c.format);
    const gktest::CellTally t = gktest::tally_cells(r, torn.expected, same_number);
    const std::size_t missing = t.missing;
    read += t.read;
    wrong += t.wrong.size();
    for (const auto& w : t.wrong) FAIL_CHECK("wrong cell: " << w);
    left_out += missing;
    // A cell left out is said to be left out.
    if (missing > 0) CHECK(gktest::count_rule(r, "ROW-AMBIGUOUS") > 0);
    CHECK(arithmetic_errors(r) == 0);
    if (c.order == ReadOrder::rows_aligned && c.tear.zeros_blank) {
      ++aligned_with_blanks;
      aligned_left_out += missing;
      aligned_cells += torn.expected.size();
      bool placed = false;
      for (const auto& d : r.diagnostics) placed = placed || d.message_en.find("placed by the columns") != std::string::npos;
      by_columns += placed;
    }
  }
  std::fprintf(stderr, "torn tables: %zu cells read, %zu left out, %zu wrong; in fixed columns with blanks lost: "
               "%zu of %zu reports placed rows by columns, %zu of %zu cells left out\n",
               read, left_out, wrong, by_columns, aligned_with_blanks, aligned_left_out, aligned_cells);
  // Wrong values: none (measured on these 3000 seeds: 0 in 570,660).
  CHECK(wrong == 0);
  // The reader reads: left-out cells are the exception (measured: 4.6 %,
  // nearly all blanks lost from rows aligned with spaces, where no column
  // position survives, and blocks printed column by column broken by a
  // number split in two on its line, which no order then reads).
  CHECK(left_out * 100 < read * 5);
  // Where the columns survive they place the rows that lost blanks (measured:
  // 73 of 92 reports; 19 % of their cells left out, mostly where a column
  // printed all blank leaves too few columns to tell which is which).
  CHECK(by_columns * 10 >= aligned_with_blanks * 7);
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
  // In every order the error is seen in most reports (measured: 88 %); where
  // the row's label does not stand with its cells (all labels printed first,
  // then the cells column by column) the row is left out as ambiguous
  // instead, never made consistent.
  CHECK(found * 4 >= cases * 3);
}

TEST_CASE("a row printed twice with other values shifts no other row", "[parse][property]") {
  // A report that prints one row of table 三 twice (the second copy with
  // other numbers, its total still the sum): whichever copy is read for
  // that row, every other row keeps its own cells.
  std::size_t cases = 0;
  for (unsigned seed = 0; seed < 300; ++seed) {
    const Format format = seed % 2 ? Format::gk2021 : Format::gk2019;
    gktest::Tear tear;  // no damage but the doubled row
    auto values = gktest::consistent_values(format, seed);
    auto torn = gktest::torn_report(format, values, ReadOrder::rows_tabs, tear, seed);
    // The table's row lines: a label, then tab-separated numbers.
    std::vector<std::size_t> starts;
    const std::size_t from = torn.text.find("三、收到和处理"), to = torn.text.find("四、政府信息公开行政复议");
    for (std::size_t at = torn.text.find('\n', from) + 1; at < to; at = torn.text.find('\n', at) + 1) {
      const std::size_t tab = torn.text.find('\t', at), eol = torn.text.find('\n', at);
      const std::string label = torn.text.substr(at, tab - at);
      const bool worded = std::any_of(label.begin(), label.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
      if (tab < eol && tab > at && worded && torn.text[tab + 1] >= '0' && torn.text[tab + 1] <= '9') starts.push_back(at);
    }
    REQUIRE(starts.size() > 10);
    // Not the first two rows (the header's neighbours) nor the last.
    const std::size_t at = starts[2 + seed % (starts.size() - 3)], eol = torn.text.find('\n', at);
    std::string line = torn.text.substr(at, eol - at);
    std::vector<std::string> cells;
    for (std::size_t b = 0, e; b <= line.size(); b = e + 1) {
      e = std::min(line.find('\t', b), line.size());
      cells.push_back(line.substr(b, e - b));
    }
    REQUIRE(cells.size() == 8);
    cells[1] = std::to_string(std::stol(cells[1]) + 7);
    cells[7] = std::to_string(std::stol(cells[7]) + 7);
    std::string copy = cells[0];
    for (std::size_t c = 1; c < cells.size(); ++c) copy += "\t" + cells[c];
    const std::string text = torn.text.substr(0, eol + 1) + copy + "\n" + torn.text.substr(eol + 1);
    auto r = gongkai::parse(text);
    INFO("seed " << seed << " doubled row '" << cells[0] << "'\n" << text);
    for (const auto& [key, printed] : torn.expected) {
      if (key.rfind("applications.", 0) != 0) continue;
      const gongkai::Cell* cell = r.find_cell(key);
      if (!cell || same_number(*cell, printed)) continue;
      // A cell that differs must be one of the doubled row's, read from its copy.
      const std::string row = key.substr(0, key.rfind('.'));
      const gongkai::Cell* first = r.find_cell(row + ".natural");
      const gongkai::Cell* total = r.find_cell(row + ".total");
      REQUIRE(first);
      REQUIRE(total);
      CHECK(first->value->to_string() == cells[1]);
      CHECK(total->value->to_string() == cells[7]);
    }
    ++cases;
  }
  CHECK(cases == 300);
}
