// How a sequence of reports is written out in one output format: what comes
// before the first, between two, and after the last, and each report's own
// bytes. encode() is const and thread-safe: batch workers call it.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/csv.hpp"
#include "gongkai/json.hpp"
#include "gongkai/model.hpp"

namespace gongkai::cli {

enum class StreamFormat { json, jsonl, csv, csv_long, markdown, html };
/// "json", "jsonl", "csv", "csv-long", "md" (or "markdown"), "html".
std::optional<StreamFormat> stream_format_from_name(std::string_view name);

/// The format an output file's name asks for (out.jsonl, out.csv, page.html,
/// tables.md, report.json), used when --format is not given.
std::optional<StreamFormat> stream_format_from_path(std::string_view path);

struct StreamOptions {
  StreamFormat format = StreamFormat::json;
  bool pretty = false;
  bool detail = true;   ///< JSON: sections, tables, derived, input
  bool bom = false;     ///< CSV: UTF-8 byte order mark first
  CsvHeader csv_header = CsvHeader::keys;  ///< CSV: keys, or the Chinese labels (--csv-header zh)
  /// Wide CSV columns: the field keys of these formats (default: all three).
  std::vector<Format> csv_formats = {Format::gk2021, Format::gk2019, Format::legacy};
};

/// "keys" or "zh"; false when unknown.
bool set_csv_header(StreamOptions& options, std::string_view name);

/// "gk2021", "gk2019", "legacy" or "all"; false when unknown.
bool set_csv_template(StreamOptions& options, std::string_view name);

class ReportStream {
 public:
  /// as_array: several JSON reports go into one array; otherwise a single
  /// report is written as its object alone.
  ReportStream(StreamOptions options, bool as_array);

  std::string header() const;
  /// Goes before the report numbered `index` (0-based) among those written.
  std::string separator(std::size_t index) const;
  std::string encode(const Report& report, std::string_view name) const;
  /// The bytes encode() gives, handed to `out` in pieces as they are made
  /// (JSON in pieces of about a megabyte; the other formats whole).
  void encode_to(const Report& report, std::string_view name,
                 const std::function<void(std::string_view)>& out) const;
  std::string footer(std::size_t written) const;

 private:
  JsonWriteOptions json_options() const;
  StreamOptions options_;
  bool as_array_;
  std::vector<std::string_view> csv_columns_;
};

}  // namespace gongkai::cli
