// Walking a command's arguments: each option in turn, and the value that
// follows an option that takes one. Shared by the commands so that they
// report a missing value the same way.
#pragma once

#include <cstdio>
#include <string>

namespace gongkai::cli {

class ArgReader {
 public:
  ArgReader(const char* command, int argc, char** argv) : command_(command), argc_(argc), argv_(argv) {}

  /// Moves to the next argument; false when there are none left.
  bool next() {
    if (++i_ >= argc_) return false;
    arg_ = argv_[i_];
    return true;
  }
  const std::string& arg() const noexcept { return arg_; }
  bool is_help() const noexcept { return arg_ == "-h" || arg_ == "--help"; }

  /// The value after the current option, or nullptr after saying it is missing.
  const char* value() {
    if (i_ + 1 >= argc_) {
      std::fprintf(stderr, "gongkai %s: %s 需要一个值 / needs a value\n", command_, arg_.c_str());
      return nullptr;
    }
    return argv_[++i_];
  }

 private:
  const char* command_;
  int argc_;
  char** argv_;
  int i_ = 0;
  std::string arg_;
};

}  // namespace gongkai::cli
