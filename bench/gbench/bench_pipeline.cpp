// Google Benchmark over the pipeline's stages on the dev corpus: parse,
// validate, to_json, from_json, all of it end to end, per input kind (text,
// HTML, DOCX, PDF), and the scaling curve from 1 KB to 100 MB. Each prints
// MB/s of input (bytes_per_second) and reports/s. One core: run it alone.
//
//   build/bench/gbench_pipeline --benchmark_filter=Scaling
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "corpus_inputs.hpp"
#include "gongkai/inputs.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"

namespace {

using gongkai::bench::corpus_files;
using gongkai::bench::InputFile;

const std::vector<InputFile>& texts() {
  static const auto t = corpus_files(".txt");
  return t;
}

std::size_t total_bytes(const std::vector<InputFile>& files) {
  std::size_t n = 0;
  for (const auto& f : files) n += f.bytes.size();
  return n;
}

// Bytes and reports per second, from the inputs one iteration went through.
void count(benchmark::State& state, std::size_t bytes, std::size_t reports) {
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["reports/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * reports), benchmark::Counter::kIsRate);
}

gongkai::ParseOptions without_validation() {
  gongkai::ParseOptions o;
  o.validate = false;
  return o;
}

void Parse(benchmark::State& state) {
  const auto& in = texts();
  const auto options = without_validation();
  for (auto _ : state)
    for (const auto& f : in) benchmark::DoNotOptimize(gongkai::parse(f.bytes, options));
  count(state, total_bytes(in), in.size());
}

void Validate(benchmark::State& state) {
  const auto& in = texts();
  std::vector<gongkai::Report> reports;
  for (const auto& f : in) reports.push_back(gongkai::parse(f.bytes, without_validation()));
  for (auto _ : state)
    for (const auto& r : reports) benchmark::DoNotOptimize(gongkai::validate(r));
  count(state, total_bytes(in), in.size());
}

void ToJson(benchmark::State& state) {
  const auto& in = texts();
  std::vector<gongkai::Report> reports;
  std::size_t json_bytes = 0;
  for (const auto& f : in) {
    reports.push_back(gongkai::parse(f.bytes));
    json_bytes += gongkai::to_json(reports.back()).size();
  }
  for (auto _ : state)
    for (const auto& r : reports) benchmark::DoNotOptimize(gongkai::to_json(r));
  count(state, json_bytes, in.size());  // MB/s of JSON written
}

void FromJson(benchmark::State& state) {
  const auto& in = texts();
  std::vector<std::string> jsons;
  std::size_t json_bytes = 0;
  for (const auto& f : in) {
    jsons.push_back(gongkai::to_json(gongkai::parse(f.bytes)));
    json_bytes += jsons.back().size();
  }
  for (auto _ : state)
    for (const auto& j : jsons) benchmark::DoNotOptimize(gongkai::from_json(j));
  count(state, json_bytes, in.size());  // MB/s of JSON read
}

void EndToEnd(benchmark::State& state) {
  const auto& in = texts();
  for (auto _ : state)
    for (const auto& f : in) benchmark::DoNotOptimize(gongkai::to_json(gongkai::parse(f.bytes)));
  count(state, total_bytes(in), in.size());
}

// A file of each kind the front ends read, through parse_bytes (front end,
// parse, validate) and to_json.
void FileKind(benchmark::State& state, const char* extension) {
  const auto in = corpus_files(extension);
  if (in.empty()) {
    state.SkipWithError("no corpus file of this kind (../shared/corpus/dev)");
    return;
  }
  for (auto _ : state)
    for (const auto& f : in) benchmark::DoNotOptimize(gongkai::to_json(gongkai::parse_bytes(f.bytes)));
  count(state, total_bytes(in), in.size());
}

// One input of state.range(0) bytes, end to end: time should grow linearly.
void Scaling(benchmark::State& state) {
  const std::string input = gongkai::bench::text_of_size(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(gongkai::to_json(gongkai::parse(input)));
  count(state, input.size(), 1);
}

}  // namespace

BENCHMARK(Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(Validate)->Unit(benchmark::kMillisecond);
BENCHMARK(ToJson)->Unit(benchmark::kMillisecond);
BENCHMARK(FromJson)->Unit(benchmark::kMillisecond);
BENCHMARK(EndToEnd)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(FileKind, text, ".txt")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(FileKind, html, ".html")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(FileKind, docx, ".docx")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(FileKind, pdf, ".pdf")->Unit(benchmark::kMillisecond);
BENCHMARK(Scaling)
    ->Unit(benchmark::kMillisecond)
    ->Arg(1 << 10)
    ->Arg(10 << 10)
    ->Arg(100 << 10)
    ->Arg(1 << 20)
    ->Arg(10 << 20)
    ->Arg(100 << 20);

BENCHMARK_MAIN();
