#include "serialize/json_writer.hpp"

#include "serialize/text_scan.hpp"

#include <algorithm>
#include <charconv>

namespace gongkai::serialize {
namespace {

constexpr char kHex[] = "0123456789abcdef";

}  // namespace

namespace {

// s escaped, without the quotes.
void append_json_escaped(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Copy the longest run that needs no escaping in one go. The run takes
    // the three-byte characters of Chinese text too (leads E1–EC, EE–EF need
    // no range check beyond their continuation bytes), so that a report's
    // text stays on this path; E0, ED, E2 80 A8/A9 and the rest go below.
    std::size_t run = i;
    while (run < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[run]);
      if (c < 0x80) {
        if (c < 0x20 || c == '"' || c == '\\') break;
        ++run;
        continue;
      }
      if (c < 0xE1 || c > 0xEF || c == 0xED || run + 2 >= s.size()) break;
      unsigned char c1 = static_cast<unsigned char>(s[run + 1]), c2 = static_cast<unsigned char>(s[run + 2]);
      if ((c1 & 0xC0) != 0x80 || (c2 & 0xC0) != 0x80) break;
      if (c == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9)) break;
      run += 3;
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t n = valid_utf8_length(s, i);
      if (n == 0) {
        out.append("\xEF\xBF\xBD");  // U+FFFD: never emit invalid UTF-8
        ++i;
        continue;
      }
      // U+2028 and U+2029 are valid JSON but end lines in JavaScript; escape
      // them so that the output can be embedded in a <script> as it is.
      if (n == 3 && c == 0xE2 && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
          (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
        out.append(static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
      } else {
        out.append(s.data() + i, n);
      }
      i += n;
      continue;
    }
    switch (c) {
      case '"': out.append("\\\""); break;
      case '\\': out.append("\\\\"); break;
      case '\n': out.append("\\n"); break;
      case '\r': out.append("\\r"); break;
      case '\t': out.append("\\t"); break;
      case '\b': out.append("\\b"); break;
      case '\f': out.append("\\f"); break;
      default: {
        char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out.append(esc, 6);
      }
    }
    ++i;
  }
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  append_json_escaped(out, s);
  out.push_back('"');
}

void JsonWriter::newline_indent() {
  out_.push_back('\n');
  out_.append(stack_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  Level& top = stack_.back();
  if (!top.empty) out_.push_back(',');
  top.empty = false;
  if (pretty_) newline_indent();
}

void JsonWriter::key(std::string_view name) {
  Level& top = stack_.back();
  if (!top.empty) out_.push_back(',');
  top.empty = false;
  if (pretty_) newline_indent();
  append_json_string(out_, name);
  out_.append(pretty_ ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::begin_object() {
  before_value();
  out_.push_back('{');
  stack_.push_back({true, true});
}

void JsonWriter::begin_array() {
  before_value();
  out_.push_back('[');
  stack_.push_back({false, true});
}

void JsonWriter::close(char bracket) {
  bool was_empty = stack_.back().empty;
  stack_.pop_back();
  if (pretty_ && !was_empty) newline_indent();
  out_.push_back(bracket);
}

void JsonWriter::end_object() { close('}'); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::string(std::string_view s) {
  before_value();
  if (!sink_ || s.size() <= kChunk) {
    append_json_string(out_, s);
    return;
  }
  // A long text (a report that is one long part) passed on in pieces, cut
  // before a byte that starts a character: the escaping is per character,
  // so the text is the same, and no buffer holds the whole of it escaped.
  out_.push_back('"');
  for (std::size_t at = 0; at < s.size();) {
    std::size_t end = std::min(s.size(), at + kChunk);
    while (end < s.size() && end > at + 1 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    append_json_escaped(out_, s.substr(at, end - at));
    at = end;
    flush();
  }
  out_.push_back('"');
}

void JsonWriter::integer(std::int64_t v) {
  before_value();
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, res.ptr);
}

void JsonWriter::unsigned_integer(std::uint64_t v) {
  before_value();
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, v);
  out_.append(buf, res.ptr);
}

void JsonWriter::boolean(bool b) {
  before_value();
  out_.append(b ? "true" : "false");
}

void JsonWriter::null() {
  before_value();
  out_.append("null");
}

void JsonWriter::decimal(const Decimal& d) {
  before_value();
  out_.append(d.to_string());
}

}  // namespace gongkai::serialize
