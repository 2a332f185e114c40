#include "parse/title.hpp"

#include <re2/re2.h>

#include "parse/label.hpp"
#include "text/normalize.hpp"

namespace gongkai::parsing {
namespace {

constexpr std::size_t kSearchLines = 30;  // non-empty lines from the top
constexpr std::size_t kMaxLines = 3;      // a title wrapped over at most three lines
constexpr std::size_t kMaxTitle = 80;     // code points

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// A line that is only a year ("2025"): PDF text often prints the title's year
// apart, in another font.
bool only_year(std::string_view s) {
  s = trim(s);
  return s.size() == 4 && (s.substr(0, 2) == "19" || s.substr(0, 2) == "20") &&
         s.find_first_not_of("0123456789") == std::string_view::npos;
}

// Joins a title's lines; a year printed on a line of its own goes before the
// 年 that stands without one.
std::string join(const std::vector<std::string>& parts) {
  std::string year, out;
  for (const auto& p : parts) {
    if (only_year(p) && year.empty()) {
      year = std::string(trim(p));
      continue;
    }
    out += p;
  }
  if (year.empty()) return out;
  static const RE2 bare_year(R"(^([^0-9]*?)\s+年)");
  std::string head;
  if (RE2::PartialMatch(out, bare_year, &head)) {
    std::size_t at = out.find("年", head.size());
    return out.substr(0, at) + year + out.substr(at);
  }
  return out + year;
}

struct Candidate {
  std::size_t first = 0, last = 0;
  double score = -1e9;
  std::size_t cut = std::string::npos;  ///< a title merged into its line: its length in the normalized line
};

// How much a joined run of lines reads as a title; below 0 when it cannot be one.
double title_score(std::string_view norm, std::string_view c, std::size_t lines, std::size_t rank) {
  if (length_cp(norm) > kMaxTitle) return -1;
  if (!(contains(c, "报告") || contains(c, "年报")) || !contains_any(c, {"政府信息公开", "政务公开", "信息公开"})) return -1;
  // The foreword's sentence: it cites the 条例 and the 年度报告格式.
  if (contains_any(norm, {"。", "《", "》", "，"}) || contains_any(c, {"格式", "依据", "根据", "编制本"})) return -1;
  double s = 0;
  if (ends_with(c, "报告") || ends_with(c, "年报")) s += 3;
  static const RE2 year(R"((19|20)\d{2})");
  if (RE2::PartialMatch(c, year)) s += 1;
  if (norm.find(':') != std::string_view::npos) s -= 2;  // a web page's 标题： field: the body's own title wins
  s -= 0.5 * static_cast<double>(lines - 1);
  s -= 0.02 * static_cast<double>(rank);
  return s;
}

}  // namespace

std::string_view strip_markup(std::string_view s) {
  s = trim(s);
  while (!s.empty() && s.front() == '#') s.remove_prefix(1);
  s = trim(s);
  if (s.size() >= 4 && s.substr(0, 2) == "**" && s.substr(s.size() - 2) == "**") s = trim(s.substr(2, s.size() - 4));
  return s;
}

TitleLines find_title(const SourceText& src) {
  std::vector<std::size_t> lines;  // the first non-empty lines
  for (std::size_t i = 0; i < src.size() && lines.size() < kSearchLines; ++i)
    if (!strip_markup(src[i].norm).empty()) lines.push_back(i);
  // Their compact forms, made once (a line is part of several candidates).
  std::vector<std::string> compact_lines(lines.size());
  for (std::size_t k = 0; k < lines.size(); ++k) src.compact(lines[k], compact_lines[k]);
  Candidate best;
  for (std::size_t a = 0; a < lines.size(); ++a) {
    std::string norm, c;
    for (std::size_t k = 0; k < kMaxLines && a + k < lines.size(); ++k) {
      std::string_view line = strip_markup(src[lines[a + k]].norm);
      if (k > 0 && lines[a + k] > lines[a + k - 1] + 2) break;  // a title is not broken by blank space
      norm += line;
      c += compact_lines[a + k];
      double s = title_score(norm, c, k + 1, a);
      if (s > best.score && s >= 0) best = Candidate{lines[a], lines[a + k], s, std::string::npos};
      // A title merged into the foreword's first line: up to its 报告, where
      // a sentence follows (not a title's own ending: …报告的说明).
      constexpr std::size_t kMinSentence = 8;  // code points after 报告
      std::size_t cut = norm.find("报告");
      if (s < 0 && k == 0 && cut != std::string::npos && cut + 6 < norm.size() &&
          length_cp(std::string_view(norm).substr(cut + 6)) >= kMinSentence) {
        std::string head = norm.substr(0, cut + 6);
        double hs = title_score(head, compact(head), 1, a) - 1;
        if (hs > best.score && hs >= 0) best = Candidate{lines[a], lines[a], hs, cut + 6};
      }
      if (contains(norm, "。")) break;
    }
  }
  TitleLines t;
  if (best.score < 0) return t;
  t.first = best.first;
  t.last = best.last;
  std::vector<std::string> norm_parts, printed_parts;
  for (std::size_t i = best.first; i <= best.last; ++i) {
    std::string_view n = strip_markup(src[i].norm);
    if (n.empty()) continue;
    norm_parts.emplace_back(n);
    printed_parts.push_back(text::unify_ideographs(strip_markup(src.original(i))));
  }
  t.norm = join(norm_parts);
  t.printed = join(printed_parts);
  if (best.cut != std::string::npos) {
    t.norm.resize(best.cut);
    // The same place in the original: up to its first 报告.
    std::size_t at = t.printed.find("报告");
    if (at != std::string::npos) t.printed.resize(at + 6);
  }
  // "标题：…报告" keeps what follows the field's name.
  for (std::string* s : {&t.norm, &t.printed}) {
    for (std::string_view colon : {":", "："}) {
      std::size_t at = s->find(colon);
      if (at != std::string::npos && contains(s->substr(at), "报告")) {
        *s = std::string(trim(std::string_view(*s).substr(at + colon.size())));
        break;
      }
    }
  }
  return t;
}

}  // namespace gongkai::parsing
