#include "parse/readings.hpp"

#include <algorithm>

namespace gongkai::parsing {
namespace {

std::optional<Decimal> slot_value(const DataRow& row, const Slot& s) {
  if (s.kind == Slot::inserted_blank) return Decimal{};
  const Token& t = row.values[s.index];
  if (s.kind == Slot::merged) {
    const Token& u = row.values[s.index + 1];
    if (t.kind != TokenKind::number || u.kind != TokenKind::number) return std::nullopt;
    return Decimal::parse(t.text + u.text);
  }
  if (t.kind == TokenKind::number) return t.value;
  return Decimal{};
}

bool same_numbers(const std::vector<Decimal>& a, const std::vector<Decimal>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

// Indices of the printed (non-empty) cells.
std::vector<std::size_t> printed_indices(const DataRow& row) {
  std::vector<std::size_t> idx;
  for (std::size_t i = 0; i < row.values.size(); ++i)
    if (row.values[i].kind != TokenKind::empty) idx.push_back(i);
  return idx;
}

// Readings that remove `excess` cells from `cells` by dropping one or merging
// a soft-joined pair, each step costing 1.
void shrink(const DataRow& row, std::vector<Slot> cells, std::size_t width, int cost, std::string how,
            std::vector<Reading>& out) {
  if (cells.size() == width) {
    out.push_back(Reading{std::move(cells), cost, std::move(how)});
    return;
  }
  if (cells.size() < width) return;
  // Where cells are delimited (tabs, pipes), dropping a whole cell is a bigger
  // change than joining the digits of one cell that a space split.
  const int drop_cost = row.shape == LineShape::plain ? 1 : 2;
  for (std::size_t k = 0; k < cells.size(); ++k) {
    std::vector<Slot> next = cells;
    next.erase(next.begin() + static_cast<std::ptrdiff_t>(k));
    shrink(row, std::move(next), width, cost + drop_cost,
           how + "drop cell " + std::to_string(k + 1) + " '" + row.values[cells[k].index].text + "'; ", out);
    if (k + 1 < cells.size() && cells[k].kind == Slot::token && cells[k + 1].kind == Slot::token &&
        cells[k + 1].index == cells[k].index + 1 && row.values[cells[k + 1].index].soft_joined &&
        row.values[cells[k].index].kind == TokenKind::number &&
        row.values[cells[k + 1].index].kind == TokenKind::number) {
      std::vector<Slot> merged = cells;
      merged[k].kind = Slot::merged;
      merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(k + 1));
      shrink(row, std::move(merged), width, cost + (row.values[cells[k + 1].index].same_cell ? 1 : drop_cost),
             how + "join '" + row.values[cells[k].index].text + " " + row.values[cells[k + 1].index].text +
                 "' split by extraction; ",
             out);
    }
  }
}

// Readings that add `width - cells.size()` blank cells at any places.
void grow(std::vector<Slot> cells, std::size_t width, std::size_t from, int cost, std::string how,
          std::vector<Reading>& out) {
  if (cells.size() == width) {
    out.push_back(Reading{std::move(cells), cost, std::move(how)});
    return;
  }
  for (std::size_t k = from; k <= cells.size(); ++k) {
    std::vector<Slot> next = cells;
    next.insert(next.begin() + static_cast<std::ptrdiff_t>(k), Slot{Slot::inserted_blank, 0});
    grow(std::move(next), width, k + 1, cost + 1, how + "add a blank cell at column " + std::to_string(k + 1) + "; ",
         out);
  }
}

// A row whose one printed cell is 0 or a blank mark: a row of blanks and
// zeros, whatever columns the empty cells were.
bool only_zero(const DataRow& row, const std::vector<std::size_t>& idx) {
  if (idx.size() != 1) return false;
  const Token& t = row.values[idx.front()];
  return t.kind == TokenKind::blank_mark || (t.kind == TokenKind::number && t.value == Decimal{});
}

}  // namespace

std::optional<std::vector<Decimal>> reading_values(const DataRow& row, const Reading& r) {
  std::vector<Decimal> v;
  v.reserve(r.slots.size());
  for (const auto& s : r.slots) {
    auto x = slot_value(row, s);
    if (!x) return std::nullopt;
    v.push_back(*x);
  }
  return v;
}

std::vector<Reading> row_readings(const DataRow& row, std::size_t width,
                                  const std::function<bool(const std::vector<Decimal>&)>& plausible,
                                  int max_cost) {
  // The common case first: exactly `width` cells, none empty, that fit.
  if (row.values.size() == width) {
    bool all_printed = true;
    for (const auto& t : row.values) all_printed &= t.kind != TokenKind::empty;
    if (all_printed) {
      Reading r;
      for (std::size_t i = 0; i < width; ++i) r.slots.push_back(Slot{Slot::token, i});
      auto v = reading_values(row, r);
      if (v && (!plausible || plausible(*v))) return {std::move(r)};
    }
  }
  // As printed, by position: empty cells are blank columns. Leading empty
  // cells may also be the placeholder of a merged label column, so each
  // number of them dropped is a reading too. A reading is strong when it
  // needs no guess about leading empty cells: it drops them all, or the row
  // has no label so they are its first columns.
  std::vector<Reading> raw;
  std::vector<bool> strong;
  std::size_t n = row.values.size();
  std::size_t trimmed = n;
  while (trimmed > 0 && row.values[trimmed - 1].kind == TokenKind::empty) --trimmed;
  std::size_t lead = 0;
  while (lead < trimmed && row.values[lead].kind == TokenKind::empty) ++lead;
  auto positional = [&](std::size_t begin, std::size_t end) {
    Reading r;
    for (std::size_t i = begin; i < end; ++i) r.slots.push_back(Slot{Slot::token, i});
    raw.push_back(std::move(r));
    strong.push_back(begin == lead || (begin == 0 && row.label.empty()));
  };
  if (row.shape != LineShape::plain) {
    for (std::size_t drop = 0; drop <= lead; ++drop) {
      if (trimmed - drop == width) {
        positional(drop, trimmed);
      } else if (n - drop == width && n > trimmed) {
        positional(drop, n);  // trailing blank columns printed as empty cells
      }
    }
  }
  std::vector<std::size_t> idx = printed_indices(row);
  if (idx.size() == width) {
    Reading r;
    for (auto i : idx) r.slots.push_back(Slot{Slot::token, i});
    raw.push_back(std::move(r));
    strong.push_back(true);
  }
  auto fits = [&](const Reading& r) {
    auto v = reading_values(row, r);
    return v && (!plausible || plausible(*v));
  };
  bool any_strong = false;
  for (std::size_t k = 0; k < raw.size(); ++k) any_strong |= strong[k] && fits(raw[k]);
  if (!any_strong && !idx.empty()) {
    // The smallest repairs of the printed cells compete with the weak readings.
    std::vector<Slot> cells;
    for (auto i : idx) cells.push_back(Slot{Slot::token, i});
    std::vector<Reading> repaired;
    std::size_t diff = idx.size() > width ? idx.size() - width : width - idx.size();
    if (idx.size() > width && static_cast<int>(diff) <= max_cost) {
      shrink(row, cells, width, 0, "", repaired);
    } else if (idx.size() < width && (static_cast<int>(diff) <= max_cost || only_zero(row, idx))) {
      grow(cells, width, 0, 0, "", repaired);
    }
    int best = 1 << 30;
    for (const auto& r : repaired)
      if (fits(r)) best = std::min(best, r.cost);
    for (auto& r : repaired)
      if (r.cost == best) raw.push_back(std::move(r));
  }
  // Keep readings that fit, once per distinct numbers.
  std::vector<Reading> out;
  std::vector<std::vector<Decimal>> seen;
  for (auto& r : raw) {
    if (!fits(r)) continue;
    auto v = reading_values(row, r);
    bool dup = false;
    for (const auto& s : seen)
      if (same_numbers(s, *v)) dup = true;
    if (dup) continue;
    seen.push_back(*v);
    if (r.how.size() >= 2 && r.how.compare(r.how.size() - 2, 2, "; ") == 0) r.how.resize(r.how.size() - 2);
    out.push_back(std::move(r));
  }
  return out;
}

std::string describe_cells(const DataRow& row) {
  std::string s;
  for (const auto& t : row.values) {
    if (!s.empty()) s += ' ';
    s += t.kind == TokenKind::empty ? std::string("_") : t.text;
  }
  return s;
}

}  // namespace gongkai::parsing
