// Words, primitives and semantic actions shared by the temporal rule groups.
// Included only by the *_def.hpp files. Every rule here reads text that the
// hook has already lower-cased (ASCII only), so all literals are lower case,
// and no rule uses X3's character classes: they index tables with the raw
// byte and misbehave on bytes >= 0x80.
#pragma once

#include <string>

#include "grammar/config.hpp"
#include "grammar/temporal/ast.hpp"

namespace claimcheck::grammar::temporal::lex {

using ast::texpr;

inline bool is_alnum_byte(char ch) {
  const auto c = static_cast<unsigned char>(ch);
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Succeeds without consuming when the next byte does not continue a word.
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return first == last || !is_alnum_byte(*first);
  }
};

// Succeeds without consuming when the next byte is not a digit.
struct no_digit_parser : x3::parser<no_digit_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return first == last || *first < '0' || *first > '9';
  }
};

// One or more blanks (space, tab, line break); no attribute.
struct spaces_parser : x3::parser<spaces_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    It it = first;
    while (it != last && (*it == ' ' || *it == '\t' || *it == '\n' || *it == '\r')) ++it;
    if (it == first) return false;
    first = it;
    return true;
  }
};

inline constexpr word_end_parser we{};
inline constexpr no_digit_parser nd{};
inline constexpr spaces_parser ws{};
inline auto const ows = -ws;
// A hyphen or a dash (en dash U+2013, em dash U+2014) with optional blanks.
inline auto const dash = ows >> (x3::lit('-') | x3::lit("\xe2\x80\x93") | x3::lit("\xe2\x80\x94")) >> ows;
inline auto const ws_or_dash = dash | ws;

inline x3::symbols<unsigned> make_months() {
  x3::symbols<unsigned> s;
  const char* full[] = {"january", "february", "march",     "april",   "may",      "june",
                        "july",    "august",   "september", "october", "november", "december"};
  for (unsigned i = 0; i < 12; ++i) s.add(full[i], i + 1);
  s.add("jan", 1u)("feb", 2u)("mar", 3u)("apr", 4u)("jun", 6u)("jul", 7u)("aug", 8u)("sep", 9u)(
      "sept", 9u)("oct", 10u)("nov", 11u)("dec", 12u);
  return s;
}

inline x3::symbols<int> make_weekdays() {
  x3::symbols<int> s;
  s.add("sunday", 0)("monday", 1)("tuesday", 2)("wednesday", 3)("thursday", 4)("friday", 5)(
      "saturday", 6);
  s.add("sun", 0)("mon", 1)("tue", 2)("tues", 2)("wed", 3)("thu", 4)("thur", 4)("thurs", 4)(
      "fri", 5)("sat", 6);
  return s;
}

// Cardinal words 1..99 ("twenty-one", "twenty one") and a few vague counts.
inline x3::symbols<unsigned> make_cardinals() {
  x3::symbols<unsigned> s;
  const char* ones[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  const char* teens[] = {"ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  const char* tens[] = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  for (unsigned i = 0; i < 9; ++i) s.add(ones[i], i + 1);
  for (unsigned i = 0; i < 10; ++i) s.add(teens[i], i + 10);
  for (unsigned t = 0; t < 8; ++t) {
    const unsigned base = (t + 2) * 10;
    s.add(tens[t], base);
    for (unsigned i = 0; i < 9; ++i) {
      s.add(std::string(tens[t]) + "-" + ones[i], base + i + 1);
      s.add(std::string(tens[t]) + " " + ones[i], base + i + 1);
    }
  }
  s.add("a hundred", 100u)("one hundred", 100u)("a dozen", 12u)("dozen", 12u);
  s.add("a few", 3u)("few", 3u)("several", 3u)("a couple of", 2u)("couple of", 2u)("a couple", 2u)(
      "couple", 2u);
  return s;
}

// Ordinal words 1..31 ("first", "twenty-first") for days, quarters, halves.
inline x3::symbols<unsigned> make_ordinals() {
  x3::symbols<unsigned> s;
  const char* first[] = {"first",     "second",     "third",      "fourth",     "fifth",
                         "sixth",     "seventh",    "eighth",     "ninth",      "tenth",
                         "eleventh",  "twelfth",    "thirteenth", "fourteenth", "fifteenth",
                         "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"};
  for (unsigned i = 0; i < 20; ++i) s.add(first[i], i + 1);
  for (unsigned i = 0; i < 9; ++i) {
    s.add(std::string("twenty-") + first[i], 21 + i);
    s.add(std::string("twenty ") + first[i], 21 + i);
  }
  s.add("thirtieth", 30u)("thirty-first", 31u)("thirty first", 31u);
  return s;
}

// Units of a count: bucket and scale are applied by add_unit.
inline x3::symbols<ast::unit> make_units() {
  using ast::unit;
  x3::symbols<unit> s;
  s.add("day", unit::day)("days", unit::day)("week", unit::week)("weeks", unit::week)(
      "month", unit::month)("months", unit::month)("year", unit::year)("years", unit::year)(
      "yr", unit::year)("yrs", unit::year)("decade", unit::decade)("decades", unit::decade)(
      "quarter", unit::quarter)("quarters", unit::quarter)("fortnight", unit::fortnight)(
      "fortnights", unit::fortnight)("weekend", unit::weekend)("weekends", unit::weekend)(
      "night", unit::day)("nights", unit::day);
  return s;
}

inline x3::symbols<ast::unit> make_clock_units() {
  using ast::unit;
  x3::symbols<unit> s;
  s.add("hour", unit::hour)("hours", unit::hour)("hr", unit::hour)("hrs", unit::hour)(
      "h", unit::hour)("minute", unit::minute)("minutes", unit::minute)("min", unit::minute)(
      "mins", unit::minute)("second", unit::second)("seconds", unit::second)("sec", unit::second)(
      "secs", unit::second);
  return s;
}

inline x3::symbols<int> make_full_weekdays() {
  x3::symbols<int> s;
  s.add("sunday", 0)("monday", 1)("tuesday", 2)("wednesday", 3)("thursday", 4)("friday", 5)(
      "saturday", 6);
  return s;
}

inline x3::symbols<unsigned> make_seasons() {
  x3::symbols<unsigned> s;
  s.add("spring", 0u)("summer", 1u)("autumn", 2u)("fall", 2u)("winter", 3u);
  return s;
}

// Decimal counts without exponent, NaN or infinity ("3.5 years").
struct count_policies : x3::ureal_policies<double> {
  static bool const allow_leading_dot = false;
  static bool const allow_trailing_dot = false;
  template <typename It>
  static bool parse_exp(It&, It const&) {
    return false;
  }
  template <typename It, typename Attribute>
  static bool parse_nan(It&, It const&, Attribute&) {
    return false;
  }
  template <typename It, typename Attribute>
  static bool parse_inf(It&, It const&, Attribute&) {
    return false;
  }
};

inline const x3::symbols<unsigned> month_names = make_months();
inline const x3::symbols<int> full_weekday_names = make_full_weekdays();
inline const x3::symbols<unsigned> season_names = make_seasons();
inline const x3::symbols<int> weekday_names = make_weekdays();
inline const x3::symbols<unsigned> cardinal_words = make_cardinals();
inline const x3::symbols<unsigned> ordinal_words = make_ordinals();
inline const x3::symbols<ast::unit> unit_words = make_units();
inline const x3::symbols<ast::unit> clock_unit_words = make_clock_units();

// Semantic actions. `set(&texpr::m)` stores the parsed attribute in the
// rule's texpr; `put(&texpr::m, v)` stores a constant.
template <typename T>
auto set(T texpr::*m) {
  return [m](auto& ctx) { x3::_val(ctx).*m = static_cast<T>(x3::_attr(ctx)); };
}
template <typename T, typename V>
auto put(T texpr::*m, V v) {
  return [m, v](auto&& ctx) { x3::_val(ctx).*m = static_cast<T>(v); };
}
// Clears the record: heads every alternative so a failed branch leaves no trace.
inline auto const clear = [](auto& ctx) { x3::_val(ctx) = texpr{}; };
inline auto const set_form = [](ast::form f) { return put(&texpr::f, f); };

// Adds the pending amount in the parsed unit to its bucket.
inline void add_amount(texpr& t, ast::unit u, double a) {
  using ast::unit;
  t.u = u;
  switch (u) {
    case unit::day: t.days += a; break;
    case unit::week: t.weeks += a; break;
    case unit::fortnight: t.weeks += 2 * a; break;
    case unit::weekend: t.days += 2 * a; break;
    case unit::month: t.months += a; break;
    case unit::quarter: t.months += 3 * a; break;
    case unit::year: t.years += a; break;
    case unit::decade: t.years += 10 * a; break;
    case unit::hour: t.seconds += 3600 * a; break;
    case unit::minute: t.seconds += 60 * a; break;
    case unit::second: t.seconds += a; break;
  }
}
// Each bucket once per compound: "3 years 2 years" is two mentions.
inline unsigned bucket_bit(ast::unit u) {
  using ast::unit;
  switch (u) {
    case unit::year:
    case unit::decade: return 1;
    case unit::month:
    case unit::quarter: return 2;
    case unit::week:
    case unit::fortnight: return 4;
    case unit::day:
    case unit::weekend: return 8;
    case unit::hour: return 16;
    case unit::minute: return 32;
    case unit::second: return 64;
  }
  return 0;
}
inline auto const add_unit = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  const ast::unit u = x3::_attr(ctx);
  if ((t.used & bucket_bit(u)) != 0) {
    x3::_pass(ctx) = false;
    return;
  }
  t.used |= bucket_bit(u);
  add_amount(t, u, t.amount);
  t.amount = 0;
};

// Two-digit years: 00..49 are 2000s, 50..99 the 1900s.
inline int expand_year(unsigned y) { return y < 50 ? 2000 + static_cast<int>(y) : 1900 + static_cast<int>(y); }

inline auto const year_in_range = [](auto& ctx) {
  const unsigned y = x3::_attr(ctx);
  if (y < 1000 || y > 2999) {
    x3::_pass(ctx) = false;
  } else {
    x3::_val(ctx).year = static_cast<int>(y);
    x3::_val(ctx).short_year = false;
  }
};
inline auto const day_in_range = [](auto& ctx) {
  const unsigned d = x3::_attr(ctx);
  if (d < 1 || d > 31) {
    x3::_pass(ctx) = false;
  } else {
    x3::_val(ctx).day = d;
  }
};
inline auto const month_in_range = [](auto& ctx) {
  const unsigned m = x3::_attr(ctx);
  if (m < 1 || m > 12) {
    x3::_pass(ctx) = false;
  } else {
    x3::_val(ctx).month = m;
  }
};
inline auto const short_year = [](auto& ctx) {
  x3::_val(ctx).year = expand_year(x3::_attr(ctx));
  x3::_val(ctx).short_year = true;
};

inline x3::uint_parser<unsigned, 10, 4, 4> const uint4{};
inline x3::uint_parser<unsigned, 10, 1, 2> const uint12{};
inline x3::uint_parser<unsigned, 10, 2, 2> const uint2{};

// Pieces reused across groups (expressions, not rules: they share the
// enclosing rule's record).
inline auto const year4 = uint4[year_in_range] >> nd >> we;
inline auto const ord_suffix = x3::lit("st") | "nd" | "rd" | "th";
// A month name, optionally abbreviated with a dot: "oct.", "sept".
// "oct2" is a day: a digit may follow directly.
struct no_letter_parser : x3::parser<no_letter_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename RCtx, typename Attr>
  bool parse(It& first, It const& last, Ctx const&, RCtx&, Attr&) const {
    return first == last || !((*first >= 'a' && *first <= 'z') || (*first >= 'A' && *first <= 'Z'));
  }
};
inline constexpr no_letter_parser nl{};
inline auto const month_word = month_names[set(&texpr::month)] >> nl >> -x3::lit('.');
// Moves a parsed "this/next/last" from year_rel to month_rel.
inline auto const rel_to_month = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  t.month_rel = t.year_rel;
  t.year_rel = 0;
};
// The end of a clause: punctuation or the end of the text.
// Not "the 16,000 tonnes" or "the 3.5".
inline auto const clause_end =
    &(ows >> (((x3::lit(',') | x3::lit('.')) >> !x3::char_('0', '9')) | x3::lit('!') | x3::lit('?') |
              x3::lit(';') | x3::eoi));
// A day of the month in digits with an optional ordinal suffix: "28", "1st".
inline auto const day_digits = uint12[day_in_range] >> nd >> -ord_suffix >> we;
inline auto const day_ordinal = ordinal_words[day_in_range] >> we;
inline auto const day_any = day_digits | day_ordinal;
// "this year", "last year", "next year", "the previous year", "the same year"
inline auto const rel_word =
    (x3::lit("this past") | "last" | "the previous" | "previous" | "the last")[put(&texpr::year_rel, -1)] |
    (x3::lit("this coming") | "this upcoming" | "next" | "the coming" | "coming" | "the next" | "upcoming" |
     "the upcoming" | "the following" | "following")[put(&texpr::year_rel, 1)] |
    (x3::lit("this") | "current" | "the same" | "same" | "the current")[put(&texpr::year_rel, 0)];
inline auto const year_rel = (rel_word >> ws >> "year" >> we)[put(&texpr::has_year_rel, true)];
// A year in words after a date: "nineteen seventy eight", "nineteen zero
// one", "two thousand and eighteen", "seventeen hundred thirty three".
inline auto const set_century = [](auto& ctx) {
  const unsigned c = x3::_attr(ctx);
  if (c < 10 || c > 29) {
    x3::_pass(ctx) = false;
  } else {
    x3::_val(ctx).year = static_cast<int>(c) * 100;
  }
};
inline auto const add_to_year = [](auto& ctx) {
  const unsigned v = x3::_attr(ctx);
  if (v > 99) {
    x3::_pass(ctx) = false;
  } else {
    x3::_val(ctx).year += static_cast<int>(v);
  }
};
inline auto const check_year_words = [](auto& ctx) {
  const int y = x3::_val(ctx).year;
  if (y < 1000 || y > 2999) x3::_pass(ctx) = false;
};
inline auto const year_words =
    ((((x3::lit("two") >> ws >> x3::lit("thousand"))[([](auto& ctx) { x3::_val(ctx).year = 2000; })] |
       (x3::lit("one") >> ws >> x3::lit("thousand"))[([](auto& ctx) { x3::_val(ctx).year = 1000; })]) >>
      -(ws >> -(x3::lit("and") >> ws) >> cardinal_words[add_to_year] >> we)) |
     (cardinal_words[set_century] >> we >> ws >>
      ((x3::lit("hundred") >> -(ws >> -(x3::lit("and") >> ws) >> cardinal_words[add_to_year] >> we)) |
       ((x3::lit("zero") | x3::lit("oh")) >> ws >> cardinal_words[add_to_year] >> we) |
       (cardinal_words[add_to_year] >> we)))) >>
    x3::eps[check_year_words];
// A year as stated, relative or in words: "2023", "last year", "two
// thousand and twenty".
inline auto const year_ref = year4 | year_rel | year_words;
// "of the year": the current year.
inline auto const the_year_ref = (x3::lit("the") >> ws >> x3::lit("year") >> we)[put(&texpr::has_year_rel, true)];
inline auto const of_year = ((ows >> x3::lit(',') >> ows) | ws) >> -((x3::lit("of") | x3::lit("in")) >> ws) >>
                            (year_ref | the_year_ref);

}  // namespace claimcheck::grammar::temporal::lex
