// Metadata: the title, the year, the template's era, the publication date.
#include <string>

#include "text/normalize.hpp"
#include "validate/checks.hpp"
#include "validate/messages.hpp"

namespace gongkai::validation {
namespace {

void add(Findings* out, const char* rule, const char* message_id, Severity severity,
         const std::vector<MessageArg>& args, const SourceSpan& at = {}) {
  out->push_back(make_finding(rule, severity, message_id, args, at.line, at.column));
}

// The first year (1990..2099) in a text, written as four ASCII digits after
// folding; digits that belong to a longer number do not count.
std::optional<int> first_year(std::string_view raw) {
  const std::string s = text::normalize_line(raw);
  auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;
    if (!digit(i + 1) || !digit(i + 2) || !digit(i + 3) || digit(i + 4)) continue;
    int y = std::stoi(s.substr(i, 4));
    if (y >= 1990 && y <= 2099) return y;
  }
  return std::nullopt;
}

std::optional<int> year_of_date(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 4) return std::nullopt;
  return first_year(iso->substr(0, 4));
}

}  // namespace

void check_metadata(const Report& r, Findings* out) {
  const Meta& m = r.meta;
  if (m.title.empty()) add(out, "META-TITLE", "META-TITLE", Severity::warning, {});

  // META-YEAR: a year at all, and the title's year against the statistics period.
  const auto title_year = first_year(m.title);
  const auto year = title_year ? title_year : m.year;
  if (!year) {
    add(out, "META-YEAR", "META-YEAR/missing", Severity::warning, {}, m.title_span);
  } else {
    const auto start = year_of_date(m.period_start), end = year_of_date(m.period_end);
    if ((start && *start != *year) || (end && *end != *year)) {
      std::string period = m.period_start.value_or("?") + " – " + m.period_end.value_or("?");
      add(out, "META-YEAR", "META-YEAR/period", Severity::warning,
          {{"title_year", std::to_string(*year), ""}, {"period", period, ""}}, m.title_span);
    }
  }

  // TEMPLATE-ERA: the 2021 format was issued in 2021 (国办公开办函〔2021〕30号)
  // for the reports of 2021 on; the 2019 format (〔2019〕60号) replaced the old
  // 统计表 from the reports of 2019.
  if (m.year) {
    const int y = *m.year;
    const char* reason_zh = nullptr;
    const char* reason_en = nullptr;
    if (m.format == Format::gk2019 && y >= 2021) {
      reason_zh = "2021 年度起应使用国办公开办函〔2021〕30号的格式";
      reason_en = "reports for 2021 and later use the 2021 format";
    } else if (m.format == Format::gk2021 && y < 2021) {
      reason_zh = "该格式自 2021 年度报告起使用";
      reason_en = "that format applies from the reports for 2021";
    } else if (m.format == Format::legacy && y >= 2020) {
      reason_zh = "旧统计表已由国办公开办函〔2019〕60号的格式取代";
      reason_en = "the old statistics table was replaced by the 2019 format";
    }
    if (reason_zh) {
      add(out, "TEMPLATE-ERA", "TEMPLATE-ERA", Severity::warning,
          {{"year", std::to_string(y), ""}, {"template", format_name(m.format), ""}, {"reason", reason_zh, reason_en}});
    }
  }

  // PUBLISHED-LATE: 条例 第四十九条 — by 31 March of the following year.
  if (m.year && m.published && m.published->size() == 10) {
    const std::string deadline = std::to_string(*m.year + 1) + "-03-31";
    if (*m.published > deadline) {
      add(out, "PUBLISHED-LATE", "PUBLISHED-LATE", Severity::info,
          {{"published", *m.published, ""}, {"deadline", deadline, ""}}, m.published_span);
    }
  }
}

}  // namespace gongkai::validation
