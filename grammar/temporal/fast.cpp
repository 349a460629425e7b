// Hand-written readings of the most common temporal forms (see fast.hpp).
// Each reader follows the X3 rule it stands for step by step (the rule is
// named above it) and gives up, so that X3 runs, as soon as the text leaves
// the common shape or could continue into a longer X3 reading.
#include "grammar/temporal/fast.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <utility>

#include "grammar/temporal/bounds.hpp"
#include "grammar/temporal/fast_words.hpp"
#include "grammar/temporal/resolve.hpp"
#include "grammar/temporal/tense.hpp"

namespace claimcheck::grammar::temporal {

namespace {

using ast::form;
using ast::texpr;

using namespace fast_words;  // NOLINT: the shared readers

// lexicon.hpp year4: uint4[year_in_range] >> nd >> we. Its end, or 0.
template <typename V>
std::size_t year4(const V& buf, std::size_t i, int& year) {
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
template <typename V>
std::size_t day_digits(const V& buf, std::size_t i, unsigned& day) {
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

// U+00A0 (no-break space) at buf[i]: no X3 rule reads it as a blank.
template <typename V>
bool nbsp_at(const V& buf, std::size_t i) {
  return i + 1 < buf.size() && buf[i] == '\xC2' && buf[i + 1] == '\xA0';
}

// Words after which a reading may go on in some X3 rule ("2016 the third
// quarter", "Friday next week", "Friday of next week", "Friday the 13th").
bool is_continuation_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "the", "of", "in", "to", "and", "through", "until", "till", "this", "next", "last", "past",
      "previous", "coming", "upcoming", "following", "current", "same", "first", "second", "third",
      "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "q", "h",
      "quarter", "half", "week", "on", "thru", "s", "fy", "fiscal", "year", "bc", "ad", "bce", "ce",
      "school"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  // Ordinals from "thirteenth" on, "twenty-first", "thirtieth".
  return w.starts_with("twent") || w.starts_with("thirt") || w.ends_with("teenth");
}

// Whether the reading that ends at buf[e] is complete: what follows can
// continue no X3 rule. Conservative: anything unusual gives false.
template <typename V>
bool safe_stop(const V& buf, std::size_t e) {
  if (e >= buf.size()) return true;
  const char c = buf[e];
  if (c == ';' || c == ':' || c == ')' || c == '"' || c == '(' || c == '?' || c == '!') return true;
  if (c == '.') return e + 1 >= buf.size() || !is_digit(buf[e + 1]);
  if (c == ',') {
    const std::size_t j = skip_spaces(buf, e + 1);
    if (j >= buf.size()) return true;
    if (!is_lower(buf[j])) return !is_digit(buf[j]) && buf[j] != '\'' && buf[j] != '-';
    // "2016, nov" (year_then_month).
    unsigned m = 0;
    return month_word(buf, j, m) == 0;
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
  unsigned m = 0;
  if (month_word(buf, j, m) != 0) return false;  // "2017 april", not "2022 marks"
  if (we - j > 12) return true;
  std::array<char, 12> w{};
  for (std::size_t k = j; k < we; ++k) w[k - j] = buf[k];
  const std::string_view word(w.data(), we - j);
  if (word == "the") {
    // Only "2016 the third quarter" (period_def.hpp quarter) and "Friday
    // the 13th", "Friday the twenty-first" (date_def.hpp day_only) read on.
    const std::size_t k = skip_spaces(buf, we);
    if (k == we || k >= buf.size() || !is_lower(buf[k])) return false;
    const std::size_t ke = letters_end(buf, k);
    if (ke - k > 12) return true;
    std::array<char, 12> w2{};
    for (std::size_t i = k; i < ke; ++i) w2[i - k] = buf[i];
    const std::string_view next(w2.data(), ke - k);
    return !is_continuation_word(next) && !is_cardinal(next) && (ke >= buf.size() || buf[ke] != '-');
  }
  if (word == "in") {
    // "28 September 2022 in Kuala Lumpur": a place or other plain word
    // after "in" continues no X3 rule; a month, count, ordinal or
    // relative word may ("2016 in the third quarter" falls back).
    const std::size_t k = skip_spaces(buf, we);
    if (k == we || k >= buf.size() || !is_lower(buf[k])) return false;
    const std::size_t ke = letters_end(buf, k);
    if (ke - k < 2 || ke - k > 12) return false;
    if (ke < buf.size() && !is_space(buf[ke]) && buf[ke] != ',' && buf[ke] != '.') return false;
    std::array<char, 12> w2{};
    for (std::size_t i = k; i < ke; ++i) w2[i - k] = buf[i];
    const std::string_view next(w2.data(), ke - k);
    unsigned m2 = 0;
    return month_word(buf, k, m2) == 0 && !is_continuation_word(next) && !is_cardinal(next) &&
           !is_ordinal(next) && next != "a" && next != "an" && next != "early" && next != "late" &&
           next != "mid" && next != "spring" && next != "summer" && next != "autumn" && next != "fall" &&
           next != "winter";
  }
  return !is_continuation_word(word);
}

// A time of day after a date with its year ("Oct 28, 2022 09:18 PM"): a
// blank, one or two digits, ':' and two digits. No X3 rule reads on
// from a year into digits after a blank.
template <typename V>
bool time_follows(const V& buf, std::size_t e) {
  if (e >= buf.size() || buf[e] != ' ') return false;
  std::size_t i = e + 1;
  const std::size_t d0 = i;
  while (i < buf.size() && is_digit(buf[i]) && i - d0 < 3) ++i;
  if (i - d0 < 1 || i - d0 > 2 || i + 2 >= buf.size() || buf[i] != ':') return false;
  return is_digit(buf[i + 1]) && is_digit(buf[i + 2]);
}

// relative_def.hpp weekday, last alternative: a full weekday name alone.
template <typename V>
std::optional<core_reading> bare_weekday(const V& buf, std::size_t at) {
  for (const auto& k : kWeekdays) {
    if (!has_at(buf, at, k.name)) continue;
    const std::size_t e = at + k.name.size();
    if (e < buf.size() && is_alnum(buf[e])) return std::nullopt;
    if (e < buf.size() && buf[e] == ',') {
      // "Friday, October 27": a date with its weekday.
      const std::size_t j = skip_spaces(buf, e + 1);
      if (j < buf.size() && (is_digit(buf[j]) || longest_month_key(buf, j).second != 0 ||
                             has_at(buf, j, "the"))) {
        return std::nullopt;
      }
    } else if (e < buf.size() && buf[e] == '.') {
      // "Friday. The", but not "fri. 13th", "Friday. October 27"; a
      // no-break space after the dot ends every X3 reading there.
      const std::size_t j = skip_spaces(buf, e + 1);
      if (j == e + 1 && j < buf.size() && !nbsp_at(buf, j)) return std::nullopt;
      if (j < buf.size() && (is_digit(buf[j]) || longest_month_key(buf, j).second != 0)) return std::nullopt;
    } else if (!safe_stop(buf, e)) {
      return std::nullopt;
    }
    {
      // "Monday two weeks from now", "Thursday, two year from now": a count
      // after the weekday moves it (match.cpp reads those).
      std::size_t j = skip_spaces(buf, e < buf.size() && buf[e] == ',' ? e + 1 : e);
      if (j > e && j < buf.size() && is_lower(buf[j])) {
        std::array<char, 16> w{};
        std::size_t n = 0;
        while (j + n < buf.size() && is_lower(buf[j + n]) && n < 15) {
          w[n] = buf[j + n];
          ++n;
        }
        const std::string_view word(w.data(), n);
        if (is_cardinal(word) || word == "a" || word == "an") return std::nullopt;
      }
    }
    core_reading r;
    r.t.f = form::weekday;
    r.t.weekday = k.weekday;
    r.t.year_rel = ast::kRelNone;
    r.end = e;
    return r;
  }
  return std::nullopt;
}

// A day and month read up to `from`, then date_def.hpp year_tail's third
// alternative: ((ows >> ',' >> ows) | ws) >> year4.
template <typename V>
std::optional<core_reading> day_with_year(const V& buf, std::size_t from, unsigned day, unsigned month) {
  std::size_t j = skip_spaces(buf, from);
  if (j < buf.size() && buf[j] == ',') {
    j = skip_spaces(buf, j + 1);
  } else if (j == from) {
    return std::nullopt;
  }
  int year = 0;
  const std::size_t y_end = year4(buf, j, year);
  if (y_end == 0 || !(safe_stop(buf, y_end) || time_follows(buf, y_end))) return std::nullopt;
  core_reading r;
  r.t.f = form::day;
  r.t.month = month;
  r.t.day = day;
  r.t.year = year;
  r.end = y_end;
  return r;
}

// Readings that start with a month name: "September 2022" (period_def.hpp
// month_year), "October 28, 2022" and "Oct. 28 2022" (date_def.hpp
// month_first with year_tail).
template <typename V>
std::optional<core_reading> month_first(const V& buf, std::size_t at) {
  unsigned month = 0;
  const std::size_t m_end = month_word(buf, at, month);
  if (m_end == 0 || m_end >= buf.size() || buf[m_end] != ' ') return std::nullopt;
  const std::size_t i = skip_spaces(buf, m_end);
  int year = 0;
  if (const std::size_t y_end = year4(buf, i, year); y_end != 0) {
    if (!(safe_stop(buf, y_end) || time_follows(buf, y_end))) return std::nullopt;
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
  return day_with_year(buf, d_end, day, month);
}

// Readings that start with digits: "2021" (period_def.hpp year),
// "2022-10-28" (date_def.hpp iso), "28 October 2022" (date_def.hpp
// day_first with year_tail).
template <typename V>
std::optional<core_reading> digits_first(const V& buf, std::size_t at) {
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
  return day_with_year(buf, m_end, day, month);
}


// The end of the word `w` at buf[i] followed by one blank (a phrase goes
// on), or 0.
template <typename V>
std::size_t word_then_blank(const V& buf, std::size_t i, std::string_view w) {
  if (!has_at(buf, i, w) || i + w.size() >= buf.size() || buf[i + w.size()] != ' ') return 0;
  return i + w.size() + 1;
}

// The end of the word `w` at buf[i] standing alone (no letter or digit
// glued after it), or 0.
template <typename V>
std::size_t whole_word(const V& buf, std::size_t i, std::string_view w) {
  if (!has_at(buf, i, w)) return 0;
  const std::size_t e = i + w.size();
  if (e < buf.size() && is_alnum(buf[e])) return 0;
  return e;
}

// "years" or "months" standing alone at buf[i] after a count: the unit,
// its slot and the count go into r.t (as duration_def.hpp records them);
// the word's end, or 0 (r untouched).
template <typename V>
std::size_t years_or_months(const V& buf, std::size_t i, int count, core_reading& r) {
  std::size_t e = 0;
  if ((e = whole_word(buf, i, "years")) != 0) {
    r.t.u = ast::unit::year;
    r.t.used = 1;
    r.t.years = count;
  } else if ((e = whole_word(buf, i, "months")) != 0) {
    r.t.u = ast::unit::month;
    r.t.used = 2;
    r.t.months = count;
  }
  return e;
}

constexpr std::pair<std::string_view, int> kSmallCounts[] = {
    {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}};

// Readings from a month name that the fast_mention path does not take
// (match.cpp builds their mentions): a month and its dot before a no-break
// space ("in November.\u00A0"); date_def.hpp month_first without a year
// before a comma and a plain word ("November 20, and", "February 24,
// including"; year_tail reads on only into "in"/"of" and a year, a year in
// digits or a year in words); and with year_rel ("September 14 this
// year").
template <typename V>
std::optional<core_reading> month_phrase(const V& buf, std::size_t at) {
  unsigned month = 0;
  const std::size_t m_end = month_word(buf, at, month);
  if (m_end == 0 || m_end >= buf.size()) return std::nullopt;
  core_reading r;
  if (buf[m_end - 1] == '.' && nbsp_at(buf, m_end)) {
    r.t.f = form::month;
    r.t.month = month;
    r.end = m_end;
    return r;
  }
  if (buf[m_end] != ' ') return std::nullopt;
  unsigned day = 0;
  const std::size_t d_end = day_digits(buf, m_end + 1, day);
  if (d_end == 0 || d_end >= buf.size()) return std::nullopt;
  if (buf[d_end] == ',') {
    const std::size_t j = skip_spaces(buf, d_end + 1);
    if (j >= buf.size() || !is_lower(buf[j])) return std::nullopt;
    const std::size_t we = letters_end(buf, j);
    if (we - j > 12) return std::nullopt;
    std::array<char, 12> w{};
    for (std::size_t k = j; k < we; ++k) w[k - j] = buf[k];
    const std::string_view next(w.data(), we - j);
    if (next == "in" || next == "of" || is_cardinal(next) || next.starts_with("twent") ||
        next.starts_with("nineteen")) {
      return std::nullopt;
    }
    r.t.f = form::day;
    r.t.month = month;
    r.t.day = day;
    r.end = d_end;
    return r;
  }
  if (buf[d_end] != ' ') return std::nullopt;
  int rel = 0;
  std::size_t y = 0;
  if ((y = word_then_blank(buf, d_end + 1, "this")) != 0) {
    rel = 0;
  } else if ((y = word_then_blank(buf, d_end + 1, "last")) != 0) {
    rel = -1;
  } else if ((y = word_then_blank(buf, d_end + 1, "next")) != 0) {
    rel = 1;
  } else {
    return std::nullopt;
  }
  const std::size_t e = whole_word(buf, y, "year");
  if (e == 0 || !safe_stop(buf, e)) return std::nullopt;
  r.t.f = form::day;
  r.t.month = month;
  r.t.day = day;
  r.t.has_year_rel = true;
  r.t.year_rel = rel;
  r.end = e;
  return r;
}

// Relative phrases that start with a word (relative_def.hpp): "last year",
// "this month" (rel_unit; not "week", which a weekday may follow), "a year earlier", "a year ago",
// "a year later" (shift), "the past 11 years", "past 3 months" (span_back),
// "the same month" (rel_unit), "the first quarter of 2020", "the second
// half of 2021" (period_def.hpp quarter and half). Read by parse_core
// (after match.cpp's prefix words), and by fast_mention for the forms that
// phrase_reading lets through.
template <typename V>
std::optional<core_reading> word_phrase(const V& buf, std::size_t at) {
  std::size_t i = at;
  const bool the = has_at(buf, i, "the ");
  if (the) i += 4;
  // X3 reads no second blank after "the" ("the  same month").
  if (i >= buf.size() || (the && is_space(buf[i]))) return std::nullopt;
  const char c = buf[i];
  core_reading r;
  // period_def.hpp: ("early" | "mid" | "late") (" " | "-") year: "early
  // 2023", "mid-2023".
  if (!the && (c == 'e' || c == 'm' || c == 'l')) {
    int mod = 0;
    std::size_t j = 0;
    if (has_at(buf, i, "early")) {
      mod = 1;
      j = i + 5;
    } else if (has_at(buf, i, "mid")) {
      mod = 2;
      j = i + 3;
    } else if (has_at(buf, i, "late")) {
      mod = 3;
      j = i + 4;
    }
    if (mod != 0 && j + 1 < buf.size() && (buf[j] == ' ' || buf[j] == '-') && is_digit(buf[j + 1])) {
      int year = 0;
      const std::size_t e = year4(buf, j + 1, year);
      if (e == 0 || !safe_stop(buf, e)) return std::nullopt;
      r.t.f = form::year;
      r.t.year = year;
      r.t.mod = mod;
      r.end = e;
      return r;
    }
  }
  // rel_unit: ("last" | "this" | "next") unit.
  if (!the && (c == 'l' || c == 't' || c == 'n')) {
    int rel = 0;
    std::size_t j = 0;
    if ((j = word_then_blank(buf, i, "last")) != 0) {
      rel = -1;
    } else if ((j = word_then_blank(buf, i, "this")) != 0) {
      rel = 0;
    } else if ((j = word_then_blank(buf, i, "next")) != 0) {
      rel = 1;
    }
    std::size_t e = 0;
    ast::unit u = ast::unit::year;
    if (j == 0) {
      // not a rel_unit; "third quarter" below
    } else if ((e = whole_word(buf, j, "year")) != 0) {
      u = ast::unit::year;
    } else if ((e = whole_word(buf, j, "month")) != 0) {
      u = ast::unit::month;
    } else {
      return std::nullopt;
    }
    if (j != 0) {
      if (!safe_stop(buf, e)) return std::nullopt;
      r.t.f = form::rel_unit;
      r.t.year_rel = rel;
      r.t.u = u;
      r.end = e;
      return r;
    }
  }
  // shift: "a year" ("earlier" | "ago" | "later").
  if (!the && c == 'a') {
    const std::size_t j = word_then_blank(buf, i, "a");
    const std::size_t k = j != 0 ? word_then_blank(buf, j, "year") : 0;
    if (k == 0) return std::nullopt;
    std::size_t e = 0;
    int rel = 0;
    if ((e = whole_word(buf, k, "earlier")) != 0 || (e = whole_word(buf, k, "ago")) != 0) {
      rel = -1;
    } else if ((e = whole_word(buf, k, "later")) != 0) {
      rel = 1;
    } else {
      return std::nullopt;
    }
    if (!safe_stop(buf, e)) return std::nullopt;
    r.t.f = form::shift;
    r.t.rel = rel;
    r.t.u = ast::unit::year;
    r.t.used = 1;
    r.t.years = 1;
    r.end = e;
    return r;
  }
  // span_back: "past" (digits | "two".."ten") ("years" | "months" |
  // "decades").
  if (c == 'p') {
    const std::size_t j = word_then_blank(buf, i, "past");
    if (j == 0 || j >= buf.size()) return std::nullopt;
    std::size_t k = j;
    int count = 0;
    if (buf[j] >= '1' && buf[j] <= '9') {
      while (k < buf.size() && is_digit(buf[k]) && k - j < 4) count = count * 10 + (buf[k++] - '0');
    } else {
      for (const auto& [word, n] : kSmallCounts) {
        if (const std::size_t we = word_then_blank(buf, j, word); we != 0) {
          count = n;
          k = we - 1;
          break;
        }
      }
      if (count == 0) return std::nullopt;
    }
    if (k >= buf.size() || buf[k] != ' ') return std::nullopt;
    std::size_t e = 0;
    if ((e = whole_word(buf, k + 1, "decades")) != 0) {
      r.t.u = ast::unit::decade;
      r.t.used = 1;
      r.t.years = 10.0 * count;
    } else if ((e = years_or_months(buf, k + 1, count, r)) == 0) {
      return std::nullopt;
    }
    if (!safe_stop(buf, e)) return std::nullopt;
    r.t.f = form::span_back;
    r.end = e;
    return r;
  }
  // rel_unit: "same month", which X3 ends there also before "of 2019".
  if (c == 's' && has_at(buf, i, "same ")) {
    const std::size_t j = word_then_blank(buf, i, "same");
    const std::size_t e = j != 0 ? whole_word(buf, j, "month") : 0;
    if (e == 0) return std::nullopt;
    if (!safe_stop(buf, e)) {
      // " of YYYY" followed by a safe stop.
      const std::size_t k = word_then_blank(buf, e + 1, "of");
      int y = 0;
      const std::size_t ye = e < buf.size() && buf[e] == ' ' && k != 0 ? year4(buf, k, y) : 0;
      if (ye == 0 || !safe_stop(buf, ye)) return std::nullopt;
    }
    r.t.f = form::rel_unit;
    r.t.u = ast::unit::month;
    r.end = e;
    return r;
  }
  if (!the) {
    if (auto m = month_phrase(buf, i)) return m;
  }
  // period_def.hpp month alone before " and " and another month: "between
  // January and September 2021" (the range is match.cpp's).
  if (!the) {
    unsigned month = 0;
    const std::size_t m_end = month_word(buf, i, month);
    if (m_end != 0 && m_end - i >= 5) {
      if (m_end >= buf.size() || buf[m_end] != ' ') return std::nullopt;
      const std::size_t k = word_then_blank(buf, m_end + 1, "and");
      unsigned month2 = 0;
      if (k == 0 || month_word(buf, k, month2) == 0) return std::nullopt;
      r.t.f = form::month;
      r.t.month = month;
      r.end = m_end;
      return r;
    }
  }
  // duration_def.hpp: a spelled count two..ten and "years" or "months",
  // before punctuation or "of" and a plain word ("two years of
  // construction").
  if (!the && (c == 't' || c == 'f' || c == 's' || c == 'e' || c == 'n')) {
    for (const auto& [word, count] : kSmallCounts) {
      const std::size_t j = word_then_blank(buf, i, word);
      if (j == 0) continue;
      std::size_t e = 0;
      if ((e = whole_word(buf, j, "years")) != 0) {
        r.t.u = ast::unit::year;
        r.t.used = 1;
        r.t.years = count;
      } else if ((e = whole_word(buf, j, "months")) != 0) {
        r.t.u = ast::unit::month;
        r.t.used = 2;
        r.t.months = count;
      } else {
        return std::nullopt;
      }
      if (e < buf.size() && is_space(buf[e])) {
        const std::size_t k = word_then_blank(buf, e + 1, "of");
        if (buf[e] != ' ' || k == 0 || !is_lower(buf[k])) return std::nullopt;
        const std::size_t we = letters_end(buf, k);
        if (we - k < 3 || we - k > 12) return std::nullopt;
        if (we < buf.size() && !is_space(buf[we]) && buf[we] != ',' && buf[we] != '.') return std::nullopt;
        unsigned m = 0;
        std::array<char, 12> w{};
        for (std::size_t x = k; x < we; ++x) w[x - k] = buf[x];
        const std::string_view next(w.data(), we - k);
        if (month_word(buf, k, m) != 0 || is_continuation_word(next) || is_cardinal(next) || is_ordinal(next)) {
          return std::nullopt;
        }
      } else if (!safe_stop(buf, e)) {
        return std::nullopt;
      }
      r.t.f = form::duration;
      r.end = e;
      return r;
    }
  }
  // quarter / half: ordinal ("quarter" | "half") "of" year.
  if (c == 'f' || c == 's' || c == 't') {
    unsigned part = 0;
    std::size_t j = 0;
    if ((j = word_then_blank(buf, i, "first")) != 0) {
      part = 1;
    } else if ((j = word_then_blank(buf, i, "second")) != 0) {
      part = 2;
    } else if ((j = word_then_blank(buf, i, "third")) != 0) {
      part = 3;
    } else if ((j = word_then_blank(buf, i, "fourth")) != 0) {
      part = 4;
    } else {
      return std::nullopt;
    }
    std::size_t k = 0;
    form f = form::quarter;
    if ((k = word_then_blank(buf, j, "quarter")) != 0) {
      f = form::quarter;
    } else if (part <= 2 && (k = word_then_blank(buf, j, "half")) != 0) {
      f = form::half;
    } else {
      return std::nullopt;
    }
    const std::size_t o = word_then_blank(buf, k, "of");
    int year = 0;
    const std::size_t e = o != 0 ? year4(buf, o, year) : 0;
    if (e == 0 || !safe_stop(buf, e)) return std::nullopt;
    r.t.f = f;
    r.t.part = part;
    r.t.year = year;
    r.end = e;
    return r;
  }
  return std::nullopt;
}

template <typename V>
std::optional<core_reading> fast_core_of(const V& buf, std::size_t at) {
  if (at >= buf.size()) return std::nullopt;
  const char c = buf[at];
  if (is_digit(c)) return digits_first(buf, at);
  if (!is_lower(c)) return std::nullopt;
  if (auto r = month_first(buf, at)) return r;
  if (c == 'f' || c == 'm' || c == 's' || c == 't' || c == 'w') return bare_weekday(buf, at);
  return std::nullopt;
}

// duration_def.hpp: one to three digits and "years" or "months" before
// punctuation ("19 years, said"). Read only by parse_core, like
// word_phrase.
template <typename V>
std::optional<core_reading> digit_duration(const V& buf, std::size_t at) {
  std::size_t k = at;
  int count = 0;
  while (k < buf.size() && is_digit(buf[k]) && k - at < 4) count = count * 10 + (buf[k++] - '0');
  if (k - at > 3 || k >= buf.size() || buf[k] != ' ') return std::nullopt;
  core_reading r;
  const std::size_t e = years_or_months(buf, k + 1, count, r);
  if (e == 0 || e >= buf.size()) return std::nullopt;
  const char c = buf[e];
  if (!(c == ',' || c == '.' || c == ';' || c == ')') || !safe_stop(buf, e)) return std::nullopt;
  r.t.f = form::duration;
  r.end = e;
  return r;
}

// The word_phrase readings that fast_mention takes at a word start, where
// match.cpp's match_candidate would make of them just what fast_mention
// does (no prefix word starts them, plausible() passes, no range connector
// follows: safe_stop saw to that): "last year", "next month", "the same
// month" ... (rel_unit), "a year earlier" (shift), "past 30 years"
// (span_back), "the first quarter of 2023", "the second half of 2021"
// (quarter, half), "early 2023" (year with mod). After "the" only quarter
// and half: match_candidate drops the others at "the". Not durations
// ("in two years" reads as a date) nor month names (plausible()).
std::optional<core_reading> phrase_reading(std::string_view orig) {
  if (orig.empty() || !is_lower(static_cast<char>(orig[0] | 0x20))) return std::nullopt;
  const folded b{orig};
  // Only first words whose word_phrase readings are all of those forms (a
  // month phrase or a duration is read once, by match.cpp).
  std::array<char, 8> w{};
  std::size_t n = 0;
  while (n < orig.size() && n < 7 && is_lower(b[n])) {
    w[n] = b[n];
    ++n;
  }
  if (n == 7 || n >= orig.size() || orig[n] != ' ') return std::nullopt;
  std::string_view first(w.data(), n);
  if (first == "the") {
    std::size_t m = 4;
    while (m < orig.size() && m < 11 && is_lower(b[m])) ++m;
    if (m >= orig.size() || orig[m] != ' ') return std::nullopt;
    std::array<char, 8> w2{};
    for (std::size_t k = 4; k < m; ++k) w2[k - 4] = b[k];
    first = std::string_view(w2.data(), m - 4);
    if (first != "first" && first != "second" && first != "third" && first != "fourth") return std::nullopt;
  } else if (first != "last" && first != "this" && first != "next" && first != "a" && first != "past" &&
             first != "same" && first != "early" && first != "mid" && first != "late" && first != "first" &&
             first != "second" && first != "third" && first != "fourth") {
    return std::nullopt;
  }
  auto r = word_phrase(b, 0);
  if (!r || r->end == 0 || orig[r->end - 1] == '.') return std::nullopt;
  const form f = r->t.f;
  if (has_at(b, 0, "the ")) {
    if (f != form::quarter && f != form::half) return std::nullopt;
  } else if (f != form::rel_unit && f != form::shift && f != form::span_back && f != form::quarter &&
             f != form::half && !(f == form::year && r->t.mod != 0)) {
    return std::nullopt;
  }
  return r;
}

// The bounding prefix word at orig[0] ("by", "until", "till", "before",
// "after", in any case) when one blank and no other blank follow; else
// empty. match.cpp compares its prefixes on the lower-cased bytes.
std::string_view prefix_word(std::string_view orig) {
  static constexpr std::string_view kPrefixes[] = {"by", "until", "till", "before", "after"};
  const folded b{orig};
  for (std::string_view p : kPrefixes) {
    if (p.size() + 2 > orig.size() || b[0] != p[0] || orig[p.size()] != ' ' || is_space(orig[p.size() + 1])) continue;
    if (has_at(b, 0, p)) return p;
  }
  return {};
}

}  // namespace

std::optional<core_reading> fast_core(std::string_view buf, std::size_t at) {
  const lowered b{buf};
  if (auto r = fast_core_of(b, at)) return r;
  if (at < buf.size() && is_lower(buf[at])) return word_phrase(b, at);
  if (at < buf.size() && is_digit(buf[at])) return digit_duration(b, at);
  return std::nullopt;
}

bool fast_the_dropped(std::string_view text, std::size_t pos) {
  // The bytes match.cpp lower-cases and reads (parse_core: fast_core, and
  // no fast_core_of reading starts with "the").
  const std::string_view orig = text.substr(pos, std::min<std::size_t>(160, text.size() - pos));
  const folded b{orig};
  if (!has_at(b, 0, "the ")) return false;
  const auto r = word_phrase(b, 0);
  if (!r) return false;
  const texpr& t = r->t;
  // match.cpp match_candidate: "the next quarter", "the past 11 years":
  // the mention starts after "the".
  return ((t.f == form::span_back || t.f == form::span_fwd) && t.u != ast::unit::decade) ||
         (t.f == form::rel_unit && t.mod == 0 && t.u != ast::unit::decade && t.year_rel != 2);
}

std::optional<mention> fast_mention(std::string_view text, std::size_t pos, const scan_options& opts) {
  // One object returned on every path, so that the mention is built in the
  // caller's storage (no move of a mention).
  std::optional<mention> out;
  // match.cpp reads at most 160 bytes from the candidate; so does this.
  const std::string_view orig = text.substr(pos, std::min<std::size_t>(160, text.size() - pos));
  // Only readings that start the candidate: no prefix word ("since",
  // "from", "on", ...) and no "the" can stand before a digit, a month or
  // a weekday name.
  auto a = fast_core_of(folded{orig}, 0);
  if (!a) a = phrase_reading(orig);
  if (!a && is_lower(static_cast<char>(orig[0] | 0x20))) {
    // A month and day without a year before a comma and a plain word
    // ("November 20, and", "April 12, including"): match.cpp makes of the
    // day what fast_mention does (plausible() passes a day, no connector
    // reads a comma). Not the month alone ("Nov.\u00A0": plausible() asks
    // for a capital full name).
    if (auto d = month_phrase(folded{orig}, 0); d && d->t.f == form::day && d->t.year == 0 && !d->t.has_year_rel) {
      a = d;
    }
  }
  // A bounding prefix that match.cpp strips ("by 2030", "until next year",
  // "before October 28, 2022"): the mention starts at it and keeps it as
  // its mod; the reading after it is the same one. "since" (a span to the
  // reference day), "from", "between", "for", "on" and "within" take other
  // turns in match.cpp and are left to it.
  std::string_view prefix;
  std::size_t at = 0;
  if (!a) {
    prefix = prefix_word(orig);
    if (prefix.empty()) return out;
    at = prefix.size() + 1;
    const std::string_view rest = orig.substr(at);
    a = fast_core_of(folded{rest}, 0);
    if (!a) {
      a = phrase_reading(rest);
      if (!a || (a->t.f != form::rel_unit && a->t.f != form::quarter && a->t.f != form::half)) return out;
    }
    a->end += at;
  }
  const std::size_t end = a->end;
  // What match.cpp does with such a reading: no range connector follows
  // (safe_stop saw to that), no code continues it ("2015-32"), resolve.
  if (pos + end + 1 < text.size() && (text[pos + end] == '-' || text[pos + end] == '/' || text[pos + end] == '.') &&
      is_digit(text[pos + end + 1])) {
    return out;
  }
  resolve_context rc;
  rc.reference = opts.reference;
  rc.tense = opts.assume_tense != 0   ? opts.assume_tense
             : depends_on_tense(a->t) ? sentence_tense(text, pos, pos + end)
                                      : 0;
  resolution r = resolve(a->t, rc, std::string(orig.substr(at, end - at)));
  // match.cpp sends a shift or span read as a duration elsewhere.
  if (r.type == mention_type::duration && a->t.f != form::duration) return out;
  mention& m = out.emplace();
  m.type = r.type;
  m.start = pos;
  m.end = pos + end;
  m.when = std::move(r.when);
  m.relative = r.relative;
  m.unresolved = r.unresolved;
  m.error = std::move(r.error);
  if (r.type == mention_type::duration) {
    m.value = std::move(r.value);
  } else {
    m.tense = rc.tense;
  }
  if (a->t.weekday >= 0 && a->t.f == form::day) m.weekday = static_cast<unsigned>(a->t.weekday);
  if (!prefix.empty()) m.mod = prefix;
  // match.cpp's absolute_kind: "2018 or later", "starting January 7th".
  if (a->t.f != form::shift && a->t.f != form::span_back) extend_bounds(text, m, opts);
  return out;
}

}  // namespace claimcheck::grammar::temporal
