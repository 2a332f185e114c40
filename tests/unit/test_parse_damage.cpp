// The damage extraction does to real reports, one kind at a time: each
// value still lands at its key, every inference is reported as
// CELL-REPAIRED, and where no repair is certain the cells are left out.
#include <catch2/catch.hpp>

#include "gongkai/parse.hpp"
#include "parse_checks.hpp"
#include "report_builder.hpp"

using gongkai::Format;
using gktest::Damage;
using gktest::Layout;

namespace {

// A CELL-REPAIRED finding names a cell of the row.
bool repaired_row(const gongkai::Report& r, const std::string& row) {
  for (const auto& d : r.diagnostics)
    if (d.rule == "CELL-REPAIRED")
      for (const auto& c : d.cells)
        if (c.key.rfind("applications." + row + ".", 0) == 0) return true;
  return false;
}

const char* const kColumns[] = {"natural", "commercial", "research", "social", "legal", "other", "total"};

// The first outcome row whose only applicant is a natural person (n > 0).
std::string row_with_only_natural(const gktest::Values& v) {
  for (const char* row : {"granted", "partial", "denied.third_party", "denied.process_info", "unable.not_held",
                          "unable.need_creation", "not_processed.petition", "not_processed.repeated"}) {
    std::string p = std::string("applications.") + row + ".";
    if (v.at(p + "natural") != "0" && v.at(p + "total") == v.at(p + "natural")) return row;
  }
  return "";
}

}  // namespace

TEST_CASE("letter-spaced, half-width and 规范性文件 labels", "[parse][damage]") {
  for (Layout layout : {Layout::tabs, Layout::spaces}) {
    auto v = gktest::consistent_values(Format::gk2021, 11);
    Damage d;
    d.letter_spaced = {"received", "granted", "carried_forward", "denied.three_security"};
    d.half_width = true;
    d.short_normative = true;
    auto r = gongkai::parse(gktest::build_report(Format::gk2021, v, layout, d));
    gktest::require_values(r, v);
    CHECK(gktest::count_rule(r, "CELL-REPAIRED") == 0);
  }
}

TEST_CASE("every cell on a line of its own, as PDF text often comes", "[parse][damage]") {
  for (Format f : {Format::gk2019, Format::gk2021}) {
    auto v = gktest::consistent_values(f, 21);
    auto r = gongkai::parse(gktest::build_report(f, v, Layout::vertical, {}, f == Format::gk2021 ? 2022 : 2019));
    INFO("format " << gongkai::format_name(f));
    CHECK(r.meta.format == f);
    gktest::require_values(r, v);
  }
}

TEST_CASE("a row printed over two lines is one row", "[parse][damage]") {
  for (Layout layout : {Layout::tabs, Layout::spaces}) {
    auto v = gktest::consistent_values(Format::gk2021, 22);
    Damage d;
    d.split_row = "granted";
    auto r = gongkai::parse(gktest::build_report(Format::gk2021, v, layout, d));
    INFO("layout " << static_cast<int>(layout));
    gktest::require_values(r, v);
  }
}

TEST_CASE("rows whose label was lost are placed by their position", "[parse][damage]") {
  auto v = gktest::consistent_values(Format::gk2019, 12);
  Damage d;
  d.unlabeled = {"denied.law_prohibited", "denied.third_party", "unable.unclear", "not_processed.massive"};
  auto r = gongkai::parse(gktest::build_report(Format::gk2019, v, Layout::tabs, d, 2019));
  gktest::require_values(r, v);
}

TEST_CASE("a row without its label whose own total is wrong is left out, not guessed", "[parse][damage]") {
  auto v = gktest::consistent_values(Format::gk2019, 23);
  v["applications.denied.third_party.total"] = std::to_string(std::stol(v["applications.denied.third_party.total"]) + 1);
  Damage d;
  d.unlabeled = {"denied.third_party", "denied.internal_affairs"};
  auto r = gongkai::parse(gktest::build_report(Format::gk2019, v, Layout::tabs, d, 2019));
  // Nothing shows where the broken row belongs but its order: it is left
  // out as ambiguous, and so is the unlabeled row the broken relations
  // cannot vouch for; the labelled rows are read as printed.
  for (const char* row : {"denied.third_party", "denied.internal_affairs"}) {
    for (const char* c : {"natural", "commercial", "research", "social", "legal", "other", "total"}) {
      std::string key = std::string("applications.") + row + "." + c;
      CHECK(r.find_cell(key) == nullptr);
      v.erase(key);
    }
  }
  CHECK(gktest::count_rule(r, "ROW-AMBIGUOUS") >= 2);
  gktest::require_values(r, v);
  CHECK(gktest::count_rule(r, "T3-ROW-TOTAL") == 0);
}

TEST_CASE("labels cut short by OCR are placed by the row they resemble", "[parse][damage]") {
  auto v = gktest::consistent_values(Format::gk2021, 24);
  Damage d;
  d.cut_short = {"denied.internal_affairs", "not_processed.massive", "denied.process_info"};
  auto r = gongkai::parse(gktest::build_report(Format::gk2021, v, Layout::pipes, d));
  gktest::require_values(r, v);
}

TEST_CASE("a group's heading beside one of its later rows", "[parse][damage]") {
  auto v = gktest::consistent_values(Format::gk2019, 25);
  Damage d;
  // 不予公开 centred in its merged cell: printed on its fourth row, the others bare.
  d.unlabeled = {"denied.state_secret", "denied.law_prohibited", "denied.three_security", "denied.internal_affairs",
                 "denied.process_info", "denied.enforcement_file", "denied.query"};
  d.relabel = {{"denied.third_party", "（三）不予公开"}};
  auto r = gongkai::parse(gktest::build_report(Format::gk2019, v, Layout::tabs, d, 2019));
  gktest::require_values(r, v);
}

TEST_CASE("labels wrapped over two lines", "[parse][damage]") {
  auto v = gktest::consistent_values(Format::gk2021, 13);
  Damage d;
  d.wrapped = {"received", "granted", "unable.need_creation", "carried_forward"};
  auto r = gongkai::parse(gktest::build_report(Format::gk2021, v, Layout::tabs, d));
  gktest::require_values(r, v);
}

TEST_CASE("a table cut by a page footer, its header repeated, and a garbage row", "[parse][damage]") {
  for (Layout layout : {Layout::tabs, Layout::pipes, Layout::spaces}) {
    auto v = gktest::consistent_values(Format::gk2021, 14);
    Damage d;
    d.footer_after = "denied.query";
    d.repeat_header = true;
    d.garbage_after = "partial";
    auto r = gongkai::parse(gktest::build_report(Format::gk2021, v, layout, d));
    gktest::require_values(r, v);
  }
}

TEST_CASE("table 四 on one line, in three blocks, or under flattened headers", "[parse][damage][appeals]") {
  for (auto shape : {gktest::AppealsShape::one_line, gktest::AppealsShape::three_blocks, gktest::AppealsShape::flattened}) {
    for (Layout layout : {Layout::tabs, Layout::pipes, Layout::spaces}) {
      auto v = gktest::consistent_values(Format::gk2019, 15);
      Damage d;
      d.appeals = shape;
      auto r = gongkai::parse(gktest::build_report(Format::gk2019, v, layout, d, 2020));
      INFO("shape " << static_cast<int>(shape) << " layout " << static_cast<int>(layout));
      gktest::require_values(r, v);
    }
  }
}

TEST_CASE("a doubled cell is dropped when only one drop keeps the row total", "[parse][damage][repair]") {
  auto v = gktest::consistent_values(Format::gk2021, 16);
  Damage d;
  d.doubled_zero = "received";
  auto r = gongkai::parse(gktest::build_report(Format::gk2021, v, Layout::tabs, d));
  gktest::require_values(r, v);
  CHECK(repaired_row(r, "received"));
  CHECK(r.find_cell("applications.received.natural")->inferred);
}

TEST_CASE("a lost column is restored when the column totals decide where", "[parse][damage][repair]") {
  auto v = gktest::consistent_values(Format::gk2019, 17);
  std::string row = row_with_only_natural(v);
  REQUIRE(!row.empty());
  Damage d;
  d.lost_commercial = row;
  auto r = gongkai::parse(gktest::build_report(Format::gk2019, v, Layout::tabs, d, 2020));
  // The lost cell was a 0 among the row's zeros: which of them was lost the
  // text cannot say, so one of the zero cells is a blank put back.
  int inserted = 0;
  for (const char* c : kColumns) {
    std::string key = "applications." + row + "." + c;
    const gongkai::Cell* cell = r.find_cell(key);
    INFO("key " << key);
    REQUIRE(cell != nullptr);
    std::string got = cell->value ? cell->value->to_string() : "0";
    CHECK(got == v[key]);
    inserted += cell->state == gongkai::CellState::blank;
    CHECK(cell->inferred);
  }
  CHECK(inserted == 1);
  v.erase("applications." + row + ".commercial");
  for (const char* c : kColumns) v.erase("applications." + row + "." + c);
  gktest::require_values(r, v);
  CHECK(repaired_row(r, row));
}

TEST_CASE("a lost non-zero cell is never guessed", "[parse][damage][repair]") {
  auto v = gktest::consistent_values(Format::gk2019, 18);
  // Three more requests from companies, granted: every total that counts them.
  for (const char* key : {"applications.granted.commercial", "applications.granted.total", "applications.total.commercial",
                          "applications.total.total", "applications.received.commercial", "applications.received.total"})
    v[key] = std::to_string(std::stol(v[key]) + 3);
  Damage d;
  d.lost_commercial = "granted";
  auto r = gongkai::parse(gktest::build_report(Format::gk2019, v, Layout::tabs, d, 2020));
  for (const char* c : kColumns) CHECK(r.find_cell(std::string("applications.granted.") + c) == nullptr);
  CHECK(gktest::count_rule(r, "ROW-AMBIGUOUS") == 1);
  // The other rows are untouched.
  auto partial = r.find_cell("applications.partial.total");
  REQUIRE(partial);
  CHECK(partial->value->to_string() == v["applications.partial.total"]);
}

TEST_CASE("digits split by extraction are joined back", "[parse][damage][repair]") {
  for (Layout layout : {Layout::tabs, Layout::spaces}) {
    auto v = gktest::consistent_values(Format::gk2021, 19);
    v["applications.received.natural"] = "1259";
    long total = 0;
    for (int c = 0; c < 6; ++c) total += std::stol(v[std::string("applications.received.") + kColumns[c]]);
    v["applications.received.total"] = std::to_string(total);
    long carried_forward_natural = std::stol(v["applications.received.natural"]) +
                                   std::stol(v["applications.carried_over.natural"]) -
                                   std::stol(v["applications.total.natural"]);
    v["applications.carried_forward.natural"] = std::to_string(carried_forward_natural);
    long cf_total = 0;
    for (int c = 0; c < 6; ++c) cf_total += std::stol(v[std::string("applications.carried_forward.") + kColumns[c]]);
    v["applications.carried_forward.total"] = std::to_string(cf_total);
    Damage d;
    d.split_total = "received";
    auto r = gongkai::parse(gktest::build_report(Format::gk2021, v, layout, d));
    INFO("layout " << static_cast<int>(layout));
    gktest::require_values(r, v);
    CHECK(repaired_row(r, "received"));
  }
}
