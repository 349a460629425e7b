// Helpers shared by the readers: publication dates, UTF-8 validation,
// positions.
#include <array>
#include <cctype>
#include <charconv>

#include "grammar/readers/readers.hpp"

namespace claimcheck::grammar::readers {
namespace {

constexpr std::array<std::string_view, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};

// Month number 1..12 of a month name or abbreviation ("Oct", "October",
// "Sept."), 0 when none.
unsigned month_of(std::string_view w) {
  if (w.size() < 3) return 0;
  std::string low;
  for (char c : w) {
    if (c == '.') continue;
    low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (unsigned i = 0; i < kMonths.size(); ++i) {
    if (low.starts_with(kMonths[i])) return i + 1;
  }
  return 0;
}

std::optional<unsigned> number_of(std::string_view w) {
  unsigned v = 0;
  const auto r = std::from_chars(w.data(), w.data() + w.size(), v);
  if (r.ec != std::errc() || r.ptr != w.data() + w.size()) return std::nullopt;
  return v;
}

std::optional<date::sys_days> make_day(unsigned y, unsigned m, unsigned d) {
  if (y < 1000 || y > 2999) return std::nullopt;
  const date::year_month_day ymd{date::year{static_cast<int>(y)}, date::month{m}, date::day{d}};
  if (!ymd.ok()) return std::nullopt;
  return date::sys_days{ymd};
}

}  // namespace

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::optional<date::sys_days> parse_published(std::string_view s) {
  s = trim(s);
  if (s.size() >= 10 && std::isdigit(static_cast<unsigned char>(s[0])) && s[4] == '-' &&
      s[7] == '-') {
    const auto y = number_of(s.substr(0, 4));
    const auto m = number_of(s.substr(5, 2));
    const auto d = number_of(s.substr(8, 2));
    if (y && m && d) return make_day(*y, *m, *d);
    return std::nullopt;
  }
  // Split into words at spaces, commas and (for "28.10.2022") dots and slashes.
  std::array<std::string_view, 4> w{};
  std::size_t n = 0;
  std::size_t i = 0;
  while (i < s.size() && n < w.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
    const std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
    if (i > b) w[n++] = s.substr(b, i - b);
  }
  if (n >= 1 && (w[0].find('.') != std::string_view::npos || w[0].find('/') != std::string_view::npos) &&
      std::isdigit(static_cast<unsigned char>(w[0][0]))) {
    // 28.10.2022 (day first) or 10/28/2022 (month first, US).
    const char sep = w[0].find('.') != std::string_view::npos ? '.' : '/';
    const auto a = w[0].find(sep);
    const auto b = w[0].find(sep, a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    const auto x = number_of(w[0].substr(0, a));
    const auto y2 = number_of(w[0].substr(a + 1, b - a - 1));
    const auto z = number_of(w[0].substr(b + 1));
    if (!x || !y2 || !z) return std::nullopt;
    return sep == '.' ? make_day(*z, *y2, *x) : make_day(*z, *x, *y2);
  }
  if (n >= 3) {
    // "Oct 28, 2022" / "Friday October 28 2022" (a leading weekday is skipped).
    std::size_t k = 0;
    if (month_of(w[0]) == 0 && !std::isdigit(static_cast<unsigned char>(w[0][0])) && n >= 4) k = 1;
    if (const unsigned m = month_of(w[k]); m != 0) {
      const auto d = number_of(w[k + 1]);
      const auto y = k + 2 < n ? number_of(w[k + 2]) : std::nullopt;
      if (d && y) return make_day(*y, m, *d);
    }
    // "28 October 2022"
    if (const unsigned m = month_of(w[k + 1]); m != 0) {
      const auto d = number_of(w[k]);
      const auto y = k + 2 < n ? number_of(w[k + 2]) : std::nullopt;
      if (d && y) return make_day(*y, m, *d);
    }
  }
  return std::nullopt;
}

std::size_t first_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    const unsigned c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    unsigned min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + len > n) return i;
    unsigned cp = c & (len == 2 ? 0x1Fu : len == 3 ? 0x0Fu : 0x07u);
    for (std::size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

line_col locate(std::string_view bytes, std::size_t offset) {
  line_col lc;
  offset = std::min(offset, bytes.size());
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (bytes[i] == '\n') {
      ++lc.line;
      line_start = i + 1;
    }
  }
  lc.column = static_cast<unsigned>(offset - line_start + 1);
  return lc;
}

}  // namespace claimcheck::grammar::readers
