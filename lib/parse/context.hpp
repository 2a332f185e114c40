// What the stages of parsing share: the source lines, the report being
// built, and the ways to put a cell or a finding into it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"
#include "parse/readings.hpp"
#include "parse/rows.hpp"
#include "parse/source_text.hpp"

namespace gongkai::parsing {

struct ParseContext {
  const SourceText& src;
  Report& report;

  /// A cell at `key` from one printed token of `row` (the token's text,
  /// state, value, note and source place). Amounts printed in 元 for a
  /// 万元 key are converted, and a CELL-REPAIRED finding says so.
  Cell cell_from_token(const std::string& key, const DataRow& row, std::size_t token_index);
  /// A cell at `key` from one token (its line is the token's source line).
  Cell cell_from(const std::string& key, const Token& token);
  /// One number split in two by extraction ("12 59"), joined back.
  Cell joined_cell(const std::string& key, const Token& first, const Token& second);
  /// A blank cell at the start of source line `line`: a cell the reading
  /// had to assume, or a row printed without any cell.
  Cell blank_at(const std::string& key, std::size_t line, bool inferred) const;
  /// A cell for column `slot` of a chosen reading.
  Cell cell_from_slot(const std::string& key, const DataRow& row, const Slot& slot);
  /// A blank cell the reading had to assume (a column lost in extraction).
  Cell inferred_blank(const std::string& key, const DataRow& row) const;

  /// Records a CELL-REPAIRED finding (info) for `row`, naming `keys`.
  void repaired(const DataRow& row, const std::vector<std::string>& keys, std::string_view what_zh,
                std::string_view what_en, std::string evidence);
  /// The same, at source line index `line`.
  void repaired_at(std::size_t line, const std::vector<std::string>& keys, std::string_view what_zh,
                   std::string_view what_en, std::string evidence);
  /// Records that a row could not be read with certainty and was left out.
  void unresolved_at(std::size_t line, std::string_view table_zh, std::string_view table_en, const std::string& printed,
                     std::string evidence);
  /// Records that a row could not be read with certainty and was left out.
  void unresolved(const DataRow& row, std::string_view table_zh, std::string_view table_en, std::string evidence);

  SourceSpan row_span(const DataRow& row) const { return src.line_span(row.line); }
};

/// The table with `id` in the report, created (empty) when missing.
Table& table_for(Report& report, std::string_view id);

/// Puts a table's cells in the template order of `format` (fields.tsv),
/// whatever order the rows were printed in, and sets its span.
void finish_table(Table& t, Format format, const SourceText& src);

/// A table's span from its cells' lines.
void finish_table_span(Table& t, const SourceText& src);

}  // namespace gongkai::parsing
