// Eight threads parsing and validating different reports at once give the
// same JSON as one thread (scripts/tsan.sh runs this under ThreadSanitizer).
#include <catch2/catch.hpp>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "report_builder.hpp"

namespace fs = std::filesystem;

namespace {

std::vector<std::string> report_texts() {
  std::vector<std::string> texts;
  for (const char* dir : {GONGKAI_SAMPLES_DIR, GONGKAI_SHARED_DIR "/corpus/dev"}) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      texts.push_back(ss.str());
    }
  }
  for (unsigned seed = 0; seed < 8; ++seed) {
    auto f = seed % 2 ? gongkai::Format::gk2019 : gongkai::Format::gk2021;
    texts.push_back(gktest::build_report(f, gktest::consistent_values(f, seed), gktest::Layout::tabs));
  }
  return texts;
}

}  // namespace

TEST_CASE("8 threads give the same results as one", "[concurrency]") {
  const std::vector<std::string> texts = report_texts();
  std::vector<std::string> expected;
  for (const auto& t : texts) expected.push_back(gongkai::to_json(gongkai::parse(t)));

  constexpr int kThreads = 8, kRounds = 4;
  std::vector<std::vector<std::string>> got(kThreads);
  std::atomic<bool> start{false};
  std::vector<std::thread> threads;
  for (int k = 0; k < kThreads; ++k) {
    threads.emplace_back([&, k] {
      while (!start.load()) std::this_thread::yield();
      for (int round = 0; round < kRounds; ++round)
        for (std::size_t i = 0; i < texts.size(); ++i) {
          // Each thread starts at a different report, so different reports run at once.
          std::size_t j = (i + static_cast<std::size_t>(k)) % texts.size();
          std::string json = gongkai::to_json(gongkai::parse(texts[j]));
          if (round == 0) got[static_cast<std::size_t>(k)].push_back(json);
          else if (json != got[static_cast<std::size_t>(k)][i]) got[static_cast<std::size_t>(k)][i] = "changed between rounds";
        }
    });
  }
  start = true;
  for (auto& t : threads) t.join();
  for (int k = 0; k < kThreads; ++k)
    for (std::size_t i = 0; i < texts.size(); ++i) {
      std::size_t j = (i + static_cast<std::size_t>(k)) % texts.size();
      CHECK(got[static_cast<std::size_t>(k)][i] == expected[j]);
    }
}
