// to_json: the report JSON of spec/output-contract.md plus gongkai's own
// members, always in the same order, so that a report has exactly one JSON
// text. docs/json-schema.json describes every member written here.
#include <cmath>
#include <string_view>

#include "gongkai/fields.hpp"
#include "gongkai/json.hpp"
#include "serialize/field_order.hpp"
#include "serialize/json_writer.hpp"

namespace gongkai {
namespace {

using serialize::JsonWriter;

template <std::size_t N>
void write_optional_string(JsonWriter& w, const char (&name)[N], const std::optional<std::string>& s) {
  w.key(name);
  if (s)
    w.string(*s);
  else
    w.null();
}

template <std::size_t N>
void write_optional_decimal(JsonWriter& w, const char (&name)[N], const std::optional<Decimal>& d) {
  w.key(name);
  if (d)
    w.decimal(*d);
  else
    w.null();
}

template <std::size_t N>
void write_span(JsonWriter& w, const char (&name)[N], const SourceSpan& span) {
  w.key(name);
  w.begin_object();
  w.member_uint("begin", span.begin);
  w.member_uint("end", span.end);
  w.member_uint("line", span.line);
  w.member_uint("column", span.column);
  w.end_object();
}

// A length in points, to a tenth of a point (the JSON stays canonical).
void write_points(JsonWriter& w, double points) {
  w.decimal(Decimal{static_cast<std::int64_t>(std::llround(points * 10.0)), 1});
}

// Only the members that are known: a web page's cell has no page or box.
void write_place(JsonWriter& w, const FilePlace& place) {
  w.key("place");
  w.begin_object();
  if (place.page) w.member_uint("page", place.page);
  if (place.has_box()) {
    w.key("box");
    w.begin_array();
    for (double v : {place.x0, place.y0, place.x1, place.y1}) write_points(w, v);
    w.end_array();
  }
  if (place.table) w.member_uint("table", place.table);
  if (place.row) w.member_uint("row", place.row);
  if (place.column) w.member_uint("column", place.column);
  w.end_object();
}

void write_meta(JsonWriter& w, const Meta& meta, bool detail) {
  w.key("meta");
  w.begin_object();
  // The five members of the contract first, in its order.
  w.member("title", meta.title);
  w.member("organ", meta.organ);
  w.key("year");
  if (meta.year)
    w.integer(*meta.year);
  else
    w.null();
  w.member("template", format_name(meta.format));
  write_optional_string(w, "published", meta.published);
  // gongkai's own.
  write_optional_string(w, "period_start", meta.period_start);
  write_optional_string(w, "period_end", meta.period_end);
  w.key("contact");
  w.begin_object();
  w.member("address", meta.contact.address);
  w.member("postcode", meta.contact.postcode);
  w.member("phone", meta.contact.phone);
  w.member("email", meta.contact.email);
  w.member("website", meta.contact.website);
  w.end_object();
  if (detail) {
    write_span(w, "title_span", meta.title_span);
    write_span(w, "published_span", meta.published_span);
  }
  w.end_object();
}

// The flat "fields" object; see field_order.hpp for the order.
void write_fields(JsonWriter& w, const Report& report) {
  w.key("fields");
  w.begin_object();
  for (const Cell* c : serialize::cells_in_field_order(report)) {
    w.key(c->key);
    if (const Decimal* v = serialize::field_value(*c))
      w.decimal(*v);
    else
      w.null();
  }
  w.end_object();
}

// The Chinese name of a cell beside its key, so that people who read the
// JSON (or a finding) need not look keys up in fields.tsv; null for a key no
// template has. Written only: the reader recomputes nothing from it.
void write_label_zh(JsonWriter& w, std::string_view key, Format format) {
  std::string_view label = field_label_zh(key, format);
  if (label.empty()) {
    w.key("label_zh");
    w.null();
  } else {
    w.member("label_zh", label);
  }
}

void write_diagnostics(JsonWriter& w, const std::vector<Diagnostic>& diagnostics, Format format) {
  w.key("diagnostics");
  w.begin_array();
  for (const auto& d : diagnostics) {
    w.begin_object();
    w.member("rule", d.rule);
    w.member("severity", severity_name(d.severity));
    w.member("message", d.message_zh);
    w.member("message_en", d.message_en);
    w.member_uint("line", d.line);
    w.member_uint("column", d.column);
    w.key("cells");
    w.begin_array();
    for (const auto& c : d.cells) {
      w.begin_object();
      w.member("key", c.key);
      write_label_zh(w, c.key, format);
      write_optional_decimal(w, "value", c.value);
      w.member_uint("line", c.line);
      w.member_uint("column", c.column);
      w.end_object();
    }
    w.end_array();
    write_optional_decimal(w, "lhs", d.lhs);
    write_optional_decimal(w, "rhs", d.rhs);
    write_optional_decimal(w, "difference", d.difference);
    w.member("evidence", d.evidence);
    w.end_object();
    w.flush_point();
  }
  w.end_array();
}

void write_sections(JsonWriter& w, const Report& report) {
  w.key("preamble");
  w.begin_object();
  w.member("text", report.preamble);
  w.member_uint("line", report.preamble_line);
  w.end_object();

  w.key("sections");
  w.begin_array();
  for (const auto& s : report.sections) {
    w.begin_object();
    w.member_int("level", s.level);
    w.member("number", s.number);
    w.member("heading", s.heading);
    w.member("kind", s.kind);
    write_span(w, "span", s.span);
    w.member("text", s.text);
    w.member_uint("body_line", s.body_line);
    w.end_object();
    w.flush_point();
  }
  w.end_array();
}

void write_tables(JsonWriter& w, const Report& report) {
  w.key("tables");
  w.begin_array();
  for (const auto& t : report.tables) {
    w.begin_object();
    w.member("id", t.id);
    write_span(w, "span", t.span);
    w.key("cells");
    w.begin_array();
    for (const auto& c : t.cells) {
      w.begin_object();
      w.member("key", c.key);
      write_label_zh(w, c.key, report.meta.format);
      w.member("raw", c.raw);
      w.member("state", cell_state_name(c.state));
      write_optional_decimal(w, "value", c.value);
      w.member("note", c.note);
      write_span(w, "span", c.span);
      w.member_bool("inferred", c.inferred);
      w.member("placed", cell_placement_name(c.placed));
      if (c.place) write_place(w, *c.place);
      w.end_object();
      w.flush_point();
    }
    w.end_array();
    w.end_object();
  }
  w.end_array();
}

void write_derived(JsonWriter& w, const std::vector<DerivedValue>& derived) {
  w.key("derived");
  w.begin_array();
  for (const auto& d : derived) {
    w.begin_object();
    w.member("key", d.key);
    w.key("value");
    w.decimal(d.value);
    w.member("reason", d.reason);
    w.end_object();
  }
  w.end_array();
}

}  // namespace

namespace {

void write_report(JsonWriter& w, const Report& report, const JsonWriteOptions& options) {
  w.begin_object();
  w.member("schema", kReportSchema);
  write_meta(w, report.meta, options.include_detail);
  write_fields(w, report);
  write_diagnostics(w, report.diagnostics, report.meta.format);
  if (options.include_detail) {
    write_sections(w, report);
    write_tables(w, report);
    write_derived(w, report.derived);
    w.key("input");
    w.begin_object();
    w.member_uint("bytes", report.input_bytes);
    w.member_uint("lines", report.input_lines);
    w.end_object();
  }
  w.end_object();
}

}  // namespace

std::string to_json(const Report& report, const JsonWriteOptions& options) {
  // A report's whole JSON is about eight times its text (every cell with
  // its label and place); a long text, mostly prose, is about its size.
  // The guess saves the copies of growing; growing still works past it.
  std::size_t guess = report.input_bytes * (report.input_bytes < (1u << 20) ? 8 : 2);
  JsonWriter w(options.pretty, options.include_detail ? 16384 + guess : 8192);
  write_report(w, report, options);
  return w.take();
}

void write_json(const Report& report, const JsonWriteOptions& options,
                const std::function<void(std::string_view)>& sink) {
  JsonWriter w(options.pretty, sink);
  write_report(w, report, options);
  w.flush();
}

}  // namespace gongkai
