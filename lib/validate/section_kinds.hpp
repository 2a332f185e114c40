// The six parts of 条例 第五十条 and the headings real reports give them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::validation {

struct SectionKind {
  const char* id;  ///< Section::kind: "overview", "active", ...
  const char* zh;  ///< the part as 第五十条 / the templates name it
  const char* en;
  const char* table;  ///< the statistics table that belongs to the part, or ""
};

/// The six parts in their required order.
const std::vector<SectionKind>& section_kinds();
/// Position of a kind id in section_kinds(), or -1.
int section_kind_index(std::string_view id) noexcept;

/// The kind a heading names (without its numbering, as printed), or "".
/// Tolerates letter spacing, full-width forms, Markdown marks and the wording
/// variants of real reports (存在问题及改进情况, 存在的不足及改进措施, ...).
std::string_view kind_of_heading(std::string_view heading);

/// Heading text squashed for matching: NFKC-folded, without spaces, Markdown
/// marks and trailing punctuation.
std::string squash_heading(std::string_view heading);

/// A line that looks like a numbered top-level heading ("六、其他需要报告的事项",
/// "## 六、…"): its Chinese number and the text after it.
struct NumberedHeading {
  int number = 0;
  std::string text;
};
std::optional<NumberedHeading> numbered_heading(std::string_view line);

/// 一 → 1, 十二 → 12, 二十 → 20; 0 when not a Chinese number (1..99).
int chinese_number(std::string_view s) noexcept;
std::string chinese_numeral(int n);

}  // namespace gongkai::validation
