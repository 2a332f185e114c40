// The one table reader: a template table given as data (its rows, their
// cells' keys and printed labels, whether a row ends in its total, and the
// column relations between rows), read from a window of lines by aligning
// the window's token stream to it (token_stream, label_model, alignment),
// then deciding the rows the alignment left open by the column relations
// (decision). Tables 三 and 四 are bindings of this reader (applications.cpp,
// appeals.cpp).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "parse/alignment.hpp"
#include "parse/context.hpp"
#include "parse/label_model.hpp"

namespace gongkai::parsing {

struct BoundRow {
  std::string name;                ///< "denied.state_secret"
  std::string printed_label;       ///< the label as the template prints it (fields.tsv)
  std::vector<std::string> keys;   ///< its cells' flat keys, in column order
  bool total_last = false;         ///< the last cell is the sum of the others
};

/// For every column c: Σ lhs rows = Σ rhs rows (indices into the rows).
struct ColumnRelation {
  std::vector<std::size_t> lhs, rhs;
};

struct TableBinding {
  std::string id;        ///< "applications"
  std::string name_zh;   ///< "表三"
  std::string name_en;   ///< "table 3"
  std::vector<BoundRow> rows;
  std::vector<ColumnRelation> relations;
  std::string column_words;  ///< the column names the template prints, run together (自然人商业企业…总计)
  /// The rows are printed side by side on one printed row (table 四's three
  /// groups), not one under another: how they were read says nothing of
  /// how the text orders a table's rows.
  bool rows_side_by_side = false;
  // Made from the rows by prepare_binding, once.
  std::shared_ptr<const LabelModel> labels;
  std::vector<GridRow> grid;
};

/// Builds the binding's label model and grid from its rows.
void prepare_binding(TableBinding& binding);

/// Reads the table from lines [first, last) and adds its cells to the report.
/// Returns the number of rows read.
std::size_t read_bound_table(ParseContext& ctx, const TableBinding& binding, std::size_t first, std::size_t last);

}  // namespace gongkai::parsing
