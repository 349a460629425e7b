// Internal to the amount reader (amount.cpp, suffix.cpp): what follows a
// number inside one amount (scale words, units, currencies, cents, feet and
// inches, "over" fractions), and the small text tests both files use.
#pragma once

#include <cstddef>
#include <string_view>

#include "grammar/numeric/amount.hpp"
#include "grammar/numeric/lexer.hpp"

namespace claimcheck::grammar::numeric::detail {

inline bool starts_with(std::string_view text, std::size_t pos, std::string_view s) {
  return text.substr(pos, s.size()) == s;
}

inline bool digit_at(std::string_view text, std::size_t pos) {
  return pos < text.size() && is_digit(text[pos]);
}

// Four plain digits 1000..2999: a year unless something says otherwise.
inline bool year_like(std::string_view digits) {
  if (digits.size() != 4) return false;
  for (const char c : digits) {
    if (!is_digit(c)) return false;
  }
  return digits[0] == '1' || digits[0] == '2';
}

// The scale, unit, currency or percent after the number; sets a.end,
// a.number_end, and a.reject for a time of day.
void read_suffix(std::string_view text, amount& a);

// "1 over 3", "one out of three", "1 in twenty-one" at a.end: a fraction.
void read_over(std::string_view text, amount& a);

}  // namespace claimcheck::grammar::numeric::detail
