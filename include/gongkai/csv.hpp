// CSV for spreadsheet and pandas users (RFC 4180: comma separated, CRLF line
// ends, fields quoted when they hold a comma, a quote or a line break; text
// that would run as a spreadsheet formula starts with ').
//
// Wide: one row a report, its metadata and then one column per field key.
// Long: one row a printed cell: report,key,value,line.
// A blank cell (blank, 无, —, text) has an empty value, as has a cell the
// report does not print (wide only; long has no row for it).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai {

/// Excel needs a byte order mark to read a CSV file as UTF-8.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

/// What the header row names: the flat keys (for scripts and pandas; the
/// default), or the Chinese labels the template prints (for people opening
/// the file in a spreadsheet: 报告, 标题, … and "row｜column" for each field).
/// With zh, the long layout gains a 字段名称 column beside the key.
enum class CsvHeader { keys, zh };

struct CsvOptions {
  bool bom = false;  ///< start the document with a UTF-8 BOM
  CsvHeader header = CsvHeader::keys;
};

/// The metadata columns of the wide layout, before the field columns:
/// report, title, organ, year, template, published, period_start, period_end,
/// errors, warnings (the last two count findings by severity).
const std::vector<std::string_view>& csv_wide_meta_columns();

/// Field columns for a format (fields.tsv order), or for several formats
/// merged (first appearance order, no duplicates).
std::vector<std::string_view> csv_field_columns(Format format);
std::vector<std::string_view> csv_field_columns(const std::vector<Format>& formats);

/// One header line / one data line of the wide layout (with CRLF).
/// With CsvHeader::zh each field column is named by field_label_zh, looked
/// up first in formats.front() (the format of the columns' first report).
std::string csv_wide_header(const std::vector<std::string_view>& field_columns, CsvHeader header = CsvHeader::keys,
                            const std::vector<Format>& formats = {});
std::string csv_wide_row(const Report& report, std::string_view report_name,
                         const std::vector<std::string_view>& field_columns);

/// The header line / the data lines of one report in the long layout.
std::string csv_long_header(CsvHeader header = CsvHeader::keys);
std::string csv_long_rows(const Report& report, std::string_view report_name, CsvHeader header = CsvHeader::keys);

/// Whole documents for one report: header plus row(s); the wide columns are
/// those of the report's own format.
std::string to_csv_wide(const Report& report, std::string_view report_name, const CsvOptions& options = {});
std::string to_csv_long(const Report& report, std::string_view report_name, const CsvOptions& options = {});

/// Appends one RFC 4180 field (quoted only when needed). Text that a
/// spreadsheet would run as a formula (starting with = + - @, tab or CR) is
/// written as "'=..." so that it stays text.
void append_csv_field(std::string& out, std::string_view value);

}  // namespace gongkai
