// to_json: the contract's members in order, canonical numbers and strings.
#include <catch2/catch.hpp>

#include <string>

#include "gongkai/fields.hpp"
#include "gongkai/json.hpp"
#include "test_json_sample_report.hpp"

using namespace gongkai;

namespace {

// Position of a needle that must be present.
std::size_t at(const std::string& hay, const std::string& needle) {
  auto p = hay.find(needle);
  INFO("looking for " << needle);
  REQUIRE(p != std::string::npos);
  return p;
}

bool valid_utf8(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

}  // namespace

TEST_CASE("to_json writes the contract's members first and in order", "[json]") {
  std::string j = to_json(testing::sample_report());
  REQUIRE(j.rfind("{\"schema\":\"gongkai.report/1\",\"meta\":{\"title\":", 0) == 0);
  CHECK(at(j, "\"meta\"") < at(j, "\"fields\""));
  CHECK(at(j, "\"fields\"") < at(j, "\"diagnostics\""));
  CHECK(at(j, "\"diagnostics\"") < at(j, "\"sections\""));
  CHECK(at(j, "\"sections\"") < at(j, "\"tables\""));
  CHECK(at(j, "\"tables\"") < at(j, "\"derived\""));
  CHECK(at(j, "\"derived\"") < at(j, "\"input\""));
  CHECK(j.find("\"organ\":\"西工区人民政府\",\"year\":2020,\"template\":\"gk2019\",\"published\":\"2021-01-28\"") !=
        std::string::npos);
  CHECK(j.find("\"input\":{\"bytes\":12345,\"lines\":130}") != std::string::npos);
}

TEST_CASE("fields follow the template order, keep decimals and signs, null blanks", "[json]") {
  std::string j = to_json(testing::sample_report());
  std::size_t begin = at(j, "\"fields\":{");
  std::string fields = j.substr(begin, at(j, "\"diagnostics\"") - begin);
  // procurement.items was added after amount_wan but comes first in fields.tsv.
  CHECK(at(fields, "\"active.procurement.items\":9") < at(fields, "\"active.procurement.amount_wan\":1723.2952"));
  CHECK(fields.find("\"active.penalty.delta\":-53") != std::string::npos);
  CHECK(fields.find("\"active.rules.made\":0") != std::string::npos);
  CHECK(fields.find("\"active.rules.published\":null") != std::string::npos);   // blank
  CHECK(fields.find("\"active.rules.total\":null") != std::string::npos);       // 无
  CHECK(fields.find("\"applications.granted.natural\":null") != std::string::npos);  // text
  CHECK(fields.find("\"applications.carried_forward.total\":12.30") != std::string::npos);
  CHECK(fields.find("applications.carried_over") == std::string::npos);  // not printed: absent
  // Every key, in the order of field_specs(gk2019).
  std::size_t last = 0;
  for (const auto& spec : field_specs(Format::gk2019)) {
    auto p = fields.find("\"" + std::string(spec.key) + "\":");
    if (p == std::string::npos) continue;
    CHECK(p > last);
    last = p;
  }
}

TEST_CASE("derived values never reach fields", "[json]") {
  Report r = testing::sample_report();
  std::string j = to_json(r);
  std::string fields = j.substr(at(j, "\"fields\""), at(j, "\"diagnostics\"") - at(j, "\"fields\""));
  CHECK(fields.find("applications.carried_over.total") == std::string::npos);
  CHECK(j.find("\"derived\":[{\"key\":\"applications.carried_over.total\",\"value\":0,") != std::string::npos);
}

TEST_CASE("diagnostics carry both messages, cells, sides and evidence", "[json]") {
  std::string j = to_json(testing::sample_report());
  CHECK(j.find("{\"rule\":\"T3-BALANCE\",\"severity\":\"error\",\"message\":\"第一项加第二项之和") != std::string::npos);
  CHECK(j.find("\"message_en\":\"received + carried over differs") != std::string::npos);
  // Each cell a finding read has its Chinese name beside its key.
  CHECK(j.find("\"cells\":[{\"key\":\"applications.received.total\","
               "\"label_zh\":\"一、本年新收政府信息公开申请数量｜总计\",\"value\":13,\"line\":42,\"column\":9},"
               "{\"key\":\"applications.carried_over.total\","
               "\"label_zh\":\"二、上年结转政府信息公开申请数量｜总计\",\"value\":null,\"line\":43,\"column\":9}]") !=
        std::string::npos);
  CHECK(j.find("\"lhs\":13,\"rhs\":12.30,\"difference\":0.70") != std::string::npos);
  CHECK(j.find("\"evidence\":\"printed: 22 13; 22 != 13\"") != std::string::npos);
}

TEST_CASE("strings are escaped and the output is valid UTF-8", "[json]") {
  Report r = testing::sample_report();
  r.meta.title = std::string("a\"b\\c\nd\re\tf\x01g\x1Fh\x7F", 16) + "\xFF\xFE" + "末";
  std::string j = to_json(r);
  CHECK(j.find("\"title\":\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u001fh\x7F\xEF\xBF\xBD\xEF\xBF\xBD末\"") != std::string::npos);
  CHECK(j.find("\\u2028") != std::string::npos);  // U+2028 is escaped for JavaScript
  CHECK(valid_utf8(j));
  for (char c : j) CHECK(static_cast<unsigned char>(c) >= 0x20);  // no raw control character at all
}

TEST_CASE("the same report always gives the same bytes", "[json]") {
  Report a = testing::sample_report();
  Report b = testing::sample_report();
  CHECK(to_json(a) == to_json(b));
  JsonWriteOptions pretty;
  pretty.pretty = true;
  CHECK(to_json(a, pretty) == to_json(b, pretty));
  // Pretty is the same document with whitespace.
  std::string p = to_json(a, pretty);
  CHECK(p.rfind("{\n  \"schema\": \"gongkai.report/1\",\n  \"meta\": {\n    \"title\": ", 0) == 0);
  CHECK(p.find("\"diagnostics\": [\n    {\n      \"rule\": \"T3-BALANCE\"") != std::string::npos);
}

TEST_CASE("brief JSON holds only the contract members", "[json]") {
  JsonWriteOptions brief;
  brief.include_detail = false;
  std::string j = to_json(testing::sample_report(), brief);
  CHECK(j.find("\"sections\"") == std::string::npos);
  CHECK(j.find("\"tables\"") == std::string::npos);
  CHECK(j.find("\"title_span\"") == std::string::npos);
  CHECK(j.find("\"fields\":{") != std::string::npos);
  CHECK(j.back() == '}');
}

TEST_CASE("an empty report is still a complete document", "[json]") {
  Report r;
  std::string j = to_json(r);
  CHECK(j.find("\"year\":null,\"template\":\"narrative\",\"published\":null") != std::string::npos);
  CHECK(j.find("\"fields\":{},\"diagnostics\":[]") != std::string::npos);
  JsonWriteOptions pretty;
  pretty.pretty = true;
  CHECK(to_json(r, pretty).find("\"fields\": {},\n  \"diagnostics\": []") != std::string::npos);
}
