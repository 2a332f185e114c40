// Runs one job per input on N worker threads and hands the results back in
// input order, on the calling thread, as soon as each one's turn comes. At
// most a bounded number of finished results wait for their turn, so memory
// stays flat however many inputs there are.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace gongkai::cli {

/// work(i) must not throw (catch inside and put the failure into Result);
/// emit(i, result) is called for i = 0, 1, 2, ... on the calling thread. If
/// emit throws, the remaining items are abandoned and the exception rethrown
/// once the workers have stopped.
template <typename Result>
void run_in_order(std::size_t count, unsigned jobs, const std::function<Result(std::size_t)>& work,
                  const std::function<void(std::size_t, Result&&)>& emit) {
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) emit(i, work(i));
    return;
  }
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  // Window of results computed ahead of the one being emitted.
  const std::size_t window = std::max<std::size_t>(64, std::size_t{jobs} * 16);

  std::mutex mu;
  std::condition_variable result_ready;   // a worker finished an item
  std::condition_variable window_moved;   // the emitter took an item
  std::deque<std::optional<Result>> pending;  // pending[k] is item first_pending + k
  std::size_t first_pending = 0;
  std::size_t next_item = 0;

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        window_moved.wait(lock, [&] { return next_item >= count || next_item < first_pending + window; });
        if (next_item >= count) return;
        i = next_item++;
        if (pending.size() < i - first_pending + 1) pending.resize(i - first_pending + 1);
      }
      Result r = work(i);
      {
        std::lock_guard<std::mutex> lock(mu);
        pending[i - first_pending].emplace(std::move(r));
      }
      result_ready.notify_one();
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(jobs);
  for (unsigned t = 0; t < jobs; ++t) threads.emplace_back(worker);

  // If emit() throws, the workers are told to stop and joined before the
  // exception goes on: a std::thread must never be destroyed while joinable.
  std::exception_ptr failure;
  try {
    for (std::size_t i = 0; i < count; ++i) {
      Result r;
      {
        std::unique_lock<std::mutex> lock(mu);
        result_ready.wait(lock, [&] { return !pending.empty() && pending.front().has_value(); });
        r = std::move(*pending.front());
        pending.pop_front();
        ++first_pending;
      }
      window_moved.notify_all();
      emit(i, std::move(r));
    }
  } catch (...) {
    failure = std::current_exception();
    {
      std::lock_guard<std::mutex> lock(mu);
      next_item = count;  // no more items are handed out
    }
    window_moved.notify_all();
  }
  for (auto& t : threads) t.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace gongkai::cli
