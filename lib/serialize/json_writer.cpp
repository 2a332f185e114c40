#include "serialize/json_writer.hpp"

#include "serialize/text_scan.hpp"

#include <simdjson.h>

#include <algorithm>
#include <charconv>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gongkai::serialize {

void JsonBuffer::grow(std::size_t n) {
  // The room is made in steps and zero-filled as it is made (a memset, far
  // cheaper than the appends it replaces): only bytes about to be written
  // are touched, so a large JSON's pages are not all in memory before it is
  // written. The string's capacity still doubles (libstdc++ grows it at
  // least twofold), so the copies stay linear.
  constexpr std::size_t kStep = std::size_t{16} << 10;
  buf_.resize(used_ + std::max(n, kStep));
}

namespace {

constexpr char kHex[] = "0123456789abcdef";

inline bool plain_ascii(unsigned char c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }

// The end of the run from p that needs no escaping and holds ASCII only: it
// stops at a control character, a quote, a backslash or a byte of 0x80 and
// above (whose UTF-8 is not yet checked).
#if defined(__SSE2__)
// The first hit of `hits` (a mask of 16 bytes) in each block of 16 from p to
// lim; the last, short block is copied into 16 bytes padded with a byte
// that is no hit (a load past lim could cross into memory not ours).
template <typename Hits>
inline const char* first_hit(const char* p, const char* lim, Hits hits) {
  while (lim - p >= 16) {
    if (int mask = hits(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))))
      return p + __builtin_ctz(static_cast<unsigned>(mask));
    p += 16;
  }
  if (p == lim) return lim;
  alignas(16) char tail[16];
  std::memset(tail, 'a', sizeof tail);
  std::memcpy(tail, p, static_cast<std::size_t>(lim - p));
  int mask = hits(_mm_load_si128(reinterpret_cast<const __m128i*>(tail)));
  return mask ? p + __builtin_ctz(static_cast<unsigned>(mask)) : lim;
}
#endif

inline const char* ascii_run_end(const char* p, const char* lim) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), space = _mm_set1_epi8(0x20);
  return first_hit(p, lim, [&](__m128i x) {
    // Signed compare: below 0x20, and every byte of 0x80 and above.
    return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                          _mm_cmplt_epi8(x, space)));
  });
#else
  while (p < lim && plain_ascii(static_cast<unsigned char>(*p))) ++p;
  return p;
#endif
}

// The same over text known to be valid UTF-8: multibyte characters run on,
// except those led by E2, where U+2028 and U+2029 are.
inline const char* utf8_run_end(const char* p, const char* lim) {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), last_control = _mm_set1_epi8(0x1F),
                e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  return first_hit(p, lim, [&](__m128i x) {
    __m128i control = _mm_cmpeq_epi8(_mm_max_epu8(x, last_control), last_control);  // unsigned x <= 0x1F
    return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                          _mm_or_si128(control, _mm_cmpeq_epi8(x, e2))));
  });
#else
  for (; p < lim; ++p) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x20 || c == '"' || c == '\\' || c == 0xE2) break;
  }
  return p;
#endif
}

void put_ascii_escape(JsonBuffer& b, unsigned char c) {
  switch (c) {
    case '"': b.put("\\\"", 2); break;
    case '\\': b.put("\\\\", 2); break;
    case '\n': b.put("\\n", 2); break;
    case '\r': b.put("\\r", 2); break;
    case '\t': b.put("\\t", 2); break;
    case '\b': b.put("\\b", 2); break;
    case '\f': b.put("\\f", 2); break;
    default: {
      char esc[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
      b.put(esc, 6);
    }
  }
}

// s escaped, without the quotes. Runs that need nothing are copied whole;
// the UTF-8 of the rest of the text is checked once (simdjson's kernel for
// this machine) where its first multibyte character is, so that Chinese
// text runs on as plain bytes. Where it is not valid, each bad byte becomes
// U+FFFD, found by a scan that never looks at a byte twice.
void put_escaped(JsonBuffer& b, std::string_view s) {
  const char* p = s.data();
  const char* const end = p + s.size();
  const char* valid_until = p;  // [.., valid_until) is known valid UTF-8
  bool whole_check_failed = false;
  while (p < end) {
    const char* run = p < valid_until ? utf8_run_end(p, valid_until) : ascii_run_end(p, end);
    b.put(p, static_cast<std::size_t>(run - p));
    p = run;
    if (p == end) break;
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      put_ascii_escape(b, c);
      ++p;
      continue;
    }
    if (p >= valid_until) {
      std::size_t rest = static_cast<std::size_t>(end - p);
      if (!whole_check_failed && simdjson::validate_utf8(p, rest)) {
        valid_until = end;
      } else {
        whole_check_failed = true;  // from here on the scalar scan, which says where
        std::size_t bad = find_invalid_utf8(std::string_view(p, rest));
        valid_until = bad == std::string_view::npos ? end : p + bad;
      }
      if (p < valid_until) continue;
      b.put("\xEF\xBF\xBD", 3);  // U+FFFD: never emit invalid UTF-8
      ++p;
      continue;
    }
    // E2 inside valid text: U+2028 and U+2029 are valid JSON but end lines
    // in JavaScript; escape them so that the output can be embedded in a
    // <script> as it is.
    unsigned char c2 = static_cast<unsigned char>(p[2]);
    if (static_cast<unsigned char>(p[1]) == 0x80 && (c2 == 0xA8 || c2 == 0xA9))
      b.put(c2 == 0xA8 ? "\\u2028" : "\\u2029", 6);
    else
      b.put(p, 3);
    p += 3;
  }
}

// Decimal::to_string's text, written in place.
void put_decimal(JsonBuffer& b, const Decimal& d) {
  if (d.scale < 0 || d.scale > 18) {
    b.put(d.to_string());
    return;
  }
  bool negative = d.units < 0;
  // Unsigned, so that INT64_MIN prints correctly.
  std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(d.units) : static_cast<std::uint64_t>(d.units);
  char digits[24];
  std::size_t n = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, mag).ptr - digits);
  std::size_t scale = static_cast<std::size_t>(d.scale);
  char* p = b.room(n + scale + 3);
  if (negative) *p++ = '-';
  if (scale == 0) {
    std::memcpy(p, digits, n);
    p += n;
  } else {
    std::size_t whole = n > scale ? n - scale : 0;
    if (whole == 0) {
      *p++ = '0';
    } else {
      std::memcpy(p, digits, whole);
      p += whole;
    }
    *p++ = '.';
    for (std::size_t k = n - whole; k < scale; ++k) *p++ = '0';  // leading zeros of the fraction
    std::memcpy(p, digits + whole, n - whole);
    p += n - whole;
  }
  b.advance(p);
}

}  // namespace

void put_json_string(JsonBuffer& b, std::string_view s) {
  b.put('"');
  put_escaped(b, s);
  b.put('"');
}

void append_json_string(std::string& out, std::string_view s) {
  JsonBuffer b(std::move(out));
  put_json_string(b, s);
  out = b.take();
}

void JsonWriter::newline_indent() {
  std::size_t n = stack_.size() * 2;
  char* p = out_.room(n + 1);
  *p++ = '\n';
  std::memset(p, ' ', n);
  out_.advance(p + n);
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  Level& top = stack_.back();
  if (!top.empty) out_.put(',');
  top.empty = false;
  if (pretty_) newline_indent();
}

void JsonWriter::key(std::string_view name) {
  next_member();
  const char* end = name.data() + name.size();
  if (ascii_run_end(name.data(), end) == end) {
    // A name that needs no escaping (every name gongkai writes): one copy.
    char* p = out_.room(name.size() + 4);
    *p++ = '"';
    std::memcpy(p, name.data(), name.size());
    p += name.size();
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    out_.advance(p);
  } else {
    put_json_string(out_, name);
    out_.put(pretty_ ? ": " : ":");
  }
  after_key_ = true;
}

void JsonWriter::begin_object() {
  before_value();
  out_.put('{');
  stack_.push_back({true, true});
}

void JsonWriter::begin_array() {
  before_value();
  out_.put('[');
  stack_.push_back({false, true});
}

void JsonWriter::close(char bracket) {
  bool was_empty = stack_.back().empty;
  stack_.pop_back();
  if (pretty_ && !was_empty) newline_indent();
  out_.put(bracket);
}

void JsonWriter::end_object() { close('}'); }
void JsonWriter::end_array() { close(']'); }

void JsonWriter::string(std::string_view s) {
  before_value();
  if (!sink_ || s.size() <= kChunk) {
    put_json_string(out_, s);
    return;
  }
  // A long text (a report that is one long part) passed on in pieces, cut
  // before a byte that starts a character: the escaping is per character,
  // so the text is the same, and no buffer holds the whole of it escaped.
  out_.put('"');
  for (std::size_t at = 0; at < s.size();) {
    std::size_t end = std::min(s.size(), at + kChunk);
    while (end < s.size() && end > at + 1 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    put_escaped(out_, s.substr(at, end - at));
    at = end;
    flush();
  }
  out_.put('"');
}

void JsonWriter::integer(std::int64_t v) {
  before_value();
  char* p = out_.room(24);
  out_.advance(std::to_chars(p, p + 24, v).ptr);
}

void JsonWriter::unsigned_integer(std::uint64_t v) {
  before_value();
  char* p = out_.room(24);
  out_.advance(std::to_chars(p, p + 24, v).ptr);
}

void JsonWriter::boolean(bool b) {
  before_value();
  if (b)
    out_.put("true", 4);
  else
    out_.put("false", 5);
}

void JsonWriter::null() {
  before_value();
  out_.put("null", 4);
}

void JsonWriter::decimal(const Decimal& d) {
  before_value();
  put_decimal(out_, d);
}

}  // namespace gongkai::serialize
