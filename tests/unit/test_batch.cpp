// The ordered batch runner of the CLI (tools/batch.hpp): results come back in
// input order whatever the threads do, memory stays bounded, and a failing
// consumer stops the workers cleanly.
#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>
#include <set>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "../../tools/batch.hpp"

using gongkai::cli::run_in_order;

TEST_CASE("results come back in input order on any number of threads", "[batch]") {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    for (std::size_t count : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{500}}) {
      std::vector<std::size_t> seen;
      std::atomic<std::size_t> calls{0};
      run_in_order<std::string>(
          count, jobs,
          [&](std::size_t i) {
            ++calls;
            // Uneven work, so that later items often finish first.
            if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(300));
            return "item " + std::to_string(i);
          },
          [&](std::size_t i, std::string&& r) {
            CHECK(r == "item " + std::to_string(i));
            seen.push_back(i);
          });
      INFO("jobs " << jobs << ", count " << count);
      CHECK(calls == count);
      REQUIRE(seen.size() == count);
      for (std::size_t i = 0; i < count; ++i) CHECK(seen[i] == i);
    }
  }
}

TEST_CASE("finished results waiting for their turn stay bounded", "[batch]") {
  std::atomic<long> waiting{0};
  long most = 0;
  run_in_order<int>(
      2000, 4,
      [&](std::size_t) {
        ++waiting;
        return 1;
      },
      [&](std::size_t i, int&&) {
        most = std::max(most, waiting.load());
        --waiting;
        if (i % 50 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));  // a slow consumer
      });
  CHECK(most > 1);      // the workers did run ahead
  CHECK(most <= 64 + 4);  // but not further than the window
}

TEST_CASE("a consumer that throws stops the batch and the exception comes through", "[batch]") {
  std::atomic<std::size_t> calls{0};
  std::size_t emitted = 0;
  auto run = [&] {
    run_in_order<int>(
        100000, 2,
        [&](std::size_t i) {
          ++calls;
          return static_cast<int>(i);
        },
        [&](std::size_t i, int&&) {
          ++emitted;
          if (i == 10) throw std::runtime_error("disk full");
        });
  };
  CHECK_THROWS_WITH(run(), "disk full");
  CHECK(emitted == 11);
  CHECK(calls < 100000);  // the rest was abandoned
}

TEST_CASE("--jobs N is N threads: the calling thread takes items between results", "[batch]") {
  for (unsigned jobs : {2u, 3u}) {
    std::mutex mu;
    std::set<std::thread::id> threads;
    std::set<std::thread::id> emitters;
    run_in_order<int>(
        300, jobs,
        [&](std::size_t i) {
          {
            std::lock_guard<std::mutex> lock(mu);
            threads.insert(std::this_thread::get_id());
          }
          if (i % 5 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
          return static_cast<int>(i);
        },
        [&](std::size_t, int&&) {
          std::lock_guard<std::mutex> lock(mu);
          threads.insert(std::this_thread::get_id());
          emitters.insert(std::this_thread::get_id());
        });
    INFO("jobs " << jobs);
    CHECK(emitters.size() == 1);
    CHECK(*emitters.begin() == std::this_thread::get_id());  // results on the calling thread
    CHECK(threads.size() <= jobs);  // no thread beyond the N that work
  }
}
