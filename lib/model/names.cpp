// Stable names of the model's enums, as they appear in JSON and messages.
#include "gongkai/error.hpp"
#include "gongkai/model.hpp"
#include "gongkai/version.hpp"

namespace gongkai {

const char* version() noexcept { return GONGKAI_VERSION_STRING; }

const char* status_name(Status s) noexcept {
  switch (s) {
    case Status::ok: return "ok";
    case Status::invalid_argument: return "invalid_argument";
    case Status::invalid_utf8: return "invalid_utf8";
    case Status::binary_input: return "binary_input";
    case Status::empty_input: return "empty_input";
    case Status::too_large: return "too_large";
    case Status::json_syntax: return "json_syntax";
    case Status::json_schema: return "json_schema";
    case Status::too_deep: return "too_deep";
    case Status::io_error: return "io_error";
    case Status::not_found: return "not_found";
    case Status::out_of_memory: return "out_of_memory";
    case Status::internal: return "internal";
    case Status::bad_file: return "bad_file";
    case Status::needs_ocr: return "needs_ocr";
    case Status::no_report: return "no_report";
  }
  return "unknown";
}

const char* format_name(Format f) noexcept {
  switch (f) {
    case Format::gk2021: return "gk2021";
    case Format::gk2019: return "gk2019";
    case Format::legacy: return "legacy";
    case Format::narrative: return "narrative";
  }
  return "narrative";
}

std::optional<Format> format_from_name(std::string_view n) noexcept {
  if (n == "gk2021") return Format::gk2021;
  if (n == "gk2019") return Format::gk2019;
  if (n == "legacy") return Format::legacy;
  if (n == "narrative") return Format::narrative;
  return std::nullopt;
}

const char* cell_state_name(CellState s) noexcept {
  switch (s) {
    case CellState::number: return "number";
    case CellState::blank: return "blank";
    case CellState::blank_mark: return "blank_mark";
    case CellState::not_number: return "not_number";
  }
  return "blank";
}

std::optional<CellState> cell_state_from_name(std::string_view n) noexcept {
  if (n == "number") return CellState::number;
  if (n == "blank") return CellState::blank;
  if (n == "blank_mark") return CellState::blank_mark;
  if (n == "not_number") return CellState::not_number;
  return std::nullopt;
}

const char* cell_placement_name(CellPlacement p) noexcept {
  switch (p) {
    case CellPlacement::printed: return "printed";
    case CellPlacement::label: return "label";
    case CellPlacement::arithmetic: return "arithmetic";
    case CellPlacement::position: return "position";
  }
  return "printed";
}

std::optional<CellPlacement> cell_placement_from_name(std::string_view n) noexcept {
  if (n == "printed") return CellPlacement::printed;
  if (n == "label") return CellPlacement::label;
  if (n == "arithmetic") return CellPlacement::arithmetic;
  if (n == "position") return CellPlacement::position;
  return std::nullopt;
}

const char* severity_name(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "info";
}

std::optional<Severity> severity_from_name(std::string_view n) noexcept {
  if (n == "info") return Severity::info;
  if (n == "warning") return Severity::warning;
  if (n == "error") return Severity::error;
  return std::nullopt;
}

}  // namespace gongkai
