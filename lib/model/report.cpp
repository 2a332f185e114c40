#include "gongkai/model.hpp"

namespace gongkai {

Cell* Report::find_cell(std::string_view key) noexcept {
  for (auto& t : tables)
    for (auto& c : t.cells)
      if (c.key == key) return &c;
  return nullptr;
}

const Cell* Report::find_cell(std::string_view key) const noexcept {
  return const_cast<Report*>(this)->find_cell(key);
}

const Table* Report::find_table(std::string_view id) const noexcept {
  for (auto& t : tables)
    if (t.id == id) return &t;
  return nullptr;
}

}  // namespace gongkai
