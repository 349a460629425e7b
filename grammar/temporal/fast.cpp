// Hand-written readings of the most common temporal forms (see fast.hpp).
// Each reader follows the X3 rule it stands for step by step (the rule is
// named above it) and gives up, so that X3 runs, as soon as the text leaves
// the common shape or could continue into a longer X3 reading.
#include "grammar/temporal/fast.hpp"

#include <array>
#include <cstdint>

namespace claimcheck::grammar::temporal {

namespace {

using ast::form;
using ast::texpr;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alnum(char c) { return is_digit(c) || is_lower(c) || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_spaces(std::string_view buf, std::size_t i) {
  while (i < buf.size() && is_space(buf[i])) ++i;
  return i;
}

// The end of the run of lower-case letters from i.
std::size_t letters_end(std::string_view buf, std::size_t i) {
  while (i < buf.size() && is_lower(buf[i])) ++i;
  return i;
}

struct month_key {
  std::string_view name;
  unsigned month;
};
// lexicon.hpp make_months(): full names and abbreviations.
constexpr std::array<month_key, 24> kMonths = {{
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}, {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}}};

// The longest month key that buf[i..] starts with (x3::symbols finds the
// longest key and does not retry shorter ones): its month and length.
std::pair<unsigned, std::size_t> longest_month_key(std::string_view buf, std::size_t i) {
  unsigned month = 0;
  std::size_t len = 0;
  if (i >= buf.size() || !is_lower(buf[i])) return {0, 0};
  for (const auto& k : kMonths) {
    if (k.name.size() > len && buf.compare(i, k.name.size(), k.name) == 0) {
      month = k.month;
      len = k.name.size();
    }
  }
  return {month, len};
}

// lexicon.hpp month_word: month_names >> nl >> -lit('.'). Its end, or 0.
std::size_t month_word(std::string_view buf, std::size_t i, unsigned& month) {
  const auto [m, len] = longest_month_key(buf, i);
  if (len == 0) return 0;
  std::size_t e = i + len;
  if (e < buf.size() && (is_lower(buf[e]) || (buf[e] >= 'A' && buf[e] <= 'Z'))) return 0;
  if (e < buf.size() && buf[e] == '.') ++e;
  month = m;
  return e;
}

// lexicon.hpp year4: uint4[year_in_range] >> nd >> we. Its end, or 0.
std::size_t year4(std::string_view buf, std::size_t i, int& year) {
  if (i + 4 > buf.size()) return 0;
  int y = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    if (!is_digit(buf[i + k])) return 0;
    y = y * 10 + (buf[i + k] - '0');
  }
  if (i + 4 < buf.size() && is_alnum(buf[i + 4])) return 0;
  if (y < 1000 || y > 2999) return 0;
  year = y;
  return i + 4;
}

// lexicon.hpp day_digits: uint12[day_in_range] >> nd >> -ord_suffix >> we.
std::size_t day_digits(std::string_view buf, std::size_t i, unsigned& day) {
  std::size_t e = i;
  unsigned d = 0;
  while (e < buf.size() && e - i < 2 && is_digit(buf[e])) d = d * 10 + static_cast<unsigned>(buf[e++] - '0');
  if (e == i || d < 1 || d > 31) return 0;
  if (e < buf.size() && is_digit(buf[e])) return 0;
  if (e + 1 < buf.size() && ((buf[e] == 's' && buf[e + 1] == 't') || (buf[e] == 'n' && buf[e + 1] == 'd') ||
                             (buf[e] == 'r' && buf[e + 1] == 'd') || (buf[e] == 't' && buf[e + 1] == 'h'))) {
    e += 2;
  }
  if (e < buf.size() && is_alnum(buf[e])) return 0;
  day = d;
  return e;
}

// Words after which a reading may go on in some X3 rule ("2016 the third
// quarter", "Friday next week", "Friday of next week", "Friday the 13th").
bool is_continuation_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "the", "of", "in", "to", "and", "through", "until", "till", "this", "next", "last", "past",
      "previous", "coming", "upcoming", "following", "current", "same", "first", "second", "third",
      "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "q", "h",
      "quarter", "half", "week", "on", "s", "fy", "fiscal", "year", "bc", "ad", "bce", "ce"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  // Ordinals from "thirteenth" on, "twenty-first", "thirtieth".
  return w.starts_with("twent") || w.starts_with("thirt") || w.ends_with("teenth");
}

// Whether the reading that ends at buf[e] is complete: what follows can
// continue no X3 rule. Conservative: anything unusual gives false.
bool safe_stop(std::string_view buf, std::size_t e) {
  if (e >= buf.size()) return true;
  const char c = buf[e];
  if (c == ';' || c == ':' || c == ')' || c == '"' || c == '(' || c == '?' || c == '!') return true;
  if (c == '.') return e + 1 >= buf.size() || !is_digit(buf[e + 1]);
  if (c == ',') {
    const std::size_t j = skip_spaces(buf, e + 1);
    if (j >= buf.size()) return true;
    if (!is_lower(buf[j])) return !is_digit(buf[j]) && buf[j] != '\'' && buf[j] != '-';
    unsigned m = 0;
    if (month_word(buf, j, m) != 0) return false;
    // "2016, nov": the longest key must not be a prefix either.
    return longest_month_key(buf, j).second == 0;
  }
  if (!is_space(c)) return false;
  const std::size_t j = skip_spaces(buf, e);
  if (j >= buf.size()) return true;
  if (!is_lower(buf[j])) {
    const char d = buf[j];
    return d == '(' || d == '"' || d == '$';
  }
  const std::size_t we = letters_end(buf, j);
  if (we < buf.size() && (is_digit(buf[we]) || buf[we] == '-' || buf[we] == '\'' || buf[we] == '/' ||
                          static_cast<unsigned char>(buf[we]) >= 0x80)) {
    return false;
  }
  if (longest_month_key(buf, j).second != 0) return false;
  return !is_continuation_word(buf.substr(j, we - j));
}

struct weekday_key {
  std::string_view name;
  int weekday;
};
constexpr std::array<weekday_key, 7> kWeekdays = {{{"sunday", 0},
                                                   {"monday", 1},
                                                   {"tuesday", 2},
                                                   {"wednesday", 3},
                                                   {"thursday", 4},
                                                   {"friday", 5},
                                                   {"saturday", 6}}};

// relative_def.hpp weekday, last alternative: a full weekday name alone.
std::optional<core_reading> bare_weekday(std::string_view buf, std::size_t at) {
  for (const auto& k : kWeekdays) {
    if (buf.compare(at, k.name.size(), k.name) != 0) continue;
    const std::size_t e = at + k.name.size();
    if (e < buf.size() && is_alnum(buf[e])) return std::nullopt;
    if (e < buf.size() && buf[e] == ',') {
      // "Friday, October 27": a date with its weekday.
      const std::size_t j = skip_spaces(buf, e + 1);
      if (j < buf.size() && (is_digit(buf[j]) || longest_month_key(buf, j).second != 0 ||
                             buf.compare(j, 3, "the") == 0)) {
        return std::nullopt;
      }
    } else if (e < buf.size() && buf[e] == '.') {
      return std::nullopt;  // "fri. 13th"
    }
    if (!safe_stop(buf, e)) return std::nullopt;
    core_reading r;
    r.t.f = form::weekday;
    r.t.weekday = k.weekday;
    r.t.year_rel = ast::kRelNone;
    r.end = e;
    return r;
  }
  return std::nullopt;
}

// Readings that start with a month name: "September 2022" (period_def.hpp
// month_year), "October 28, 2022" and "Oct. 28 2022" (date_def.hpp
// month_first with year_tail).
std::optional<core_reading> month_first(std::string_view buf, std::size_t at) {
  unsigned month = 0;
  const std::size_t m_end = month_word(buf, at, month);
  if (m_end == 0 || m_end >= buf.size() || buf[m_end] != ' ') return std::nullopt;
  const std::size_t i = skip_spaces(buf, m_end);
  int year = 0;
  if (const std::size_t y_end = year4(buf, i, year); y_end != 0) {
    if (!safe_stop(buf, y_end)) return std::nullopt;
    core_reading r;
    r.t.f = form::month;
    r.t.month = month;
    r.t.year = year;
    r.end = y_end;
    return r;
  }
  unsigned day = 0;
  const std::size_t d_end = day_digits(buf, i, day);
  if (d_end == 0 || d_end >= buf.size()) return std::nullopt;
  // year_tail's third alternative: ((ows >> ',' >> ows) | ws) >> year4.
  std::size_t j = skip_spaces(buf, d_end);
  if (j < buf.size() && buf[j] == ',') {
    j = skip_spaces(buf, j + 1);
  } else if (j == d_end) {
    return std::nullopt;
  }
  const std::size_t y_end = year4(buf, j, year);
  if (y_end == 0 || !safe_stop(buf, y_end)) return std::nullopt;
  core_reading r;
  r.t.f = form::day;
  r.t.month = month;
  r.t.day = day;
  r.t.year = year;
  r.end = y_end;
  return r;
}

// Readings that start with digits: "2021" (period_def.hpp year),
// "2022-10-28" (date_def.hpp iso), "28 October 2022" (date_def.hpp
// day_first with year_tail).
std::optional<core_reading> digits_first(std::string_view buf, std::size_t at) {
  int year = 0;
  if (const std::size_t y_end = year4(buf, at, year); y_end != 0) {
    if (y_end < buf.size() && buf[y_end] == '-') {
      // iso: year4 >> '-' >> uint12 >> nd >> '-' >> uint12 >> nd >> we.
      std::size_t i = y_end + 1;
      unsigned mo = 0;
      unsigned d = 0;
      const std::size_t m0 = i;
      while (i < buf.size() && i - m0 < 2 && is_digit(buf[i])) mo = mo * 10 + static_cast<unsigned>(buf[i++] - '0');
      if (i == m0 || i >= buf.size() || buf[i] != '-') return std::nullopt;
      const std::size_t d0 = ++i;
      while (i < buf.size() && i - d0 < 2 && is_digit(buf[i])) d = d * 10 + static_cast<unsigned>(buf[i++] - '0');
      if (i == d0 || (i < buf.size() && is_alnum(buf[i]))) return std::nullopt;
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return std::nullopt;
      if (!safe_stop(buf, i)) return std::nullopt;
      core_reading r;
      r.t.f = form::day;
      r.t.year = year;
      r.t.month = mo;
      r.t.day = d;
      r.end = i;
      return r;
    }
    if (!safe_stop(buf, y_end)) return std::nullopt;
    core_reading r;
    r.t.f = form::year;
    r.t.year = year;
    r.end = y_end;
    return r;
  }
  unsigned day = 0;
  const std::size_t d_end = day_digits(buf, at, day);
  if (d_end == 0 || d_end >= buf.size() || buf[d_end] != ' ') return std::nullopt;
  const std::size_t i = skip_spaces(buf, d_end);
  unsigned month = 0;
  const std::size_t m_end = month_word(buf, i, month);
  if (m_end == 0) return std::nullopt;
  std::size_t j = skip_spaces(buf, m_end);
  if (j < buf.size() && buf[j] == ',') {
    j = skip_spaces(buf, j + 1);
  } else if (j == m_end) {
    return std::nullopt;
  }
  const std::size_t y_end = year4(buf, j, year);
  if (y_end == 0 || !safe_stop(buf, y_end)) return std::nullopt;
  core_reading r;
  r.t.f = form::day;
  r.t.day = day;
  r.t.month = month;
  r.t.year = year;
  r.end = y_end;
  return r;
}

}  // namespace

std::optional<core_reading> fast_core(std::string_view buf, std::size_t at) {
  if (at >= buf.size()) return std::nullopt;
  const char c = buf[at];
  if (is_digit(c)) return digits_first(buf, at);
  if (!is_lower(c)) return std::nullopt;
  if (auto r = month_first(buf, at)) return r;
  if (c == 'f' || c == 'm' || c == 's' || c == 't' || c == 'w') return bare_weekday(buf, at);
  return std::nullopt;
}

}  // namespace claimcheck::grammar::temporal
