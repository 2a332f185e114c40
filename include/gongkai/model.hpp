// The document model: what a parsed annual report is made of.
//
// A Report holds the metadata, the outline of sections, the statistics tables
// as cells placed at their flat keys (see fields.hpp), and the diagnostics of
// parsing and validation. Every piece keeps where it came from in the original
// input (byte offsets, 1-based line and column in code points).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gongkai/decimal.hpp"

namespace gongkai {

/// The report's format (JSON: meta.template).
enum class Format {
  gk2021,     ///< national format of 2021 (国办公开办函〔2021〕30号)
  gk2019,     ///< national format of 2019 (国办公开办函〔2019〕60号)
  legacy,     ///< the older 统计表 (统计指标 / 单位 / 统计数)
  narrative,  ///< no statistics table
};
const char* format_name(Format f) noexcept;                    // "gk2021"
std::optional<Format> format_from_name(std::string_view name) noexcept;

/// A place in the original input. Offsets are bytes of the input as given;
/// line and column are 1-based (column counts code points); 0 means unknown.
struct SourceSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// Where a piece of a report is in the file it was read from, when that file
/// was a PDF, web page or Word file (see inputs.hpp). Numbers are 1-based; 0
/// means not known or not applicable.
struct FilePlace {
  std::uint32_t page = 0;    ///< PDF: the page
  /// PDF: the box in points from the page's top-left corner (x right, y down).
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  std::uint32_t table = 0;   ///< the file's n-th table (HTML, DOCX; PDF tables by ruling lines)
  std::uint32_t row = 0;     ///< the row of that table's grid
  std::uint32_t column = 0;  ///< the column of that grid (a merged cell: its first)
  bool has_box() const noexcept { return x1 > x0 || y1 > y0; }
};

/// What a table cell holds, as printed.
enum class CellState {
  number,      ///< a number (value is set)
  blank,       ///< nothing printed
  blank_mark,  ///< a mark standing for nothing: 无, —, -, /
  not_number,  ///< text that is neither a number nor a blank mark
};
const char* cell_state_name(CellState s) noexcept;  // "number", "blank", ...
std::optional<CellState> cell_state_from_name(std::string_view name) noexcept;

/// How the reader placed a cell at its key.
enum class CellPlacement {
  printed,     ///< read as printed, in a row whose label stands with it
  label,       ///< placed by its row's label (the row printed blank, or read with a repair)
  arithmetic,  ///< placed by the template's order and arithmetic (no label where it was printed)
  position,    ///< placed by its place in the template alone: its row's own total does not hold
};
const char* cell_placement_name(CellPlacement p) noexcept;  // "printed", "label", ...
std::optional<CellPlacement> cell_placement_from_name(std::string_view name) noexcept;

/// One statistic of a template table, placed at its flat key.
struct Cell {
  std::string key;                ///< flat key from fields.tsv
  CellState state = CellState::blank;
  std::optional<Decimal> value;   ///< set iff state == number
  std::string raw;                ///< the text as printed (original bytes)
  std::string note;               ///< an annotation printed in the cell: 22（其中修订16件） → "其中修订16件"
  SourceSpan span;                ///< where `raw` is in the input
  bool inferred = false;          ///< placed by inference; a CELL-REPAIRED diagnostic says how
  CellPlacement placed = CellPlacement::printed;  ///< how the reader found its place
  /// Where the cell is in the file (PDF page and box, HTML/DOCX table, row,
  /// column); unset for text input.
  std::optional<FilePlace> place;
};

/// A statistics table of the report's template.
struct Table {
  std::string id;      ///< "active" (二), "applications" (三), "appeals" (四), "legacy" (统计表)
  SourceSpan span;     ///< from its first to its last line read
  std::vector<Cell> cells;  ///< in template order; a cell not printed at all is absent
};

/// A heading of the report's outline.
struct Section {
  int level = 1;             ///< 1 for 一、, 2 for （一）, 3 for 1. / 1、
  std::string number;        ///< the numbering as printed, normalized: "一", "(一)", "1"
  std::string heading;       ///< the heading text without its numbering
  std::string kind;          ///< the part of 条例 第五十条 it is: "overview", "active", "applications",
                             ///< "appeals", "problems", "other"; empty when none
  SourceSpan span;           ///< the heading line
  std::string text;          ///< the body up to the next heading: normalized lines joined by '\n'
  std::uint32_t body_line = 0;  ///< input line of the body's first line (text line k is body_line + k)
};

struct Contact {
  std::string address;
  std::string postcode;
  std::string phone;
  std::string email;
  std::string website;
  bool empty() const noexcept {
    return address.empty() && postcode.empty() && phone.empty() && email.empty() && website.empty();
  }
};

struct Meta {
  std::string title;                 ///< as printed, line breaks joined
  SourceSpan title_span;
  std::string organ;                 ///< the title without year and the words 政府信息公开…报告
  std::optional<int> year;           ///< the year the report covers
  Format format = Format::narrative; ///< JSON: "template"
  std::optional<std::string> published;     ///< signature date, YYYY-MM-DD
  SourceSpan published_span;
  std::optional<std::string> period_start;  ///< statistics period, YYYY-MM-DD
  std::optional<std::string> period_end;
  Contact contact;
};

enum class Severity { info, warning, error };
const char* severity_name(Severity s) noexcept;  // "info", "warning", "error"
std::optional<Severity> severity_from_name(std::string_view name) noexcept;

/// A cell a finding read.
struct CellRef {
  std::string key;
  std::optional<Decimal> value;  ///< nullopt when blank (counted as 0) or absent
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// A finding of parsing or validation. Findings are results, not errors.
struct Diagnostic {
  std::string rule;                 ///< id from spec/rules.md or one of gongkai's own
  Severity severity = Severity::warning;
  std::string message_zh;
  std::string message_en;
  std::uint32_t line = 0;           ///< main place in the input, 0 when none
  std::uint32_t column = 0;
  std::vector<CellRef> cells;       ///< every cell the finding read
  std::optional<Decimal> lhs;       ///< for a relation: the total side
  std::optional<Decimal> rhs;       ///< the sum side
  std::optional<Decimal> difference;  ///< lhs - rhs
  std::string evidence;             ///< for repairs: what was printed and why the repair is the only one
};

/// A value gongkai computed rather than read (a blank total derived from its
/// parts). Never put into the report's fields.
struct DerivedValue {
  std::string key;
  Decimal value;
  std::string reason;
};

struct Report {
  Meta meta;
  std::string preamble;             ///< normalized text before the first heading (title, foreword)
  std::uint32_t preamble_line = 0;  ///< input line of the preamble's first line
  std::vector<Section> sections;
  std::vector<Table> tables;
  std::vector<Diagnostic> diagnostics;
  std::vector<DerivedValue> derived;
  std::size_t input_bytes = 0;   ///< size of the input parsed
  std::uint32_t input_lines = 0;

  /// The cell at a flat key, or nullptr when the report does not print it.
  const Cell* find_cell(std::string_view key) const noexcept;
  Cell* find_cell(std::string_view key) noexcept;
  const Table* find_table(std::string_view id) const noexcept;
};

}  // namespace gongkai
