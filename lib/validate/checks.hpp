// The checks validate() runs, one family per file. Each appends its findings.
#pragma once

#include <vector>

#include "gongkai/model.hpp"
#include "validate/cell_reader.hpp"

namespace gongkai::validation {

using Findings = std::vector<Diagnostic>;

/// arithmetic.cpp: blank totals taken from their parts, with the relation
/// that derived each (for its info finding).
struct Derivation {
  DerivedValue value;
  const char* rule = nullptr;
  std::string subject_zh, subject_en;
  std::vector<CellReading> parts;
  const Cell* total = nullptr;
};
std::vector<Derivation> derive_totals(const Report& report);
/// The same, through a reader of the report without derived totals.
std::vector<Derivation> derive_totals(const CellReader& plain);
void report_derivations(const std::vector<Derivation>& derivations, Findings* out);
void check_relations(const CellReader& cells, Format format, Findings* out);
void check_signs(const Report& report, Format format, Findings* out);

/// structure.cpp
void check_sections(const Report& report, Findings* out);
void check_tables(const CellReader& cells, Findings* out);
void check_cells(const Report& report, Findings* out);

/// repeated_rows.cpp: a table row printed twice with different values.
void check_repeated_rows(const Report& report, Findings* out);

/// metadata.cpp
void check_metadata(const Report& report, Findings* out);

/// text_figures.cpp
void check_text_figures(const CellReader& cells, Findings* out);

}  // namespace gongkai::validation
