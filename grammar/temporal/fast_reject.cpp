// The cheap rejection of temporal candidates (fast.hpp fast_reject): words
// that pass the candidate test of match.cpp, but whose every X3 reading
// needs a unit or time word where the text has another word ("between the
// two countries", "more than 45,123", "about 300 billion", "twenty-three
// thousand", "up 12.3 percent", "the 30th anniversary", "the fifth round").
// tests/grammar/scan_fast_paths_test.cpp checks it against the X3 path.
#include <array>
#include <initializer_list>
#include <string_view>

#include "grammar/temporal/fast.hpp"
#include "grammar/temporal/fast_words.hpp"

namespace claimcheck::grammar::temporal {

namespace {

using namespace fast_words;  // NOLINT: the shared readers

// The lower-case word of letters at text[i] (at most 15 bytes), or empty.
std::string_view word_of(std::string_view text, std::size_t i, std::array<char, 16>& buf) {
  std::size_t n = 0;
  while (i + n < text.size()) {
    // c | 0x20 is in 'a'..'z' exactly when c is an ASCII letter.
    const char c = static_cast<char>(text[i + n] | 0x20);
    if (!is_lower(c)) break;
    if (n == 15) return {};
    buf[n++] = c;
  }
  return {buf.data(), n};
}

// Words that may follow a count or an ordinal in some X3 reading: units,
// clock units, weekday and month names, joiners. Anything else after a
// count means no temporal reading starts at the count.
bool may_follow_count(std::string_view w) {
  // The words by first letter (the same list as one switch: most words
  // after a count are compared with a handful of literals, not seventy).
  switch (w.empty() ? '\0' : w[0]) {
    case 'a':
      if (in_list(w, {"and", "a", "an"})) return true;
      break;
    case 'b':
      if (in_list(w, {"business"})) return true;
      break;
    case 'c':
      if (in_list(w, {"century", "centuries", "calendar", "consecutive"})) return true;
      break;
    case 'd':
      if (in_list(w, {"day", "days", "decade", "decades"})) return true;
      break;
    case 'f':
      if (in_list(w, {"fortnight", "fortnights", "fiscal", "financial", "full", "few"})) return true;
      break;
    case 'h':
      if (in_list(w, {"hour", "hours", "hr", "hrs", "h", "half"})) return true;
      break;
    case 'l':
      if (in_list(w, {"last"})) return true;
      break;
    case 'm':
      if (in_list(w, {"month", "months", "minute", "minutes", "min", "mins", "more"})) return true;
      break;
    case 'n':
      if (in_list(w, {"night", "nights", "nd", "next"})) return true;
      break;
    case 'o':
      if (in_list(w, {"or", "of", "other"})) return true;
      break;
    case 'p':
      if (in_list(w, {"past", "previous"})) return true;
      break;
    case 'q':
      if (in_list(w, {"quarter", "quarters", "q"})) return true;
      break;
    case 'r':
      if (in_list(w, {"rd"})) return true;
      break;
    case 's':
      if (in_list(w, {"second", "seconds", "sec", "secs", "s", "st", "straight", "several"})) return true;
      break;
    case 't':
      if (in_list(w, {"to", "through", "till", "th", "the"})) return true;
      break;
    case 'u':
      if (in_list(w, {"until"})) return true;
      break;
    case 'w':
      if (in_list(w, {"week", "weeks", "weekend", "weekends", "working", "whole", "week's"})) return true;
      break;
    case 'y':
      if (in_list(w, {"year", "years", "yr", "yrs", "year's"})) return true;
      break;
    default: break;
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
  if (w == "thousand" || w == "hundred") {
    // A year in words: "two thousand and twenty", "nineteen hundred".
    std::array<char, 16> cb{};
    const std::string_view cw = word_of(text, i, cb);
    if (i + cw.size() == c.end) {
      if (w == "thousand" && (cw == "two" || cw == "one")) return false;
      if (w == "hundred" && cw.ends_with("teen")) return false;
    }
  }
  return !may_follow_count(w);
}

// "past" and a plural unit with no count ("over the past decades", "in
// past years"): the span needs a count, and no X3 reading takes the words.
bool past_without_count(std::string_view text, std::size_t i) {
  if (i >= text.size() || (text[i] | 0x20) != 'p') return false;
  std::array<char, 16> b{};
  if (word_of(text, i, b) != "past" || i + 5 >= text.size() || text[i + 4] != ' ') return false;
  const std::string_view unit = word_of(text, i + 5, b);
  if (!in_list(unit, {"years", "months", "decades", "weeks", "days"})) return false;
  const std::size_t e = i + 5 + unit.size();
  return e >= text.size() || !is_digit(text[e]);
}

// "the" and an ordinal at text[i] ("the 20th", "the fifth"), followed by a
// word that no X3 reading takes after a count or an ordinal ("the 20th
// National Congress", "the fifth round").
bool ordinal_without_unit(std::string_view text, std::size_t i) {
  if (i >= text.size()) return false;
  // Ordinal words start with one of these letters (is_ordinal).
  const char c = static_cast<char>(text[i] | 0x20);
  if (!is_digit(text[i]) && c != 'f' && c != 's' && c != 't' && c != 'e' && c != 'n') return false;
  std::array<char, 16> b2{};
  const std::string_view w2 = word_of(text, i, b2);
  std::size_t j = i;
  if (is_digit(text[i])) {
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
  if (next == "to") {
    // "the first to resolve": "to" joins a range only to a count, an
    // ordinal, "the" or a time word.
    const std::size_t k = j + 1 + next.size();
    if (k >= text.size() || text[k] != ' ') return false;
    std::array<char, 16> b4{};
    const std::string_view after = word_of(text, k + 1, b4);
    if (after.size() < 2 || (k + 1 + after.size() < text.size() && !is_space(text[k + 1 + after.size()]))) {
      return false;
    }
    return !may_follow_count(after);
  }
  return !may_follow_count(next);
}

// "end of the" and a word at text[i] that starts no "year", "month",
// "week" or relative word ("the end of the season", "before the end of the
// talks"): of the X3 rules, only period_def.hpp's mod_word reads "end of"
// (in month_year, bare_month, year, decade, century, season and mod_rel),
// and after it only year ("the year 2020"), rel_word ("the next", "the
// current", ...: lexicon.hpp) and mod_rel ("the year", "the month", "the
// week") take "the". Exact blanks only; anything else is left to X3.
bool end_of_the_plain(std::string_view text, std::size_t i) {
  std::array<char, 16> b{};
  if (word_of(text, i, b) != "end" || text.substr(i + 3, 8).size() < 8) return false;
  const std::string_view of_the = text.substr(i + 3, 8);
  for (std::size_t k = 0; k < 8; ++k) {
    if (static_cast<char>(of_the[k] | 0x20) != " of the "[k]) return false;
  }
  const std::size_t j = i + 11;
  const std::string_view w = word_of(text, j, b);
  if (w.empty()) return false;
  for (std::string_view k : {"year", "month", "week", "previous", "last", "coming", "next", "upcoming", "following",
                             "same", "current"}) {
    if (w.starts_with(k)) return false;
  }
  return true;
}

// The prefix words match.cpp strips before a reading (one blank after):
// "before", "by", "until", ... (not the two-word "later than").
bool is_prefix_word(std::string_view w) {
  switch (w.size()) {
    case 2: return w == "by";
    case 3: return w == "for";
    case 4: return w == "till" || w == "from";
    case 5: return w == "until" || w == "after" || w == "since";
    case 6: return w == "before" || w == "within";
    case 7: return w == "between";
    default: return false;
  }
}

}  // namespace

bool fast_reject(std::string_view text, std::size_t pos) {
  std::array<char, 16> b{};
  const std::string_view w = word_of(text, pos, b);
  // No X3 rule starts with "through" (it only joins the two ends of a
  // range), and match.cpp strips no such prefix.
  if (w.size() == 7 && w == "through") return true;
  // "a 12-point plan", "a 10-year plan": no count word takes digits after
  // it; "a year-on-year increase": "a year" must end at a word end.
  if ((w == "a" || w == "an") && pos + w.size() + 1 < text.size() && text[pos + w.size()] == ' ') {
    const std::size_t i = pos + w.size() + 1;
    if (is_digit(text[i])) return true;
    std::array<char, 16> b2{};
    if (w == "a" && word_of(text, i, b2) == "year" && text.substr(i + 4, 8) == "-on-year") return true;
  }
  // "[before] [the] end of the season": no X3 reading (end_of_the_plain).
  // match.cpp strips one prefix word ("before", "by", ...) and its blank.
  if (w.size() == 3 && w == "the") {
    if (pos + 4 < text.size() && text[pos + 3] == ' ' && (text[pos + 4] | 0x20) == 'e' &&
        end_of_the_plain(text, pos + 4)) {
      return true;
    }
  } else if (is_prefix_word(w) && pos + w.size() + 4 < text.size() && text[pos + w.size()] == ' ') {
    std::size_t i = pos + w.size() + 1;
    if ((text[i] | 0x20) == 't' && (text[i + 1] | 0x20) == 'h' && (text[i + 2] | 0x20) == 'e' && text[i + 3] == ' ') {
      i += 4;
    }
    if (i < text.size() && (text[i] | 0x20) == 'e' && end_of_the_plain(text, i)) return true;
  }
  if (w == "end" && end_of_the_plain(text, pos)) return true;
  // "the past 11 years", "the same month": the mention starts at the next
  // word (match.cpp drops the reading at "the").
  if (w == "the" && pos + 4 < text.size() && ((text[pos + 4] | 0x20) == 'p' || (text[pos + 4] | 0x20) == 's') &&
      fast_the_dropped(text, pos)) {
    return true;
  }
  if ((w == "past" && past_without_count(text, pos)) ||
      (w == "the" && pos + 4 < text.size() && text[pos + 3] == ' ' && past_without_count(text, pos + 4))) {
    return true;
  }
  // An ordinal that starts a candidate ("first to resolve"): as after "the".
  if (w.size() >= 5 && (w[0] == 'f' || w[0] == 's' || w[0] == 't') && is_ordinal(w) &&
      !(pos > 0 && text[pos - 1] == '-') && ordinal_without_unit(text, pos)) {
    return true;
  }
  // "year-on-year to 1.5 million": of the readings that start with "year",
  // only "year to date" goes on with " to ".
  if (w == "year" && text.substr(pos + 4, 4) == " to ") {
    std::array<char, 16> b2{};
    return !word_of(text, pos + 8, b2).starts_with("date");
  }
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
    // "between the 20th and": after the prefix, "the" and an ordinal.
    if (ordinal_without_unit(text, i)) return true;
  } else if (k == lead::the) {
    // "the 30th anniversary", "the fifth round"
    return ordinal_without_unit(text, i);
  }
  // "by the 20th National Congress", "for the first time": match.cpp
  // strips the prefix, and X3 reads from "the".
  if ((w == "by" || w == "for") && w2 == "the" && i + 3 < text.size() && text[i + 3] == ' ' &&
      ordinal_without_unit(text, i + 4)) {
    return true;
  }
  if (i >= text.size()) return false;
  // count_without_unit finds no count unless digits or a cardinal word
  // come next ("by the ministry" stops here).
  if (!is_digit(text[i])) {
    std::array<char, 16> b3{};
    if (!is_cardinal(k == lead::qualifier ? w2 : word_of(text, i, b3))) return false;
  }
  return count_without_unit(text, i);
}

}  // namespace claimcheck::grammar::temporal
