// Hand-written readings of the most common temporal forms (see fast.hpp).
// Each reader follows the X3 rule it stands for step by step (the rule is
// named above it) and gives up, so that X3 runs, as soon as the text leaves
// the common shape or could continue into a longer X3 reading.
#include "grammar/temporal/fast.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <cstdint>
#include <string>
#include <utility>

#include "grammar/temporal/resolve.hpp"
#include "grammar/temporal/tense.hpp"

namespace claimcheck::grammar::temporal {

namespace {

using ast::form;
using ast::texpr;

// The text as the X3 rules see it: lower case (ASCII). `lowered` is a
// buffer already lower-cased (match.cpp's); `folded` lower-cases the text
// itself on each read, so the fast path needs no copy.
struct lowered {
  std::string_view s;
  [[nodiscard]] std::size_t size() const { return s.size(); }
  char operator[](std::size_t i) const { return s[i]; }
};
struct folded {
  std::string_view s;
  [[nodiscard]] std::size_t size() const { return s.size(); }
  char operator[](std::size_t i) const {
    const char c = s[i];
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alnum(char c) { return is_digit(c) || is_lower(c) || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

template <typename V>
std::size_t skip_spaces(const V& buf, std::size_t i) {
  while (i < buf.size() && is_space(buf[i])) ++i;
  return i;
}

// The end of the run of lower-case letters from i.
template <typename V>
std::size_t letters_end(const V& buf, std::size_t i) {
  while (i < buf.size() && is_lower(buf[i])) ++i;
  return i;
}

struct month_key {
  std::string_view name;
  unsigned month;
};
// lexicon.hpp make_months(): full names and abbreviations, by first letter,
// longest first.
constexpr month_key kA[] = {{"august", 8}, {"april", 4}, {"aug", 8}, {"apr", 4}};
constexpr month_key kD[] = {{"december", 12}, {"dec", 12}};
constexpr month_key kF[] = {{"february", 2}, {"feb", 2}};
constexpr month_key kJ[] = {{"january", 1}, {"june", 6}, {"july", 7}, {"jan", 1}, {"jun", 6}, {"jul", 7}};
constexpr month_key kM[] = {{"march", 3}, {"may", 5}, {"mar", 3}};
constexpr month_key kN[] = {{"november", 11}, {"nov", 11}};
constexpr month_key kO[] = {{"october", 10}, {"oct", 10}};
constexpr month_key kS[] = {{"september", 9}, {"sept", 9}, {"sep", 9}};

template <typename V>
bool has_at(const V& buf, std::size_t i, std::string_view w) {
  if (buf.size() - i < w.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    if (buf[i + k] != w[k]) return false;
  }
  return true;
}

template <typename V, std::size_t N>
std::pair<unsigned, std::size_t> first_key(const V& buf, std::size_t i, const month_key (&keys)[N]) {
  for (const auto& k : keys) {
    if (has_at(buf, i, k.name)) return {k.month, k.name.size()};
  }
  return {0, 0};
}

// The longest month key that buf[i..] starts with (x3::symbols finds the
// longest key and does not retry shorter ones): its month and length.
template <typename V>
std::pair<unsigned, std::size_t> longest_month_key(const V& buf, std::size_t i) {
  if (i >= buf.size()) return {0, 0};
  switch (buf[i]) {
    case 'a': return first_key(buf, i, kA);
    case 'd': return first_key(buf, i, kD);
    case 'f': return first_key(buf, i, kF);
    case 'j': return first_key(buf, i, kJ);
    case 'm': return first_key(buf, i, kM);
    case 'n': return first_key(buf, i, kN);
    case 'o': return first_key(buf, i, kO);
    case 's': return first_key(buf, i, kS);
    default: return {0, 0};
  }
}

// lexicon.hpp month_word: month_names >> nl >> -lit('.'). Its end, or 0.
template <typename V>
std::size_t month_word(const V& buf, std::size_t i, unsigned& month) {
  const auto [m, len] = longest_month_key(buf, i);
  if (len == 0) return 0;
  std::size_t e = i + len;
  if (e < buf.size() && (is_lower(buf[e]) || (buf[e] >= 'A' && buf[e] <= 'Z'))) return 0;
  if (e < buf.size() && buf[e] == '.') ++e;
  month = m;
  return e;
}

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

// Words after which a reading may go on in some X3 rule ("2016 the third
// quarter", "Friday next week", "Friday of next week", "Friday the 13th").
bool is_continuation_word(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "the", "of", "in", "to", "and", "through", "until", "till", "this", "next", "last", "past",
      "previous", "coming", "upcoming", "following", "current", "same", "first", "second", "third",
      "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "q", "h",
      "quarter", "half", "week", "on", "thru", "s", "fy", "fiscal", "year", "bc", "ad", "bce", "ce"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  // Ordinals from "thirteenth" on, "twenty-first", "thirtieth".
  return w.starts_with("twent") || w.starts_with("thirt") || w.ends_with("teenth");
}

bool is_cardinal(std::string_view w);

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
  return !is_continuation_word(word);
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
      // "Friday. The", but not "fri. 13th", "Friday. October 27".
      const std::size_t j = skip_spaces(buf, e + 1);
      if (j == e + 1 && j < buf.size()) return std::nullopt;
      if (j < buf.size() && (is_digit(buf[j]) || longest_month_key(buf, j).second != 0)) return std::nullopt;
    } else if (!safe_stop(buf, e)) {
      return std::nullopt;
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

// Cheap rejection: candidates whose every X3 reading needs a unit or time
// word where the text has another word ("between the two countries",
// "more than 45,123", "about 300 billion", "twenty-three thousand", "up
// 12.3 percent", "the 30th anniversary", "the fifth round").

// The lower-case word of letters at text[i] (at most 15 bytes), or empty.
std::string_view word_of(std::string_view text, std::size_t i, std::array<char, 16>& buf) {
  std::size_t n = 0;
  while (i + n < text.size()) {
    char c = text[i + n];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (!is_lower(c)) break;
    if (n == 15) return {};
    buf[n++] = c;
  }
  return {buf.data(), n};
}

bool in_list(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view k : list) {
    if (w == k) return true;
  }
  return false;
}

// What a word at a candidate can start: a count, "more/less" (than), a
// qualifier or preposition before a count, "between" (the), "the".
enum class lead { none, cardinal, than_word, qualifier, between, the };

lead lead_of(std::string_view w) {
  if (w.size() < 2 || w.size() > 9) return lead::none;
  // By first letter, then whole-word compares against literals (inlined).
  switch (w[0]) {
    case 'a':
      if (w == "at" || w == "about" || w == "around" || w == "almost") return lead::qualifier;
      return lead::none;
    case 'b':
      if (w == "by") return lead::qualifier;
      return w == "between" ? lead::between : lead::none;
    case 'e':
      return w == "eight" || w == "eleven" || w == "eighty" || w == "eighteen" ? lead::cardinal : lead::none;
    case 'f':
      if (w == "for") return lead::qualifier;
      return w == "four" || w == "five" || w == "forty" || w == "fifty" || w == "fifteen" || w == "fourteen"
                 ? lead::cardinal
                 : lead::none;
    case 'h': return w == "hundred" ? lead::cardinal : lead::none;
    case 'l': return w == "less" ? lead::than_word : lead::none;
    case 'm': return w == "more" ? lead::than_word : lead::none;
    case 'n':
      if (w == "nearly") return lead::qualifier;
      return w == "nine" || w == "ninety" || w == "nineteen" ? lead::cardinal : lead::none;
    case 'o':
      if (w == "over") return lead::qualifier;
      return w == "one" ? lead::cardinal : lead::none;
    case 'r': return w == "roughly" ? lead::qualifier : lead::none;
    case 's':
      if (w == "some") return lead::qualifier;
      return w == "six" || w == "seven" || w == "sixty" || w == "sixteen" || w == "seventy" || w == "seventeen"
                 ? lead::cardinal
                 : lead::none;
    case 't':
      if (w == "the") return lead::the;
      return w == "two" || w == "ten" || w == "three" || w == "twelve" || w == "twenty" || w == "thirty" ||
                     w == "thirteen"
                 ? lead::cardinal
                 : lead::none;
    case 'u':
      return w == "up" || w == "under" ? lead::qualifier : lead::none;
    default: return lead::none;
  }
}

bool is_cardinal(std::string_view w) { return lead_of(w) == lead::cardinal; }

bool is_ordinal(std::string_view w) {
  return in_list(w, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                     "eleventh", "twelfth"}) ||
         w.starts_with("twent") || w.starts_with("thirt") || w.ends_with("teenth");
}

// Words that may follow a count or an ordinal in some X3 reading: units,
// clock units, weekday and month names, joiners. Anything else after a
// count means no temporal reading starts at the count.
bool may_follow_count(std::string_view w) {
  if (in_list(w, {"day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade",
                  "decades", "quarter", "quarters", "fortnight", "fortnights", "weekend", "weekends", "night",
                  "nights", "hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins", "second",
                  "seconds", "sec", "secs", "business", "and", "or", "to", "through", "until", "till", "half",
                  "of", "century", "centuries", "s", "st", "nd", "rd", "th", "q", "calendar", "fiscal", "financial",
                  "working", "full", "whole", "consecutive", "straight", "more", "other", "last", "next", "past",
                  "previous", "few", "several", "a", "an", "the", "week's", "year's"})) {
    return true;
  }
  for (const auto& k : kWeekdays) {
    if (w.starts_with(k.name)) return true;
  }
  if (longest_month_key(lowered{w}, 0).second != 0) return true;
  return is_cardinal(w) || is_ordinal(w);
}

// The end of the count at text[i] (digits with a decimal part, or cardinal
// words joined by blanks or hyphens), and whether it ends in a thousands
// separator ("45,123": no count reads past the comma).
struct count_end {
  std::size_t end = 0;
  bool thousands = false;
};
count_end count_at(std::string_view text, std::size_t i) {
  count_end r;
  std::size_t e = i;
  if (e < text.size() && is_digit(text[e])) {
    while (e < text.size() && is_digit(text[e])) ++e;
    // Four digits may be a year ("by 2030 officials"): not a count here.
    if (e - i == 4 && (e >= text.size() || text[e] != '.')) return r;
    if (e + 1 < text.size() && text[e] == '.' && is_digit(text[e + 1])) {
      ++e;
      while (e < text.size() && is_digit(text[e])) ++e;
    }
    r.thousands = e + 1 < text.size() && text[e] == ',' && is_digit(text[e + 1]);
    r.end = e;
    return r;
  }
  std::array<char, 16> b{};
  std::string_view w = word_of(text, e, b);
  if (!is_cardinal(w)) return r;
  while (is_cardinal(w)) {
    e += w.size();
    std::size_t j = e;
    if (j < text.size() && (text[j] == '-' || text[j] == ' ')) ++j;
    w = word_of(text, j, b);
    if (is_cardinal(w)) e = j;
  }
  r.end = e;
  return r;
}

// Whether no X3 reading can use the count at text[i]: the count is cut by
// a thousands separator, or the word after it is no unit or time word.
// False when unsure.
bool count_without_unit(std::string_view text, std::size_t i) {
  const count_end c = count_at(text, i);
  if (c.end == 0) return false;
  if (c.thousands) return true;
  std::size_t j = c.end;
  if (j < text.size() && text[j] == '%') return true;
  if (j < text.size() && (text[j] == ' ' || text[j] == '-')) ++j;
  std::array<char, 16> b{};
  const std::string_view w = word_of(text, j, b);
  if (w.empty()) return false;
  if (j + w.size() < text.size() && (text[j + w.size()] == '\'' || text[j + w.size()] == '-')) return false;
  return !may_follow_count(w);
}

}  // namespace

bool fast_reject(std::string_view text, std::size_t pos) {
  std::array<char, 16> b{};
  const std::string_view w = word_of(text, pos, b);
  const lead k = lead_of(w);
  if (k == lead::none || pos + w.size() >= text.size() || text[pos + w.size()] == '\'') return false;
  if (k == lead::cardinal) return count_without_unit(text, pos);
  // A qualifier or a preposition before a count.
  std::size_t i = pos + w.size();
  if (text[i] != ' ') return false;
  ++i;
  std::array<char, 16> b2{};
  const std::string_view w2 = word_of(text, i, b2);
  if (k == lead::than_word) {
    if (w2 != "than") return false;
    i += 5;
  } else if (k == lead::between) {
    if (w2 != "the") return false;
    i += 4;
  } else if (k == lead::the) {
    // "the 30th anniversary", "the fifth round"
    std::size_t j = i;
    if (i < text.size() && is_digit(text[i])) {
      while (j < text.size() && is_digit(text[j])) ++j;
      std::array<char, 16> b3{};
      const std::string_view suffix = word_of(text, j, b3);
      if (!in_list(suffix, {"st", "nd", "rd", "th"})) return false;
      j += 2;
    } else if (!w2.empty() && (w2[0] == 'f' || w2[0] == 's' || w2[0] == 't' || w2[0] == 'e' || w2[0] == 'n') &&
               is_ordinal(w2)) {
      j += w2.size();
    } else {
      return false;
    }
    if (j >= text.size() || text[j] != ' ') return false;
    std::array<char, 16> b3{};
    const std::string_view next = word_of(text, j + 1, b3);
    if (next.empty() || (j + 1 + next.size() < text.size() && text[j + 1 + next.size()] == '\'')) return false;
    return !may_follow_count(next);
  }
  if (i >= text.size()) return false;
  return count_without_unit(text, i);
}

namespace {

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

}  // namespace

std::optional<core_reading> fast_core(std::string_view buf, std::size_t at) {
  return fast_core_of(lowered{buf}, at);
}

std::optional<mention> fast_mention(std::string_view text, std::size_t pos, const scan_options& opts) {
  // match.cpp reads at most 160 bytes from the candidate; so does this.
  const std::string_view orig = text.substr(pos, std::min<std::size_t>(160, text.size() - pos));
  // Only readings that start the candidate: no prefix word ("since",
  // "from", "on", ...) and no "the" can stand before a digit, a month or
  // a weekday name.
  const auto a = fast_core_of(folded{orig}, 0);
  if (!a) return std::nullopt;
  const std::size_t end = a->end;
  // What match.cpp does with such a reading: no range connector follows
  // (safe_stop saw to that), no code continues it ("2015-32"), resolve.
  if (pos + end + 1 < text.size() && (text[pos + end] == '-' || text[pos + end] == '/' || text[pos + end] == '.') &&
      is_digit(text[pos + end + 1])) {
    return std::nullopt;
  }
  resolve_context rc;
  rc.reference = opts.reference;
  rc.tense = opts.assume_tense != 0   ? opts.assume_tense
             : depends_on_tense(a->t) ? sentence_tense(text, pos, pos + end)
                                      : 0;
  resolution r = resolve(a->t, rc, std::string(orig.substr(0, end)));
  mention m;
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
  return m;
}

}  // namespace claimcheck::grammar::temporal
