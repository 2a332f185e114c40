// Every finding speaks both languages, with all of its blanks filled.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "gongkai/validate.hpp"
#include "validate_fixtures.hpp"

using gongkai::Diagnostic;
using gongkai::Report;
using gongkai::test::consistent_gk2019;
using gongkai::test::consistent_gk2021;
using gongkai::test::consistent_legacy;

namespace {

void check_words(const Diagnostic& d) {
  INFO(d.rule << " | " << d.message_zh << " | " << d.message_en);
  CHECK(!d.message_zh.empty());
  CHECK(!d.message_en.empty());
  CHECK(d.message_zh != d.rule);  // the id itself means its template is missing
  CHECK(d.message_en != d.rule);
  CHECK(d.message_zh.find('{') == std::string::npos);  // an argument left unfilled
  CHECK(d.message_en.find('{') == std::string::npos);
}

}  // namespace

TEST_CASE("every rule's findings have Chinese and English words with no blank left", "[validate][messages]") {
  std::set<std::string> seen;
  auto collect = [&](const std::vector<Diagnostic>& found) {
    for (const auto& d : found) {
      check_words(d);
      seen.insert(d.rule);
    }
  };

  auto national = consistent_gk2019();
  national.number("applications.carried_forward.natural", 3)        // T3-BALANCE
      .number("applications.partial.research", 1)                   // T3-ROW-TOTAL, T3-OUTCOME-SUM
      .number("review.total", 9)                                    // T4-TOTAL
      .blank("litigation_direct.total")                             // T4-TOTAL info (derived)
      .number("active.coercion.decisions", -1)                      // T2-NEGATIVE
      .number("applications.denied.query.legal", -1)                // T3-NEGATIVE
      .number("litigation_after_review.pending", -1)                // T4-NEGATIVE
      .number("active.rules.published", 9)                          // T2-PUBLISHED-TOTAL
      .text("active.fees.delta", "见附件")                           // CELL-NOT-NUMBER
      .absent("active.fees.prev_items");                            // FIELD-MISSING
  national.report().meta.year = 2021;                               // TEMPLATE-ERA
  national.report().meta.published = "2022-05-01";                  // PUBLISHED-LATE
  national.report().meta.period_start = "2019-01-01";               // META-YEAR
  national.report().sections.erase(national.report().sections.begin() + 5);  // SECTION-MISSING
  national.report().sections[3].number = "五";                      // SECTION-ORDER
  national.report().sections[0].text = "共收到政府信息公开申请 30 件。";  // TEXT-TABLE-MISMATCH
  collect(gongkai::validate(national.build()));

  auto legacy = consistent_legacy();
  legacy.number("legacy.requests.fax", 4).number("legacy.requests.extended", 1).number("legacy.answers.other_channel", 1)
      .number("legacy.answers.denied_other_law", 3).number("legacy.review.other", 1).number("legacy.litigation.corrected", 1)
      .number("legacy.org.staff", 9).number("legacy.complaints", -1);
  legacy.report().meta.title.clear();  // META-TITLE
  legacy.report().tables.push_back({});  // an empty table: nothing to read, nothing to crash on
  collect(gongkai::validate(legacy.build()));

  Report missing = consistent_gk2021().build();
  missing.tables.clear();  // TABLE-MISSING
  collect(gongkai::validate(missing));

  auto current = consistent_gk2021();
  current.number("applications.carried_over.natural", 4);
  Report previous = consistent_gk2019().build();
  previous.meta.year = 2021;
  collect(gongkai::compare_with_previous(current.build(), previous));  // PREV-CARRIED-OVER
  previous.meta.year = 2019;
  collect(gongkai::compare_with_previous(current.build(), previous));  // PREV-YEAR
  collect(gongkai::compare_with_previous(current.build(), consistent_legacy().build()));  // PREV-FORMAT
  Report child = consistent_gk2021().build(), other = consistent_legacy().build();
  collect(gongkai::compare_with_children(current.build(), {&child, &other}));  // CHILDREN-SUM, CHILDREN-FORMAT

  const char* expected[] = {
      "T3-BALANCE", "T3-ROW-TOTAL", "T3-OUTCOME-SUM", "T4-TOTAL", "T2-NEGATIVE", "T3-NEGATIVE", "T4-NEGATIVE",
      "T2-PUBLISHED-TOTAL", "L-REQUESTS-CHANNELS", "L-REQUESTS-COMPLETED", "L-ANSWERS-SUM", "L-DENIED-PARTS",
      "L-REVIEW-SUM", "L-LITIGATION-SUM", "L-STAFF-SUM", "L-NEGATIVE", "SECTION-MISSING", "SECTION-ORDER",
      "TABLE-MISSING", "FIELD-MISSING", "CELL-NOT-NUMBER", "META-YEAR", "META-TITLE", "TEMPLATE-ERA",
      "PUBLISHED-LATE", "TEXT-TABLE-MISMATCH", "PREV-CARRIED-OVER", "PREV-YEAR", "PREV-FORMAT", "CHILDREN-SUM",
      "CHILDREN-FORMAT"};
  for (const char* rule : expected) {
    INFO(rule);
    CHECK(seen.count(rule) == 1);
  }
}
