#include "parse/table_window.hpp"

#include <algorithm>
#include <cstdint>

#include "parse/token_stream.hpp"

namespace gongkai::parsing {
namespace {

constexpr std::size_t kHeaderReach = 30;   // lines of header a table's first row label may follow
constexpr std::size_t kAppealsReach = 160;  // table 四 is short, even one cell a line with blank lines between

// The first line in [from, to) that prints one of the words and is not prose.
std::size_t find_from(const Markers& markers, std::size_t from, std::size_t to, std::uint64_t words) {
  const SourceText& src = markers.src();
  const auto& marked = markers.marked();
  for (std::size_t k = markers.first_at_or_after(from); k < marked.size() && marked[k].line < to; ++k) {
    const std::string_view norm = src[marked[k].line].norm;
    if ((marked[k].words & words) != 0 && !is_prose_line(norm, compact_shape(norm))) return marked[k].line;
  }
  return src.size();
}

}  // namespace

LineRange applications_window(const Markers& markers) {
  const SourceText& src = markers.src();
  LineRange range;
  std::size_t first = find_from(markers, 0, src.size(), Markers::kApplicationsFirst);
  std::size_t header = find_from(markers, 0, first, Markers::kApplicationsHeader);
  if (first == src.size()) first = header;
  if (first == src.size()) return range;
  // The header above the first row (its words may precede every label).
  std::size_t back = first > kHeaderReach ? first - kHeaderReach : 0;
  std::size_t h = find_from(markers, back, first, Markers::kApplicationsHeader);
  range.first = h < first ? h : first;
  std::size_t end = find_from(markers, first + 1, src.size(), Markers::kAppeals);
  std::size_t after = find_from(markers, first + 1, src.size(), Markers::kAfterTables);
  range.last = std::min(end, after);
  return range;
}

LineRange appeals_window(const Markers& markers, std::size_t from) {
  const SourceText& src = markers.src();
  LineRange range;
  std::size_t first = find_from(markers, from, src.size(), Markers::kAppeals);
  if (first == src.size()) return range;
  range.first = first;
  range.last = find_from(markers, first + 2, std::min(src.size(), first + kAppealsReach), Markers::kAfterTables);
  if (range.last == src.size()) range.last = std::min(src.size(), first + kAppealsReach);
  return range;
}

LineRange legacy_window(const Markers& markers) {
  const SourceText& src = markers.src();
  LineRange range;
  std::size_t first = find_from(markers, 0, src.size(), Markers::kLegacyStart);
  if (first == src.size()) return range;
  range.first = first;
  range.last = src.size();
  return range;
}

LineRange active_window(const Markers& markers, std::size_t before) {
  LineRange range;
  std::size_t first = find_from(markers, 0, before, Markers::kActive);
  if (first == markers.src().size()) return range;
  range.first = first;
  range.last = before;
  return range;
}

}  // namespace gongkai::parsing
