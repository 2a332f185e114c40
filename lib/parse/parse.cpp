// parse(): from report text to the document model. The stages, each in its
// own file: lines and normalization (source_text), metadata (meta), format
// (format_detect), the tables (active, applications, appeals, legacy), the
// outline (outline), then validation.
#include "gongkai/parse.hpp"

#include <algorithm>

#include "gongkai/error.hpp"
#include "gongkai/validate.hpp"
#include "parse/table_bindings.hpp"
#include "parse/format_detect.hpp"
#include "parse/label.hpp"
#include "parse/meta.hpp"
#include "parse/outline.hpp"
#include "text/utf8.hpp"

namespace gongkai {
namespace {


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

void mark(std::vector<bool>& lines, std::size_t first, std::size_t last) {
  for (std::size_t i = first; i < last && i < lines.size(); ++i) lines[i] = true;
}

void read_tables(parsing::ParseContext& ctx, const parsing::Markers& markers, Format format,
                 std::vector<bool>& table_line) {
  const auto& src = ctx.src;
  if (format == Format::legacy) {
    parsing::LineRange legacy = parsing::legacy_window(markers);
    if (legacy.found()) parsing::read_bound_table(ctx, parsing::legacy_binding(), legacy.first, legacy.last);
  } else if (format == Format::gk2019 || format == Format::gk2021) {
    parsing::LineRange apps = parsing::applications_window(markers);
    std::size_t active_end = apps.found() ? apps.first : src.size();
    parsing::LineRange active = parsing::active_window(markers, active_end);
    // Table 二 is read last: its rows have no totals, and where the text
    // leaves their order unshown the tables with totals show how the text
    // orders rows (ParseContext::orders_seen). The tables and findings keep
    // the template's order.
    if (active.found()) parsing::table_for(ctx.report, parsing::active_binding(format).id);
    const std::size_t findings_before = ctx.report.diagnostics.size();
    if (apps.found()) {
      parsing::read_bound_table(ctx, parsing::applications_binding(format), apps.first, apps.last);
      mark(table_line, apps.first, apps.last);
    }
    parsing::LineRange appeals = parsing::appeals_window(markers, apps.found() ? apps.last : 0);
    if (appeals.found()) parsing::read_bound_table(ctx, parsing::appeals_binding(), appeals.first, appeals.last);
    if (active.found()) {
      auto& findings = ctx.report.diagnostics;
      const std::size_t later_tables = findings.size();
      parsing::read_bound_table(ctx, parsing::active_binding(format), active.first, active.last);
      std::rotate(findings.begin() + static_cast<std::ptrdiff_t>(findings_before),
                  findings.begin() + static_cast<std::ptrdiff_t>(later_tables), findings.end());
    }
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
  Report report;
  report.input_bytes = input.size();
  {
    // The lines and their normalized texts are the reading's, not the
    // report's: they are freed before validation (which reads the report
    // only), so that they and the findings are never in memory together.
    parsing::SourceText src(input);
    report.input_lines = static_cast<std::uint32_t>(src.size());

    parsing::TitleLines title = parsing::find_title(src);
    parsing::read_meta(src, title, report.meta);
    text::drop_bom(report.meta.title);  // the BOM of a title on line 1 is not printed text
    const parsing::Markers markers(src);
    Format format = parsing::detect_format(markers);
    // The national tables without a column heading that tells the two apart:
    // the report year decides.
    if (format == Format::gk2019 && report.meta.year && *report.meta.year >= 2021 && !parsing::has_2019_words(markers))
      format = Format::gk2021;
    report.meta.format = format;

    std::vector<bool> table_line(src.size(), false);
    parsing::ParseContext ctx{src, report};
    read_tables(ctx, markers, format, table_line);
    if (title.found()) mark(table_line, title.first, title.last + 1);
    parsing::read_outline(src, report, table_line);
  }

  if (options.validate) add_validation(report);
  return report;
}

}  // namespace gongkai
