// Placeholder; replaced by the real subcommand.
#include <cstdio>

#include "commands.hpp"

namespace gongkai::cli {
int run_render(int, char**) {
  std::fputs("gongkai render: not built yet\n", stderr);
  return 2;
}
}  // namespace gongkai::cli
