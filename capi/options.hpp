// Reading the growable options structs: a member the caller's struct is too
// small to hold (its `size` ends before it) takes its default.
#pragma once

#include <cstddef>
#include <type_traits>

#include "gongkai.h"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"

// True when the caller's struct `opts` (with its `size`) includes `member`.
#define GK_OPTIONS_HAVE(opts, member)                                             \
  ((opts)->size >= offsetof(std::remove_pointer_t<decltype(opts)>, member) + \
                       sizeof((opts)->member))

namespace gongkai::capi {

/// Converts caller options (NULL = defaults) to the core's; returns
/// GK_INVALID_ARGUMENT when `size` cannot even hold itself.
gk_status to_parse_options(const gk_parse_options* in, ParseOptions& out, gk_error* error) noexcept;
gk_status to_json_read_options(const gk_json_options* in, JsonReadOptions& out, gk_error* error) noexcept;

}  // namespace gongkai::capi
