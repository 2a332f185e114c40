#include "batch_summary.hpp"

#include <map>

namespace gongkai::cli {

void BatchSummary::add_report(Format format, bool has_error_findings, std::size_t bytes) {
  ++reports_;
  ++by_format_[static_cast<std::size_t>(format)];
  if (has_error_findings) ++with_errors_;
  bytes_ += bytes;
}

void BatchSummary::add_failure(const std::string& path, Status status, const std::string& message) {
  failed_.push_back({path, status, message});
}

void BatchSummary::print(std::FILE* out, double seconds) const {
  std::size_t total = reports_ + failed_.size();
  std::fprintf(out, "gongkai parse: %zu 个文件 / files, %zu 份报告 / reports parsed, %zu 个失败 / failed",
               total, reports_, failed_.size());
  if (seconds > 0)
    std::fprintf(out, " (%.2f s, %.1f 份/秒 reports/s, %.1f MB/s)", seconds, reports_ / seconds,
                 bytes_ / seconds / 1e6);
  std::fputc('\n', out);
  std::fputs("  格式 / by format:", out);
  for (Format f : {Format::gk2021, Format::gk2019, Format::legacy, Format::narrative})
    std::fprintf(out, " %s %zu", format_name(f), by_format_[static_cast<std::size_t>(f)]);
  std::fputc('\n', out);
  std::fprintf(out, "  有错误级发现的报告 / reports with error findings: %zu\n", with_errors_);
  if (failed_.empty()) return;
  std::map<Status, std::size_t> by_status;
  for (const auto& f : failed_) ++by_status[f.status];
  std::fputs("  失败原因 / failures by status:", out);
  for (const auto& [status, n] : by_status) std::fprintf(out, " %s %zu", status_name(status), n);
  std::fputc('\n', out);
  constexpr std::size_t kListed = 20;
  for (std::size_t i = 0; i < failed_.size() && i < kListed; ++i)
    std::fprintf(out, "  失败 / failed: %s [%s] %s\n", failed_[i].path.c_str(), status_name(failed_[i].status),
                 failed_[i].message.c_str());
  if (failed_.size() > kListed)
    std::fprintf(out, "  …… 另有 %zu 个 / and %zu more\n", failed_.size() - kListed, failed_.size() - kListed);
}

}  // namespace gongkai::cli
