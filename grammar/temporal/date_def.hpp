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
                       (((ows >> lit(',') >> ows) | ws) >> -((lit("of") | lit("in")) >> ws) >> (year4 | year_words)) |
                       (ws >> lit("of") >> ws >> uint2[short_year] >> nd >> we >> !(ws >> x3::alpha));
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

}  // namespace date_detail

date_type const date = "date";
auto const date_def = date_detail::iso | date_detail::numeric_dmy | date_detail::month_first |
                      date_detail::month_first_words | date_detail::day_of_rel_month | date_detail::month_comma_day |
                      date_detail::day_first | date_detail::numeric_md | date_detail::nth_weekday |
                      date_detail::day_only | date_detail::day_span | date_detail::month_day_span;
BOOST_SPIRIT_DEFINE(date)

}  // namespace claimcheck::grammar::temporal
