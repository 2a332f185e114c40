#include "origin_check.hpp"

namespace gongkai::serve {
namespace {

// "127.0.0.1:8080" → "127.0.0.1"; "[::1]:8080" → "::1".
std::string host_name(const std::string& host) {
  if (!host.empty() && host[0] == '[') {
    auto close = host.find(']');
    return host.substr(1, close == std::string::npos ? std::string::npos : close - 1);
  }
  return host.substr(0, host.find(':'));
}

}  // namespace

bool is_loopback_host(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

std::string foreign_request(const std::string& host, const std::string& origin, bool loopback) {
  // Behind a loopback address every page the browser shows from here is
  // named by a loopback name: any other name was rebound to it.
  if (loopback && !is_loopback_host(host_name(host)))
    return "请求的主机名不是本机 / the request names a host other than this machine";
  if (!origin.empty() && origin != "http://" + host)
    return "不接受来自其他网站的请求 / requests from other web sites are refused";
  return "";
}

}  // namespace gongkai::serve
