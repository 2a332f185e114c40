#include "output_sink.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "gongkai/error.hpp"

namespace gongkai::cli {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void throw_io(const std::string& what, int error) {
  throw Error(Status::io_error, what + ": " + std::strerror(error));
}

// The permissions the file gets: those of the OUT it replaces, else what a
// plain fopen would give (0666 less the umask), not mkstemp's 0600.
mode_t mode_for(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) == 0) return st.st_mode & 07777;
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

OutputSink::OutputSink(const std::string& path) : path_(path), file_(stdout) {
  if (path.empty() || path == "-") return;
  // An OUT that is not a regular file (/dev/null, a FIFO, a terminal) is
  // written where it is: a file renamed over it would replace the device.
  struct stat st;
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    file_ = std::fopen(path.c_str(), "wb");
    if (!file_) throw_io("无法写入文件 / cannot write file " + path, errno);
    return;
  }
  std::string temp = path + ".gongkai-XXXXXX";
  int fd = ::mkstemp(temp.data());
  if (fd < 0) throw_io("无法写入文件 / cannot write file " + path, errno);
  ::fchmod(fd, mode_for(path));
  file_ = ::fdopen(fd, "wb");
  if (!file_) {
    int err = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    throw_io("无法写入文件 / cannot write file " + path, err);
  }
  temp_path_ = std::move(temp);
}

OutputSink::~OutputSink() {
  if (file_ && file_ != stdout) std::fclose(file_);
  if (!temp_path_.empty()) ::unlink(temp_path_.c_str());
}

std::string OutputSink::where() const {
  return path_.empty() || path_ == "-" ? std::string("standard output / 标准输出") : path_;
}

void OutputSink::fail_with(int error) {
  if (failed_) return;
  failed_ = true;
  error_ = error;
}

void OutputSink::write(std::string_view bytes) {
  if (failed_ || bytes.empty() || !file_) return;
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) fail_with(errno);
}

void OutputSink::commit() {
  if (!file_) return;
  if (std::fflush(file_) != 0) fail_with(errno);
  if (!temp_path_.empty()) {
    if (!failed_ && ::fsync(::fileno(file_)) != 0) fail_with(errno);
    if (std::fclose(file_) != 0) fail_with(errno);
    file_ = nullptr;
    if (!failed_ && std::rename(temp_path_.c_str(), path_.c_str()) != 0) fail_with(errno);
    if (!failed_) temp_path_.clear();  // in place: nothing left to remove
  }
  if (failed_) throw Error(Status::io_error, "写入出错 / error writing " + where() + ": " + std::strerror(error_));
}

void refuse_output_among_inputs(const std::string& output, const std::vector<std::string>& inputs) {
  if (output.empty() || output == "-") return;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (input != "-" && fs::equivalent(output, input, ec))
      throw Error(Status::invalid_argument, "输出文件就是输入文件 " + input +
                                                "，写入会毁掉它 / the output is the input file " + input +
                                                ": writing it would destroy it");
  }
}

}  // namespace gongkai::cli
