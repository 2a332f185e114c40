// Errors that stop an operation. Findings about a report's content are not
// errors: they are Diagnostics (see model.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace gongkai {

/// Why an operation could not run. The numbers are frozen: the C ABI
/// (gk_status) and the bindings use the same values.
enum class Status : int {
  ok = 0,
  invalid_argument = 1,   ///< a caller error: null pointer, bad option value
  invalid_utf8 = 2,       ///< input bytes are not UTF-8
  binary_input = 3,       ///< input looks like binary data (NUL bytes, control junk)
  empty_input = 4,        ///< input holds no text at all
  too_large = 5,          ///< input exceeds ParseOptions::max_input_bytes
  json_syntax = 6,        ///< JSON text is malformed
  json_schema = 7,        ///< JSON is well formed but not a gongkai report
  too_deep = 8,           ///< JSON nesting exceeds the configured depth
  io_error = 9,           ///< a file could not be read or written
  not_found = 10,         ///< a looked-up key does not exist
  out_of_memory = 11,
  internal = 12,          ///< a bug in gongkai; please report it
  bad_file = 13,          ///< a PDF, Word or web file that cannot be read: truncated, encrypted, not what it claims
  needs_ocr = 14,         ///< a PDF without a text layer (a scan): it needs OCR first
  no_report = 15,         ///< a PDF, Word or web file in which no report text was found
};

/// Stable lowercase name of a status ("invalid_utf8").
const char* status_name(Status s) noexcept;

/// Thrown by parse(), from_json() and friends. Carries the place in the input
/// where the problem was found, when there is one (offset, line, column are
/// 0 when unknown; line and column are 1-based).
class Error : public std::runtime_error {
 public:
  Error(Status status, const std::string& message, std::size_t offset = 0,
        std::uint32_t line = 0, std::uint32_t column = 0)
      : std::runtime_error(message), status_(status), offset_(offset), line_(line), column_(column) {}
  Status status() const noexcept { return status_; }
  std::size_t offset() const noexcept { return offset_; }
  std::uint32_t line() const noexcept { return line_; }
  std::uint32_t column() const noexcept { return column_; }

 private:
  Status status_;
  std::size_t offset_;
  std::uint32_t line_;
  std::uint32_t column_;
};

}  // namespace gongkai
