// from_json: the report JSON back into the model, with simdjson On-Demand.
//
// On-Demand is used rather than the DOM because the DOM turns numbers into
// doubles, which would lose the printed scale of money (1.50 is not 1.5 in a
// canonical output); On-Demand lets us read a number's own text. It also
// points into the input, so that every error carries its byte offset.
//
// Hostile input is refused before and during parsing: size first, then
// UTF-8 and syntax (simdjson's stage 1), nesting depth as each container is
// entered (with a linear scan of the whole text on any error, so that a text
// nesting too deep is always too_deep), types as members are read. Unknown
// members are checked for syntax and skipped, so that a newer writer's
// additions do not break an older reader.
#include <simdjson.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cassert>
#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <vector>

#include "gongkai/error.hpp"
#include "gongkai/fields.hpp"
#include "gongkai/json.hpp"
#include "serialize/field_order.hpp"
#include "serialize/member_names.hpp"
#include "serialize/text_scan.hpp"

namespace gongkai {
namespace {

namespace od = simdjson::ondemand;

// Our own nesting is at most 6 deep; skipping an unknown member recurses, so
// the depth accepted is capped whatever the options say.
constexpr std::size_t kDepthCap = 1024;

bool is_json_number(std::string_view t) {
  std::size_t i = 0, n = t.size();
  if (i < n && t[i] == '-') ++i;
  if (i >= n) return false;
  if (t[i] == '0') {
    ++i;
  } else if (t[i] >= '1' && t[i] <= '9') {
    while (i < n && t[i] >= '0' && t[i] <= '9') ++i;
  } else {
    return false;
  }
  if (i < n && t[i] == '.') {
    ++i;
    std::size_t digits = i;
    while (i < n && t[i] >= '0' && t[i] <= '9') ++i;
    if (i == digits) return false;
  }
  return i == n;  // exponents are valid JSON but never an exact report number
}

// A member name against one of ours: the length first, then the bytes as a
// fixed-size compare the compiler does in line (std::string_view's == was an
// out-of-line compare and a call to memcmp per name tried, 86,000 calls per
// pass over the dev corpus's JSON).
template <std::size_t N>
inline bool is(std::string_view name, const char (&ours)[N]) noexcept {
  return name.size() == N - 1 && __builtin_memcmp(name.data(), ours, N - 1) == 0;
}

// The length of a string's text from `p`, just after its opening quote, to
// its closing quote when no backslash comes first (the text is then what
// unescaping would give: simdjson's stage 1 has checked its UTF-8 and that
// it holds no control character), else npos. `p` points into the padded
// input, whose string is closed: the 16-byte loads may run past the text's
// last byte into simdjson's padding, never past the padding.
constexpr std::size_t kEscaped = std::string_view::npos;

inline std::size_t unescaped_length(const char* p) noexcept {
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  for (std::size_t i = 0;; i += 16) {
    __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    unsigned q = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, quote)));
    unsigned e = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(b, backslash)));
    if (q | e) {
      unsigned first = static_cast<unsigned>(__builtin_ctz(q | e));
      return (q >> first) & 1u ? i + first : kEscaped;
    }
  }
#else
  for (std::size_t i = 0;; ++i) {
    if (p[i] == '"') return i;
    if (p[i] == '\\') return kEscaped;
  }
#endif
}

// The place of a name in a list of ours (-1 when it is none of them), each
// compared as `is` compares. The lists follow the order in which to_json
// writes the members, so that a name is found at the first compare that
// passes the length.
template <std::size_t... N>
inline int member_id(std::string_view name, const char (&... ours)[N]) noexcept {
  static_assert(sizeof...(N) <= 32, "one bit a name");
  int id = 0, found = -1;
  (void)((is(name, ours) ? (found = id, true) : (++id, false)) || ...);
  return found;
}

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

class ReportReader {
 public:
  ReportReader(std::string_view json, const char* base, std::size_t max_depth)
      : json_(json),
        base_(base),
        max_depth_(max_depth),
        may_hold_nul_(may_hold_nul(json)),
        steps_(new PathStep[max_depth + 1]) {}

  // A string or name can only hold a NUL by a raw NUL byte or an escape
  // \u0000: when the text has neither, no string needs looking at (one scan
  // of the text instead of one call per string, most of them a few bytes).
  static bool may_hold_nul(std::string_view json) {
    return json.find('\0') != std::string_view::npos || json.find("\\u0000") != std::string_view::npos;
  }

  Report read(od::document& doc) {
    od::object root;
    auto err = doc.get_object().get(root);
    if (err == simdjson::INCORRECT_TYPE) {
      // Not an object: valid JSON of another type breaks the schema; text
      // that is not JSON at all ("not json", "[1,]") is a syntax error.
      simdjson::dom::parser whole;
      if (whole.parse(json_.data(), json_.size()).error())
        fail_at(Status::json_syntax, "JSON 格式错误", "not valid JSON", first_token_offset());
      fail_at(Status::json_schema, "报告 JSON 应为对象", "a report JSON must be an object", first_token_offset());
    }
    if (err) {
      refuse_trailing_content();
      fail_at(Status::json_syntax, "JSON 格式错误", simdjson::error_message(err), first_token_offset());
    }
    read_root(root);
    // At the end, current_location() has nothing to point at (OUT_OF_BOUNDS);
    // anything it points at is content after the report object.
    const char* loc = nullptr;
    if (!doc.current_location().get(loc))
      fail_at(Status::json_syntax, "JSON 末尾有多余内容", "trailing content after the JSON value", offset_of(loc));
    return std::move(report_);
  }

  // simdjson calls "{...} xyz" a document that ended early: when that is
  // what it is, say so, at the first byte after the value.
  void refuse_trailing_content() const {
    std::size_t at = serialize::find_trailing_content(json_);
    if (at != std::string_view::npos)
      fail_at(Status::json_syntax, "JSON 末尾有多余内容", "trailing content after the JSON value", at);
  }

  // Where the iterator stands, for errors raised by simdjson itself.
  std::size_t offset_of(const char* p) const {
    if (!p || p < base_) return 0;
    return std::min<std::size_t>(static_cast<std::size_t>(p - base_), json_.size());
  }

  [[noreturn]] void fail_at(Status status, const std::string& zh, const std::string& en, std::size_t offset) const {
    auto pos = serialize::position_of(json_, offset);
    std::string where = depth_ == 0 ? std::string() : " (" + path_string() + ")";
    throw Error(status,
                zh + " / " + en + where + "，位置 / at byte " + std::to_string(offset) + " (line " +
                    std::to_string(pos.line) + ", column " + std::to_string(pos.column) + ")",
                offset, pos.line, pos.column);
  }

  std::string path_string() const {
    std::string s = "$";
    for (std::size_t i = 0; i < depth_; ++i) {
      const PathStep& p = steps_[i];
      if (p.is_index)
        s += "[" + std::to_string(p.index) + "]";
      else
        s += "." + std::string(p.key);
    }
    return s;
  }

 private:
  // ---- positions and failures ---------------------------------------------

  std::size_t first_token_offset() const {
    std::size_t i = json_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < json_.size() && (json_[i] == ' ' || json_[i] == '\n' || json_[i] == '\r' || json_[i] == '\t')) ++i;
    return i;
  }

  std::size_t offset_of(od::value& v) const { return offset_of(v.raw_json_token().data()); }

  // A value of the wrong type: if it is not even well-formed JSON (tru, 01,
  // an unescaped control character), that is the error to report.
  [[noreturn]] void fail_type(od::value& v, const char* zh, const char* en) {
    skip_value(v);
    fail_at(Status::json_schema, std::string("类型错误，应为") + zh, std::string("wrong type, expected ") + en,
            offset_of(v));
  }

  [[noreturn]] void fail_value(od::value& v, const std::string& zh, const std::string& en) const {
    fail_at(Status::json_schema, zh, en, offset_of(v));
  }

  // ---- the JSON path shown in messages -------------------------------------

  // One step of the path: a member name or an array index. Names point into
  // simdjson's string buffer, which lives as long as the document; the text
  // of the path is only built when there is an error to report.
  struct PathStep {
    std::string_view key;
    std::size_t index = 0;
    bool is_index = false;
  };
  struct PathScope {
    ReportReader& r;
    PathScope(ReportReader& reader, PathStep step) : r(reader) {
      assert(r.depth_ <= r.max_depth_);
      r.steps_[r.depth_++] = step;
    }
    ~PathScope() { --r.depth_; }
  };

  // ---- generic walkers ------------------------------------------------------

  // Every member of an object, in order. A name that comes twice is refused:
  // which of two "meta" or "tables" a reader keeps is up to the reader
  // (RFC 8259, 4), and a report must mean one thing.
  // Every container is entered through each_member or each_element, and
  // every value is read or skipped, so the path is as deep as the text nests:
  // a container past the limit is refused as it is entered, and the reader
  // never recurses further. The offset and words are those of the scan of
  // the whole text (from_json also runs it when any other error is found, so
  // that a text nesting too deep is always called too_deep).
  void enter_container(std::size_t at) const {
    if (depth_ < max_depth_) return;
    std::size_t deep = serialize::find_excess_depth(json_, max_depth_);
    throw_too_deep(json_, max_depth_, deep == npos ? at : deep);
  }

 public:
  [[noreturn]] static void throw_too_deep(std::string_view json, std::size_t max_depth, std::size_t offset) {
    ReportReader r(json, json.data(), 0);
    r.fail_at(Status::too_deep, "JSON 嵌套超过 " + std::to_string(max_depth) + " 层",
              "JSON nested deeper than " + std::to_string(max_depth) + " levels", offset);
  }

 private:
  // Every member of an object, with the number `classify` gives its name
  // (its place in the reader's list of names, -1 for a name it does not
  // know). A name without a backslash is its own unescaped text and is read
  // where it stands; one with an escape is unescaped by simdjson (which
  // throws on a bad escape, as it did when every name was unescaped). A
  // known name given twice is caught by its bit, an unknown one by the
  // names seen.
  template <typename Classify, typename F>
  void each_member(od::object object, Classify&& classify, F&& f) {
    serialize::MemberNames others;
    each_member(object, classify, others, std::forward<F>(f));
  }

  // The same, the unknown names kept in `others` (MemberNames, OrderedNames).
  template <typename Classify, typename Others, typename F>
  void each_member(od::object object, Classify&& classify, Others& others, F&& f) {
    std::uint32_t seen = 0;
    for (auto result : object) {
      od::field field;
      if (auto e = std::move(result).get(field)) throw simdjson::simdjson_error(e);
      od::value& v = field.value();
      const char* raw = field.key().raw();
      std::size_t n = unescaped_length(raw);
      std::string_view key = n != kEscaped ? std::string_view(raw, n) : std::string_view(field.unescaped_key());
      int id = classify(key);
      if (may_hold_nul_ && key.find('\0') != std::string_view::npos)
        fail_at(Status::json_schema, "成员名中不能含有 \\u0000（NUL）", "a member name must not contain \\u0000 (NUL)",
                offset_of(v));
      bool fresh;
      if (id >= 0) {
        fresh = (seen & (1u << id)) == 0;
        seen |= 1u << id;
      } else {
        fresh = others.insert(key);
      }
      if (!fresh)
        fail_at(Status::json_schema, "对象成员重复：\"" + std::string(key) + "\"",
                "duplicate member \"" + std::string(key) + "\" in an object", offset_of(v));
      PathScope scope(*this, PathStep{key, 0, false});
      f(id, key, v);
    }
  }

  static int no_names(std::string_view) noexcept { return -1; }

  // An object whose names are all looked at as text (skipped members, fields).
  template <typename F>
  void each_member(od::value& v, F&& f) {
    if (type_of(v) != od::json_type::object) fail_type(v, "对象", "an object");
    enter_container(offset_of(v));
    each_member(v.get_object().value(), no_names,
                [&](int, std::string_view key, od::value& m) { f(key, m); });
  }

  // An object of ours: `f` gets each member's number in `classify`'s list.
  template <typename Classify, typename F>
  void each_member(od::value& v, Classify&& classify, F&& f) {
    if (type_of(v) != od::json_type::object) fail_type(v, "对象", "an object");
    enter_container(offset_of(v));
    each_member(v.get_object().value(), classify, [&](int id, std::string_view, od::value& m) { f(id, m); });
  }

  template <typename F>
  void each_element(od::value& v, F&& f) {
    if (type_of(v) != od::json_type::array) fail_type(v, "数组", "an array");
    enter_container(offset_of(v));
    std::size_t index = 0;
    for (auto element : v.get_array()) {
      od::value e = element.value();
      PathScope scope(*this, PathStep{{}, index++, true});
      f(e);
    }
  }

  od::json_type type_of(od::value& v) {
    od::json_type t;
    if (v.type().get(t)) fail_at(Status::json_syntax, "JSON 格式错误", "malformed JSON value", offset_of(v));
    return t;
  }

  // An unknown member: checked for syntax all the way down, then dropped.
  void skip_value(od::value& v) {
    switch (type_of(v)) {
      case od::json_type::object: each_member(v, [&](std::string_view, od::value& m) { skip_value(m); }); break;
      case od::json_type::array: each_element(v, [&](od::value& e) { skip_value(e); }); break;
      case od::json_type::string: (void)read_string_view(v); break;
      case od::json_type::number: {
        std::string_view t = trim_right(v.raw_json_token());
        double d;
        if (!is_json_number(t) && v.get_double().get(d))
          fail_at(Status::json_syntax, "数字格式错误", "malformed number", offset_of(v));
        break;
      }
      case od::json_type::boolean: (void)read_bool(v); break;
      case od::json_type::null:
        if (!v.is_null()) fail_at(Status::json_syntax, "JSON 格式错误", "malformed literal", offset_of(v));
        break;
    }
  }

  // ---- scalars --------------------------------------------------------------

  // The string unescaped in simdjson's buffer, valid while the document is
  // read: for what is compared or dropped rather than kept (names of states,
  // members skipped), no string of our own is made.
  // What a value is, told by its first byte as simdjson's type() tells it
  // (a quote is a string, n null): the general type_of for anything else, so
  // that errors are the same.
  static char first_byte(od::value& v) noexcept {
    std::string_view t = v.raw_json_token();
    return t.empty() ? '\0' : t[0];
  }

  // A string's text between its quotes, read where it stands when it holds
  // no backslash: simdjson's stage 1 has checked it (UTF-8, no control
  // character, the closing quote), so it is what unescaping would give, and
  // nothing is copied into simdjson's buffer. The value is then consumed as
  // get_string() would (get_raw_json_string() is get_string() without the
  // unescaping), so that the iterator stands where it stood before: a value
  // left for the iteration to step over ends a broken array at another
  // place.
  static bool plain_string(od::value& v, std::string_view* out) noexcept {
    const char* t = v.raw_json_token().data();
    if (*t != '"') return false;
    std::size_t n = unescaped_length(t + 1);
    if (n == kEscaped) return false;
    std::string_view s(t + 1, n);
    od::raw_json_string consumed;
    if (v.get_raw_json_string().get(consumed)) return false;
    *out = s;
    return true;
  }

  std::string_view read_string_view(od::value& v) {
    std::string_view s;
    if (!plain_string(v, &s)) {
      if (first_byte(v) != '"' && type_of(v) != od::json_type::string) fail_type(v, "字符串", "a string");
      if (v.get_string().get(s))
        fail_at(Status::json_syntax, "字符串格式错误", "malformed string", offset_of(v));
    }
    // The C ABI and the bindings hand strings out NUL-terminated: a \u0000
    // inside would cut them short there, so no report string may hold one.
    if (may_hold_nul_ && s.find('\0') != std::string_view::npos)
      fail_value(v, "字符串中不能含有 \\u0000（NUL）", "a string must not contain \\u0000 (NUL)");
    return s;
  }

  std::string read_string(od::value& v) { return std::string(read_string_view(v)); }

  std::optional<std::string> read_optional_string(od::value& v) {
    if (type_of(v) == od::json_type::null) return std::nullopt;
    return read_string(v);
  }

  bool read_bool(od::value& v) {
    if (type_of(v) != od::json_type::boolean) fail_type(v, "布尔值", "true or false");
    bool b;
    if (v.get_bool().get(b)) fail_at(Status::json_syntax, "JSON 格式错误", "malformed literal", offset_of(v));
    return b;
  }

  // A plain count ("12", "0") followed by nothing but the white space before
  // the next structural character: most numbers of a report JSON (every
  // span's four, most cells). Read here in one pass; anything else (a sign,
  // decimals, a leading zero, 19 digits or more, not a number at all) goes
  // the general way, which gives the same value or the same error.
  static bool plain_count(std::string_view token, std::int64_t* out) noexcept {
    std::size_t i = 0, n = token.size();
    std::int64_t value = 0;
    while (i < n && i < 18 && token[i] >= '0' && token[i] <= '9') value = value * 10 + (token[i++] - '0');
    if (i == 0 || (token[0] == '0' && i > 1)) return false;
    for (std::size_t j = i; j < n; ++j)
      if (token[j] != ' ' && token[j] != '\t' && token[j] != '\n' && token[j] != '\r') return false;
    *out = value;
    return true;
  }

  Decimal read_decimal(od::value& v) {
    std::int64_t units;
    if (plain_count(v.raw_json_token(), &units)) return Decimal{units, 0};
    if (type_of(v) != od::json_type::number) fail_type(v, "数字", "a number");
    std::string_view token = trim_right(v.raw_json_token());
    if (!is_json_number(token))
      fail_value(v, "数字须为不带指数的十进制数", "a number must be a plain decimal without exponent");
    auto d = Decimal::parse(token);
    if (!d) fail_value(v, "数字超出范围（最多 18 位、9 位小数）", "number out of range (18 digits, 9 decimals at most)");
    return *d;
  }

  std::optional<Decimal> read_optional_decimal(od::value& v) {
    if (first_byte(v) == 'n' && type_of(v) == od::json_type::null) return std::nullopt;
    return read_decimal(v);
  }

  // A non-negative integer no larger than max.
  std::uint64_t read_count(od::value& v, std::uint64_t max) {
    Decimal d = read_decimal(v);
    if (d.scale != 0 || d.units < 0 || static_cast<std::uint64_t>(d.units) > max)
      fail_value(v, "应为 0 到 " + std::to_string(max) + " 的整数",
                 "expected an integer from 0 to " + std::to_string(max));
    return static_cast<std::uint64_t>(d.units);
  }

  std::uint32_t read_u32(od::value& v) {
    return static_cast<std::uint32_t>(read_count(v, std::numeric_limits<std::uint32_t>::max()));
  }

  std::size_t read_size(od::value& v) {
    return static_cast<std::size_t>(read_count(v, std::numeric_limits<std::int64_t>::max()));
  }

  int read_int(od::value& v) {
    Decimal d = read_decimal(v);
    if (d.scale != 0 || d.units < std::numeric_limits<int>::min() || d.units > std::numeric_limits<int>::max())
      fail_value(v, "应为整数", "expected an integer");
    return static_cast<int>(d.units);
  }

  // Each object of ours: its members' names in the order to_json writes
  // them, and their numbers (each_member hands over the place in the list).
  struct SpanM {
    enum { begin, end, line, column };
    static int of(std::string_view k) noexcept { return member_id(k, "begin", "end", "line", "column"); }
  };
  struct PlaceM {
    enum { page, box, table, row, column };
    static int of(std::string_view k) noexcept { return member_id(k, "page", "box", "table", "row", "column"); }
  };
  struct RootM {
    enum { schema, meta, fields, diagnostics, preamble, sections, tables, derived, input };
    static int of(std::string_view k) noexcept {
      return member_id(k, "schema", "meta", "fields", "diagnostics", "preamble", "sections", "tables", "derived",
                       "input");
    }
  };
  struct PreambleM {
    enum { text, line };
    static int of(std::string_view k) noexcept { return member_id(k, "text", "line"); }
  };
  struct InputM {
    enum { bytes, lines };
    static int of(std::string_view k) noexcept { return member_id(k, "bytes", "lines"); }
  };
  struct MetaM {
    enum { title, organ, year, template_, published, period_start, period_end, contact, title_span, published_span };
    static int of(std::string_view k) noexcept {
      return member_id(k, "title", "organ", "year", "template", "published", "period_start", "period_end", "contact",
                       "title_span", "published_span");
    }
  };
  struct ContactM {
    enum { address, postcode, phone, email, website };
    static int of(std::string_view k) noexcept {
      return member_id(k, "address", "postcode", "phone", "email", "website");
    }
  };
  struct DiagnosticM {
    enum { rule, severity, message, message_en, line, column, cells, lhs, rhs, difference, evidence };
    static int of(std::string_view k) noexcept {
      return member_id(k, "rule", "severity", "message", "message_en", "line", "column", "cells", "lhs", "rhs",
                       "difference", "evidence");
    }
  };
  // label_zh is written for people and not read: known here only so that
  // it is found without looking at its text (it is skipped as before).
  struct CellRefM {
    enum { key, label_zh, value, line, column };
    static int of(std::string_view k) noexcept { return member_id(k, "key", "label_zh", "value", "line", "column"); }
  };
  struct SectionM {
    enum { level, number, heading, kind, span, text, body_line };
    static int of(std::string_view k) noexcept {
      return member_id(k, "level", "number", "heading", "kind", "span", "text", "body_line");
    }
  };
  struct TableM {
    enum { id, span, cells };
    static int of(std::string_view k) noexcept { return member_id(k, "id", "span", "cells"); }
  };
  struct CellM {
    enum { key, label_zh, raw, state, value, note, span, inferred, placed, place };
    static int of(std::string_view k) noexcept {
      return member_id(k, "key", "label_zh", "raw", "state", "value", "note", "span", "inferred", "placed", "place");
    }
  };
  struct DerivedM {
    enum { key, value, reason };
    static int of(std::string_view k) noexcept { return member_id(k, "key", "value", "reason"); }
  };

  SourceSpan read_span(od::value& v) {
    SourceSpan s;
    each_member(v, SpanM::of, [&](int id, od::value& m) {
      switch (id) {
        case SpanM::begin: s.begin = read_size(m); break;
        case SpanM::end: s.end = read_size(m); break;
        case SpanM::line: s.line = read_u32(m); break;
        case SpanM::column: s.column = read_u32(m); break;
        default: skip_value(m);
      }
    });
    return s;
  }

  FilePlace read_place(od::value& v) {
    FilePlace p;
    each_member(v, PlaceM::of, [&](int id, od::value& m) {
      switch (id) {
        case PlaceM::page: p.page = read_u32(m); break;
        case PlaceM::table: p.table = read_u32(m); break;
        case PlaceM::row: p.row = read_u32(m); break;
        case PlaceM::column: p.column = read_u32(m); break;
        case PlaceM::box: {
          double box[4] = {0, 0, 0, 0};
          std::size_t n = 0;
          each_element(m, [&](od::value& x) {
            if (n >= 4) fail_value(x, "box 应有 4 个数", "box must hold 4 numbers");
            box[n++] = read_decimal(x).to_double();
          });
          if (n != 4) fail_value(m, "box 应有 4 个数", "box must hold 4 numbers");
          p.x0 = box[0], p.y0 = box[1], p.x1 = box[2], p.y1 = box[3];
          break;
        }
        default: skip_value(m);
      }
    });
    return p;
  }

  // ---- the report -----------------------------------------------------------

  void read_root(od::object root) {
    enter_container(first_token_offset());
    bool has_schema = false;
    each_member(root, RootM::of, [&](int id, std::string_view, od::value& v) {
      switch (id) {
        case RootM::schema: {
          std::string s = read_string(v);  // once a report: a copy costs nothing
          if (s != kReportSchema)
            fail_value(v, "未知的模式版本 '" + s + "'，应为 " + kReportSchema,
                       "unknown schema version '" + s + "', expected " + kReportSchema);
          has_schema = true;
          break;
        }
        case RootM::meta: read_meta(v); break;
        case RootM::fields: read_fields(v); break;
        case RootM::diagnostics:
          each_element(v, [&](od::value& d) { report_.diagnostics.push_back(read_diagnostic(d)); });
          break;
        case RootM::preamble:
          each_member(v, PreambleM::of, [&](int pid, od::value& m) {
            switch (pid) {
              case PreambleM::text: report_.preamble = read_string(m); break;
              case PreambleM::line: report_.preamble_line = read_u32(m); break;
              default: skip_value(m);
            }
          });
          break;
        case RootM::sections:
          each_element(v, [&](od::value& s) { report_.sections.push_back(read_section(s)); });
          break;
        case RootM::tables:
          has_tables_ = true;
          tables_offset_ = offset_of(v);
          each_element(v, [&](od::value& t) { report_.tables.push_back(read_table(t)); });
          break;
        case RootM::derived:
          each_element(v, [&](od::value& d) { report_.derived.push_back(read_derived(d)); });
          break;
        case RootM::input:
          each_member(v, InputM::of, [&](int iid, od::value& m) {
            switch (iid) {
              case InputM::bytes: report_.input_bytes = read_size(m); break;
              case InputM::lines: report_.input_lines = read_u32(m); break;
              default: skip_value(m);
            }
          });
          break;
        default: skip_value(v);
      }
    });
    if (!has_schema)
      fail_at(Status::json_schema, "缺少 \"schema\" 成员，这不是 gongkai 报告 JSON",
              "no \"schema\" member: not a gongkai report JSON", first_token_offset());
    reconcile_fields();
  }

  void read_meta(od::value& v) {
    Meta& m = report_.meta;
    each_member(v, MetaM::of, [&](int id, od::value& x) {
      switch (id) {
        case MetaM::title: m.title = read_string(x); break;
        case MetaM::organ: m.organ = read_string(x); break;
        case MetaM::year:
          if (type_of(x) == od::json_type::null) m.year.reset();
          else m.year = read_int(x);
          break;
        case MetaM::template_: {
          std::string_view name = read_string_view(x);
          auto f = format_from_name(name);
          if (!f) fail_value(x, "未知模板 '" + std::string(name) + "'", "unknown template '" + std::string(name) + "'");
          m.format = *f;
          break;
        }
        case MetaM::published: m.published = read_optional_string(x); break;
        case MetaM::period_start: m.period_start = read_optional_string(x); break;
        case MetaM::period_end: m.period_end = read_optional_string(x); break;
        case MetaM::contact:
          each_member(x, ContactM::of, [&](int cid, od::value& c) {
            switch (cid) {
              case ContactM::address: m.contact.address = read_string(c); break;
              case ContactM::postcode: m.contact.postcode = read_string(c); break;
              case ContactM::phone: m.contact.phone = read_string(c); break;
              case ContactM::email: m.contact.email = read_string(c); break;
              case ContactM::website: m.contact.website = read_string(c); break;
              default: skip_value(c);
            }
          });
          break;
        case MetaM::title_span: m.title_span = read_span(x); break;
        case MetaM::published_span: m.published_span = read_span(x); break;
        default: skip_value(x);
      }
    });
  }

  void read_fields(od::value& v) {
    fields_offset_ = offset_of(v);
    // Kept in order, names as views into the text or simdjson's buffer:
    // each_member has refused a name given twice, and reconcile_fields
    // compares in order.
    // A name given twice is found by the template's order of keys, which
    // to_json follows (meta, and so the template, comes first).
    if (type_of(v) != od::json_type::object) fail_type(v, "对象", "an object");
    enter_container(offset_of(v));
    const auto& keys = template_shape(report_.meta.format).keys;
    field_list_.reserve(keys.size());
    serialize::OrderedNames names(keys);
    each_member(v.get_object().value(), no_names, names, [&](int, std::string_view k, od::value& x) {
      field_list_.emplace_back(k, read_optional_decimal(x));
    });
  }

  // What the reader needs to know of a format's template, made once per
  // format: its keys in order (empty if two were the same: OrderedNames
  // needs distinct names, and then looks every name up), and how many cells
  // each table has.
  struct TemplateShape {
    std::vector<std::string_view> keys;
    std::vector<std::pair<std::string_view, std::size_t>> table_cells;
  };
  static const TemplateShape& template_shape(Format format) {
    static const auto shapes = [] {
      std::array<TemplateShape, 4> all;
      for (Format f : {Format::gk2021, Format::gk2019, Format::legacy, Format::narrative}) {
        TemplateShape& shape = all[static_cast<std::size_t>(f)];
        for (const auto& spec : field_specs(f)) {
          shape.keys.push_back(spec.key);
          std::string_view id = table_of_key(spec.key);
          auto it = std::find_if(shape.table_cells.begin(), shape.table_cells.end(),
                                 [&](const auto& e) { return e.first == id; });
          if (it == shape.table_cells.end())
            shape.table_cells.emplace_back(id, 1);
          else
            ++it->second;
        }
        std::vector<std::string_view> sorted = shape.keys;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) shape.keys.clear();
      }
      return all;
    }();
    std::size_t i = static_cast<std::size_t>(format);
    static const TemplateShape none;
    return i < shapes.size() ? shapes[i] : none;
  }

  Diagnostic read_diagnostic(od::value& v) {
    Diagnostic d;
    each_member(v, DiagnosticM::of, [&](int id, od::value& x) {
      switch (id) {
        case DiagnosticM::rule: d.rule = read_string(x); break;
        case DiagnosticM::severity: {
          std::string_view name = read_string_view(x);
          auto s = severity_from_name(name);
          if (!s)
            fail_value(x, "未知严重程度 '" + std::string(name) + "'", "unknown severity '" + std::string(name) + "'");
          d.severity = *s;
          break;
        }
        case DiagnosticM::message: d.message_zh = read_string(x); break;
        case DiagnosticM::message_en: d.message_en = read_string(x); break;
        case DiagnosticM::line: d.line = read_u32(x); break;
        case DiagnosticM::column: d.column = read_u32(x); break;
        case DiagnosticM::cells:
          each_element(x, [&](od::value& c) { d.cells.push_back(read_cell_ref(c)); });
          break;
        case DiagnosticM::lhs: d.lhs = read_optional_decimal(x); break;
        case DiagnosticM::rhs: d.rhs = read_optional_decimal(x); break;
        case DiagnosticM::difference: d.difference = read_optional_decimal(x); break;
        case DiagnosticM::evidence: d.evidence = read_string(x); break;
        default: skip_value(x);
      }
    });
    return d;
  }

  CellRef read_cell_ref(od::value& v) {
    CellRef c;
    each_member(v, CellRefM::of, [&](int id, od::value& x) {
      switch (id) {
        case CellRefM::key: c.key = read_string(x); break;
        case CellRefM::value: c.value = read_optional_decimal(x); break;
        case CellRefM::line: c.line = read_u32(x); break;
        case CellRefM::column: c.column = read_u32(x); break;
        default: skip_value(x);  // label_zh and unknown members
      }
    });
    return c;
  }

  Section read_section(od::value& v) {
    Section s;
    each_member(v, SectionM::of, [&](int id, od::value& x) {
      switch (id) {
        case SectionM::level: s.level = read_int(x); break;
        case SectionM::number: s.number = read_string(x); break;
        case SectionM::heading: s.heading = read_string(x); break;
        case SectionM::kind: s.kind = read_string(x); break;
        case SectionM::span: s.span = read_span(x); break;
        case SectionM::text: s.text = read_string(x); break;
        case SectionM::body_line: s.body_line = read_u32(x); break;
        default: skip_value(x);
      }
    });
    return s;
  }

  Table read_table(od::value& v) {
    Table t;
    each_member(v, TableM::of, [&](int id, od::value& x) {
      switch (id) {
        case TableM::id: t.id = read_string(x); break;
        case TableM::span: t.span = read_span(x); break;
        case TableM::cells:
          t.cells.reserve(template_cells(t.id));
          each_element(x, [&](od::value& c) { read_cell(c, t.cells.emplace_back()); });
          break;
        default: skip_value(x);
      }
    });
    return t;
  }

  // How many cells the report's template has in a table: room for them is
  // made at once (growing the vector moved every cell's strings about twice).
  // Only a guess: a table may hold fewer cells, or others.
  std::size_t template_cells(std::string_view table_id) const {
    for (const auto& [id, n] : template_shape(report_.meta.format).table_cells)
      if (id == table_id) return n;
    return 0;
  }

  // Read where it is to stay (the table's last cell): a Cell is several
  // strings, and moving each one into the vector was 1 % of from_json.
  void read_cell(od::value& v, Cell& c) {
    std::size_t at = offset_of(v);
    each_member(v, CellM::of, [&](int id, od::value& x) {
      switch (id) {
        case CellM::key: c.key = read_string(x); break;
        case CellM::raw: c.raw = read_string(x); break;
        case CellM::state: {
          std::string_view name = read_string_view(x);
          auto s = cell_state_from_name(name);
          if (!s)
            fail_value(x, "未知单元格状态 '" + std::string(name) + "'",
                       "unknown cell state '" + std::string(name) + "'");
          c.state = *s;
          break;
        }
        case CellM::value: c.value = read_optional_decimal(x); break;
        case CellM::note: c.note = read_string(x); break;
        case CellM::span: c.span = read_span(x); break;
        case CellM::inferred: c.inferred = read_bool(x); break;
        case CellM::placed: {
          std::string_view name = read_string_view(x);
          auto p = cell_placement_from_name(name);
          if (!p)
            fail_value(x, "未知单元格定位方式 '" + std::string(name) + "'",
                       "unknown cell placement '" + std::string(name) + "'");
          c.placed = *p;
          break;
        }
        case CellM::place: c.place = read_place(x); break;
        default: skip_value(x);  // label_zh and unknown members
      }
    });
    // The model's invariant: a value exactly when the cell printed a number.
    if ((c.state == CellState::number) != c.value.has_value())
      fail_at(Status::json_schema, "单元格状态与数值不符（state 为 number 时才有 value）",
              "cell state and value disagree (a value exactly when state is number)", at);
  }

  DerivedValue read_derived(od::value& v) {
    DerivedValue d;
    bool has_value = false;
    std::size_t at = offset_of(v);
    each_member(v, DerivedM::of, [&](int id, od::value& x) {
      switch (id) {
        case DerivedM::key: d.key = read_string(x); break;
        case DerivedM::value:
          d.value = read_decimal(x);
          has_value = true;
          break;
        case DerivedM::reason: d.reason = read_string(x); break;
        default: skip_value(x);
      }
    });
    if (!has_value) fail_at(Status::json_schema, "推算值缺少 value", "a derived value needs its value", at);
    return d;
  }

  // "fields" repeats what the tables hold. With tables, the two must agree
  // (an edited fields object would otherwise be ignored without a word);
  // without them (a --brief JSON), the tables are rebuilt from the fields.
  void reconcile_fields() {
    if (!has_tables_) {
      index_fields();
      rebuild_tables_from_fields();
      return;
    }
    if (fields_match_cells_in_order()) return;
    index_fields();
    refuse_cells_given_twice();
    if (field_order_.empty() && fields_offset_ == npos) return;  // no "fields" member at all
    auto cells = serialize::cells_in_field_order(report_);
    bool same = cells.size() == fields_.size();
    std::string bad_key;
    for (const Cell* c : cells) {
      auto it = fields_.find(c->key);
      const Decimal* v = serialize::field_value(*c);
      if (it == fields_.end() || it->second.has_value() != (v != nullptr) ||
          (v && (it->second->units != v->units || it->second->scale != v->scale))) {
        same = false;
        bad_key = c->key;
        break;
      }
    }
    if (!same) {
      if (bad_key.empty())
        for (const auto& [k, _] : fields_)
          if (!report_.find_cell(k)) {
            bad_key = k;
            break;
          }
      fail_at(Status::json_schema, "fields 与 tables 的单元格不一致：" + bad_key,
              "fields disagree with the cells of tables: " + bad_key, fields_offset_);
    }
  }

  // The JSON to_json writes lists the fields in the order of the tables'
  // cells. When the two agree key by key and value by value, the cells are as
  // many as the fields, hold their values, and have no key twice (the fields
  // object has none): what the general comparison below would find, without
  // a hash of every key three times over.
  bool fields_match_cells_in_order() const {
    if (field_list_.empty()) return false;
    std::size_t i = 0;
    for (const auto& t : report_.tables)
      for (const auto& c : t.cells) {
        if (i >= field_list_.size() || field_list_[i].first != c.key) return false;
        const std::optional<Decimal>& f = field_list_[i++].second;
        const Decimal* v = serialize::field_value(c);
        if (f.has_value() != (v != nullptr) || (v && (f->units != v->units || f->scale != v->scale))) return false;
      }
    return i == field_list_.size();
  }

  // The fields by key, for the general comparison and the rebuild of a brief
  // JSON's tables (the order of insertion as before, so the same map).
  void index_fields() {
    for (const auto& [k, v] : field_list_) {
      fields_.emplace(std::string(k), v);
      field_order_.emplace_back(k);
    }
  }

  // One key, one cell: a key in two tables (or twice in one) would give two
  // values to the same field, and fields could agree with either.
  void refuse_cells_given_twice() const {
    std::unordered_set<std::string_view> keys;
    for (const auto& t : report_.tables)
      for (const auto& c : t.cells)
        if (!keys.insert(c.key).second)
          fail_at(Status::json_schema, "单元格重复：" + c.key + " 在 tables 中出现两次",
                  "cell " + c.key + " appears twice in tables", tables_offset_);
  }

  // A brief JSON has no tables: each key goes to the table of its template.
  // Keys outside the report's template all go, in the order given, to a last
  // table "other": to_json writes them after the template's keys in table
  // order, so this keeps their order and the brief JSON reads back to the
  // same bytes.
  void rebuild_tables_from_fields() {
    std::unordered_set<std::string_view> in_template;
    for (const auto& spec : field_specs(report_.meta.format)) in_template.insert(spec.key);
    std::vector<std::string> outside;
    for (const auto& key : field_order_) {
      if (!in_template.count(key)) {
        outside.push_back(key);
        continue;
      }
      add_rebuilt_cell(key, table_of_key(key));
    }
    for (const auto& key : outside) add_rebuilt_cell(key, "other");
  }

  void add_rebuilt_cell(const std::string& key, std::string_view table_id) {
    if (table_id.empty()) table_id = "other";
    auto it = std::find_if(report_.tables.begin(), report_.tables.end(),
                           [&](const Table& t) { return t.id == table_id; });
    if (it == report_.tables.end()) {
      report_.tables.push_back(Table{std::string(table_id), {}, {}});
      it = report_.tables.end() - 1;
    }
    Cell c;
    c.key = key;
    c.value = fields_[key];
    c.state = c.value ? CellState::number : CellState::blank;
    if (c.value) c.raw = c.value->to_string();
    it->cells.push_back(std::move(c));
  }

  static constexpr std::size_t npos = std::string_view::npos;

  std::string_view json_;
  const char* base_;
  std::size_t max_depth_;
  bool may_hold_nul_;
  // The path, a step a member or element entered. A container is entered
  // only while the path is shorter than max_depth_ (enter_container), so it
  // never holds more than max_depth_ steps: room for them is made once.
  std::unique_ptr<PathStep[]> steps_;
  std::size_t depth_ = 0;
  Report report_;
  bool has_tables_ = false;
  std::unordered_map<std::string, std::optional<Decimal>> fields_;
  std::vector<std::string> field_order_;
  std::vector<std::pair<std::string_view, std::optional<Decimal>>> field_list_;
  std::size_t fields_offset_ = npos;
  std::size_t tables_offset_ = 0;
};

// simdjson's own error codes, in our words and statuses.
Status status_of(simdjson::error_code e) {
  switch (e) {
    case simdjson::DEPTH_ERROR: return Status::too_deep;
    case simdjson::CAPACITY: return Status::too_large;
    case simdjson::MEMALLOC: return Status::out_of_memory;
    case simdjson::UTF8_ERROR: return Status::invalid_utf8;
    case simdjson::INCORRECT_TYPE:
    case simdjson::NO_SUCH_FIELD:
    case simdjson::NUMBER_OUT_OF_RANGE: return Status::json_schema;
    default: return Status::json_syntax;
  }
}

}  // namespace

namespace {
Report read_report(std::string_view json, std::size_t max_depth);
}  // namespace

Report from_json(std::string_view json, const JsonReadOptions& options) {
  auto fail = [&](Status status, const std::string& zh, const std::string& en, std::size_t offset) -> Report {
    ReportReader r(json, json.data(), 0);
    r.fail_at(status, zh, en, offset);
  };
  if (json.size() > options.max_bytes)
    return fail(Status::too_large,
                "JSON 过大（" + std::to_string(json.size()) + " 字节，上限 " + std::to_string(options.max_bytes) + "）",
                "JSON too large (" + std::to_string(json.size()) + " bytes, limit " +
                    std::to_string(options.max_bytes) + ")",
                options.max_bytes);
  const std::size_t max_depth = std::min(options.max_depth, kDepthCap);
  try {
    return read_report(json, max_depth);
  } catch (const Error& e) {
    // A text nesting too deep is too_deep whatever else is wrong with it, as
    // when the nesting was scanned before anything was read. The scan is
    // only needed here: the reader refuses a container past the limit as it
    // enters it (a seventh of from_json's time was this scan on good input).
    if (e.status() != Status::too_deep) {
      std::size_t deep = serialize::find_excess_depth(json, max_depth);
      if (deep != std::string_view::npos) ReportReader::throw_too_deep(json, max_depth, deep);
    }
    throw;
  }
}

namespace {

Report read_report(std::string_view json, std::size_t max_depth) {
  auto fail = [&](Status status, const std::string& zh, const std::string& en, std::size_t offset) -> Report {
    ReportReader r(json, json.data(), 0);
    r.fail_at(status, zh, en, offset);
  };
  simdjson::padded_string padded(json);
  // A UTF-8 byte order mark (Windows editors write one) is not JSON: read it
  // as three spaces, so that every offset still counts from the file's start.
  if (json.substr(0, 3) == "\xEF\xBB\xBF") std::fill_n(padded.data(), 3, ' ');
  // One parser per thread, reused: it keeps its buffers between reports.
  thread_local od::parser parser;
  od::parser local_parser;
  constexpr std::size_t kReuseLimit = 64u << 20;
  od::parser& p = json.size() <= kReuseLimit ? parser : local_parser;
  if (p.max_depth() < max_depth + 2 || p.capacity() < padded.size()) {
    if (p.allocate(std::max(p.capacity(), padded.size()), max_depth + 2))
      return fail(Status::out_of_memory, "内存不足", "out of memory", 0);
  }

  ReportReader reader(json, padded.data(), max_depth);
  od::document doc;
  try {
    auto err = p.iterate(padded).get(doc);
    if (err == simdjson::UTF8_ERROR)  // simdjson checks UTF-8 in bulk; we only locate the bad byte
      return fail(Status::invalid_utf8, "JSON 不是有效的 UTF-8", "JSON is not valid UTF-8",
                  serialize::find_invalid_utf8(json));
    if (err) {
      reader.refuse_trailing_content();
      std::size_t at = err == simdjson::UNCLOSED_STRING ? serialize::find_unclosed_string(json) : 0;
      return fail(status_of(err), "JSON 格式错误", simdjson::error_message(err), at == std::string_view::npos ? 0 : at);
    }
    return reader.read(doc);
  } catch (const simdjson::simdjson_error& e) {
    const char* loc = nullptr;
    std::size_t at = 0;
    if (!doc.current_location().get(loc)) at = reader.offset_of(loc);
    Status s = status_of(e.error());
    reader.fail_at(s, s == Status::json_schema ? "JSON 类型错误" : "JSON 格式错误", e.what(), at);
  }
}

}  // namespace

bool is_json_batch(std::string_view json) {
  std::size_t i = json.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  i = json.find_first_not_of(" \t\r\n", i);
  if (i == std::string_view::npos || json[i] != '[') return false;
  // "[{" or "[]": a text may start with a bracket ("[首页]"), a batch not so.
  i = json.find_first_not_of(" \t\r\n", i + 1);
  return i != std::string_view::npos && (json[i] == '{' || json[i] == ']');
}

std::vector<Report> from_json_batch(std::string_view json, const JsonReadOptions& options) {
  auto slices = serialize::split_json_array(json);
  // Not an array whose brackets close: from_json says what is wrong with it.
  if (!slices) return {from_json(json, options)};
  std::vector<Report> reports;
  reports.reserve(slices->size());
  for (std::size_t i = 0; i < slices->size(); ++i) {
    const serialize::JsonSlice& slice = (*slices)[i];
    try {
      reports.push_back(from_json(json.substr(slice.begin, slice.size), options));
    } catch (const Error& e) {
      // The place of the problem in the whole text, and which report it is in.
      std::size_t at = slice.begin + e.offset();
      auto pos = serialize::position_of(json, at);
      throw Error(e.status(),
                  "批量 JSON 的第 " + std::to_string(i + 1) + " 份报告（第 " +
                      std::to_string(serialize::position_of(json, slice.begin).line) + " 行起）/ report [" +
                      std::to_string(i) + "] of the batch: " + e.what(),
                  at, pos.line, pos.column);
    }
  }
  return reports;
}

}  // namespace gongkai
