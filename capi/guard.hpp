// The one catch-all wrapper around every exported function: no C++ exception
// crosses the C boundary. gongkai::Error keeps its status, std::bad_alloc
// becomes GK_OUT_OF_MEMORY, anything else GK_INTERNAL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <new>

#include "gongkai.h"
#include "gongkai/error.hpp"

namespace gongkai::capi {

/// Sets *error to "no error" (when error is not NULL).
void reset_error(gk_error* error) noexcept;

/// Fills *error (when not NULL) and returns `code`. Never allocates; a long
/// message is cut at a UTF-8 character boundary. `detail`, when given, is
/// appended after ": ".
gk_status fail(gk_error* error, gk_status code, const char* message, const char* detail = nullptr,
               std::size_t offset = 0, std::uint32_t line = 0, std::uint32_t column = 0) noexcept;

/// Turns the exception being handled into a status (call only inside catch).
gk_status fail_with_current_exception(gk_error* error) noexcept;

/// Runs `body` (returning gk_status) with the error reset first and every
/// exception turned into a status.
template <class Body>
gk_status guarded(gk_error* error, Body&& body) noexcept {
  reset_error(error);
  try {
    return body();
  } catch (...) {
    return fail_with_current_exception(error);
  }
}

/// For getters without a status: returns `fallback` if `body` throws.
template <class T, class Body>
T guarded_value(T fallback, Body&& body) noexcept {
  try {
    return body();
  } catch (...) {
    return fallback;
  }
}

}  // namespace gongkai::capi
