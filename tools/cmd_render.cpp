// gongkai render FILE|- --format json|csv|csv-long|md|html [-o OUT] [--pretty]
//                [--brief] [--bom] [--no-findings]
//
// Converts one report, given as report text, as report JSON (recognized by
// starting with '{' and its "schema" member) or as a batch JSON array that
// holds one report, into another form.
#include <cstdio>
#include <string>

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
      "  --no-findings  md/html: no list of findings after the tables\n"
      "\n"
      "exit status / 退出码: 0 done, 2 the input could not be read, parsed or written.\n",
      out);
}

}  // namespace

int run_render(int argc, char** argv) {
  std::string path, output;
  StreamOptions stream;
  stream.format = StreamFormat::html;
  RenderOptions render;
  bool format_given = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* { return i + 1 < argc ? argv[++i] : nullptr; };
    if (a == "-h" || a == "--help") {
      print_render_usage(stdout);
      return 0;
    } else if (a == "--format") {
      const char* v = value();
      auto f = v ? stream_format_from_name(v) : std::nullopt;
      if (!f || *f == StreamFormat::jsonl) {
        std::fprintf(stderr, "gongkai render: 未知格式 / unknown format '%s' (json, csv, csv-long, md, html)\n",
                     v ? v : "");
        return 2;
      }
      stream.format = *f;
      format_given = true;
    } else if (a == "-o" || a == "--output") {
      const char* v = value();
      if (!v) {
        std::fputs("gongkai render: -o 需要文件名 / -o needs a file name\n", stderr);
        return 2;
      }
      output = v;
    } else if (a == "--pretty") {
      stream.pretty = true;
    } else if (a == "--brief") {
      stream.detail = false;
    } else if (a == "--bom") {
      stream.bom = true;
    } else if (a == "--no-findings") {
      render.list_findings = false;
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "gongkai render: 未知选项 / unknown option '%s'\n", a.c_str());
      return 2;
    } else if (path.empty()) {
      path = a;
    } else {
      std::fputs("gongkai render: 只接受一个输入文件 / takes one input file\n", stderr);
      return 2;
    }
  }
  if (!format_given) {  // -o page.html / tables.md / report.json chooses the format
    auto f = stream_format_from_path(output);
    if (f && *f != StreamFormat::jsonl) stream.format = *f;
  }
  if (path.empty()) {
    std::fputs("gongkai render: 没有输入文件 / no input file (use '-' for standard input)\n", stderr);
    print_render_usage(stderr);
    return 2;
  }

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
      case StreamFormat::csv: {
        CsvOptions csv;
        csv.bom = stream.bom;
        text = to_csv_wide(report, path, csv);
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
