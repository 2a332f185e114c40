// A fixed amount of work for a profiler: the corpus's report texts parsed,
// validated and written as JSON, then read back, `passes` times in one
// process (so that one-time costs — compiling patterns, warming RE2's DFA
// caches — weigh as little as in a long batch). Deterministic, so that
// callgrind's instruction counts compare from one change to the next:
//
//   valgrind --tool=callgrind build/bench/profile_corpus 5
#include <cstdio>
#include <cstdlib>

#include "gbench/corpus_inputs.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"

int main(int argc, char** argv) {
  const int passes = argc > 1 ? std::atoi(argv[1]) : 5;
  const auto texts = gongkai::bench::corpus_files(".txt");
  std::size_t bytes = 0, json_bytes = 0, reports = 0;
  for (int p = 0; p < passes; ++p) {
    for (const auto& f : texts) {
      try {
        std::string json = gongkai::to_json(gongkai::parse(f.bytes));
        json_bytes += json.size();
        json_bytes += gongkai::from_json(json).tables.size();
      } catch (const std::exception& e) {
        std::fprintf(stderr, "profile_corpus: %s: %s\n", f.name.c_str(), e.what());
      }
      bytes += f.bytes.size();
      ++reports;
    }
  }
  std::printf("%zu reports, %zu bytes in, %zu bytes of JSON\n", reports, bytes, json_bytes);
  return 0;
}
