#include "inputs/pdf/layout.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace gongkai::inputs::pdf {
namespace {

// Lines closer than this (points) are one line of the grid (double borders).
constexpr double kSnap = 2.0;
// A gap wider than this many glyph heights separates cells of a line (a
// table drawn without lines keeps about one character of padding per cell;
// justified text and word spaces stay well below).
constexpr double kCellGap = 1.0;
// A gap wider than this many glyph heights is a space between words.
constexpr double kWordGap = 0.2;
// Beyond these a page's lines are a drawing (a chart, a hatch), not tables:
// pairing every line with every other, or a grid of every position, would
// take too long.
constexpr std::size_t kMaxLinePairs = 4000000;
constexpr std::size_t kMaxGridCells = 100000;

// A glyph in the page's top-left coordinates (y down).
struct Box {
  std::string text;
  double x0, top, x1, bottom, baseline, size;
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (top + bottom) / 2; }
};

struct Rule {  // a merged ruling line: horizontal (at = y, from/to = x) or vertical
  double at, from, to;
};

std::vector<Rule> merge_rules(std::vector<Rule> rules) {
  std::sort(rules.begin(), rules.end(), [](const Rule& a, const Rule& b) {
    return a.at != b.at ? a.at < b.at : a.from < b.from;
  });
  // Group by position, then join the pieces of each group that touch.
  std::vector<Rule> out;
  std::size_t i = 0;
  while (i < rules.size()) {
    std::size_t j = i;
    while (j < rules.size() && rules[j].at - rules[i].at <= 1.0) ++j;
    std::vector<Rule> group(rules.begin() + static_cast<long>(i), rules.begin() + static_cast<long>(j));
    std::sort(group.begin(), group.end(), [](const Rule& a, const Rule& b) { return a.from < b.from; });
    double at = 0;
    for (const Rule& r : group) at += r.at;
    at /= static_cast<double>(group.size());
    Rule cur{at, group[0].from, group[0].to};
    for (std::size_t k = 1; k < group.size(); ++k) {
      if (group[k].from <= cur.to + 1.5) {
        cur.to = std::max(cur.to, group[k].to);
      } else {
        out.push_back(cur);
        cur = {at, group[k].from, group[k].to};
      }
    }
    out.push_back(cur);
    i = j;
  }
  return out;
}

// Positions closer than kSnap become one (their mean).
std::vector<double> snap(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::vector<double> out;
  std::size_t i = 0;
  while (i < v.size()) {
    std::size_t j = i;
    double sum = 0;
    while (j < v.size() && v[j] - v[i] <= kSnap) sum += v[j++];
    out.push_back(sum / static_cast<double>(j - i));
    i = j;
  }
  return out;
}

struct UnionFind {
  std::vector<std::size_t> parent;
  explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  std::size_t find(std::size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void join(std::size_t a, std::size_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);  // the smaller index (top-left) is the root
  }
};

// The text of some glyphs: lines by baseline, each left to right; a wide gap
// is a tab when `tabs`, else a space. Fake bold (a glyph printed twice,
// slightly offset) is read once.
std::vector<std::string> text_lines(std::vector<const Box*> glyphs, bool tabs,
                                    std::vector<std::vector<const Box*>>* line_glyphs = nullptr) {
  std::sort(glyphs.begin(), glyphs.end(), [](const Box* a, const Box* b) { return a->baseline < b->baseline; });
  std::vector<std::vector<const Box*>> lines;
  double line_base = 0;
  for (const Box* g : glyphs) {
    if (lines.empty() || g->baseline - line_base > 0.5 * g->size) {
      lines.emplace_back();
      line_base = g->baseline;
    }
    lines.back().push_back(g);
  }
  std::vector<std::string> out;
  for (auto& line : lines) {
    std::sort(line.begin(), line.end(), [](const Box* a, const Box* b) { return a->x0 < b->x0; });
    std::string s;
    const Box* prev = nullptr;
    std::vector<const Box*> kept;
    for (const Box* g : line) {
      if (prev) {
        if (g->text == prev->text && std::fabs(g->x0 - prev->x0) < 0.3 * g->size) continue;
        double gap = g->x0 - prev->x1;
        double size = std::max(g->size, prev->size);
        if (gap > kCellGap * size) s += tabs ? '\t' : ' ';
        else if (gap > kWordGap * size) s += ' ';
      }
      s += g->text;
      prev = g;
      kept.push_back(g);
    }
    out.push_back(std::move(s));
    if (line_glyphs) line_glyphs->push_back(std::move(kept));
  }
  return out;
}

struct TableGrid {
  std::vector<double> xs, ys;  // column and row boundaries, ascending
  std::vector<Rule> horizontal, vertical;
  bool contains(double x, double y) const {
    return x >= xs.front() - 1 && x <= xs.back() + 1 && y >= ys.front() - 1 && y <= ys.back() + 1;
  }
};

bool covered(const std::vector<Rule>& rules, double at, double point) {
  for (const Rule& r : rules)
    if (std::fabs(r.at - at) <= kSnap && point >= r.from - kSnap && point <= r.to + kSnap) return true;
  return false;
}

// Grids: the connected groups of crossing horizontal and vertical lines.
std::vector<TableGrid> find_grids(const std::vector<Rule>& hs, const std::vector<Rule>& vs) {
  if (hs.size() * vs.size() > kMaxLinePairs) return {};
  UnionFind uf(hs.size() + vs.size());
  for (std::size_t i = 0; i < hs.size(); ++i)
    for (std::size_t j = 0; j < vs.size(); ++j) {
      const Rule& h = hs[i];
      const Rule& v = vs[j];
      if (v.at >= h.from - kSnap && v.at <= h.to + kSnap && h.at >= v.from - kSnap && h.at <= v.to + kSnap)
        uf.join(i, hs.size() + j);
    }
  std::vector<TableGrid> grids;
  std::vector<long> grid_of(hs.size() + vs.size(), -1);
  for (std::size_t k = 0; k < hs.size() + vs.size(); ++k) {
    std::size_t root = uf.find(k);
    if (grid_of[root] < 0) {
      grid_of[root] = static_cast<long>(grids.size());
      grids.emplace_back();
    }
    TableGrid& g = grids[static_cast<std::size_t>(grid_of[root])];
    if (k < hs.size()) g.horizontal.push_back(hs[k]);
    else g.vertical.push_back(vs[k - hs.size()]);
  }
  std::vector<TableGrid> out;
  for (TableGrid& g : grids) {
    if (g.horizontal.size() < 2 || g.vertical.size() < 2) continue;
    std::vector<double> xs, ys;
    for (const Rule& r : g.vertical) xs.push_back(r.at);
    for (const Rule& r : g.horizontal) ys.push_back(r.at);
    g.xs = snap(xs);
    g.ys = snap(ys);
    // One framed box is a border around text, not a table.
    if (g.xs.size() < 2 || g.ys.size() < 2) continue;
    std::size_t cells = (g.xs.size() - 1) * (g.ys.size() - 1);
    if (cells < 2 || cells > kMaxGridCells) continue;
    out.push_back(std::move(g));
  }
  return out;
}

std::size_t slot(const std::vector<double>& bounds, double v) {
  auto it = std::upper_bound(bounds.begin(), bounds.end(), v);
  std::size_t i = it == bounds.begin() ? 0 : static_cast<std::size_t>(it - bounds.begin()) - 1;
  return std::min(i, bounds.size() - 2);
}

struct Item {  // something to print, at its top
  double top;
  Block block;
};

Block table_block(const TableGrid& g, const std::vector<const Box*>& glyphs, std::uint32_t page,
                  std::uint32_t table) {
  const std::size_t rows = g.ys.size() - 1, cols = g.xs.size() - 1;
  UnionFind uf(rows * cols);
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c) {
      double ym = (g.ys[r] + g.ys[r + 1]) / 2, xm = (g.xs[c] + g.xs[c + 1]) / 2;
      if (c + 1 < cols && !covered(g.vertical, g.xs[c + 1], ym)) uf.join(r * cols + c, r * cols + c + 1);
      if (r + 1 < rows && !covered(g.horizontal, g.ys[r + 1], xm)) uf.join(r * cols + c, (r + 1) * cols + c);
    }
  std::vector<std::vector<const Box*>> in_cell(rows * cols);
  for (const Box* b : glyphs) in_cell[uf.find(slot(g.ys, b->cy()) * cols + slot(g.xs, b->cx()))].push_back(b);
  // Each merged region's box: from its first to its last position.
  std::vector<std::size_t> last(rows * cols);
  std::iota(last.begin(), last.end(), 0);
  for (std::size_t k = 0; k < rows * cols; ++k) {
    std::size_t root = uf.find(k);
    last[root] = std::max(last[root], k);  // row-major: the largest index is the bottom-right
  }
  Block b;
  b.kind = Block::Kind::table;
  b.grid.rows.assign(rows, std::vector<GridCell>(cols));
  for (std::size_t r = 0; r < rows; ++r)
    for (std::size_t c = 0; c < cols; ++c) {
      std::size_t k = r * cols + c, root = uf.find(k);
      GridCell& cell = b.grid.rows[r][c];
      std::size_t r1 = last[root] / cols, c1 = last[root] % cols, r0 = root / cols, c0 = root % cols;
      cell.place.page = page;
      cell.place.table = table;
      cell.place.row = static_cast<std::uint32_t>(r0 + 1);
      cell.place.column = static_cast<std::uint32_t>(c0 + 1);
      cell.place.x0 = g.xs[c0];
      cell.place.y0 = g.ys[r0];
      cell.place.x1 = g.xs[std::max(c0, c1) + 1];
      cell.place.y1 = g.ys[r1 + 1];
      if (root != k) {
        cell.covered = true;
        continue;
      }
      std::string joined;
      for (const std::string& line : text_lines(in_cell[k], false)) {
        if (!joined.empty()) joined += '\n';
        joined += line;
      }
      cell.text = collapse_space(joined);
    }
  return b;
}

}  // namespace

void lay_out_page(const PageContent& content, const PageBox& box, std::uint32_t page_number, Document& doc,
                  std::uint32_t& tables) {
  // Everything in the page as shown: top-left origin, y down, turned by /Rotate.
  const double w = box.x1 - box.x0, h = box.y1 - box.y0;
  auto shown = [&](double x, double y, double& u, double& v) {
    double a = x - box.x0, b = box.y1 - y;  // unturned, top-left origin
    switch (box.rotate) {
      case 90: u = h - b, v = a; break;
      case 180: u = w - a, v = h - b; break;
      case 270: u = b, v = w - a; break;
      default: u = a, v = b; break;
    }
  };
  std::vector<Box> boxes;
  boxes.reserve(content.glyphs.size());
  for (const PlacedGlyph& g : content.glyphs) {
    double u0, v0, u1, v1, ou, ov;
    shown(g.x0, g.y0, u0, v0);
    shown(g.x1, g.y1, u1, v1);
    shown(g.origin_x, g.origin_y, ou, ov);
    boxes.push_back({g.text, std::min(u0, u1), std::min(v0, v1), std::max(u0, u1), std::max(v0, v1), ov, g.size});
  }
  std::vector<Rule> hs, vs;
  for (const auto* list : {&content.horizontal, &content.vertical})
    for (const Segment& s : *list) {
      double u0, v0, u1, v1;
      shown(s.x0, s.y0, u0, v0);
      shown(s.x1, s.y1, u1, v1);
      if (std::fabs(v1 - v0) < std::fabs(u1 - u0)) hs.push_back({(v0 + v1) / 2, std::min(u0, u1), std::max(u0, u1)});
      else vs.push_back({(u0 + u1) / 2, std::min(v0, v1), std::max(v0, v1)});
    }
  std::vector<TableGrid> grids = find_grids(merge_rules(std::move(hs)), merge_rules(std::move(vs)));

  std::vector<std::vector<const Box*>> in_grid(grids.size());
  std::vector<const Box*> running;
  for (const Box& b : boxes) {
    bool placed = false;
    for (std::size_t t = 0; t < grids.size() && !placed; ++t)
      if (grids[t].contains(b.cx(), b.cy())) {
        in_grid[t].push_back(&b);
        placed = true;
      }
    if (!placed) running.push_back(&b);
  }

  std::vector<Item> items;
  // Tables in the order they stand on the page.
  std::vector<std::size_t> order(grids.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return grids[a].ys.front() < grids[b].ys.front(); });
  for (std::size_t t : order) {
    if (in_grid[t].empty()) continue;  // a drawn grid with nothing in it (a form, a frame)
    items.push_back({grids[t].ys.front(), table_block(grids[t], in_grid[t], page_number, ++tables)});
  }
  std::vector<std::vector<const Box*>> line_glyphs;
  std::vector<std::string> lines = text_lines(running, true, &line_glyphs);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Block b;
    b.kind = Block::Kind::paragraph;
    // Each tab-separated piece collapsed on its own, so the tabs stay.
    std::size_t start = 0;
    while (start <= lines[i].size()) {
      std::size_t tab = lines[i].find('\t', start);
      if (tab == std::string::npos) tab = lines[i].size();
      std::string piece = collapse_space(std::string_view(lines[i]).substr(start, tab - start));
      if (!piece.empty()) {
        if (!b.text.empty()) b.text += '\t';
        b.text += piece;
      }
      start = tab + 1;
    }
    if (b.text.empty()) continue;
    const auto& gl = line_glyphs[i];
    b.place.page = page_number;
    b.place.x0 = gl.front()->x0, b.place.x1 = gl.front()->x1;
    b.place.y0 = gl.front()->top, b.place.y1 = gl.front()->bottom;
    for (const Box* g : gl) {
      b.place.x0 = std::min(b.place.x0, g->x0), b.place.x1 = std::max(b.place.x1, g->x1);
      b.place.y0 = std::min(b.place.y0, g->top), b.place.y1 = std::max(b.place.y1, g->bottom);
    }
    items.push_back({b.place.y0, std::move(b)});
  }
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.top < b.top; });
  for (Item& item : items) doc.blocks.push_back(std::move(item.block));
}

}  // namespace gongkai::inputs::pdf
