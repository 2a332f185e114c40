// The printed layout of a format's statistics tables, built from the field
// specs (fields.tsv): merged header cells, row labels in up to three levels,
// and which flat key sits in which data cell. Markdown and HTML rendering
// both draw from it, so they show the same table the template prints.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::serialize {

struct HeaderCell {
  std::string text;
  int rowspan = 1;
  int colspan = 1;
};

struct LayoutRow {
  /// Row label cells as the template merges them (cells covered by a
  /// rowspan above are left out).
  std::vector<HeaderCell> labels;
  /// The whole label in one line, for layouts that cannot merge (Markdown).
  std::string flat_label;
  /// Further label columns of the flat layout (the legacy table's unit).
  std::vector<std::string> flat_extra;
  /// Data cells left to right; an empty key is a cell the template leaves empty.
  std::vector<std::string_view> keys;
  /// A heading row inside the table: labels only, spanning the whole width.
  bool heading = false;
};

/// A run of rows under one header (table 二 of gk2019 has three such runs).
struct LayoutBlock {
  std::vector<std::vector<HeaderCell>> header_rows;  ///< as the template merges them
  std::vector<std::string> flat_header;              ///< one header row (Markdown)
  std::vector<LayoutRow> rows;
};

struct TableLayout {
  std::string id;       ///< "active", "applications", "appeals", "legacy"
  std::string caption;  ///< "二、主动公开政府信息情况"
  std::vector<LayoutBlock> blocks;       ///< with merged cells (HTML)
  std::vector<LayoutBlock> flat_blocks;  ///< without (Markdown): flat_header and flat_label
};

/// The tables of a format in template order (none for narrative). Built once
/// per format and cached.
const std::vector<TableLayout>& table_layouts(Format format);

}  // namespace gongkai::serialize
