// The parse command's file options: --encoding and --kind, and parsing any
// file people have (PDF, web page, Word file, text in any encoding) through
// the library's parse_bytes.
#pragma once

#include <string>

#include "arg_reader.hpp"
#include "gongkai/inputs.hpp"

namespace gongkai::cli {

/// Handles --encoding E and --kind K when `args` is at one of them; returns
/// false when it is not (the caller goes on), and sets `bad` (after saying
/// why) when the option's value is missing or wrong.
bool read_file_option(ArgReader& args, FileOptions& options, bool& bad);

/// The help text lines of those options.
extern const char* const kFileOptionsHelp;

}  // namespace gongkai::cli
