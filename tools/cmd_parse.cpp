// gongkai parse FILE|DIR|- ... [--format json|jsonl|csv|csv-long] [--pretty]
//               [-o OUT] [--jobs N] [--brief] [--no-validate] [--bom] [--quiet]
//
// Parses report texts into the report JSON (or CSV rows). Folders are walked
// for *.txt, *.md, *.text in sorted order; results keep input order whatever
// the number of threads. A file that cannot be parsed is reported on standard
// error and the others go on; the exit status is then 2.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "batch.hpp"
#include "batch_summary.hpp"
#include "command_line.hpp"
#include "commands.hpp"
#include "file_input.hpp"
#include "gongkai/error.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"
#include "input_files.hpp"
#include "output_sink.hpp"
#include "progress.hpp"
#include "report_stream.hpp"

namespace gongkai::cli {
namespace {

void print_parse_usage(std::FILE* out) {
  std::fputs(
      "usage: gongkai parse FILE|DIR|- ... [options]\n"
      "\n"
      "解析政府信息公开工作年度报告文本，输出报告 JSON。\n"
      "Parses reports (text in UTF-8, UTF-16 or GB18030; PDF; web pages; Word\n"
      ".docx files) into the report JSON. A folder is walked for *.txt, *.md,\n"
      "*.text, *.pdf, *.html, *.htm and *.docx files (sorted); '-' reads\n"
      "standard input.\n"
      "\n"
      "options / 选项:\n"
      "  --format F     json (default; several files: a JSON array), jsonl (one\n"
      "                 object a line), csv (wide: one row a report), csv-long\n"
      "                 (report,key,value,line)\n"
      "  --pretty       indent the JSON (json only)\n"
      "  --brief        only the contract members: schema, meta, fields, diagnostics\n"
      "  --csv-template T  csv columns: gk2021, gk2019, legacy or all (default all)\n"
      "  --bom          start CSV output with a UTF-8 BOM (for Excel)\n"
      "  --csv-header H keys (default): the header row names the field keys;\n"
      "                 zh: the Chinese labels the template prints 中文表头\n"
      "  -o OUT         write to OUT instead of standard output; without --format,\n"
      "                 OUT's extension chooses it (.json, .jsonl, .csv)\n"
      "  --jobs N       parse on N threads (default 1); output keeps input order\n"
      "  --no-validate  skip the arithmetic and structure checks\n"
      "  --quiet        no progress bar and no summary\n"
      "  --             what follows is an input, even if it starts with '-'\n"
      "Options take their value as --format csv or --format=csv.\n",
      out);
  std::fputs(kFileOptionsHelp, out);
  std::fputs(
      "\n"
      "exit status / 退出码: 0 all parsed, 2 a file could not be read or parsed,\n"
      "or bad options.\n",
      out);
}

struct ParseCommand {
  std::vector<std::string> paths;
  StreamOptions stream;
  std::string output;
  bool format_given = false;
  unsigned jobs = 1;
  bool validate = true;
  bool quiet = false;
  FileOptions file;  // --encoding, --kind
};

// Reads the command line into `cmd` (CLI11; see command_line.hpp).
std::optional<int> read_parse_command_line(int argc, char** argv, ParseCommand& cmd) {
  CLI::App app("gongkai parse", "parse");
  bool help = false;
  configure_command(app, help);
  add_file_options(app, cmd.file);
  app.add_option_function<std::string>("--format", [&cmd](const std::string& name) {
    auto f = stream_format_from_name(name);
    if (!f || *f == StreamFormat::markdown || *f == StreamFormat::html)
      throw CLI::ValidationError("--format", "未知格式 / unknown format '" + name + "' (json, jsonl, csv, csv-long)");
    cmd.stream.format = *f;
    cmd.format_given = true;
  });
  app.add_flag("--pretty", cmd.stream.pretty);
  bool brief = false;
  app.add_flag("--brief", brief);
  app.add_flag("--bom", cmd.stream.bom);
  app.add_option_function<std::string>("--csv-template", [&cmd](const std::string& name) {
    if (!set_csv_template(cmd.stream, name))
      throw CLI::ValidationError("--csv-template",
                                 "未知模板 / unknown template '" + name + "' (gk2021, gk2019, legacy, all)");
  });
  app.add_option_function<std::string>("--csv-header", [&cmd](const std::string& name) {
    if (!set_csv_header(cmd.stream, name))
      throw CLI::ValidationError("--csv-header", "未知表头 / unknown header '" + name + "' (keys, zh)");
  });
  app.add_option("-o,--output", cmd.output);
  long jobs = 1;
  app.add_option("-j,--jobs", jobs)->check(CLI::Range(0L, 1024L));
  bool no_validate = false;
  app.add_flag("--no-validate", no_validate);
  app.add_flag("-q,--quiet", cmd.quiet);
  app.add_option("inputs", cmd.paths);

  if (auto done = read_command_line(app, help, argc, argv, print_parse_usage)) return *done;
  cmd.stream.detail = !brief;
  cmd.validate = !no_validate;
  // 0: one thread per core.
  cmd.jobs = jobs == 0 ? std::max(1u, std::thread::hardware_concurrency()) : static_cast<unsigned>(jobs);
  // -o out.jsonl / out.csv chooses the format when --format does not.
  if (!cmd.format_given) {
    auto f = stream_format_from_path(cmd.output);
    if (f && *f != StreamFormat::markdown && *f != StreamFormat::html) cmd.stream.format = *f;
  }
  if (cmd.paths.empty())
    return bad_command_line(app, "没有输入文件 / no input file (use '-' for standard input)");
  return std::nullopt;
}

// What one worker hands back for one input.
struct Outcome {
  bool ok = false;
  Status status = Status::ok;
  std::string message;  // why it failed
  std::string encoded;  // the report in the output format
  // A single report is kept, not encoded, and written out piece by piece as
  // it is encoded (emit): its JSON, about 1.6 times its input, is then never
  // in memory whole beside the report. A batch encodes in its workers.
  std::optional<Report> report;
  Format format = Format::narrative;
  bool has_error_findings = false;
  std::size_t bytes = 0;
};

Outcome parse_one(const InputFile& input, const ParseCommand& cmd, const ReportStream& stream, bool keep_report) {
  Outcome o;
  try {
    std::string bytes = read_input(input);
    o.bytes = bytes.size();
    FileOptions options = cmd.file;
    options.parse.validate = false;  // validated below, once the input is freed
    Report report = parse_bytes(bytes, options);  // a PDF, web page, Word file or text
    // The report owns its texts: the input need not stay beside the findings
    // (a very large report has many) or the JSON.
    std::string().swap(bytes);
    if (cmd.validate) add_validation(report);
    o.format = report.meta.format;
    for (const auto& d : report.diagnostics)
      if (d.severity == Severity::error) o.has_error_findings = true;
    if (keep_report)
      o.report = std::move(report);
    else
      o.encoded = stream.encode(report, input.path);
    o.ok = true;
  } catch (const Error& e) {
    o.status = e.status();
    o.message = e.what();
  } catch (const std::bad_alloc&) {
    o.status = Status::out_of_memory;
    o.message = "内存不足 / out of memory";
  } catch (const std::exception& e) {
    o.status = Status::internal;
    o.message = std::string("内部错误 / internal error: ") + e.what();
  }
  return o;
}

}  // namespace

int run_parse(int argc, char** argv) {
  ParseCommand cmd;
  if (auto done = read_parse_command_line(argc, argv, cmd)) return *done;

  auto started = std::chrono::steady_clock::now();
  std::vector<InputFile> inputs = expand_inputs(cmd.paths);
  // A folder or several paths make a batch: a JSON array and a summary.
  bool is_batch = cmd.paths.size() != 1 || inputs.size() != 1 || inputs.front().path != cmd.paths.front();
  ReportStream stream(cmd.stream, is_batch);

  BatchSummary summary;
  ProgressBar progress(inputs.size(), !cmd.quiet && inputs.size() > 1);
  try {
    std::vector<std::string> input_paths;
    for (const auto& in : inputs) input_paths.push_back(in.path);
    refuse_output_among_inputs(cmd.output, input_paths);
    OutputSink sink(cmd.output);
    sink.write(stream.header());
    std::size_t written = 0;
    run_in_order<Outcome>(
        inputs.size(), cmd.jobs,
        [&](std::size_t i) { return parse_one(inputs[i], cmd, stream, !is_batch); },
        [&](std::size_t i, Outcome&& o) {
          if (o.ok) {
            sink.write(stream.separator(written++));
            if (o.report)
              stream.encode_to(*o.report, inputs[i].path, [&](std::string_view piece) { sink.write(piece); });
            else
              sink.write(o.encoded);
            summary.add_report(o.format, o.has_error_findings, o.bytes);
          } else {
            progress.clear();
            std::fprintf(stderr, "gongkai parse: %s: %s [%s]\n", inputs[i].path.c_str(), o.message.c_str(),
                         status_name(o.status));
            summary.add_failure(inputs[i].path, o.status, o.message);
          }
          progress.advance();
        });
    sink.write(stream.footer(written));
    // When every input failed there is nothing to keep: an existing OUT is
    // left as it was rather than replaced by an empty result.
    const bool to_file = !cmd.output.empty() && cmd.output != "-";
    if (to_file && written == 0 && summary.failures() > 0)
      std::fprintf(stderr, "gongkai parse: 没有报告可写，%s 未改动 / no report to write, %s left unchanged\n",
                   cmd.output.c_str(), cmd.output.c_str());
    else
      sink.commit();
  } catch (const Error& e) {
    progress.finish();
    std::fprintf(stderr, "gongkai parse: %s [%s]\n", e.what(), status_name(e.status()));
    return 2;
  }
  progress.finish();
  if (is_batch && !cmd.quiet) {
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    summary.print(stderr, seconds);
  }
  return summary.failures() > 0 ? 2 : 0;
}

}  // namespace gongkai::cli
