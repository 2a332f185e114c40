// gongkai text FILE [--encoding E] [--kind K]
//
// Prints the text gongkai reads from a file (a PDF, web page, Word file or
// text in any encoding): paragraphs a line each, table rows a line each with
// tab-separated cells. What `parse` reads, to see why a cell went where it did.
#include <cstdio>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "file_input.hpp"
#include "gongkai/error.hpp"
#include "input_files.hpp"

namespace gongkai::cli {

namespace {

void print_text_usage(std::FILE* out) {
  std::fputs(
      "usage: gongkai text FILE|- [options]\n\n"
      "打印 gongkai 从文件（PDF、网页、Word、任意编码的文本）读出的文字。\n"
      "Prints the text gongkai reads from a file: a paragraph a line, a table\n"
      "row a line with its cells separated by tabs.\n\noptions / 选项:\n",
      out);
  std::fputs(kFileOptionsHelp, out);
}

}  // namespace

int run_text(int argc, char** argv) {
  FileOptions options;
  CLI::App app("gongkai text", "text");
  bool help = false;
  configure_command(app, help);
  add_file_options(app, options);
  std::vector<std::string> inputs;
  app.add_option("input", inputs);
  if (auto done = read_command_line(app, help, argc, argv, print_text_usage)) return *done;
  if (auto done = require_one_input(app, inputs)) return *done;
  const std::string& path = inputs.front();
  try {
    std::string text = file_text(read_input(InputFile{path, {}}), options);
    std::fwrite(text.data(), 1, text.size(), stdout);
  } catch (const Error& e) {
    std::fprintf(stderr, "gongkai text: %s: %s [%s]\n", path.c_str(), e.what(), status_name(e.status()));
    return 2;
  }
  return 0;
}

}  // namespace gongkai::cli
