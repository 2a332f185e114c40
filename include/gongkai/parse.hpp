// Parsing report text into the document model.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "gongkai/model.hpp"

namespace gongkai {

/// The largest input parse() reads whatever max_input_bytes says: the
/// places in the input (SourceSpan) are 32-bit byte offsets.
inline constexpr std::size_t kLargestInput = 0xFFFFFFFFu;

struct ParseOptions {
  /// Inputs larger than this (or than kLargestInput) are refused with
  /// Status::too_large.
  std::size_t max_input_bytes = 256u * 1024u * 1024u;
  /// Run validate() after parsing and append its findings to diagnostics.
  bool validate = true;
};

/// Parses UTF-8 report text (plain lines, tab-separated cells, Markdown pipe
/// tables, space-aligned columns). Throws gongkai::Error for input that is
/// not a text (invalid UTF-8, binary, empty, too large); a text it cannot
/// find tables in is still a Report (format narrative, with diagnostics).
Report parse(std::string_view utf8, const ParseOptions& options = {});

}  // namespace gongkai
