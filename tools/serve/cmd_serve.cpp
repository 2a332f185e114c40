// gongkai serve [--port N] [--host ADDR] [--threads N] [--max-mb N] [--read-timeout S]
//
// The checker page for people who will not use a command line: open the
// address it prints in a browser, paste a report or drop its file.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "../arg_reader.hpp"
#include "../commands.hpp"
#include "origin_check.hpp"
#include "server.hpp"

namespace gongkai::cli {
namespace {

void print_serve_usage(std::FILE* out) {
  std::fputs(
      "usage: gongkai serve [--port N] [--host ADDR] [options]\n"
      "\n"
      "在本机启动检查页面：在浏览器中打开所示地址，粘贴报告文本或拖入文件，\n"
      "即可查看表格、算术错误与第五十条所列各部分。所发送的内容不写入磁盘、不保留。\n"
      "Serves the checker page: open the address it prints in a browser, paste a\n"
      "report or drop its file, and see its tables, their arithmetic errors and\n"
      "the parts of 第五十条. Nothing sent is written to disk or kept.\n"
      "\n"
      "options / 选项:\n"
      "  --port N          port (default 8080; 0: any free port)\n"
      "  --host ADDR       address to listen on (default 127.0.0.1, this machine only)\n"
      "  --threads N       requests handled at once (default 8)\n"
      "  --max-mb N        largest upload in MiB (default 32)\n"
      "  --read-timeout S  drop a client silent for S seconds (default 10)\n"
      "\n"
      "Stop with Ctrl-C. / 按 Ctrl-C 停止。\n",
      out);
}

// A whole number within [low, high], or false after saying why.
bool read_number(const char* option, const char* text, long low, long high, long* out) {
  if (!text) return false;
  char* end = nullptr;
  long v = std::strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0' || v < low || v > high) {
    std::fprintf(stderr, "gongkai serve: %s 须为 %ld 到 %ld 之间的整数 / must be a whole number from %ld to %ld\n",
                 option, low, high, low, high);
    return false;
  }
  *out = v;
  return true;
}

}  // namespace

int run_serve(int argc, char** argv) {
  serve::ServeOptions options;
  ArgReader args("serve", argc, argv);
  while (args.next()) {
    const std::string& a = args.arg();
    long v = 0;
    if (args.is_help()) {
      print_serve_usage(stdout);
      return 0;
    } else if (a == "--port") {
      if (!read_number("--port", args.value(), 0, 65535, &v)) return 2;
      options.port = static_cast<int>(v);
    } else if (a == "--host") {
      const char* h = args.value();
      if (!h) return 2;
      options.host = h;
    } else if (a == "--threads") {
      if (!read_number("--threads", args.value(), 1, 256, &v)) return 2;
      options.threads = static_cast<std::size_t>(v);
    } else if (a == "--max-mb") {
      if (!read_number("--max-mb", args.value(), 1, 256, &v)) return 2;
      options.max_bytes = static_cast<std::size_t>(v) * 1024u * 1024u;
    } else if (a == "--read-timeout") {
      if (!read_number("--read-timeout", args.value(), 1, 3600, &v)) return 2;
      options.read_timeout_seconds = static_cast<int>(v);
    } else {
      std::fprintf(stderr, "gongkai serve: 未知选项 / unknown option '%s'\n", a.c_str());
      print_serve_usage(stderr);
      return 2;
    }
  }
  return serve::run_server(options, [&options](int port) {
    const bool ipv6 = options.host.find(':') != std::string::npos;
    // The address on a line of its own on stdout, for people and for scripts
    // that started the server on port 0.
    std::printf("http://%s%s%s:%d/\n", ipv6 ? "[" : "", options.host.c_str(), ipv6 ? "]" : "", port);
    std::fflush(stdout);
    std::fprintf(stderr, "gongkai serve: 在浏览器中打开上面的地址；按 Ctrl-C 停止 / open the address above in a browser; Ctrl-C stops\n");
    if (!serve::is_loopback_host(options.host))
      std::fprintf(stderr, "gongkai serve: 注意：其他机器也能访问 / note: other machines can reach %s\n",
                   options.host.c_str());
  });
}

}  // namespace gongkai::cli
