#include "parse/alignment.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <memory>
#include <optional>
#include <unordered_map>

namespace gongkai::parsing {
namespace {

// Costs of the alignment, in one currency. A row whose total is the sum of
// its parts is strong evidence (kHolds); a run that breaks it is possible (a
// report's own error) but costs. Skipping a clean number costs more than a
// broken total minus a held one would gain from skipping two, so the reader
// prefers keeping a printed error to inventing a reading around it.
constexpr double kHolds = -10;
constexpr double kHoldsZero = -5;    // all zero or blank: holds, but says little about position
constexpr double kBreaks = 4;
constexpr double kNoArithmetic = -1; // a row without a total taken by a run: its order and labels are all that place it
constexpr double kSkipNumber = 8;
constexpr double kSkipBlankMark = 2;
constexpr double kSkipEmpty = 0.2;
constexpr double kSkipNoise = 0.3;
constexpr double kAbsent = 3;
constexpr double kAbsentLabelled = 7;  // a row whose label was printed left without values
constexpr double kAbsentPrintedBlank = 0;  // a row whose label was printed on a line of empty cells: it is blank
constexpr double kWholeLine = -2;    // the run is exactly one printed line
constexpr double kCrossesLine = 1.5; // the run mixes two printed lines of several values
constexpr double kBeforeLabel = 1.5; // the run starts before its row's label
constexpr double kOverLabel = 2;     // the run runs over a later row's label
constexpr double kOffOwnLine = 6;     // the run is not on the line its label heads
constexpr double kOtherRowsLine = 4;  // the run starts on a line another row's label heads
constexpr double kTransposed = 1;    // per block read column by column
constexpr double kBlanksLost = 3;    // per line read with inserted blanks
constexpr double kEdgeInRun = 1.5;   // a run that takes a line's edge as a cell
constexpr double kNoiseInRun = 3;    // a run takes a value that is probably not one
constexpr double kPartLine = 1.5;    // a run takes part of a line that is not rows of its width
constexpr std::size_t kMaxLostBlanks = 4;
constexpr std::size_t kMaxBlockGap = 2;  // template rows a column-by-column block may lack
// A state far behind the best at its value (at an earlier row) cannot
// catch up: wide enough to skip a whole row's line of clean numbers
// (7 × kSkipNumber) and still win later, as a row printed twice needs.
constexpr double kBeam = 80;
// A state ahead of the best (at a later row) got there by leaving rows out
// (kAbsent each): 40 lets it leave out a dozen unlabelled rows, and keeps
// the search from following every row the absent steps reach (most of the
// states the wider beam kept).
constexpr double kAheadBeam = 40;
// The first, narrow search of a table with rows without totals keeps the
// states within this of the best potential at their value; it only bounds
// the exact search, so its width changes speed, never the reading.
constexpr double kPotentialBeam = 1;

bool is_zero(const Decimal& d) { return d.units == 0; }

// The step that reached a state. Kept to 16 bytes: the table has one per
// (row, value) state, and filling and copying it is much of the work.
struct Step {
  RowHow how;
  std::uint8_t kind;  // 0 none, 1 skip, 2 absent, 3 run (printed / blanks_lost), 4 transposed block
  std::uint8_t total_at;  // transposed: the printed column that holds the total
  std::uint8_t gap, gap_at;  // transposed: template rows missing inside the block, before its row gap_at
  std::uint8_t block;     // transposed: rows in the block (a template has fewer than kMaxRows rows)
  std::uint16_t from_r;
  std::uint32_t from_i;
  // blanks_lost: index into the candidates of (r, i); transposed with
  // total_at == width: the first value of the total column printed apart.
  std::uint32_t extra;
};
static_assert(sizeof(Step) == 16, "a Step is 16 bytes");
constexpr std::size_t kMaxRows = 255;

Step make_step(RowHow how, int kind, std::size_t from_r, std::size_t from_i, std::size_t block = 0, std::size_t extra = 0,
               std::size_t total_at = 0) {
  Step s{};
  s.how = how;
  s.kind = static_cast<std::uint8_t>(kind);
  s.from_r = static_cast<std::uint16_t>(from_r);
  s.from_i = static_cast<std::uint32_t>(from_i);
  s.block = static_cast<std::uint8_t>(block);
  s.extra = static_cast<std::uint32_t>(extra);
  s.total_at = static_cast<std::uint8_t>(total_at);
  return s;
}

std::vector<std::vector<long>> line_readings(const TokenStream& stream, std::size_t first, std::size_t end,
                                             std::size_t width, bool has_total, bool* by_columns);

// The cells of row j of a block of m rows printed column by column from
// the k0-th value that is not noise (clean[k] is the k-th), the total
// printed as column `total_at`. A total_at of `width` is a total column
// printed apart, from value total_from.
std::vector<long> block_cells(const std::vector<std::size_t>& clean, std::size_t k0, std::size_t m, std::size_t width,
                              std::size_t j, std::size_t total_at, std::size_t total_from) {
  std::vector<long> cells(width);
  if (total_at == width) {
    for (std::size_t c = 0; c + 1 < width; ++c) cells[c] = static_cast<long>(clean[k0 + c * m + j]);
    cells[width - 1] = static_cast<long>(total_from + j);
    return cells;
  }
  for (std::size_t c = 0; c < width; ++c) {
    std::size_t printed = c + 1 == width ? total_at : (c < total_at ? c : c + 1);
    cells[c] = static_cast<long>(clean[k0 + printed * m + j]);
  }
  return cells;
}

}  // namespace

namespace {

// Value v+1 is the second part of a number split by a single space (its
// first part value v, on the same line).
bool split_number_at(const TokenStream& stream, std::size_t v) {
  if (v + 1 >= stream.values.size()) return false;
  const Token& a = stream.tokens[stream.values[v]].tok;
  const Token& b = stream.tokens[stream.values[v + 1]].tok;
  return a.kind == TokenKind::number && b.kind == TokenKind::number && b.soft_joined && a.line == b.line;
}

// `vals` with each value at `joins` (positions in vals) joined to the next.
std::vector<long> joined_at(const std::vector<long>& vals, std::initializer_list<std::size_t> joins) {
  std::vector<long> out;
  out.reserve(vals.size());
  for (std::size_t j = 0; j < vals.size(); ++j) {
    bool first = false, second = false;
    for (std::size_t at : joins) first = first || j == at, second = second || j == at + 1;
    if (second) continue;
    out.push_back(first ? merged_cell(static_cast<std::size_t>(vals[j])) : vals[j]);
  }
  return out;
}

// The number of a reading's cell: a value's (text and blank marks 0), two
// values joined, or 0 for a blank put in.
Decimal cell_number(const TokenStream& stream, long c) {
  auto token = [&](std::size_t v) -> const Token& { return stream.tokens[stream.values[v]].tok; };
  if (is_merged(c))
    return joined_number(token(merged_first(c)), token(merged_first(c) + 1)).value_or(Decimal{});
  if (c < 0) return Decimal{};
  const Token& t = token(static_cast<std::size_t>(c));
  return t.kind == TokenKind::number ? t.value : Decimal{};
}

// Whether the reading's last number is the sum of the others (a sum that
// overflows does not hold), without building the numbers.
bool reading_holds(const TokenStream& stream, const std::vector<long>& cells) {
  if (cells.empty()) return false;
  Decimal sum;
  for (std::size_t i = 0; i + 1 < cells.size(); ++i) {
    auto s = Decimal::add(sum, cell_number(stream, cells[i]));
    if (!s) return false;
    sum = *s;
  }
  return sum == cell_number(stream, cells.back());
}

}  // namespace

std::vector<Decimal> reading_numbers(const TokenStream& stream, const std::vector<long>& cells) {
  std::vector<Decimal> out;
  out.reserve(cells.size());
  for (long c : cells) out.push_back(cell_number(stream, c));
  return out;
}

bool is_literal(const std::vector<long>& cells) {
  for (std::size_t k = 0; k < cells.size(); ++k)
    if (cells[k] < 0 || (k > 0 && cells[k] != cells[k - 1] + 1)) return false;
  return true;
}

namespace {

// The readings of values [first, end) of one line as a row of `width` cells
// ending in its total: the literal one when the line holds exactly `width`
// values (empty cells included), then every placement of its printed values
// in order (the last one the total) that keeps the total, one reading per
// distinct set of numbers. A line of one value more than the row may drop
// one that is not its total, or join a number split in two. A row without
// a total takes only the literal reading or, one value too many, the one
// join a single space allows.
std::vector<std::vector<long>> line_readings(const TokenStream& stream, std::size_t first, std::size_t end,
                                             std::size_t width, bool has_total, bool* by_columns) {
  std::vector<std::vector<long>> readings;
  // The numbers of the readings kept, so that a placement giving the same
  // numbers again is not kept twice; made when a second reading comes (most
  // lines have one).
  std::vector<std::vector<Decimal>> seen;
  auto offer = [&](std::vector<long> cells) {
    if (has_total && !reading_holds(stream, cells)) return;
    if (!readings.empty()) {
      if (seen.empty()) seen.push_back(reading_numbers(stream, readings.front()));
      auto nums = reading_numbers(stream, cells);
      if (std::find(seen.begin(), seen.end(), nums) != seen.end()) return;
      seen.push_back(std::move(nums));
    }
    readings.push_back(std::move(cells));
  };
  // Every placement of `vals` (the last the total) into the row's cells,
  // blanks between: which of the first width-1 cells hold the first k-1
  // values, every mask of k-1 bits of width-1 in increasing order (the next
  // one by Gosper's hack). A line of exactly `width` values has one.
  auto place_blanks = [&](const std::vector<long>& vals) {
    const std::size_t k = vals.size();
    if (k < 1 || k > width || k - 1 > 31 || width - 1 > 31) return;
    const std::uint64_t limit = std::uint64_t{1} << (width - 1);
    for (std::uint64_t m = (std::uint64_t{1} << (k - 1)) - 1; m < limit;) {
      std::vector<long> cells(width, kBlankCell);
      std::size_t j = 0;
      for (std::size_t c = 0; c + 1 < width; ++c)
        if (m & (std::uint64_t{1} << c)) cells[c] = vals[j++];
      cells[width - 1] = vals[k - 1];
      offer(std::move(cells));
      if (m == 0) break;
      const std::uint64_t low = m & (~m + 1), ripple = m + low;
      m = ripple | (((m ^ ripple) >> 2) / low);
    }
  };
  // The literal reading: the line's cells as printed, with or without its edges.
  std::size_t a = first, b = end;
  while (a < b && stream.tokens[stream.values[a]].edge) ++a;
  while (b > a && stream.tokens[stream.values[b - 1]].edge) --b;
  if (b - a != width) a = first, b = end;
  if (b - a == width) {
    std::vector<long> cells(width);
    for (std::size_t v = a; v < b; ++v) cells[v - a] = static_cast<long>(v);
    // A line of exactly its row's cells, none of them empty (the common
    // case): every placement below would be this one again. A line of
    // exactly its row's cells with empty cells between its separators
    // (tabs, pipes) shows where its blanks are: where its total holds,
    // placing its values elsewhere would ignore what is printed.
    bool all_printed = true;
    for (std::size_t v = first; v < end && all_printed; ++v)
      all_printed = (v >= a && v < b) == (stream.tokens[stream.values[v]].tok.kind != TokenKind::empty);
    const std::vector<long> values = cells;
    offer(std::move(cells));
    if (readings.empty() && all_printed && has_total) {
      // Its total broken as printed: a number split in two by a single space
      // ("4 55") in a line that also lost a blank. Joined back, the blank
      // placed, where that keeps the total.
      for (std::size_t join = 0; join + 1 < values.size(); ++join)
        if (split_number_at(stream, static_cast<std::size_t>(values[join]))) place_blanks(joined_at(values, {join}));
      return readings;
    }
    if (all_printed || !readings.empty()) return readings;
  }
  std::vector<long> printed;
  printed.reserve(end - first);
  for (std::size_t v = first; v < end; ++v)
    if (stream.tokens[stream.values[v]].tok.kind != TokenKind::empty) printed.push_back(static_cast<long>(v));
  const std::size_t k = printed.size();
  // Text in fixed columns shows where each value stands: the one placement
  // (kept only if it keeps the total).
  bool in_columns = k >= 1 && k < width;
  for (std::size_t j = 0; j < k && in_columns; ++j) {
    const int col = stream.tokens[stream.values[static_cast<std::size_t>(printed[j])]].column;
    in_columns = col >= 0 && static_cast<std::size_t>(col) < width &&
                 (j == 0 || col > stream.tokens[stream.values[static_cast<std::size_t>(printed[j - 1])]].column);
  }
  if (in_columns) {
    std::vector<long> cells(width, kBlankCell);
    for (long v : printed) cells[static_cast<std::size_t>(stream.tokens[stream.values[static_cast<std::size_t>(v)]].column)] = v;
    offer(std::move(cells));
    *by_columns = !readings.empty();
    return readings;
  }
  // The soft-joined pairs (one space between two numbers): where two
  // numbers of the row were split ("4 29 … 4 57"), both joined back.
  auto soft_pair = [&](std::size_t j) {
    return printed[j + 1] == printed[j] + 1 && split_number_at(stream, static_cast<std::size_t>(printed[j]));
  };
  if (k == width + 2 && has_total) {
    for (std::size_t one = 0; one + 1 < k; ++one)
      for (std::size_t two = one + 2; two + 1 < k; ++two)
        if (soft_pair(one) && soft_pair(two)) offer(joined_at(printed, {one, two}));
    return readings;
  }
  if (k < 2 || k + kMaxLostBlanks < width || k > width + 1 || width < 2) return readings;
  if (!has_total && k != width + 1) return readings;
  if (k == width + 1) {
    // A number split in two by a single space ("12 59"), joined back.
    for (std::size_t join = 0; join + 1 < k; ++join) {
      if (soft_pair(join)) offer(joined_at(printed, {join}));
    }
    if (!has_total) {
      if (readings.size() != 1) readings.clear();
      return readings;
    }
    // A stray value (a doubled cell, a footnote mark) dropped.
    for (std::size_t drop = 0; drop + 1 < k; ++drop) {
      std::vector<long> cells;
      cells.reserve(k);
      for (std::size_t j = 0; j < k; ++j)
        if (j != drop) cells.push_back(printed[j]);
      offer(std::move(cells));
    }
    return readings;
  }
  place_blanks(printed);
  return readings;
}

}  // namespace

Alignment align_rows(const TokenStream& stream, const std::vector<GridRow>& rows, const std::vector<long>& anchors,
                     bool labels_after) {
  const std::size_t n = stream.values.size(), R = rows.size();
  if (R > kMaxRows) {  // no template has so many rows; a Step could not name them
    Alignment none;
    none.rows.resize(R);
    return none;
  }
  auto tok = [&](std::size_t v) -> const StreamToken& { return stream.tokens[stream.values[v]]; };
  // What the search asks of a value, side by side (a StreamToken is over a
  // hundred bytes; the search reads these for every state).
  struct ValueFacts {
    std::uint32_t line, line_values;
    bool line_first, edge, noise;
  };
  std::vector<ValueFacts> facts(n);
  for (std::size_t v = 0; v < n; ++v)
    facts[v] = ValueFacts{tok(v).tok.line, tok(v).line_values, tok(v).line_first, tok(v).edge, tok(v).noise};
  // Anchors as value positions.
  std::vector<long> anchor(R, -1);
  for (std::size_t r = 0; r < R; ++r)
    if (r < anchors.size() && anchors[r] >= 0)
      anchor[r] = static_cast<long>(stream.values_before[static_cast<std::size_t>(anchors[r])]);
  std::vector<long> next_anchor(R + 1, -1);  // the first anchor of a row after r
  for (std::size_t r = R; r-- > 0;) next_anchor[r] = r + 1 < R ? (anchor[r + 1] >= 0 ? anchor[r + 1] : next_anchor[r + 1]) : -1;
  // The row whose label is printed on a value's line, before it: values on
  // a labelled line belong to that row.
  std::vector<long> line_row(n, -1);
  for (std::size_t r = 0; r < R; ++r) {
    if (r >= anchors.size() || anchors[r] < 0) continue;
    std::uint32_t line = stream.tokens[static_cast<std::size_t>(anchors[r])].tok.line;
    for (std::size_t v = static_cast<std::size_t>(anchor[r]); v < n && tok(v).tok.line == line; ++v) line_row[v] = static_cast<long>(r);
  }
  // Leaving a row out: cheap where nothing shows it, dear where its label
  // was printed (its values must be somewhere), free where its label was
  // printed alone on a line of as many empty cells as the row has (the row
  // is printed blank).
  std::vector<double> absent_cost(R, kAbsent);
  for (std::size_t r = 0; r < R; ++r)
    if (r < anchors.size() && anchors[r] >= 0)
      absent_cost[r] = stream.tokens[static_cast<std::size_t>(anchors[r])].blank_cells + 1 >= rows[r].width
                           ? kAbsentPrintedBlank
                           : kAbsentLabelled;
  std::vector<long> prev_anchor(R + 1, -1);  // the last anchor of a row before r
  for (std::size_t r = 1; r < R; ++r) prev_anchor[r] = anchor[r - 1] >= 0 ? anchor[r - 1] : prev_anchor[r - 1];
  // Prefix counts of the values alone on their line and of the values a
  // label fragment is printed just before (tokens between two values are
  // labels): a column-by-column block is a stretch of lone values with
  // labels only among its first column.
  auto label_before = [&](std::size_t v) { return v == 0 ? stream.values[0] > 0 : stream.values[v] != stream.values[v - 1] + 1; };
  // A value marked noise (a label's numbering, "8 . 属 于 …") is no cell
  // of a block: a block's cells are the values that are not noise, clean[k]
  // the k-th of them and clean_rank[v] how many come before value v.
  std::vector<std::uint32_t> lone_before(n + 1, 0), labelled_before(n + 1, 0);
  std::vector<std::size_t> clean, clean_rank(n + 1, 0);
  clean.reserve(n);
  for (std::size_t v = 0; v < n; ++v) {
    lone_before[v + 1] = lone_before[v] + (tok(v).line_values == 1);
    labelled_before[v + 1] = labelled_before[v] + label_before(v);
    clean_rank[v] = clean.size();
    if (!tok(v).noise) clean.push_back(v);
  }
  clean_rank[n] = clean.size();
  auto block_value = [&](std::size_t i, std::size_t k) { return clean[clean_rank[i] + k]; };
  // Where a block of m rows printed column by column from value i ends
  // (one past its last value), or 0 when the values there cannot be one:
  // m * columns values that are not noise, all alone on their lines, labels
  // (the label column's, printed beside the first column) only among the
  // first column's values, and the block ending where the lone values do,
  // at noise or at a label.
  // No block of m rows (or more) fits from i: too few values remain.
  auto beyond = [&](std::size_t i, std::size_t m, std::size_t columns) { return clean_rank[i] + m * columns > clean.size(); };
  // Whether a stretch of lone values ends before value v: at the end, a
  // line of several values, noise or a label.
  auto lone_run_ends_at = [&](std::size_t v) { return v == n || facts[v].line_values != 1 || facts[v].noise || label_before(v); };
  auto column_block_end = [&](std::size_t i, std::size_t m, std::size_t columns) -> std::size_t {
    if (tok(i).noise || beyond(i, m, columns)) return 0;
    const std::size_t end = block_value(i, m * columns - 1) + 1, first_column_end = block_value(i, m - 1) + 1;
    if (lone_before[end] - lone_before[i] != end - i) return 0;
    if (labelled_before[end] - labelled_before[first_column_end] != 0) return 0;
    return lone_run_ends_at(end) ? end : 0;
  };
  // The blocks that can start at each value, for blocks of a number of
  // columns: for value i, the (rows, end) pairs in ends[start[i] ..
  // start[i + 1]), by rows. A block's values are all lone, so only values
  // up to the end of i's stretch of lone values need be tried; found once
  // per value, not once per row the alignment may be at.
  std::vector<std::size_t> lone_end(n + 1, n);  // the first value at or after v that is not alone on its line
  std::vector<std::size_t> next_label(n + 1, n);  // the first value at or after v printed right after a label
  for (std::size_t v = n; v-- > 0;) next_label[v] = label_before(v) ? v : next_label[v + 1];
  for (std::size_t v = n; v-- > 0;) lone_end[v] = tok(v).line_values == 1 ? lone_end[v + 1] : v;
  // Calls f(m, end) for each block of m rows of `columns` columns that can
  // start at lone value v: all its values alone on their lines, labels only
  // among its first column's values. Whether it may end at `end` is f's to
  // say. A label after the first column rules a block out until the first
  // column reaches past it (a table printed row by row, a cell a line, has a
  // label every row): those sizes are skipped.
  auto for_each_block_shape = [&](std::size_t v, std::size_t columns, auto&& f) {
    if (facts[v].line_values != 1 || facts[v].noise) return;
    for (std::size_t m = 2; m <= R && !beyond(v, m, columns) && block_value(v, m * columns - 1) < lone_end[v];) {
      const std::size_t end = block_value(v, m * columns - 1) + 1;
      const std::size_t label = next_label[block_value(v, m - 1) + 1];
      if (label < end) {
        m = std::max(m + 1, clean_rank[label] - clean_rank[v] + 1);
        continue;
      }
      f(m, end);
      ++m;
    }
  };
  // The (rows, end) pairs of the blocks that can start at a value, by
  // number of columns: found when the search first reaches the value (most
  // values it never tries a block at), then kept.
  struct BlockEnds {
    std::vector<std::uint32_t> begin, end;  // per value, its range of pairs; begin > end: not found yet
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  };
  std::vector<BlockEnds> block_ends;
  auto blocks_from = [&](std::size_t i, std::size_t columns) {
    if (columns >= block_ends.size()) block_ends.resize(columns + 1);
    BlockEnds& be = block_ends[columns];
    if (be.begin.empty()) be.begin.assign(n + 1, 1), be.end.assign(n + 1, 0);
    if (be.begin[i] > be.end[i]) {
      be.begin[i] = static_cast<std::uint32_t>(be.pairs.size());
      // The block ends where its stretch of lone values does (column_block_end).
      for_each_block_shape(i, columns, [&](std::size_t m, std::size_t end) {
        if (lone_run_ends_at(end)) be.pairs.emplace_back(static_cast<std::uint32_t>(m), static_cast<std::uint32_t>(end));
      });
      be.end[i] = static_cast<std::uint32_t>(be.pairs.size());
    }
    return std::make_pair(be.pairs.begin() + be.begin[i], be.pairs.begin() + be.end[i]);
  };
  std::vector<std::size_t> line_end(n + 1, n);  // one past the last value of v's line
  for (std::size_t v = n; v-- > 0;)
    line_end[v] = v + 1 < n && tok(v + 1).tok.line == tok(v).tok.line ? line_end[v + 1] : v + 1;

  std::size_t narrowest = 0;
  for (const auto& row : rows) narrowest = narrowest == 0 ? row.width : std::min(narrowest, row.width);
  std::vector<bool> claimed(n, false);  // a total column printed apart that a block's sums match
  auto skip_cost = [&](std::size_t v) {
    const StreamToken& t = tok(v);
    if (t.noise || claimed[v]) return kSkipNoise;
    // Where every row has several cells, a value alone between two labels
    // cannot be a row: it is part of a header or a torn label.
    if (t.between_labels && narrowest >= 3) return kSkipNoise;
    switch (t.tok.kind) {
      case TokenKind::empty: return t.edge ? kSkipNoise : kSkipEmpty;
      case TokenKind::blank_mark: return kSkipBlankMark;
      default: return kSkipNumber;
    }
  };
  // Each value's number (blanks and text 0), read once.
  std::vector<Decimal> number(n);
  for (std::size_t v = 0; v < n; ++v)
    if (tok(v).tok.kind == TokenKind::number) number[v] = tok(v).tok.value;
  // The cost of a row by its arithmetic: its parts part(0..parts-1) and its
  // total; a sum that overflows breaks.
  auto row_arithmetic = [&](auto&& part, std::size_t parts, const Decimal& total) {
    Decimal sum;
    bool zero = total.units == 0;
    for (std::size_t c = 0; c < parts; ++c) {
      auto s = Decimal::add(sum, part(c));
      if (!s) return kBreaks;
      sum = *s;
      zero = zero && part(c).units == 0;
    }
    return sum != total ? kBreaks : zero ? kHoldsZero : kHolds;
  };
  // Blocks printed column by column without their total column, whose
  // totals are printed apart, later: m lone values under a label 总计 that
  // equal the sums of the block's rows. Found before the alignment, so that
  // those totals are skipped cheaply where the rows are read.
  struct ApartBlock {
    std::size_t first, end, rows, width, totals;
    double arithmetic;
  };
  std::vector<ApartBlock> apart;
  std::string label_text;  // the labels before a value, joined (总 and 计 may be two fragments)
  auto headed_by_total = [&](std::size_t v) {
    label_text.clear();
    for (std::size_t k = v == 0 ? 0 : stream.values[v - 1] + 1; k < stream.values[v]; ++k) label_text += stream.tokens[k].compact;
    return label_text.find("总计") != std::string::npos;
  };
  // The values printed under a label that says 总计: where a total column
  // printed apart may start.
  std::vector<std::size_t> total_heads;
  for (std::size_t t = 0; t < n; ++t)
    if (label_before(t) && headed_by_total(t)) total_heads.push_back(t);
  std::vector<std::size_t> total_widths;
  for (const auto& row : rows)
    if (row.total_last && row.width >= 3 && std::find(total_widths.begin(), total_widths.end(), row.width) == total_widths.end())
      total_widths.push_back(row.width);
  for (std::size_t W : total_widths) {
    const std::size_t C = W - 1;
    if (total_heads.empty()) break;
    for (std::size_t i = 0; i < n; ++i) {
      for_each_block_shape(i, C, [&](std::size_t m, std::size_t end) {
        // The block need not end where the lone values do: the next block's
        // first label may be lost. Its totals, equal to its rows' sums and
        // ending under their 总计, are the evidence then.
        const bool ends_there = lone_run_ends_at(end);
        auto row_sum = [&](std::size_t j) -> std::optional<Decimal> {
          Decimal sum;
          for (std::size_t c = 0; c < C; ++c) {
            auto s = Decimal::add(sum, number[block_value(i, c * m + j)]);
            if (!s) return std::nullopt;
            sum = *s;
          }
          return sum;
        };
        for (auto head = std::lower_bound(total_heads.begin(), total_heads.end(), end);
             head != total_heads.end() && *head + m <= n; ++head) {
          const std::size_t t = *head;
          // Under its 总计, m lone values with no label after the first.
          if (lone_before[t + m] - lone_before[t] != m ||
              labelled_before[t + m] - labelled_before[t + 1] != 0 || clean_rank[t + m] - clean_rank[t] != m)
            continue;
          // Every total equal to its row's sum; in a block of three rows or
          // more, one may differ (a report's own error, which must still be
          // read to be found) when the others are not all zero.
          std::size_t differ = 0;
          bool all_zero = true;
          for (std::size_t j = 0; j < m && differ <= 1; ++j) {
            auto sum = row_sum(j);
            const bool same = sum && *sum == number[t + j];
            differ += !same;
            all_zero = all_zero && (!same || sum->units == 0);
          }
          const bool equal = differ == 0 || (differ == 1 && m >= 3 && !all_zero);
          // One of the two columns must show where the block ends: its
          // last column (at noise or a label) or its totals; zeros, both.
          const bool totals_end_there = lone_run_ends_at(t + m);
          if (!equal || (all_zero ? !(ends_there && totals_end_there) : !(ends_there || totals_end_there))) continue;
          double arithmetic = 0;
          for (std::size_t j = 0; j < m; ++j)
            arithmetic += row_arithmetic([&](std::size_t c) { return number[block_value(i, c * m + j)]; }, C, number[t + j]);
          apart.push_back(ApartBlock{i, end, m, W, t, arithmetic});
          for (std::size_t j = 0; j < m; ++j) claimed[t + j] = true;
          break;
        }
      });
    }
  }
  std::sort(apart.begin(), apart.end(), [](const ApartBlock& a, const ApartBlock& b) { return a.first < b.first; });
  // The apart blocks that start at value i, as a range of `apart`.
  auto apart_at = [&](std::size_t i) {
    auto lo = std::lower_bound(apart.begin(), apart.end(), i, [](const ApartBlock& a, std::size_t v) { return a.first < v; });
    auto hi = lo;
    while (hi != apart.end() && hi->first == i) ++hi;
    return std::make_pair(lo, hi);
  };

  auto arithmetic_cost = [&](std::size_t r, const std::vector<long>& cells, bool* holds) {
    *holds = false;
    if (!rows[r].total_last) return kNoArithmetic;
    *holds = reading_holds(stream, cells);
    if (!*holds) return kBreaks;
    return std::all_of(cells.begin(), cells.end(), [&](long c) { return is_zero(cell_number(stream, c)); }) ? kHoldsZero
                                                                                                           : kHolds;
  };
  // The arithmetic of a block of m rows of W cells printed column by column
  // from value `first`, its total as printed column total_at: the sum of
  // its rows' costs. It depends on the block's shape only (every row of a
  // block has a total), not on which template rows it stands for: read once.
  std::unordered_map<std::size_t, double> block_cache;
  auto block_arithmetic = [&](std::size_t first, std::size_t m, std::size_t W, std::size_t total_at) {
    const std::size_t key = ((first * 64 + m) * 64 + W) * 64 + total_at;
    if (auto found = block_cache.find(key); found != block_cache.end()) return found->second;
    double c = 0;
    for (std::size_t j = 0; j < m; ++j) {
      auto value = [&](std::size_t col) {
        std::size_t printed = col + 1 == W ? total_at : (col < total_at ? col : col + 1);
        return number[block_value(first, printed * m + j)];
      };
      c += row_arithmetic(value, W - 1, value(W - 1));
    }
    block_cache.emplace(key, c);
    return c;
  };
  // The line of values row r's label heads, or kNoLine.
  constexpr std::uint32_t kNoLine = UINT32_MAX;
  std::vector<std::uint32_t> heads_line(R, kNoLine);
  for (std::size_t r = 0; r < R; ++r)
    if (anchor[r] >= 0 && static_cast<std::size_t>(anchor[r]) < n &&
        line_row[static_cast<std::size_t>(anchor[r])] == static_cast<long>(r))
      heads_line[r] = facts[static_cast<std::size_t>(anchor[r])].line;
  auto place_cost = [&](std::size_t r, std::size_t first, std::size_t last /* exclusive */) {
    double c = 0;
    if (labels_after) {
      // Each row's label printed after its values: the run ends at its label
      // and starts after the previous row's.
      if (anchor[r] >= 0 && static_cast<long>(last) > anchor[r]) c += kBeforeLabel;
      if (prev_anchor[r] >= 0 && static_cast<long>(first) < prev_anchor[r] &&
          (anchor[r] < 0 ? prev_anchor[r] < static_cast<long>(last) : prev_anchor[r] < anchor[r]))
        c += kOverLabel;
      return c;
    }
    if (anchor[r] >= 0 && static_cast<long>(first) < anchor[r]) c += kBeforeLabel;
    if (first < n && line_row[first] >= 0 && line_row[first] != static_cast<long>(r)) c += kOtherRowsLine;
    // Its label heads a line of values, and the run is read from another
    // line (a row printed twice: the copy with its label is the row's).
    if (heads_line[r] != kNoLine && first < n && facts[first].line != heads_line[r]) c += kOffOwnLine;
    // Labels printed together as a header (several at one place) say nothing
    // of where a row's values end.
    if (next_anchor[r] >= 0 && static_cast<long>(last) > next_anchor[r] &&
        (anchor[r] < 0 ? next_anchor[r] > static_cast<long>(first) : next_anchor[r] > anchor[r]))
      c += kOverLabel;
    return c;
  };
  // Prefix counts over the values, so that a run's cost is read in constant
  // time: cells that are not edges, line changes between lines of several
  // values, and what a run pays for taking edges and noise.
  std::vector<std::uint32_t> cells_before(n + 1, 0), crossings_before(n + 1, 0);
  std::vector<double> taken_cost_before(n + 1, 0);
  for (std::size_t v = 0; v < n; ++v) {
    cells_before[v + 1] = cells_before[v] + !tok(v).edge;
    crossings_before[v + 1] = crossings_before[v] + (v > 0 && tok(v).tok.line != tok(v - 1).tok.line &&
                                                     tok(v - 1).line_values > 1 && tok(v).line_values > 1);
    taken_cost_before[v + 1] = taken_cost_before[v] + (tok(v).edge ? kEdgeInRun : tok(v).noise ? kNoiseInRun : 0);
  }
  auto line_cost = [&](std::size_t first, std::size_t count) {
    const ValueFacts& a = facts[first];
    if (a.line_first && a.line_values == count) return kWholeLine;
    double c = 0;
    // Part of one line that does not hold whole rows of this width.
    if (a.line == facts[first + count - 1].line) {
      std::uint32_t cells = cells_before[first + count] - cells_before[first];
      if (cells > 0 && cells < a.line_values && a.line_values % cells != 0) c += kPartLine;
    }
    // (A crossing at the run's first value is with the value before the run.)
    return c + kCrossesLine * (crossings_before[first + count] - crossings_before[first + 1]);
  };
  // What a run of W values as printed costs apart from its row's labels:
  // its arithmetic, the lines it takes and the edges and noise in it. It
  // depends on the row's shape only, not on which row: read once per shape
  // and first value (a table's rows have a shape or two).
  std::vector<std::vector<double>> run_cache;  // by shape, W * 2 + has_total
  auto run_cost = [&](std::size_t r, std::size_t first, std::size_t W) {
    const std::size_t shape = W * 2 + (rows[r].total_last ? 1 : 0);
    if (shape >= run_cache.size()) run_cache.resize(shape + 1);
    if (run_cache[shape].empty()) run_cache[shape].assign(n + 1, std::numeric_limits<double>::quiet_NaN());
    double& cached = run_cache[shape][first];
    if (cached != cached) {
      const double arithmetic =
          rows[r].total_last
              ? row_arithmetic([&](std::size_t c) { return number[first + c]; }, W - 1, number[first + W - 1])
              : kNoArithmetic;
      cached = arithmetic + line_cost(first, W) + (taken_cost_before[first + W] - taken_cost_before[first]);
    }
    return cached;
  };

  // Rows of a column-by-column block: of one width, with a total. Prefix
  // counts of the rows of row r's shape and of the rows whose label was
  // printed, so that a block's fit is read in constant time.
  auto block_shape = [&](std::size_t r, std::size_t W) { return rows[r].width == W && rows[r].total_last; };
  std::vector<std::size_t> anchored_before(R + 1, 0);
  std::vector<std::vector<std::size_t>> shaped_by_width;  // counted once per width
  auto shaped_for = [&](std::size_t W) -> const std::vector<std::size_t>& {
    if (W >= shaped_by_width.size()) shaped_by_width.resize(W + 1);
    std::vector<std::size_t>& shaped = shaped_by_width[W];
    if (shaped.empty()) {
      shaped.assign(R + 1, 0);
      for (std::size_t r = 0; r < R; ++r) shaped[r + 1] = shaped[r] + block_shape(r, W);
    }
    return shaped;
  };
  for (std::size_t r = 0; r < R; ++r) anchored_before[r + 1] = anchored_before[r] + (anchor[r] >= 0);

  const double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> cost((R + 1) * (n + 1));  // set by each search
  // Steps are written where a cost is, and read only there: left
  // uninitialized, not zeroed (the table is most of an alignment's memory).
  std::unique_ptr<Step[]> step(new Step[(R + 1) * (n + 1)]);
  // Rows within values: the states at one value, which the search visits
  // together, lie side by side.
  auto at = [&](std::size_t r, std::size_t i) { return i * (R + 1) + r; };
  // Candidate readings of a line that lost blanks, per (row, first value).
  struct Lost {
    std::vector<std::vector<long>> readings;
    bool unreadable = false, literal = false, by_columns = false;
    double arithmetic = 0;  // of the first reading
  };
  std::vector<Lost> lost;
  // (row shape: width and total) → per line start, the index into lost + 1, or 0.
  std::vector<std::vector<std::uint32_t>> line_cache;
  // The same for runs of one value more with a split number, per width.
  std::vector<std::vector<std::uint32_t>> split_cache;
  // Value v+1 is the second part of a number split by a single space, the
  // two alone on their line among values printed one a line (a line of
  // several values is read whole: line_readings joins there).
  auto soft_after = [&](std::size_t v) { return split_number_at(stream, v) && tok(v).line_values == 2; };
  std::vector<std::size_t> soft_before(n + 1, 0);  // soft_before[v]: values u < v with soft_after(u - 1)
  for (std::size_t v = 0; v < n; ++v) soft_before[v + 1] = soft_before[v] + (v > 0 && soft_after(v - 1));
  // The rows reached at each value, [first_row, last_row]: the search
  // visits only those (most rows at a value are never reached).
  std::vector<std::uint16_t> first_row(n + 1, static_cast<std::uint16_t>(R + 1)), last_row(n + 1, 0);
  // The least the rows from r to the end can add to a path's cost: no row
  // gains more than its best arithmetic and a whole line, and skipping a
  // value or leaving a row out never gains. (Every negative cost is one
  // of these; a block gains less per row than its rows printed apart.)
  std::vector<double> least_from(R + 1, 0);
  for (std::size_t r = R; r-- > 0;)
    least_from[r] = least_from[r + 1] + kWholeLine +
                    (rows[r].total_last ? std::min({kHolds, kHoldsZero, kBreaks}) : kNoArithmetic);
  // Values in order, rows within; every transition goes to a later value or
  // a later row at the same value. A state far behind the best at its value
  // (beam), or far ahead (ahead_beam), is not followed. A state whose cost
  // and least remaining cost (its potential) is far above the best
  // potential at its value is not followed either (potential_beam). A state
  // whose potential exceeds the cost of a whole alignment already found
  // (bound) cannot be on the best one: it is not kept, and the search still
  // finds the best exactly.
  //
  // Where every row has a total, a state far from the best at its value
  // cannot catch up: one search with the beams. Rows without arithmetic
  // (long runs of one-cell rows) cannot be judged so; there a narrow search
  // by potential finds an alignment first, whose cost bounds the exact
  // search of the whole table (which then keeps only the states near the
  // best).
  bool all_totals = true;
  for (const auto& row : rows) all_totals = all_totals && row.total_last;
  for (int pass = all_totals ? 1 : 0; pass < 2; ++pass) {
    const double beam = all_totals ? kBeam : kInf, ahead_beam = all_totals ? kAheadBeam : kInf;
    const double potential_beam = pass == 0 ? kPotentialBeam : kInf;
    // (Costs are sums of the same terms in the same order: the margin is
    // for rounding only.)
    const double bound = pass == 1 && !all_totals ? cost[at(R, n)] + 1e-6 : kInf;
    // The step is made only where it improves the state (most do not).
    auto relax = [&](std::size_t r, std::size_t i, double c, auto&& make) {
      if (c < cost[at(r, i)] && c + least_from[r] <= bound) {
        cost[at(r, i)] = c;
        step[at(r, i)] = make();
        first_row[i] = std::min(first_row[i], static_cast<std::uint16_t>(r));
        last_row[i] = std::max(last_row[i], static_cast<std::uint16_t>(r));
      }
    };
    std::fill(cost.begin(), cost.end(), kInf);
    std::fill(first_row.begin(), first_row.end(), static_cast<std::uint16_t>(R + 1));
    std::fill(last_row.begin(), last_row.end(), static_cast<std::uint16_t>(0));
    cost[at(0, 0)] = 0;
    first_row[0] = last_row[0] = 0;
    for (std::size_t i = 0; i <= n; ++i) {
      double best_here = kInf, best_potential = kInf;
      std::size_t best_row = 0;
      for (std::size_t r = first_row[i]; r <= last_row[i]; ++r)
        if (cost[at(r, i)] < best_here) best_here = cost[at(r, i)], best_row = r;
      if (potential_beam < kInf)
        for (std::size_t r = first_row[i]; r <= last_row[i]; ++r)
          best_potential = std::min(best_potential, cost[at(r, i)] + least_from[r]);
      const double skip_here = i < n ? skip_cost(i) : 0;
      // Only a value alone on its line can start a block printed column by column.
      const bool block_may_start = i < n && facts[i].line_values == 1;
      // (Leaving rows out reaches later rows at this value: last_row[i] grows.)
      for (std::size_t r = first_row[i]; r <= last_row[i]; ++r) {
        double cur = cost[at(r, i)];
        if (cur == kInf || cur > best_here + (r > best_row ? ahead_beam : beam) ||
            cur + least_from[r] > best_potential + potential_beam)
          continue;
        if (i < n) relax(r, i + 1, cur + skip_here, [&] { return make_step(RowHow::absent, 1, r, i); });
        if (r == R) continue;
        relax(r + 1, i, cur + absent_cost[r], [&] { return make_step(RowHow::absent, 2, r, i); });
        const std::size_t W = rows[r].width;
        // A printed line read whole: its printed values placed in order into
        // the row's cells, blanks where the extraction lost them or where the
        // line's empty cells stand, one stray value dropped. Only a row with a
        // total can tell where the blanks were; several readings that keep the
        // total are left for the column relations to decide.
        if (i < n && facts[i].line_first) {
          const bool has_total = rows[r].total_last;
          // The line's readings depend on the line and the row's shape only: read once.
          const std::size_t shape = W * 2 + (has_total ? 1 : 0);
          if (shape >= line_cache.size()) line_cache.resize(shape + 1);
          if (line_cache[shape].empty()) line_cache[shape].assign(n, 0);
          std::uint32_t& found = line_cache[shape][i];
          if (found == 0) {
            Lost l;
            l.readings = line_readings(stream, i, line_end[i], W, has_total, &l.by_columns);
            std::size_t printed = 0;
            for (std::size_t v = i; v < line_end[i]; ++v) printed += tok(v).tok.kind != TokenKind::empty;
            l.unreadable = l.readings.empty() && has_total && printed >= 2 && printed < W;
            if (!l.readings.empty()) {
              bool holds;
              l.arithmetic = arithmetic_cost(r, l.readings.front(), &holds);
              l.literal = is_literal(l.readings.front());
            }
            lost.push_back(std::move(l));
            found = static_cast<std::uint32_t>(lost.size());
          }
          const std::size_t reading = found - 1;
          const Lost& l = lost[reading];
          if (!l.readings.empty()) {
            double c = l.arithmetic + place_cost(r, i, line_end[i]) + kWholeLine + (l.literal ? 0 : kBlanksLost);
            relax(r + 1, line_end[i], cur + c, [&] { return make_step(RowHow::blanks_lost, 3, r, i, 0, reading); });
          } else if (l.unreadable) {
            // Cells lost and no reading keeps the total: the row is here, but
            // where its cells belong cannot be known.
            double c = kBreaks + kBlanksLost + place_cost(r, i, line_end[i]);
            relax(r + 1, line_end[i], cur + c, [&] { return make_step(RowHow::blanks_lost, 3, r, i, 0, reading); });
          }
        }
        if (i + W <= n) {
          const double c = run_cost(r, i, W) + place_cost(r, i, i + W);
          relax(r + 1, i + W, cur + c, [&] { return make_step(RowHow::printed, 3, r, i); });
        }
        // A run of one value more, two of them one number split by a single
        // space, alone on their line ("3 21"): joined, where that keeps the
        // total.
        if (rows[r].total_last && i + W + 1 <= n && soft_before[i + W + 1] - soft_before[i + 1] > 0) {
          const std::size_t shape = W;
          if (shape >= split_cache.size()) split_cache.resize(shape + 1);
          if (split_cache[shape].empty()) split_cache[shape].assign(n, 0);
          std::uint32_t& found = split_cache[shape][i];
          if (found == 0) {
            Lost l;
            for (std::size_t j = i; j + 1 < i + W + 1 && l.readings.size() < 2; ++j) {
              if (!soft_after(j)) continue;
              std::vector<long> run(W + 1);
              for (std::size_t v = i; v < i + W + 1; ++v) run[v - i] = static_cast<long>(v);
              std::vector<long> cells = joined_at(run, {j - i});
              if (reading_holds(stream, cells)) l.readings.push_back(std::move(cells));
            }
            if (l.readings.size() == 1) {
              bool holds;
              l.arithmetic = arithmetic_cost(r, l.readings.front(), &holds);
            } else {
              l.readings.clear();  // none, or two joins that both hold: no reading
            }
            lost.push_back(std::move(l));
            found = static_cast<std::uint32_t>(lost.size());
          }
          const std::size_t reading = found - 1;
          if (!lost[reading].readings.empty()) {
            const double c = lost[reading].arithmetic + line_cost(i, W + 1) +
                             (taken_cost_before[i + W + 1] - taken_cost_before[i]) + place_cost(r, i, i + W + 1) +
                             kBlanksLost;
            relax(r + 1, i + W + 1, cur + c, [&] { return make_step(RowHow::blanks_lost, 3, r, i, 0, reading); });
          }
        }
        // A block of rows printed column by column (see column_block_end).
        // Inside the block a few template rows whose labels are not printed
        // may be missing (a group printed as one row).
        if (!block_may_start) continue;
        if (rows[r].total_last) {
          const std::vector<std::size_t>& shaped_before = shaped_for(W);
          for (auto [block, last_block] = blocks_from(i, W); block != last_block && r + block->first <= R; ++block) {
            const std::size_t m = block->first, end = block->second;
            for (std::size_t gap = 0; gap <= kMaxBlockGap && r + m + gap <= R; ++gap) {
              const std::size_t end_row = r + m + gap;  // the block stands for rows [r, end_row) but its gap
              const std::size_t shaped = shaped_before[end_row] - shaped_before[r];
              for (std::size_t at_row = gap == 0 ? 0 : 1; at_row < (gap == 0 ? 1 : m); ++at_row) {
                // The gap's rows print no label, every other row is of the block's shape.
                const std::size_t g0 = r + at_row, g1 = g0 + gap;
                if (anchored_before[g1] != anchored_before[g0]) continue;
                if (shaped - (shaped_before[g1] - shaped_before[g0]) != m) continue;
                // The total column may have been read before the column printed
                // beside it (a header cell set lower).
                for (std::size_t total_at = W; total_at-- + 2 > W;) {
                  double block = kTransposed + static_cast<double>(gap) * kAbsent + (total_at + 1 == W ? 0 : kTransposed);
                  block += block_arithmetic(i, m, W, total_at);
                  relax(r + m + gap, end, cur + block, [&] {
                    Step st = make_step(RowHow::transposed, 4, r, i, m);
                    st.gap = static_cast<std::uint8_t>(gap);
                    st.gap_at = static_cast<std::uint8_t>(at_row);
                    st.total_at = static_cast<std::uint8_t>(total_at);
                    return st;
                  });
                }
              }
            }
          }
          // The block without its total column, which is printed apart,
          // later, under its own 总计 (a page's columns read one by one).
          // (Iterators, not a structured binding: the step's lambda reads ab,
          // and C++17 lets no lambda capture a binding.)
          const auto apart_here = apart_at(i);
          for (auto ab = apart_here.first; ab != apart_here.second; ++ab)
            if (ab->width == W && r + ab->rows <= R && shaped_before[r + ab->rows] - shaped_before[r] == ab->rows) {
              relax(r + ab->rows, ab->end, cur + 2 * kTransposed + ab->arithmetic, [&] {
                Step st = make_step(RowHow::transposed, 4, r, i, ab->rows);
                st.total_at = static_cast<std::uint8_t>(W);  // apart
                st.extra = static_cast<std::uint32_t>(ab->totals);
                return st;
              });
            }
        } else if (W > 1 && anchor[r] >= 0 && anchor[r] <= static_cast<long>(i)) {
          // Rows without a total: only their labels can show the order, so a
          // block needs each row's label printed right before its value in the
          // first column (row after row would print it a row's width later;
          // rows of one cell read the same both ways, and are read as printed).
          for (std::size_t m = 2; r + m <= R && !beyond(i, m, W); ++m) {
            if (rows[r + m - 1].width != W || rows[r + m - 1].total_last ||
                anchor[r + m - 1] != static_cast<long>(block_value(i, m - 1)))
              break;
            const std::size_t end = column_block_end(i, m, W);
            if (end == 0) continue;
            relax(r + m, end, cur + kTransposed + kNoArithmetic * static_cast<double>(m),
                  [&] { return make_step(RowHow::transposed, 4, r, i, m, 0, W - 1); });
          }
        }
      }

    }
  }
  Alignment out;
  out.rows.resize(R);
  out.cost = cost[at(R, n)];
  out.labels_after = labels_after;
  std::size_t r = R, i = n;
  while (r > 0 || i > 0) {
    if (cost[at(r, i)] == kInf) break;  // not reached (a beam may leave the end unreached)
    const Step& s = step[at(r, i)];
    if (s.kind == 0) break;
    if (s.kind == 3) {
      RowReading& rr = out.rows[s.from_r];
      rr.how = s.how;
      if (s.how == RowHow::printed) {
        rr.cells.resize(rows[s.from_r].width);
        for (std::size_t k = 0; k < rr.cells.size(); ++k) rr.cells[k] = static_cast<long>(s.from_i + k);
      } else {
        const Lost& l = lost[s.extra];
        if (l.readings.empty()) {
          rr.unreadable = true;
          rr.cells.reserve(line_end[s.from_i] - s.from_i);
          for (std::size_t v = s.from_i; v < line_end[s.from_i]; ++v) rr.cells.push_back(static_cast<long>(v));
        } else {
          rr.cells = l.readings.front();
          rr.alternatives.assign(l.readings.begin() + 1, l.readings.end());
          rr.by_columns = l.by_columns;
        }
      }
      rr.holds = rows[s.from_r].total_last && reading_holds(stream, rr.cells);
    } else if (s.kind == 4) {
      const std::size_t W = rows[s.from_r].width;
      for (std::size_t j = 0; j < s.block; ++j) {
        RowReading& rr = out.rows[s.from_r + j + (s.gap > 0 && j >= s.gap_at ? s.gap : 0)];
        rr.how = RowHow::transposed;
        rr.cells = block_cells(clean, clean_rank[s.from_i], s.block, W, j, s.total_at, s.extra);
        rr.holds = rows[s.from_r].total_last && reading_holds(stream, rr.cells);
      }
    }
    r = s.from_r;
    i = s.from_i;
  }
  return out;
}

}  // namespace gongkai::parsing
