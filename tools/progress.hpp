// A one-line progress bar on standard error, drawn only when standard error
// is a terminal: logs and pipes never see it.
#pragma once

#include <chrono>
#include <cstddef>

namespace gongkai::cli {

class ProgressBar {
 public:
  /// Active when `wanted` and standard error is a terminal.
  ProgressBar(std::size_t total, bool wanted);
  /// One more item done.
  void advance();
  /// Erases the bar so that a message can be printed on a clean line; the
  /// next advance() draws it again.
  void clear();
  /// Erases the bar for good.
  void finish();
  bool active() const noexcept { return active_; }

 private:
  void draw();

  std::size_t total_;
  std::size_t done_ = 0;
  bool active_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace gongkai::cli
