#include "api_error.hpp"

#include "serialize/json_writer.hpp"

namespace gongkai::serve {
namespace {

std::string error_json(Status status, const std::string& message, std::size_t offset, std::uint32_t line,
                       std::uint32_t column) {
  serialize::JsonWriter w(false);
  w.begin_object();
  w.key("error");
  w.begin_object();
  w.member("status", status_name(status));
  w.member_int("code", static_cast<int>(status));
  w.member("message", message);
  w.member_uint("offset", offset);
  w.member_uint("line", line);
  w.member_uint("column", column);
  w.end_object();
  w.end_object();
  std::string out = w.take();
  out += '\n';
  return out;
}

}  // namespace

int http_status_of(Status status) noexcept {
  switch (status) {
    case Status::ok: return 200;
    case Status::too_large: return 413;
    case Status::invalid_utf8:
    case Status::binary_input:
    case Status::bad_file:
    case Status::needs_ocr:
    case Status::no_report: return 422;  // a well-formed request whose content is no report the library can read
    case Status::not_found: return 404;
    case Status::out_of_memory: return 503;
    case Status::io_error:
    case Status::internal: return 500;
    default: return 400;  // invalid_argument, empty_input, json_*
  }
}

Status status_of_http(int http_status) noexcept {
  if (http_status == 413) return Status::too_large;
  if (http_status == 404) return Status::not_found;
  if (http_status >= 500) return Status::internal;
  return Status::invalid_argument;
}

ApiError api_error(const Error& error) {
  return {http_status_of(error.status()),
          error_json(error.status(), error.what(), error.offset(), error.line(), error.column())};
}

ApiError api_error(Status status, int http_status, const std::string& message) {
  return {http_status, error_json(status, message, 0, 0, 0)};
}

}  // namespace gongkai::serve
