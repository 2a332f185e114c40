#include "output_sink.hpp"

#include <cerrno>
#include <cstring>

#include "gongkai/error.hpp"

namespace gongkai::cli {

OutputSink::OutputSink(const std::string& path) : path_(path) {
  owned_ = !(path.empty() || path == "-");
  file_ = owned_ ? std::fopen(path.c_str(), "wb") : stdout;
  if (!file_)
    throw Error(Status::io_error,
                "无法写入文件 / cannot write file " + path + ": " + std::strerror(errno));
}

OutputSink::~OutputSink() {
  if (owned_ && file_) std::fclose(file_);
}

void OutputSink::write(std::string_view bytes) {
  if (failed_ || bytes.empty()) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    failed_ = true;
    error_ = errno;
  }
}

void OutputSink::finish() {
  if (!file_) return;
  if (std::fflush(file_) != 0 && !failed_) {
    failed_ = true;
    error_ = errno;
  }
  if (owned_) {
    if (std::fclose(file_) != 0 && !failed_) {
      failed_ = true;
      error_ = errno;
    }
    file_ = nullptr;
  }
  if (failed_) {
    std::string where = owned_ ? path_ : std::string("standard output / 标准输出");
    throw Error(Status::io_error,
                "写入出错 / error writing " + where + ": " + std::strerror(error_));
  }
}

}  // namespace gongkai::cli
