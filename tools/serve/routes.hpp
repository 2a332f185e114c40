// The routes of `gongkai serve` (see server.hpp for the list) and the JSON
// error answer they share with the server's own errors.
#pragma once

#include <httplib.h>

#include "api_error.hpp"
#include "server.hpp"

namespace gongkai::serve {

inline constexpr const char* kJsonType = "application/json; charset=utf-8";

void add_routes(httplib::Server& svr, const ServeOptions& options);
/// Answers with an API error (its HTTP status and JSON body).
void send_error(httplib::Response& res, const ApiError& e);

}  // namespace gongkai::serve
