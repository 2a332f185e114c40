// A small streaming JSON writer that produces canonical bytes: members in the
// order they are written, no floating point (numbers arrive as text or
// integers), every control character escaped, invalid UTF-8 replaced by
// U+FFFD so that the output is always valid UTF-8.
//
// The writer owns its buffer and writes through a cursor into storage it has
// already sized, so that a write is a bounds check and a copy: a report's
// JSON is several times its text, and each std::string::append was a call.
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/decimal.hpp"

namespace gongkai::serialize {

/// Text written at a cursor. The string is kept at least as long as what
/// was written (its tail is room, not text); take() cuts it to the text.
class JsonBuffer {
 public:
  explicit JsonBuffer(std::string start = {}) : buf_(std::move(start)), used_(buf_.size()) {}

  /// At least n bytes of room at the cursor; write them, then advance().
  char* room(std::size_t n) {
    if (buf_.size() - used_ < n) grow(n);
    return buf_.data() + used_;
  }
  void advance(char* past) { used_ = static_cast<std::size_t>(past - buf_.data()); }
  void put(char c) { *room(1) = c, ++used_; }
  void put(const char* p, std::size_t n) {
    std::memcpy(room(n), p, n);
    used_ += n;
  }
  void put(std::string_view s) { put(s.data(), s.size()); }

  std::size_t size() const { return used_; }
  std::string_view text() const { return {buf_.data(), used_}; }
  void clear() { used_ = 0; }
  /// Capacity for n bytes, made once; no byte of it is touched yet.
  void reserve(std::size_t n) { buf_.reserve(n); }
  /// The text, the buffer emptied.
  std::string take() {
    buf_.resize(used_);
    used_ = 0;
    return std::move(buf_);
  }

 private:
  void grow(std::size_t n);

  std::string buf_;
  std::size_t used_;
};

/// s as a JSON string literal (with the quotes) at the end of b.
void put_json_string(JsonBuffer& b, std::string_view s);
/// Appends s to out as a JSON string literal (with the quotes).
void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
 public:
  /// pretty: two-space indentation and one member per line. reserve: the
  /// bytes the text is expected to take (room made once, not as it grows).
  explicit JsonWriter(bool pretty, std::size_t reserve = 0) : pretty_(pretty) { out_.reserve(reserve); }
  /// A writer that hands its text to `sink` in pieces: the buffer is passed
  /// on and emptied at flush_point() once it holds kChunk bytes.
  JsonWriter(bool pretty, const std::function<void(std::string_view)>& sink) : sink_(&sink), pretty_(pretty) {
    out_.reserve(kChunk + 65536);
  }

  /// The text written (what a streaming writer has not passed on yet).
  std::string take() { return out_.take(); }

  /// Between two elements of the output: a streaming writer passes its
  /// buffer on here if it is full enough. Nothing looks back at what was
  /// written, so the text is the same whether or not it was passed on.
  void flush_point() {
    if (sink_ && out_.size() >= kChunk) flush();
  }
  /// Passes on whatever is buffered (a streaming writer; else nothing).
  void flush() {
    if (!sink_ || out_.size() == 0) return;
    (*sink_)(out_.text());
    out_.clear();
  }
  static constexpr std::size_t kChunk = 1u << 20;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The name of the next member (inside an object).
  void key(std::string_view name);
  /// A name written in the source ("span"): copied whole, unescaped (every
  /// name gongkai writes is ASCII letters, digits, '_' and '.'), in a few
  /// stores where the compiler knows its length. Three in four names of a
  /// report's JSON are these.
  template <std::size_t N>
  void key(const char (&name)[N]) {
    static_assert(N > 1, "a member name");
    next_member();
    char* p = out_.room(N + 3);
    *p++ = '"';
    std::memcpy(p, name, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    if (pretty_) *p++ = ' ';
    out_.advance(p);
    after_key_ = true;
  }

  void string(std::string_view s);
  void integer(std::int64_t v);
  void unsigned_integer(std::uint64_t v);
  void boolean(bool b);
  void null();
  /// A decimal as a JSON number with its printed scale ("1723.2952").
  void decimal(const Decimal& d);

  // Convenience: key + value; the names written in the source take key's
  // literal path.
  template <std::size_t N>
  void member(const char (&name)[N], std::string_view s) { key(name); string(s); }
  template <std::size_t N>
  void member(const char (&name)[N], const char* s) { key(name); string(s); }
  template <std::size_t N>
  void member_int(const char (&name)[N], std::int64_t v) { key(name); integer(v); }
  template <std::size_t N>
  void member_uint(const char (&name)[N], std::uint64_t v) { key(name); unsigned_integer(v); }
  template <std::size_t N>
  void member_bool(const char (&name)[N], bool b) { key(name); boolean(b); }
  void member(std::string_view name, std::string_view s) { key(name); string(s); }
  void member(std::string_view name, const char* s) { key(name); string(s); }
  void member_int(std::string_view name, std::int64_t v) { key(name); integer(v); }
  void member_uint(std::string_view name, std::uint64_t v) { key(name); unsigned_integer(v); }
  void member_bool(std::string_view name, bool b) { key(name); boolean(b); }

 private:
  struct Level {
    bool is_object;
    bool empty;
  };
  void before_value();
  /// The comma (and, pretty, the line break) before a member.
  void next_member() {
    Level& top = stack_.back();
    if (!top.empty) out_.put(',');
    top.empty = false;
    if (pretty_) newline_indent();
  }
  void newline_indent();
  void close(char bracket);

  JsonBuffer out_;
  const std::function<void(std::string_view)>* sink_ = nullptr;
  bool pretty_;
  bool after_key_ = false;
  std::vector<Level> stack_;
};

}  // namespace gongkai::serialize
