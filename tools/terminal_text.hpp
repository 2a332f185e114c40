// Text from a report (or a file name) on its way to a terminal: a control
// character in it (ESC starts a terminal escape sequence, BEL rings, CR
// overwrites the line) or a bidirectional override (which reorders what the
// reader sees) is shown as a visible \x1B or \u202E instead of acting.
#pragma once

#include <string>
#include <string_view>

namespace gongkai::cli {

/// `text` with C0 and C1 controls other than tab, DEL, and the bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) written as
/// escapes. Valid UTF-8 stays as it is otherwise; invalid bytes become \xNN.
std::string terminal_safe(std::string_view text);

}  // namespace gongkai::cli
