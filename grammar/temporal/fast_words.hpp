// Small word readers shared by the temporal fast paths (fast.cpp) and the
// cheap rejection (fast_reject.cpp): the text as the X3 rules see it (lower
// case), month and weekday names as lexicon.hpp lists them, and the lead
// words of counts. Included only by those two files.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
#include <utility>

namespace claimcheck::grammar::temporal::fast_words {

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

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_alnum(char c) { return is_digit(c) || is_lower(c) || (c >= 'A' && c <= 'Z'); }
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

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
  if (i > buf.size() || buf.size() - i < w.size()) return false;
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

// What a word at a candidate can start: a count, "more/less" (than), a
// qualifier or preposition before a count, "between" (the), "the".
enum class lead { none, cardinal, than_word, qualifier, between, the };

inline lead lead_of(std::string_view w) {
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

inline bool is_cardinal(std::string_view w) { return lead_of(w) == lead::cardinal; }

inline bool in_list(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view k : list) {
    if (w == k) return true;
  }
  return false;
}

inline bool is_ordinal(std::string_view w) {
  return in_list(w, {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                     "eleventh", "twelfth"}) ||
         w.starts_with("twent") || w.starts_with("thirt") || w.ends_with("teenth");
}

}  // namespace claimcheck::grammar::temporal::fast_words
