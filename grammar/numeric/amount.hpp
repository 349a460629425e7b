// One amount: an optional currency, a number in digits or words, scale
// words, and a unit, currency, percent or fold after it ("$31.17 billion",
// "23 million tons", "23.6 percent", "70-fold"); and the second half of a
// range ("3 to 5 million", "$10-$20"). Boost-free.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/numeric/number.hpp"

namespace claimcheck::grammar::numeric {

struct amount {
  number num;
  std::size_t start = 0;
  std::size_t end = 0;
  bool negative = false;
  // The number itself with its sign and scale words, without currency or
  // unit: "$-5 million" -> "-5 million".
  std::size_t number_start = 0;
  std::size_t number_end = 0;
  // Both point at literals (the lexicon's or the phrase reader's), so an
  // amount copies with no string copy.
  std::string_view currency;  // ISO 4217 code, or empty
  std::string_view unit;      // base unit, "%", "pp", "x", or empty
  double factor = 1.0;   // unit to base unit
  double scale = 1.0;    // scale words after the number
  // Recognised, and not a number: a time of day, a phone number, a date in
  // digits. The scanner skips it.
  bool reject = false;

  [[nodiscard]] bool bare() const {
    return currency.empty() && unit.empty() && scale == 1.0 && num.scale == 1.0 && !num.ordinal;
  }
};

// The amount starting at text[pos], or nullopt.
[[nodiscard]] std::optional<amount> amount_at(std::string_view text, std::size_t pos);

// The amount at text[pos] (a digit, or "$" and a digit) when it is one of
// the common whole mentions ("23.6 percent", "23.6%", "$31.17 billion",
// "300 billion yuan", "23 million tons", "2,500") and nothing around it can
// change the reading: exactly what amount_at gives there, with no range,
// bound, cents or fraction to follow (whole.cpp). nullopt: ask amount_at
// and the phrase reader. A bare year is never given.
[[nodiscard]] std::optional<amount> whole_amount(std::string_view text, std::size_t pos);

// The second amount of a range after `first` ("-", "to", "and" after
// "between"), with the scale, unit and currency the two share carried
// over; nullopt when none follows.
[[nodiscard]] std::optional<amount> range_tail(std::string_view text, amount& first,
                                               bool between);

}  // namespace claimcheck::grammar::numeric
