// Requests that come from another web site through the user's own browser.
// A page on any site may post to http://127.0.0.1:8080/ (a text/plain POST
// needs no CORS preflight) or, by DNS rebinding, read the answers: such
// requests are refused, so that only the checker page itself and programs
// (which send no Origin) use the server.
#pragma once

#include <string>

namespace gongkai::serve {

/// Host: the request's Host header; origin: its Origin header ("" when it
/// has none); loopback: the server listens on a loopback address only.
/// Returns why the request is refused ("" when it is not).
std::string foreign_request(const std::string& host, const std::string& origin, bool loopback);

/// 127.0.0.1 (any of 127.0.0.0/8), ::1 and localhost.
bool is_loopback_host(const std::string& host);

}  // namespace gongkai::serve
