#include "options.hpp"

#include "guard.hpp"

namespace gongkai::capi {
namespace {

gk_status bad_size(gk_error* error, const char* which) noexcept {
  return fail(error, GK_INVALID_ARGUMENT,
              "options.size is too small; call the options' _init function first / 选项结构的 size 无效", which);
}

}  // namespace

gk_status to_parse_options(const gk_parse_options* in, ParseOptions& out, gk_error* error) noexcept {
  out = ParseOptions{};
  if (!in) return GK_OK;
  if (in->size < sizeof in->size) return bad_size(error, "gk_parse_options");
  if (GK_OPTIONS_HAVE(in, max_input_bytes) && in->max_input_bytes != 0) out.max_input_bytes = in->max_input_bytes;
  if (GK_OPTIONS_HAVE(in, validate)) out.validate = in->validate != 0;
  return GK_OK;
}

gk_status to_json_read_options(const gk_json_options* in, JsonReadOptions& out, gk_error* error) noexcept {
  out = JsonReadOptions{};
  if (!in) return GK_OK;
  if (in->size < sizeof in->size) return bad_size(error, "gk_json_options");
  if (GK_OPTIONS_HAVE(in, max_depth) && in->max_depth != 0) out.max_depth = in->max_depth;
  if (GK_OPTIONS_HAVE(in, max_bytes) && in->max_bytes != 0) out.max_bytes = in->max_bytes;
  return GK_OK;
}

}  // namespace gongkai::capi

extern "C" {

GK_API void gk_parse_options_init(gk_parse_options* options) {
  if (!options) return;
  const gongkai::ParseOptions defaults;
  options->size = sizeof *options;
  options->max_input_bytes = defaults.max_input_bytes;
  options->validate = defaults.validate ? 1 : 0;
}

GK_API void gk_json_options_init(gk_json_options* options) {
  if (!options) return;
  const gongkai::JsonReadOptions defaults;
  options->size = sizeof *options;
  options->max_depth = defaults.max_depth;
  options->max_bytes = defaults.max_bytes;
}

}  // extern "C"
