// The one place where the bytes a user sends to `gongkai serve` become a
// report. Every route that takes a report goes through read_upload(), so that
// reading other kinds of file (PDF, HTML, DOCX: the file front ends) is a
// change of this one function.
#pragma once

#include <cstddef>
#include <string_view>

#include "gongkai/model.hpp"

namespace gongkai::serve {

/// Reads an upload as a report. `filename` is the name the browser gave the
/// file ("" for pasted text); `max_bytes` is the server's payload limit.
/// Throws gongkai::Error (empty_input, binary_input, invalid_utf8, too_large)
/// with a message in Chinese and English when the bytes are not a report text.
Report read_upload(std::string_view bytes, std::string_view filename, std::size_t max_bytes);

}  // namespace gongkai::serve
