// The routes of `gongkai serve`: the page's files, and the API's answers.
#include "routes.hpp"

#include <new>
#include <optional>
#include <string_view>

#include "gongkai/csv.hpp"
#include "gongkai/json.hpp"
#include "gongkai/template_description.hpp"
#include "gongkai/version.hpp"
#include "page_assets.hpp"
#include "read_upload.hpp"

namespace gongkai::serve {
namespace {

// The page loads nothing from elsewhere, and the browser is told to refuse
// anything that would.
constexpr const char* kPagePolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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
    return send_error(res, api_error(Status::invalid_argument, 400,
                                     "未知格式“" + format + "”（json、csv）/ unknown format '" + format + "' (json, csv)"));
  Upload upload;
  if (auto error = take_upload(req, upload)) return send_error(res, *error);
  try {
    Report report = read_upload(upload.bytes, upload.filename, options.max_bytes);
    if (format == "csv") {
      CsvOptions csv;
      csv.bom = true;  // spreadsheets read the download as UTF-8 only with it
      res.set_content(to_csv_wide(report, upload.filename.empty() ? "report" : upload.filename, csv),
                      "text/csv; charset=utf-8");
      res.set_header("Content-Disposition", "attachment; filename=\"report.csv\"");
    } else {
      res.set_content(to_json(report) + "\n", kJsonType);  // byte for byte what `gongkai parse` prints
    }
  } catch (const Error& e) {
    send_error(res, api_error(e));
  } catch (const std::bad_alloc&) {
    send_error(res, api_error(Status::out_of_memory, 503, "内存不足 / out of memory"));
  }
}

void handle_version(httplib::Response& res, const ServeOptions& options) {
  res.set_content(std::string("{\"version\":\"") + version() + "\",\"schema\":\"" + kReportSchema +
                      "\",\"max_bytes\":" + std::to_string(options.max_bytes) + "}\n",
                  kJsonType);
}

void handle_template(const httplib::Request& req, httplib::Response& res) {
  auto format = format_from_name(req.matches[1].str());
  if (!format)
    return send_error(res, api_error(Status::not_found, 404,
                                     "没有这个模板 / no such template (gk2021, gk2019, legacy, narrative)"));
  res.set_content(template_description_json(*format), kJsonType);
}

}  // namespace

void send_error(httplib::Response& res, const ApiError& e) {
  res.status = e.http_status;
  res.set_content(e.body, kJsonType);
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

}  // namespace gongkai::serve
