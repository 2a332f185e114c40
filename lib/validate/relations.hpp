// The arithmetic of each format, declared as data: which cells must add up to
// which, under which rule id. One evaluator (arithmetic.cpp) reads these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::validation {

enum class Comparison {
  equal,    ///< the lhs cells add up to the same as the rhs cells
  at_most,  ///< the rhs cells (parts) add up to no more than the lhs cells (a total)
};

/// What a declaration is repeated over; "{x}" in its patterns is replaced by
/// each value in turn.
enum class Expansion {
  none,
  columns,           ///< the seven applicant columns of table 三: natural … total
  application_rows,  ///< every row of table 三 in the format (from fields.tsv)
  appeal_groups,     ///< review, litigation_direct, litigation_after_review
};

/// One relation as the rules declare it. Patterns are flat keys where "{x}"
/// stands for the expansion value and "*" inside a segment matches any text
/// within that segment (applications.denied.*.natural).
struct RelationDecl {
  const char* rule;
  Severity severity;
  Comparison comparison;
  Expansion over;
  std::vector<const char*> lhs;
  std::vector<const char*> rhs;
  /// The lhs is one total cell; when it is printed blank while its parts hold
  /// numbers, it is derived from them (rules.md, "Blank cells").
  bool derive_blank_total = false;
};

/// The declarations that apply to a format (empty for narrative).
const std::vector<RelationDecl>& relation_decls(Format format);

/// One declaration expanded: concrete keys, and what it is about in words.
struct Relation {
  const RelationDecl* decl = nullptr;
  std::string subject_zh;  ///< 自然人 / “（三）不予公开 1.属于国家秘密” / 行政复议
  std::string subject_en;  ///< natural persons / applications.denied.state_secret / administrative review
  std::vector<std::string> lhs;
  std::vector<std::string> rhs;
};

/// Every relation of a format, expanded against the format's keys; computed
/// once per format.
const std::vector<Relation>& relations(Format format);

/// "No count is negative" for every cell of a table, except the exempt keys
/// (gk2019's signed 本年增/减 columns).
struct SignRuleDecl {
  const char* rule;
  const char* table;  ///< table id as table_of_key() names it
  std::vector<const char*> exempt;
};
const std::vector<SignRuleDecl>& sign_rules(Format format);

/// True when a key matches a pattern ("*" matches within one segment).
bool key_matches(std::string_view pattern, std::string_view key) noexcept;

/// The seven columns of table 三 with their names.
struct ColumnName {
  const char* id;
  const char* zh;
  const char* en;
};
const std::vector<ColumnName>& application_columns();

}  // namespace gongkai::validation
