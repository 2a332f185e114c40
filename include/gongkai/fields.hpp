// The flat field keys of each format (spec/fields.tsv), in template order.
#pragma once

#include <string_view>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai {

struct FieldSpec {
  Format format;
  std::string_view key;     ///< "applications.received.natural"
  std::string_view row;     ///< the row label as the template prints it
  std::string_view column;  ///< the column name or unit
};

/// Every field of a format, in template order (empty for narrative).
const std::vector<FieldSpec>& field_specs(Format format);
/// The spec of one key in a format, or nullptr.
const FieldSpec* find_field_spec(Format format, std::string_view key) noexcept;
/// The table a key belongs to: "active", "applications", "appeals", "legacy".
std::string_view table_of_key(std::string_view key) noexcept;

}  // namespace gongkai
