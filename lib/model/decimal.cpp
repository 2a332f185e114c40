#include "gongkai/decimal.hpp"

#include <cstdlib>
#include <limits>

namespace gongkai {
namespace {

constexpr int kMaxScale = 9;
constexpr std::int64_t kPow10[] = {1,          10,          100,          1000,          10000,
                                   100000,     1000000,     10000000,     100000000,     1000000000};

// Rescales to a larger scale; false on overflow.
bool rescale(std::int64_t units, int from, int to, std::int64_t* out) {
  std::int64_t f = kPow10[to - from];
  if (units > 0 && units > std::numeric_limits<std::int64_t>::max() / f) return false;
  if (units < 0 && units < std::numeric_limits<std::int64_t>::min() / f) return false;
  *out = units * f;
  return true;
}

// Brings both to the larger scale; false on overflow.
bool align(Decimal a, Decimal b, std::int64_t* ua, std::int64_t* ub, int* scale) {
  *scale = a.scale > b.scale ? a.scale : b.scale;
  return rescale(a.units, a.scale, *scale, ua) && rescale(b.units, b.scale, *scale, ub);
}

}  // namespace

double Decimal::to_double() const noexcept {
  return static_cast<double>(units) / static_cast<double>(kPow10[scale < 0 || scale > kMaxScale ? 0 : scale]);
}

std::string Decimal::to_string() const {
  bool negative = units < 0;
  // Work in unsigned so that INT64_MIN prints correctly.
  std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(units) : static_cast<std::uint64_t>(units);
  std::string digits = std::to_string(mag);
  if (scale > 0) {
    if (digits.size() <= static_cast<std::size_t>(scale)) digits.insert(0, scale - digits.size() + 1, '0');
    digits.insert(digits.size() - scale, 1, '.');
  }
  return negative ? "-" + digits : digits;
}

std::optional<Decimal> Decimal::parse(std::string_view s) noexcept {
  std::size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  if (i >= s.size()) return std::nullopt;
  std::uint64_t mag = 0;
  int scale = -1;  // -1: no decimal point seen yet
  int digits = 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      if (mag > (std::numeric_limits<std::uint64_t>::max() - 9) / 10) return std::nullopt;
      mag = mag * 10 + static_cast<unsigned>(c - '0');
      ++digits;
      if (scale >= 0 && ++scale > kMaxScale) return std::nullopt;
    } else if (c == '.' && scale < 0 && digits > 0) {
      scale = 0;
    } else if (c == ',' && scale < 0 && digits > 0) {
      continue;  // thousands separator; the tokenizer checks grouping
    } else {
      return std::nullopt;
    }
  }
  if (digits == 0 || scale == 0) return std::nullopt;  // "" or "12."
  // The whole int64 range, INT64_MIN (whose magnitude is one more than
  // INT64_MAX's) included, so that the two ends are treated alike. Sums that
  // overflow are the relations' business (RELATION/overflow).
  const std::uint64_t max_mag = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()) + (negative ? 1 : 0);
  if (mag > max_mag) return std::nullopt;
  if (negative && mag == max_mag) return Decimal{std::numeric_limits<std::int64_t>::min(), scale < 0 ? 0 : scale};
  Decimal d;
  d.units = negative ? -static_cast<std::int64_t>(mag) : static_cast<std::int64_t>(mag);
  d.scale = scale < 0 ? 0 : scale;
  return d;
}

std::optional<Decimal> Decimal::add_rescaled(Decimal a, Decimal b) noexcept {
  std::int64_t ua, ub, r;
  int scale;
  if (!align(a, b, &ua, &ub, &scale) || __builtin_add_overflow(ua, ub, &r)) return std::nullopt;
  return Decimal{r, scale};
}

std::optional<Decimal> Decimal::sub(Decimal a, Decimal b) noexcept {
  std::int64_t ua, ub, r;
  int scale;
  if (!align(a, b, &ua, &ub, &scale) || __builtin_sub_overflow(ua, ub, &r)) return std::nullopt;
  return Decimal{r, scale};
}

bool Decimal::equal_rescaled(Decimal a, Decimal b) noexcept {
  std::int64_t ua, ub;
  int scale;
  if (!align(a, b, &ua, &ub, &scale)) return a.to_double() == b.to_double();
  return ua == ub;
}

bool operator<(Decimal a, Decimal b) noexcept {
  std::int64_t ua, ub;
  int scale;
  if (!align(a, b, &ua, &ub, &scale)) return a.to_double() < b.to_double();
  return ua < ub;
}

}  // namespace gongkai
