// Runs one job per input on N threads and hands the results back in input
// order, on the calling thread, as soon as each one's turn comes. The calling
// thread is one of the N: between results it takes items like the others, so
// --jobs 2 is two threads on two cores, not two workers and a third thread
// that wakes for every result and takes a core from them. At most a bounded
// number of finished results wait for their turn, so memory stays flat
// however many inputs there are; a worker wakes the calling thread only for
// the result it is waiting for.
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
  std::condition_variable front_ready;   // the result the calling thread waits for is in
  std::condition_variable window_moved;  // the calling thread took a result: room for another item
  std::deque<std::optional<Result>> pending;  // pending[k] is item first_pending + k
  std::size_t first_pending = 0;
  std::size_t next_item = 0;
  std::size_t workers_waiting = 0;  // workers asleep on window_moved
  bool emitter_waiting = false;     // the calling thread asleep on front_ready

  // Under the lock: the next item, if the window has room for it.
  auto take_item = [&](std::size_t* i) {
    if (next_item >= count || next_item >= first_pending + window) return false;
    *i = next_item++;
    if (pending.size() < *i - first_pending + 1) pending.resize(*i - first_pending + 1);
    return true;
  };

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        while (!take_item(&i)) {
          if (next_item >= count) return;
          ++workers_waiting;
          window_moved.wait(lock);
          --workers_waiting;
        }
      }
      Result r = work(i);
      bool wake = false;
      {
        std::lock_guard<std::mutex> lock(mu);
        pending[i - first_pending].emplace(std::move(r));
        wake = emitter_waiting && i == first_pending;
      }
      if (wake) front_ready.notify_one();
    }
  };

  std::vector<std::thread> threads;
  threads.reserve(jobs - 1);
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(worker);

  // If emit() throws, the workers are told to stop and joined before the
  // exception goes on: a std::thread must never be destroyed while joinable.
  std::exception_ptr failure;
  try {
    std::size_t emitted = 0;
    while (emitted < count) {
      std::unique_lock<std::mutex> lock(mu);
      if (!pending.empty() && pending.front().has_value()) {
        Result r = std::move(*pending.front());
        pending.pop_front();
        ++first_pending;
        const bool wake = workers_waiting > 0;
        lock.unlock();
        if (wake) window_moved.notify_all();
        emit(emitted, std::move(r));
        ++emitted;
        continue;
      }
      std::size_t i;
      if (take_item(&i)) {  // the turn is not come: work meanwhile
        lock.unlock();
        Result r = work(i);
        lock.lock();
        pending[i - first_pending].emplace(std::move(r));
        continue;
      }
      emitter_waiting = true;
      front_ready.wait(lock, [&] { return !pending.empty() && pending.front().has_value(); });
      emitter_waiting = false;
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
