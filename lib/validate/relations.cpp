// The relations of rules.md, once per format. Reading this file should be
// enough to know what the validator's arithmetic checks.
#include "validate/relations.hpp"

#include <array>

#include "gongkai/fields.hpp"

namespace gongkai::validation {
namespace {

constexpr auto E = Severity::error;
constexpr auto W = Severity::warning;
constexpr auto eq = Comparison::equal;
constexpr auto le = Comparison::at_most;

// Relations the two national formats share. T3-OUTCOME-SUM differs (table 三's
// (六)其他处理 is one row in gk2019, three in gk2021), so each format adds its own.
std::vector<RelationDecl> national_common() {
  return {
      {"T3-BALANCE", E, eq, Expansion::columns,
       {"applications.received.{x}", "applications.carried_over.{x}"},
       {"applications.total.{x}", "applications.carried_forward.{x}"}},
      {"T3-ROW-TOTAL", E, eq, Expansion::application_rows,
       {"applications.{x}.total"},
       {"applications.{x}.natural", "applications.{x}.commercial", "applications.{x}.research",
        "applications.{x}.social", "applications.{x}.legal", "applications.{x}.other"},
       true},
      {"T4-TOTAL", E, eq, Expansion::appeal_groups,
       {"{x}.total"},
       {"{x}.maintained", "{x}.corrected", "{x}.other", "{x}.pending"},
       true},
  };
}

std::vector<RelationDecl> gk2019_relations() {
  auto r = national_common();
  r.push_back({"T3-OUTCOME-SUM", E, eq, Expansion::columns,
               {"applications.total.{x}"},
               {"applications.granted.{x}", "applications.partial.{x}", "applications.denied.*.{x}",
                "applications.unable.*.{x}", "applications.not_processed.*.{x}", "applications.other_handling.{x}"}});
  r.push_back({"T2-PUBLISHED-TOTAL", W, le, Expansion::none, {"active.rules.total"}, {"active.rules.published"}});
  r.push_back({"T2-PUBLISHED-TOTAL", W, le, Expansion::none, {"active.normative.total"}, {"active.normative.published"}});
  return r;
}

std::vector<RelationDecl> gk2021_relations() {
  auto r = national_common();
  r.push_back({"T3-OUTCOME-SUM", E, eq, Expansion::columns,
               {"applications.total.{x}"},
               {"applications.granted.{x}", "applications.partial.{x}", "applications.denied.*.{x}",
                "applications.unable.*.{x}", "applications.not_processed.*.{x}",
                "applications.other_handling.*.{x}"}});
  return r;
}

std::vector<RelationDecl> legacy_relations() {
  return {
      {"L-REQUESTS-CHANNELS", E, eq, Expansion::none,
       {"legacy.requests.received"},
       {"legacy.requests.in_person", "legacy.requests.fax", "legacy.requests.online", "legacy.requests.letter"}},
      {"L-REQUESTS-COMPLETED", E, eq, Expansion::none,
       {"legacy.requests.completed"},
       {"legacy.requests.on_time", "legacy.requests.extended"}},
      {"L-ANSWERS-SUM", E, eq, Expansion::none,
       {"legacy.requests.answered"},
       {"legacy.answers.already_public", "legacy.answers.granted", "legacy.answers.partial", "legacy.answers.denied",
        "legacy.answers.not_this_organ", "legacy.answers.nonexistent", "legacy.answers.asked_to_amend",
        "legacy.answers.other_channel"}},
      {"L-DENIED-PARTS", E, le, Expansion::none,
       {"legacy.answers.denied"},
       {"legacy.answers.denied_*"}},
      {"L-REVIEW-SUM", E, eq, Expansion::none,
       {"legacy.review.total"},
       {"legacy.review.maintained", "legacy.review.corrected", "legacy.review.other"}},
      {"L-LITIGATION-SUM", E, eq, Expansion::none,
       {"legacy.litigation.total"},
       {"legacy.litigation.maintained", "legacy.litigation.corrected", "legacy.litigation.other"}},
      {"L-STAFF-SUM", E, eq, Expansion::none,
       {"legacy.org.staff"},
       {"legacy.org.staff_full_time", "legacy.org.staff_part_time"}},
  };
}

struct GroupName {
  const char* id;
  const char* zh;
  const char* en;
};

const std::vector<GroupName>& appeal_groups() {
  static const std::vector<GroupName> g = {
      {"review", "行政复议", "administrative review"},
      {"litigation_direct", "行政诉讼（未经复议直接起诉）", "litigation without prior review"},
      {"litigation_after_review", "行政诉讼（复议后起诉）", "litigation after review"},
  };
  return g;
}

// Rows of table 三 in template order: "received", "denied.state_secret", …
std::vector<std::string> application_rows(Format format) {
  std::vector<std::string> rows;
  const std::string_view prefix = "applications.", suffix = ".total";
  for (const auto& s : field_specs(format)) {
    std::string_view k = s.key;
    if (k.size() > prefix.size() + suffix.size() && k.substr(0, prefix.size()) == prefix &&
        k.substr(k.size() - suffix.size()) == suffix)
      rows.emplace_back(k.substr(prefix.size(), k.size() - prefix.size() - suffix.size()));
  }
  return rows;
}

std::string substitute(std::string_view pattern, std::string_view value) {
  std::string out(pattern);
  auto at = out.find("{x}");
  if (at != std::string::npos) out.replace(at, 3, value);
  return out;
}

// A pattern after substitution: its keys in the format, in template order.
void expand_pattern(Format format, const std::string& pattern, std::vector<std::string>* out) {
  if (pattern.find('*') == std::string::npos) {
    if (find_field_spec(format, pattern)) out->push_back(pattern);
    return;
  }
  for (const auto& s : field_specs(format))
    if (key_matches(pattern, s.key)) out->emplace_back(s.key);
}

Relation instantiate(Format format, const RelationDecl& decl, std::string_view value, std::string subject_zh,
                     std::string subject_en) {
  Relation r;
  r.decl = &decl;
  r.subject_zh = std::move(subject_zh);
  r.subject_en = std::move(subject_en);
  for (const char* p : decl.lhs) expand_pattern(format, substitute(p, value), &r.lhs);
  for (const char* p : decl.rhs) expand_pattern(format, substitute(p, value), &r.rhs);
  return r;
}

std::vector<Relation> expand_all(Format format) {
  std::vector<Relation> out;
  for (const auto& decl : relation_decls(format)) {
    switch (decl.over) {
      case Expansion::none:
        out.push_back(instantiate(format, decl, "", "", ""));
        break;
      case Expansion::columns:
        for (const auto& c : application_columns()) out.push_back(instantiate(format, decl, c.id, c.zh, c.en));
        break;
      case Expansion::application_rows:
        for (const auto& row : application_rows(format)) {
          const FieldSpec* spec = find_field_spec(format, "applications." + row + ".total");
          out.push_back(instantiate(format, decl, row, spec ? std::string(spec->row) : row, "applications." + row));
        }
        break;
      case Expansion::appeal_groups:
        for (const auto& g : appeal_groups()) out.push_back(instantiate(format, decl, g.id, g.zh, g.en));
        break;
    }
  }
  return out;
}

// The declarations of a format; narrative reports have none.
template <typename Decl>
const std::vector<Decl>& of_format(Format format, const std::vector<Decl>& gk2021, const std::vector<Decl>& gk2019,
                                   const std::vector<Decl>& legacy) {
  static const std::vector<Decl> none;
  switch (format) {
    case Format::gk2021: return gk2021;
    case Format::gk2019: return gk2019;
    case Format::legacy: return legacy;
    case Format::narrative: return none;
  }
  return none;
}

}  // namespace

const std::vector<ColumnName>& application_columns() {
  static const std::vector<ColumnName> c = {
      {"natural", "自然人", "natural persons"},
      {"commercial", "商业企业", "commercial enterprises"},
      {"research", "科研机构", "research institutions"},
      {"social", "社会公益组织", "social welfare organizations"},
      {"legal", "法律服务机构", "legal service agencies"},
      {"other", "其他", "other applicants"},
      {"total", "总计", "total"},
  };
  return c;
}

const std::vector<RelationDecl>& relation_decls(Format format) {
  static const std::vector<RelationDecl> gk2021 = gk2021_relations();
  static const std::vector<RelationDecl> gk2019 = gk2019_relations();
  static const std::vector<RelationDecl> legacy = legacy_relations();
  return of_format(format, gk2021, gk2019, legacy);
}

const std::vector<Relation>& relations(Format format) {
  static const std::array<std::vector<Relation>, 4> by_format = {
      expand_all(Format::gk2021), expand_all(Format::gk2019), expand_all(Format::legacy), {}};
  return by_format[static_cast<int>(format)];
}

const std::vector<SignRuleDecl>& sign_rules(Format format) {
  static const std::vector<SignRuleDecl> gk2019 = {
      {"T2-NEGATIVE", "active", {"active.*.delta"}},
      {"T3-NEGATIVE", "applications", {}},
      {"T4-NEGATIVE", "appeals", {}},
  };
  static const std::vector<SignRuleDecl> gk2021 = {
      {"T2-NEGATIVE", "active", {}},
      {"T3-NEGATIVE", "applications", {}},
      {"T4-NEGATIVE", "appeals", {}},
  };
  static const std::vector<SignRuleDecl> legacy = {{"L-NEGATIVE", "legacy", {}}};
  return of_format(format, gk2021, gk2019, legacy);
}

bool key_matches(std::string_view pattern, std::string_view key) noexcept {
  // Segment by segment; within a segment, '*' matches any run of characters
  // other than '.'.
  std::size_t p = 0, k = 0, star_p = std::string_view::npos, star_k = 0;
  while (k < key.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = p++;
      star_k = k;
    } else if (p < pattern.size() && pattern[p] == key[k]) {
      ++p;
      ++k;
    } else if (star_p != std::string_view::npos && key[star_k] != '.') {
      p = star_p + 1;
      k = ++star_k;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace gongkai::validation
