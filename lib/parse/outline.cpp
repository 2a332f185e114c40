#include "parse/outline.hpp"

#include "parse/label.hpp"
#include "parse/tokens.hpp"
#include "text/utf8.hpp"

namespace gongkai::parsing {
namespace {

// Numbering at the start of s: sets level and number, returns bytes used (0: none).
std::size_t numbering(std::string_view s, int* level, std::string* number) {
  std::size_t i = 0;
  bool paren = !s.empty() && s[0] == '(';
  if (paren) ++i;
  std::size_t b = i;
  bool chinese = false, arabic = false;
  while (i < s.size()) {
    char32_t cp;
    int n = text::decode(s, i, &cp);
    if (n <= 0) break;
    if (is_chinese_numeral(cp) && !arabic) {
      chinese = true;
    } else if (cp >= '0' && cp <= '9' && !chinese) {
      arabic = true;
    } else {
      break;
    }
    i += static_cast<std::size_t>(n);
  }
  if (i == b || i - b > 9) return 0;
  std::string digits(s.substr(b, i - b));
  if (paren) {
    if (i >= s.size() || s[i] != ')') return 0;
    *level = chinese ? 2 : 3;
    *number = "(" + digits + ")";
    return i + 1;
  }
  if (s.compare(i, 3, "、") == 0) {
    *level = chinese ? 1 : 3;
    *number = digits;
    return i + 3;
  }
  if (arabic && i < s.size() && s[i] == '.' && !(i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9')) {
    *level = 3;
    *number = digits;
    return i + 1;
  }
  return 0;
}

}  // namespace

std::optional<Heading> heading_of(std::string_view norm) {
  std::string_view s = trim(norm);
  if (s.empty() || s.size() > 400) return std::nullopt;
  int hashes = 0;
  while (!s.empty() && s.front() == '#') {
    ++hashes;
    s.remove_prefix(1);
  }
  bool bold = false;
  s = trim(s);
  if (s.size() > 4 && s.substr(0, 2) == "**" && s.substr(s.size() - 2) == "**") {
    bold = true;
    s = trim(s.substr(2, s.size() - 4));
  }
  Heading h;
  h.text_begin = static_cast<std::size_t>(s.data() - norm.data());
  std::size_t used = numbering(s, &h.level, &h.number);
  std::string_view text = trim(s.substr(used));
  h.text_begin += static_cast<std::size_t>(text.data() - s.data());
  h.text = std::string(text);
  std::size_t len = length_cp(text);
  if (used == 0) {
    if ((hashes == 0 && !bold) || len == 0 || len > 60) return std::nullopt;
    h.level = hashes > 0 ? std::min(hashes, 3) : 2;
    return h;
  }
  // A numbered line is a heading when it is short, or a Markdown heading; a
  // numbered paragraph ("(一) 加强领导。……") is text.
  if (len == 0) return std::nullopt;
  if (hashes == 0 && !bold) {
    if (len > 40) return std::nullopt;
    if (contains(text, "。") && text.find("。") + 3 < text.size()) return std::nullopt;
    if (norm.find('\t') != std::string_view::npos || norm.find('|') != std::string_view::npos) return std::nullopt;
  }
  // Headings with numbers in a table row ("一、本年新收… 0 0 0") are rows.
  TokenizedLine tl = tokenize(text);
  for (const auto& t : tl.tokens)
    if (t.kind == TokenKind::number && tl.tokens.size() > 2) return std::nullopt;
  return h;
}

std::string section_kind(const std::string& heading_text) {
  std::string c = compact(heading_text);
  if (contains_any(c, {"总体情况", "概述", "基本情况", "总体工作情况"})) return "overview";
  if (contains_any(c, {"行政复议", "行政诉讼"})) return "appeals";
  if (contains_any(c, {"收到和处理", "依申请公开", "处理政府信息公开申请"})) return "applications";
  if (contains_any(c, {"主动公开政府信息情况", "主动公开情况", "主动公开"}) && length_cp(c) <= 14) return "active";
  if (contains_any(c, {"存在的主要问题", "存在问题", "主要问题", "存在的不足", "问题及改进", "不足及改进"})) return "problems";
  if (contains_any(c, {"其他需要报告", "其他事项", "需要报告的事项"})) return "other";
  return "";
}

void read_outline(SourceText& src, Report& report, const std::vector<bool>& table_line) {
  Section* current = nullptr;
  bool in_preamble = true;
  // A part's text grows in one buffer reused for every part, and is copied
  // to its place at its exact size when the next heading comes. A long part
  // (a report that is one long part) is not buffered: grown, a buffer holds
  // up to twice the text, and with the copy that is three times. Its text is
  // written from its lines, once its size is known.
  constexpr std::size_t kBuffered = 1u << 20;
  std::string body;
  std::size_t body_first = 0;  // the first line of the part being read
  std::size_t body_size = 0;   // the size of its text so far, with a line break after each line
  auto finish_body = [&](std::size_t end) {
    std::string* target = in_preamble ? &report.preamble : current ? &current->text : nullptr;
    if (target != nullptr && body_size > kBuffered) {
      target->clear();
      target->reserve(body_size - 1);
      for (std::size_t k = body_first; k < end; ++k)
        if (const std::string_view line = trim(src[k].norm); !line.empty()) {
          if (!target->empty()) *target += '\n';
          target->append(line);
        }
    } else if (target != nullptr && body_size > 0) {
      target->assign(body);
    }
    body.clear();
  };
  for (std::size_t i = 0; i < src.size(); ++i) {
    // The parts before this one are written: the normalized text of their
    // lines can go (it is, with the parts' texts, most of the peak).
    src.release_before(body_first);
    const SourceLine line_i = src[i];
    const std::string_view norm = line_i.norm;
    std::optional<Heading> h;
    if (!table_line[i]) h = heading_of(norm);
    if (h) {
      finish_body(i);
      Section s;
      s.level = h->level;
      s.number = h->number;
      s.heading = h->text;
      if (h->level == 1 || h->number.empty()) s.kind = section_kind(h->text);
      s.span = src.span(i, h->text_begin, norm.size());
      s.span.begin = line_i.begin;
      s.span.column = 1;
      s.body_line = line_i.number + 1;
      report.sections.push_back(std::move(s));
      current = &report.sections.back();
      in_preamble = false;
      body_first = i + 1;
      body_size = 0;
      continue;
    }
    const std::string_view line = trim(norm);
    if (line.empty()) continue;
    if (!in_preamble && !current) continue;
    if (in_preamble && body_size == 0) report.preamble_line = line_i.number;
    if (!in_preamble && body_size == 0) current->body_line = line_i.number;
    body_size += line.size() + 1;
    if (body_size > kBuffered) {
      std::string().swap(body);  // written from its lines at the end
    } else {
      if (!body.empty()) body += '\n';
      body.append(line);
    }
  }
  finish_body(src.size());
}

}  // namespace gongkai::parsing
