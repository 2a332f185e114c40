// Where the CLI's results go: standard output or the file of -o, written as
// results arrive so that a batch of thousands of reports is never held whole.
//
// A file is written under a temporary name in its folder and renamed over
// OUT only by commit(): until then an existing OUT is untouched, so a run
// whose every input fails, or that is stopped half way, loses nothing.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace gongkai::cli {

class OutputSink {
 public:
  /// path empty or "-": standard output. Throws gongkai::Error(io_error) when
  /// the temporary file cannot be created.
  explicit OutputSink(const std::string& path);
  /// Without commit(), the temporary file is removed and OUT stays as it was.
  ~OutputSink();
  OutputSink(const OutputSink&) = delete;
  OutputSink& operator=(const OutputSink&) = delete;

  void write(std::string_view bytes);
  /// Flushes, closes and puts the file in place of OUT; throws
  /// gongkai::Error(io_error) if any write failed (OUT is then untouched).
  void commit();

  /// The file written ("standard output" for stdout), for messages.
  std::string where() const;

 private:
  void fail_with(int error);

  std::string path_;
  std::string temp_path_;  ///< empty for standard output
  std::FILE* file_;
  bool failed_ = false;
  int error_ = 0;
};

/// Throws gongkai::Error(invalid_argument) when `output` is the same file as
/// one of `inputs`: writing it would destroy that input.
void refuse_output_among_inputs(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace gongkai::cli
