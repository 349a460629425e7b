// Numeral text to value (see convert.hpp): separators are dropped, the rest
// goes to std::from_chars, which is exact and linear in the input length.
#include "grammar/numeric/convert.hpp"

#include <charconv>
#include <climits>
#include <cstdint>
#include <string>
#include <system_error>

namespace claimcheck::grammar::numeric {

namespace {

// The common case: no exponent and at most 40 bytes. The same cleaned text
// as below goes to from_chars, built in a stack buffer.
bool convert_short(std::string_view text, numeral_value& out) {
  if (text.size() > 40) return false;
  const std::size_t comma = text.rfind(',');
  const bool decimal_comma = comma != std::string_view::npos &&
                             text.find('.') == std::string_view::npos &&
                             text.size() - comma - 1 <= 2 && text.size() - comma - 1 >= 1;
  char clean[48];
  std::size_t n = 0;
  int frac_digits = 0;
  bool in_fraction = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      if (in_fraction) ++frac_digits;
      clean[n++] = c;
    } else if (c == '.' || (decimal_comma && i == comma)) {
      if (n == 0) clean[n++] = '0';
      in_fraction = true;
      clean[n++] = '.';
    } else if (c == 'e' || c == 'E') {
      return false;
    }
  }
  out.decimals = frac_digits;
  // Up to 15 digits: the digits as an integer and a power of ten are both
  // exact doubles, and their quotient is correctly rounded, as from_chars
  // rounds ("31.17" = 3117 / 100).
  if (n - (in_fraction ? 1 : 0) <= 15) {
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    std::uint64_t m = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (clean[i] != '.') m = m * 10 + static_cast<std::uint64_t>(clean[i] - '0');
    }
    out.value = static_cast<double>(m) / kPow10[frac_digits];
    out.ok = true;
    return true;
  }
  const auto [ptr, ec] = std::from_chars(clean, clean + n, out.value, std::chars_format::general);
  out.ok = ec == std::errc() && ptr == clean + n;
  if (!out.ok) out.value = 0.0;
  return true;
}

}  // namespace

numeral_value convert_numeral(std::string_view text) {
  if (numeral_value fast; convert_short(text, fast)) return fast;
  // A decimal comma ("1,3", "5,00"): the numeral rule allows it only before
  // one or two final digits with no point.
  const std::size_t comma = text.rfind(',');
  const bool decimal_comma = comma != std::string_view::npos &&
                             text.find('.') == std::string_view::npos &&
                             text.size() - comma - 1 <= 2 && text.size() - comma - 1 >= 1;
  std::string clean;
  clean.reserve(text.size());
  long long frac_digits = 0;
  bool in_fraction = false;
  std::size_t exp_at = std::string_view::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      if (in_fraction) ++frac_digits;
      clean.push_back(c);
    } else if (c == '.' || (decimal_comma && i == comma)) {
      in_fraction = true;
      clean.push_back('.');
    } else if (c == 'e' || c == 'E') {
      exp_at = i;
      break;
    }
    // ',', ' ', and the bytes of U+00A0 / U+202F are separators: dropped.
  }
  long long exponent = 0;
  if (exp_at != std::string_view::npos) {
    std::string_view e = text.substr(exp_at + 1);
    bool negative = false;
    if (!e.empty() && (e.front() == '+' || e.front() == '-')) {
      negative = e.front() == '-';
      e.remove_prefix(1);
    }
    // Saturate: any exponent beyond a few thousand is out of range anyway.
    for (const char c : e) {
      if (exponent < 100000000) exponent = exponent * 10 + (c - '0');
    }
    if (negative) exponent = -exponent;
    clean.push_back('e');
    clean += std::to_string(exponent);
  }
  numeral_value out;
  const char* first = clean.data();
  const char* last = clean.data() + clean.size();
  if (!clean.empty() && clean.front() == '.') {
    // from_chars accepts ".5" in general format; keep it explicit anyway.
    clean.insert(clean.begin(), '0');
    first = clean.data();
    last = clean.data() + clean.size();
  }
  const auto [ptr, ec] = std::from_chars(first, last, out.value, std::chars_format::general);
  out.ok = ec == std::errc() && ptr == last;
  if (!out.ok) out.value = 0.0;
  long long d = frac_digits - exponent;
  if (d > INT_MAX / 2) d = INT_MAX / 2;
  if (d < INT_MIN / 2) d = INT_MIN / 2;
  out.decimals = static_cast<int>(d);
  return out;
}

}  // namespace claimcheck::grammar::numeric
