#include "gongkai/fields.hpp"

#include <array>
#include <string>
#include <unordered_map>

namespace gongkai {
namespace {

const std::vector<FieldSpec>& all_fields() {
  static const std::vector<FieldSpec> all = {
#include "fields_table.inc"
  };
  return all;
}

std::vector<FieldSpec> fields_of(Format f) {
  std::vector<FieldSpec> out;
  for (const auto& s : all_fields())
    if (s.format == f) out.push_back(s);
  return out;
}

}  // namespace

const std::vector<FieldSpec>& field_specs(Format format) {
  static const std::array<std::vector<FieldSpec>, 4> by_format = {
      fields_of(Format::gk2021), fields_of(Format::gk2019), fields_of(Format::legacy), {}};
  return by_format[static_cast<int>(format)];
}

const FieldSpec* find_field_spec(Format format, std::string_view key) noexcept {
  for (const auto& s : field_specs(format))
    if (s.key == key) return &s;
  return nullptr;
}

std::string field_label_zh(const FieldSpec& spec) {
  std::string label(spec.row);
  if (spec.column.empty()) return label;
  // The legacy table's third column is a unit (条, 件, 万元), not a column.
  if (spec.format == Format::legacy) return label + "（" + std::string(spec.column) + "）";
  return label + "｜" + std::string(spec.column);
}

std::string_view field_label_zh(std::string_view key, Format format) {
  // Built once: the JSON writer asks for every cell of every report.
  using Labels = std::unordered_map<std::string_view, std::string>;
  static const std::array<Labels, 3> by_format = [] {
    std::array<Labels, 3> maps;
    for (const auto& s : all_fields()) maps[static_cast<int>(s.format)].emplace(s.key, field_label_zh(s));
    return maps;
  }();
  auto look_up = [&](Format f) -> const std::string* {
    if (f == Format::narrative) return nullptr;
    const Labels& labels = by_format[static_cast<int>(f)];
    auto it = labels.find(key);
    return it == labels.end() ? nullptr : &it->second;
  };
  if (const std::string* label = look_up(format)) return *label;
  for (Format other : {Format::gk2021, Format::gk2019, Format::legacy})
    if (const std::string* label = look_up(other)) return *label;
  return {};
}

std::string_view table_of_key(std::string_view key) noexcept {
  auto starts = [&](std::string_view p) { return key.substr(0, p.size()) == p; };
  if (starts("active.")) return "active";
  if (starts("applications.")) return "applications";
  if (starts("review.") || starts("litigation_direct.") || starts("litigation_after_review.")) return "appeals";
  if (starts("legacy.")) return "legacy";
  return "";
}

}  // namespace gongkai
