// to_markdown: the report's tables as pipe tables. Markdown cannot merge
// cells, so each row carries its whole label and table 四 is drawn one row
// per group; a cell that findings name shows ⚠ and the numbers of those
// findings in the list that follows the tables.
#include <string>

#include "gongkai/render.hpp"
#include "serialize/cell_marks.hpp"
#include "serialize/table_layout.hpp"

namespace gongkai {
namespace {

using serialize::CellMarks;
using serialize::ReportMarks;

// One table cell's text: no line breaks, pipes and markup escaped. Brackets
// too, so that a note like [x](javascript:...) is text, never a live link.
void append_md(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '|': out += "\\|"; break;
      case '[': out += "\\["; break;
      case ']': out += "\\]"; break;
      case '\\': out += "\\\\"; break;
      case '*': out += "\\*"; break;
      case '_': out += "\\_"; break;
      case '`': out += "\\`"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '\n':
      case '\r':
      case '\t': out += ' '; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20) out += c;
    }
  }
}

void write_cell(std::string& out, std::string_view key, const ReportMarks& all_marks) {
  const CellMarks& marks = all_marks.of(key);
  out += ' ';
  if (marks.cell) {
    append_md(out, serialize::cell_text(*marks.cell));
    if (!marks.cell->note.empty()) {
      out += "（";
      append_md(out, marks.cell->note);
      out += "）";
    }
  }
  if (marks.derived) out += " (=" + marks.derived->value.to_string() + ")";
  if (!marks.findings.empty()) {
    out += " ⚠";
    for (std::size_t k = 0; k < marks.findings.size(); ++k) {
      if (k) out += ',';
      out += std::to_string(marks.findings[k] + 1);
    }
  }
  out += " |";
}

void write_table(std::string& out, const serialize::TableLayout& layout, const Report& report,
                 const ReportMarks& marks) {
  out += "## ";
  append_md(out, layout.caption);
  out += "\n\n";
  if (!report.find_table(layout.id)) out += "报告中未找到此表 / this table was not found in the report\n\n";
  for (const auto& block : layout.flat_blocks) {
    out += "|";
    for (const auto& h : block.flat_header) {
      out += ' ';
      append_md(out, h);
      out += " |";
    }
    out += "\n|";
    for (std::size_t i = 0; i < block.flat_header.size(); ++i) out += i == 0 ? "---|" : "---:|";
    out += "\n";
    for (const auto& row : block.rows) {
      out += "|";
      if (row.heading) {
        out += " **";
        append_md(out, row.flat_label);
        out += "** |";
        for (std::size_t i = 1; i < block.flat_header.size(); ++i) out += " |";
        out += "\n";
        continue;
      }
      // The label column, then the data cells (the legacy table's unit is a
      // second label: it takes its own column).
      out += ' ';
      append_md(out, row.flat_label);
      out += " |";
      for (const auto& extra : row.flat_extra) {
        out += ' ';
        append_md(out, extra);
        out += " |";
      }
      for (auto key : row.keys) write_cell(out, key, marks);
      out += "\n";
    }
    out += "\n";
  }
}

void write_findings(std::string& out, const Report& report) {
  out += "## 发现 / Findings (" + std::to_string(report.diagnostics.size()) + ")\n\n";
  if (report.diagnostics.empty()) {
    out += "没有发现 / no findings\n";
    return;
  }
  out += "| # | 规则 / rule | 级别 / severity | 行 / line | 说明 / message |\n|---:|---|---|---:|---|\n";
  for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    out += "| " + std::to_string(i + 1) + " | ";
    append_md(out, d.rule);
    out += std::string(" | ") + severity_name(d.severity) + " | " + (d.line ? std::to_string(d.line) : "") + " | ";
    append_md(out, d.message_zh);
    if (!d.message_en.empty()) {
      out += " / ";
      append_md(out, d.message_en);
    }
    out += " |\n";
  }
}

}  // namespace

std::string to_markdown(const Report& report, const RenderOptions& options) {
  const Meta& m = report.meta;
  std::string out = "# ";
  append_md(out, m.title.empty() ? std::string("政府信息公开工作年度报告 / annual report") : m.title);
  out += "\n\n";
  if (!options.source_name.empty()) {
    append_md(out, options.source_name);
    out += "\n\n";
  }
  out += "- 机构 / organ: ";
  append_md(out, m.organ);
  out += "\n- 年度 / year: " + (m.year ? std::to_string(*m.year) : std::string("—"));
  out += std::string("\n- 格式 / template: ") + format_name(m.format);
  out += "\n- 发布日期 / published: ";
  append_md(out, m.published.value_or("—"));
  out += "\n\n";

  ReportMarks marks(report);
  const auto& layouts = serialize::table_layouts(m.format);
  if (layouts.empty()) out += "本报告没有统计表 / this report has no statistics table\n\n";
  for (const auto& layout : layouts) write_table(out, layout, report, marks);
  if (options.list_findings) write_findings(out, report);
  return out;
}

}  // namespace gongkai
