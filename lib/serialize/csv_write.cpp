// The CSV layouts of csv.hpp.
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "gongkai/csv.hpp"
#include "gongkai/fields.hpp"
#include "serialize/field_order.hpp"

namespace gongkai {
namespace {

constexpr std::string_view kLineEnd = "\r\n";

void append_optional_text(std::string& out, const std::optional<std::string>& s) {
  if (s) append_csv_field(out, *s);
}

void append_uint(std::string& out, std::uint64_t v) {
  if (v != 0) out += std::to_string(v);  // 0 means unknown: an empty field
}

}  // namespace

void append_csv_field(std::string& out, std::string_view value) {
  // A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before
  // one) as a formula: a title like =HYPERLINK(...) must stay text. As OWASP
  // advises, such a cell gets a leading ' and quotes. Numbers never come
  // here (they are written as they are), so -2 stays a number.
  bool formula = !value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos;
  bool needs_quotes = formula || value.find_first_of(",\"\r\n") != std::string_view::npos;
  if (!needs_quotes) {
    out.append(value);
    return;
  }
  out.push_back('"');
  if (formula) out.push_back('\'');
  for (char c : value) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

const std::vector<std::string_view>& csv_wide_meta_columns() {
  static const std::vector<std::string_view> columns = {
      "report", "title", "organ", "year", "template", "published", "period_start", "period_end", "errors", "warnings"};
  return columns;
}

std::vector<std::string_view> csv_field_columns(Format format) {
  std::vector<std::string_view> keys;
  for (const auto& spec : field_specs(format)) keys.push_back(spec.key);
  return keys;
}

std::vector<std::string_view> csv_field_columns(const std::vector<Format>& formats) {
  std::vector<std::string_view> keys;
  std::unordered_set<std::string_view> seen;
  for (Format f : formats)
    for (const auto& spec : field_specs(f))
      if (seen.insert(spec.key).second) keys.push_back(spec.key);
  return keys;
}

// The Chinese names of csv_wide_meta_columns(), in the same order.
const std::vector<std::string_view>& csv_wide_meta_columns_zh() {
  static const std::vector<std::string_view> columns = {
      "报告", "标题", "机关", "年度", "模板", "发布日期", "统计期起", "统计期止", "错误数", "警告数"};
  return columns;
}

std::string csv_wide_header(const std::vector<std::string_view>& field_columns, CsvHeader header,
                            const std::vector<Format>& formats) {
  const bool zh = header == CsvHeader::zh;
  std::string out;
  bool first = true;
  for (auto c : zh ? csv_wide_meta_columns_zh() : csv_wide_meta_columns()) {
    if (!first) out.push_back(',');
    first = false;
    append_csv_field(out, c);
  }
  const Format preferred = formats.empty() ? Format::gk2021 : formats.front();
  for (auto c : field_columns) {
    out.push_back(',');
    if (!zh) {
      append_csv_field(out, c);
      continue;
    }
    std::string_view label = field_label_zh(c, preferred);
    append_csv_field(out, label.empty() ? c : label);  // a key no template has keeps its key
  }
  out.append(kLineEnd);
  return out;
}

std::string csv_wide_row(const Report& report, std::string_view report_name,
                         const std::vector<std::string_view>& field_columns) {
  std::string out;
  out.reserve(64 + field_columns.size() * 3);
  const Meta& m = report.meta;
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : report.diagnostics) {
    if (d.severity == Severity::error) ++errors;
    if (d.severity == Severity::warning) ++warnings;
  }
  append_csv_field(out, report_name);
  out.push_back(',');
  append_csv_field(out, m.title);
  out.push_back(',');
  append_csv_field(out, m.organ);
  out.push_back(',');
  if (m.year) out += std::to_string(*m.year);
  out.push_back(',');
  out += format_name(m.format);
  out.push_back(',');
  append_optional_text(out, m.published);
  out.push_back(',');
  append_optional_text(out, m.period_start);
  out.push_back(',');
  append_optional_text(out, m.period_end);
  out.push_back(',');
  out += std::to_string(errors);
  out.push_back(',');
  out += std::to_string(warnings);

  std::unordered_map<std::string_view, const Cell*> by_key;
  for (const Cell* c : serialize::cells_in_field_order(report)) by_key.emplace(c->key, c);
  for (auto key : field_columns) {
    out.push_back(',');
    auto it = by_key.find(key);
    if (it == by_key.end()) continue;
    if (const Decimal* v = serialize::field_value(*it->second)) out += v->to_string();
  }
  out.append(kLineEnd);
  return out;
}

std::string csv_long_header(CsvHeader header) {
  return header == CsvHeader::zh ? "报告,字段键,字段名称,数值,行\r\n" : "report,key,value,line\r\n";
}

std::string csv_long_rows(const Report& report, std::string_view report_name, CsvHeader header) {
  std::string name;
  append_csv_field(name, report_name);
  std::string out;
  for (const Cell* c : serialize::cells_in_field_order(report)) {
    out += name;
    out.push_back(',');
    append_csv_field(out, c->key);
    out.push_back(',');
    if (header == CsvHeader::zh) {
      append_csv_field(out, field_label_zh(c->key, report.meta.format));
      out.push_back(',');
    }
    if (const Decimal* v = serialize::field_value(*c)) out += v->to_string();
    out.push_back(',');
    append_uint(out, c->span.line);
    out.append(kLineEnd);
  }
  return out;
}

std::string to_csv_wide(const Report& report, std::string_view report_name, const CsvOptions& options) {
  auto columns = csv_field_columns(report.meta.format);
  std::string out = options.bom ? std::string(kUtf8Bom) : std::string();
  out += csv_wide_header(columns, options.header, {report.meta.format});
  out += csv_wide_row(report, report_name, columns);
  return out;
}

std::string to_csv_long(const Report& report, std::string_view report_name, const CsvOptions& options) {
  std::string out = options.bom ? std::string(kUtf8Bom) : std::string();
  out += csv_long_header(options.header);
  out += csv_long_rows(report, report_name, options.header);
  return out;
}

}  // namespace gongkai
