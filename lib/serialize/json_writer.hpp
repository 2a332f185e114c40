// A small streaming JSON writer that produces canonical bytes: members in the
// order they are written, no floating point (numbers arrive as text or
// integers), every control character escaped, invalid UTF-8 replaced by
// U+FFFD so that the output is always valid UTF-8.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/decimal.hpp"

namespace gongkai::serialize {

/// Appends s to out as a JSON string literal (with the quotes).
void append_json_string(std::string& out, std::string_view s);

class JsonWriter {
 public:
  /// pretty: two-space indentation and one member per line.
  JsonWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}
  /// A writer that hands its text to `sink` in pieces: the buffer is passed
  /// on and emptied at flush_point() once it holds kChunk bytes.
  JsonWriter(std::string& out, bool pretty, const std::function<void(std::string_view)>& sink)
      : out_(out), sink_(&sink), pretty_(pretty) {}

  /// Between two elements of the output: a streaming writer passes its
  /// buffer on here if it is full enough. Nothing looks back at what was
  /// written, so the text is the same whether or not it was passed on.
  void flush_point() {
    if (sink_ && out_.size() >= kChunk) flush();
  }
  /// Passes on whatever is buffered (a streaming writer; else nothing).
  void flush() {
    if (!sink_ || out_.empty()) return;
    (*sink_)(out_);
    out_.clear();
  }
  static constexpr std::size_t kChunk = 1u << 20;

  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  /// The name of the next member (inside an object).
  void key(std::string_view name);

  void string(std::string_view s);
  void integer(std::int64_t v);
  void unsigned_integer(std::uint64_t v);
  void boolean(bool b);
  void null();
  /// A decimal as a JSON number with its printed scale ("1723.2952").
  void decimal(const Decimal& d);

  // Convenience: key + value.
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
  void newline_indent();
  void close(char bracket);

  std::string& out_;
  const std::function<void(std::string_view)>* sink_ = nullptr;
  bool pretty_;
  bool after_key_ = false;
  std::vector<Level> stack_;
};

}  // namespace gongkai::serialize
