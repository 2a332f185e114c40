#include "parse/meta.hpp"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <initializer_list>

#include "parse/label.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"
#include "text/word_set.hpp"

namespace gongkai::parsing {
namespace {

int chinese_number(std::string_view s) {
  // 〇一二…九 as digits (二〇一九), or 十 forms (二十一) for month and day.
  static const std::pair<std::string_view, int> digits[] = {
      {"〇", 0}, {"零", 0}, {"O", 0}, {"o", 0}, {"0", 0}, {"一", 1}, {"二", 2}, {"三", 3}, {"四", 4},
      {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}};
  int value = 0, current = -1;
  bool ten = false;
  std::size_t i = 0;
  while (i < s.size()) {
    bool hit = false;
    if (s.compare(i, 3, "十") == 0) {
      value += (current < 0 ? 1 : current) * 10;
      current = -1;
      ten = true;
      i += 3;
      continue;
    }
    for (const auto& d : digits) {
      if (s.compare(i, d.first.size(), d.first) == 0) {
        current = current < 0 || ten ? d.second : current * 10 + d.second;
        if (ten) {
          value += current;
          current = -1;
        }
        i += d.first.size();
        hit = true;
        break;
      }
    }
    if (!hit) {
      if (s[i] >= '1' && s[i] <= '9') {
        current = (current < 0 ? 0 : current * 10) + (s[i] - '0');
        ++i;
        continue;
      }
      return -1;
    }
  }
  return value + (current < 0 ? 0 : current);
}

std::string ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool valid_date(int y, int m, int d) { return y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31; }

// Removes the year phrases and the words 政府信息公开…报告 from a title.
std::string organ_from_title(std::string title) {
  static const RE2 year(R"([(\[]?\s*\d{4}\s*年\s*(度)?\s*[)\]]?)");
  static const RE2 words(
      R"((关于)?\s*(政府信息公开|政务公开|信息公开)(和政务公开|与政务公开)?\s*(工作)?\s*(年度)?\s*(工作)?\s*(情况)?\s*(年度)?\s*(报告|年报).*$)");
  RE2::GlobalReplace(&title, year, "");
  RE2::Replace(&title, words, "");
  std::string out;
  for (char c : title)
    if (c != ' ') out += c;
  while (out.size() >= 3 && (out.compare(out.size() - 3, 3, "的") == 0 || out.compare(out.size() - 3, 3, "、") == 0))
    out.resize(out.size() - 3);
  if (out.size() >= 6 && out.compare(out.size() - 6, 6, "关于") == 0) out.resize(out.size() - 6);
  // 关于示例县…报告的说明: the preposition opens the title, the organ follows.
  if (out.size() > 6 && out.compare(0, 6, "关于") == 0) out.erase(0, 6);
  return out;
}

// Not a numbered heading or a table row: a signature line.
bool heading_free(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return false;
  return s.find("、") == std::string_view::npos;
}

std::optional<int> year_in(std::string_view s) {
  static const RE2 re(R"((\d{4})\s*年)");
  int y;
  if (RE2::PartialMatch(s, re, &y) && y >= 1990 && y <= 2100) return y;
  static const RE2 bare(R"((?:^|[^\d])((?:19|20)\d{2})(?:[^\d]|$))");
  if (RE2::PartialMatch(s, bare, &y) && y >= 1990 && y <= 2100) return y;
  return std::nullopt;
}

// Matches `re` in windows of s around each occurrence of a word: patterns
// run on a few hundred bytes, not on whole paragraphs.
bool match_near(std::string_view s, std::initializer_list<std::string_view> words, std::size_t before,
                std::size_t after, const RE2& re, std::string* value) {
  for (auto w : words) {
    for (std::size_t pos = s.find(w); pos != std::string_view::npos; pos = s.find(w, pos + w.size())) {
      std::size_t b = pos > before ? pos - before : 0;
      std::size_t e = std::min(s.size(), pos + after);
      while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
      while (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) --e;
      if (RE2::PartialMatch(s.substr(b, e - b), re, value)) return true;
    }
  }
  return false;
}

void read_contact(const SourceText& src, Contact& contact) {
  // The address is at most 80 characters: cut after the match, because a
  // counted repetition of a character class compiles into 80 copies of it,
  // which makes the pattern slow to build and to run.
  constexpr std::size_t kAddressChars = 80;
  static const RE2 address(R"((?:通讯地址|联系地址|办公地址|地址|地点)\s*[:为]\s*([^;；,，。)）]{4,}))");
  static const RE2 postcode(R"(邮\s*(?:政)?\s*编\s*(?:码)?\s*[:为]?\s*(\d{6}))");
  static const RE2 phone(R"((?:联系电话|咨询电话|办公电话|电话|传真)\s*[:为]?\s*([0-9][0-9\-—()（） ]{5,20}[0-9]))");
  static const RE2 email(R"(([A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}))");
  static const RE2 website(R"(((?:https?://|www\.)[A-Za-z0-9./_\-?=&%#:~]+[A-Za-z0-9/]))");
  // Contact details are in the foreword or at the end.
  constexpr std::size_t kHead = 80, kTail = 60;
  // The words each pattern is looked for near, in one pass a line: most
  // lines hold none of them.
  static const text::WordSet trigger_words{"地址", "地点", "邮", "电话", "传真", "http", "www."};
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (i == kHead && src.size() > kHead + kTail) i = src.size() - kTail;
    std::string_view s = src[i].norm;
    if (!trigger_words.any_in(s) && s.find('@') == std::string_view::npos) continue;
    std::string v;
    if (contact.address.empty() && match_near(s, {"地址", "地点"}, 12, 240, address, &v)) {
      v.resize(text::code_point_prefix(v, kAddressChars).size());
      // Where no punctuation ends the address, the next item does.
      for (std::string_view next : {"邮编", "邮政编码", "电话", "联系电话", "传真", "邮箱", "电子邮箱", "网址"}) {
        std::size_t at = v.find(next);
        if (at != std::string::npos) v.resize(at);
      }
      contact.address = std::string(trim(v));
    }
    if (contact.postcode.empty() && match_near(s, {"邮"}, 0, 48, postcode, &v)) contact.postcode = v;
    if (contact.phone.empty() && match_near(s, {"电话", "传真"}, 12, 96, phone, &v)) contact.phone = std::string(trim(v));
    if (contact.email.empty() && match_near(s, {"@"}, 64, 128, email, &v)) contact.email = v;
    if (contact.website.empty() && match_near(s, {"http", "www."}, 0, 240, website, &v)) contact.website = v;
    if (!contact.address.empty() && !contact.postcode.empty() && !contact.phone.empty() && !contact.email.empty() &&
        !contact.website.empty())
      break;
  }
}

void read_period(const SourceText& src, Meta& meta) {
  std::string compact_line;  // reused line by line
  static const RE2 period(
      R"(统计(?:期限|时限|时间|区间|周期)[^。\d]{0,12}?(\d{4})年(\d{1,2})月(\d{1,2})日[^。\d]{0,8}?(?:至|到|-|—|~)[^\d]{0,3}(\d{4})年(\d{1,2})月(\d{1,2})日)");
  for (std::size_t i = 0; i < src.size(); ++i) {
    if (!contains(src[i].norm, "统计")) continue;
    const std::string_view c = src.compact(i, compact_line);
    int y1, m1, d1, y2, m2, d2;
    if (RE2::PartialMatch(c, period, &y1, &m1, &d1, &y2, &m2, &d2) && valid_date(y1, m1, d1) &&
        valid_date(y2, m2, d2)) {
      meta.period_start = ymd(y1, m1, d1);
      meta.period_end = ymd(y2, m2, d2);
      return;
    }
  }
}

// A line's text for reading a date: no spaces, brackets or colons, but the
// dashes, dots and slashes of 2021-01-29 kept.
std::string date_text(std::string_view norm) {
  std::string out;
  for (char ch : norm)
    if (ch != ' ' && ch != '\t' && ch != '(' && ch != ')' && ch != ':') out += ch;
  return out;
}

// The date of a signature line: the whole line a date, or a short line
// (the organ's name and the date, the date perhaps in brackets) ending in one.
std::optional<std::string> signature_date(const SourceLine& line) {
  std::string c = date_text(line.norm);
  if (auto d = parse_date(c)) return d;
  if (length_cp(line.norm) > 40 || contains(line.norm, "。")) return std::nullopt;
  static const RE2 tail(R"(((?:\d{4}|[〇零○O一二三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日)$)");
  std::string date;
  if (RE2::PartialMatch(c, tail, &date)) return parse_date(date);
  return std::nullopt;
}

void read_published(const SourceText& src, std::size_t title_line, Meta& meta) {
  // The date under the signature, among the last lines of the text.
  std::size_t seen = 0;
  std::string compact_line;
  for (std::size_t i = src.size(); i-- > 0 && seen < 12;) {
    if (src.compact(i, compact_line).empty()) continue;
    ++seen;
    if (auto d = signature_date(src[i])) {
      meta.published = *d;
      meta.published_span = src.line_span(i);
      return;
    }
  }
  // Some put it under the title: "沐阳县人民政府 (2026年1月23日)".
  if (title_line == static_cast<std::size_t>(-1)) return;
  for (std::size_t i = title_line > 6 ? title_line - 6 : 0; i < src.size() && i <= title_line + 6; ++i) {
    if (auto d = signature_date(src[i])) {
      meta.published = *d;
      meta.published_span = src.line_span(i);
      return;
    }
  }
}

}  // namespace

std::optional<std::string> parse_date(std::string_view c) {
  static const RE2 arabic(R"((\d{4})年(\d{1,2})月(\d{1,2})日?)");
  static const RE2 dashed(R"((\d{4})[-./](\d{1,2})[-./](\d{1,2}))");
  static const RE2 chinese(R"(([〇零○O一二三四五六七八九0-9]{4})年([一二三四五六七八九十0-9]{1,3})月([一二三四五六七八九十0-9]{1,3})日)");
  int y, m, d;
  // Web pages print "发布日期：2021-01-29".
  for (std::string_view prefix : {"发布日期", "发布时间", "成文日期", "印发日期", "日期", "时间"}) {
    if (c.substr(0, prefix.size()) == prefix) {
      c.remove_prefix(prefix.size());
      break;
    }
  }
  if (c.size() > 40) return std::nullopt;
  if ((RE2::FullMatch(c, arabic, &y, &m, &d) || RE2::FullMatch(c, dashed, &y, &m, &d)) && valid_date(y, m, d))
    return ymd(y, m, d);
  std::string ys, ms, ds;
  if (RE2::FullMatch(c, chinese, &ys, &ms, &ds)) {
    std::string yd;
    std::size_t i = 0;
    int year = 0;
    while (i < ys.size()) {
      char32_t cp;
      int n = text::decode(ys, i, &cp);
      if (n <= 0) return std::nullopt;
      int digit = chinese_number(ys.substr(i, static_cast<std::size_t>(n)));
      if (digit < 0 || digit > 9) return std::nullopt;
      year = year * 10 + digit;
      i += static_cast<std::size_t>(n);
    }
    int month = chinese_number(ms), day = chinese_number(ds);
    if (valid_date(year, month, day)) return ymd(year, month, day);
  }
  return std::nullopt;
}

void read_meta(const SourceText& src, const TitleLines& title, Meta& meta) {
  if (title.found()) {
    std::string printed = title.printed, norm_title = title.norm;
    // A title wrapped over two lines: the organ on the line above.
    std::string organ = organ_from_title(norm_title);
    if (organ.empty() && title.first > 0) {
      for (std::size_t k = title.first; k-- > 0;) {
        std::string_view above = strip_markup(src[k].norm);
        if (above.empty()) continue;
        if (length_cp(above) <= 30 && !contains(above, "。") && !contains(above, ":") && !contains(above, "报告") &&
            !contains_any(compact(above), {"附件", "目录"})) {
          printed = text::unify_ideographs(strip_markup(src.original(k))) + printed;
          norm_title = std::string(above) + norm_title;
          organ = organ_from_title(norm_title);
        }
        break;
      }
    }
    meta.title = printed;
    SourceSpan a = src.line_span(title.first), b = src.line_span(title.last);
    meta.title_span = a;
    meta.title_span.end = b.end;
    meta.organ = organ;
    meta.year = year_in(compact(norm_title));
  }
  read_period(src, meta);
  if (!meta.year && meta.period_start) meta.year = std::stoi(meta.period_start->substr(0, 4));
  read_published(src, title.found() ? title.last : static_cast<std::size_t>(-1), meta);
  // A title without the organ ("2020年政府信息公开工作年度报告"): the
  // signature above the date names it.
  if (meta.organ.empty() && meta.published_span.line > 1) {
    for (std::size_t k = meta.published_span.line - 1; k-- > 0;) {
      std::string_view above = trim(src[k].norm);
      if (above.empty()) continue;
      if (length_cp(above) <= 30 && !contains(above, "。") && heading_free(above)) meta.organ = compact(above);
      break;
    }
  }
  read_contact(src, meta.contact);
}

}  // namespace gongkai::parsing
