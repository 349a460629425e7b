// Definition of the rare calendar-day forms (see extra.hpp): a weekday
// before a numeric day, two numeric days joined, "the 15th day of next
// month", holidays, days and years in words, school and fiscal years. Text is lower case; every alternative clears the record.
#pragma once

#include "grammar/temporal/extra.hpp"
#include "grammar/temporal/lexicon.hpp"

namespace claimcheck::grammar::temporal {

namespace extra_detail {

using namespace lex;  // NOLINT: rule definitions read better unqualified
using ast::form;
using x3::eps;
using x3::lit;

// "September 14 this year" takes that year (as date_def.hpp's year_tail).
auto const year_tail = (lit('-') >> year4) | (ws >> year_rel) |
                       (((ows >> lit(',') >> ows) | ws) >> -((lit("of") | lit("in")) >> ws) >> (year4 | year_words));
auto const extra_day_check = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  t.f = form::day;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) x3::_pass(ctx) = false;
};

// "Friday 7/6", "Friday 7.6", "friday 2018-7-6": a weekday before a day in
// digits, month first (after a weekday "5/12" is no fraction).
auto const weekday_md_fix = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  if (t.month > 12) std::swap(t.month, t.day);
  t.f = form::day;
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) x3::_pass(ctx) = false;
};
auto const weekday_numeric =
    eps[clear] >> full_weekday_names[set(&texpr::weekday)] >> we >>
    ((ows >> lit(',') >> ows) | ws) >> ((year4 >> lit('-') >> uint12[set(&texpr::month)] >> nd >> lit('-') >> uint12[set(&texpr::day)] >> nd >> we >>
      eps[extra_day_check]) |
     (uint12[set(&texpr::month)] >> nd >> (lit('/') | lit('-') | lit('.')) >> uint12[set(&texpr::day)] >> nd >>
      !(lit('/') | lit('-') | (lit('.') >> x3::digit)) >> we >> eps[weekday_md_fix]));

// "this 5/12", "this friday 5/12", "next friday 5/12": this year's day;
// "next 5/12": next year's.
auto const this_year = eps[put(&texpr::has_year_rel, true)] >> eps[put(&texpr::year_rel, 0)];
auto const rel_numeric =
    eps[clear] >>
    ((lit("this") >> ws >> -(full_weekday_names[set(&texpr::weekday)] >> we >> ws) >> this_year) |
     (lit("next") >> ws >> full_weekday_names[set(&texpr::weekday)] >> we >> ws >> this_year) |
     (lit("next") >> ws >> eps[put(&texpr::has_year_rel, true)] >> eps[put(&texpr::year_rel, 1)])) >>
    uint12[set(&texpr::month)] >> nd >> lit('/') >> uint12[set(&texpr::day)] >> nd >> !(lit('/') | lit('-')) >>
    we >> eps[weekday_md_fix];

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

// "the 15th day of next month", "the thirty-first day of the month", "the
// 15th day of June"
auto const nth_day_of = eps[clear] >> -(lit("the") >> ws) >> day_any >> ws >> lit("day") >> ws >> lit("of") >> ws >>
                        ((month_word >> -year_tail) | (rel_word >> ws >> lit("month") >> we >> eps[rel_to_month]) |
                         (lit("the") >> ws >> lit("month") >> we >> eps[put(&texpr::month_rel, 0)])) >>
                        eps[set_form(form::day)];
// Holidays on a fixed or computed day: "Christmas 2020", "last Easter",
// "the next New Year's Day". Parts: 1 Christmas Day, 2 Christmas Eve, 3
// New Year's Day, 4 New Year's Eve, 5 Halloween, 6 Earth Day, 7 Easter
// Sunday, 8 Easter Monday, 9 Good Friday, 10 Thanksgiving (US), 11 Boxing
// Day. Country holidays ("Independence Day") differ by country: not read.
// "New Year" alone is read only after a bounding word ("5 days before New
// Year", "since New Year"): the scanner does not ask at "new".
inline x3::symbols<unsigned> make_holidays() {
  x3::symbols<unsigned> s;
  s.add("christmas", 1u)("christmas day", 1u)("christmas eve", 2u)("new year's day", 3u)("new year day", 3u)(
      "new years day", 3u)("new year", 3u)("new year\xe2\x80\x99s day", 3u)("new year's eve", 4u)("new years eve", 4u)(
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

// "nineteen ninety six", "two thousand and twenty": a year in words (only
// after a word that takes a year: see match.cpp).
auto const year_in_words = eps[clear] >> year_words >> we >> eps[put(&texpr::in_words, true)] >>
                           eps[set_form(form::year)];

// "twenty five January nineteen eighty six", "fifteen August 1993": a day
// in words before its month, with the year (without one, "five January
// meetings" is no date).
auto const spelled_day = eps[clear] >> !(lit("a") >> ws) >> !(lit("few") | "several" | "couple" | "dozen") >>
                         cardinal_words[day_in_range] >> we >> ws >> -(lit("of") >> ws) >> month_word >>
                         ((ows >> lit(',') >> ows) | ws) >> (year4 | year_words) >> we >>
                         eps[set_form(form::day)];

// School years and a fiscal year without its year: their calendars differ
// by country and company, so they stay unresolved ("school year 2008",
// "SY18", "the 2008-09 school year", "this school year"; "fiscal year").
auto const no_calendar = eps[put(&texpr::no_calendar, true)] >> eps[set_form(form::year)];
auto const school_words = lit("school") >> ws >> lit("year") >> we;
auto const school_year = eps[clear] >>
                         ((school_words >> ws >> year4) | (lit("sy") >> ows >> (year4 | (uint2[short_year] >> nd >> we))) |
                          (year4 >> -(dash >> uint2 >> nd) >> ws >> school_words) |
                          (rel_word[put(&texpr::has_year_rel, true)] >> ws >> school_words)) >>
                         no_calendar;
auto const fiscal_alone = eps[clear] >> (lit("fiscal") | lit("financial")) >> ws >> lit("year") >> we >> no_calendar;

// "last year's third quarter", "2022's second half"
auto const year_poss = (rel_word >> ws >> lit("year's") >> eps[put(&texpr::has_year_rel, true)]) |
                       (year4 >> lit("'s"));
auto const part_check = [](unsigned max) {
  return [max](auto& ctx) {
    const unsigned p = x3::_attr(ctx);
    if (p < 1 || p > max) {
      x3::_pass(ctx) = false;
    } else {
      x3::_val(ctx).part = p;
    }
  };
};
auto const poss_part = eps[clear] >> year_poss >> ws >>
                       ((ordinal_words[part_check(4)] >> ws >> lit("quarter") >> we >> eps[set_form(form::quarter)]) |
                        (ordinal_words[part_check(2)] >> ws >> lit("half") >> we >> eps[set_form(form::half)]));

}  // namespace extra_detail

extra_type const extra = "extra";
auto const extra_def = extra_detail::weekday_numeric | extra_detail::md_pair | extra_detail::nth_day_of |
                       extra_detail::holiday | extra_detail::rel_numeric | extra_detail::spelled_day | extra_detail::school_year |
                       extra_detail::fiscal_alone | extra_detail::year_in_words |
                       extra_detail::poss_part;
BOOST_SPIRIT_DEFINE(extra)

}  // namespace claimcheck::grammar::temporal
