// Errors of the HTTP API as JSON, named like the C ABI's statuses
// (gk_status_name: "too_large", "binary_input", ...), so that a script sees
// the same names from the server, the library and the bindings:
//   {"error": {"status": "too_large", "code": 5, "message": "… / …",
//              "offset": 0, "line": 0, "column": 0}}
#pragma once

#include <string>

#include "gongkai/error.hpp"

namespace gongkai::serve {

struct ApiError {
  int http_status;
  std::string body;  ///< the JSON above
};

/// The HTTP status that answers a library status (too_large → 413, ...).
int http_status_of(Status status) noexcept;

/// An error the library threw, with its place in the input.
ApiError api_error(const Error& error);
/// An error of the server's own: `message` says what in Chinese and English.
ApiError api_error(Status status, int http_status, const std::string& message);
/// The library status that names an HTTP error the server library answered
/// on its own (413 → too_large, 404 → not_found, else invalid_argument/internal).
Status status_of_http(int http_status) noexcept;

}  // namespace gongkai::serve
