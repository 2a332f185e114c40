// How the rule engine reads a cell: the printed number, a blank (0 inside the
// engine only), a value derived for a blank total, or nothing usable.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::validation {

enum class Reading {
  absent,   ///< the report does not print the cell at all
  blank,    ///< printed blank or as a blank mark (无, —, /): 0 for the arithmetic
  number,   ///< a printed number
  derived,  ///< a blank total that was taken to be the sum of its printed parts
  unknown,  ///< text that is not a number: the cell cannot be assessed
};

struct CellReading {
  /// The key as read() was given it, viewed: the rules' keys are the
  /// relations' own (made once per format), so a reading copies none.
  std::string_view key;
  Reading reading = Reading::absent;
  Decimal value;               ///< 0 for absent, blank and unknown
  const Cell* cell = nullptr;  ///< the printed cell, when there is one

  bool present() const noexcept { return reading != Reading::absent; }
  /// The CellRef a finding names: value only when a number was printed or derived.
  CellRef ref() const;
};

/// Reads the cells of one report, with the derived totals taking the place of
/// their blank cells.
class CellReader {
 public:
  CellReader(const Report& report, const std::vector<DerivedValue>& derived);
  /// The derived totals to read in place of their blank cells from now on
  /// (one reader, its index of cells built once, serves the derivation of
  /// the totals and then the checks).
  void set_derived(const std::vector<DerivedValue>& derived);
  /// The reading views `key`, which must outlive it.
  CellReading read(std::string_view key) const;
  /// The key's first printed cell (Report::find_cell's), or nullptr.
  const Cell* printed(std::string_view key) const {
    auto found = cells_by_key_.find(key);
    return found == cells_by_key_.end() ? nullptr : found->second;
  }
  const Report& report() const noexcept { return report_; }

 private:
  const Report& report_;
  std::map<std::string, Decimal, std::less<>> derived_;
  /// Each key's first printed cell (as Report::find_cell), indexed once: the
  /// rules read a few hundred cells per report, and a linear search each was
  /// a measurable share of validation.
  std::unordered_map<std::string_view, const Cell*> cells_by_key_;
};

/// Sums readings exactly; false on overflow.
bool sum_readings(const std::vector<CellReading>& cells, Decimal* total);

/// The place a finding points at: the first of the cells that has a source line.
void point_at_first_cell(const std::vector<CellReading>& cells, Diagnostic* d);

}  // namespace gongkai::validation
