// Deciding the rows an alignment left open: a line that lost blanks can be
// read several ways that all keep its own total. The table's column
// relations (一+二 = 三(七)+四, (七) = the sum of the outcomes) choose among
// them, and only where one choice is strictly best; what they cannot
// separate stays open and is reported, never guessed.
#pragma once

#include <vector>

#include "parse/alignment.hpp"
#include "parse/table_reader.hpp"

namespace gongkai::parsing {

/// Chooses among each open row's readings (RowReading::cells and its
/// alternatives). A decided row keeps its chosen reading in `cells` and loses
/// its alternatives; returns, per row, whether it is still open.
std::vector<bool> decide_open_rows(const TokenStream& stream, Alignment& alignment,
                                   const std::vector<ColumnRelation>& relations);

/// How many (relation, column) pairs fail for the alignment's readings; a
/// relation missing its total side's rows, or all of its parts, is not
/// counted but, when `unassessable` is given, added to it. `holding`, when
/// given, gets the pairs that hold added to it.
int relation_failures(const TokenStream& stream, const Alignment& alignment, const std::vector<ColumnRelation>& relations,
                      int* unassessable = nullptr, int* holding = nullptr);

}  // namespace gongkai::parsing
