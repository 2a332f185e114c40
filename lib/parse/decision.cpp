#include "parse/decision.hpp"

namespace gongkai::parsing {
namespace {

constexpr std::size_t kMaxCombinations = 1u << 14;

std::vector<Decimal> numbers_of(const TokenStream& stream, const RowReading& r, const std::vector<long>& cells) {
  if (r.how == RowHow::absent || r.unreadable) return {};
  return reading_numbers(stream, cells);
}

int failures(const std::vector<std::vector<Decimal>>& values, const std::vector<ColumnRelation>& relations,
             int* unassessable = nullptr, int* holding = nullptr) {
  int bad = 0;
  for (const auto& rel : relations) {
    bool lhs_complete = true, any_rhs = false;
    std::size_t width = 0;
    for (auto r : rel.lhs) {
      lhs_complete &= r < values.size() && !values[r].empty();
      if (r < values.size()) width = std::max(width, values[r].size());
    }
    for (auto r : rel.rhs) any_rhs |= r < values.size() && !values[r].empty();
    // A relation needs every row of its total side and some of its parts.
    if (!lhs_complete || !any_rhs) {
      if (unassessable) ++*unassessable;
      continue;
    }
    for (std::size_t c = 0; c < width; ++c) {
      auto sum = [&](const std::vector<std::size_t>& side) {
        Decimal acc;
        for (auto r : side)
          if (r < values.size() && c < values[r].size())
            if (auto s = Decimal::add(acc, values[r][c])) acc = *s;
        return acc;
      };
      if (sum(rel.lhs) != sum(rel.rhs)) ++bad;
      else if (holding) ++*holding;
    }
  }
  return bad;
}

}  // namespace

int relation_failures(const TokenStream& stream, const Alignment& alignment, const std::vector<ColumnRelation>& relations,
                      int* unassessable, int* holding) {
  std::vector<std::vector<Decimal>> values;
  for (const auto& r : alignment.rows) values.push_back(numbers_of(stream, r, r.cells));
  return failures(values, relations, unassessable, holding);
}

std::vector<bool> decide_open_rows(const TokenStream& stream, Alignment& alignment,
                                   const std::vector<ColumnRelation>& relations) {
  auto& rows = alignment.rows;
  std::vector<bool> open(rows.size(), false);
  for (std::size_t r = 0; r < rows.size(); ++r) open[r] = rows[r].unreadable;
  std::vector<std::size_t> choices;  // rows with alternatives
  std::size_t combos = 1;
  for (std::size_t r = 0; r < rows.size(); ++r)
    if (!rows[r].alternatives.empty()) {
      choices.push_back(r);
      if (combos <= kMaxCombinations) combos *= rows[r].alternatives.size() + 1;
    }
  if (choices.empty()) return open;
  if (combos > kMaxCombinations) {
    for (auto r : choices) open[r] = true;
    return open;
  }
  auto reading = [&](std::size_t r, std::size_t k) -> const std::vector<long>& {
    return k == 0 ? rows[r].cells : rows[r].alternatives[k - 1];
  };
  std::vector<std::vector<Decimal>> values;
  for (const auto& r : rows) values.push_back(numbers_of(stream, r, r.cells));
  int best = 1 << 30;
  std::vector<std::vector<std::size_t>> best_choices;
  std::vector<std::size_t> pick(choices.size(), 0);
  for (std::size_t n = 0; n < combos; ++n) {
    std::size_t rest = n;
    for (std::size_t k = 0; k < choices.size(); ++k) {
      std::size_t r = choices[k], count = rows[r].alternatives.size() + 1;
      pick[k] = rest % count;
      rest /= count;
      values[r] = numbers_of(stream, rows[r], reading(r, pick[k]));
    }
    int bad = failures(values, relations);
    if (bad < best) {
      best = bad;
      best_choices.clear();
    }
    if (bad == best) best_choices.push_back(pick);
  }
  // Only a choice under which every relation holds decides anything.
  if (best > 0) {
    for (auto r : choices) open[r] = true;
    return open;
  }
  for (std::size_t k = 0; k < choices.size(); ++k) {
    std::size_t r = choices[k];
    bool agree = true;
    for (const auto& c : best_choices) agree &= c[k] == best_choices.front()[k];
    // Readings that give the same numbers in every best choice agree too.
    if (!agree) {
      auto first = numbers_of(stream, rows[r], reading(r, best_choices.front()[k]));
      agree = true;
      for (const auto& c : best_choices) agree &= numbers_of(stream, rows[r], reading(r, c[k])) == first;
    }
    if (!agree) {
      open[r] = true;
      continue;
    }
    std::vector<long> chosen = reading(r, best_choices.front()[k]);
    rows[r].cells = std::move(chosen);
    rows[r].alternatives.clear();
  }
  return open;
}

}  // namespace gongkai::parsing
