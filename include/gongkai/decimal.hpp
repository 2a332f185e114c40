// An exact decimal number as printed in a report: 1723.2952 is units 17232952
// with scale 4. Kept exact so that money keeps its printed decimals and JSON
// output is byte-stable.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

struct Decimal {
  std::int64_t units = 0;  ///< the value times 10^scale
  int scale = 0;           ///< digits after the decimal point, 0..9

  static Decimal integer(std::int64_t v) { return Decimal{v, 0}; }
  double to_double() const noexcept;
  bool is_integer() const noexcept { return scale == 0; }
  /// Canonical text: "-53", "1723.2952", "0.038" (scale digits kept).
  std::string to_string() const;
  /// Parses "-12", "3.50", "1,234" (ASCII only); nullopt when not a number
  /// or out of range: units outside int64 (INT64_MIN and INT64_MAX both
  /// fit) or more than 9 decimals.
  static std::optional<Decimal> parse(std::string_view ascii) noexcept;
  /// Exact arithmetic at the larger scale; nullopt on overflow. (Numbers of
  /// one scale, nearly all of a report's, are added inline: the table
  /// reader sums every candidate row.)
  static std::optional<Decimal> add(Decimal a, Decimal b) noexcept {
    if (a.scale == b.scale) {
      if ((b.units > 0 && a.units > INT64_MAX - b.units) || (b.units < 0 && a.units < INT64_MIN - b.units))
        return std::nullopt;
      return Decimal{a.units + b.units, a.scale};
    }
    return add_rescaled(a, b);
  }
  static std::optional<Decimal> sub(Decimal a, Decimal b) noexcept;
  /// Numeric equality regardless of scale (1.50 == 1.5).
  friend bool operator==(Decimal a, Decimal b) noexcept {
    return a.scale == b.scale ? a.units == b.units : equal_rescaled(a, b);
  }
  friend bool operator!=(Decimal a, Decimal b) noexcept { return !(a == b); }
  friend bool operator<(Decimal a, Decimal b) noexcept;

 private:
  static std::optional<Decimal> add_rescaled(Decimal a, Decimal b) noexcept;
  static bool equal_rescaled(Decimal a, Decimal b) noexcept;
};

}  // namespace gongkai
