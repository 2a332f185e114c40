// gongkai validate FILE... [--previous FILE] [--child FILE]... [--format text|json]
//                  [--lang zh|en] [-v] [--min-severity info|warning|error] [--pretty]
//
// Parses each report and prints what validate() finds: the tables'
// arithmetic, the parts of 条例 第五十条, metadata, text against tables, and,
// when given, the report of the year before and the reports of the organs
// under this one. Exit status: 0 no error-level finding, 1 at least one,
// 2 a report could not be read or parsed, or bad options.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/inputs.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"
#include "report_input.hpp"
#include "terminal_text.hpp"

namespace gongkai::cli {
namespace {

void print_validate_usage(std::FILE* out) {
  std::fputs(
      "usage: gongkai validate FILE... [options]\n"
      "\n"
      "检查年度报告：表格的勾稽关系、《条例》第五十条要求的各部分、元数据、正文与表格是否一致。\n"
      "Checks annual reports: the tables' arithmetic, the parts Article 50 of the\n"
      "Regulations requires, metadata, and figures in the text against the tables.\n"
      "\n"
      "options / 选项:\n"
      "  --previous FILE   the same organ's report for the year before: this year's\n"
      "                    上年结转 must be last year's 结转下年度继续办理, per column\n"
      "  --child FILE      a report of an organ under this one (repeat for each);\n"
      "                    each cell of FILE must be the sum of the children's\n"
      "  --format F        text (default): file:line:col: severity RULE message\n"
      "                    (file: severity RULE message for the whole report)\n"
      "                    json: the report JSON (schema, meta, fields, diagnostics)\n"
      "  --pretty          indent the JSON\n"
      "  --lang L          zh (default) or en: the language of text messages\n"
      "  -v, --verbose     also print info findings (repair notes, derived totals) 显示提示\n"
      "  --min-severity S  print findings of at least S: info, warning (default), error\n"
      "  --                what follows is an input, even if it starts with '-'\n"
      "\n"
      "exit status / 退出码: 0 no error-level finding 无错误, 1 errors found 发现错误,\n"
      "2 a file could not be read or parsed, or bad options 无法运行.\n",
      out);
}

struct ValidateCommand {
  std::vector<std::string> files;
  std::string previous;
  std::vector<std::string> children;
  bool json = false;
  bool pretty = false;
  bool english = false;
  Severity min_severity = Severity::warning;
};

std::optional<int> read_validate_command_line(int argc, char** argv, ValidateCommand& cmd) {
  CLI::App app("gongkai validate", "validate");
  bool help = false;
  configure_command(app, help);
  app.add_option("--previous", cmd.previous);
  // Each --child takes one file; the files after it are inputs again.
  app.add_option("--child", cmd.children)->allow_extra_args(false)->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  std::string format = "text";
  app.add_option("--format", format)->check(CLI::IsMember({"text", "json"}));
  app.add_flag("--pretty", cmd.pretty);
  std::string lang = "zh";
  app.add_option("--lang", lang)->check(CLI::IsMember({"zh", "en"}));
  std::string min_severity;
  app.add_option("--min-severity", min_severity)->check(CLI::IsMember({"info", "warning", "error"}));
  bool verbose = false;
  app.add_flag("-v,--verbose", verbose);
  app.add_option("inputs", cmd.files);

  if (auto done = read_command_line(app, help, argc, argv, print_validate_usage)) return *done;
  cmd.json = format == "json";
  cmd.english = lang == "en";
  // Infos (repair notes, derived totals) are many and rarely acted on: they
  // show with -v, or when --min-severity asks for them.
  if (!min_severity.empty())
    cmd.min_severity = *severity_from_name(min_severity);
  else
    cmd.min_severity = verbose ? Severity::info : Severity::warning;
  if (cmd.files.empty())
    return bad_command_line(app, "没有输入文件 / no input file (use '-' for standard input)");
  return std::nullopt;
}

// Reads one input (text, report JSON or a batch of them) with fresh findings;
// on failure prints why (in Chinese and English) and returns false.
bool load(const std::string& path, std::vector<NamedReport>* out) {
  try {
    *out = read_reports(path, true);
    return true;
  } catch (const Error& e) {
    std::fprintf(stderr, "gongkai validate: %s: 无法检查 / cannot check: %s [%s]\n", terminal_safe(path).c_str(),
                 terminal_safe(e.what()).c_str(), status_name(e.status()));
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "gongkai validate: %s: 内存不足 / out of memory\n", terminal_safe(path).c_str());
  }
  return false;
}

// The one report a --previous or --child file must hold.
bool load_one(const std::string& path, Report* out) {
  std::vector<NamedReport> reports;
  if (!load(path, &reports)) return false;
  if (reports.size() != 1) {
    std::fprintf(stderr, "gongkai validate: %s: 应为一份报告，却有 %zu 份 / holds %zu reports, not one\n",
                 terminal_safe(path).c_str(), reports.size(), reports.size());
    return false;
  }
  *out = std::move(reports.front().report);
  return true;
}

bool at_least(Severity s, Severity min) { return static_cast<int>(s) >= static_cast<int>(min); }

void print_text(const std::string& path, const Report& report, const ValidateCommand& cmd) {
  std::vector<const Diagnostic*> shown;
  for (const auto& d : report.diagnostics)
    if (at_least(d.severity, cmd.min_severity)) shown.push_back(&d);
  // Findings about the whole report (no line) first, then in reading order.
  std::stable_sort(shown.begin(), shown.end(),
                   [](const Diagnostic* a, const Diagnostic* b) { return a->line < b->line; });
  for (const Diagnostic* d : shown) {
    const std::string& message = cmd.english ? d->message_en : d->message_zh;
    // Messages quote the report's text: its control characters must not
    // reach the terminal as escapes.
    // A finding about the whole report has no place: "file: ...", not "file:0:0:".
    std::string place = terminal_safe(path);
    if (d->line != 0) place += ":" + std::to_string(d->line) + (d->column != 0 ? ":" + std::to_string(d->column) : "");
    std::printf("%s: %s %s %s\n", place.c_str(), severity_name(d->severity), terminal_safe(d->rule).c_str(),
                terminal_safe(message).c_str());
  }
}

}  // namespace

int run_validate(int argc, char** argv) {
  ValidateCommand cmd;
  if (auto done = read_validate_command_line(argc, argv, cmd)) return *done;

  // The reports to compare with are read first: without them the checks
  // asked for cannot run.
  Report previous;
  if (!cmd.previous.empty() && !load_one(cmd.previous, &previous)) return 2;
  std::vector<Report> children(cmd.children.size());
  for (std::size_t i = 0; i < cmd.children.size(); ++i)
    if (!load_one(cmd.children[i], &children[i])) return 2;
  std::vector<const Report*> child_ptrs;
  for (const auto& c : children) child_ptrs.push_back(&c);

  bool failed = false, any_error = false;
  std::size_t counts[3] = {0, 0, 0};
  std::size_t written = 0;
  bool array = cmd.json && cmd.files.size() > 1;
  auto check_one = [&](const std::string& path, Report& report) {
    if (!cmd.previous.empty()) {
      auto more = compare_with_previous(report, previous);
      report.diagnostics.insert(report.diagnostics.end(), more.begin(), more.end());
    }
    if (!child_ptrs.empty()) {
      auto more = compare_with_children(report, child_ptrs);
      report.diagnostics.insert(report.diagnostics.end(), more.begin(), more.end());
    }
    for (const auto& d : report.diagnostics) {
      ++counts[static_cast<int>(d.severity)];
      any_error = any_error || d.severity == Severity::error;
    }
    if (cmd.json) {
      JsonWriteOptions options;
      options.pretty = cmd.pretty;
      options.include_detail = false;
      if (array && written) std::fputs(",", stdout);
      std::fputs(to_json(report, options).c_str(), stdout);
      if (!array) std::fputs("\n", stdout);
    } else {
      print_text(path, report, cmd);
    }
    ++written;
  };
  // Several files, or one file that is a batch JSON: a JSON array, one
  // report each. Files are read one at a time, so memory stays flat.
  bool started = false;
  for (const auto& file : cmd.files) {
    std::vector<NamedReport> named;
    if (!load(file, &named)) {
      failed = true;
      continue;
    }
    if (!started) {
      const bool batch = named.size() != 1 || named.front().name != file;
      array = array || (cmd.json && batch);
      if (array) std::fputs("[", stdout);
      started = true;
    }
    for (auto& r : named) check_one(r.name, r.report);
  }
  if (!started && array) std::fputs("[", stdout);
  if (array) std::fputs("]\n", stdout);
  // A full disk or a closed pipe must not pass for a clean run.
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    std::fprintf(stderr, "gongkai validate: 写入出错 / error writing standard output / 标准输出: %s\n",
                 std::strerror(errno));
    return 2;
  }
  if (!cmd.json && written > 1) {
    std::fprintf(stderr, "%zu 份报告：%zu 个错误，%zu 个警告，%zu 条提示 / %zu reports: %zu errors, %zu warnings, %zu info\n",
                 written, counts[2], counts[1], counts[0], written, counts[2], counts[1], counts[0]);
  }
  if (failed) return 2;
  return any_error ? 1 : 0;
}

}  // namespace gongkai::cli
