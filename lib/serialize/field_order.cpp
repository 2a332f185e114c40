#include "serialize/field_order.hpp"

#include <array>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "gongkai/fields.hpp"

namespace gongkai::serialize {
namespace {

// Each format's keys and their place in its fields.tsv order, built once: a
// report's cells are put in that order by one lookup each, with no map of
// the report's own.
using Places = std::unordered_map<std::string_view, std::size_t>;

const Places& places_of(Format format) {
  static const std::array<Places, 4> by_format = [] {
    std::array<Places, 4> maps;
    for (Format f : {Format::gk2021, Format::gk2019, Format::legacy, Format::narrative}) {
      const auto& specs = field_specs(f);
      for (std::size_t i = 0; i < specs.size(); ++i) maps[static_cast<std::size_t>(f)].emplace(specs[i].key, i);
    }
    return maps;
  }();
  return by_format[static_cast<std::size_t>(format)];
}

}  // namespace

std::vector<const Cell*> cells_in_field_order(const Report& report) {
  const Places& places = places_of(report.meta.format);
  std::vector<const Cell*> slots(field_specs(report.meta.format).size(), nullptr);
  std::vector<const Cell*> unlisted;  // keys the format does not list, in table order
  for (const auto& t : report.tables)
    for (const auto& c : t.cells) {
      auto it = places.find(c.key);
      if (it == places.end())
        unlisted.push_back(&c);
      else if (!slots[it->second])
        slots[it->second] = &c;  // the first cell of a key printed twice
    }

  std::vector<const Cell*> ordered;
  ordered.reserve(slots.size() + unlisted.size());
  for (const Cell* c : slots)
    if (c) ordered.push_back(c);
  if (unlisted.empty()) return ordered;
  std::unordered_set<std::string_view> taken;
  for (const Cell* c : unlisted)
    if (taken.insert(c->key).second) ordered.push_back(c);
  return ordered;
}

}  // namespace gongkai::serialize
