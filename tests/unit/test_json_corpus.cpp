// The round trip on real input: every report of the shared dev corpus and
// every bundled sample is parsed, written, read back and written again, and
// the two JSON texts must be the same bytes (full, brief and pretty).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gongkai/csv.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/render.hpp"

using namespace gongkai;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> report_texts(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void check_round_trip(const fs::path& path) {
  INFO(path.string());
  Report r = parse(slurp(path));
  for (bool detail : {true, false})
    for (bool pretty : {false, true}) {
      JsonWriteOptions o;
      o.include_detail = detail;
      o.pretty = pretty;
      std::string first = to_json(r, o);
      std::string second = to_json(from_json(first), o);
      CHECK(first.size() == second.size());
      CHECK(first == second);
    }
  // A brief JSON renders the same tables as the report itself.
  JsonWriteOptions brief;
  brief.include_detail = false;
  Report from_brief = from_json(to_json(r, brief));
  CHECK(to_csv_wide(from_brief, "r") == to_csv_wide(r, "r"));
  CHECK(to_csv_long(from_brief, "r") != "");
}

}  // namespace

TEST_CASE("JSON round trip is byte-identical on every dev corpus report", "[json][corpus]") {
  auto files = report_texts(fs::path(GONGKAI_SHARED_DIR) / "corpus" / "dev");
  if (!fs::exists(fs::path(GONGKAI_SHARED_DIR) / "corpus")) {
    WARN("the shared corpus is not next to the project (" GONGKAI_SHARED_DIR "); skipped");
    return;
  }
  REQUIRE(files.size() >= 6);
  for (const auto& f : files) check_round_trip(f);
}

TEST_CASE("JSON round trip is byte-identical on every bundled sample", "[json][corpus]") {
  auto files = report_texts(GONGKAI_SAMPLES_DIR);
  if (files.empty()) WARN("no samples/*.txt yet");
  for (const auto& f : files) check_round_trip(f);
}

TEST_CASE("a real report's HTML holds every printed number at its key", "[render][corpus]") {
  auto files = report_texts(fs::path(GONGKAI_SHARED_DIR) / "corpus" / "dev");
  for (const auto& f : files) {
    INFO(f.string());
    Report r = parse(slurp(f));
    std::string html = to_html(r);
    for (const auto& t : r.tables)
      for (const auto& c : t.cells) {
        auto p = html.find("data-key=\"" + c.key + "\"");
        REQUIRE(p != std::string::npos);
        if (c.state == CellState::number) {
          auto end = html.find("</td>", p);
          CHECK(html.substr(p, end - p).find(">" + c.value->to_string()) != std::string::npos);
        }
      }
  }
}
