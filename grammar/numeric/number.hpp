// The core of a numeric mention, before units and qualifiers: one number as
// written in digits or words, with the precision it was written with.
// Boost-free; shared by spelled.cpp and match.cpp.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace claimcheck::grammar::numeric {

struct number {
  std::size_t start = 0;
  std::size_t end = 0;
  double value = 0.0;  // before any scale word
  int decimals = 0;    // as in interval::stated
  bool exact = false;  // a fraction ("two-thirds", "3/4"): a point value
  bool ok = true;      // false: does not fit a double
  bool digits = false;      // written in digits
  bool year_like = false;   // four plain digits 1000..2999
  bool ordinal = false;     // "30th", "twentieth"
  bool lone_one = false;    // just the word "one" (or "a"-less "one" use)
  double scale = 1.0;       // scale words already applied inside ("half a million")
};

// Blanks between the words of one mention: spaces, tabs, one line break.
[[nodiscard]] std::size_t skip_blanks(std::string_view text, std::size_t pos);

// A number spelled in words at text[pos]: "twenty-three", "one hundred and
// five", "a dozen", "half a million", "two-thirds", "two point two",
// "twentieth". The longest well-formed reading.
[[nodiscard]] std::optional<number> spelled_at(std::string_view text, std::size_t pos);

// "and a half", "and three quarters" at text[pos] (after a scale word in a
// digit amount: "3 million and a half"): the fraction, below one.
[[nodiscard]] std::optional<number> fraction_after_and(std::string_view text, std::size_t pos);

}  // namespace claimcheck::grammar::numeric
