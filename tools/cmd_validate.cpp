// Placeholder; replaced by the real subcommand.
#include <cstdio>

#include "commands.hpp"

namespace gongkai::cli {
int run_validate(int, char**) {
  std::fputs("gongkai validate: not built yet\n", stderr);
  return 2;
}
}  // namespace gongkai::cli
