// The temporal hook of the single-pass scanner: a cheap word test rejects
// almost every position before any X3 call; candidates are lower-cased into
// a small buffer and parsed by each rule group (longest match wins, ties
// go to the group listed first), then extended by prefixes ("since 1992",
// "by 2030", "from 2021 to 2023") and ranges ("2010-2015", "January-
// September 2023"), and resolved against the publication date.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>

#include "grammar/detail/scan_hooks.hpp"
#include "grammar/temporal/bounds.hpp"
#include "grammar/temporal/date.hpp"
#include "grammar/temporal/duration.hpp"
#include "grammar/temporal/extra.hpp"
#include "grammar/temporal/fast.hpp"
#include "grammar/temporal/period.hpp"
#include "grammar/temporal/relative.hpp"
#include "grammar/temporal/resolve.hpp"
#include "grammar/temporal/tense.hpp"

namespace claimcheck::grammar::temporal {

namespace {

using ast::form;

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter(char c) { return is_lower(c) || is_upper(c); }
char lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// Word classes for the quick rejection, looked up in a small hash table.
enum word_flags : std::uint16_t {
  kOpens = 1,    // opens a mention by itself ("October", "yesterday")
  kWeak = 2,     // opens one only before a confirming word or a number ("the", "last")
  kConfirms = 4, // confirms a weak word before it ("year", "first", "three")
  kLink = 8,     // confirms a linking word before it ("end of", "more than")
  kLinks = 16,   // a weak word that a link word confirms ("end", "more", "at")
  kAfterThe = 32,  // confirms "the" ("the first", "the past", "the end")
  kCount = 64,     // opens only counts: relative shifts and durations ("three", "a")
  kMonth = 128,    // a month name: opens only dates and periods
  kWeekday = 256,  // a weekday name: opens only dates and relative expressions
};

constexpr std::string_view kOpenWords[] = {
    "january", "february", "april", "june", "july", "august", "september", "october", "november",
    "december", "apr", "aug", "dec", "feb", "jul", "jun", "nov", "oct", "sep", "sept", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tomorrow", "tmrw", "spring", "summer", "autumn", "winter", "ytd", "fy", "fortnight", "christmas", "easter",
    "halloween", "thanksgiving"};
constexpr std::string_view kWeakWords[] = {
    "a", "an", "another", "about", "after", "all", "almost", "around", "at", "before", "beginning",
    "between", "by", "calendar", "financial", "fiscal", "coming", "couple", "current", "day", "early",
    "earlier", "end", "fall", "few", "first", "second", "third", "fourth", "fifth", "following", "full",
    "half", "last", "late", "later", "less", "mid", "middle", "more", "nearly", "next", "over", "past",
    "previous", "rest", "roughly", "same", "since", "so", "some", "start", "the", "this", "through",
    "till", "until", "under", "up", "upcoming", "whole", "within", "year", "month", "week", "weeks",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "mar", "may",
    "march", "from", "on", "for", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen",
    "several", "w", "earth", "school", "sy", "cy"};
constexpr std::string_view kConfirmWords[] = {
    "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "quarter", "quarters",
    "year", "years", "yr", "yrs", "decade", "decades", "century", "fortnight", "fortnights", "hour",
    "hours", "hr", "hrs", "h", "min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds",
    "night", "nights", "business", "last", "next", "past", "previous", "coming", "this", "current",
    "same", "upcoming", "following", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth", "tenth", "eleventh", "twelfth", "early", "mid", "late", "end", "beginning", "start",
    "middle", "rest", "fiscal", "calendar", "financial", "now", "ago", "half", "few", "couple",
    "several", "dozen", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "jan",
    "mar", "may", "march", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "hundred", "seasons",
    "times", "nineties", "eighties", "seventies", "sixties", "year's", "week's", "month's", "sundays",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "thousand", "school", "working",
    "workweek"};
constexpr std::string_view kLinkWords[] = {"of", "than", "least", "to", "far", "c", "and", "a", "an", "the", "in"};
constexpr std::string_view kLinkingWords[] = {
    "end", "beginning", "start", "middle", "rest", "more", "less", "at", "up", "so", "w", "year",
    "month", "week", "fourth", "first", "second", "third", "day", "couple", "half", "later", "earlier",
    "after", "before", "since", "by", "until", "till", "from", "between", "through", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "few", "several", "a", "an",
    "may", "march", "mar", "jan", "within"};
constexpr std::string_view kAfterTheWords[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "past", "last", "next", "previous", "coming", "current", "same", "following",
    "upcoming", "early", "mid", "late", "end", "beginning", "start", "middle", "rest", "year", "week",
    "month", "day", "weekend", "nineties", "eighties", "seventies", "sixties", "mid-"};

constexpr std::string_view kCountWords[] = {
    "a", "an", "another", "few", "several", "couple", "dozen", "half", "more", "less", "over", "under",
    "about", "around", "nearly", "almost", "roughly", "some", "at", "up", "all", "full", "whole", "one",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety"};
constexpr std::string_view kMonthWords[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec"};

// FNV-1a over the word's bytes.
constexpr std::uint32_t word_hash(std::string_view w) {
  std::uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

class word_table {
 public:
  word_table() {
    for (auto w : kOpenWords) add(w, kOpens);
    for (auto w : kWeakWords) add(w, kWeak);
    for (auto w : kConfirmWords) add(w, kConfirms);
    for (auto w : kLinkWords) add(w, kLink);
    for (auto w : kLinkingWords) add(w, kLinks);
    for (auto w : kAfterTheWords) add(w, kAfterThe);
    for (auto w : kCountWords) add(w, kCount);
    for (auto w : kMonthWords) add(w, kMonth);
    for (auto w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
      add(w, kWeekday);
    }
    // First-two-letter filter over the words that can open a mention.
    for (auto w : kOpenWords) pairs_[pair_index(w)] = true;
    for (auto w : kWeakWords) pairs_[pair_index(w)] = true;
  }
  // False for most words without touching the hash table: no word that
  // opens a mention starts with these two letters.
  [[nodiscard]] bool may_open(std::string_view w) const { return pairs_[pair_index(w)]; }
  [[nodiscard]] std::uint16_t flags(std::string_view w) const {
    for (std::uint32_t i = word_hash(w) & kMask;; i = (i + 1) & kMask) {
      if (slots_[i].word.empty()) return 0;
      if (slots_[i].word == w) return slots_[i].flags;
    }
  }

 private:
  static constexpr std::uint32_t kMask = 1023;
  static std::size_t pair_index(std::string_view w) {
    const std::size_t a = static_cast<std::size_t>(w[0] - 'a') % 26;
    const std::size_t b = w.size() > 1 && w[1] >= 'a' && w[1] <= 'z' ? static_cast<std::size_t>(w[1] - 'a') + 1 : 0;
    return a * 27 + b;
  }
  std::array<bool, 26 * 27> pairs_{};
  struct slot {
    std::string_view word;
    std::uint16_t flags = 0;
  };
  void add(std::string_view w, std::uint16_t f) {
    for (std::uint32_t i = word_hash(w) & kMask;; i = (i + 1) & kMask) {
      if (slots_[i].word.empty() || slots_[i].word == w) {
        slots_[i].word = w;
        slots_[i].flags |= f;
        return;
      }
    }
  }
  std::array<slot, kMask + 1> slots_{};
};

const word_table& words() {
  static const word_table table;
  return table;
}

template <typename Table>
bool in(std::string_view w, const Table& table) {
  return std::find(std::begin(table), std::end(table), w) != std::end(table);
}

// The lower-cased word at text[pos] (letters and an inner apostrophe, at
// most 12 bytes), empty if none or longer.
std::string_view word_at(std::string_view text, std::size_t pos, std::array<char, 16>& buf) {
  std::size_t n = 0;
  while (pos + n < text.size() && (is_letter(text[pos + n]) || (n > 0 && text[pos + n] == '\''))) {
    if (n == 12) return {};
    buf[n] = lower(text[pos + n]);
    ++n;
  }
  return {buf.data(), n};
}

// Whether the fast paths (fast.hpp) are on; tests switch them off to
// compare with the X3 path.
bool g_fast_paths = true;

// Whether a number at text[pos] may start a temporal mention: a year
// (1000..2999), or one or two digits followed by a date separator, an
// ordinal suffix or a temporal word ("12 December", "30 years", "1Q23").
bool number_candidate(std::string_view text, std::size_t pos) {
  // Not inside "10:30", "3.5", "1,200", "138-2010".
  if (pos >= 2 && (text[pos - 1] == ':' || text[pos - 1] == '.' || text[pos - 1] == ',' || text[pos - 1] == '-' ||
                   text[pos - 1] == '/') &&
      is_digit(text[pos - 2])) {
    return false;
  }
  std::size_t e = pos;
  while (e < text.size() && is_digit(text[e]) && e - pos < 5) ++e;
  const std::size_t len = e - pos;
  if (len == 4 && (text[pos] == '1' || text[pos] == '2')) return true;
  if (len > 4) return false;
  if (e >= text.size()) return false;
  std::size_t s = e;
  while (s < text.size() && s - e < 3 && text[s] == ' ') ++s;
  if (s >= text.size()) return false;
  const char c = text[s];
  if (c == '.' || c == '-' || c == '/') {
    // "28.10.2022", "10/28", "3.5 years", "3-day": a second separator, a
    // month name or a temporal word must follow; "31.17 billion" and
    // "12-point" are numbers.
    std::size_t j = s + 1;
    while (j < text.size() && text[j] == ' ') ++j;
    if (j >= text.size()) return false;
    if (is_digit(text[j])) {
      if (c == '/') return true;
      std::size_t d = j;
      while (d < text.size() && is_digit(text[d])) ++d;
      if (d < text.size() && (text[d] == c || text[d] == '/')) return true;
      if (c == '-' && d - j == 4) return true;  // "11-2016"
      while (d < text.size() && text[d] == ' ') ++d;
      std::array<char, 16> b{};
      const std::string_view w = word_at(text, d, b);
      return !w.empty() && (words().flags(w) & (kOpens | kConfirms)) != 0;
    }
    std::array<char, 16> b{};
    const std::string_view w = word_at(text, j, b);
    return !w.empty() && (words().flags(w) & (kOpens | kConfirms | kMonth)) != 0;
  }
  if (c == '\xe2' || c == '\'') return true;
  std::size_t i = e;
  // "3day", "1q23" are glued to their word; "120 million" is asked about
  // its next word below (the X3 path asks X3 about every such number).
  if (is_letter(c) && (s == e || !g_fast_paths)) {
    std::array<char, 16> buf{};
    const std::string_view w = word_at(text, e, buf);
    if (w == "st" || w == "nd" || w == "rd" || w == "th") {
      i = e + 2;  // "20th": a month, "of", "century" or a weekday must follow
    } else {
      // "3day", "1q23", "2h", "90s", "3year", "oct2"
      return w.size() <= 8;
    }
  }
  while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '.' || text[i] == '-')) ++i;
  if (i >= text.size()) return false;
  if (i == e) return false;
  std::array<char, 16> buf2{};
  const std::string_view w2 = word_at(text, i, buf2);
  if (w2.empty()) return false;
  const std::uint16_t f2 = words().flags(w2);
  return (f2 & (kOpens | kConfirms | kLink)) != 0 || w2 == "and" || w2 == "till" || w2 == "until" ||
         w2 == "through" || w2 == "the";
}

// Whether a past-tense verb follows at text[i] ("May saw exports rise",
// "March was the warmest"): a modal "may" takes a bare verb, never these.
bool past_verb_follows(std::string_view text, std::size_t i) {
  if (i >= text.size() || text[i] != ' ') return false;
  std::array<char, 16> b{};
  const std::string_view v = word_at(text, i + 1, b);
  for (std::string_view p : std::initializer_list<std::string_view>{"saw", "was", "had", "brought", "began", "grew", "fell", "rose", "took"}) {
    if (v == p) return true;
  }
  // "May recorded", "March ended"; not "may exceed", "may need".
  return v.size() >= 5 && v.ends_with("ed") && !v.ends_with("eed");
}

// "to date", "till date", "until date" closing a clause ("raised $5bn to
// date.", "to date, ..."), asked at "date" (the scanner does not ask at
// "to"): the start of the mention, or npos. Punctuation or the end must
// follow, so that "to date the fossils" and "equals to date 1" are no
// mentions; "up to date" is none either.
std::size_t date_back(std::string_view text, std::size_t pos) {
  if (pos + 4 > text.size() || text.compare(pos + 1, 3, "ate") != 0) return std::string_view::npos;
  if (pos + 4 < text.size()) {
    const char c = text[pos + 4];
    if (c != '.' && c != ',' && c != ';' && c != ':' && c != '!' && c != '?' && c != ')') return std::string_view::npos;
  }
  if (pos < 3 || text[pos - 1] != ' ') return std::string_view::npos;
  std::size_t b = pos - 1;
  while (b > 0 && is_letter(text[b - 1])) --b;
  std::array<char, 16> buf{};
  const std::string_view w = word_at(text, b, buf);
  if (w != "to" && w != "till" && w != "until") return std::string_view::npos;
  if (w == "to" && b >= 3 && lower(text[b - 3]) == 'u' && lower(text[b - 2]) == 'p' && text[b - 1] == ' ' &&
      (b == 3 || !is_letter(text[b - 4]))) {
    return std::string_view::npos;
  }
  return b;
}

// Whether a temporal mention may start at text[pos]: a few byte compares
// and at most two hash look-ups; X3 runs only past this test.
bool candidate(std::string_view text, std::size_t pos) {
  const char c = text[pos];
  if (is_digit(c)) return number_candidate(text, pos);
  if (c == '\'') return pos + 1 < text.size() && is_digit(text[pos + 1]);
  if (!is_letter(c)) return false;
  if ((c == 'q' || c == 'Q' || c == 'h' || c == 'H') && pos + 1 < text.size() && is_digit(text[pos + 1])) {
    return true;
  }
  if (g_fast_paths && fast_reject(text, pos)) return false;
  {
    const char c2 = pos + 1 < text.size() ? lower(text[pos + 1]) : ' ';
    const char pair[2] = {lower(c), c2};
    if (!words().may_open(std::string_view(pair, is_lower(c2) ? 2 : 1))) return false;
  }
  std::array<char, 16> buf{};
  const std::string_view w = word_at(text, pos, buf);
  if (w.empty()) return false;
  const std::uint16_t f = words().flags(w);
  if ((f & kOpens) != 0) return true;
  if ((f & kWeak) == 0) return w == "date" && date_back(text, pos) != std::string_view::npos;
  // A capitalised "March"/"May" after a date preposition is the month
  // ("In March, prices rose", "since May"); lower case stays a verb.
  if ((w == "march" || w == "may") && is_upper(c) && pos >= 3 && text[pos - 1] == ' ') {
    std::size_t b = pos - 1;
    while (b > 0 && is_letter(text[b - 1])) --b;
    std::array<char, 16> pb{};
    const std::string_view pw = word_at(text, b, pb);
    for (std::string_view p : {"in", "since", "by", "until", "till", "from", "during", "early", "late", "mid",
                               "last", "next", "this", "of", "through"}) {
      if (pw == p) return true;
    }
  }
  if ((w == "march" || w == "may") && is_upper(c) && past_verb_follows(text, pos + w.size())) return true;
  // The next word must confirm it, or be a number.
  std::size_t i = pos + w.size();
  while (i < text.size() && (text[i] == ' ' || text[i] == '-' || text[i] == ',' || text[i] == '\'' ||
                             text[i] == '/' || text[i] == '.')) {
    ++i;
  }
  if (i >= text.size()) return false;
  if (is_digit(text[i])) return true;
  if ((text[i] == 'q' || text[i] == 'Q' || text[i] == 'h' || text[i] == 'H') && i + 1 < text.size() &&
      is_digit(text[i + 1])) {
    return true;
  }
  std::array<char, 16> buf2{};
  const std::string_view w2 = word_at(text, i, buf2);
  if (w2.empty()) return false;
  const std::uint16_t f2 = words().flags(w2);
  // The third word, for two-word openers that are common prose: "by the
  // end" but not "by the ministry", "the upcoming year" but not "the
  // upcoming summit", "on Friday next week" but not "on Friday,".
  auto third = [&](bool allow_the) {
    std::size_t j = i + w2.size();
    while (j < text.size() && (text[j] == ' ' || text[j] == '-' || text[j] == ',')) ++j;
    if (j >= text.size()) return false;
    if (is_digit(text[j]) || text[j] == '\'') return true;
    std::array<char, 16> buf3{};
    const std::string_view w3 = word_at(text, j, buf3);
    if (w3.empty()) return false;
    if (allow_the && w3 == "the") return true;
    return (words().flags(w3) & (kOpens | kConfirms | kAfterThe)) != 0;
  };
  if (w == "on") {
    std::size_t j = i + w2.size();
    while (j < text.size() && text[j] == ' ') ++j;
    std::array<char, 16> buf3{};
    const std::string_view w3 = word_at(text, j, buf3);
    return w3 == "next" || w3 == "last" || w3 == "this" || w3 == "of";
  }
  const bool rel_word = w2 == "next" || w2 == "last" || w2 == "past" || w2 == "previous" || w2 == "coming" ||
                        w2 == "current" || w2 == "same" || w2 == "following" || w2 == "upcoming";
  if (w == "the") {
    if ((f2 & kOpens) != 0) return true;
    if (rel_word) return third(false);
    return (f2 & kAfterThe) != 0;
  }
  if ((f2 & (kOpens | kConfirms)) != 0) return true;
  if ((f2 & kLink) == 0 || (f & kLinks) == 0) return false;
  if (w2 == "the" || w2 == "a" || w2 == "an") return third(false);
  return true;
}

struct core {
  ast::texpr t;
  std::size_t end = 0;  // in the buffer
};

// Which rule groups can match at a word: a count ("three", "a", "more
// than") opens only relative expressions and durations; a year only dates
// and periods; a month name only dates and periods.
enum group_bits : unsigned { kDate = 1, kPeriod = 2, kRelative = 4, kDuration = 8, kAll = 15 };

unsigned groups_for(std::string_view buf, std::size_t at) {
  std::size_t e = at;
  while (e < buf.size() && is_digit(buf[e])) ++e;
  if (e > at) return e - at == 4 ? kDate | kPeriod : kAll;
  while (e < buf.size() && is_lower(buf[e])) ++e;
  const std::string_view w = buf.substr(at, e - at);
  if (w.empty()) return kAll;
  const std::uint16_t f = words().flags(w);
  if ((f & kCount) != 0) return kRelative | kDuration;
  if ((f & kMonth) != 0) return kDate | kPeriod;
  if ((f & kWeekday) != 0) return kDate | kRelative;
  return kAll;
}

// The longest temporal expression at buf[at] by the X3 rule groups.
std::optional<core> parse_core_x3(std::string_view buf, std::size_t at) {
  std::optional<core> best;
  auto attempt = [&](const auto& rule) {
    auto first = buf.begin() + static_cast<std::ptrdiff_t>(at);
    ast::texpr t;
    if (x3::parse(first, buf.end(), rule, t)) {
      const auto e = static_cast<std::size_t>(first - buf.begin());
      if (e > at && (!best || e > best->end)) best = core{t, e};
    }
  };
  const unsigned g = groups_for(buf, at);
  if ((g & kDate) != 0) attempt(date_rule());
  // The rare forms: behind byte tests; a year in words starts with a count
  // word ("nineteen", "two thousand") or "twenty".
  if (((g & kDate) != 0 && may_be_extra(buf, at)) ||
      (((g & kPeriod) == 0 || buf.compare(at, 6, "twenty") == 0) && may_be_year_words(buf, at))) {
    attempt(extra_rule());
  }
  if ((g & kPeriod) != 0) attempt(period_rule());
  if ((g & kRelative) != 0) attempt(relative_rule());
  if ((g & kDuration) != 0) attempt(duration_rule());
  return best;
}

// The longest temporal expression at buf[at], if any: the hand-written
// reading of a common form (fast.hpp) when there is one, else X3.
std::optional<core> parse_core(std::string_view buf, std::size_t at) {
  if (g_fast_paths) {
    if (auto f = fast_core(buf, at)) return core{f->t, f->end};
  }
  return parse_core_x3(buf, at);
}

// A range's end point: a temporal expression, or "now" / "current date"
// (the reference day), which only stand inside a range.
std::optional<core> parse_endpoint(std::string_view buf, std::size_t at) {
  for (std::string_view w :
       std::initializer_list<std::string_view>{"now", "current date", "the current date", "date"}) {
    if (buf.compare(at, w.size(), w) == 0 && (at + w.size() == buf.size() || !is_lower(buf[at + w.size()]))) {
      core c;
      c.t.f = form::rel_day;
      c.t.rel = 0;
      c.end = at + w.size();
      return c;
    }
  }
  return parse_core(buf, at);
}

bool is_full_month(std::string_view w) {
  static constexpr std::string_view kFull[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  return in(w, kFull);
}

// Filters readings that are more often something else: a bare month name
// must be a capitalised full name; lower-case "may"/"march" need a year.
// `bounded`: after "since", "after", "by"... a capitalised abbreviation
// ("after Feb") is a month too.
bool plausible(const core& c, std::string_view text, std::size_t start, std::size_t end, bool in_range = false,
               bool bounded = false) {
  const ast::texpr& t = c.t;
  const bool yearless = t.year == 0 && !t.has_year_rel;
  if (t.year == 0 && t.day == 0) {
    for (std::size_t i = start; i < end; ++i) {
      if (i > start && is_letter(text[i - 1])) continue;
      if (text.compare(i, 3, "may") == 0 && (i + 3 >= text.size() || !is_letter(text[i + 3]))) return false;
      if (text.compare(i, 5, "march") == 0 && (i + 5 >= text.size() || !is_letter(text[i + 5]))) return false;
    }
  }
  if (t.f == form::month && yearless && t.mod == 0) {
    std::array<char, 16> buf{};
    const std::string_view w = word_at(text, start, buf);
    if ((!in_range && !is_upper(text[start])) || (!is_full_month(w) && !(bounded && is_upper(text[start])))) {
      return false;
    }
  }
  if (t.f == form::duration) {
    const std::string_view s = text.substr(start, end - start);
    if (s.size() <= 14 && (s.ends_with(" second") || s.ends_with(" minute")) &&
        (s.starts_with("a ") || s.starts_with("A ") || s.starts_with("another "))) {
      return false;
    }
  }
  return true;
}

bool absolute_kind(form f) {
  return f == form::day || f == form::month || f == form::year || f == form::quarter || f == form::half ||
         f == form::decade || f == form::rel_day || f == form::weekday || f == form::rel_unit ||
         f == form::iso_week || f == form::nth_week || f == form::week_of || f == form::season ||
         f == form::nth_weekday || f == form::holiday;
}

std::size_t skip_spaces(std::string_view buf, std::size_t i) {
  while (i < buf.size() && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\n')) ++i;
  return i;
}

// A connector of a range at buf[i]: its end, or npos.
std::size_t connector(std::string_view buf, std::size_t i, bool allow_and) {
  const std::size_t j = skip_spaces(buf, i);
  if (j >= buf.size()) return std::string_view::npos;
  if (buf[j] == '-' || buf[j] == '~') return skip_spaces(buf, j + 1);
  if (buf.compare(j, 3, "\xe2\x80\x93") == 0 || buf.compare(j, 3, "\xe2\x80\x94") == 0) {
    return skip_spaces(buf, j + 3);
  }
  if (j == i) return std::string_view::npos;  // words need a space before
  for (std::string_view w : std::initializer_list<std::string_view>{"to", "through", "until", "till", "thru", "and"}) {
    if (w == "and" && !allow_and) continue;
    if (buf.compare(j, w.size(), w) == 0 && j + w.size() < buf.size() && buf[j + w.size()] == ' ') {
      return skip_spaces(buf, j + w.size());
    }
  }
  return std::string_view::npos;
}

// A weekday name or its abbreviation at buf[i] ("Tue", "Thur"): 0 = Sunday,
// and `end` past it; -1 when none.
int weekday_at(std::string_view buf, std::size_t i, std::size_t& end) {
  static constexpr std::string_view kDays[] = {"sunday", "monday", "tuesday", "wednesday",
                                               "thursday", "friday", "saturday"};
  std::size_t e = i;
  while (e < buf.size() && is_lower(buf[e])) ++e;
  const std::string_view w = buf.substr(i, e - i);
  if (w.size() < 3) return -1;
  for (int d = 0; d < 7; ++d) {
    if (kDays[d].starts_with(w)) {
      end = e;
      return d;
    }
  }
  return -1;
}

// The weekday `wd` (0 = Sunday) of the Sunday-to-Saturday week holding d:
// "Sunday 3 weeks after January 15th", "in 3 days on Friday".
date::sys_days weekday_of_week(date::sys_days d, int wd) {
  const date::sys_days sunday = d - date::days{date::weekday{d}.c_encoding()};
  return sunday + date::days{wd};
}

// "in 3 days on Friday": a moved day followed by " on <weekday>" becomes
// that weekday of its week, and the mention takes the words in.
void weekday_after(std::string_view text, mention& m) {
  if (m.type != mention_type::date || !m.when || !m.mod.empty()) return;
  std::size_t i = m.end;
  if (i + 4 >= text.size() || text.compare(i, 4, " on ") != 0) return;
  i += 4;
  std::array<char, 16> b{};
  std::size_t e = 0;
  const std::string_view w = word_at(text, i, b);
  if (w.empty() || w.size() < 6) return;
  const int wd = weekday_at(w, 0, e);
  if (wd < 0 || e != w.size()) return;
  m.end = i + w.size();
  const date::sys_days d = weekday_of_week(m.when->first, wd);
  m.when = engine::period::day(date::year_month_day{d}, std::string(text.substr(m.start, m.end - m.start)));
}

mention make_mention(const resolution& r, std::size_t start, std::size_t end) {
  mention m;
  m.type = r.type;
  m.start = start;
  m.end = end;
  m.when = r.when;
  m.relative = r.relative;
  m.unresolved = r.unresolved;
  m.error = r.error;
  if (r.type == mention_type::duration) m.value = r.value;
  return m;
}

}  // namespace

std::optional<core_reading> x3_core(std::string_view buf, std::size_t at) {
  auto c = parse_core_x3(buf, at);
  if (!c) return std::nullopt;
  return core_reading{c->t, c->end};
}

void set_fast_paths(bool on) { g_fast_paths = on; }
bool fast_paths() { return g_fast_paths; }

}  // namespace claimcheck::grammar::temporal

namespace claimcheck::grammar::detail {

namespace {
std::optional<mention> match_candidate(std::string_view text, std::size_t pos, const scan_options& opts);
}  // namespace

// Called at every word start: the rejection is inlined here, the parse
// lives in a separate function so that this one keeps a small frame.
std::optional<mention> match_temporal(std::string_view text, std::size_t pos, const scan_options& opts) {
  if (!temporal::candidate(text, pos)) return std::nullopt;
  if (temporal::g_fast_paths) {
    // (fast_mention extends the bounds: "2018 or later".)
    if (auto m = temporal::fast_mention(text, pos, opts)) return m;
  }
  return match_candidate(text, pos, opts);
}

namespace {

[[gnu::noinline]] std::optional<mention> match_candidate(std::string_view text, std::size_t pos,
                                                          const scan_options& opts) {
  using namespace temporal;  // NOLINT
  constexpr std::size_t kMax = 160;
  std::array<char, kMax> storage{};
  const std::size_t n = std::min(kMax, text.size() - pos);
  for (std::size_t i = 0; i < n; ++i) storage[i] = lower(text[pos + i]);
  const std::string_view buf(storage.data(), n);
  const std::string_view orig = text.substr(pos, n);

  // Prefixes that bound or join periods.
  std::string prefix;
  std::size_t at = 0;
  for (std::string_view p : std::initializer_list<std::string_view>
       {"since", "by", "until", "till", "before", "after", "from", "between", "within", "on", "for", "later than",
        "earlier than"}) {
    if (buf.compare(0, p.size(), p) == 0 && p.size() < n && buf[p.size()] == ' ') {
      prefix = std::string(p);
      at = skip_spaces(buf, p.size());
      break;
    }
  }
  // "later than 2018" bounds as "after 2018" does; "no later than 2030"
  // as "by 2030" (the mention then starts at "no").
  std::size_t neg_len = 0;
  if (prefix == "later than" || prefix == "earlier than") {
    for (std::string_view neg : std::initializer_list<std::string_view>{"no ", "not "}) {
      if (pos >= neg.size() && (pos == neg.size() || !is_letter(text[pos - neg.size() - 1])) &&
          lower(text[pos - neg.size()]) == neg[0] && text.compare(pos - neg.size() + 1, neg.size() - 1, neg.substr(1)) == 0) {
        neg_len = neg.size();
      }
    }
    if (prefix == "later than") prefix = neg_len != 0 ? "by" : "after";
    if (prefix == "earlier than") prefix = neg_len != 0 ? "since" : "before";
  }
  // "to date", "till date": up to the reference day (the mention starts at
  // the word before "date").
  if (n >= 4 && buf[0] == 'd' && buf[1] == 'a' && buf[2] == 't' && buf[3] == 'e') {
    const std::size_t b = date_back(text, pos);
    if (b == std::string_view::npos) return std::nullopt;
    resolution r;
    r.type = mention_type::date;
    r.relative = true;
    if (opts.reference) {
      r.when = engine::period::day(date::year_month_day{*opts.reference}, std::string(text.substr(b, pos + 4 - b)));
    } else {
      r.unresolved = true;
    }
    mention m = make_mention(r, b, pos + 4);
    m.mod = "until";
    return m;
  }
  std::optional<core> a = prefix == "between" || prefix == "from" ? parse_endpoint(buf, at) : parse_core(buf, at);
  if (!a) return std::nullopt;
  // "on Friday next week" keeps "on"; "on Friday" is the weekday alone.
  if (prefix == "on") {
    if (a->t.f != form::weekday || a->t.year_rel == ast::kRelNone || buf.substr(0, a->end).ends_with("week") == false) {
      return std::nullopt;
    }
    prefix.clear();
  }
  if (!plausible(*a, orig, at, a->end, prefix == "from" || prefix == "between",
                 prefix == "after" || prefix == "before" || prefix == "since" || prefix == "until" ||
                     prefix == "till" || prefix == "by")) {
    return std::nullopt;
  }
  // "the next quarter", "the end of 2000": the mention starts after "the"
  // (the scanner finds it at the next word).
  if (prefix.empty() && buf.compare(0, 4, "the ") == 0 &&
      ((a->t.f == form::day && n > 4 && is_lower(buf[4])) || (a->t.f == form::year && a->t.mod == 0) ||
       (a->t.f == form::month && a->t.mod != 0) || a->t.f == form::holiday || (a->t.f == form::rel_unit && a->t.mod == 0 && a->t.u != ast::unit::decade && a->t.year_rel != 2) || a->t.mod >= 4 ||
       ((a->t.f == form::span_back || a->t.f == form::span_fwd) && a->t.u != ast::unit::decade))) {
    return std::nullopt;
  }
  // A mention never ends with a dot: "in Aug." ends the sentence.
  auto trim = [&](std::size_t e) { return (e >= 2 && buf[e - 1] == '.') ? e - 1 : e; };

  resolve_context rc;
  rc.reference = opts.reference;
  std::size_t end = trim(a->end);
  // The tense is read only for expressions that depend on the reference.
  const bool tensed = depends_on_tense(a->t);
  rc.tense = opts.assume_tense != 0 ? opts.assume_tense : tensed ? sentence_tense(text, pos, pos + end) : 0;

  // Ranges: "2010-2015", "from 2021 to 2023", "between 2015 and Feb 2018".
  if (absolute_kind(a->t.f) || a->t.f == form::month_span) {
    const std::size_t k = connector(buf, a->end, prefix == "between");
    if (k != std::string_view::npos) {
      std::optional<core> b = parse_endpoint(buf, k);
      if (b && absolute_kind(b->t.f) && plausible(*b, orig, k, b->end, true)) {
        ast::texpr ta = a->t;
        ast::texpr tb = b->t;
        const bool a_yearless = ta.year == 0 && !ta.has_year_rel && ta.f != form::decade;
        const bool b_yearless = tb.year == 0 && !tb.has_year_rel && tb.f != form::decade;
        const bool calendar = ta.f != form::rel_day && ta.f != form::weekday && ta.f != form::rel_unit &&
                              tb.f != form::rel_day && tb.f != form::weekday && tb.f != form::rel_unit;
        if (calendar && a_yearless && !b_yearless && tb.year != 0) ta.year = tb.year;
        if (calendar && b_yearless && !a_yearless && ta.year != 0) tb.year = ta.year;
        resolve_context rc2 = rc;
        const std::string label(orig.substr(at, trim(b->end) - at));
        resolution ra = resolve(ta, rc2, label);
        resolution rb = resolve(tb, rc2, label);
        if (ra.when && tb.f == form::weekday && tb.rel == ast::kRelNone && tb.year_rel == ast::kRelNone &&
            tb.weekday >= 0) {
          // "from next Monday to Friday": the first such day from the start.
          const date::weekday wd{static_cast<unsigned>(tb.weekday)};
          rb.when = engine::period::day(date::year_month_day{ra.when->last + (wd - date::weekday{ra.when->last})});
        }
        if (ra.when && rb.when && rb.when->last < ra.when->first) {
          // Year-less ends read in opposite directions: "between Jan 22 and now".
          resolve_context back = rc2;
          back.tense = -1;
          resolve_context ahead = rc2;
          ahead.tense = 1;
          ra = resolve(ta, back, label);
          rb = resolve(tb, ahead, label);
        }
        if (ra.when && rb.when && rb.when->last >= ra.when->first) {
          resolution r = ra;
          r.type = mention_type::period;
          r.relative = ra.relative || rb.relative;
          r.when = engine::period::span(ra.when->first, rb.when->last, label);
          end = trim(b->end);
          if (pos + end + 1 < text.size() && (text[pos + end] == '-' || text[pos + end] == '/') &&
              is_digit(text[pos + end + 1])) {
            return std::nullopt;  // "2010-2015-86": a code
          }
          // "for Dec/2018-May/2019": "for" is no part of the range.
          mention m = make_mention(r, prefix == "for" ? pos + at : pos, pos + end);
          m.tense = rc.tense;
          return m;
        }
        if ((ra.unresolved || rb.unresolved) && (ra.error.empty() && rb.error.empty())) {
          resolution r = ra;
          r.type = mention_type::period;
          r.relative = true;
          r.unresolved = true;
          r.when.reset();
          end = trim(b->end);
          mention m = make_mention(r, pos, pos + end);
          m.tense = rc.tense;
          return m;
        }
      }
    }
  }
  // "2 weeks starting May 20th", "3 days starting from next Monday": the
  // span of the duration from that day.
  // "for 3 days from today": the span from that day.
  if ((prefix == "for" || prefix == "within") && a->t.f == form::shift && a->t.rel == 1 && opts.reference) {
    resolution r;
    r.type = mention_type::period;
    r.relative = true;
    const date::sys_days from = *opts.reference + date::days{a->t.base_days};
    r.when = engine::period::span(from, resolve_span_end(a->t, from), std::string(orig.substr(0, trim(a->end))));
    mention m = make_mention(r, pos, pos + trim(a->end));
    m.tense = rc.tense;
    return m;
  }
  if (a->t.f == form::duration && (prefix.empty() || prefix == "for" || prefix == "within") && a->t.seconds == 0) {
    std::size_t k = a->end;
    if (k < n && buf[k] == ',') ++k;
    k = skip_spaces(buf, k);
    for (std::string_view w : std::initializer_list<std::string_view>{"starting from ", "starting on ", "starting ", "beginning on ", "beginning ", "from ",
                               "after ", "before "}) {
      if (k > a->end && buf.compare(k, w.size(), w) == 0) {
        const bool from = w == "from ";
        const bool after = w == "after ";
        const bool before = w == "before ";
        // "3 days after January 12th", "2 weeks before May 13 1999", "16
        // days from 01/02/2018": that day moved; "more than 2 weeks after
        // today" from that day on, "... before today" before it.
        const bool shift = prefix.empty() && a->t.qual >= 0 && (from || before || after);
        if ((prefix == "within" && !from) || (prefix == "for" && (after || before)) ||
            (before && a->t.qual < 0)) {
          break;
        }
        std::optional<core> b = parse_endpoint(buf, k + w.size());
        if (!b || !absolute_kind(b->t.f)) break;
        // "for 1 week, from 20th dec" keeps "for"; "for 2 weeks starting
        // May 20th" starts at the count.
        const std::size_t s0 = prefix == "for" && !from ? at : 0;
        const std::string label(orig.substr(s0, trim(b->end) - s0));
        // The day's own tense: "(will happen) 3 days after January 12th".
        resolve_context rcb = rc;
        if (opts.assume_tense == 0 && depends_on_tense(b->t)) {
          rcb.tense = sentence_tense(text, pos, pos + trim(b->end));
        }
        const resolution rb = resolve(b->t, rcb, label);
        resolution r = rb;
        r.type = mention_type::period;
        std::string mod;
        if (shift) {
          if (rb.when && rb.when->first != rb.when->last) break;  // "two years after 2010"
          r.type = a->t.qual > 0 ? mention_type::period : mention_type::date;
          if (rb.when) {
            const date::sys_days d = resolve_shift(a->t, rb.when->first, before ? -1 : 1);
            r.when = engine::period::day(date::year_month_day{d}, label);
          }
          if (a->t.qual > 0) mod = before ? "before" : "since";
        } else if (rb.when) {
          r.when = engine::period::span(rb.when->first, resolve_span_end(a->t, rb.when->first), label);
        }
        mention m = make_mention(r, pos + s0, pos + trim(b->end));
        m.tense = rc.tense;
        m.mod = mod;
        if (shift) weekday_after(text, m);
        return m;
      }
    }
  }
  // "Monday two weeks from now", "Sunday 3 weeks after January 15th": that
  // weekday of the week of the moved day.
  if (prefix.empty() && a->t.f == form::weekday && a->t.rel == ast::kRelNone && a->t.year_rel == ast::kRelNone &&
      a->t.weekday >= 0) {
    std::size_t k = a->end;
    if (k < n && buf[k] == ',') ++k;
    k = skip_spaces(buf, k);
    if (k > a->end && k < n) {
      std::array<char, 16> wb{};
      const std::string_view w = word_at(buf, k, wb);
      if (is_digit(buf[k]) || ((words().flags(w) & kCount) != 0 && w != "about" && w != "around")) {
        if (auto moved = match_temporal(text, pos + k, opts)) {
          const std::string_view mt = text.substr(moved->start, moved->end - moved->start);
          if (moved->start == pos + k && moved->type == mention_type::date && moved->when && moved->mod.empty() &&
              (mt.ends_with(" from now") || mt.ends_with(" later") || mt.ends_with(" ago") ||
               mt.find(" after ") != std::string_view::npos || mt.find(" before ") != std::string_view::npos ||
               mt.find(" from ") != std::string_view::npos)) {
            moved->start = pos;
            moved->when = engine::period::day(
                date::year_month_day{weekday_of_week(moved->when->first, a->t.weekday)},
                std::string(text.substr(pos, moved->end - pos)));
            moved->weekday.reset();
            return moved;
          }
        }
      }
    }
  }
  if (prefix == "for" || prefix == "on") return match_temporal(text, pos + at, opts);
  const bool span_core = a->t.f == form::month_span || (a->t.f == form::day && a->t.day2 != 0);
  if ((prefix == "from" || prefix == "between") && !span_core) {
    // "from 2021" alone: the mention is the period without "from".
    return match_temporal(text, pos + at, opts);
  }
  if (a->t.f == form::rel_day && a->t.rel == 0 && buf.compare(at, 3, "now") == 0) return std::nullopt;

  // "before the end of 2022": by its last day; "after the beginning of
  // March": from its first day on.
  if (prefix == "before" && a->t.mod == 6) prefix = "by";
  if (prefix == "after" && a->t.mod == 4) prefix = "since";
  const std::string label(orig.substr(at, end - at));
  resolution r = resolve(a->t, rc, label);
  if (prefix == "within") {
    if (r.type != mention_type::duration && a->t.f != form::span_fwd) return std::nullopt;
    if (!opts.reference) {
      mention m = make_mention(r, pos, pos + end);
      m.type = mention_type::period;
      m.relative = m.unresolved = true;
      m.mod = prefix;
      return m;
    }
    ast::texpr fwd = a->t;
    fwd.f = form::span_fwd;
    r = resolve(fwd, rc, label);
    if (r.when) r.when->first = *opts.reference;
  } else if (!prefix.empty() && !span_core) {
    if (r.type == mention_type::duration) return match_temporal(text, pos + at, opts);
    if (prefix == "since" && r.when) {
      if (opts.reference && r.when->first <= *opts.reference) {
        r.when = engine::period::span(r.when->first, *opts.reference, std::string(orig.substr(0, end)));
      } else if (opts.reference) {
        // "since tomorrow", or "since 2010" in a text dated 2001: the start
        // is after the reference date; keep the stated period (mod "since")
        // rather than a span that would end before it starts.
      } else {
        r.when.reset();
        r.unresolved = true;
      }
      r.relative = true;
      r.type = mention_type::period;
    }
  }
  // An age ("thirty years old", "a 19-year-old") and a fraction ("three
  // quarters of") are numbers, not durations.
  if (r.type == mention_type::duration) {
    const std::string_view rest = buf.substr(end);
    if (rest.starts_with(" old") || rest.starts_with("-old") ||
        (a->t.u == ast::unit::quarter && rest.starts_with(" of"))) {
      return std::nullopt;
    }
  }
  // A year in words stands only where a year is expected: "in nineteen
  // ninety six", "from two thousand until ...", not "two thousand and
  // twenty people".
  if (a->t.in_words && prefix.empty()) {
    std::size_t b = pos;
    while (b > 0 && text[b - 1] == ' ') --b;
    std::size_t w0 = b;
    while (w0 > 0 && is_letter(text[w0 - 1])) --w0;
    std::array<char, 16> yb{};
    const std::string_view v = b > w0 && b < pos ? word_at(text, w0, yb) : std::string_view();
    bool ok = false;
    for (std::string_view p : std::initializer_list<std::string_view>{"in", "of", "since", "by", "until", "till",
                                                                      "from", "to", "year", "during"}) {
      ok = ok || v == p;
    }
    if (!ok || buf.substr(a->end).starts_with(" hundred")) return std::nullopt;
  }
  // "the talks will last three days": "last" the verb; the count after it
  // is a duration.
  if (a->t.f == form::span_back && prefix.empty() && buf.compare(0, 5, "last ") == 0 && pos >= 3) {
    std::size_t b = pos - 1;
    while (b > 0 && text[b - 1] == ' ') --b;
    std::size_t w0 = b;
    while (w0 > 0 && (is_letter(text[w0 - 1]) || text[w0 - 1] == '\'')) --w0;
    std::array<char, 16> vb{};
    const std::string_view v = word_at(text, w0, vb);
    for (std::string_view modal : std::initializer_list<std::string_view>{
             "will", "would", "could", "can", "may", "might", "should", "must", "to", "won't", "didn't", "did",
             "does", "'ll"}) {
      if (v == modal || (modal == "'ll" && v.ends_with("'ll"))) return match_temporal(text, pos + 5, opts);
    }
  }
  // "for the last 3 months and 2 days ago they found it": the span ends
  // before the count that "ago" takes.
  if (a->t.f == form::span_back && buf.substr(a->end).starts_with(" ago")) {
    const std::size_t cut = buf.substr(0, a->end).find(" and ", at);
    if (cut != std::string_view::npos) {
      if (auto shorter = parse_core(buf.substr(0, cut), at); shorter && shorter->t.f == form::span_back) {
        return match_temporal(text.substr(0, pos + cut), pos, opts);
      }
    }
  }
  // "3 next week" (a count, then "next week"): a span needs a plural unit.
  if ((a->t.f == form::span_fwd || a->t.f == form::span_back) && is_digit(buf[at]) && buf[end - 1] != 's' &&
      !(buf[at] == '1' && (at + 1 >= n || !is_digit(buf[at + 1])))) {
    return std::nullopt;
  }
  // "next week between Wednesday and Friday", "this week from Tue to Thur":
  // those days of that week.
  if (a->t.f == form::rel_unit && a->t.u == ast::unit::week && prefix.empty() && opts.reference) {
    const std::size_t k = skip_spaces(buf, a->end);
    for (std::string_view w : std::initializer_list<std::string_view>{"from ", "between "}) {
      if (k == a->end || buf.compare(k, w.size(), w) != 0) continue;
      std::size_t xe = 0;
      std::size_t ye = 0;
      const int xd = weekday_at(buf, k + w.size(), xe);
      if (xd < 0) break;
      const std::size_t c2 = connector(buf, xe, w == "between ");
      if (c2 == std::string_view::npos) break;
      const int yd = weekday_at(buf, c2, ye);
      if (yd < 0) break;
      const std::string wlabel(orig.substr(0, ye));
      resolution wr = resolve(a->t, rc, wlabel);
      if (!wr.when) break;
      const date::sys_days monday = week_start(wr.when->first);
      const date::sys_days dx = monday + date::days{(xd + 6) % 7};
      const date::sys_days dy = monday + date::days{(yd + 6) % 7};
      if (dy < dx) break;
      wr.when = engine::period::span(dx, dy, wlabel);
      mention wm = make_mention(wr, pos, pos + ye);
      wm.tense = rc.tense;
      return wm;
    }
  }
  // "for the third quarter in a row", "the second month running": a count
  // of periods, not Q3 or February.
  if ((a->t.f == form::quarter || a->t.f == form::half || a->t.f == form::month) && a->t.year == 0 &&
      !a->t.has_year_rel && !is_digit(buf[at]) && buf[at] != 'q' && buf[at] != 'h' &&
      (buf.substr(end).starts_with(" in a row") || buf.substr(end).starts_with(" running"))) {
    return std::nullopt;
  }
  // "Christmas Island", "Easter Island" are places.
  if (a->t.f == form::holiday && (buf.substr(end).starts_with(" island"))) return std::nullopt;
  // "three quarters" without a time word around it is a fraction.
  if (r.type == mention_type::duration && a->t.u == ast::unit::quarter && !is_digit(buf[at])) return std::nullopt;
  // Part of a longer number or code: "2015-32", "138-2010-2015".
  if (pos + end + 1 < text.size() && (text[pos + end] == '-' || text[pos + end] == '/' || text[pos + end] == '.') &&
      is_digit(text[pos + end + 1])) {
    return std::nullopt;
  }
  // "will leave in two weeks", "in a fortnight's time": the day that far
  // ahead, in a future-tense sentence (its own cues, whatever tense is
  // assumed); "the highest in 30 years" and "doubled in two years" stay
  // durations.
  if (r.type == mention_type::duration && prefix.empty() && a->t.qual == 0 && a->t.seconds == 0 && pos >= 3 &&
      lower(text[pos - 3]) == 'i' && text[pos - 2] == 'n' && text[pos - 1] == ' ' &&
      (pos == 3 || !is_letter(text[pos - 4]))) {
    const std::string_view rest = buf.substr(end);
    const bool time_after =
        rest.starts_with("'s time") || rest.starts_with("\xe2\x80\x99s time") || rest.starts_with(" time");
    if (time_after || sentence_tense(text, pos - 3, pos + end) > 0) {
      resolution d = r;
      d.type = mention_type::date;
      d.relative = true;
      if (opts.reference) {
        d.when = engine::period::day(date::year_month_day{resolve_shift(a->t, *opts.reference, 1)},
                                     std::string(text.substr(pos - 3, end + 3)));
      } else {
        d.unresolved = true;
      }
      mention dm = make_mention(d, pos - 3, pos + end);
      dm.tense = 1;
      weekday_after(text, dm);
      return dm;
    }
  }
  mention m = make_mention(r, pos - neg_len, pos + end);
  m.mod = span_core ? std::string() : prefix;
  // A duration counted in digits in its own unit ("3 years"): the number's
  // span, as numeric mentions give it.
  if (r.type == mention_type::duration && is_digit(buf[at]) &&
      (a->t.u == ast::unit::day || a->t.u == ast::unit::week || a->t.u == ast::unit::month ||
       a->t.u == ast::unit::year)) {
    std::size_t e = at;
    while (e < end && (is_digit(buf[e]) || (buf[e] == '.' && e + 1 < end && is_digit(buf[e + 1])))) ++e;
    m.number_start = pos + at;
    m.number_end = pos + e;
  }
  if (r.type != mention_type::duration) m.tense = rc.tense;
  if (a->t.weekday >= 0 && a->t.f == form::day) m.weekday = static_cast<unsigned>(a->t.weekday);
  if (absolute_kind(a->t.f)) extend_bounds(text, m, opts);
  return m;
}

}  // namespace

}  // namespace claimcheck::grammar::detail
