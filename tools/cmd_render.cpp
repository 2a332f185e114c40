// gongkai render FILE|- --format json|csv|csv-long|md|html [-o OUT] [--pretty]
//                [--brief] [--bom] [--csv-header keys|zh] [--no-findings]
//
// Converts one report, given as report text, as report JSON (recognized by
// starting with '{' and its "schema" member) or as a batch JSON array that
// holds one report, into another form.
#include <cstdio>
#include <string>

#include "command_line.hpp"
#include "commands.hpp"
#include "gongkai/csv.hpp"
#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/inputs.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/render.hpp"
#include "input_files.hpp"
#include "output_sink.hpp"
#include "report_input.hpp"
#include "report_stream.hpp"

namespace gongkai::cli {
namespace {

void print_render_usage(std::FILE* out) {
  std::fputs(
      "usage: gongkai render FILE|- --format json|csv|csv-long|md|html [options]\n"
      "\n"
      "把一份报告（文本或报告 JSON）转换为 JSON、CSV、Markdown 或 HTML。\n"
      "Converts one report, given as text or as report JSON, into JSON, CSV,\n"
      "Markdown or a self-contained HTML page of its tables.\n"
      "\n"
      "options / 选项:\n"
      "  --format F     json, csv (wide), csv-long, md, html (default: from the\n"
      "                 extension of OUT, else html)\n"
      "  -o OUT         write to OUT instead of standard output\n"
      "  --pretty       indent the JSON\n"
      "  --brief        JSON: only schema, meta, fields, diagnostics\n"
      "  --bom          CSV: start with a UTF-8 BOM (for Excel)\n"
      "  --csv-header H CSV: keys (default) or zh, the Chinese labels 中文表头\n"
      "  --no-findings  md/html: no list of findings after the tables\n"
      "  --             what follows is the input, even if it starts with '-'\n"
      "\n"
      "exit status / 退出码: 0 done, 2 the input could not be read, parsed or written.\n",
      out);
}

}  // namespace

int run_render(int argc, char** argv) {
  std::string output;
  StreamOptions stream;
  stream.format = StreamFormat::html;
  RenderOptions render;
  bool format_given = false;
  CLI::App app("gongkai render", "render");
  bool help = false;
  configure_command(app, help);
  app.add_option_function<std::string>("--format", [&](const std::string& name) {
    auto f = stream_format_from_name(name);
    if (!f || *f == StreamFormat::jsonl)
      throw CLI::ValidationError("--format",
                                 "未知格式 / unknown format '" + name + "' (json, csv, csv-long, md, html)");
    stream.format = *f;
    format_given = true;
  });
  app.add_option("-o,--output", output);
  app.add_flag("--pretty", stream.pretty);
  bool brief = false, no_findings = false;
  app.add_flag("--brief", brief);
  app.add_flag("--bom", stream.bom);
  app.add_option_function<std::string>("--csv-header", [&stream](const std::string& name) {
    if (!set_csv_header(stream, name))
      throw CLI::ValidationError("--csv-header", "未知表头 / unknown header '" + name + "' (keys, zh)");
  });
  app.add_flag("--no-findings", no_findings);
  std::vector<std::string> inputs;
  app.add_option("input", inputs);
  if (auto done = read_command_line(app, help, argc, argv, print_render_usage)) return *done;
  stream.detail = !brief;
  render.list_findings = !no_findings;
  if (!format_given) {  // -o page.html / tables.md / report.json chooses the format
    auto f = stream_format_from_path(output);
    if (f && *f != StreamFormat::jsonl) stream.format = *f;
  }
  if (auto done = require_one_input(app, inputs)) return *done;
  const std::string& path = inputs.front();

  try {
    std::vector<NamedReport> reports = read_reports(path, false);
    if (reports.size() != 1)
      throw Error(Status::invalid_argument,
                  "这是含 " + std::to_string(reports.size()) +
                      " 份报告的批量 JSON，render 一次只转换一份 / a batch JSON of " +
                      std::to_string(reports.size()) +
                      " reports: render converts one report at a time (parse the texts with --format csv for a table of all)");
    const Report& report = reports.front().report;
    std::string text;
    switch (stream.format) {
      case StreamFormat::markdown:
        render.source_name = path == "-" ? "" : path;
        text = to_markdown(report, render);
        break;
      case StreamFormat::html:
        render.source_name = path == "-" ? "" : path;
        text = to_html(report, render);
        break;
      case StreamFormat::csv:
      case StreamFormat::csv_long: {
        CsvOptions csv;
        csv.bom = stream.bom;
        csv.header = stream.csv_header;
        text = stream.format == StreamFormat::csv ? to_csv_wide(report, path, csv) : to_csv_long(report, path, csv);
        break;
      }
      default: {
        ReportStream one(stream, false);
        text = one.header() + one.encode(report, path) + one.footer(1);
      }
    }
    OutputSink sink(output);
    sink.write(text);
    sink.commit();
  } catch (const Error& e) {
    std::fprintf(stderr, "gongkai render: %s: %s [%s]\n", path.c_str(), e.what(), status_name(e.status()));
    return 2;
  }
  return 0;
}

}  // namespace gongkai::cli
