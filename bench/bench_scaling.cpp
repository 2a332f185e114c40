// Parsing time against input size: synthetic inputs of 1 KB to 100 MB made
// of the bundled sample reports laid end to end, parsed once each (best of
// three below 10 MB). Linear growth shows as a flat MB/s column.
//
//   build/bench/bench_scaling [largest MB, default 100]
#include <algorithm>
#include "timing.hpp"
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "gbench/corpus_inputs.hpp"
#include "gongkai/parse.hpp"

int main(int argc, char** argv) {
  double largest_mb = argc > 1 ? std::atof(argv[1]) : 100.0;
  std::string seed;
  for (const auto& f : gongkai::bench::files_in(GONGKAI_SAMPLES_DIR, ".txt")) seed += f.bytes;
  if (seed.empty()) {
    std::fprintf(stderr, "bench_scaling: no samples in %s\n", GONGKAI_SAMPLES_DIR);
    return 2;
  }
  gongkai::ParseOptions options;
  options.validate = false;
  std::printf("bench_scaling: one report text of n bytes, parse only, one thread\n");
  std::printf("%12s %10s %10s\n", "bytes", "seconds", "MB/s");
  for (double size = 1e3; size <= largest_mb * 1e6 * 1.0001; size *= 10) {
    std::string text;
    auto n = static_cast<std::size_t>(size);
    text.reserve(n + seed.size());
    while (text.size() < n) text += seed;
    text.resize(n);
    // Cut at a character boundary: the input must stay valid UTF-8.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
    int runs = size < 1e7 ? 3 : 1;
    double best = 1e30;
    for (int r = 0; r < runs; ++r) {
      auto t0 = gongkai::bench::Clock::now();
      auto report = gongkai::parse(text, options);
      double s = gongkai::bench::seconds_since(t0);
      best = std::min(best, s);
      if (report.input_bytes != text.size()) return 1;
    }
    std::printf("%12zu %10.4f %10.1f\n", text.size(), best, text.size() / 1e6 / best);
  }
  return 0;
}
