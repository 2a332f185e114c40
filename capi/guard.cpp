#include "guard.hpp"

#include <cstring>
#include <stdexcept>
#include <string_view>

#include "text/utf8.hpp"

namespace gongkai::capi {
namespace {

// Appends `text` to `out` (capacity `cap` including the NUL, `used` bytes
// already written), cutting before a UTF-8 continuation byte so a truncated
// message is still valid UTF-8.
void append_utf8(char* out, std::size_t cap, std::size_t& used, const char* text) noexcept {
  if (!text) return;
  std::string_view part = gongkai::text::utf8_prefix(text, cap - 1 - used);
  std::memcpy(out + used, part.data(), part.size());
  used += part.size();
  out[used] = '\0';
}

}  // namespace

void reset_error(gk_error* error) noexcept {
  if (!error) return;
  error->code = GK_OK;
  error->message[0] = '\0';
  error->offset = 0;
  error->line = 0;
  error->column = 0;
}

gk_status fail(gk_error* error, gk_status code, const char* message, const char* detail,
               std::size_t offset, std::uint32_t line, std::uint32_t column) noexcept {
  if (!error) return code;
  error->code = code;
  error->offset = offset;
  error->line = line;
  error->column = column;
  std::size_t used = 0;
  error->message[0] = '\0';
  append_utf8(error->message, sizeof error->message, used, message);
  if (detail && *detail) {
    append_utf8(error->message, sizeof error->message, used, ": ");
    append_utf8(error->message, sizeof error->message, used, detail);
  }
  return code;
}

gk_status fail_with_current_exception(gk_error* error) noexcept {
  try {
    throw;
  } catch (const Error& e) {
    auto code = static_cast<gk_status>(e.status());
    if (code <= GK_OK || code > GK_NO_REPORT) code = GK_INTERNAL;
    return fail(error, code, e.what(), nullptr, e.offset(), e.line(), e.column());
  } catch (const std::bad_alloc&) {
    return fail(error, GK_OUT_OF_MEMORY, "out of memory / 内存不足");
  } catch (const std::exception& e) {
    return fail(error, GK_INTERNAL, "internal error / 内部错误", e.what());
  } catch (...) {
    return fail(error, GK_INTERNAL, "internal error / 内部错误", "unknown exception");
  }
}

}  // namespace gongkai::capi
