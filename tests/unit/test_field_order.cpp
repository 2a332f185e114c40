// cells_in_field_order puts a report's cells in fields.tsv's order by one
// lookup per cell in a table made once per format. Against the plain
// reading of its rule (the template's keys in order, each its first cell;
// then the keys it does not list, in table order, each once), over reports
// whose cells come in any order, some twice, some under keys no template has.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "gongkai/fields.hpp"
#include "gongkai/model.hpp"
#include "serialize/field_order.hpp"

using namespace gongkai;

namespace {

std::vector<const Cell*> reference(const Report& r) {
  auto first_of = [&](std::string_view key) -> const Cell* {
    for (const auto& t : r.tables)
      for (const auto& c : t.cells)
        if (c.key == key) return &c;
    return nullptr;
  };
  std::vector<const Cell*> out;
  for (const auto& spec : field_specs(r.meta.format))
    if (const Cell* c = first_of(spec.key)) out.push_back(c);
  for (const auto& t : r.tables)
    for (const auto& c : t.cells) {
      bool listed = find_field_spec(r.meta.format, c.key) != nullptr;
      bool seen = std::any_of(out.begin(), out.end(), [&](const Cell* o) { return o->key == c.key; });
      if (!listed && !seen) out.push_back(&c);
    }
  return out;
}

}  // namespace

TEST_CASE("a report's cells in field order, whatever order they were read in", "[serialize][fields]") {
  std::mt19937 rng(2026);
  std::size_t reports = 0, twice = 0, unlisted = 0;
  for (Format format : {Format::gk2021, Format::gk2019, Format::legacy, Format::narrative}) {
    const auto& specs = field_specs(format);
    for (int round = 0; round < 150; ++round) {
      std::vector<std::string> keys;
      for (const auto& s : specs)
        if (rng() % 4) keys.emplace_back(s.key);  // some cells not read
      for (int k = 0; k < static_cast<int>(rng() % 4); ++k) keys.push_back("custom.key_" + std::to_string(rng() % 3));
      if (!keys.empty())
        for (int k = 0; k < static_cast<int>(rng() % 5); ++k) keys.push_back(keys[rng() % keys.size()]);  // printed twice
      std::shuffle(keys.begin(), keys.end(), rng);
      Report r;
      r.meta.format = format;
      const std::size_t tables = 1 + rng() % 3;
      r.tables.resize(tables);
      for (std::size_t i = 0; i < keys.size(); ++i) {
        Cell c;
        c.key = keys[i];
        c.raw = std::to_string(i);  // tells two cells of one key apart
        r.tables[rng() % tables].cells.push_back(c);
      }
      const auto got = serialize::cells_in_field_order(r);
      const auto want = reference(r);
      REQUIRE(got == want);  // the same cells, by address, in the same order
      ++reports;
      twice += got.size() < keys.size();
      unlisted += std::any_of(got.begin(), got.end(), [&](const Cell* c) { return !find_field_spec(format, c->key); });
    }
  }
  CHECK(reports == 600);
  CHECK(twice > 100);     // the generator prints keys twice
  CHECK(unlisted > 100);  // and keys no template lists
}
