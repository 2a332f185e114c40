// The alignment of a token stream's values to a template's rows: dynamic
// programming over (row, value) that lets each row take a run of values in
// template order, skip values as noise, leave a row out, take a block of rows
// printed column by column, or take a line that lost some blank cells. Runs
// are scored by the row's own arithmetic (its total is the sum of its parts),
// by the label anchors, and weakly by the printed lines; see
// docs/parser.md and ../shared/design/table-alignment.md.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gongkai/decimal.hpp"
#include "parse/token_stream.hpp"

namespace gongkai::parsing {

/// One template row: how many cells it has and whether its last cell is the
/// sum of the others (a 总计 column).
struct GridRow {
  std::size_t width = 0;
  bool total_last = false;
};

/// A cell of a reading: the index of a value (>= 0), a blank the reading
/// put in, or two adjacent values joined (a number that extraction split:
/// "12 59" for 1259).
constexpr long kBlankCell = -1;
inline long merged_cell(std::size_t first) { return -2 - static_cast<long>(first); }
inline bool is_merged(long cell) { return cell <= -2; }
inline std::size_t merged_first(long cell) { return static_cast<std::size_t>(-2 - cell); }

/// How a row was read.
enum class RowHow : std::uint8_t {
  absent,      ///< no values: the row was not found
  printed,     ///< a run of exactly its width, in order
  transposed,  ///< part of a block printed column by column
  blanks_lost, ///< a line of fewer values; the missing cells are blanks the extraction lost
};

struct RowReading {
  RowHow how = RowHow::absent;
  /// Per cell, as above (kBlankCell, a value index, or merged_cell).
  std::vector<long> cells;
  bool holds = false;  ///< the row's total is the sum of its parts
  /// A line that lost cells and that no reading keeps the total of: the row
  /// is there, but its cells cannot be placed.
  bool unreadable = false;
  /// Other readings of a blanks_lost line that also hold: the row is
  /// ambiguous unless the table's column relations decide.
  std::vector<std::vector<long>> alternatives;
  /// A line that lost blank cells, its values placed by the columns they
  /// stand in (StreamToken::column).
  bool by_columns = false;
};

struct Alignment {
  std::vector<RowReading> rows;
  double cost = 0;
  bool labels_after = false;  ///< read with each row's label after its values
};

/// Aligns the values of `stream` to `rows`. anchors[r] is the token index of
/// row r's label fragment (anchor_labels), or -1. Labels are taken to come
/// before their row's values, or with `labels_after` after them (the order
/// pdftotext gives when a label is set lower than its row's cells).
Alignment align_rows(const TokenStream& stream, const std::vector<GridRow>& rows, const std::vector<long>& anchors,
                     bool labels_after = false);

/// True when a reading takes the cells as printed, one after another: no
/// blank put in, no value dropped or joined.
bool is_literal(const std::vector<long>& cells);

/// The numbers of a reading's cells, blanks and text as 0 (an inserted blank too).
std::vector<Decimal> reading_numbers(const TokenStream& stream, const std::vector<long>& cells);

}  // namespace gongkai::parsing
