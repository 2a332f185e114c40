#include "parse/columns.hpp"

#include <algorithm>
#include <utf8proc.h>

namespace gongkai::parsing {
namespace {

// A value's centre across its original line, in characters and in display
// width; or none where the line has no fixed columns.
struct Place {
  bool known = false;
  double by_chars = 0, by_width = 0;
  double of(bool width) const { return width ? by_width : by_chars; }
};

// Two columns for the wide characters of East Asian text (CJK, Hangul,
// full-width forms), one for the rest: how w3m and lynx lay text out.
int display_width(utf8proc_int32_t cp) {
  if (cp < 0x1100) return 1;
  return (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
          (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
          (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
             ? 2
             : 1;
}

// The number's own bytes in its line's normalized text: a note after it
// (22（其中修订16件）) may run past its column.
std::pair<std::size_t, std::size_t> number_bytes(std::string_view norm, const Token& t) {
  std::size_t end = t.end;
  if (!t.note.empty()) {
    const std::size_t note_at = static_cast<std::size_t>(t.note.data() - norm.data());
    if (note_at > t.begin && note_at <= t.end) end = note_at - 1;  // before its bracket
  }
  return {t.begin, end};
}

// The places of the values `at` (token indices, all on one line), walking
// the original line once.
void places_on_line(const TokenStream& stream, const SourceText& src, const std::vector<std::size_t>& at,
                    std::vector<Place>& out) {
  const std::size_t line_index = stream.tokens[at.front()].tok.line;
  const std::string_view line = src.original(line_index);
  const std::size_t first = out.size();
  out.resize(first + at.size());
  if (line.find('\t') != std::string_view::npos || line.find('|') != std::string_view::npos) return;
  const SourceLine sl = src[line_index];
  // Each value's original byte range, in order along the line.
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  for (std::size_t t : at) {
    auto [b, e] = number_bytes(sl.norm, stream.tokens[t].tok);
    const SourceSpan s = src.span(line_index, b, e);
    ranges.emplace_back(s.begin - sl.begin, s.end - sl.begin);
  }
  double chars = 0, width = 0;
  std::size_t k = 0, i = 0;
  double in_chars = 0, in_width = 0, start_chars = 0, start_width = 0;
  while (k < ranges.size() && i <= line.size()) {
    if (i == ranges[k].first) start_chars = chars, start_width = width, in_chars = in_width = 0;
    if (i >= ranges[k].second) {
      Place& p = out[first + k];
      p.known = true;
      p.by_chars = start_chars + in_chars / 2;
      p.by_width = start_width + in_width / 2;
      ++k;
      continue;
    }
    if (i == line.size()) break;
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(line.data() + i),
                                    static_cast<utf8proc_ssize_t>(line.size() - i), &cp);
    if (n <= 0) return;
    const int w = display_width(cp);
    chars += 1, width += w;
    if (i >= ranges[k].first) in_chars += 1, in_width += w;
    i += static_cast<std::size_t>(n);
  }
}

// The clusters of sorted positions cut at their width-1 widest gaps: their
// bounds, and how clearly they part (the narrowest gap cut over the widest
// cluster; 0 where they do not part).
struct Clusters {
  std::vector<double> low, high;
  double clarity = 0;
};

Clusters cut(std::vector<double> xs, std::size_t width) {
  Clusters c;
  std::sort(xs.begin(), xs.end());
  if (xs.size() < width || width < 2) return c;
  std::vector<std::size_t> at;  // gaps by index: xs[k] → xs[k + 1]
  for (std::size_t k = 0; k + 1 < xs.size(); ++k) at.push_back(k);
  if (at.size() < width - 1) return c;
  // The widest `width` gaps first (the width-1 cut and the widest left).
  const std::size_t wanted = std::min(at.size(), width);
  std::partial_sort(at.begin(), at.begin() + static_cast<std::ptrdiff_t>(wanted), at.end(),
                    [&](std::size_t a, std::size_t b) {
                      const double ga = xs[a + 1] - xs[a], gb = xs[b + 1] - xs[b];
                      return ga != gb ? ga > gb : a < b;
                    });
  auto gap = [&](std::size_t k) { return xs[k + 1] - xs[k]; };
  std::vector<std::size_t> cuts(at.begin(), at.begin() + static_cast<std::ptrdiff_t>(width - 1));
  const double widest_uncut = at.size() >= width ? gap(at[width - 1]) : 0;
  std::vector<double> cut_gaps;
  for (std::size_t k : cuts) cut_gaps.push_back(gap(k));
  std::sort(cut_gaps.begin(), cut_gaps.end());
  const double narrowest_cut = cut_gaps.front(), median_cut = cut_gaps[cut_gaps.size() / 2];
  std::sort(cuts.begin(), cuts.end());
  double widest = 0;
  std::size_t from = 0, fewest = xs.size();
  for (std::size_t k = 0; k <= cuts.size(); ++k) {
    const std::size_t to = k < cuts.size() ? cuts[k] : xs.size() - 1;
    c.low.push_back(xs[from]);
    c.high.push_back(xs[to]);
    widest = std::max(widest, xs[to] - xs[from]);
    fewest = std::min(fewest, to + 1 - from);
    from = to + 1;
  }
  // A column of one value may be a stray (a cell whose note pushed its number
  // aside) posing as a column while a column printed all blank is missing.
  if (fewest < 2) return c;
  // Parted: every gap cut two columns wide at least, wider than any
  // cluster, twice any gap inside one, and not far narrower than the other
  // cuts (a column printed all blank leaves a cluster fewer: the last cut
  // then falls inside a column, a gap like the ones not cut).
  constexpr double kMinGap = 2;
  if (narrowest_cut >= kMinGap && narrowest_cut > widest && narrowest_cut >= 2 * widest_uncut &&
      narrowest_cut >= 0.4 * median_cut)
    c.clarity = narrowest_cut / std::max(widest, 1.0);
  return c;
}

}  // namespace

void assign_columns(TokenStream& stream, const SourceText& src, std::size_t width) {
  constexpr std::size_t kMinLines = 3;
  auto counts = [&](const StreamToken& t) {
    return !t.noise && !t.edge && t.tok.kind != TokenKind::empty && t.line_values > 0 && t.line_values <= width;
  };
  // Nothing to place unless some line lost cells.
  bool short_line = false;
  for (std::size_t v : stream.values) short_line = short_line || (counts(stream.tokens[v]) && stream.tokens[v].line_values < width);
  if (!short_line) return;
  std::vector<std::size_t> candidates, on_line;  // values on lines of at most `width` values
  std::vector<Place> places;
  std::size_t lines = 0;  // (counted below, among the lines with fixed columns)
  for (std::size_t k = 0; k <= stream.values.size(); ++k) {
    const bool more = k < stream.values.size();
    if (!on_line.empty() && (!more || stream.tokens[stream.values[k]].tok.line != stream.tokens[on_line.front()].tok.line)) {
      places_on_line(stream, src, on_line, places);
      candidates.insert(candidates.end(), on_line.begin(), on_line.end());
      on_line.clear();
    }
    if (more && counts(stream.tokens[stream.values[k]])) on_line.push_back(stream.values[k]);
  }
  // Values on lines without fixed columns have no place.
  std::size_t kept = 0;
  for (std::size_t k = 0; k < candidates.size(); ++k)
    if (places[k].known) candidates[kept] = candidates[k], places[kept] = places[k], ++kept;
  candidates.resize(kept);
  places.resize(kept);
  lines = 0;
  for (std::size_t k = 0; k < candidates.size(); ++k)
    lines += k == 0 || stream.tokens[candidates[k]].tok.line != stream.tokens[candidates[k - 1]].tok.line;
  if (lines < kMinLines) return;
  Clusters best;
  bool best_by_width = false;
  for (bool by_width : {false, true}) {
    std::vector<double> xs;
    for (const auto& p : places) xs.push_back(p.of(by_width));
    Clusters c = cut(std::move(xs), width);
    if (c.clarity > best.clarity) {
      best = std::move(c);
      best_by_width = by_width;
    }
  }
  if (best.clarity == 0) return;
  std::vector<int> column(candidates.size(), -1);
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const double x = places[k].of(best_by_width);
    for (std::size_t col = 0; col < width; ++col)
      if (x >= best.low[col] && x <= best.high[col]) column[k] = static_cast<int>(col);
  }
  // A line of all its row's values must stand in the columns in order, and
  // every line's last value (its total) in the last.
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const StreamToken& t = stream.tokens[candidates[k]];
    const bool last_of_line = k + 1 == candidates.size() || stream.tokens[candidates[k + 1]].tok.line != t.tok.line;
    const bool first_of_line = k == 0 || stream.tokens[candidates[k - 1]].tok.line != t.tok.line;
    if (last_of_line && column[k] != static_cast<int>(width) - 1) return;
    if (t.line_values == width && !first_of_line && column[k] != column[k - 1] + 1) return;
  }
  for (std::size_t k = 0; k < candidates.size(); ++k)
    stream.tokens[candidates[k]].column = static_cast<std::int16_t>(column[k]);
}

}  // namespace gongkai::parsing
