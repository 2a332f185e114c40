// The flat field keys of each format (spec/fields.tsv), in template order.
#pragma once

#include <string>
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
/// The Chinese name of a field as the template prints it, for people reading
/// a spreadsheet or a finding: "row｜column" ("一、本年新收政府信息公开申请数量｜自然人"),
/// and for the legacy 统计表 "row（unit）".
std::string field_label_zh(const FieldSpec& spec);
/// The same for a key, looked up in `format` first and then in the other
/// formats (a key shared by gk2019 and gk2021 has one label); "" when no
/// format has the key. Static storage: the view stays valid.
std::string_view field_label_zh(std::string_view key, Format format);
/// The table a key belongs to: "active", "applications", "appeals", "legacy".
std::string_view table_of_key(std::string_view key) noexcept;

}  // namespace gongkai
