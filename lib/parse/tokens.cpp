#include "parse/tokens.hpp"

#include "parse/label.hpp"

namespace gongkai::parsing {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s, std::size_t* offset) {
  std::size_t b = 0, e = s.size();
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  *offset += b;
  return s.substr(b, e - b);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool is_blank_mark(std::string_view s) {
  static const std::string_view marks[] = {"无", "空", "/", "\\", "－", "—", "–", "-", "─", "一一", "x", "X", "×", "0/"};
  for (auto m : marks)
    if (s == m) return true;
  // Runs of dashes: "--", "——", "- -".
  std::size_t i = 0;
  bool any = false;
  while (i < s.size()) {
    if (s[i] == '-' || s[i] == ' ') {
      any |= s[i] == '-';
      ++i;
    } else if (s.compare(i, 3, "—") == 0 || s.compare(i, 3, "–") == 0 || s.compare(i, 3, "─") == 0) {
      any = true;
      i += 3;
    } else {
      return false;
    }
  }
  return any;
}

// "1,234" "12" "-53" "+25" "1723.2952": the number part; returns bytes used.
std::size_t scan_number(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t digits = i;
  while (i < s.size() && (is_digit(s[i]) || (s[i] == ',' && i + 3 < s.size() + 0 && i > digits &&
                                             i + 3 <= s.size() && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
                                             is_digit(s[i + 3]) && (i + 4 >= s.size() || !is_digit(s[i + 4])))))
    ++i;
  if (i == digits) return 0;
  if (i + 1 < s.size() && s[i] == '.' && is_digit(s[i + 1])) {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i;
  }
  return i;
}

}  // namespace

Token classify_cell(std::string_view cell) {
  Token t;
  t.text = cell;
  if (cell.empty()) return t;
  // Most cells are a plain count: read at once (what the general path below
  // reads them as; 18 digits always fit in int64).
  if (cell.size() <= 18 && is_digit(cell.front())) {
    std::int64_t v = 0;
    std::size_t k = 0;
    while (k < cell.size() && is_digit(cell[k])) v = v * 10 + (cell[k++] - '0');
    if (k == cell.size()) {
      t.kind = TokenKind::number;
      t.value = Decimal::integer(v);
      return t;
    }
  }
  if (is_blank_mark(cell)) {
    t.kind = TokenKind::blank_mark;
    return t;
  }
  std::size_t n = scan_number(cell);
  if (n > 0) {
    std::string digits;
    for (char c : cell.substr(0, n))
      if (c != ',' && c != '+') digits += c;
    auto value = Decimal::parse(digits);
    std::string_view rest = cell.substr(n);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    // A unit after the number: counts and money.
    static const std::string_view units[] = {"万元", "人次", "元", "件", "条", "个", "次", "人", "篇", "项", "家"};
    bool yuan = false;
    for (auto u : units) {
      if (rest.substr(0, u.size()) == u) {
        yuan = (u == "元");
        rest.remove_prefix(u.size());
        break;
      }
    }
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    std::string_view note;
    bool ok = rest.empty();
    if (!ok && rest.front() == '(' && rest.back() == ')') {
      note = rest.substr(1, rest.size() - 2);
      ok = true;
    }
    if (ok && value) {
      t.kind = TokenKind::number;
      t.value = *value;
      t.note = note;
      t.in_yuan = yuan;
      return t;
    }
    if (ok) {  // a number, but too long to hold exactly
      t.kind = TokenKind::blank_mark;
      t.out_of_range = true;
      return t;
    }
  }
  t.kind = TokenKind::text;
  return t;
}

TokenizedLine tokenize(std::string_view norm) {
  TokenizedLine out;
  out.tokens.reserve(8);  // most lines: a label and seven cells, or a few words
  tokenize_into(norm, out);
  return out;
}

void tokenize_into(std::string_view norm, TokenizedLine& out) {
  out.shape = LineShape::plain;
  out.tokens.clear();
  std::size_t lead = 0;
  std::string_view body = trim(norm, &lead);
  auto push = [&](std::string_view cell, std::size_t at, bool soft) {
    std::size_t off = at;
    std::string_view t = trim(cell, &off);
    Token tok = classify_cell(t);
    tok.begin = static_cast<std::uint32_t>(off);
    tok.end = static_cast<std::uint32_t>(off + t.size());
    tok.soft_joined = soft;
    out.tokens.push_back(std::move(tok));
  };
  // Within a cell, numbers separated by single spaces ("12 59", "0 0 0") are
  // several tokens, the later ones soft-joined: a repair may merge them.
  auto push_cell = [&](std::string_view cell, std::size_t at) {
    std::size_t off = at;
    std::string_view t = trim(cell, &off);
    if (t.find(' ') == std::string_view::npos) {  // one word: the common case
      push(cell, at, false);
      return;
    }
    std::vector<std::pair<std::size_t, std::size_t>> words;
    std::size_t i = 0;
    while (i < t.size()) {
      while (i < t.size() && t[i] == ' ') ++i;
      std::size_t b = i;
      while (i < t.size() && t[i] != ' ') ++i;
      if (i > b) words.emplace_back(b, i);
    }
    bool all_numeric = words.size() > 1;
    for (auto& w : words) {
      Token probe = classify_cell(t.substr(w.first, w.second - w.first));
      if (probe.kind != TokenKind::number && probe.kind != TokenKind::blank_mark) all_numeric = false;
    }
    if (!all_numeric) {
      push(cell, at, false);
      return;
    }
    for (std::size_t k = 0; k < words.size(); ++k) {
      push(t.substr(words[k].first, words[k].second - words[k].first), off + words[k].first, k > 0);
      out.tokens.back().same_cell = k > 0;
    }
  };

  // Pipe rows, with or without the outer pipes ("a | 1 | 2").
  std::size_t pipes = 0;
  for (char ch : body) pipes += ch == '|';
  if (!body.empty() && (body.front() == '|' || pipes >= 2)) {
    out.shape = LineShape::pipes;
    bool outer = body.front() == '|';
    std::string_view inner = outer ? body.substr(1) : body;
    std::size_t base = lead + (outer ? 1 : 0);
    if (!inner.empty() && inner.back() == '|') inner.remove_suffix(1);
    bool separator = true;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= inner.size(); ++i) {
      if (i == inner.size() || inner[i] == '|') {
        std::string_view cell = inner.substr(start, i - start);
        std::size_t off = 0;
        std::string_view t = trim(cell, &off);
        bool dashes = !t.empty();
        for (char c : t)
          if (c != '-' && c != ':') dashes = false;
        if (!dashes || t.size() < 3) separator = false;
        push_cell(cell, base + start);
        start = i + 1;
      }
    }
    if (separator) {
      out.shape = LineShape::pipe_separator;
      out.tokens.clear();
    }
    return;
  }
  if (norm.find('\t') != std::string_view::npos) {
    out.shape = LineShape::tabs;
    // Keep empty cells: their position is the column. Leading and trailing
    // tabs count too (a label and the empty cells of a row printed blank).
    std::size_t start = 0;
    std::string_view line = norm;
    for (std::size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '\t') {
        push_cell(line.substr(start, i - start), start);
        start = i + 1;
      }
    }
    return;
  }
  // Plain text: runs of two or more spaces separate columns; single spaces
  // separate words, and a number after a single space is a token of its own.
  std::size_t i = 0;
  std::string_view line = body;
  while (i < line.size()) {
    std::size_t b = i;
    while (i < line.size() && line[i] != ' ') ++i;
    std::size_t e = i;
    std::size_t spaces = 0;
    while (i < line.size() && line[i] == ' ') {
      ++spaces;
      ++i;
    }
    bool soft = !out.tokens.empty() && b > 0 && line[b - 1] == ' ' && (b < 2 || line[b - 2] != ' ');
    push(line.substr(b, e - b), lead + b, soft);
    (void)spaces;
  }
  // A blank mark between two words of text, single spaces on both sides,
  // is a character of a letter-spaced label ("4 . 无 正 当 理 由"), not a
  // cell: cells stand apart by runs of spaces.
  for (std::size_t k = 1; k + 1 < out.tokens.size(); ++k) {
    Token& t = out.tokens[k];
    if (t.kind == TokenKind::blank_mark && !t.out_of_range && t.soft_joined && out.tokens[k + 1].soft_joined &&
        out.tokens[k - 1].kind == TokenKind::text && out.tokens[k + 1].kind == TokenKind::text)
      t.kind = TokenKind::text;
  }
  // Words of text next to each other are one text token ("结 果 维 持"),
  // merged in place.
  std::size_t kept = 0;
  for (std::size_t k = 0; k < out.tokens.size(); ++k) {
    Token& t = out.tokens[k];
    if (kept > 0 && t.kind == TokenKind::text && out.tokens[kept - 1].kind == TokenKind::text) {
      // The merged text runs from the first word to the last, the spaces
      // between them included (compact() drops them).
      Token& into = out.tokens[kept - 1];
      into.text = norm.substr(into.begin, t.end - into.begin);
      into.end = t.end;
      continue;
    }
    if (kept != k) out.tokens[kept] = std::move(t);
    ++kept;
  }
  out.tokens.resize(kept);
}

std::string_view number_part(const Token& t) {
  if (t.note.empty() || t.note.data() < t.text.data() || t.note.data() > t.text.data() + t.text.size()) return t.text;
  std::string_view head = t.text.substr(0, static_cast<std::size_t>(t.note.data() - t.text.data()));
  // Up to the note's opening bracket.
  while (!head.empty() && (head.back() == '(' || head.back() == ' ')) head.remove_suffix(1);
  if (head.size() >= 3 && head.substr(head.size() - 3) == "（") head.remove_suffix(3);
  return head;
}

std::optional<Decimal> joined_number(const Token& first, const Token& second) {
  return Decimal::parse(std::string(number_part(first)) + std::string(number_part(second)));
}

}  // namespace gongkai::parsing
