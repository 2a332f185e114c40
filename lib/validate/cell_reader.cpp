#include "validate/cell_reader.hpp"

namespace gongkai::validation {

CellRef CellReading::ref() const {
  CellRef r;
  r.key = std::string(key);
  if (reading == Reading::number || reading == Reading::derived) r.value = value;
  if (cell) {
    r.line = cell->span.line;
    r.column = cell->span.column;
  }
  return r;
}

void CellReader::set_derived(const std::vector<DerivedValue>& derived) {
  derived_.clear();
  for (const auto& d : derived) derived_.emplace(d.key, d.value);
}

CellReader::CellReader(const Report& report, const std::vector<DerivedValue>& derived) : report_(report) {
  set_derived(derived);
  std::size_t count = 0;
  for (const auto& t : report.tables) count += t.cells.size();
  cells_by_key_.reserve(count);
  for (const auto& t : report.tables)
    for (const auto& c : t.cells) cells_by_key_.emplace(c.key, &c);  // emplace keeps the first
}

CellReading CellReader::read(std::string_view key) const {
  CellReading r;
  r.key = key;
  r.cell = printed(key);
  if (!r.cell) return r;
  switch (r.cell->state) {
    case CellState::number:
      if (r.cell->value) {
        r.reading = Reading::number;
        r.value = *r.cell->value;
      } else {
        r.reading = Reading::unknown;  // a number state without a value: not assessable
      }
      break;
    case CellState::blank:
    case CellState::blank_mark: {
      auto it = derived_.find(key);
      if (it != derived_.end()) {
        r.reading = Reading::derived;
        r.value = it->second;
      } else {
        r.reading = Reading::blank;
      }
      break;
    }
    case CellState::not_number:
      r.reading = Reading::unknown;
      break;
  }
  return r;
}

bool sum_readings(const std::vector<CellReading>& cells, Decimal* total) {
  Decimal acc;
  for (const auto& c : cells) {
    auto next = Decimal::add(acc, c.value);
    if (!next) return false;
    acc = *next;
  }
  *total = acc;
  return true;
}

void point_at_first_cell(const std::vector<CellReading>& cells, Diagnostic* d) {
  for (const auto& c : cells) {
    if (c.cell && c.cell->span.line) {
      d->line = c.cell->span.line;
      d->column = c.cell->span.column;
      return;
    }
  }
}

}  // namespace gongkai::validation
