// gongkai text FILE [--encoding E] [--kind K]
//
// Prints the text gongkai reads from a file (a PDF, web page, Word file or
// text in any encoding): paragraphs a line each, table rows a line each with
// tab-separated cells. What `parse` reads, to see why a cell went where it did.
#include <cstdio>
#include <string>

#include "arg_reader.hpp"
#include "commands.hpp"
#include "file_input.hpp"
#include "gongkai/error.hpp"
#include "input_files.hpp"

namespace gongkai::cli {

int run_text(int argc, char** argv) {
  ArgReader args("text", argc, argv);
  FileOptions options;
  std::string path;
  while (args.next()) {
    bool bad = false;
    if (read_file_option(args, options, bad)) {
      if (bad) return 2;
    } else if (args.is_help()) {
      std::fputs(
          "usage: gongkai text FILE|- [options]\n\n"
          "打印 gongkai 从文件（PDF、网页、Word、任意编码的文本）读出的文字。\n"
          "Prints the text gongkai reads from a file: a paragraph a line, a table\n"
          "row a line with its cells separated by tabs.\n\noptions / 选项:\n",
          stdout);
      std::fputs(kFileOptionsHelp, stdout);
      return 0;
    } else if (path.empty()) {
      path = args.arg();
    } else {
      std::fputs("gongkai text: 只能读一个文件 / one file only\n", stderr);
      return 2;
    }
  }
  if (path.empty()) {
    std::fputs("gongkai text: 没有输入文件 / no input file\n", stderr);
    return 2;
  }
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
