// to_html: one self-contained page (inline CSS, no script, no external
// resource) with the report's tables in the template's layout. A cell that
// findings name gets the class gk-finding plus gk-<severity>, the rule ids in
// data-rules and the findings' messages in its title (shown on hover).
#include <string>

#include "gongkai/render.hpp"
#include "serialize/cell_marks.hpp"
#include "serialize/table_layout.hpp"

namespace gongkai {
namespace {

using serialize::CellMarks;
using serialize::HeaderCell;
using serialize::ReportMarks;

void append_escaped(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\n': out += "&#10;"; break;  // kept as a line break inside title attributes
      default:
        // Other control characters have no business in a page.
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t')
          out += ' ';
        else
          out += c;
    }
  }
}

std::string escaped(std::string_view s) {
  std::string out;
  append_escaped(out, s);
  return out;
}

constexpr const char* kStyle = R"(
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}
.gk-meta{color:#555}
table{border-collapse:collapse;margin:0.5em 0 1.5em}
th,td{border:1px solid #888;padding:0.25em 0.5em;vertical-align:middle}
th{background:#f0f0f0;font-weight:normal}
th.gk-label{text-align:left;background:#fafafa}
th.gk-heading{text-align:left;font-weight:bold}
td.gk-cell{text-align:right;font-variant-numeric:tabular-nums;min-width:3em}
td.gk-absent{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px)}
td.gk-finding{cursor:help}
td.gk-info{background:#e8f0fe;outline:2px solid #7aa7f0}
td.gk-warning{background:#fff4d6;outline:2px solid #e0a800}
td.gk-error{background:#fde2e1;outline:2px solid #d93025}
td.gk-inferred{font-style:italic}
.gk-note,.gk-derived{display:block;font-size:0.8em;color:#666}
table.gk-findings td{text-align:left}
)";

void write_header_row(std::string& out, const std::vector<HeaderCell>& row) {
  out += "<tr>";
  for (const auto& h : row) {
    out += "<th";
    if (h.rowspan > 1) out += " rowspan=\"" + std::to_string(h.rowspan) + "\"";
    if (h.colspan > 1) out += " colspan=\"" + std::to_string(h.colspan) + "\"";
    out += ">";
    append_escaped(out, h.text);
    out += "</th>";
  }
  out += "</tr>\n";
}

std::string finding_title(const Report& report, const CellMarks& marks) {
  std::string title;
  for (std::size_t i : marks.findings) {
    const Diagnostic& d = report.diagnostics[i];
    if (!title.empty()) title += "\n";
    title += d.rule + " [" + severity_name(d.severity) + "] " + d.message_zh;
    if (!d.message_en.empty()) title += " / " + d.message_en;
  }
  return title;
}

void write_cell(std::string& out, std::string_view key, const Report& report, const ReportMarks& all_marks) {
  const CellMarks& marks = all_marks.of(key);
  std::string classes = "gk-cell";
  if (!marks.cell) classes += " gk-absent";
  else classes += std::string(" gk-") + cell_state_name(marks.cell->state);
  if (marks.cell && marks.cell->inferred) classes += " gk-inferred";
  if (!marks.findings.empty()) classes += std::string(" gk-finding gk-") + severity_name(marks.worst);

  out += "<td class=\"" + classes + "\" data-key=\"";
  append_escaped(out, key);
  out += "\"";
  std::string title;
  if (!marks.findings.empty()) {
    std::string rules;
    for (std::size_t i : marks.findings) {
      if (!rules.empty()) rules += ' ';
      rules += report.diagnostics[i].rule;
    }
    out += " data-rules=\"" + escaped(rules) + "\"";
    title = finding_title(report, marks);
  }
  if (!marks.cell) title += std::string(title.empty() ? "" : "\n") + "报告未印此格 / not printed in the report";
  if (marks.derived)
    title += std::string(title.empty() ? "" : "\n") + "推算值 / derived " + marks.derived->value.to_string() + ": " +
             marks.derived->reason;
  if (!title.empty()) out += " title=\"" + escaped(title) + "\"";
  out += ">";
  if (marks.cell) {
    append_escaped(out, serialize::cell_text(*marks.cell));
    if (!marks.cell->note.empty()) out += "<span class=\"gk-note\">" + escaped(marks.cell->note) + "</span>";
  }
  if (marks.derived) out += "<span class=\"gk-derived\">(" + escaped(marks.derived->value.to_string()) + ")</span>";
  out += "</td>";
}

void write_table(std::string& out, const serialize::TableLayout& layout, const Report& report,
                 const ReportMarks& marks) {
  out += "<section class=\"gk-table\" id=\"table-" + layout.id + "\">\n<h2>";
  append_escaped(out, layout.caption);
  out += "</h2>\n";
  if (!report.find_table(layout.id))
    out += "<p class=\"gk-missing\">报告中未找到此表 / this table was not found in the report</p>\n";
  out += "<table data-table=\"" + layout.id + "\">\n";
  for (const auto& block : layout.blocks) {
    out += "<tbody>\n";
    for (const auto& h : block.header_rows) write_header_row(out, h);
    for (const auto& row : block.rows) {
      out += "<tr>";
      for (const auto& label : row.labels) {
        out += row.heading ? "<th class=\"gk-label gk-heading\"" : "<th class=\"gk-label\"";
        if (label.rowspan > 1) out += " rowspan=\"" + std::to_string(label.rowspan) + "\"";
        if (label.colspan > 1) out += " colspan=\"" + std::to_string(label.colspan) + "\"";
        out += ">";
        append_escaped(out, label.text);
        out += "</th>";
      }
      for (auto key : row.keys) write_cell(out, key, report, marks);
      out += "</tr>\n";
    }
    out += "</tbody>\n";
  }
  out += "</table>\n</section>\n";
}

void write_findings(std::string& out, const Report& report) {
  out += "<section id=\"findings\">\n<h2>发现 / Findings (" + std::to_string(report.diagnostics.size()) + ")</h2>\n";
  if (report.diagnostics.empty()) {
    out += "<p>没有发现 / no findings</p>\n</section>\n";
    return;
  }
  out += "<table class=\"gk-findings\">\n<tr><th>规则 / rule</th><th>级别 / severity</th><th>行 / line</th>"
         "<th>说明 / message</th><th>单元格 / cells</th></tr>\n";
  for (const auto& d : report.diagnostics) {
    out += std::string("<tr class=\"gk-") + severity_name(d.severity) + "\"><td>";
    append_escaped(out, d.rule);
    out += std::string("</td><td>") + severity_name(d.severity) + "</td><td>";
    if (d.line) out += std::to_string(d.line);
    out += "</td><td>";
    append_escaped(out, d.message_zh);
    if (!d.message_en.empty()) {
      out += "<br>";
      append_escaped(out, d.message_en);
    }
    out += "</td><td>";
    for (std::size_t i = 0; i < d.cells.size(); ++i) {
      if (i) out += "<br>";
      append_escaped(out, d.cells[i].key);
    }
    out += "</td></tr>\n";
  }
  out += "</table>\n</section>\n";
}

}  // namespace

std::string to_html(const Report& report, const RenderOptions& options) {
  const Meta& m = report.meta;
  std::string title = m.title.empty() ? std::string("政府信息公开工作年度报告 / annual report") : m.title;
  std::string out;
  out.reserve(64 * 1024);
  out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>";
  append_escaped(out, title);
  out += "</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<h1>";
  append_escaped(out, title);
  out += "</h1>\n";
  if (!options.source_name.empty()) out += "<p class=\"gk-source\">" + escaped(options.source_name) + "</p>\n";
  out += "<p class=\"gk-meta\">机构 / organ: " + escaped(m.organ) +
         " · 年度 / year: " + (m.year ? std::to_string(*m.year) : std::string("—")) +
         " · 格式 / template: " + format_name(m.format) +
         " · 发布日期 / published: " + escaped(m.published.value_or("—")) + "</p>\n";

  ReportMarks marks(report);
  const auto& layouts = serialize::table_layouts(m.format);
  if (layouts.empty()) out += "<p class=\"gk-missing\">本报告没有统计表 / this report has no statistics table</p>\n";
  for (const auto& layout : layouts) write_table(out, layout, report, marks);
  if (options.list_findings) write_findings(out, report);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace gongkai
