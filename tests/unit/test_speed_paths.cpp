// The fast paths of issue 12 against the plain code they stand for: the JSON
// string writer's run of Chinese text, the SourceText's views, the reused
// normalize buffer, the validator's cell index and its prose prefilters,
// and UTF-8 input parsed where it lies. Each fast path must give the same
// bytes as the slow one on every input, including the awkward ones.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "gongkai/inputs.hpp"
#include "gongkai/json.hpp"
#include "gongkai/parse.hpp"
#include "gongkai/validate.hpp"
#include "parse/label.hpp"
#include "parse/source_text.hpp"
#include "parse/tokens.hpp"
#include "serialize/json_writer.hpp"
#include "serialize/text_scan.hpp"
#include "text/normalize.hpp"
#include "text/search.hpp"
#include "text/utf8.hpp"
#include "text/word_set.hpp"
#include "validate/cell_reader.hpp"
#include "validate_fixtures.hpp"

using namespace gongkai;

namespace {

// append_json_string as it was before the fast path for UTF-8: one code
// point at a time, ASCII runs only.
std::string json_string_reference(std::string_view s) {
  static const char hex[] = "0123456789abcdef";
  std::string out = "\"";
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      std::size_t n = serialize::valid_utf8_length(s, i);
      if (n == 0) {
        out += "\xEF\xBF\xBD";
        ++i;
        continue;
      }
      if (n == 3 && s.substr(i, 3) == "\xE2\x80\xA8") out += "\\u2028";
      else if (n == 3 && s.substr(i, 3) == "\xE2\x80\xA9") out += "\\u2029";
      else out.append(s.substr(i, n));
      i += n;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  return out + "\"";
}

// Pieces the generator strings together: Chinese text, the leads whose
// second byte is range-checked (E0, ED), U+2028/2029, 4-byte characters,
// bytes cut from a character, escapes and controls.
const std::vector<std::string>& pieces() {
  static const std::vector<std::string> p = {
      "政府信息公开", "，", "。", "a", "12", " ", "\"", "\\", "\n", "\t", "\x01", "\x1F",
      "\xE0\xA4\x85",          // U+0905 (E0 with a valid second byte)
      "\xE0\x80\x80",          // overlong: invalid
      "\xED\x9F\xBF",          // U+D7FF
      "\xED\xA0\x80",          // a surrogate: invalid
      "\xE2\x80\xA8", "\xE2\x80\xA9", "\xE2\x80\x94",  // LS, PS, an em dash
      "\xF0\x9F\x98\x80",      // 😀
      "\xC3\xA9",              // é
      "\xE6\x94",              // a character cut short
      "\xEF\xBC\x8C",          // full-width comma
      "\xEF\xBF\xBE",          // U+FFFE
      "\x80", "\xFF", "\xC0\xAF",
  };
  return p;
}

}  // namespace

TEST_CASE("the JSON string writer's fast path writes what the code-point path wrote", "[speed][json]") {
  unsigned state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  // Short texts, then long ones: the writer looks at 16 bytes at once and
  // checks a text's UTF-8 whole from its first multibyte character, so a
  // bad byte far into a long valid text must still be found where it is.
  for (int round = 0; round < 6000; ++round) {
    std::string s;
    const int n = static_cast<int>(next() % (round < 4000 ? 12 : 90));
    for (int k = 0; k < n; ++k) s += pieces()[next() % pieces().size()];
    std::string fast = "x";  // appended to what is there
    serialize::append_json_string(fast, s);
    INFO("input bytes: " << s.size() << " round " << round);
    REQUIRE(fast == "x" + json_string_reference(s));
  }
  // Long valid text with one bad piece somewhere in it.
  std::vector<std::string> valid, invalid;
  for (const auto& piece : pieces())
    (serialize::find_invalid_utf8(piece) == std::string_view::npos ? valid : invalid).push_back(piece);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    const int before = static_cast<int>(next() % 200), after = static_cast<int>(next() % 40);
    for (int k = 0; k < before; ++k) s += valid[next() % valid.size()];
    if (round % 4 != 0) s += invalid[next() % invalid.size()];
    for (int k = 0; k < after; ++k) s += valid[next() % valid.size()];
    std::string fast;
    serialize::append_json_string(fast, s);
    INFO("input bytes: " << s.size() << " round " << round);
    REQUIRE(fast == json_string_reference(s));
  }
  // A character cut at the very end of the text, after a run.
  std::string cut = "年度报告\xE6\x94";
  std::string fast;
  serialize::append_json_string(fast, cut);
  CHECK(fast == json_string_reference(cut));
  CHECK(fast == "\"年度报告\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST_CASE("SourceText's lines view the text normalize_line gives, and their compact forms are compact's", "[speed][parse]") {
  const std::string input =
      "北京市2023年政府信息公开工作年度报告\r\n"
      "（一）主动公开，共１２件。\n"
      "\n"
      "本年新收政府信息公开申请数量\t12\t3\r"
      "plain ascii line\n"
      "⺠政 ㈱ 　 end";
  parsing::SourceText src(input);
  REQUIRE(src.size() == 6);
  std::string expected_norm;
  for (std::size_t i = 0; i < src.size(); ++i) {
    const auto& line = src[i];
    INFO("line " << i);
    CHECK(line.number == i + 1);
    std::string_view original = src.original(i);
    CHECK(original.find('\n') == std::string_view::npos);
    CHECK(original.find('\r') == std::string_view::npos);
    const std::string norm = text::normalize_line(original);
    CHECK(line.norm == norm);
    std::string buffer = "left over";
    CHECK(src.compact(i, buffer) == parsing::compact(norm));
    // A line normalizing to itself is not copied: it views the input.
    if (norm == original) CHECK(line.norm.data() == original.data());
  }
  CHECK(src.original(0) == "北京市2023年政府信息公开工作年度报告");
  CHECK(src[1].norm == "(一)主动公开,共12件。");
  CHECK(src[2].norm.empty());
  std::string buffer;
  CHECK(src.compact(3, buffer) == "本年新收政府信息公开申请数量123");
  CHECK(src[5].norm.substr(0, 3) == "民");
}

TEST_CASE("normalize_line_into replaces the buffer's content and maps bytes back as normalize_line", "[speed][text]") {
  std::string buffer = "left over from the previous line, longer than the next";
  std::vector<std::uint32_t> origin_into, origin_plain;
  for (std::string_view line : {"共收到申请１２件，", "", "ｂｒｅａｋ\v", "abc"}) {
    text::normalize_line_into(line, &buffer, &origin_into);
    const std::string plain = text::normalize_line(line, &origin_plain);
    CHECK(buffer == plain);
    CHECK(origin_into == origin_plain);
  }
}

TEST_CASE("the validator's cell index reads the first of two cells with one key, as find_cell does", "[speed][validate]") {
  Report r = test::consistent_gk2021().build();
  Table extra;
  extra.id = "三";
  Cell again;
  again.key = "applications.received.total";
  again.state = CellState::number;
  again.value = Decimal::integer(999);
  extra.cells.push_back(again);
  r.tables.push_back(extra);
  const validation::CellReader reader(r, {});
  const auto c = reader.read("applications.received.total");
  REQUIRE(c.cell == r.find_cell("applications.received.total"));
  CHECK(c.value == Decimal::integer(7));
  CHECK(!reader.read("applications.no_such_key").present());
}

TEST_CASE("prose figures in full-width digits are still compared, and clauses without a rule's word are not",
          "[speed][validate]") {
  Report r = test::consistent_gk2021().build();  // received 7, carried over 1
  r.sections[0].text = "本年度共收到政府信息公开申请３０件。";
  auto found = test::of_rule(validate(r), "TEXT-TABLE-MISMATCH");
  REQUIRE(found.size() == 1);
  CHECK(found[0].lhs == Decimal::integer(30));
  r.sections[0].text = "本年度共收到政府信息公开申请7件，办理群众来信30件。";
  CHECK(test::of_rule(validate(r), "TEXT-TABLE-MISMATCH").empty());
}

TEST_CASE("UTF-8 text is parsed in place with the same result as its copy, a BOM removed", "[speed][inputs]") {
  const std::string text =
      "某县2023年政府信息公开工作年度报告\n一、总体情况\n本年度共收到政府信息公开申请5件。\n";
  const std::string plain = to_json(parse(text));
  CHECK(to_json(parse_bytes(text)) == plain);
  CHECK(to_json(parse_bytes("\xEF\xBB\xBF" + text)) == plain);
}

TEST_CASE("text::contains finds words as std::string_view::find does", "[speed][text]") {
  const std::string_view line = "本年新收政府信息公开申请数量，上年结转政府信息公开申请数量";
  for (std::string_view word : {"", "本年", "数量", "上年结转", "结转下年度", "申请数量，上年", "量", "x",
                                "本年新收政府信息公开申请数量，上年结转政府信息公开申请数量。"}) {
    INFO(word);
    CHECK(text::contains(line, word) == (line.find(word) != std::string_view::npos));
  }
  CHECK(text::contains_any(line, {"复议", "诉讼", "结转"}));
  CHECK(!text::contains_any(line, {"复议", "诉讼"}));
  CHECK(!text::contains_any("", {"复议"}));
}

TEST_CASE("text::contains agrees with find on every piece of a line, and around its ends", "[speed][text]") {
  const std::string line = "（一）本年新收政府信息公开申请数量 12，结转下年度继续办理 ab";
  for (std::size_t b = 0; b < line.size(); ++b)
    for (std::size_t n = 1; b + n <= line.size() && n <= 12; ++n) {
      const std::string_view word = std::string_view(line).substr(b, n);
      REQUIRE(text::contains(line, word));
      const std::string_view shorter = std::string_view(line).substr(1, line.size() - 2);
      REQUIRE(text::contains(shorter, word) == (shorter.find(word) != std::string_view::npos));
    }
  CHECK(!text::contains("ab", "abc"));
  CHECK(text::contains("ab", "b"));
  CHECK(!text::contains("结转", "转结"));
}

TEST_CASE("find_invalid_utf8 finds the first bad byte as the character-by-character walk does", "[speed][text]") {
  // The walk the vectorized check stands in front of: decode from the start.
  auto walk = [](std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
      char32_t cp;
      const int n = text::decode(s, i, &cp);
      if (n == 0) return i;
      i += static_cast<std::size_t>(n);
    }
    return std::string_view::npos;
  };
  unsigned state = 777;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  std::size_t invalid = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    // Long enough for the vectorized path's 64-byte blocks.
    const int n = static_cast<int>(next() % 60);
    for (int k = 0; k < n; ++k) s += pieces()[next() % pieces().size()];
    INFO("round " << round << ", " << s.size() << " bytes");
    const std::size_t at = text::find_invalid_utf8(s);
    REQUIRE(at == walk(s));
    invalid += at != std::string_view::npos;
  }
  CHECK(invalid > 1000);  // the generator makes both kinds
  CHECK(text::find_invalid_utf8("") == std::string_view::npos);
}

// In every piece of the line, a WordSet of the words finds the words find finds.
static void check_word_set_finds(std::initializer_list<std::string_view> words, const std::string& line) {
  const text::WordSet set(words);
  for (std::size_t b = 0; b < line.size(); ++b)
    for (std::size_t e = b; e <= line.size(); ++e) {
      const std::string_view piece = std::string_view(line).substr(b, e - b);
      std::uint64_t want = 0;
      std::size_t k = 0;
      for (std::string_view w : words) want |= std::uint64_t{piece.find(w) != std::string_view::npos} << k++;
      INFO("piece [" << b << ", " << e << ")");
      REQUIRE(set.occurring(piece) == want);
      REQUIRE(set.any_in(piece) == (want != 0));
    }
}

TEST_CASE("a WordSet finds the words std::string_view::find finds, in every piece of a line", "[speed][text]") {
  const std::initializer_list<std::string_view> words = {"本年新收", "结转下年度", "申请", "abc", "数量，上", "收政", "年"};
  check_word_set_finds(words, "（一）本年新收政府信息公开申请数量 12，上年结转下年度继续办理 abc；收");
  CHECK(text::WordSet::bits(2, 3) == 0b11100);
  CHECK_THROWS(text::WordSet({"ab"}));
}

TEST_CASE("a cell of plain digits reads as Decimal::parse reads it", "[speed][parse]") {
  unsigned state = 4242;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  for (int round = 0; round < 3000; ++round) {
    std::string digits;
    const std::size_t n = 1 + next() % 20;  // past 18 digits the general path reads them
    for (std::size_t k = 0; k < n; ++k) digits += static_cast<char>('0' + next() % 10);
    const parsing::Token t = parsing::classify_cell(digits);
    const auto want = Decimal::parse(digits);
    INFO(digits);
    if (want) {
      REQUIRE(t.kind == parsing::TokenKind::number);
      REQUIRE(t.value.units == want->units);
      REQUIRE(t.value.scale == want->scale);
    } else {
      REQUIRE(t.out_of_range);
    }
  }
}

TEST_CASE("a WordSet of words of two characters or more finds what find finds, words sharing an opening too",
          "[speed][text]") {
  // Every word six bytes or more: the second filter (the first two
  // characters) and the buckets by opening are used; 本年 opens four words.
  const std::initializer_list<std::string_view> words = {"本年新收", "本年制发件数", "本年", "本年新收政府", "上年结转",
                                                         "结转下年度", "申请数量", "ab12cd"};
  check_word_set_finds(words, "本年新收政府信息公开申请数量12本年制发件数本年上年结转下年度ab12cd本年新");
}

TEST_CASE("compact_shape counts what compact writes", "[speed][parse]") {
  const std::vector<std::string> pieces = {"本", "年", " ", "\t", "，", "、", "12", "a", "Z", "(", "）", "—", "·",
                                           "①", "ａ", "é", "😀", "。", "|", "-", "３", "《", "》", "\xE4\xB8"};
  unsigned state = 99;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    const int n = static_cast<int>(next() % 30);
    for (int k = 0; k < n; ++k) s += pieces[next() % pieces.size()];
    const std::string c = parsing::compact(s);
    const parsing::CompactShape shape = parsing::compact_shape(s);
    INFO("'" << s << "' compacts to '" << c << "'");
    REQUIRE(shape.bytes == c.size());
    REQUIRE(shape.code_points == text::count_code_points(c));
    REQUIRE(shape.digits == static_cast<std::size_t>(std::count_if(c.begin(), c.end(), [](char ch) {
              return ch >= '0' && ch <= '9';
            })));
  }
}

TEST_CASE("SourceText's normalized lines read the same across its chunks, and after the chunks before are freed",
          "[speed][parse]") {
  // About 5 MB of lines that normalization changes (full-width digits and
  // commas), so that they fill several chunks of 1 MiB, with unchanged lines
  // and empty lines between.
  std::string input;
  std::vector<std::string> expected;
  for (int i = 0; input.size() < 5'000'000; ++i) {
    std::string line;
    if (i % 7 == 3) line = "plain line " + std::to_string(i);
    else if (i % 11 == 5) line = "";
    else line = "第" + std::to_string(i) + "行，共１２件，其中　" + std::string(static_cast<std::size_t>(i % 50), 'x');
    input += line + "\n";
    expected.push_back(text::normalize_line(line));
  }
  parsing::SourceText src(input);
  REQUIRE(src.size() == expected.size());
  for (std::size_t i = 0; i < src.size(); ++i) REQUIRE(src[i].norm == expected[i]);
  // Read once, freeing behind: every line still reads right when its turn comes.
  for (std::size_t i = 0; i < src.size(); ++i) {
    src.release_before(i);
    INFO("line " << i);
    REQUIRE(src[i].norm == expected[i]);
    const SourceSpan s = src.span(i, 0, src[i].norm.size());
    REQUIRE(s.line == i + 1);
  }
}

TEST_CASE("add_validation after parsing without validation gives what parsing with it gives", "[speed][validate]") {
  std::size_t findings = 0;
  for (const char* name : {"gk2019_torn_2019.txt", "gk2021_markdown_2024.txt", "gk2021_tabs_2023.txt", "legacy_2016.txt",
                           "narrative_2017.txt"}) {
    std::ifstream in(std::string(GONGKAI_SAMPLES_DIR) + "/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    REQUIRE(!text.empty());
    INFO(name);
    const Report validated = parse(text);
    ParseOptions no_checks;
    no_checks.validate = false;
    Report later = parse(text, no_checks);
    add_validation(later);
    REQUIRE(later.diagnostics.size() == validated.diagnostics.size());
    CHECK(to_json(later) == to_json(validated));
    findings += later.diagnostics.size();
  }
  CHECK(findings > 0);
}

namespace {

// A report of three parts whose second is `body_lines` lines long, some of
// them changed by normalization, some blank, with spaces to trim.
std::string report_with_long_part(std::size_t body_lines, std::string* expected_body) {
  std::string text = "南岭市2023年政府信息公开工作年度报告\n一、总体情况\n";
  expected_body->clear();
  for (std::size_t i = 0; i < body_lines; ++i) {
    std::string line;
    if (i % 9 == 4) line = "   ";
    else if (i % 5 == 1) line = "  全年主动公开文件１２件，其中" + std::to_string(i) + "件。  ";
    else line = "本机关坚持公开为常态 " + std::to_string(i) + " \"引号\"\\";
    text += line + "\n";
    const std::string norm = text::normalize_line(line);
    const std::size_t a = norm.find_first_not_of(' '), b = norm.find_last_not_of(' ');
    if (a == std::string::npos) continue;
    if (!expected_body->empty()) *expected_body += '\n';
    *expected_body += norm.substr(a, b - a + 1);
  }
  return text + "二、主动公开政府信息情况\n无。\n";
}

}  // namespace

TEST_CASE("a part's text is its lines joined, short or longer than the buffer holds", "[speed][parse]") {
  for (std::size_t lines : {3u, 200u, 60'000u}) {
    std::string expected;
    const std::string text = report_with_long_part(lines, &expected);
    INFO(lines << " lines, " << expected.size() << " bytes of text");
    const Report r = parse(text);
    REQUIRE(r.sections.size() >= 2);
    CHECK(r.sections[0].text == expected);
    CHECK(r.sections[0].text.capacity() < expected.size() + 64);
    CHECK(r.sections[1].text == "无。");
  }
}

TEST_CASE("JSON handed on in pieces is to_json's, a text longer than a piece too", "[speed][json]") {
  std::string expected;
  const Report r = parse(report_with_long_part(60'000, &expected));
  REQUIRE(r.sections[0].text.size() > 2 * serialize::JsonWriter::kChunk);
  for (bool pretty : {false, true}) {
    JsonWriteOptions options;
    options.pretty = pretty;
    std::string pieces;
    std::size_t largest = 0;
    write_json(r, options, [&](std::string_view piece) {
      pieces += piece;
      largest = std::max(largest, piece.size());
    });
    CHECK(pieces == to_json(r, options));
    // No piece holds the long text whole.
    CHECK(largest < r.sections[0].text.size());
  }
}

TEST_CASE("SourceText finds a changed line's text by its rank among changed lines, in any pattern", "[speed][parse]") {
  // Runs of changed and unchanged lines of random lengths, across the
  // 64-line blocks the rank is counted in: whole blocks of either, and
  // blocks that start or end with a change.
  unsigned state = 777;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  for (int round = 0; round < 20; ++round) {
    std::string input;
    std::vector<std::string> expected;
    while (expected.size() < 3000) {
      const bool changed = next() % 2 == 0;
      const std::size_t run = 1 + next() % (round % 2 ? 200 : 8);
      for (std::size_t k = 0; k < run; ++k) {
        const std::string line = changed ? "第" + std::to_string(expected.size()) + "行，共１２件"
                                         : "line " + std::to_string(expected.size());
        input += line + "\n";
        expected.push_back(text::normalize_line(line));
      }
    }
    parsing::SourceText src(input);
    REQUIRE(src.size() == expected.size());
    for (std::size_t i = 0; i < src.size(); ++i) {
      INFO("round " << round << " line " << i);
      REQUIRE(src[i].norm == expected[i]);
    }
  }
}
