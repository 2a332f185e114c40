// The benchmarks' one clock: wall time on a steady clock, in seconds.
#pragma once

#include <chrono>

namespace gongkai::bench {

using Clock = std::chrono::steady_clock;

inline double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

}  // namespace gongkai::bench
