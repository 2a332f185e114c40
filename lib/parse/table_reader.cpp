#include "parse/table_reader.hpp"

#include <algorithm>

#include <cstdio>
#include <cstdlib>

#include "parse/alignment.hpp"
#include "parse/decision.hpp"
#include "parse/label_model.hpp"
#include "parse/token_stream.hpp"

namespace gongkai::parsing {
namespace {

std::string describe(const TokenStream& stream, const std::vector<long>& cells) {
  std::string out;
  for (long c : cells) {
    if (!out.empty()) out += ' ';
    if (c < 0) {
      out += '_';
      continue;
    }
    const Token& t = stream.tokens[stream.values[static_cast<std::size_t>(c)]].tok;
    out += t.kind == TokenKind::empty ? std::string("_") : t.text;
  }
  return out;
}

std::size_t line_of(const TokenStream& stream, const RowReading& r) {
  for (long c : r.cells)
    if (c >= 0) return stream.tokens[stream.values[static_cast<std::size_t>(c)]].tok.line;
  return 0;
}

// A row whose label was printed with no value before the next row's label: a
// row printed all blank.
bool printed_blank(const TokenStream& stream, const std::vector<long>& anchors, std::size_t r) {
  if (anchors[r] < 0) return false;
  for (std::size_t next = r + 1; next < anchors.size(); ++next)
    if (anchors[next] >= 0)
      return stream.values_before[static_cast<std::size_t>(anchors[r])] ==
             stream.values_before[static_cast<std::size_t>(anchors[next])];
  return false;
}

// Whether row r's label stands with its values: printed before them, and
// no later row's label among them (labels printed together as a header
// stand with every row below them).
bool label_stands_with(const TokenStream& stream, const std::vector<long>& anchors, std::size_t r,
                       const RowReading& rr) {
  if (anchors[r] < 0) return false;
  long first = -1, last = -1;
  for (long c : rr.cells)
    if (c >= 0) {
      if (first < 0 || c < first) first = c;
      last = std::max(last, c);
    }
  if (first < 0) return true;
  auto at = [&](std::size_t row) { return static_cast<long>(stream.values_before[static_cast<std::size_t>(anchors[row])]); };
  if (at(r) > first) return false;
  for (std::size_t next = r + 1; next < anchors.size(); ++next)
    if (anchors[next] >= 0) return at(next) > last || at(next) == at(r);
  return true;
}

bool is_literal(const std::vector<long>& cells) {
  for (std::size_t k = 0; k < cells.size(); ++k)
    if (cells[k] < 0 || (k > 0 && cells[k] != cells[k - 1] + 1)) return false;
  return true;
}

// Label text printed among a row's values: the values were gathered from
// around the page, not read from one printed row.
bool interrupted_by_labels(const TokenStream& stream, const RowReading& rr) {
  long first = -1, last = -1;
  for (long c : rr.cells)
    if (c >= 0) {
      if (first < 0 || c < first) first = c;
      last = std::max(last, c);
    }
  if (first < 0) return false;
  for (std::size_t t = stream.values[static_cast<std::size_t>(first)]; t < stream.values[static_cast<std::size_t>(last)]; ++t)
    if (stream.tokens[t].label) return true;
  return false;
}

CellPlacement placement_of(const TokenStream& stream, const std::vector<long>& anchors, std::size_t r,
                           const RowReading& rr, bool has_total) {
  bool labelled = label_stands_with(stream, anchors, r, rr) && !interrupted_by_labels(stream, rr);
  if (rr.how == RowHow::transposed) return CellPlacement::arithmetic;
  if (labelled) return is_literal(rr.cells) ? CellPlacement::printed : CellPlacement::label;
  if (!has_total) return CellPlacement::position;
  return rr.holds ? CellPlacement::arithmetic : CellPlacement::position;
}

}  // namespace

std::size_t read_bound_table(ParseContext& ctx, const TableBinding& b, std::size_t first, std::size_t last) {
  TokenStream stream = build_stream(ctx.src, first, last);
  if (stream.values.empty()) return 0;
  std::vector<std::string> labels, names;
  std::vector<GridRow> grid;
  for (const auto& row : b.rows) {
    labels.push_back(row.printed_label);
    names.push_back(row.name);
    grid.push_back(GridRow{row.keys.size(), row.total_last});
  }
  LabelModel model(row_labels_from_template(labels, names));
  std::vector<long> anchors = anchor_labels(stream, model);
  Alignment alignment = align_rows(stream, grid, anchors);
  std::vector<bool> open = decide_open_rows(stream, alignment, b.relations);
  if (std::getenv("GK_DEBUG_ALIGN")) {
    for (std::size_t r = 0; r < b.rows.size(); ++r) {
      const auto& rr = alignment.rows[r];
      std::fprintf(stderr, "%-32s anchor=%ld(v%ld) how=%d holds=%d cells=%s\n", b.rows[r].name.c_str(), anchors[r],
                   anchors[r] >= 0 ? (long)stream.values_before[anchors[r]] : -1L, (int)rr.how, rr.holds,
                   describe(stream, rr.cells).c_str());
    }
    if (std::getenv("GK_DEBUG_ALIGN")[0] == '2')
      for (const auto& t : stream.tokens)
        std::fprintf(stderr, "  [%u] %s%s %s lv=%u\n", t.tok.line + 1, t.label ? "L" : "V", t.noise ? "n" : "", t.tok.text.c_str(), t.line_values);
    std::fprintf(stderr, "cost %.1f values %zu labels %zu\n", alignment.cost, stream.values.size(), stream.labels.size());
  }

  Table& table = table_for(ctx.report, b.id);
  std::size_t read = 0;
  for (std::size_t r = 0; r < b.rows.size(); ++r) {
    const BoundRow& row = b.rows[r];
    const RowReading& rr = alignment.rows[r];
    const std::string where_zh = b.name_zh + "“" + row.printed_label + "”";
    const std::string where_en = b.name_en + " row '" + row.name + "'";
    if (rr.how == RowHow::absent) {
      if (!printed_blank(stream, anchors, r)) continue;
      std::size_t line = stream.tokens[static_cast<std::size_t>(anchors[r])].tok.line;
      for (const auto& key : row.keys) {
        table.cells.push_back(ctx.blank_at(key, line, false));
        table.cells.back().placed = CellPlacement::label;
      }
      ++read;
      continue;
    }
    if (open[r]) {
      ctx.unresolved_at(line_of(stream, rr), where_zh, where_en, describe(stream, rr.cells),
                        std::to_string(rr.alternatives.size() + 1) +
                            " readings keep the row total, and the column relations do not decide");
      continue;
    }
    bool inferred = rr.how != RowHow::printed;
    CellPlacement placed = placement_of(stream, anchors, r, rr, row.total_last);
    for (std::size_t c = 0; c < row.keys.size(); ++c) {
      long v = rr.cells[c];
      Cell cell = v < 0 ? ctx.blank_at(row.keys[c], line_of(stream, rr), true)
                        : ctx.cell_from(row.keys[c], stream.tokens[stream.values[static_cast<std::size_t>(v)]].tok);
      cell.inferred |= inferred;
      cell.placed = placed;
      table.cells.push_back(std::move(cell));
    }
    ++read;
    if (rr.how == RowHow::transposed)
      ctx.repaired_at(line_of(stream, rr), row.keys, b.name_zh + "的一组行按列印出，已按列读入",
                      b.name_en + ": a block of rows printed column by column, read by columns",
                      "read " + describe(stream, rr.cells) + (rr.holds ? "; the row total holds" : ""));
    else if (rr.how == RowHow::blanks_lost)
      ctx.repaired_at(line_of(stream, rr), row.keys, b.name_zh + "此行印出的单元格少于模板，空白单元格已按行合计补回",
                      b.name_en + ": the row printed fewer cells than the template; the lost blanks were put back by its total",
                      "read " + describe(stream, rr.cells) + "; the only reading that keeps the row total" +
                          (b.relations.empty() ? "" : " and the column relations"));
  }
  finish_table_span(table, ctx.src);
  return read;
}

}  // namespace gongkai::parsing
