// Definition of the calendar-day rule group (see date.hpp). Text is lower
// case; every alternative clears the record first.
#pragma once

#include "grammar/temporal/date.hpp"
#include "grammar/temporal/lexicon.hpp"

namespace claimcheck::grammar::temporal {

namespace date_detail {

using namespace lex;  // NOLINT: rule definitions read better unqualified
using ast::form;
using x3::eps;
using x3::lit;

// "Friday, ", "fri "
auto const weekday_pre = weekday_names[set(&texpr::weekday)] >> we >> -lit('.') >>
                         ((ows >> lit(',') >> ows) | ws);
// "September 14 this year" takes that year.
auto const year_tail = (lit('-') >> year4) | (ws >> year_rel) |
                       (((ows >> lit(',') >> ows) | ws) >> -((lit("of") | lit("in")) >> ws) >> (year4 | year_words));
// "November 19-20", "November 19 to 20"
auto const day_range_tail =
    (dash | (ws >> (lit("to") | "through" | "until" | "till" | "and") >> ws)) >> -(lit("the") >> ws) >>
    ((uint12[set(&texpr::day2)] >> nd >> -ord_suffix >> we) | (ordinal_words[set(&texpr::day2)] >> we)) >>
    !(ows >> (lit('/') | lit('-') | lit('.')));

// "October 28, 2022", "Oct. 28", "oct/2", "Jan first", "September the twenty-first"
auto const month_first = eps[clear] >> -weekday_pre >> month_word >>
                         (ws | lit('/') | dash | eps) >> -(lit("the") >> ws) >> day_any >>
                         (day_range_tail | eps[put(&texpr::day2, 0u)]) >> -year_tail >> eps[set_form(form::day)];
// "October, 1st"
auto const month_comma_day = eps[clear] >> month_word >> lit(',') >> ows >> uint12[day_in_range] >> nd >>
                             ord_suffix >> we >> -year_tail >> eps[set_form(form::day)];
// "28 October 2022", "1st Jan", "second of Aug.", "16. Nov. 2016", "Wed, 22 of Jan"
// After "16." the month must be followed by a year: "at 10:30. February"
// is two sentences.
auto const day_first = eps[clear] >> -weekday_pre >> -(lit("the") >> ws) >> day_any >>
                       ((lit('.') >> +lit(' ') >> month_word >> year_tail) |
                        (lit('/') >> month_word >> lit('/') >> year4) |
                        (((ws >> -(lit("of") >> ws)) | dash) >> month_word >> -year_tail)) >>
                       eps[set_form(form::day)];

// Numbers read as month, day before validation; `part` holds the separator.
auto const numeric_fix = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  // '.' (part 2) is day-first (European); '/' and '-' month-first unless
  // the first number cannot be a month.
  if (t.part == 2 || t.month > 12) std::swap(t.month, t.day);
  t.part = 0;
  t.f = form::day;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) x3::_pass(ctx) = false;
};
auto const short_year2 = uint2[short_year] >> nd >> we;
auto const num_sep = [](char c, unsigned code) { return lit(c)[put(&texpr::part, code)]; };
// "10/28/2022", "28/10/2022", "28-10-2022", "9-18-15", "08/12,2015", "28.10.2022"
auto const numeric_dmy =
    eps[clear] >> -weekday_pre >> uint12[set(&texpr::month)] >> nd >>
    ((num_sep('/', 0) >> uint12[set(&texpr::day)] >> nd >> (lit('/') | lit(',')) >>
      (year4 | short_year2)) |
     (num_sep('-', 1) >> uint12[set(&texpr::day)] >> nd >> lit('-') >> (year4 | short_year2)) |
     (num_sep('.', 2) >> uint12[set(&texpr::day)] >> nd >> lit('.') >> year4)) >>
    eps[numeric_fix];

// "4/22", "22/04" without a year: only when one number is above 12, so
// that fractions such as "1/2" stay numbers.
auto const numeric_md_fix = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  if (t.month <= 12 && t.day <= 12) x3::_pass(ctx) = false;
  if (t.month > 12) std::swap(t.month, t.day);
  t.f = form::day;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) x3::_pass(ctx) = false;
};
auto const numeric_md = eps[clear] >> uint12[set(&texpr::month)] >> nd >> lit('/') >>
                        uint12[set(&texpr::day)] >> nd >> !lit('/') >> we >> eps[numeric_md_fix];

// "2022-10-28", "2015/08/12", "2015.5.13", "2019-sep-1"
auto const iso_check = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  t.f = form::day;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) x3::_pass(ctx) = false;
};
auto const iso = eps[clear] >> year4 >>
                 ((lit('-') >> uint12[set(&texpr::month)] >> nd >> lit('-') >>
                   uint12[set(&texpr::day)]) |
                  (lit('/') >> uint12[set(&texpr::month)] >> nd >> lit('/') >>
                   uint12[set(&texpr::day)]) |
                  (lit('.') >> uint12[set(&texpr::month)] >> nd >> lit('.') >>
                   uint12[set(&texpr::day)]) |
                  ((lit('-') | lit('/')) >> month_names[set(&texpr::month)] >> (lit('-') | lit('/')) >>
                   uint12[set(&texpr::day)])) >>
                 nd >> we >> eps[iso_check];

// "Friday 7/6", "Friday 7.6", "friday 2018-7-6": a weekday before a day in
// digits, month first (after a weekday "5/12" is no fraction).
auto const weekday_md_fix = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  if (t.month > 12) std::swap(t.month, t.day);
  t.f = form::day;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) x3::_pass(ctx) = false;
};
auto const weekday_numeric =
    eps[clear] >> full_weekday_names[set(&texpr::weekday)] >> we >> ((ows >> lit(',') >> ows) | ws) >>
    ((year4 >> lit('-') >> uint12[set(&texpr::month)] >> nd >> lit('-') >> uint12[set(&texpr::day)] >> nd >> we >>
      eps[iso_check]) |
     (uint12[set(&texpr::month)] >> nd >> (lit('/') | lit('-') | lit('.')) >> uint12[set(&texpr::day)] >> nd >>
      !(lit('/') | lit('-') | (lit('.') >> x3::digit)) >> we >> eps[weekday_md_fix]));

// "10/1-11/7", "from 10/1 to 11/7", "5/1-5/7/2020", "5/1-5/7, 2020": two
// numeric days joined, month first (joined, "10/1" is no fraction).
auto const md_pair_check = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  t.f = form::day;
  if (t.month < 1 || t.month > 12 || t.month2 < 1 || t.month2 > 12 || t.day < 1 || t.day > 31 || t.day2 < 1 ||
      t.day2 > 31) {
    x3::_pass(ctx) = false;
  }
};
auto const md_pair = eps[clear] >> uint12[set(&texpr::month)] >> nd >> lit('/') >> uint12[set(&texpr::day)] >> nd >>
                     (dash | (ws >> (lit("to") | lit("until") | lit("till") | lit("through")) >> ws)) >>
                     uint12[set(&texpr::month2)] >> nd >> lit('/') >> uint12[set(&texpr::day2)] >> nd >>
                     -((lit('/') >> year4) | (lit(',') >> ows >> year4)) >> !(lit('/') | lit('-')) >> we >>
                     eps[md_pair_check];

// A day in words as a cardinal ("May twenty one"), only at a clause's end
// or before the year, so that "May twenty years ago" stays a month.
auto const month_first_words = eps[clear] >> -weekday_pre >> month_word >> ws >> cardinal_words[day_in_range] >>
                               we >> (year_tail | clause_end) >> eps[set_form(form::day)];
// "Friday the 22nd", "Mon 13th" and "the 27th." (the day in the reference's month)
auto const day_only =
    eps[clear] >>
    ((full_weekday_names[set(&texpr::weekday)] >> we >> ws >> lit("the") >> ws >>
      (day_any | (cardinal_words[day_in_range] >> we))) |
     (weekday_names[set(&texpr::weekday)] >> we >> -lit('.') >> ws >> uint12[day_in_range] >> nd >> ord_suffix >> we) |
     (full_weekday_names[set(&texpr::weekday)] >> we >> ws >> uint12[day_in_range] >> nd >> we >> clause_end) |
     (lit("the") >> ws >> day_digits >> clause_end)) >>
    eps[set_form(form::day)];
// "the 20th of next month", "31st of this month"
auto const day_of_rel_month = eps[clear] >> -(lit("the") >> ws) >> day_any >> ws >> lit("of") >> ws >>
                              rel_word >> ws >> lit("month") >> we >> eps[rel_to_month] >>
                              eps[set_form(form::day)];
// "the 15th day of next month", "the thirty-first day of the month", "the
// 15th day of June"
auto const nth_day_of = eps[clear] >> -(lit("the") >> ws) >> day_any >> ws >> lit("day") >> ws >> lit("of") >> ws >>
                        ((month_word >> -year_tail) | (rel_word >> ws >> lit("month") >> we >> eps[rel_to_month]) |
                         (lit("the") >> ws >> lit("month") >> we >> eps[put(&texpr::month_rel, 0)])) >>
                        eps[set_form(form::day)];
// "the first Friday of July", "second Sunday", "the last Monday of next month"
auto const nth_check = [](auto& ctx) {
  const unsigned n = x3::_attr(ctx);
  if (n < 1 || n > 5) {
    x3::_pass(ctx) = false;
  } else {
    x3::_val(ctx).part = n;
  }
};
auto const of_month = ws >> (lit("of") | lit("in")) >> ws >>
                      ((month_word >> -year_tail) | (rel_word >> ws >> lit("month") >> we >> eps[rel_to_month]));
auto const nth_weekday =
    eps[clear] >> -(lit("the") >> ws) >>
    ((ordinal_words[nth_check] >> ws >> full_weekday_names[set(&texpr::weekday)] >> we >> -of_month) |
     (lit("last")[put(&texpr::part, 9)] >> ws >> full_weekday_names[set(&texpr::weekday)] >> we >> of_month)) >>
    eps[set_form(form::nth_weekday)];

// Day ranges inside one month: "4 to 22 this month", "3 until 12 of Sept",
// "4-22 January, 1995", "November between 19 and 20", "ninth till
// seventeenth of april".
auto const day_num = (uint12[day_in_range] >> nd >> -ord_suffix >> we) | (ordinal_words[day_in_range] >> we);
auto const day2_num = (uint12[set(&texpr::day2)] >> nd >> -ord_suffix >> we) | (ordinal_words[set(&texpr::day2)] >> we);
auto const day_joint = dash | (ws >> (lit("to") | lit("through") | lit("until") | lit("till") | lit("and")) >> ws);
auto const in_month = ws >> -((lit("of") | lit("in")) >> ws) >>
                      ((month_word >> -year_tail) | (rel_word >> ws >> lit("month") >> we >> eps[rel_to_month]));
auto const day_span = eps[clear] >> -(lit("the") >> ws) >> day_num >> day_joint >> -(lit("the") >> ws) >>
                      day2_num >> in_month >> eps[set_form(form::day)];
auto const month_day_span = eps[clear] >> month_word >> ws >> lit("between") >> ws >> day_num >> ws >>
                            lit("and") >> ws >> day2_num >> -year_tail >> eps[set_form(form::day)];

// Holidays on a fixed or computed day: "Christmas 2020", "last Easter",
// "the next New Year's Day". Parts: 1 Christmas Day, 2 Christmas Eve, 3
// New Year's Day, 4 New Year's Eve, 5 Halloween, 6 Earth Day, 7 Easter
// Sunday, 8 Easter Monday, 9 Good Friday, 10 Thanksgiving (US), 11 Boxing
// Day. Country holidays ("Independence Day") differ by country: not read.
inline x3::symbols<unsigned> make_holidays() {
  x3::symbols<unsigned> s;
  s.add("christmas", 1u)("christmas day", 1u)("christmas eve", 2u)("new year's day", 3u)("new year day", 3u)(
      "new years day", 3u)("new year\xe2\x80\x99s day", 3u)("new year's eve", 4u)("new years eve", 4u)(
      "new year\xe2\x80\x99s eve", 4u)("halloween", 5u)("earth day", 6u)("easter", 7u)("easter sunday", 7u)(
      "easter monday", 8u)("good friday", 9u)("thanksgiving", 10u)("thanksgiving day", 10u)("boxing day", 11u);
  return s;
}
inline const x3::symbols<unsigned> holiday_names = make_holidays();
auto const holiday_rel = (lit("last") | lit("previous"))[put(&texpr::rel, -1)] |
                         (lit("next") | lit("following") | lit("upcoming") | lit("coming"))[put(&texpr::rel, 1)] |
                         lit("this")[put(&texpr::rel, 0)];
auto const holiday = eps[clear] >> -(lit("the") >> ws) >> -(holiday_rel >> ws) >> holiday_names[set(&texpr::part)] >>
                     we >> -(((ows >> lit(',') >> ows) | ws) >> -(lit("of") >> ws) >> year4) >>
                     eps[set_form(form::holiday)];

}  // namespace date_detail

date_type const date = "date";
auto const date_def = date_detail::iso | date_detail::numeric_dmy | date_detail::month_first |
                      date_detail::month_first_words | date_detail::day_of_rel_month | date_detail::month_comma_day |
                      date_detail::day_first | date_detail::md_pair | date_detail::numeric_md |
                      date_detail::nth_weekday |
                      date_detail::day_only | date_detail::day_span | date_detail::month_day_span |
                      date_detail::nth_day_of | date_detail::weekday_numeric | date_detail::holiday;
BOOST_SPIRIT_DEFINE(date)

}  // namespace claimcheck::grammar::temporal
