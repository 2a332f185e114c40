// Versions, status names and buffers.
#include "gongkai/error.hpp"
#include "gongkai/version.hpp"
#include "handles.hpp"

static_assert(GK_VERSION_MAJOR == GONGKAI_VERSION_MAJOR && GK_VERSION_MINOR == GONGKAI_VERSION_MINOR &&
                  GK_VERSION_PATCH == GONGKAI_VERSION_PATCH,
              "gongkai.h and gongkai/version.hpp disagree on the version");
// The C numbers are the core's numbers, every one of them.
constexpr bool statuses_match() {
  constexpr int c_codes[] = {GK_OK, GK_INVALID_ARGUMENT, GK_INVALID_UTF8, GK_BINARY_INPUT, GK_EMPTY_INPUT,
                             GK_TOO_LARGE, GK_JSON_SYNTAX, GK_JSON_SCHEMA, GK_TOO_DEEP, GK_IO_ERROR,
                             GK_NOT_FOUND, GK_OUT_OF_MEMORY, GK_INTERNAL, GK_BAD_FILE, GK_NEEDS_OCR, GK_NO_REPORT};
  constexpr gongkai::Status core[] = {
      gongkai::Status::ok, gongkai::Status::invalid_argument, gongkai::Status::invalid_utf8,
      gongkai::Status::binary_input, gongkai::Status::empty_input, gongkai::Status::too_large,
      gongkai::Status::json_syntax, gongkai::Status::json_schema, gongkai::Status::too_deep,
      gongkai::Status::io_error, gongkai::Status::not_found, gongkai::Status::out_of_memory,
      gongkai::Status::internal, gongkai::Status::bad_file, gongkai::Status::needs_ocr,
      gongkai::Status::no_report};
  for (int i = 0; i < 16; ++i)
    if (c_codes[i] != static_cast<int>(core[i])) return false;
  return true;
}
static_assert(statuses_match(), "gk_status numbers must equal gongkai::Status");

extern "C" {

GK_API const char* gk_version(void) { return gongkai::version(); }

GK_API uint32_t gk_abi_version(void) { return GK_ABI_VERSION; }

GK_API const char* gk_status_name(gk_status status) {
  if (status < GK_OK || status > GK_NO_REPORT) return "unknown";
  return gongkai::status_name(static_cast<gongkai::Status>(status));
}

GK_API const char* gk_buffer_data(const gk_buffer* buffer) { return buffer ? buffer->bytes.c_str() : nullptr; }

GK_API std::size_t gk_buffer_size(const gk_buffer* buffer) { return buffer ? buffer->bytes.size() : 0; }

GK_API void gk_buffer_free(gk_buffer* buffer) { delete buffer; }

}  // extern "C"
