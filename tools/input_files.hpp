// Where the CLI's inputs come from: files named on the command line, folders
// walked for report texts, and standard input ("-").
#pragma once

#include <string>
#include <vector>

#include "gongkai/error.hpp"

namespace gongkai::cli {

struct InputFile {
  std::string path;  ///< as given or as found in a folder; "-" for standard input
  /// Set when the input could not even be listed (a folder that cannot be
  /// read, a path that does not exist): reading it reports this.
  std::string listing_error;
};

/// Expands the command line's paths in order: a file stays itself; a folder
/// becomes its report texts (*.txt, *.md, *.text, recursively) in sorted
/// order; "-" is standard input. A path that does not exist is kept, so that
/// reading it fails with a clear message in its turn.
std::vector<InputFile> expand_inputs(const std::vector<std::string>& paths);

/// Reads a whole file (or standard input for "-") as bytes. Throws
/// gongkai::Error(io_error) with a message in Chinese and English.
/// Reads at most `max_bytes` (the parser's default limit): a larger input is
/// refused with Status::too_large as soon as the limit is passed, before it
/// is all in memory.
std::string read_input(const InputFile& input, std::size_t max_bytes = 256u * 1024u * 1024u);

}  // namespace gongkai::cli
