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
#include <string>
#include <thread>
#include <vector>

#include "batch.hpp"
#include "batch_summary.hpp"
#include "arg_reader.hpp"
#include "commands.hpp"
#include "file_input.hpp"
#include "gongkai/error.hpp"
#include "gongkai/parse.hpp"
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
      "  -o OUT         write to OUT instead of standard output; without --format,\n"
      "                 OUT's extension chooses it (.json, .jsonl, .csv)\n"
      "  --jobs N       parse on N threads (default 1); output keeps input order\n"
      "  --no-validate  skip the arithmetic and structure checks\n"
      "  --quiet        no progress bar and no summary\n",
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

// Returns false (after printing why) on a bad command line.
bool read_command_line(int argc, char** argv, ParseCommand& cmd, bool& help) {
  ArgReader args("parse", argc, argv);
  while (args.next()) {
    const std::string& a = args.arg();
    bool bad_option = false;
    if (read_file_option(args, cmd.file, bad_option)) {
      if (bad_option) return false;
    } else if (args.is_help()) {
      help = true;
      return true;
    } else if (a == "--format") {
      const char* v = args.value();
      if (!v) return false;
      auto f = stream_format_from_name(v);
      if (!f || *f == StreamFormat::markdown || *f == StreamFormat::html) {
        std::fprintf(stderr, "gongkai parse: 未知格式 / unknown format '%s' (json, jsonl, csv, csv-long)\n", v);
        return false;
      }
      cmd.stream.format = *f;
      cmd.format_given = true;
    } else if (a == "--pretty") {
      cmd.stream.pretty = true;
    } else if (a == "--brief") {
      cmd.stream.detail = false;
    } else if (a == "--bom") {
      cmd.stream.bom = true;
    } else if (a == "--csv-template") {
      const char* v = args.value();
      if (!v) return false;
      if (!set_csv_template(cmd.stream, v)) {
        std::fprintf(stderr, "gongkai parse: 未知模板 / unknown template '%s' (gk2021, gk2019, legacy, all)\n", v);
        return false;
      }
    } else if (a == "-o" || a == "--output") {
      const char* v = args.value();
      if (!v) return false;
      cmd.output = v;
    } else if (a == "--jobs" || a == "-j") {
      const char* v = args.value();
      if (!v) return false;
      char* end = nullptr;
      long n = std::strtol(v, &end, 10);
      if (*v == '\0' || *end != '\0' || n < 0 || n > 1024) {
        std::fprintf(stderr, "gongkai parse: --jobs 需要 0..1024 / needs a number 0..1024, got '%s'\n", v);
        return false;
      }
      // 0: one thread per core.
      cmd.jobs = n == 0 ? std::max(1u, std::thread::hardware_concurrency()) : static_cast<unsigned>(n);
    } else if (a == "--no-validate") {
      cmd.validate = false;
    } else if (a == "--quiet" || a == "-q") {
      cmd.quiet = true;
    } else if (a.size() > 1 && a[0] == '-') {
      std::fprintf(stderr, "gongkai parse: 未知选项 / unknown option '%s'\n", a.c_str());
      return false;
    } else {
      cmd.paths.push_back(a);
    }
  }
  // -o out.jsonl / out.csv chooses the format when --format does not.
  if (!cmd.format_given) {
    auto f = stream_format_from_path(cmd.output);
    if (f && *f != StreamFormat::markdown && *f != StreamFormat::html) cmd.stream.format = *f;
  }
  if (cmd.paths.empty()) {
    std::fputs("gongkai parse: 没有输入文件 / no input file (use '-' for standard input)\n", stderr);
    return false;
  }
  return true;
}

// What one worker hands back for one input.
struct Outcome {
  bool ok = false;
  Status status = Status::ok;
  std::string message;  // why it failed
  std::string encoded;  // the report in the output format
  Format format = Format::narrative;
  bool has_error_findings = false;
  std::size_t bytes = 0;
};

Outcome parse_one(const InputFile& input, const ParseCommand& cmd, const ReportStream& stream) {
  Outcome o;
  try {
    std::string bytes = read_input(input);
    o.bytes = bytes.size();
    FileOptions options = cmd.file;
    options.parse.validate = cmd.validate;
    Report report = parse_bytes(bytes, options);  // a PDF, web page, Word file or text
    std::string().swap(bytes);  // the report owns its texts: the input need not stay beside the JSON
    o.format = report.meta.format;
    for (const auto& d : report.diagnostics)
      if (d.severity == Severity::error) o.has_error_findings = true;
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
  bool help = false;
  if (!read_command_line(argc, argv, cmd, help)) {
    std::fputs("Run 'gongkai parse --help' for the options. / 运行 gongkai parse --help 查看选项。\n", stderr);
    return 2;
  }
  if (help) {
    print_parse_usage(stdout);
    return 0;
  }

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
        [&](std::size_t i) { return parse_one(inputs[i], cmd, stream); },
        [&](std::size_t i, Outcome&& o) {
          if (o.ok) {
            sink.write(stream.separator(written++));
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
