#include "progress.hpp"

#include <cstdio>
#include <string>
#include <unistd.h>

namespace gongkai::cli {

ProgressBar::ProgressBar(std::size_t total, bool wanted)
    : total_(total), active_(wanted && isatty(STDERR_FILENO) == 1) {
  start_ = last_draw_ = std::chrono::steady_clock::now();
}

void ProgressBar::advance() {
  ++done_;
  if (!active_) return;
  auto now = std::chrono::steady_clock::now();
  // Redraw at most ten times a second: a terminal is slow next to a parser.
  if (drawn_ && done_ < total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  draw();
}

void ProgressBar::draw() {
  constexpr int kWidth = 30;
  int filled = total_ ? static_cast<int>(kWidth * done_ / total_) : kWidth;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(kWidth - filled), '.');
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = seconds > 0 ? done_ / seconds : 0.0;
  std::fprintf(stderr, "\r[%s] %zu/%zu  %.0f/s ", bar.c_str(), done_, total_, rate);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::clear() {
  if (!active_ || !drawn_) return;
  std::fputs("\r\033[K", stderr);
  drawn_ = false;
}

void ProgressBar::finish() {
  clear();
  active_ = false;
}

}  // namespace gongkai::cli
