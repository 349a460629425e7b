// Instantiation of the rare calendar-day rule group, and its cheap test.
#include "grammar/temporal/extra_def.hpp"

#include <initializer_list>

namespace claimcheck::grammar::temporal {

BOOST_SPIRIT_INSTANTIATE(extra_type, iterator_type, plain_context_type)

extra_type const& extra_rule() { return extra; }

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }
bool letter(char c) { return c >= 'a' && c <= 'z'; }

std::string_view word(std::string_view buf, std::size_t i) {
  std::size_t e = i;
  while (e < buf.size() && (letter(buf[e]) || (e > i && (buf[e] == '\'' || buf[e] == '-')))) ++e;
  return buf.substr(i, e - i);
}

bool holiday_word(std::string_view w) {
  if (w.size() < 3 || w.size() > 12) return false;
  const char c = w[0];
  if (c != 'c' && c != 'e' && c != 'h' && c != 't' && c != 'g' && c != 'b' && c != 'n') return false;
  for (std::string_view h : std::initializer_list<std::string_view>{"christmas", "easter", "halloween", "thanksgiving", "earth", "good", "boxing", "new"}) {
    if (w == h) return true;
  }
  return false;
}

bool weekday_word(std::string_view w) {
  for (std::string_view d : std::initializer_list<std::string_view>{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}) {
    if (w == d) return true;
  }
  return false;
}


// "15th day of", "fifteenth day of": " day of " at buf[i].
bool day_of_at(std::string_view buf, std::size_t i) {
  return i + 8 <= buf.size() && buf[i] == ' ' && buf[i + 1] == 'd' && buf[i + 2] == 'a' && buf[i + 3] == 'y' &&
         buf[i + 4] == ' ' && buf[i + 5] == 'o' && buf[i + 6] == 'f' && buf[i + 7] == ' ';
}

// Words that may stand before a holiday or a day word: "the last Easter",
// "twenty third day of".
bool lead_word(std::string_view w) {
  for (std::string_view r : std::initializer_list<std::string_view>
       {"the", "last", "next", "this", "previous", "following", "upcoming", "coming", "twenty", "thirty"}) {
    if (w == r) return true;
  }
  return false;
}

}  // namespace

// "school year" at buf[i] ("2008 school year", "this school year").
bool school_at(std::string_view buf, std::size_t i) { return buf.compare(i, 11, "school year") == 0; }

bool may_be_extra(std::string_view buf, std::size_t at) {
  const std::size_t n = buf.size();
  if (at >= n) return false;
  if (digit(buf[at])) {
    // "2008 school year", "2008-09 school year"
    if (at + 5 < n && buf[at + 4] == ' ' && school_at(buf, at + 5)) return true;
    if (at + 8 < n && buf[at + 4] == '-' && buf[at + 7] == ' ' && school_at(buf, at + 8)) return true;
    // "10/1-11/7": a slash after one or two digits; "15th day of".
    std::size_t i = at + 1;
    if (i < n && digit(buf[i])) ++i;
    if (i < n && buf[i] == '/') return true;
    // "2022's second half"
    if (at + 6 < n && digit(buf[at + 2]) && digit(buf[at + 3]) && buf[at + 4] == '\'' && buf[at + 5] == 's') {
      return true;
    }
    return i + 2 < n && letter(buf[i]) && letter(buf[i + 1]) && day_of_at(buf, i + 2);
  }
  if (!letter(buf[at])) return false;
  std::string_view w = word(buf, at);
  const char c = buf[at];
  if ((c == 'f' || c == 'm' || c == 's' || c == 't' || c == 'w') && weekday_word(w)) {
    std::size_t i = at + w.size();
    if (i < n && buf[i] == ',') ++i;
    while (i < n && buf[i] == ' ') ++i;
    return i < n && digit(buf[i]);
  }
  // School and fiscal years: "school year 2008", "SY18", "fiscal year".
  if (c == 's' && (w == "school" || (w == "sy" && at + 2 < n && (digit(buf[at + 2]) || buf[at + 2] == ' ')))) {
    return true;
  }
  if (c == 'f' && (w == "fiscal" || w == "financial")) return true;
  // In the first three words: a holiday word ("the last Easter") or a word
  // before "day of" ("the 15th day of", "twenty third day of"), or
  // "school" ("this school year").
  std::size_t i = at;
  for (int k = 0; k < 3; ++k) {
    if (holiday_word(w) || day_of_at(buf, i + w.size()) || (k > 0 && w == "school")) return true;
    if (k > 0 && w.ends_with("'s")) return true;  // "last year's third quarter"
    if (k > 0 && weekday_word(w)) {
      // "this friday 5/12"
      const std::size_t d = i + w.size() + 1;
      return d < n && buf[d - 1] == ' ' && digit(buf[d]);
    }
    if (k == 2 || !lead_word(w)) return false;
    i += w.size();
    if (i + 1 >= n || buf[i] != ' ') return false;
    ++i;
    if (digit(buf[i])) return may_be_extra(buf, i);
    w = word(buf, i);
    if (w.empty()) return false;
  }
  return false;
}

// A full month name at buf[i] ("fifteen August 1993").
bool month_at(std::string_view buf, std::size_t i) {
  const std::string_view w = word(buf, i);
  for (std::string_view m : std::initializer_list<std::string_view>{
           "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}) {
    if (w == m) return true;
  }
  return false;
}

bool may_be_year_words(std::string_view buf, std::size_t at) {
  if (at >= buf.size() || !letter(buf[at])) return false;
  const std::string_view w = word(buf, at);
  const std::size_t e = at + w.size();
  // A day in words before its month: "five January", "thirty one May".
  if (e + 1 < buf.size() && buf[e] == ' ') {
    std::size_t m = e + 1;
    if (w == "thirty" && (buf.compare(m, 4, "one ") == 0)) m += 4;
    if (month_at(buf, m)) return true;
  }
  if (w == "two" || w == "one") return buf.compare(e, 9, " thousand") == 0;
  for (std::string_view c : std::initializer_list<std::string_view>{
           "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
           "nineteen", "twenty"}) {
    if (w == c) return e + 1 < buf.size() && buf[e] == ' ' && letter(buf[e + 1]);
  }
  return false;
}

}  // namespace claimcheck::grammar::temporal
