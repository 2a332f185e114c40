// Hostile and extreme inputs, each with a time bound: the parser must refuse
// cleanly or finish in time linear in the input, never crash.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "gongkai/error.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "report_builder.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Parses, returning the status (ok when a report came back).
gongkai::Status parse_status(std::string_view text, gongkai::ParseOptions options = {}) {
  try {
    gongkai::parse(text, options);
  } catch (const gongkai::Error& e) {
    return e.status();
  }
  return gongkai::Status::ok;
}

std::string small_report() {
  return gktest::build_report(gongkai::Format::gk2021, gktest::consistent_values(gongkai::Format::gk2021, 3),
                              gktest::Layout::tabs);
}

}  // namespace

TEST_CASE("a 1 MB line", "[adversarial]") {
  std::string text = "某县2020年政府信息公开工作年度报告\n" + std::string(1 << 20, 'x') + "\n";
  auto t0 = Clock::now();
  CHECK(parse_status(text) == gongkai::Status::ok);
  CHECK(seconds_since(t0) < 5.0);
  std::string digits = "本年新收政府信息公开申请数量";
  for (int i = 0; i < 100000; ++i) digits += "\t1";
  t0 = Clock::now();
  CHECK(parse_status("某县2020年政府信息公开工作年度报告\n" + digits + "\n") == gongkai::Status::ok);
  CHECK(seconds_since(t0) < 5.0);
}

TEST_CASE("a million-row table", "[adversarial]") {
  std::string text = "某县2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
  text.reserve(20u << 20);
  for (int i = 0; i < 1000000; ++i) text += "\t0\t0\t0\t0\t0\t0\t0\n";
  auto t0 = Clock::now();
  CHECK(parse_status(text) == gongkai::Status::ok);
  CHECK(seconds_since(t0) < 20.0);
}

TEST_CASE("100,000 headings", "[adversarial]") {
  std::string text = "某县2020年政府信息公开工作年度报告\n";
  for (int i = 0; i < 100000; ++i) text += "一、总体情况\n（一）主动公开\n";
  auto t0 = Clock::now();
  auto report = gongkai::parse(text);
  CHECK(report.sections.size() == 200000);
  CHECK(seconds_since(t0) < 20.0);
}

TEST_CASE("every byte value, alone and inside a report", "[adversarial]") {
  std::string report = small_report();
  for (int b = 0; b < 256; ++b) {
    std::string one(1, static_cast<char>(b));
    auto s = parse_status(one);
    CHECK((s == gongkai::Status::ok || s == gongkai::Status::empty_input || s == gongkai::Status::invalid_utf8 ||
           s == gongkai::Status::binary_input));
    std::string inside = report;
    inside.insert(inside.size() / 2, one);
    s = parse_status(inside);
    CHECK((s == gongkai::Status::ok || s == gongkai::Status::invalid_utf8 || s == gongkai::Status::binary_input));
  }
}

TEST_CASE("invalid UTF-8 in every position of a report", "[adversarial]") {
  std::string report = small_report().substr(0, 3000);
  for (std::size_t i = 0; i < report.size(); ++i) {
    std::string bad = report;
    bad[i] = '\xff';
    try {
      gongkai::parse(bad);
      FAIL("accepted invalid UTF-8 at " << i);
    } catch (const gongkai::Error& e) {
      REQUIRE(e.status() == gongkai::Status::invalid_utf8);
      // At the byte, or at the start of the character it broke.
      REQUIRE(e.offset() <= i);
      REQUIRE(e.offset() + 3 >= i);
    }
  }
}

TEST_CASE("a 100 MB input parses in linear time, or is refused by the limit", "[adversarial]") {
  std::string unit = small_report();
  std::string text;
  text.reserve(100u << 20);
  while (text.size() < (100u << 20)) text += unit;
  auto t0 = Clock::now();
  gongkai::ParseOptions options;
  options.validate = false;
  auto report = gongkai::parse(text, options);
  CHECK(report.input_bytes == text.size());
  CHECK(seconds_since(t0) < 60.0);
  options.max_input_bytes = 50u << 20;
  CHECK(parse_status(text, options) == gongkai::Status::too_large);
}

TEST_CASE("an empty file and a table with every cell torn", "[adversarial]") {
  CHECK(parse_status("") == gongkai::Status::empty_input);
  std::string torn = "某县2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n";
  for (int i = 0; i < 30; ++i) torn += "一、本年新收\n1\n\n2 3\n-\n—\n/\n无\n";
  auto report = gongkai::parse(torn);
  CHECK(report.meta.year == 2020);
}

TEST_CASE("10,000-deep JSON is refused as too_deep", "[adversarial]") {
  std::string deep(10000, '[');
  deep += std::string(10000, ']');
  try {
    gongkai::from_json(deep);
    FAIL("accepted 10,000-deep JSON");
  } catch (const gongkai::Error& e) {
    CHECK(e.status() == gongkai::Status::too_deep);
  }
  std::string deep_object = "{\"schema\":\"gongkai.report/1\",\"meta\":" + std::string(10000, '{');
  try {
    gongkai::from_json(deep_object);
    FAIL("accepted 10,000-deep JSON");
  } catch (const gongkai::Error& e) {
    CHECK(e.status() == gongkai::Status::too_deep);
  }
}
