// Where the CLI's results go: standard output or the file of -o, written as
// results arrive so that a batch of thousands of reports is never held whole.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace gongkai::cli {

class OutputSink {
 public:
  /// path empty or "-": standard output. Throws gongkai::Error(io_error) when
  /// the file cannot be created.
  explicit OutputSink(const std::string& path);
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  void write(std::string_view bytes);
  /// Flushes and closes; throws gongkai::Error(io_error) if any write failed.
  void finish();

 private:
  std::string path_;
  std::FILE* file_;
  bool owned_;
  bool failed_ = false;
  int error_ = 0;
};

}  // namespace gongkai::cli
