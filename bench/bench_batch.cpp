// Batch throughput: parse + validate + JSON for a few thousand synthetic
// reports held in memory (no disk), on 1 and 2 threads, through the same
// ordered runner the CLI uses (tools/batch.hpp). Prints reports/s and MB/s
// of input; never fails on a slow machine.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "../tools/batch.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::vector<std::string> sample_texts() {
  std::vector<fs::path> paths;
  for (const auto& e : fs::directory_iterator(GONGKAI_SAMPLES_DIR))
    if (e.path().extension() == ".txt") paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<std::string> texts;
  for (const auto& p : paths) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    texts.push_back(s.str());
  }
  return texts;
}

// Variants of the samples: the same layout, a different number in the title
// line, so that no two inputs are byte-identical.
std::vector<std::string> make_batch(const std::vector<std::string>& samples, std::size_t count) {
  std::vector<std::string> batch;
  batch.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::string t = samples[i % samples.size()];
    t.insert(t.find('\n') + 1, "编号 " + std::to_string(i) + "\n");
    batch.push_back(std::move(t));
  }
  return batch;
}

struct Result {
  std::size_t json_bytes = 0;
};

void run(const std::vector<std::string>& batch, unsigned jobs, std::size_t input_bytes) {
  std::size_t out_bytes = 0, emitted = 0;
  auto t0 = Clock::now();
  gongkai::cli::run_in_order<Result>(
      batch.size(), jobs,
      [&](std::size_t i) {
        Result r;
        try {
          r.json_bytes = gongkai::to_json(gongkai::parse(batch[i])).size();
        } catch (const std::exception&) {
        }
        return r;
      },
      [&](std::size_t, Result&& r) {
        out_bytes += r.json_bytes;
        ++emitted;
      });
  double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("jobs %u: %zu reports in %.2f s  %8.1f reports/s  %6.2f MB/s of input  (%.1f MB of JSON)\n", jobs,
              emitted, s, emitted / s, input_bytes / s / 1e6, out_bytes / 1e6);
}

}  // namespace

int main(int argc, char** argv) {
  auto samples = sample_texts();
  if (samples.empty()) {
    std::fprintf(stderr, "bench_batch: no samples in %s\n", GONGKAI_SAMPLES_DIR);
    return 1;
  }
  std::size_t count = argc > 1 ? std::stoul(argv[1]) : 3000;
  auto batch = make_batch(samples, count);
  std::size_t bytes = 0;
  for (const auto& t : batch) bytes += t.size();
  std::printf("bench_batch: %zu reports, %.1f MB of text, %u hardware threads\n", batch.size(), bytes / 1e6,
              std::thread::hardware_concurrency());
  for (unsigned jobs : {1u, 2u}) run(batch, jobs, bytes);
  return 0;
}
