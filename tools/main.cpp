// gongkai: read, check and convert government information disclosure annual
// reports. Dispatches to one subcommand per file.
#include <cstdio>
#include <cstring>
#include <exception>

#include "commands.hpp"
#include "gongkai/version.hpp"

namespace {

void print_usage(std::FILE* out) {
  std::fputs(
      "usage: gongkai <command> [options] FILE...\n"
      "\n"
      "commands / 命令:\n"
      "  parse     report text -> report JSON      解析报告文本，输出 JSON\n"
      "  validate  check a report's tables and parts  检查报告的表格与结构\n"
      "  render    report text or JSON -> json|csv|md|html  转换与呈现\n"
      "  serve     the checker page in a browser    在浏览器中检查报告的页面\n"
      "  text      the text read from a PDF, web page or Word file  打印从文件读出的文字\n"
      "  version   print the version               打印版本\n"
      "\n"
      "Run 'gongkai <command> --help' for a command's options.\n",
      out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    print_usage(stderr);
    return 2;
  }
  const char* cmd = argv[1];
  try {
    if (std::strcmp(cmd, "parse") == 0) return gongkai::cli::run_parse(argc - 1, argv + 1);
    if (std::strcmp(cmd, "validate") == 0) return gongkai::cli::run_validate(argc - 1, argv + 1);
    if (std::strcmp(cmd, "render") == 0) return gongkai::cli::run_render(argc - 1, argv + 1);
    if (std::strcmp(cmd, "serve") == 0) return gongkai::cli::run_serve(argc - 1, argv + 1);
    if (std::strcmp(cmd, "text") == 0) return gongkai::cli::run_text(argc - 1, argv + 1);
    if (std::strcmp(cmd, "version") == 0 || std::strcmp(cmd, "--version") == 0) {
      std::printf("gongkai %s\n", gongkai::version());
      return 0;
    }
    if (std::strcmp(cmd, "help") == 0 || std::strcmp(cmd, "--help") == 0 || std::strcmp(cmd, "-h") == 0) {
      print_usage(stdout);
      return 0;
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gongkai: internal error / 内部错误: %s\n", e.what());
    return 2;
  }
  std::fprintf(stderr, "gongkai: unknown command '%s' / 未知命令\n", cmd);
  print_usage(stderr);
  return 2;
}
