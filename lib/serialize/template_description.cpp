// template_description_json: the table layouts of table_layout.cpp, the field
// labels of fields.tsv and the parts of 第五十条, written as one JSON object.
#include "gongkai/template_description.hpp"

#include "gongkai/fields.hpp"
#include "serialize/json_writer.hpp"
#include "serialize/table_layout.hpp"
#include "validate/section_kinds.hpp"

namespace gongkai {
namespace {

using serialize::HeaderCell;
using serialize::JsonWriter;

void write_header_cells(JsonWriter& w, const std::vector<HeaderCell>& cells) {
  w.begin_array();
  for (const auto& h : cells) {
    w.begin_object();
    w.member("text", h.text);
    w.member_int("rowspan", h.rowspan);
    w.member_int("colspan", h.colspan);
    w.end_object();
  }
  w.end_array();
}

void write_block(JsonWriter& w, const serialize::LayoutBlock& block) {
  w.begin_object();
  w.key("header_rows");
  w.begin_array();
  for (const auto& row : block.header_rows) write_header_cells(w, row);
  w.end_array();
  w.key("rows");
  w.begin_array();
  for (const auto& row : block.rows) {
    w.begin_object();
    w.key("labels");
    write_header_cells(w, row.labels);
    w.key("keys");
    w.begin_array();
    for (auto key : row.keys) {
      if (key.empty())
        w.null();
      else
        w.string(key);
    }
    w.end_array();
    w.member_bool("heading", row.heading);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

std::string template_description_json(Format format) {
  JsonWriter w(false);
  w.begin_object();
  w.member("schema", "gongkai.template/1");
  w.member("template", format_name(format));
  w.key("tables");
  w.begin_array();
  for (const auto& t : serialize::table_layouts(format)) {
    w.begin_object();
    w.member("id", t.id);
    w.member("caption", t.caption);
    w.key("blocks");
    w.begin_array();
    for (const auto& b : t.blocks) write_block(w, b);
    w.end_array();
    w.end_object();
  }
  w.end_array();
  w.key("fields");
  w.begin_object();
  for (const auto& f : field_specs(format)) {
    w.key(f.key);
    w.begin_object();
    w.member("row", f.row);
    w.member("column", f.column);
    w.end_object();
  }
  w.end_object();
  w.key("sections");
  w.begin_array();
  for (const auto& k : validation::section_kinds()) {
    w.begin_object();
    w.member("id", k.id);
    w.member("zh", k.zh);
    w.member("en", k.en);
    w.member("table", k.table);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.take();
}

}  // namespace gongkai
