// The report JSON (spec/output-contract.md plus gongkai's own members),
// written canonically and read back.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai {

inline constexpr const char* kReportSchema = "gongkai.report/1";

struct JsonWriteOptions {
  bool pretty = false;        ///< indent with two spaces (otherwise one line)
  bool include_detail = true; ///< sections, tables with cells and spans, derived values
};

/// Canonical JSON: the same report always gives the same bytes.
std::string to_json(const Report& report, const JsonWriteOptions& options = {});

/// The same bytes as to_json, handed to `sink` in pieces of about a megabyte
/// as they are made, so that the JSON of a large report is never in memory
/// whole (the CLI writes a single report this way).
void write_json(const Report& report, const JsonWriteOptions& options,
                const std::function<void(std::string_view)>& sink);

struct JsonReadOptions {
  std::size_t max_depth = 64;                       ///< deeper nesting: Status::too_deep (capped at 1024)
  std::size_t max_bytes = 256u * 1024u * 1024u;     ///< larger: Status::too_large
};

/// Restores a report from its JSON; to_json(from_json(to_json(r))) == to_json(r).
/// Throws gongkai::Error (json_syntax, json_schema, too_deep, too_large,
/// invalid_utf8) with the byte offset, line and column of the problem where
/// known and its JSON path ($.meta.year) in the message. Unknown members are
/// checked for syntax and skipped; a JSON without "tables" (written with
/// include_detail = false) gets its tables rebuilt from "fields"; with
/// "tables", "fields" must agree with them.
Report from_json(std::string_view json, const JsonReadOptions& options = {});

/// True when the text is a JSON array of objects, or empty (after an
/// optional UTF-8 BOM and whitespace), as `gongkai parse` writes for several
/// reports.
bool is_json_batch(std::string_view json);

/// Reads a JSON array of report JSONs (the output of `gongkai parse` on a
/// folder), each element as from_json reads it. An error names the report
/// it is in; its offset, line and column are those of the whole text.
std::vector<Report> from_json_batch(std::string_view json, const JsonReadOptions& options = {});

}  // namespace gongkai
