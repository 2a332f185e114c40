// Checks the parse tests share: every expected key holds its printed value.
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "gongkai/model.hpp"
#include "report_builder.hpp"

namespace gktest {

/// Every key of `expected` is in the report with its value; a key whose
/// expected text is empty holds no value (blank, blank mark or inferred blank).
inline void require_values(const gongkai::Report& r, const Values& expected) {
  for (const auto& [key, text] : expected) {
    INFO("key " << key << " printed '" << text << "'");
    const gongkai::Cell* cell = r.find_cell(key);
    REQUIRE(cell != nullptr);
    if (text.empty()) {
      CHECK(!cell->value);
      CHECK(cell->state != gongkai::CellState::number);
    } else {
      REQUIRE(cell->state == gongkai::CellState::number);
      CHECK(cell->value->to_string() == text);
    }
  }
}

/// A report's cells against what the text printed (`expected`): read and
/// right, read and wrong (their keys), or left out. `same(cell, printed)`
/// says whether a cell holds its printed text.
struct CellTally {
  std::size_t read = 0, missing = 0;
  std::vector<std::string> wrong;  ///< "key printed 'x' read 'y'"
};

template <class Same>
CellTally tally_cells(const gongkai::Report& r, const Values& expected, Same same) {
  CellTally t;
  for (const auto& [key, printed] : expected) {
    const gongkai::Cell* cell = r.find_cell(key);
    if (!cell) {
      ++t.missing;
      continue;
    }
    ++t.read;
    if (!same(*cell, printed)) t.wrong.push_back(key + " printed '" + printed + "' read '" + cell->raw + "'");
  }
  return t;
}

/// How many findings of a rule the report has.
inline std::size_t count_rule(const gongkai::Report& r, const std::string& rule) {
  std::size_t n = 0;
  for (const auto& d : r.diagnostics) n += d.rule == rule;
  return n;
}

}  // namespace gktest
