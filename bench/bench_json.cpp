// JSON write and read-back speed (MB/s of JSON) on the bundled samples,
// parsed once and then serialized and restored many times. Prints figures;
// never fails on a slow machine.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "gbench/corpus_inputs.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "timing.hpp"

using gongkai::bench::Clock;
using gongkai::bench::seconds_since;

namespace {

std::vector<gongkai::Report> sample_reports() {
  std::vector<gongkai::Report> reports;
  for (const auto& f : gongkai::bench::files_in(GONGKAI_SAMPLES_DIR, ".txt")) reports.push_back(gongkai::parse(f.bytes));
  return reports;
}

void bench(const char* label, const std::vector<gongkai::Report>& reports, const gongkai::JsonWriteOptions& o) {
  // Enough rounds for about 50 MB of JSON each way.
  std::size_t one_round = 0;
  for (const auto& r : reports) one_round += gongkai::to_json(r, o).size();
  std::size_t rounds = std::max<std::size_t>(1, (50u << 20) / std::max<std::size_t>(1, one_round));

  std::vector<std::string> texts;
  std::size_t bytes = 0;
  auto t0 = Clock::now();
  for (std::size_t k = 0; k < rounds; ++k)
    for (const auto& r : reports) {
      std::string j = gongkai::to_json(r, o);
      bytes += j.size();
      if (k == 0) texts.push_back(std::move(j));
    }
  double write_s = seconds_since(t0);

  std::size_t read_bytes = 0, checksum = 0;
  t0 = Clock::now();
  for (std::size_t k = 0; k < rounds; ++k)
    for (const auto& t : texts) {
      gongkai::Report back = gongkai::from_json(t);
      checksum += back.tables.size();
      read_bytes += t.size();
    }
  double read_s = seconds_since(t0);
  std::size_t docs = rounds * reports.size();
  std::printf("%-22s %6.1f KB/report  write %7.1f MB/s (%8.0f reports/s)  read %7.1f MB/s (%8.0f reports/s)  [%zu]\n",
              label, bytes / 1024.0 / docs, bytes / write_s / 1e6, docs / write_s, read_bytes / read_s / 1e6,
              docs / read_s, checksum % 10);
}

}  // namespace

int main() {
  auto reports = sample_reports();
  if (reports.empty()) {
    std::fprintf(stderr, "bench_json: no samples in %s\n", GONGKAI_SAMPLES_DIR);
    return 1;
  }
  std::printf("bench_json: %zu sample reports, one thread\n", reports.size());
  gongkai::JsonWriteOptions full, brief, pretty;
  brief.include_detail = false;
  pretty.pretty = true;
  bench("full (default)", reports, full);
  bench("brief (contract only)", reports, brief);
  bench("full, pretty", reports, pretty);
  return 0;
}
