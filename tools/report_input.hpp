// One input of `render` and `validate`, whatever it holds: report text, a
// report JSON (the output of `gongkai parse`), or a JSON array of them (the
// output of `gongkai parse` on several files). Each report comes back with
// the name it is shown under.
#pragma once

#include <string>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::cli {

struct NamedReport {
  std::string name;  ///< the path; "path[i]" for the i-th report of a batch
  Report report;
};

/// Reads `path` ("-": standard input). Text is parsed and validated; a JSON
/// report is read back with its findings as written, or validated again
/// when `revalidate_json` (its values may have been edited since). Throws
/// gongkai::Error when the input cannot be read as any of them.
std::vector<NamedReport> read_reports(const std::string& path, bool revalidate_json);

}  // namespace gongkai::cli
