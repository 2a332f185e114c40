#include "server.hpp"

#include <httplib.h>
#include <pthread.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <new>
#include <optional>
#include <string_view>
#include <thread>

#include "api_error.hpp"
#include "gongkai/csv.hpp"
#include "gongkai/json.hpp"
#include "gongkai/template_description.hpp"
#include "gongkai/version.hpp"
#include "origin_check.hpp"
#include "page_assets.hpp"
#include "read_upload.hpp"

namespace gongkai::serve {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

// The page loads nothing from elsewhere, and the browser is told to refuse
// anything that would.
constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

// Room for the multipart framing around a file of max_bytes.
constexpr std::size_t kMultipartOverhead = 64 * 1024;

void send(httplib::Response& res, const ApiError& e) {
  res.status = e.http_status;
  res.set_content(e.body, kJson);
}

std::string lowercase(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// "text/plain; charset=utf-8" → "text/plain".
std::string media_type(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  return lowercase(type);
}

struct Upload {
  std::string_view bytes;  // borrowed from the request, which outlives the answer
  std::string filename;
};

// The report in a request: a multipart "file" (or "text") part, or the body.
std::optional<ApiError> take_upload(const httplib::Request& req, Upload& out) {
  if (req.is_multipart_form_data()) {
    auto part = req.files.find("file");
    if (part == req.files.end()) part = req.files.find("text");
    if (part == req.files.end())
      return api_error(Status::invalid_argument, 400,
                       "表单中没有 file 或 text 部分 / the multipart body has no \"file\" or \"text\" part");
    out.bytes = part->second.content;
    out.filename = part->second.filename;
  } else {
    const std::string type = media_type(req);
    if (type != "text/plain" && type != "text/markdown" && type != "application/octet-stream")
      return api_error(Status::invalid_argument, 415,
                       "不支持的内容类型“" + type +
                           "”：请发送 multipart/form-data、text/plain 或 application/octet-stream / "
                           "unsupported content type '" + type +
                           "': send multipart/form-data, text/plain or application/octet-stream");
    out.bytes = req.body;
    out.filename = req.get_param_value("filename");
  }
  if (out.bytes.empty())
    return api_error(Status::empty_input, 400, "请求中没有报告内容 / the request holds no report");
  return std::nullopt;
}

void handle_parse(const httplib::Request& req, httplib::Response& res, const ServeOptions& options) {
  const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
  if (format != "json" && format != "csv")
    return send(res, api_error(Status::invalid_argument, 400,
                               "未知格式“" + format + "”（json、csv）/ unknown format '" + format + "' (json, csv)"));
  Upload upload;
  if (auto error = take_upload(req, upload)) return send(res, *error);
  try {
    Report report = read_upload(upload.bytes, upload.filename, options.max_bytes);
    if (format == "csv") {
      CsvOptions csv;
      csv.bom = true;  // spreadsheets read the download as UTF-8 only with it
      res.set_content(to_csv_wide(report, upload.filename.empty() ? "report" : upload.filename, csv),
                      "text/csv; charset=utf-8");
      res.set_header("Content-Disposition", "attachment; filename=\"report.csv\"");
    } else {
      res.set_content(to_json(report) + "\n", kJson);  // byte for byte what `gongkai parse` prints
    }
  } catch (const Error& e) {
    send(res, api_error(e));
  } catch (const std::bad_alloc&) {
    send(res, api_error(Status::out_of_memory, 503, "内存不足 / out of memory"));
  }
}

void handle_version(httplib::Response& res, const ServeOptions& options) {
  res.set_content(std::string("{\"version\":\"") + version() + "\",\"schema\":\"" + kReportSchema + "\",\"max_bytes\":" + std::to_string(options.max_bytes) +
                      "}\n",
                  kJson);
}

void handle_template(const httplib::Request& req, httplib::Response& res) {
  auto format = format_from_name(req.matches[1].str());
  if (!format)
    return send(res, api_error(Status::not_found, 404,
                               "没有这个模板 / no such template (gk2021, gk2019, legacy, narrative)"));
  res.set_content(template_description_json(*format), kJson);
}

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
  res.set_content(e.body, kJson);
  return httplib::Server::HandlerResponse::Handled;
}

void add_routes(httplib::Server& svr, const ServeOptions& options) {
  for (const PageAsset& asset : page_assets()) {
    std::string pattern;  // the route is a regular expression: escape the dot
    for (const char* p = asset.path; *p; ++p) pattern += *p == '.' ? std::string("\\.") : std::string(1, *p);
    svr.Get(pattern, [&asset](const httplib::Request&, httplib::Response& res) {
      res.set_content(reinterpret_cast<const char*>(asset.data), asset.size, asset.media_type);
      res.set_header("Content-Security-Policy", kPagePolicy);
    });
  }
  svr.Get("/api/version", [&options](const httplib::Request&, httplib::Response& res) { handle_version(res, options); });
  svr.Get(R"(/api/template/([a-z0-9]+))", handle_template);
  svr.Post("/api/parse", [&options](const httplib::Request& req, httplib::Response& res) {
    handle_parse(req, res, options);
  });
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
      send(res, api_error(Status::invalid_argument, 403, why));
      res.set_header("Connection", "close");  // its body, if any, is not read
      return httplib::Server::HandlerResponse::Handled;
    }
    if (!req.has_header("Transfer-Encoding")) return httplib::Server::HandlerResponse::Unhandled;
    send(res, api_error(Status::invalid_argument, 411,
                        "请求须带 Content-Length，不接受分块传输 / send a Content-Length; chunked bodies are refused"));
    res.set_header("Connection", "close");
    return httplib::Server::HandlerResponse::Handled;
  });
  svr.set_error_handler(httplib::Server::HandlerWithResponse(
      [&options](const httplib::Request& req, httplib::Response& res) { return answer_http_error(req, res, options); }));
  svr.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send(res, api_error(Status::internal, 500, "内部错误 / internal error"));
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
