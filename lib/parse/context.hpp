// What the stages of parsing share: the source lines, the report being
// built, and the ways to put a cell or a finding into it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"
#include "parse/source_text.hpp"
#include "parse/tokens.hpp"

namespace gongkai::parsing {

/// How the text printed the rows of its tables that end in a total, where
/// their values stand each alone on its line: row after row, or column by
/// column (their totals prove which). One extractor tore the whole text, so
/// this settles the order of a table without totals printed the same way.
struct ReadOrdersSeen {
  std::size_t by_rows = 0, by_columns = 0;  ///< rows read each way
};

struct ParseContext {
  const SourceText& src;
  Report& report;
  ReadOrdersSeen orders_seen{};

  /// A cell at `key` from one token (its line is the token's source line):
  /// the token's text, state, value, note and source place. Amounts printed
  /// in 元 for a 万元 key are converted, and a CELL-REPAIRED finding says so.
  Cell cell_from(const std::string& key, const Token& token);
  /// One number split in two by extraction ("12 59"), joined back.
  Cell joined_cell(const std::string& key, const Token& first, const Token& second);
  /// A blank cell at the start of source line `line`: a cell the reading
  /// had to assume, or a row printed without any cell.
  Cell blank_at(const std::string& key, std::size_t line, bool inferred) const;

  /// Records a CELL-REPAIRED finding (info) at source line index `line`, naming `keys`.
  void repaired_at(std::size_t line, const std::vector<std::string>& keys, std::string_view what_zh,
                   std::string_view what_en, std::string evidence);
  /// Records that a row could not be read with certainty and was left out
  /// (ROW-AMBIGUOUS); `printed` is what the row printed.
  void unresolved_at(std::size_t line, std::string_view table_zh, std::string_view table_en, const std::string& printed,
                     std::string evidence);
};

/// The table with `id` in the report, created (empty) when missing.
Table& table_for(Report& report, std::string_view id);

/// A table's span from its cells' lines.
void finish_table_span(Table& t, const SourceText& src);

}  // namespace gongkai::parsing
