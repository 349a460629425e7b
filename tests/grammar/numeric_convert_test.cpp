// Numeral conversion: the numeral rule + std::from_chars against strtod
// (the exact reference) and against x3::double_ on random inputs, and the
// inputs where x3::double_ is known to be wrong; then bad input: invalid
// UTF-8, NUL bytes, a 10^6-digit number, a 50 MB line.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <random>
#include <string>

#include "grammar/mention.hpp"
#include "grammar/numeric/convert.hpp"
#include "grammar/numeric/reference.hpp"

using claimcheck::grammar::scan_mentions;
using claimcheck::grammar::scan_options;
namespace numeric = claimcheck::grammar::numeric;

namespace {

std::string random_numeral(std::mt19937_64& rng, bool long_mantissa) {
  std::uniform_int_distribution<int> digit(0, 9);
  std::uniform_int_distribution<int> len(1, long_mantissa ? 400 : 8);
  std::string s;
  const int int_len = len(rng);
  s.push_back(static_cast<char>('1' + digit(rng) % 9));
  for (int i = 1; i < int_len; ++i) s.push_back(static_cast<char>('0' + digit(rng)));
  if (rng() % 2) {
    s.push_back('.');
    const int frac_len = len(rng);
    for (int i = 0; i < frac_len; ++i) s.push_back(static_cast<char>('0' + digit(rng)));
  }
  if (rng() % 3 == 0) {
    s.push_back('e');
    if (rng() % 2) s.push_back('-');
    s += std::to_string(rng() % (long_mantissa ? 330 : 60));
  }
  return s;
}

}  // namespace

TEST_CASE("grammar: numeric conversion agrees with strtod and x3::double_ on random numerals") {
  std::mt19937_64 rng(20231125);
  int x3_disagreements_long = 0;
  for (int i = 0; i < 4000; ++i) {
    const bool long_mantissa = i % 4 == 0;
    const std::string s = random_numeral(rng, long_mantissa);
    REQUIRE(numeric::numeral_length(s) == s.size());
    const auto v = numeric::convert_numeral(s);
    errno = 0;
    const double ref = std::strtod(s.c_str(), nullptr);
    const bool ref_ok = errno != ERANGE;
    CHECK_MESSAGE(v.ok == ref_ok, s);
    if (v.ok && ref_ok) CHECK_MESSAGE(v.value == ref, s);
    const auto x = numeric::x3_double(s);
    if (!long_mantissa && ref_ok) {
      REQUIRE_MESSAGE(x.has_value(), s);
      // Short mantissas, moderate exponents: X3 and from_chars agree to an ulp or two.
      CHECK_MESSAGE(std::fabs(*x - v.value) <= 4e-16 * std::fabs(v.value), s);
    } else if (!x || *x != v.value) {
      ++x3_disagreements_long;
    }
  }
  MESSAGE("x3::double_ fails or differs from the exact value on " << x3_disagreements_long
                                                         << " long random numerals");
}

TEST_CASE("grammar: numeric conversion is exact where x3::double_ is not") {
  // "0." followed by 310 digits: a normal number near 1.23e-6 that X3 reads as 0.
  std::string s = "0.00000123";
  s += std::string(302, '4');
  const auto v = numeric::convert_numeral(s);
  CHECK(v.ok);
  CHECK(v.value == std::strtod(s.c_str(), nullptr));
  CHECK(v.value > 1.2e-6);
  CHECK(v.decimals == 310);
  // Precision bookkeeping: digits after the point less the exponent.
  CHECK(numeric::convert_numeral("25.2").decimals == 1);
  CHECK(numeric::convert_numeral("1.3e6").decimals == -5);
  CHECK(numeric::convert_numeral("1,234,567").value == 1234567);
  CHECK(numeric::convert_numeral("40\xE2\x80\xAF" "000").value == 40000);
  CHECK_FALSE(numeric::convert_numeral("1e400").ok);
  CHECK_FALSE(numeric::convert_numeral("1e-400").ok);
  CHECK(numeric::convert_numeral("0.000").ok);
}

TEST_CASE("grammar: numeric scan survives bad input") {
  SUBCASE("invalid UTF-8 and NUL bytes") {
    std::mt19937_64 rng(7);
    std::string junk;
    for (int i = 0; i < 200000; ++i) junk.push_back(static_cast<char>(rng() & 0xFF));
    junk += std::string("\0\0 $5 \xC2 \xE2\x82 \xFF 7", 14);
    const auto ms = scan_mentions(junk, scan_options{});
    for (const auto& m : ms) {
      CHECK(m.start < m.end);
      CHECK(m.end <= junk.size());
    }
    const std::string nul = std::string("grew \0 23 percent", 17);
    CHECK(scan_mentions(nul, scan_options{}).size() == 1);
  }
  SUBCASE("a 10^6-digit number is one mention with an error") {
    const std::string big = "about " + std::string(1000000, '7') + " tonnes";
    const auto ms = scan_mentions(big, scan_options{});
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].end == big.size());
    CHECK_FALSE(ms[0].error.empty());
  }
  SUBCASE("a 50 MB line") {
    std::string line;
    line.reserve(50u << 20);
    const std::string piece = "trade grew 23.6 percent to $31.17 billion, 1-2-3 10:30 ";
    while (line.size() + piece.size() < (50u << 20)) line += piece;
    const auto ms = scan_mentions(line, scan_options{});
    CHECK(ms.size() == 2 * (line.size() / piece.size()));
    std::string digits(50u << 20, '1');
    for (std::size_t i = 3; i < digits.size(); i += 4) digits[i] = ',';
    const auto one = scan_mentions(digits, scan_options{});
    CHECK(one.size() == 1);
  }
}
