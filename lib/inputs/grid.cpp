#include "inputs/grid.hpp"

#include <algorithm>

namespace gongkai::inputs {

Grid build_grid(const std::vector<std::vector<SpannedCell>>& rows, std::uint32_t table,
                std::uint32_t max_columns) {
  Grid grid;
  const std::size_t n_rows = rows.size();
  grid.rows.resize(n_rows);
  // occupied[r][c]: taken by a cell placed earlier (its own or a span).
  std::vector<std::vector<bool>> occupied(n_rows);
  auto ensure = [&](std::size_t r, std::size_t width) {
    if (grid.rows[r].size() < width) {
      grid.rows[r].resize(width);
      occupied[r].resize(width, false);
    }
  };
  for (std::size_t r = 0; r < n_rows; ++r) {
    std::size_t c = 0;
    for (const SpannedCell& cell : rows[r]) {
      while (c < occupied[r].size() && occupied[r][c]) ++c;
      if (c >= max_columns) break;
      std::size_t row_span = cell.row_span == 0 ? n_rows - r : std::min<std::size_t>(cell.row_span, n_rows - r);
      std::size_t col_span = std::clamp<std::size_t>(cell.col_span, 1, max_columns - c);
      row_span = std::max<std::size_t>(row_span, 1);
      for (std::size_t dr = 0; dr < row_span; ++dr) {
        ensure(r + dr, c + col_span);
        for (std::size_t dc = 0; dc < col_span; ++dc) {
          GridCell& g = grid.rows[r + dr][c + dc];
          occupied[r + dr][c + dc] = true;
          g.place = cell.place;
          g.place.table = table;
          g.place.row = static_cast<std::uint32_t>(r + 1);
          g.place.column = static_cast<std::uint32_t>(c + 1);
          if (dr == 0 && dc == 0)
            g.text = cell.text;
          else
            g.covered = true;
        }
      }
      c += col_span;
    }
  }
  // Every row as wide as the widest; positions nobody filled are empty.
  std::size_t width = 0;
  for (const auto& row : grid.rows) width = std::max(width, row.size());
  for (std::size_t r = 0; r < n_rows; ++r) {
    std::size_t had = grid.rows[r].size();
    grid.rows[r].resize(width);
    for (std::size_t c = had; c < width; ++c) {
      grid.rows[r][c].place.table = table;
      grid.rows[r][c].place.row = static_cast<std::uint32_t>(r + 1);
      grid.rows[r][c].place.column = static_cast<std::uint32_t>(c + 1);
    }
  }
  return grid;
}

}  // namespace gongkai::inputs
