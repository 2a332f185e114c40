// parse(): from report text to the document model. The stages, each in its
// own file: lines and normalization (source_text), metadata (meta), format
// (format_detect), the tables (active, applications, appeals, legacy), the
// outline (outline), then validation.
#include "gongkai/parse.hpp"

#include <algorithm>

#include "gongkai/error.hpp"
#include "gongkai/validate.hpp"
#include "parse/applications.hpp"
#include "parse/format_detect.hpp"
#include "parse/label.hpp"
#include "parse/meta.hpp"
#include "parse/outline.hpp"
#include "parse/tables.hpp"
#include "text/utf8.hpp"

namespace gongkai {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);

// Line and column (code points) of a byte offset, for errors.
void locate(std::string_view s, std::size_t offset, std::size_t* line, std::size_t* column) {
  *line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset && i < s.size(); ++i)
    if (s[i] == '\n') {
      ++*line;
      line_start = i + 1;
    }
  *column = 1;
  for (std::size_t i = line_start; i < offset; ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++*column;
}

void check_is_text(std::string_view input, const ParseOptions& options) {
  const std::size_t limit = std::min(options.max_input_bytes, kLargestInput);  // spans are 32-bit
  if (input.size() > limit)
    throw Error(Status::too_large, "input of " + std::to_string(input.size()) + " bytes is larger than the limit of " +
                                       std::to_string(limit) + " / 输入超过大小上限");
  if (!text::has_visible_text(input))  // only spaces (U+3000 too), control bytes, BOMs
    throw Error(Status::empty_input, "empty input: no text to parse / 输入为空");
  if (text::looks_binary(input))
    throw Error(Status::binary_input, "input is binary data, not text / 输入是二进制数据而非文本");
  std::size_t bad = text::find_invalid_utf8(input);
  if (bad != std::string_view::npos) {
    std::size_t line, column;
    locate(input, bad, &line, &column);
    throw Error(Status::invalid_utf8,
                "input is not valid UTF-8 at byte " + std::to_string(bad) + " / 输入不是有效的 UTF-8 编码",
                bad, line, column);
  }
}

// The line where table 二 starts: its first 第二十条 heading or column header.
std::size_t find_active_start(const parsing::SourceText& src, std::size_t before) {
  for (std::size_t i = 0; i < before && i < src.size(); ++i) {
    const std::string& n = src[i].norm;
    if (parsing::contains(n, "。")) continue;
    const std::string& c = src[i].compact;
    if (parsing::contains_any(c, {"第二十条第", "信息内容"})) return i;
  }
  return before > 60 ? before - 60 : 0;
}

// The line where table 四 starts, at or after `from`.
std::size_t find_appeals_start(const parsing::SourceText& src, std::size_t from) {
  for (std::size_t i = from; i < src.size(); ++i)
    if (parsing::contains_any(src[i].compact, {"行政复议", "结果维持"})) return i;
  return kNone;
}

void mark(std::vector<bool>& lines, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last && i < lines.size(); ++i) lines[i] = true;
}

void read_tables(parsing::ParseContext& ctx, Format format, std::vector<bool>& table_line) {
  const auto& src = ctx.src;
  if (format == Format::legacy) {
    parsing::read_legacy_table(ctx);
  } else if (format == Format::gk2019 || format == Format::gk2021) {
    parsing::LineRange apps = parsing::find_applications_table(src, format);
    std::size_t active_end = apps.found() ? apps.first : std::min(src.size(), find_active_start(src, src.size()) + 60);
    parsing::read_active_table(ctx, format, find_active_start(src, active_end), active_end);
    if (apps.found()) {
      parsing::read_applications_table(ctx, format, apps);
      // The table's own headings ("### 三、本年度办理结果") are not the outline.
      std::size_t first = apps.first;
      for (std::size_t k = apps.first; k-- > 0 && k + 40 > apps.first;) {
        auto h = parsing::heading_of(src[k].norm);
        if (h && parsing::section_kind(h->text) == "applications") {
          first = k + 1;
          break;
        }
      }
      mark(table_line, first, apps.last);
    }
    std::size_t appeals = find_appeals_start(src, apps.found() ? apps.last : 0);
    if (appeals != kNone) parsing::read_appeals_table(ctx, appeals);
  }
  for (const auto& t : ctx.report.tables)
    if (t.span.line > 0) {
      std::size_t last = t.span.line;
      for (const auto& c : t.cells) last = std::max<std::size_t>(last, c.span.line);
      mark(table_line, t.span.line - 1, last);
    }
  // Tables with no cell read are not tables found.
  auto& tables = ctx.report.tables;
  tables.erase(std::remove_if(tables.begin(), tables.end(), [](const Table& t) { return t.cells.empty(); }),
               tables.end());
}

}  // namespace

Report parse(std::string_view input, const ParseOptions& options) {
  check_is_text(input, options);
  parsing::SourceText src(input);
  Report report;
  report.input_bytes = input.size();
  report.input_lines = static_cast<std::uint32_t>(src.size());

  std::size_t title_line = parsing::find_title_line(src);
  parsing::read_meta(src, title_line, report.meta);
  text::drop_bom(report.meta.title);  // the BOM of a title on line 1 is not printed text
  Format format = parsing::detect_format(src);
  // The national tables without a column heading that tells the two apart:
  // the report year decides.
  if (format == Format::gk2019 && report.meta.year && *report.meta.year >= 2021) {
    bool has_2019_words = false;
    for (std::size_t i = 0; i < src.size() && !has_2019_words; ++i)
      has_2019_words = parsing::contains_any(src[i].compact, {"本年新制作数量", "上一年项目数量", "本年新公开数量"});
    if (!has_2019_words) format = Format::gk2021;
  }
  report.meta.format = format;

  std::vector<bool> table_line(src.size(), false);
  parsing::ParseContext ctx{src, report};
  read_tables(ctx, format, table_line);
  if (title_line != kNone) table_line[title_line] = true;
  parsing::read_outline(src, report, table_line);

  if (options.validate) {
    report.derived = derive_blank_totals(report);
    auto found = validate(report);
    report.diagnostics.insert(report.diagnostics.end(), found.begin(), found.end());
  }
  return report;
}

}  // namespace gongkai
