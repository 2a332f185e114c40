// The ways a row's printed cells can be read as the W columns of its template
// row. A row printed with the right number of cells has one reading; a row
// with a column lost, doubled or split ("12 59") has the readings of the
// smallest repairs. Which reading is right is decided by the template's
// arithmetic (see applications.cpp); a row whose reading stays uncertain is
// left out rather than guessed.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "gongkai/decimal.hpp"
#include "parse/rows.hpp"

namespace gongkai::parsing {

/// Where one column's cell comes from.
struct Slot {
  enum Kind { token, merged, inserted_blank } kind = inserted_blank;
  std::size_t index = 0;  ///< into DataRow::values (merged: the first of two adjacent tokens)
};

struct Reading {
  std::vector<Slot> slots;  ///< one per column
  int cost = 0;             ///< cells dropped, merged or inserted
  std::string how;          ///< what the repair did, for the CELL-REPAIRED evidence (empty when none)
};

/// The numbers a reading gives, blanks as 0 (nullopt for a merged pair that is not a number).
std::optional<std::vector<Decimal>> reading_values(const DataRow& row, const Reading& r);

/// Readings of `row` as `width` columns. `plausible` (may be empty) rejects
/// readings that break the row's own arithmetic. Readings giving the same
/// numbers are kept once. Returns no readings when no repair of at most
/// `max_cost` steps fits.
std::vector<Reading> row_readings(const DataRow& row, std::size_t width,
                                  const std::function<bool(const std::vector<Decimal>&)>& plausible,
                                  int max_cost = 2);

/// The text of a token list for evidence: "10 0 0 _ 10".
std::string describe_cells(const DataRow& row);

}  // namespace gongkai::parsing
