// The words of every finding, in Chinese and English, kept in one table
// (messages.cpp) so that wording is reviewed in one place and rule ids map to
// their sentences. Templates name their arguments: {lhs}, {subject}, ...
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gongkai/model.hpp"

namespace gongkai::validation {

/// A named argument of a message. `en` may differ from `zh` (a row's label in
/// Chinese, its key in English); when empty, `zh` is used in both.
struct MessageArg {
  std::string name;
  std::string zh;
  std::string en;
};

struct Message {
  std::string zh;
  std::string en;
};

/// Fills the template of `id` ("T3-BALANCE", or a variant "T3-ROW-TOTAL/derived").
/// An unknown id gives the id itself, so that a missing template is visible
/// rather than a crash.
Message render_message(std::string_view id, const std::vector<MessageArg>& args);

/// A finding of `rule` with the words of `message_id` (the rule id or one of
/// its variants), pointing at `line`:`column` (0 when about the whole report).
Diagnostic make_finding(std::string rule, Severity severity, std::string_view message_id,
                        const std::vector<MessageArg>& args, std::uint32_t line = 0, std::uint32_t column = 0);

/// The ids that have templates (for tests: every rule has its words).
std::vector<std::string_view> message_ids();

}  // namespace gongkai::validation
