// gongkai serve [--port N] [--host ADDR] [--threads N] [--max-mb N] [--read-timeout S]
//
// The checker page for people who will not use a command line: open the
// address it prints in a browser, paste a report or drop its file.
#include <cstdio>
#include <string>

#include "../command_line.hpp"
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

}  // namespace

int run_serve(int argc, char** argv) {
  serve::ServeOptions options;
  CLI::App app("gongkai serve", "serve");
  bool help = false;
  configure_command(app, help);
  long port = options.port, threads = static_cast<long>(options.threads), max_mb = 32,
       read_timeout = options.read_timeout_seconds;
  app.add_option("--port", port)->check(CLI::Range(0L, 65535L));
  app.add_option("--host", options.host);
  app.add_option("--threads", threads)->check(CLI::Range(1L, 256L));
  auto* max_mb_option = app.add_option("--max-mb", max_mb)->check(CLI::Range(1L, 256L));
  app.add_option("--read-timeout", read_timeout)->check(CLI::Range(1L, 3600L));
  if (auto done = read_command_line(app, help, argc, argv, print_serve_usage)) return *done;
  options.port = static_cast<int>(port);
  options.threads = static_cast<std::size_t>(threads);
  if (max_mb_option->count() > 0) options.max_bytes = static_cast<std::size_t>(max_mb) * 1024u * 1024u;
  options.read_timeout_seconds = static_cast<int>(read_timeout);
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
