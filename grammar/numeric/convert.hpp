// Converting recognised numeral text to a value with std::from_chars: the
// value is correctly rounded for any length of mantissa and any exponent,
// and a number a double cannot hold is reported, never turned into 0 or inf.
#pragma once

#include <string_view>

namespace claimcheck::grammar::numeric {

struct numeral_value {
  double value = 0.0;
  // Digits written after the point, less the exponent: "25.2" 1, "41" 0,
  // "1.3e6" -5. The precision rule uses it (interval::stated).
  int decimals = 0;
  // False when the number overflows or underflows a double.
  bool ok = true;
};

// REQUIRES: text matched the numeral rule (digits, thousands separators
// ",", " ", U+00A0, U+202F, one ".", an exponent).
[[nodiscard]] numeral_value convert_numeral(std::string_view text);

}  // namespace claimcheck::grammar::numeric
