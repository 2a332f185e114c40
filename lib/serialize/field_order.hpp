// The order in which a report's cells appear in its flat fields (JSON
// "fields", CSV): the template order of fields.tsv for the report's format,
// then any cell whose key the format does not list, in table order. A key
// printed twice counts once (the first, as Report::find_cell does).
#pragma once

#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::serialize {

std::vector<const Cell*> cells_in_field_order(const Report& report);

/// The value a field takes in the flat outputs: the number when the cell
/// printed one, nothing otherwise (blank, blank mark, text).
inline const Decimal* field_value(const Cell& cell) noexcept {
  return cell.state == CellState::number && cell.value ? &*cell.value : nullptr;
}

}  // namespace gongkai::serialize
