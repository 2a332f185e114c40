#include "serialize/field_order.hpp"

#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "gongkai/fields.hpp"

namespace gongkai::serialize {

std::vector<const Cell*> cells_in_field_order(const Report& report) {
  std::size_t count = 0;
  for (const auto& t : report.tables) count += t.cells.size();
  std::unordered_map<std::string_view, const Cell*> by_key;
  by_key.reserve(count * 2);
  for (const auto& t : report.tables)
    for (const auto& c : t.cells) by_key.emplace(c.key, &c);

  std::vector<const Cell*> ordered;
  ordered.reserve(by_key.size());
  for (const auto& spec : field_specs(report.meta.format)) {
    auto it = by_key.find(spec.key);
    if (it != by_key.end()) ordered.push_back(it->second);
  }
  if (ordered.size() == by_key.size()) return ordered;

  std::unordered_set<std::string_view> taken;
  for (const Cell* c : ordered) taken.insert(c->key);
  for (const auto& t : report.tables)
    for (const auto& c : t.cells)
      if (taken.insert(c.key).second) ordered.push_back(by_key[c.key]);
  return ordered;
}

}  // namespace gongkai::serialize
