// Text in the encodings people have: UTF-8 (with or without a BOM), UTF-16
// with a BOM, and GB18030/GBK (Windows machines in Chinese offices save text
// in it). Converted to UTF-8 with iconv.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::inputs {

/// The encoding `bytes` are in, by content: "utf-8" after a UTF-8 BOM or when
/// the bytes are valid UTF-8; "utf-16le"/"utf-16be" after their BOM;
/// "gb18030" when they decode as GB18030 into mostly Chinese text; "" when
/// none of these fits (binary data, or an encoding not recognised).
std::string detect_encoding(std::string_view bytes);

/// Converts `bytes` from `encoding` (an iconv name; "gbk", "gb2312", "cp936"
/// are read as GB18030, their superset) to UTF-8, dropping a leading BOM.
/// Throws gongkai::Error: invalid_argument for an encoding iconv does not
/// know, invalid_utf8 for bytes that are not text in that encoding (with
/// the offset of the first bad byte).
std::string convert_to_utf8(std::string_view bytes, std::string_view encoding);

/// detect_encoding, then convert_to_utf8; bytes in no encoding it knows are
/// returned as they are (the parser then says why they are not text).
/// `encoding` non-empty: use it, no detection.
std::string decode_text(std::string_view bytes, std::string_view encoding = {});

}  // namespace gongkai::inputs
