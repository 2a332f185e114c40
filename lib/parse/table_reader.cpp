#include "parse/table_reader.hpp"

#include <algorithm>
#include <cstdint>


#include "parse/alignment.hpp"
#include "parse/columns.hpp"
#include "parse/decision.hpp"
#include "parse/label_model.hpp"
#include "parse/token_stream.hpp"

namespace gongkai::parsing {
namespace {

std::string describe(const TokenStream& stream, const std::vector<long>& cells) {
  std::string out;
  for (long c : cells) {
    if (!out.empty()) out += ' ';
    auto text = [&](std::size_t v) { return std::string(stream.tokens[stream.values[v]].tok.text); };
    if (is_merged(c)) {
      out += text(merged_first(c)) + "+" + text(merged_first(c) + 1);
      continue;
    }
    if (c < 0) {
      out += '_';
      continue;
    }
    const Token& t = stream.tokens[stream.values[static_cast<std::size_t>(c)]].tok;
    out += t.kind == TokenKind::empty ? std::string_view("_") : t.text;
  }
  return out;
}

// The value a cell was read from (the first of a joined pair), or -1.
long value_of(long cell) { return is_merged(cell) ? static_cast<long>(merged_first(cell)) : cell; }

std::size_t line_of(const TokenStream& stream, const RowReading& r) {
  for (long c : r.cells)
    if (value_of(c) >= 0) return stream.tokens[stream.values[static_cast<std::size_t>(value_of(c))]].tok.line;
  return 0;
}

// A row whose label was printed with no value before the next row's label: a
// row printed all blank.
// The first and last value a reading took, or -1, -1.
std::pair<long, long> value_range(const RowReading& rr) {
  long first = -1, last = -1;
  for (long cell : rr.cells)
    if (long c = value_of(cell); c >= 0) {
      if (first < 0 || c < first) first = c;
      last = std::max(last, c);
    }
  return {first, last};
}

// (The next row is read from the values right after its own label, so the
// labels are not a block printed apart from the values.)
bool printed_blank(const TokenStream& stream, const std::vector<long>& anchors, const Alignment& a, std::size_t r) {
  if (anchors[r] < 0) return false;
  for (std::size_t next = r + 1; next < anchors.size(); ++next)
    if (anchors[next] >= 0) {
      std::size_t at = stream.values_before[static_cast<std::size_t>(anchors[next])];
      if (stream.values_before[static_cast<std::size_t>(anchors[r])] != at) return false;
      const RowReading& n = a.rows[next];
      return n.how != RowHow::absent && !n.cells.empty() && n.cells.front() == static_cast<long>(at);
    }
  return false;
}

// Whether row r's label stands with its values: printed before them, and
// no later row's label among them (labels printed together as a header
// stand with every row below them).
bool label_stands_with(const TokenStream& stream, const std::vector<long>& anchors, std::size_t r,
                       const RowReading& rr, bool labels_after) {
  if (anchors[r] < 0) return false;
  auto [first, last] = value_range(rr);
  if (first < 0) return true;
  auto at = [&](std::size_t row) { return static_cast<long>(stream.values_before[static_cast<std::size_t>(anchors[row])]); };
  if (labels_after) {
    // The label right after the values, the previous row's before them.
    if (at(r) <= last) return false;
    for (std::size_t prev = r; prev-- > 0;)
      if (anchors[prev] >= 0) return at(prev) <= first;
    return true;
  }
  if (at(r) > first) return false;
  // A later row's label printed before these values (and not in the same
  // block of labels as this row's): the values are out of the labels' order.
  for (std::size_t later = r + 1; later < anchors.size(); ++later)
    if (anchors[later] >= 0 && at(later) < first && at(later) != at(r)) return false;
  for (std::size_t next = r + 1; next < anchors.size(); ++next)
    if (anchors[next] >= 0) return at(next) > last || at(next) == at(r);
  return true;
}


// Whether row r's label is printed right before its first cell: nothing but
// label text between them, and no other row's label.
bool label_beside_first_cell(const TokenStream& stream, const std::vector<long>& anchors, std::size_t r,
                             const RowReading& rr) {
  if (anchors[r] < 0 || rr.cells.empty() || value_of(rr.cells.front()) < 0) return false;
  const std::size_t label = static_cast<std::size_t>(anchors[r]);
  const std::size_t cell = stream.values[static_cast<std::size_t>(value_of(rr.cells.front()))];
  if (label > cell) return false;
  for (std::size_t t = label + 1; t < cell; ++t) {
    if (!stream.tokens[t].label) return false;
    for (long other : anchors)
      if (other == static_cast<long>(t)) return false;
  }
  return true;
}

// A fragment of the column header (总计, 结果 维持 torn apart): every
// character of it is in the column names. Printed among the values when a
// header cell sits lower than the rest, it does not part them.
bool header_fragment(std::string_view compact_text, const std::string& column_words) {
  if (compact_text.empty() || column_words.empty()) return false;
  std::size_t i = 0;
  while (i < compact_text.size()) {
    unsigned char c = static_cast<unsigned char>(compact_text[i]);
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (column_words.find(compact_text.substr(i, n)) == std::string::npos) return false;
    i += n;
  }
  return true;
}

// Label text printed among a row's values: the values were gathered from
// around the page, not read from one printed row.
bool interrupted_by_labels(const TokenStream& stream, const RowReading& rr) {
  auto [first, last] = value_range(rr);
  if (first < 0) return false;
  for (std::size_t t = stream.values[static_cast<std::size_t>(first)]; t < stream.values[static_cast<std::size_t>(last)]; ++t)
    if (stream.tokens[t].label && !stream.tokens[t].header) return true;
  return false;
}

// How firmly a row's label places it. `labelled`: its label stands with its
// values. `firm`: and the text shows the row as printed: its label on the
// line of its values, or the row among rows that read a whole run of values
// (between two labels: table 四's fifteen cells under its header) whose
// label block names them. Rows of such a run share the label of any of them.
struct LabelEvidence {
  std::vector<bool> labelled, firm;
  /// Its label one of a block printed together, its values each alone on
  /// its line: the values' order, not the text, splits them into rows.
  std::vector<bool> by_block;
};

LabelEvidence label_evidence(const TokenStream& stream, const std::vector<long>& anchors, const Alignment& a) {
  const std::size_t R = a.rows.size(), n = stream.values.size();
  LabelEvidence e{std::vector<bool>(R, false), std::vector<bool>(R, false), std::vector<bool>(R, false)};
  // Runs of values with no label between them.
  std::vector<std::size_t> run(n, 0), run_cells;
  auto parted = [&](std::size_t v) {  // a label other than the header's between values v-1 and v
    for (std::size_t t = stream.values[v - 1] + 1; t < stream.values[v]; ++t)
      if (!stream.tokens[t].header) return true;
    return false;
  };
  for (std::size_t v = 0; v < n; ++v) {
    run[v] = v == 0 ? 0 : run[v - 1] + (parted(v) ? 1 : 0);
    if (run_cells.size() <= run[v]) run_cells.push_back(0);
    run_cells[run[v]] += !stream.tokens[stream.values[v]].edge;
  }
  auto token = [&](long v) -> const StreamToken& { return stream.tokens[stream.values[static_cast<std::size_t>(v)]]; };
  std::vector<long> run_of(R, -1);
  std::vector<std::size_t> cells_of(R, 0);
  for (std::size_t r = 0; r < R; ++r) {
    const RowReading& rr = a.rows[r];
    if (rr.how == RowHow::transposed) {
      // In a block printed column by column, a label printed right before
      // the row's first cell (only its own label's pieces between them: the
      // label column read beside the first column) places the row firmly.
      e.labelled[r] = e.firm[r] = label_beside_first_cell(stream, anchors, r, rr);
      continue;
    }
    if (rr.how == RowHow::absent) continue;
    e.labelled[r] = label_stands_with(stream, anchors, r, rr, a.labels_after) && !interrupted_by_labels(stream, rr);
    // In a block of labels printed together, rows take the values in the
    // block's order: a row read while an earlier row of its block is not
    // does not stand with its label.
    // (Anchors follow the template's order, so the rows of r's block are
    // the anchored rows just before it: the walk stops at an earlier block.)
    for (std::size_t k = r; k-- > 0 && e.labelled[r];) {
      if (anchors[k] < 0) continue;
      if (stream.values_before[static_cast<std::size_t>(anchors[k])] !=
          stream.values_before[static_cast<std::size_t>(anchors[r])])
        break;
      if (a.rows[k].how == RowHow::absent) e.labelled[r] = false;
    }
    long first = -1;
    bool one_run = true;
    for (long cell : rr.cells)
      if (long v = value_of(cell); v >= 0) {
        if (first < 0) first = v;
        if (run[static_cast<std::size_t>(v)] != run[static_cast<std::size_t>(first)]) one_run = false;
        cells_of[r] += !token(v).edge;
      }
    if (first < 0) continue;
    if (one_run) run_of[r] = static_cast<long>(run[static_cast<std::size_t>(first)]);
    // The row fills the values between two labels, one of them its own.
    if (one_run && cells_of[r] == run_cells[run[static_cast<std::size_t>(first)]]) e.firm[r] = e.labelled[r];
    if (anchors[r] >= 0 && stream.tokens[static_cast<std::size_t>(anchors[r])].tok.line == token(first).tok.line)
      e.firm[r] = e.labelled[r];
  }
  // A row read row by row from values each alone on its line, its label
  // one of a block printed together: the block names the rows, but only the
  // values' order splits them (a block printed column by column misread
  // row by row reads so too).
  // How many rows' labels are printed before each value: a block of labels
  // printed together names these rows.
  std::vector<std::size_t> block_rows(n + 1, 0);
  for (std::size_t k = 0; k < R; ++k)
    if (anchors[k] >= 0) ++block_rows[stream.values_before[static_cast<std::size_t>(anchors[k])]];
  for (std::size_t r = 0; r < R; ++r) {
    const RowReading& rr = a.rows[r];
    if (anchors[r] < 0 || rr.how == RowHow::absent || rr.how == RowHow::transposed) continue;
    if (block_rows[stream.values_before[static_cast<std::size_t>(anchors[r])]] < 2) continue;
    bool lone = true, any = false;
    for (long c : rr.cells)
      if (long v = value_of(c); v >= 0) lone = lone && token(v).line_values <= 1, any = true;
    e.by_block[r] = any && lone;
  }
  for (std::size_t r = 0; r < R;) {
    std::size_t end = r + 1;
    while (end < R && run_of[r] >= 0 && run_of[end] == run_of[r]) ++end;
    if (run_of[r] >= 0) {
      std::size_t cells = 0;
      bool any = false;
      for (std::size_t k = r; k < end; ++k) {
        cells += cells_of[k];
        any = any || e.labelled[k];
      }
      // A run of one line, or of values each alone on its line under a block
      // of labels naming exactly these rows (no more, no fewer): rows printed
      // row by row without labels share nothing.
      bool one_line = true, lone = true, all_named = true;
      long run_start = -1;
      for (long c : a.rows[r].cells)
        if (long v = value_of(c); v >= 0 && (run_start < 0 || v < run_start)) run_start = v;
      auto in_block = [&](std::size_t k) {
        return anchors[k] >= 0 && static_cast<long>(stream.values_before[static_cast<std::size_t>(anchors[k])]) == run_start;
      };
      // (The rows of the run all in the block, and as many as the block holds.)
      for (std::size_t k = r; k < end; ++k) all_named = all_named && in_block(k);
      all_named = all_named && run_start >= 0 && block_rows[static_cast<std::size_t>(run_start)] == end - r;
      std::size_t line = 0;
      bool seen = false;
      for (std::size_t k = r; k < end; ++k)
        for (long c : a.rows[k].cells)
          if (long v = value_of(c); v >= 0) {
            const StreamToken& t = token(v);
            if (seen && t.tok.line != line) one_line = false;
            line = t.tok.line;
            seen = true;
            lone = lone && t.line_values <= 1;
          }
      if (any && (one_line || (lone && all_named)) && cells == run_cells[static_cast<std::size_t>(run_of[r])])
        for (std::size_t k = r; k < end; ++k) e.labelled[k] = e.firm[k] = true;
    }
    r = end;
  }
  return e;
}

// Rows that one block of labels names (all their labels printed before any
// of their values), their values each alone on its line and nothing but
// noise between them: read row after row or column by column, the values
// give different cells, and rows without a total cannot show which. (A PDF
// reader that groups text by columns prints the label column, then each
// column of values.)
struct UnshownOrder {
  std::size_t first = 0, end = 0;  ///< rows [first, end), all of one width
  std::vector<long> values;        ///< their values in printed order
};

std::vector<UnshownOrder> unshown_orders(const TokenStream& stream, const std::vector<long>& anchors,
                                         const Alignment& a, const std::vector<GridRow>& grid) {
  std::vector<UnshownOrder> out;
  const std::size_t R = a.rows.size();
  auto eligible = [&](std::size_t r) {
    const RowReading& rr = a.rows[r];
    return anchors[r] >= 0 && !grid[r].total_last && grid[r].width >= 2 && rr.how == RowHow::printed &&
           is_literal(rr.cells);
  };
  auto block_of = [&](std::size_t r) { return stream.values_before[static_cast<std::size_t>(anchors[r])]; };
  for (std::size_t r = 0; r < R;) {
    if (!eligible(r)) {
      ++r;
      continue;
    }
    std::size_t end = r + 1;
    while (end < R && eligible(end) && grid[end].width == grid[r].width && block_of(end) == block_of(r)) ++end;
    UnshownOrder g{r, end, {}};
    r = end;
    if (g.end - g.first < 2) continue;
    for (std::size_t k = g.first; k < g.end; ++k)
      g.values.insert(g.values.end(), a.rows[k].cells.begin(), a.rows[k].cells.end());
    // The block may name later rows too (the next item's label printed with
    // these), whose values come after the group's; no earlier row.
    bool first_of_block = true;
    for (std::size_t k = 0; k < R && first_of_block; ++k) {
      if ((k >= g.first && k < g.end) || anchors[k] < 0 || block_of(k) != block_of(g.first)) continue;
      auto [first, last] = value_range(a.rows[k]);
      first_of_block = k >= g.end && (first < 0 || first > g.values.back());
    }
    if (!first_of_block) continue;
    bool unshown = static_cast<std::size_t>(g.values.front()) >= block_of(g.first);
    for (std::size_t i = 0; i < g.values.size() && unshown; ++i)
      unshown = stream.tokens[stream.values[static_cast<std::size_t>(g.values[i])]].line_values <= 1 &&
                (i == 0 || g.values[i] > g.values[i - 1]);
    if (!unshown) continue;
    // Nothing but noise among the values: no label, no value left over.
    std::size_t taken = 0;
    for (long v = g.values.front(); v <= g.values.back() && unshown; ++v) {
      if (taken < g.values.size() && g.values[taken] == v) {
        ++taken;
        continue;
      }
      unshown = stream.tokens[stream.values[static_cast<std::size_t>(v)]].noise;
    }
    for (std::size_t t = stream.values[static_cast<std::size_t>(g.values.front())];
         unshown && t < stream.values[static_cast<std::size_t>(g.values.back())]; ++t)
      unshown = !stream.tokens[t].label || stream.tokens[t].header;
    if (unshown) out.push_back(std::move(g));
  }
  return out;
}

// The text's other tables record how it orders rows it prints a value a
// line (ReadOrdersSeen): rows read and output whose totals hold, not all
// zero (zeros hold in any order), read column by column or row after row,
// in tables whose rows stand one under another.
void note_read_orders(const TokenStream& stream, const TableBinding& b, const Alignment& a,
                      const std::vector<bool>& output, ReadOrdersSeen& seen) {
  if (b.rows_side_by_side) return;
  for (std::size_t r = 0; r < a.rows.size(); ++r) {
    const RowReading& rr = a.rows[r];
    if (!output[r] || !b.rows[r].total_last || !rr.holds || rr.cells.size() < 2) continue;
    const std::vector<Decimal> numbers = reading_numbers(stream, rr.cells);
    if (std::all_of(numbers.begin(), numbers.end(), [](const Decimal& d) { return d == Decimal{}; })) continue;
    if (rr.how == RowHow::transposed) {
      ++seen.by_columns;
      continue;
    }
    bool lone = rr.how == RowHow::printed && is_literal(rr.cells);
    for (long c : rr.cells)
      lone = lone && stream.tokens[stream.values[static_cast<std::size_t>(c)]].line_values <= 1;
    seen.by_rows += lone;
  }
}

// How a row of an UnshownOrder group was settled.
enum class OrderSettled : std::uint8_t { not_in_group, by_rows, by_columns, same_either_way, unsettled };

// Settles the groups by the orders the text showed elsewhere; a group's rows
// are rewritten column by column where the text prints columns. Where it
// shows neither, a row reads the same both ways or stays unsettled.
std::vector<OrderSettled> settle_orders(const TokenStream& stream, const std::vector<UnshownOrder>& groups,
                                        const ReadOrdersSeen& seen, Alignment& a) {
  std::vector<OrderSettled> settled(a.rows.size(), OrderSettled::not_in_group);
  const OrderSettled order = seen.by_columns > seen.by_rows   ? OrderSettled::by_columns
                             : seen.by_rows > seen.by_columns ? OrderSettled::by_rows
                                                              : OrderSettled::unsettled;
  auto text = [&](long v) { return stream.tokens[stream.values[static_cast<std::size_t>(v)]].tok.text; };
  for (const auto& g : groups) {
    const std::size_t k = g.end - g.first, width = a.rows[g.first].cells.size();
    for (std::size_t i = 0; i < k; ++i) {
      RowReading& rr = a.rows[g.first + i];
      std::vector<long> by_columns(width);
      bool same = true;
      for (std::size_t c = 0; c < width; ++c) {
        by_columns[c] = g.values[c * k + i];
        same = same && text(by_columns[c]) == text(rr.cells[c]);
      }
      settled[g.first + i] = same ? OrderSettled::same_either_way : order;
      if (order == OrderSettled::by_columns) rr.cells = std::move(by_columns);
    }
  }
  return settled;
}

// A row that keeps its total is placed by its label where the label stands
// with it, else by the arithmetic; a row that breaks its total (a report's
// own error, or a misreading) counts as printed only where the text firmly
// shows it so.
CellPlacement placement_of(const RowReading& rr, bool labelled, bool firm, bool has_total) {
  if (rr.how == RowHow::transposed) return labelled && firm ? CellPlacement::label : CellPlacement::arithmetic;
  if (has_total && !rr.holds) {
    if (labelled && firm) return is_literal(rr.cells) ? CellPlacement::printed : CellPlacement::label;
    return CellPlacement::position;
  }
  if (labelled) return is_literal(rr.cells) ? CellPlacement::printed : CellPlacement::label;
  return has_total ? CellPlacement::arithmetic : CellPlacement::position;
}

}  // namespace

void prepare_binding(TableBinding& b) {
  std::vector<std::string> labels, names;
  b.grid.clear();
  for (const auto& row : b.rows) {
    labels.push_back(row.printed_label);
    names.push_back(row.name);
    b.grid.push_back(GridRow{row.keys.size(), row.total_last});
  }
  b.labels = std::make_shared<const LabelModel>(row_labels_from_template(labels, names));
}

std::size_t read_bound_table(ParseContext& ctx, const TableBinding& b, std::size_t first, std::size_t last) {
  TokenStream stream = build_stream(ctx.src, first, last);
  if (stream.values.empty()) return 0;
  for (auto& t : stream.tokens) t.header = t.label && header_fragment(t.compact, b.column_words);
  // Where the text keeps fixed columns, a line that lost blank cells is read
  // by them: the widest rows of a table whose rows end in totals (table 三).
  std::size_t widest = 0, with_totals = 0;
  for (const auto& g : b.grid) widest = std::max(widest, g.width);
  for (const auto& g : b.grid) with_totals += g.width == widest && g.total_last;
  if (!b.rows_side_by_side && with_totals >= 3) assign_columns(stream, ctx.src, widest);
  const LabelModel& model = *b.labels;
  const std::vector<GridRow>& grid = b.grid;
  std::vector<long> anchors = anchor_labels(stream, model);
  // The two read orders of labels and values. Labels before their values
  // is how tables are printed; labels after must win clearly (row after row
  // whose label follows its values), not by the odd row.
  constexpr double kLabelsAfterMargin = 12;
  Alignment alignment = align_rows(stream, grid, anchors, false);
  // Worth trying only where rows were read before their own labels.
  std::size_t early = 0;
  for (std::size_t r = 0; r < alignment.rows.size(); ++r) {
    const RowReading& rr = alignment.rows[r];
    if (anchors[r] < 0 || rr.cells.empty() || rr.how == RowHow::absent) continue;
    long first = value_of(rr.cells.front());
    early += first >= 0 && static_cast<long>(stream.values_before[static_cast<std::size_t>(anchors[r])]) > first;
  }
  // Or where the table's relations break as read: rows of one value each
  // (the 统计表), printed value then label, read with labels first shift
  // every value into the row before, which nothing but the sums shows.
  // Labels after wins where it checks as many relations and rows as the
  // first reading, breaks fewer and holds more, at least two in three of
  // them (one left to the report's own error); else by a clearly lower
  // cost. (Each reading as decided: its open rows
  // chosen by the relations.)
  struct Held {
    int failing = 0, holding = 0, unassessable = 0;
    std::size_t rows = 0;
  };
  auto held = [&](const Alignment& a) {
    Held h;
    if (!b.relations.empty()) h.failing = relation_failures(stream, a, b.relations, &h.unassessable, &h.holding);
    for (const auto& rr : a.rows) h.rows += rr.how != RowHow::absent;
    return h;
  };
  auto decide = [&](Alignment& a) { return decide_open_rows(stream, a, b.relations); };
  std::vector<bool> open = decide(alignment);
  Held chosen = held(alignment);
  const Held before = chosen;
  // A text printed value then label shows it at its ends: a value before the
  // first row's label, and the last label with none after it.
  auto shifted_ends = [&] {
    long first_label = -1, last_row = -1;
    for (std::size_t r = 0; r < anchors.size(); ++r)
      if (anchors[r] >= 0) {
        if (first_label < 0) first_label = anchors[r];
        last_row = static_cast<long>(r);
      }
    if (first_label < 0) return false;
    bool value_first = false;
    for (std::size_t v = 0; v < stream.values.size() && stream.values[v] < static_cast<std::size_t>(first_label); ++v)
      value_first = value_first || (!stream.tokens[stream.values[v]].noise && !stream.tokens[stream.values[v]].edge);
    return value_first || alignment.rows[static_cast<std::size_t>(last_row)].how == RowHow::absent;
  };
  if (early >= 2 || (before.failing > 0 && shifted_ends())) {
    Alignment after = align_rows(stream, grid, anchors, true);
    std::vector<bool> open_after = decide(after);
    const Held with_after = held(after);
    const bool sums_decide = with_after.failing < before.failing && with_after.holding > before.holding &&
                             with_after.holding >= 2 * with_after.failing &&
                             with_after.holding + with_after.failing >= before.holding + before.failing &&
                             with_after.rows >= before.rows;
    if (sums_decide || after.cost + kLabelsAfterMargin < alignment.cost) {
      alignment = std::move(after);
      open = std::move(open_after);
      chosen = with_after;
    }
  }


  LabelEvidence evidence = label_evidence(stream, anchors, alignment);
  const std::vector<OrderSettled> settled =
      settle_orders(stream, unshown_orders(stream, anchors, alignment, grid), ctx.orders_seen, alignment);
  // Printed numbers no row took (noise, blank marks and edges aside).
  std::vector<bool> used(stream.values.size(), false);
  for (const auto& rr : alignment.rows)
    for (long c : rr.cells) {
      if (is_merged(c)) used[merged_first(c)] = used[merged_first(c) + 1] = true;
      else if (c >= 0) used[static_cast<std::size_t>(c)] = true;
    }
  std::size_t leftover = 0;
  for (std::size_t v = 0; v < stream.values.size(); ++v) {
    const StreamToken& t = stream.tokens[stream.values[v]];
    leftover += !used[v] && !t.noise && !t.between_labels && t.tok.kind == TokenKind::number;
  }
  // The column relations vouch for rows placed by the arithmetic only where
  // they could all be checked and hold.
  // (The relations as the chosen reading was decided: settle_orders changes
  // only rows of tables without them.)
  const int relations_failing = chosen.failing;
  const bool relations_hold = relations_failing == 0 && chosen.unassessable == 0;
  // More (relation, column) pairs broken than one misprinted cell breaks (it
  // stands in one column and its row in two relations at most): the
  // reading, not the report, is likely wrong.
  constexpr int kOneCellBreaks = 2;
  const bool misread_likely = relations_failing > kOneCellBreaks;
  Table& table = table_for(ctx.report, b.id);
  std::size_t cells = 0;  // room for every cell at once (a Cell is large, and moving them is not free)
  for (const auto& row : b.rows) cells += row.keys.size();
  table.cells.reserve(table.cells.size() + cells);
  std::size_t read = 0;
  std::vector<bool> output(b.rows.size(), false);  // rows whose cells were put in the report
  for (std::size_t r = 0; r < b.rows.size(); ++r) {
    const BoundRow& row = b.rows[r];
    const RowReading& rr = alignment.rows[r];
    // The row's name in a finding, made only for a finding.
    auto where_zh = [&] { return b.name_zh + "“" + row.printed_label + "”"; };
    auto where_en = [&] { return b.name_en + " row '" + row.name + "'"; };
    if (rr.how == RowHow::absent) {
      if (!printed_blank(stream, anchors, alignment, r)) {
        // Its label printed, or numbers left over that no row took: the
        // row is there, but its cells could not be placed.
        if (anchors[r] >= 0 || leftover > 0)
          ctx.unresolved_at(anchors[r] >= 0 ? stream.tokens[static_cast<std::size_t>(anchors[r])].tok.line
                                            : stream.tokens[stream.values.front()].tok.line,
                            where_zh(), where_en(), "", 
                            anchors[r] >= 0 ? "its label is printed, but no run of the values around it reads as the row"
                                            : std::to_string(leftover) + " printed numbers of the table were placed in no row");
        continue;
      }
      std::size_t line = stream.tokens[static_cast<std::size_t>(anchors[r])].tok.line;
      for (const auto& key : row.keys) {
        table.cells.push_back(ctx.blank_at(key, line, false));
        table.cells.back().placed = CellPlacement::label;
      }
      ++read;
      continue;
    }
    if (open[r]) {
      ctx.unresolved_at(line_of(stream, rr), where_zh(), where_en(), describe(stream, rr.cells),
                        rr.unreadable ? std::string("the line printed fewer cells than the row, and no placement of them "
                                                    "keeps the row total")
                                      : std::to_string(rr.alternatives.size() + 1) +
                                            " readings keep the row total, and the column relations do not decide");
      continue;
    }
    if (settled[r] == OrderSettled::unsettled) {
      ctx.unresolved_at(line_of(stream, rr), where_zh(), where_en(), describe(stream, rr.cells),
                        "the rows' labels are printed together before their values, each value alone on its line, "
                        "and the text's tables with totals do not show whether it prints such values row after row "
                        "or column by column");
      continue;
    }
    const bool literal = is_literal(rr.cells);
    CellPlacement placed = placement_of(rr, evidence.labelled[r], evidence.firm[r], row.total_last);
    const bool order_from_text = settled[r] == OrderSettled::by_rows || settled[r] == OrderSettled::by_columns;
    if (order_from_text) placed = CellPlacement::position;
    else if (settled[r] == OrderSettled::same_either_way) placed = CellPlacement::label;
    if (evidence.by_block[r] && row.total_last && misread_likely && settled[r] == OrderSettled::not_in_group) {
      // Split from values each alone on its line by their order under a
      // block of labels, in a table whose relations the reading breaks more
      // than a misprint would: a column-by-column block misread row by row
      // reads so too.
      ctx.unresolved_at(line_of(stream, rr), where_zh(), where_en(), describe(stream, rr.cells),
                        "its label is printed in a block with others over values each alone on its line, and the "
                        "table's column relations break as read in more columns than one misprint explains");
      continue;
    }
    if (placed == CellPlacement::arithmetic && !relations_hold) {
      // Placed by the order and the row's total alone, in a table whose
      // column relations the reading breaks: the placing is not certain,
      // a row of zeros too (a run of zeros inside a block printed column by
      // column reads as one and holds).
      ctx.unresolved_at(line_of(stream, rr), where_zh(), where_en(), describe(stream, rr.cells),
                        "no label stands with these cells, and the table's column relations do not hold as read");
      continue;
    }
    if (placed == CellPlacement::position && row.total_last) {
      // Its total breaks and nothing in the text shows the row as printed:
      // a guess, and a guess is not output.
      ctx.unresolved_at(line_of(stream, rr), where_zh(), where_en(), describe(stream, rr.cells),
                        "no label stands with these cells and their total does not hold");
      continue;
    }
    const bool by_order = placed == CellPlacement::arithmetic || placed == CellPlacement::position;
    bool inferred = !literal || rr.how == RowHow::transposed || by_order;
    for (std::size_t c = 0; c < row.keys.size(); ++c) {
      long v = rr.cells[c];
      auto token = [&](std::size_t at) -> const Token& { return stream.tokens[stream.values[at]].tok; };
      Cell cell = is_merged(v) ? ctx.joined_cell(row.keys[c], token(merged_first(v)), token(merged_first(v) + 1))
                  : v < 0      ? ctx.blank_at(row.keys[c], line_of(stream, rr), true)
                               : ctx.cell_from(row.keys[c], token(static_cast<std::size_t>(v)));
      cell.inferred |= inferred;
      cell.placed = placed;
      table.cells.push_back(std::move(cell));
    }
    ++read;
    output[r] = true;
    if (order_from_text) {
      const bool columns = settled[r] == OrderSettled::by_columns;
      ctx.repaired_at(line_of(stream, rr), row.keys,
                      b.name_zh + "的行名成组印在数值之前，数值已按本文有合计之表的印出顺序（" +
                          (columns ? "按列" : "按行") + "）读入",
                      b.name_en + ": the rows' labels printed together before their values; the values read " +
                          (columns ? "column by column" : "row after row") +
                          ", as this text prints the rows of its tables with totals",
                      "read " + describe(stream, rr.cells) + "; rows with totals read by columns " +
                          std::to_string(ctx.orders_seen.by_columns) + ", row after row " +
                          std::to_string(ctx.orders_seen.by_rows));
    } else if (rr.how == RowHow::transposed)
      ctx.repaired_at(line_of(stream, rr), row.keys, b.name_zh + "的一组行按列印出，已按列读入",
                      b.name_en + ": a block of rows printed column by column, read by columns",
                      "read " + describe(stream, rr.cells) + (rr.holds ? "; the row total holds" : ""));
    else if (rr.by_columns)
      ctx.repaired_at(line_of(stream, rr), row.keys, b.name_zh + "此行的空白单元格未印出，已按各数所在的列放置",
                      b.name_en + ": the row's blank cells printed nothing; its values placed by the columns they stand in",
                      "read " + describe(stream, rr.cells) +
                          " (_ a blank put in), each value under its column as the table's complete rows print them" +
                          (row.total_last ? "; the row total holds" : ""));
    else if (!literal)
      ctx.repaired_at(line_of(stream, rr), row.keys, b.name_zh + "此行印出的单元格数与模板不符，已按行合计读出",
                      b.name_en + ": the row printed a different number of cells than the template; read by its total",
                      "read " + describe(stream, rr.cells) + " (_ a blank put in, a+b two parts of one number joined)" +
                          (row.total_last ? "; the only reading that keeps the row total" +
                                                std::string(b.relations.empty() ? "" : " and the column relations")
                                          : "; the only join a single space allows"));
    else if (by_order)
      ctx.repaired_at(line_of(stream, rr), row.keys, b.name_zh + "此行未印行名，按模板中的顺序" +
                          std::string(placed == CellPlacement::arithmetic ? "与行合计" : "") + "放置",
                      b.name_en + ": a row printed without its label beside it, placed by its order in the template" +
                          std::string(placed == CellPlacement::arithmetic ? " and its total" : ""),
                      "read " + describe(stream, rr.cells) + " as the row after the rows placed before it");
  }
  note_read_orders(stream, b, alignment, output, ctx.orders_seen);
  finish_table_span(table, ctx.src);
  return read;
}

}  // namespace gongkai::parsing
