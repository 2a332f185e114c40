#include "validate/section_kinds.hpp"

#include "text/normalize.hpp"
#include "text/search.hpp"

namespace gongkai::validation {
namespace {

using text::contains;
using text::contains_any;

constexpr std::string_view kDigits[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

// One Chinese digit at s[i] (3 bytes in UTF-8): 1..9, 10 for 十, 0 otherwise.
int digit_at(std::string_view s, std::size_t i) {
  if (s.substr(i, 3) == "十") return 10;
  for (int d = 0; d < 9; ++d)
    if (s.substr(i, 3) == kDigits[d]) return d + 1;
  return 0;
}

}  // namespace

const std::vector<SectionKind>& section_kinds() {
  static const std::vector<SectionKind> kinds = {
      {"overview", "总体情况", "overview", ""},
      {"active", "主动公开政府信息情况", "proactive disclosure", "active"},
      {"applications", "收到和处理政府信息公开申请情况", "requests received and handled", "applications"},
      {"appeals", "政府信息公开行政复议、行政诉讼情况", "administrative review and litigation", "appeals"},
      {"problems", "存在的主要问题及改进情况", "main problems and improvements", ""},
      {"other", "其他需要报告的事项", "other matters to report", ""},
  };
  return kinds;
}

int section_kind_index(std::string_view id) noexcept {
  const auto& kinds = section_kinds();
  for (std::size_t i = 0; i < kinds.size(); ++i)
    if (id == kinds[i].id) return static_cast<int>(i);
  return -1;
}

std::string squash_heading(std::string_view heading) {
  std::string folded = text::normalize_line(heading);
  std::string out;
  out.reserve(folded.size());
  for (char c : folded)
    if (c != ' ' && c != '\t' && c != '#' && c != '*') out += c;
  // Trailing punctuation: 。 . : ：
  for (;;) {
    if (!out.empty() && (out.back() == '.' || out.back() == ':')) {
      out.pop_back();
    } else if (out.size() >= 3 && (out.compare(out.size() - 3, 3, "。") == 0 || out.compare(out.size() - 3, 3, "：") == 0)) {
      out.resize(out.size() - 3);
    } else {
      break;
    }
  }
  return out;
}

std::string_view kind_of_heading(std::string_view heading) {
  const std::string h = squash_heading(heading);
  if (h.empty() || h.size() > 120) return "";  // a heading, not a paragraph
  // Order matters: 其他需要报告的事项 before anything else; the appeals part
  // names 政府信息公开 too, and 依申请公开 must not be read as 主动公开.
  if (contains_any(h, {"其他需要报告", "其他需报告", "其他事项"})) return "other";
  if (contains_any(h, {"存在的主要问题", "存在问题", "主要问题", "存在的不足", "存在不足", "问题及改进",
                       "问题和改进", "不足及改进", "改进措施", "改进情况", "下一步"}))
    return "problems";
  if (contains_any(h, {"行政复议", "行政诉讼"})) return "appeals";
  if (contains_any(h, {"收到和处理政府信息公开申请", "收到和处理政府信息公开", "依申请公开", "政府信息公开申请情况",
                       "申请公开政府信息情况"}))
    return "applications";
  if (contains(h, "主动公开")) return "active";
  if (contains_any(h, {"总体情况", "概述", "基本情况", "总体工作情况", "工作概况", "概况"})) return "overview";
  return "";
}

int chinese_number(std::string_view s) noexcept {
  if (s.empty() || s.size() % 3 != 0 || s.size() > 9) return 0;
  int a = digit_at(s, 0);
  if (!a) return 0;
  if (s.size() == 3) return a;
  int b = digit_at(s, 3);
  if (s.size() == 6) {
    if (a == 10 && b >= 1 && b <= 9) return 10 + b;  // 十二
    if (a <= 9 && b == 10) return a * 10;            // 二十
    return 0;
  }
  int c = digit_at(s, 6);
  if (a <= 9 && a >= 2 && b == 10 && c >= 1 && c <= 9) return a * 10 + c;  // 二十一
  return 0;
}

std::string chinese_numeral(int n) {
  if (n <= 0 || n > 99) return std::to_string(n);
  std::string out;
  int tens = n / 10, ones = n % 10;
  if (tens > 1) out += kDigits[tens - 1];
  if (tens >= 1) out += "十";
  if (ones) out += kDigits[ones - 1];
  return out;
}

namespace {

bool heading_lead(char c) { return c == ' ' || c == '#' || c == '*' || c == '\t'; }

}  // namespace

std::optional<NumberedHeading> numbered_heading(std::string_view line) {
  // Most lines are prose: tell them without normalizing the line. Where the
  // first character past the marks is in the part normalization leaves as
  // it is (ASCII, ideographs), it is the normalized line's first too, and a
  // heading's is a numeral.
  const std::size_t kept = text::unchanged_prefix(line.substr(0, 32));
  std::size_t first = 0;
  while (first < kept && heading_lead(line[first])) ++first;
  if (first < kept && (static_cast<unsigned char>(line[first]) < 0x80 || (first + 3 <= kept && !digit_at(line, first))))
    return std::nullopt;

  std::string s = text::normalize_line(line);
  std::size_t i = 0;
  while (i < s.size() && heading_lead(s[i])) ++i;
  std::size_t start = i;
  while (i + 3 <= s.size() && digit_at(s, i)) i += 3;
  if (i == start) return std::nullopt;
  int n = chinese_number(std::string_view(s).substr(start, i - start));
  if (!n) return std::nullopt;
  // The separator: 、 (also written . or ，in some reports).
  if (s.compare(i, 3, "、") == 0) {
    i += 3;
  } else if (i < s.size() && s[i] == '.') {
    i += 1;
  } else {
    return std::nullopt;
  }
  NumberedHeading h;
  h.number = n;
  h.text = s.substr(i);
  while (!h.text.empty() && (h.text.back() == '*' || h.text.back() == ' ')) h.text.pop_back();
  return h;
}

}  // namespace gongkai::validation
