// Peak memory per input size: each input is parsed, validated and written as
// JSON in a child process of its own, and the child's peak resident set
// (getrusage's ru_maxrss) is printed against the input's size, for report
// text (the corpus repeated) and for many short lines. Beside the ratio to
// the input, the ratio of what the input added over the 1 KB run of its kind
// (the program, its libraries, compiled patterns and the corpus it builds
// inputs from, all of which a larger input does not grow). Each size is run
// twice: with the input, the report and its whole JSON alive together (a
// program that keeps everything), and as the CLI runs one file (the input
// freed once parsed and before validation, the JSON written out in pieces
// by write_json).
//
//   build/bench/bench_memory [largest MB, default 100]
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "gbench/corpus_inputs.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"

namespace {

// Lines of a few bytes each ("37 件"): the worst case for per-line costs.
std::string short_lines(std::size_t bytes) {
  std::string out = "2023年政府信息公开工作年度报告\n";
  for (std::size_t i = 0; out.size() < bytes; ++i) out += std::to_string(i % 97) + " 件\n";
  return out;
}

// How the child uses the library: all at once (the input, the report and
// its whole JSON alive together at the end), or as the CLI does for one file
// (the input freed once parsed, the JSON written out in pieces).
enum class Use { whole, as_cli };

// Peak RSS in KB of a child that builds the input and runs the pipeline on it.
long child_peak_kb(std::size_t bytes, bool short_kind, std::size_t* input_size, Use use = Use::whole) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    std::size_t n = 0;
    if (bytes > 0) {
      std::string input = short_kind ? short_lines(bytes) : gongkai::bench::text_of_size(bytes);
      n = input.size();
      try {
        if (use == Use::whole) {
          std::string json = gongkai::to_json(gongkai::parse(input));
          if (json.empty()) n = 0;
        } else {
          gongkai::ParseOptions without_validation;
          without_validation.validate = false;
          gongkai::Report report = gongkai::parse(input, without_validation);
          std::string().swap(input);
          gongkai::add_validation(report);  // as the CLI: validated once the input is freed
          std::size_t written = 0;
          gongkai::write_json(report, {}, [&](std::string_view piece) { written += piece.size(); });
          if (written == 0) n = 0;
        }
      } catch (const std::exception& e) {
        std::fprintf(stderr, "bench_memory: %s\n", e.what());
      }
    }
    if (write(fds[1], &n, sizeof n) != sizeof n) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  if (read(fds[0], input_size, sizeof *input_size) != sizeof *input_size) *input_size = 0;
  close(fds[0]);
  int status = 0;
  struct rusage ru {};
  if (wait4(pid, &status, 0, &ru) < 0) return -1;
  return ru.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  const double largest_mb = argc > 1 ? std::atof(argv[1]) : 100.0;
  std::printf("%-12s %12s %12s %10s %19s\n", "input", "bytes", "peak KB", "peak/size", "(peak-1KB run)/size");
  for (bool short_kind : {false, true}) {
    std::size_t none = 0;
    const long base_kb = child_peak_kb(1000, short_kind, &none);
    for (double mb = 0.001; mb <= largest_mb * 1.0001; mb *= 10) {
      const std::size_t want = static_cast<std::size_t>(mb * 1e6);
      std::size_t got = 0;
      const long kb = child_peak_kb(want, short_kind, &got);
      if (got == 0 || kb < 0) {
        std::printf("%-12s %12zu   (failed)\n", short_kind ? "short lines" : "report text", want);
        continue;
      }
      const double size_kb = static_cast<double>(got) / 1024.0;
      std::printf("%-12s %12zu %12ld %10.2f %16.2f\n", short_kind ? "short lines" : "report text", got, kb,
                  kb / size_kb, (kb - base_kb) / size_kb);
    }
    if (largest_mb >= 100 && !short_kind) {  // the size the issue names, exactly
      std::size_t got = 0;
      const long kb = child_peak_kb(100u << 20, false, &got);
      const double size_kb = static_cast<double>(got) / 1024.0;
      std::printf("%-12s %12zu %12ld %10.2f %16.2f\n", "report text", got, kb, kb / size_kb, (kb - base_kb) / size_kb);
    }
  }
  // The same inputs used as the CLI uses one file.
  for (bool short_kind : {false, true}) {
    std::size_t none = 0;
    const long base_kb = child_peak_kb(1000, short_kind, &none, Use::as_cli);
    for (double mb = 0.001; mb <= largest_mb * 1.0001; mb *= 10) {
      const std::size_t want = static_cast<std::size_t>(mb * 1e6);
      std::size_t got = 0;
      const long kb = child_peak_kb(want, short_kind, &got, Use::as_cli);
      const char* kind = short_kind ? "short, CLI" : "text, CLI";
      if (got == 0 || kb < 0) {
        std::printf("%-12s %12zu   (failed)\n", kind, want);
        continue;
      }
      const double size_kb = static_cast<double>(got) / 1024.0;
      std::printf("%-12s %12zu %12ld %10.2f %16.2f\n", kind, got, kb, kb / size_kb, (kb - base_kb) / size_kb);
    }
  }
  return 0;
}
