#include "parse/format_detect.hpp"

#include "parse/label.hpp"

namespace gongkai::parsing {

Format detect_format(const Markers& markers) {
  const SourceText& src = markers.src();
  int gk2021 = 0, gk2019 = 0, legacy = 0, national = 0;
  for (const Markers::Marked& m : markers.marked()) {
    const std::uint64_t found = m.words;
    // Sentences may quote any of these words; table cells do not end in 。
    const std::string_view norm = src[m.line].norm;
    if (norm.size() > 600 || contains(norm, "。")) continue;
    gk2021 += (found & Markers::kGk2021) != 0;
    gk2019 += (found & Markers::kGk2019) != 0;
    legacy += (found & Markers::kLegacy) != 0;
    national += (found & Markers::kNational) != 0;
  }
  if (gk2021 > 0 && gk2021 >= gk2019) return Format::gk2021;
  if (gk2019 > 0) return Format::gk2019;
  if (legacy >= 2) return Format::legacy;
  if (national > 0) return Format::gk2019;  // refined by the year once metadata is read
  return Format::narrative;
}

bool has_2019_words(const Markers& markers) {
  for (const Markers::Marked& m : markers.marked())
    if (m.words & Markers::kGk2019Only) return true;
  return false;
}

}  // namespace gongkai::parsing
