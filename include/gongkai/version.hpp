// Version of the gongkai library, at compile time.
#pragma once

#define GONGKAI_VERSION_MAJOR 0
#define GONGKAI_VERSION_MINOR 1
#define GONGKAI_VERSION_PATCH 0
#define GONGKAI_VERSION_STRING "0.1.0"

namespace gongkai {
/// The library's version at run time ("0.1.0").
const char* version() noexcept;
}  // namespace gongkai
