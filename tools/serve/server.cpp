#include "server.hpp"

#include <httplib.h>
#include <pthread.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include "api_error.hpp"
#include "origin_check.hpp"
#include "routes.hpp"

namespace gongkai::serve {
namespace {

// Room for the multipart framing around a file of max_bytes.
constexpr std::size_t kMultipartOverhead = 64 * 1024;


// Errors the HTTP library answers on its own (no route, a body over the
// limit, a malformed request) get the same JSON as the API's.
httplib::Server::HandlerResponse answer_http_error(const httplib::Request&, httplib::Response& res,
                                                   const ServeOptions& options) {
  if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // already ours
  std::string message;
  switch (res.status) {
    case 404: message = "没有这个地址 / no such address"; break;
    case 413:
      message = "请求超过大小上限 " + std::to_string(options.max_bytes) + " 字节 / the request is larger than the limit of " +
                std::to_string(options.max_bytes) + " bytes";
      break;
    case 400: message = "请求格式不正确 / malformed request"; break;
    default: message = "HTTP 错误 / HTTP error " + std::to_string(res.status);
  }
  ApiError e = api_error(status_of_http(res.status), res.status, message);
  res.set_content(e.body, kJsonType);
  return httplib::Server::HandlerResponse::Handled;
}

void set_limits(httplib::Server& svr, const ServeOptions& options) {
  const std::size_t threads = options.threads ? options.threads : 1;
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  svr.set_payload_max_length(options.max_bytes + kMultipartOverhead);
  svr.set_read_timeout(options.read_timeout_seconds, 0);
  svr.set_write_timeout(options.read_timeout_seconds, 0);
  // The answer's headers and body go out in two writes: without this, Nagle's
  // algorithm holds the body back until the client's delayed ACK (~40 ms).
  svr.set_tcp_nodelay(true);
  // A kept-alive connection holds a worker while it idles: keep it short.
  svr.set_keep_alive_timeout(2);
  svr.set_keep_alive_max_count(1000);
  // The HTTP library checks the size of a body only when it has a
  // Content-Length: a chunked body could grow without bound, so it is refused
  // before it is read.
  const bool loopback = is_loopback_host(options.host);
  svr.set_pre_routing_handler([loopback](const httplib::Request& req, httplib::Response& res) {
    std::string why = foreign_request(req.get_header_value("Host"), req.get_header_value("Origin"), loopback);
    if (!why.empty()) {
      send_error(res, api_error(Status::invalid_argument, 403, why));
      res.set_header("Connection", "close");  // its body, if any, is not read
      return httplib::Server::HandlerResponse::Handled;
    }
    if (!req.has_header("Transfer-Encoding")) return httplib::Server::HandlerResponse::Unhandled;
    send_error(res, api_error(Status::invalid_argument, 411,
                        "请求须带 Content-Length，不接受分块传输 / send a Content-Length; chunked bodies are refused"));
    res.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });
  svr.set_error_handler(httplib::Server::HandlerWithResponse(
      [&options](const httplib::Request& req, httplib::Response& res) { return answer_http_error(req, res, options); }));
  svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send_error(res, api_error(Status::internal, 500, "内部错误 / internal error"));
  });
  // Answers are never kept by the browser either.
  svr.set_post_routing_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
  });
}

}  // namespace

int run_server(const ServeOptions& options, const std::function<void(int port)>& on_listening) {
  // SIGINT and SIGTERM are taken by one thread that stops the server; every
  // other thread (the pool's workers too) inherits the blocked mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  httplib::Server svr;
  set_limits(svr, options);
  add_routes(svr, options);

  int port = options.port;
  if (port == 0)
    port = svr.bind_to_any_port(options.host);
  else if (!svr.bind_to_port(options.host, port))
    port = -1;
  if (port <= 0) {
    std::fprintf(stderr, "gongkai serve: 无法监听 / cannot listen on %s:%d\n", options.host.c_str(), options.port);
    return 2;
  }
  on_listening(port);

  std::atomic<bool> listening_ended{false};
  std::thread stopper([&svr, &listening_ended, stop_signals] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    // stop() does nothing before the server runs: a signal that comes right
    // after the address was printed waits for it.
    while (!svr.is_running() && !listening_ended) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    svr.stop();
  });
  bool served = svr.listen_after_bind();
  listening_ended = true;
  pthread_kill(stopper.native_handle(), SIGTERM);  // wakes the stopper if listening ended otherwise
  stopper.join();
  return served ? 0 : 2;
}

}  // namespace gongkai::serve

