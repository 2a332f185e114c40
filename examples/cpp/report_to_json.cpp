// report_to_json: parses annual reports with gongkai from C++ and prints, for
// each, one line of JSON (the library's canonical JSON, without the detail
// members) and a count of the findings on stderr.
//
// The C API is the whole interface; std::unique_ptr with the library's free
// functions makes every handle release itself.
#include <gongkai.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>

namespace {

struct ReportFree {
  void operator()(gk_report* r) const noexcept { gk_report_free(r); }
};
struct BufferFree {
  void operator()(gk_buffer* b) const noexcept { gk_buffer_free(b); }
};
using ReportPtr = std::unique_ptr<gk_report, ReportFree>;
using BufferPtr = std::unique_ptr<gk_buffer, BufferFree>;

// Turns a failed call into an exception carrying gongkai's message.
void check(gk_status status, const gk_error& err, const std::string& what) {
  if (status != GK_OK)
    throw std::runtime_error(what + ": " + err.message + " [" + gk_status_name(status) + ", line " +
                             std::to_string(err.line) + "]");
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path + ": cannot open");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

ReportPtr parse(const std::string& text, const std::string& name) {
  gk_error err;
  gk_report* raw = nullptr;
  check(gk_report_parse(text.data(), text.size(), nullptr, &raw, &err), err, name);
  return ReportPtr(raw);
}

std::string to_json(const gk_report* report, unsigned flags) {
  gk_error err;
  gk_buffer* raw = nullptr;
  check(gk_report_to_json(report, flags, &raw, &err), err, "to_json");
  BufferPtr buffer(raw);
  return std::string(gk_buffer_data(buffer.get()), gk_buffer_size(buffer.get()));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " REPORT.txt...\n";
    return 2;
  }
  if (gk_abi_version() != GK_ABI_VERSION) {
    std::cerr << "gongkai library ABI " << gk_abi_version() << ", built for " << GK_ABI_VERSION << "\n";
    return 2;
  }
  int failures = 0;
  for (int i = 1; i < argc; ++i) {
    try {
      ReportPtr report = parse(read_file(argv[i]), argv[i]);
      std::cout << to_json(report.get(), 0) << "\n";
      std::cerr << argv[i] << ": " << gk_report_meta(report.get())->format << ", "
                << gk_report_field_count(report.get()) << " fields, "
                << gk_report_diagnostic_count(report.get()) << " findings\n";
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
      ++failures;
    }
  }
  return failures == 0 ? 0 : 2;
}
