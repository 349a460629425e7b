// Phrases of real news read around a value (see phrases.hpp).
#include "grammar/claims/phrases.hpp"

#include <utility>

namespace claimcheck::grammar::claims {

// "for the full year", "for the whole year" in tokens [b, e).
bool full_year_words(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i + 1 < e; ++i) {
    if ((v.word(i) == "full" || v.word(i) == "whole") && v.word(i + 1) == "year") return true;
  }
  return false;
}

// "expects a full-year deficit of 1.9%", "the full year's growth": a
// forecast for the whole year, named before the value.
bool full_year_before(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i + 1 < e; ++i) {
    if ((v.word(i) == "full" || v.word(i) == "whole") &&
        (v.word(i + 1) == "year" || (v.word(i + 1) == "-" && v.word(i + 2) == "year"))) {
      return true;
    }
  }
  return false;
}

// "carried", "transported", "handled" right before a value: goods moved.
bool carried_goods(const sentence_view& v, std::size_t cb, std::size_t value_first) {
  for (std::size_t i = value_first; i-- > cb && value_first - i <= 3;) {
    const std::string_view w = v.word(i);
    if (w == "carried" || w == "transported" || w == "handled" || w == "hauled" || w == "moved") {
      return true;
    }
  }
  return false;
}

// "year-end inflation", "end-year" in tokens [b, e).
bool year_end_words(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i + 2 < e; ++i) {
    if (v.word(i) == "year" && v.word(i + 1) == "-" && v.word(i + 2) == "end") return true;
    if (v.word(i) == "end" && v.word(i + 1) == "-" && v.word(i + 2) == "year") return true;
  }
  return false;
}

// "in the year", "for the year", "during the year" in tokens [b, e).
bool the_year_words(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b + 1; i + 1 < e; ++i) {
    const std::string_view p = v.word(i - 1);
    if (v.word(i) == "the" && v.word(i + 1) == "year" &&
        (p == "in" || p == "for" || p == "during" || p == "over") && v.word(i + 2) != "-" &&
        v.word(i + 2) != "earlier" && v.word(i + 2) != "before" && v.word(i + 2) != "ago") {
      return true;
    }
  }
  return false;
}

// "signed" in tokens [b, e).
bool signed_words(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i) {
    if (v.word(i) == "signed" || v.word(i) == "inked") return true;
  }
  return false;
}

// "... and amounted to", ", and reached": tokens [from, to) join a second
// verb to the subject of the value before.
bool coordinated(const sentence_view& v, std::size_t from, std::size_t to) {
  std::size_t i = from;
  if (v.word(i) == ",") ++i;
  if (v.word(i) != "and" || i + 1 >= to) return false;
  for (++i; i < to; ++i) {
    const std::string_view w = v.word(i);
    if (!(is_level_verb(w) || change_direction(w) != 0 || w == "to" || w == "by" || w == "at")) {
      return false;
    }
  }
  return true;
}

// "a year earlier", "two months ago", "a quarter before": how far the base
// of a comparison lies before the claim's own period, in months; 0 when
// the words are not so.
int months_back(std::string_view text) {
  if (text.find("earlier") == std::string_view::npos && text.find(" ago") == std::string_view::npos &&
      text.find(" before") == std::string_view::npos) {
    return 0;
  }
  int unit = 0;
  if (text.find("year") != std::string_view::npos) {
    unit = 12;
  } else if (text.find("quarter") != std::string_view::npos) {
    unit = 3;
  } else if (text.find("month") != std::string_view::npos) {
    unit = 1;
  }
  if (unit == 0) return 0;
  const std::string_view first = text.substr(0, text.find(' '));
  static constexpr std::pair<std::string_view, int> kCounts[] = {
      {"a", 1}, {"an", 1}, {"one", 1}, {"A", 1}, {"two", 2}, {"three", 3}, {"four", 4},
      {"five", 5}, {"six", 6}, {"2", 2}, {"3", 3}, {"4", 4}, {"5", 5}, {"6", 6}, {"12", 12}};
  for (const auto& [w, n] : kCounts) {
    if (first == w) return n * unit;
  }
  return 0;
}

// The period `months` before `p`, for a year, half, quarter or month (and
// whole years of any period); nullopt otherwise.
std::optional<engine::period> shift_back(const engine::period& p, int months) {
  if (months % 12 == 0) return p.shift_years(-months / 12);
  const date::year_month_day a{p.first};
  const date::year_month ym = a.year() / a.month() - date::months{months};
  if (p.g == engine::grain::month) return engine::period::month(ym.year(), ym.month());
  if (p.g == engine::grain::quarter && months % 3 == 0) {
    return engine::period::quarter(ym.year(), (static_cast<unsigned>(ym.month()) - 1) / 3 + 1);
  }
  return std::nullopt;
}

}  // namespace claimcheck::grammar::claims
