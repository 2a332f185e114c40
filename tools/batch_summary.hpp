// The summary a batch prints at the end: reports by format, reports with
// findings of error severity, and the files that failed and why.
#pragma once

#include <array>
#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

#include "gongkai/error.hpp"
#include "gongkai/model.hpp"

namespace gongkai::cli {

class BatchSummary {
 public:
  void add_report(Format format, bool has_error_findings, std::size_t bytes);
  void add_failure(const std::string& path, Status status, const std::string& message);

  std::size_t reports() const noexcept { return reports_; }
  std::size_t failures() const noexcept { return failed_.size(); }
  /// Prints the summary in Chinese and English.
  void print(std::FILE* out, double seconds) const;

 private:
  struct Failure {
    std::string path;
    Status status;
    std::string message;
  };
  std::size_t reports_ = 0;
  std::size_t with_errors_ = 0;
  std::size_t bytes_ = 0;
  std::array<std::size_t, 4> by_format_{};
  std::vector<Failure> failed_;
};

}  // namespace gongkai::cli
