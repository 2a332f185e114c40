#include "report_stream.hpp"

#include "gongkai/csv.hpp"
#include "gongkai/json.hpp"

namespace gongkai::cli {

std::optional<StreamFormat> stream_format_from_name(std::string_view name) {
  if (name == "json") return StreamFormat::json;
  if (name == "jsonl") return StreamFormat::jsonl;
  if (name == "csv") return StreamFormat::csv;
  if (name == "csv-long") return StreamFormat::csv_long;
  if (name == "md" || name == "markdown") return StreamFormat::markdown;
  if (name == "html") return StreamFormat::html;
  return std::nullopt;
}

std::optional<StreamFormat> stream_format_from_path(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  if (ends_with(".jsonl") || ends_with(".ndjson")) return StreamFormat::jsonl;
  if (ends_with(".json")) return StreamFormat::json;
  if (ends_with(".csv")) return StreamFormat::csv;
  if (ends_with(".md")) return StreamFormat::markdown;
  if (ends_with(".html") || ends_with(".htm")) return StreamFormat::html;
  return std::nullopt;
}

bool set_csv_template(StreamOptions& options, std::string_view name) {
  if (name == "all") {
    options.csv_formats = {Format::gk2021, Format::gk2019, Format::legacy};
    return true;
  }
  auto f = format_from_name(name);
  if (!f || *f == Format::narrative) return false;
  options.csv_formats = {*f};
  return true;
}

bool set_csv_header(StreamOptions& options, std::string_view name) {
  if (name != "keys" && name != "zh") return false;
  options.csv_header = name == "zh" ? CsvHeader::zh : CsvHeader::keys;
  return true;
}

ReportStream::ReportStream(StreamOptions options, bool as_array)
    : options_(std::move(options)), as_array_(as_array) {
  csv_columns_ = csv_field_columns(options_.csv_formats);
}

std::string ReportStream::header() const {
  std::string bom = options_.bom ? std::string(kUtf8Bom) : std::string();
  switch (options_.format) {
    case StreamFormat::json: return as_array_ ? "[\n" : "";
    case StreamFormat::csv: return bom + csv_wide_header(csv_columns_, options_.csv_header, options_.csv_formats);
    case StreamFormat::csv_long: return bom + csv_long_header(options_.csv_header);
    default: return "";
  }
}

std::string ReportStream::separator(std::size_t index) const {
  if (options_.format == StreamFormat::json && as_array_ && index > 0) return ",\n";
  return "";
}

// The JSON options of the stream's format (jsonl: one compact line a report).
JsonWriteOptions ReportStream::json_options() const {
  JsonWriteOptions o;
  o.pretty = options_.format == StreamFormat::json && options_.pretty;
  o.include_detail = options_.detail;
  return o;
}

std::string ReportStream::encode(const Report& report, std::string_view name) const {
  switch (options_.format) {
    case StreamFormat::json: return to_json(report, json_options());
    case StreamFormat::jsonl: {
      std::string line = to_json(report, json_options());
      line.push_back('\n');
      return line;
    }
    case StreamFormat::csv: return csv_wide_row(report, name, csv_columns_);
    case StreamFormat::csv_long: return csv_long_rows(report, name, options_.csv_header);
    default: return "";
  }
}

void ReportStream::encode_to(const Report& report, std::string_view name,
                             const std::function<void(std::string_view)>& out) const {
  if (options_.format == StreamFormat::json || options_.format == StreamFormat::jsonl) {
    write_json(report, json_options(), out);
    if (options_.format == StreamFormat::jsonl) out("\n");
    return;
  }
  out(encode(report, name));
}

std::string ReportStream::footer(std::size_t written) const {
  if (options_.format != StreamFormat::json) return "";
  if (!as_array_) return written > 0 ? "\n" : "";
  return written > 0 ? "\n]\n" : "]\n";
}

}  // namespace gongkai::cli
