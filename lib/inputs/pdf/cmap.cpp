#include "inputs/pdf/cmap.hpp"

#include <cctype>

#include "text/utf8.hpp"

namespace gongkai::inputs::pdf {
namespace {

// Most entries a range may add (a CJK font maps at most ~65 000 codes).
constexpr std::uint32_t kMaxRange = 65536;
constexpr std::size_t kMaxEntries = 200000;

struct Token {
  enum Kind { hex, number, keyword, open_array, close_array, end } kind = end;
  std::string bytes;  // hex: the decoded bytes; keyword: the word
  long value = 0;
};

class Tokenizer {
 public:
  explicit Tokenizer(std::string_view s) : s_(s) {}

  Token next() {
    Token t;
    while (p_ < s_.size()) {
      char c = s_[p_];
      if (std::isspace(static_cast<unsigned char>(c))) {
        ++p_;
      } else if (c == '%') {
        while (p_ < s_.size() && s_[p_] != '\n' && s_[p_] != '\r') ++p_;
      } else if (c == '<' && p_ + 1 < s_.size() && s_[p_ + 1] == '<') {
        p_ += 2;  // a dictionary: its contents are read as tokens, harmlessly
      } else if (c == '>' && p_ + 1 < s_.size() && s_[p_ + 1] == '>') {
        p_ += 2;
      } else if (c == '<') {
        ++p_;
        t.kind = Token::hex;
        int half = -1;
        while (p_ < s_.size() && s_[p_] != '>') {
          int v = hex_value(s_[p_++]);
          if (v < 0) continue;
          if (half < 0) {
            half = v;
          } else {
            t.bytes += static_cast<char>(half * 16 + v);
            half = -1;
          }
        }
        if (half >= 0) t.bytes += static_cast<char>(half * 16);
        ++p_;
        return t;
      } else if (c == '[') {
        ++p_;
        t.kind = Token::open_array;
        return t;
      } else if (c == ']') {
        ++p_;
        t.kind = Token::close_array;
        return t;
      } else if (c == '(') {  // a literal string (names in the header): skipped
        int depth = 0;
        while (p_ < s_.size()) {
          char d = s_[p_++];
          if (d == '\\') ++p_;
          else if (d == '(') ++depth;
          else if (d == ')' && --depth == 0) break;
        }
      } else {
        std::size_t start = p_;
        while (p_ < s_.size() && !std::isspace(static_cast<unsigned char>(s_[p_])) && s_[p_] != '<' &&
               s_[p_] != '[' && s_[p_] != ']' && s_[p_] != '(' && s_[p_] != '%' && (p_ == start || s_[p_] != '/'))
          ++p_;
        std::string word(s_.substr(start, p_ - start));
        if (!word.empty() && (std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '-')) {
          t.kind = Token::number;
          t.value = std::strtol(word.c_str(), nullptr, 10);
        } else {
          t.kind = Token::keyword;
          t.bytes = std::move(word);
        }
        return t;
      }
    }
    return t;
  }

 private:
  static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  std::string_view s_;
  std::size_t p_ = 0;
};

std::uint32_t code_of(const std::string& bytes) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < bytes.size() && i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[i]);
  return v;
}

// dst + k as UTF-16BE: the last code unit goes up by k (bfrange).
std::string add_to_last(std::string dst, std::uint32_t k) {
  if (dst.size() < 2) return dst;
  std::size_t n = dst.size();
  std::uint32_t last = (static_cast<unsigned char>(dst[n - 2]) << 8) | static_cast<unsigned char>(dst[n - 1]);
  last += k;
  dst[n - 2] = static_cast<char>((last >> 8) & 0xFF);
  dst[n - 1] = static_cast<char>(last & 0xFF);
  return dst;
}

}  // namespace

std::string utf16be_to_utf8(std::string_view b) {
  std::string out;
  for (std::size_t i = 0; i + 1 < b.size(); i += 2) {
    char32_t u = (static_cast<unsigned char>(b[i]) << 8) | static_cast<unsigned char>(b[i + 1]);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      char32_t lo = (static_cast<unsigned char>(b[i + 2]) << 8) | static_cast<unsigned char>(b[i + 3]);
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) continue;  // a lone surrogate is no character
    if (u == 0) continue;
    text::append_utf8(out, u);
  }
  return out;
}

CMap parse_cmap(std::string_view bytes) {
  CMap map;
  Tokenizer tz(bytes);
  enum class Section { none, codespace, bfchar, bfrange, cidchar, cidrange } section = Section::none;
  std::vector<Token> pending;  // operands of the current entry
  auto full = [&] { return map.text.size() + map.cids.size() >= kMaxEntries; };
  for (Token t = tz.next(); t.kind != Token::end; t = tz.next()) {
    if (t.kind == Token::keyword) {
      const std::string& w = t.bytes;
      if (w == "begincodespacerange") section = Section::codespace;
      else if (w == "beginbfchar") section = Section::bfchar;
      else if (w == "beginbfrange") section = Section::bfrange;
      else if (w == "begincidchar") section = Section::cidchar;
      else if (w == "begincidrange") section = Section::cidrange;
      else if (w.rfind("end", 0) == 0) section = Section::none;
      pending.clear();
      continue;
    }
    if (section == Section::none) continue;
    if (t.kind == Token::open_array && section == Section::bfrange && pending.size() == 2) {
      // <lo> <hi> [<dst0> <dst1> ...]: one destination per code.
      std::uint32_t lo = code_of(pending[0].bytes), hi = code_of(pending[1].bytes);
      int n = static_cast<int>(pending[0].bytes.size());
      std::uint32_t k = 0;
      for (Token d = tz.next(); d.kind != Token::close_array && d.kind != Token::end; d = tz.next(), ++k)
        if (d.kind == Token::hex && lo + k <= hi && !full()) map.text[CMap::key(n, lo + k)] = utf16be_to_utf8(d.bytes);
      pending.clear();
      continue;
    }
    pending.push_back(std::move(t));
    switch (section) {
      case Section::codespace:
        if (pending.size() == 2) {
          if (pending[0].kind == Token::hex && !pending[0].bytes.empty() && pending[0].bytes.size() <= 4)
            map.spaces.push_back({static_cast<int>(pending[0].bytes.size()), code_of(pending[0].bytes),
                                  code_of(pending[1].bytes)});
          pending.clear();
        }
        break;
      case Section::bfchar:
        if (pending.size() == 2) {
          if (pending[0].kind == Token::hex && pending[1].kind == Token::hex && !full())
            map.text[CMap::key(static_cast<int>(pending[0].bytes.size()), code_of(pending[0].bytes))] =
                utf16be_to_utf8(pending[1].bytes);
          pending.clear();
        }
        break;
      case Section::bfrange:
        if (pending.size() == 3) {
          if (pending[0].kind == Token::hex && pending[1].kind == Token::hex && pending[2].kind == Token::hex) {
            std::uint32_t lo = code_of(pending[0].bytes), hi = code_of(pending[1].bytes);
            int n = static_cast<int>(pending[0].bytes.size());
            for (std::uint32_t k = 0; lo + k <= hi && k < kMaxRange && !full(); ++k)
              map.text[CMap::key(n, lo + k)] = utf16be_to_utf8(add_to_last(pending[2].bytes, k));
          }
          pending.clear();
        }
        break;
      case Section::cidchar:
        if (pending.size() == 2) {
          if (pending[0].kind == Token::hex && pending[1].kind == Token::number && !full())
            map.cids[code_of(pending[0].bytes)] = static_cast<std::uint32_t>(pending[1].value);
          pending.clear();
        }
        break;
      case Section::cidrange:
        if (pending.size() == 3) {
          if (pending[0].kind == Token::hex && pending[1].kind == Token::hex && pending[2].kind == Token::number) {
            std::uint32_t lo = code_of(pending[0].bytes), hi = code_of(pending[1].bytes);
            for (std::uint32_t k = 0; lo + k <= hi && k < kMaxRange && !full(); ++k)
              map.cids[lo + k] = static_cast<std::uint32_t>(pending[2].value) + k;
          }
          pending.clear();
        }
        break;
      case Section::none:
        break;
    }
  }
  return map;
}

}  // namespace gongkai::inputs::pdf
