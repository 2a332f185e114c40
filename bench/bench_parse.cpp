// Parsing speed on one core: a large batch of synthetic reports, built from
// the bundled samples and the test fixtures (each copied with its numbers
// varied so no two reports are the same text), parsed one after another.
// Prints MB/s and reports/s, with and without validation.
//
//   build/bench/bench_parse [total MB, default 64]
#include "timing.hpp"
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gongkai/parse.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> read_texts(const char* dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); ++it) {
    if (!it->is_regular_file() || it->path().extension() != ".txt") continue;
    std::ifstream in(it->path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

// The same report with its digits rotated: another report of the same shape.
std::string vary(const std::string& text, unsigned k) {
  std::string s = text;
  for (char& c : s)
    if (c >= '1' && c <= '9') c = static_cast<char>('1' + (c - '1' + k) % 9);
  return s;
}

struct Result {
  double seconds = 0;
  std::size_t bytes = 0, reports = 0, cells = 0;
};

Result run(const std::vector<std::string>& batch, bool validate) {
  gongkai::ParseOptions options;
  options.validate = validate;
  Result r;
  auto t0 = gongkai::bench::Clock::now();
  for (const auto& text : batch) {
    auto report = gongkai::parse(text, options);
    for (const auto& t : report.tables) r.cells += t.cells.size();
    r.bytes += text.size();
    ++r.reports;
  }
  r.seconds = gongkai::bench::seconds_since(t0);
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  double total_mb = argc > 1 ? std::atof(argv[1]) : 64.0;
  std::vector<std::string> seeds = read_texts(GONGKAI_SAMPLES_DIR);
  for (auto& t : read_texts(GONGKAI_FIXTURES_DIR)) seeds.push_back(std::move(t));
  if (seeds.empty()) {
    std::fprintf(stderr, "bench_parse: no sample reports found in %s\n", GONGKAI_SAMPLES_DIR);
    return 2;
  }
  std::vector<std::string> batch;
  std::size_t bytes = 0;
  for (unsigned k = 0; bytes < total_mb * 1e6; ++k) {
    batch.push_back(vary(seeds[k % seeds.size()], k / static_cast<unsigned>(seeds.size())));
    bytes += batch.back().size();
  }
  std::printf("bench_parse: %zu reports, %.1f MB, from %zu seed reports, one thread\n", batch.size(), bytes / 1e6,
              seeds.size());
  run(batch, false);  // warm up
  for (bool validate : {false, true}) {
    Result r = run(batch, validate);
    std::printf("  parse%-14s %8.1f MB/s  %9.0f reports/s  (%zu cells, %.2f s)\n",
                validate ? " + validate:" : " only:", r.bytes / 1e6 / r.seconds, r.reports / r.seconds, r.cells,
                r.seconds);
  }
  // Real reports are mostly prose around the tables: the shared dev corpus,
  // read by its path when it is there, repeated.
  std::vector<std::string> real = read_texts(GONGKAI_SHARED_DIR "/corpus/dev");
  if (!real.empty()) {
    std::vector<std::string> corpus;
    std::size_t corpus_bytes = 0;
    for (unsigned k = 0; corpus_bytes < total_mb * 1e6; ++k) {
      corpus.push_back(real[k % real.size()]);
      corpus_bytes += corpus.back().size();
    }
    Result r = run(corpus, false);
    std::printf("  real reports (%zu of ../shared/corpus/dev, repeated): %.1f MB/s  %.0f reports/s\n", real.size(),
                r.bytes / 1e6 / r.seconds, r.reports / r.seconds);
  }
  return 0;
}
