// One member of a zip archive, unpacked with a limit (libzip).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai::inputs {

/// The unpacked bytes of member `name` of the zip archive `bytes`; nullopt
/// when the archive has no such member. Throws gongkai::Error(bad_file)
/// when `bytes` is not a readable zip archive, the member is encrypted or
/// damaged, or it unpacks to more than `max_bytes` (a zip bomb stops there).
std::optional<std::string> read_zip_entry(std::string_view bytes, const char* name, std::size_t max_bytes);

}  // namespace gongkai::inputs
