// The file options of `parse` and `text`: --encoding and --kind, for parsing
// any file people have (PDF, web page, Word file, text in any encoding)
// through the library's parse_bytes.
#pragma once

#include <CLI/CLI.hpp>

#include "gongkai/inputs.hpp"

namespace gongkai::cli {

/// Adds --encoding E and --kind K to `app`, writing into `options` (a kind
/// that is not text, html, docx or pdf is a bad command line).
void add_file_options(CLI::App& app, FileOptions& options);

/// The help text lines of those options.
extern const char* const kFileOptionsHelp;

}  // namespace gongkai::cli
