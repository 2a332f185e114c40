// The HTTP server of `gongkai serve`: the embedded page and the JSON API.
//
//   GET  /                      the checker page (and /app.js, /style.css)
//   GET  /api/version           {"version", "abi", "schema", "max_bytes"}
//   GET  /api/template/NAME     a template's layout (template_description.hpp)
//   POST /api/parse[?format=csv]  the report: multipart (a "file" or a "text"
//                               part), or the raw body (text/plain,
//                               application/octet-stream); answers the JSON
//                               that `gongkai parse` prints, or the wide CSV
//
// Nothing a user sends is written anywhere or kept after the answer: bodies
// live in memory for one request, and nothing is logged.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace gongkai::serve {

struct ServeOptions {
  std::string host = "127.0.0.1";  ///< loopback unless asked otherwise
  int port = 8080;                 ///< 0: any free port (printed when listening)
  std::size_t threads = 8;         ///< requests handled at once (a kept-alive connection holds one)
  std::size_t max_bytes = 32u * 1024u * 1024u;  ///< the largest request body accepted
  int read_timeout_seconds = 10;   ///< a client silent this long is dropped
};

/// Binds, calls `on_listening(port)` once the socket is bound, then serves
/// until SIGINT or SIGTERM. Returns the process exit status (2 when the
/// address cannot be bound).
int run_server(const ServeOptions& options, const std::function<void(int port)>& on_listening);

}  // namespace gongkai::serve
