#include "gongkai/fields.hpp"

#include <array>

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

std::string_view table_of_key(std::string_view key) noexcept {
  auto starts = [&](std::string_view p) { return key.substr(0, p.size()) == p; };
  if (starts("active.")) return "active";
  if (starts("applications.")) return "applications";
  if (starts("review.") || starts("litigation_direct.") || starts("litigation_after_review.")) return "appeals";
  if (starts("legacy.")) return "legacy";
  return "";
}

}  // namespace gongkai
