// Metadata over generated title pages: organs of every level, the title's
// usual forms (year first, year in brackets at the end, 年度, 关于…的说明, a
// space torn into it), printed on one line or wrapped over two, after a 字号
// line; the signature date in its usual forms (Arabic digits, padded, ISO,
// spaced, Chinese numerals). The organ, year and date are read from each.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "gongkai/parse.hpp"
#include "report_builder.hpp"

namespace {

const std::vector<std::string> kOrgans = {"示例县人民政府",       "示例市生态环境局",     "示例县人民政府办公室",
                                          "示例镇人民政府",       "示例区教育局",         "示例市公安局交通管理支队",
                                          "示例自治县民族宗教事务局", "示例街道办事处"};

// The title forms, {organ} and {year} in them.
const std::vector<std::string> kForms = {
    "{organ}{year}年政府信息公开工作年度报告",   "{year}年{organ}政府信息公开工作年度报告",
    "{organ}{year}年度政府信息公开工作年度报告", "{organ}关于{year}年政府信息公开工作年度报告",
    "{organ}政府信息公开工作年度报告（{year}年）", "{organ}{year}年度政府信息公开工作报告",
    "{organ}{year}年政府信息公开年度报告",       "关于{organ}{year}年政府信息公开工作年度报告的说明",
    "{organ}{year}年政府信息公开 工作年度报告",
};

std::string replaced(std::string form, const std::string& organ, int year) {
  for (auto [key, value] : {std::pair<std::string, std::string>{"{organ}", organ}, {"{year}", std::to_string(year)}})
    for (std::size_t at; (at = form.find(key)) != std::string::npos;) form.replace(at, key.size(), value);
  return form;
}

// A number of days or months in Chinese numerals (一 … 三十一).
std::string chinese_count(int n) {
  static const char* const kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (n < 10) return kDigits[n];
  return std::string(n >= 20 ? kDigits[n / 10] : "") + "十" + (n % 10 ? kDigits[n % 10] : "");
}

// The signature date in one of the forms reports print it.
std::string printed_date(int y, int m, int d, unsigned form) {
  static const char* const kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  char buf[32];
  switch (form % 5) {
    case 0: return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
    case 1: std::snprintf(buf, sizeof buf, "%04d年%02d月%02d日", y, m, d); return buf;
    case 2: std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d); return buf;
    case 3: return std::to_string(y) + " 年 " + std::to_string(m) + " 月 " + std::to_string(d) + " 日";
    default: {
      std::string year;
      for (char c : std::to_string(y)) year += kDigits[c - '0'];
      return year + "年" + chinese_count(m) + "月" + chinese_count(d) + "日";
    }
  }
}

}  // namespace

TEST_CASE("the organ, year and date of generated title pages", "[parse][meta][property]") {
  unsigned state = 99;
  std::size_t cases = 0;
  for (const auto& organ : kOrgans)
    for (const auto& form : kForms)
      for (int layout = 0; layout < 3; ++layout) {
        const int year = 2014 + static_cast<int>(gktest::next_random(state) % 11);
        const int month = 1 + static_cast<int>(gktest::next_random(state) % 12);
        const int day = 1 + static_cast<int>(gktest::next_random(state) % 28);
        const std::string title = replaced(form, organ, year);
        std::string text;
        if (layout == 1) text += "示政办〔" + std::to_string(year + 1) + "〕3号\n\n";
        if (layout == 2) {
          // Wrapped over two lines at about its middle (on a character boundary).
          std::size_t at = title.size() / 2;
          while ((static_cast<unsigned char>(title[at]) & 0xC0) == 0x80) ++at;
          text += title.substr(0, at) + "\n" + title.substr(at) + "\n\n";
        } else {
          text += title + "\n\n";
        }
        text += "根据《中华人民共和国政府信息公开条例》规定，现公布本年度报告。\n\n一、总体情况\n\n全年工作平稳推进。\n\n";
        text += "二、主动公开政府信息情况\n\n无。\n\n";
        const std::string date = printed_date(year + 1, month, day, gktest::next_random(state));
        text += "\n" + organ + "\n" + date + "\n";
        INFO("title '" << title << "' layout " << layout << "\n" << text);
        const auto r = gongkai::parse(text);
        CHECK(r.meta.organ == organ);
        REQUIRE(r.meta.year);
        CHECK(*r.meta.year == year);
        char iso[16];
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year + 1, month, day);
        CHECK(r.meta.published == std::string(iso));
        ++cases;
      }
  CHECK(cases == kOrgans.size() * kForms.size() * 3);
}
