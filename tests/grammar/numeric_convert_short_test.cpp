// The short-numeral conversion (grammar/numeric/convert.cpp): numerals of
// up to 15 digits, with thousands commas and a decimal point, are converted
// with integer arithmetic; the value must equal strtod's (the exact,
// correctly rounded reference) on the same digits bit for bit, and the
// decimals count must be the digits after the point.
#include <doctest/doctest.h>

#include <cstdlib>
#include <random>
#include <string>

#include "grammar/numeric/convert.hpp"

namespace numeric = claimcheck::grammar::numeric;

TEST_CASE("grammar: short numerals convert exactly as strtod does") {
  std::mt19937_64 rng(20261125);
  int checked = 0;
  for (int i = 0; i < 50000; ++i) {
    const int int_len = 1 + static_cast<int>(rng() % 12);
    const int frac_len = rng() % 2 ? static_cast<int>(rng() % (16 - int_len)) : 0;
    std::string plain;
    for (int k = 0; k < int_len; ++k) plain.push_back(static_cast<char>('0' + rng() % 10));
    // Thousands commas in the integer part, as news writes them.
    std::string text;
    const bool commas = rng() % 2 == 0;
    for (int k = 0; k < int_len; ++k) {
      if (commas && k > 0 && (int_len - k) % 3 == 0) text.push_back(',');
      text.push_back(plain[static_cast<std::size_t>(k)]);
    }
    if (frac_len > 0) {
      plain.push_back('.');
      text.push_back('.');
      for (int k = 0; k < frac_len; ++k) {
        const char c = static_cast<char>('0' + rng() % 10);
        plain.push_back(c);
        text.push_back(c);
      }
    }
    const auto v = numeric::convert_numeral(text);
    const double ref = std::strtod(plain.c_str(), nullptr);
    REQUIRE_MESSAGE(v.ok, text);
    REQUIRE_MESSAGE(v.value == ref, text);
    REQUIRE_MESSAGE(v.decimals == frac_len, text);
    ++checked;
  }
  CHECK(checked == 50000);
  // Hand-worked values: 31.17 is the double nearest 3117/100; ".77" reads
  // as 0.77 with two decimals; "2,500" is 2500 with none.
  CHECK(numeric::convert_numeral("31.17").value == 31.17);
  CHECK(numeric::convert_numeral(".77").value == 0.77);
  CHECK(numeric::convert_numeral(".77").decimals == 2);
  CHECK(numeric::convert_numeral("2,500").value == 2500.0);
  CHECK(numeric::convert_numeral("2,500").decimals == 0);
  // 16 digits go to from_chars: still exact.
  CHECK(numeric::convert_numeral("9007199254740993").value == 9007199254740992.0);
}
