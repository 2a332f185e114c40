// numbered_heading tells prose from a heading before it normalizes a line.
// Its answer must be the one it gives by normalizing first, for lines that
// begin with every kind of character normalization changes or keeps: marks,
// spaces full-width and not, numerals plain and as Kangxi radicals, digits
// full-width, zero-width characters, combining marks.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "text/normalize.hpp"
#include "validate/section_kinds.hpp"

using namespace gongkai;
using validation::NumberedHeading;

namespace {

// numbered_heading as it was: the whole line normalized, then read.
std::optional<NumberedHeading> reference(std::string_view line) {
  std::string s = text::normalize_line(line);
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '#' || s[i] == '*' || s[i] == '\t')) ++i;
  std::size_t start = i;
  auto numeral = [&](std::size_t at) {
    for (const char* d : {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"})
      if (s.compare(at, 3, d) == 0) return true;
    return false;
  };
  while (i + 3 <= s.size() && numeral(i)) i += 3;
  if (i == start) return std::nullopt;
  int number = validation::chinese_number(std::string_view(s).substr(start, i - start));
  if (!number) return std::nullopt;
  if (s.compare(i, 3, "、") == 0) i += 3;
  else if (i < s.size() && s[i] == '.') i += 1;
  else return std::nullopt;
  NumberedHeading h;
  h.number = number;
  h.text = s.substr(i);
  while (!h.text.empty() && (h.text.back() == '*' || h.text.back() == ' ')) h.text.pop_back();
  return h;
}

}  // namespace

TEST_CASE("numbered_heading's prose test gives what normalizing first gives", "[validate][speed]") {
  const std::vector<std::string> leads = {"", " ", "#", "## ", "*", "\t", "\xE3\x80\x80" /* ideographic space */,
                                          "\xC2\xA0" /* no-break space */, "\xE2\x80\x8B" /* zero width */,
                                          "\xEF\xBC\x83" /* ＃ */, "\f", "\v", "a", "1"};
  const std::vector<std::string> numerals = {"一", "二", "六", "九", "十", "十二", "二十", "二十一",
                                             "\xE2\xBC\x80" /* ⼀, Kangxi one */, "\xE2\xBC\x97" /* ⼗ */,
                                             "本", "年", "\xEF\xBC\x91" /* １ */, "0", "", "\xCC\x81" /* combining acute */};
  const std::vector<std::string> separators = {"、", ".", "，", "", " 、", "\xEF\xBC\x8E" /* ． */};
  const std::vector<std::string> rests = {"其他需要报告的事项", "主动公开政府信息情况 **", "", " ", "2023 年"};
  std::size_t lines = 0, headings = 0;
  for (const auto& a : leads)
    for (const auto& b : leads)
      for (const auto& n : numerals)
        for (const auto& s : separators)
          for (const auto& r : rests) {
            std::string line = a + b + n + s + r;
            auto fast = validation::numbered_heading(line);
            auto slow = reference(line);
            INFO("line: " << line);
            REQUIRE(fast.has_value() == slow.has_value());
            if (fast) {
              CHECK(fast->number == slow->number);
              CHECK(fast->text == slow->text);
              ++headings;
            }
            ++lines;
          }
  CHECK(lines == 14u * 14u * 16u * 6u * 5u);
  CHECK(headings > 1000);  // the generator makes headings, not only prose
}
