// Definition of the calendar-period rule group (see period.hpp). Text is
// lower case; every alternative clears the record first.
#pragma once

#include "grammar/temporal/lexicon.hpp"
#include "grammar/temporal/period.hpp"

namespace claimcheck::grammar::temporal {

namespace period_detail {

using namespace lex;  // NOLINT: rule definitions read better unqualified
using ast::form;
using ast::unit;
using x3::eps;
using x3::lit;

auto const the = lit("the") >> ws;
// "early", "mid-", "the end of", "the beginning of"
auto const mod_word =
    ((lit("early"))[put(&texpr::mod, 1)] |
     (lit("the beginning of") | lit("beginning of") | lit("the start of") |
      lit("start of"))[put(&texpr::mod, 4)] |
     (lit("the middle of") | lit("middle of"))[put(&texpr::mod, 5)] |
     (lit("the mid") | lit("mid"))[put(&texpr::mod, 2)] | (lit("late"))[put(&texpr::mod, 3)] |
     (lit("the end of") | lit("end of"))[put(&texpr::mod, 6)]) >>
    (dash | ws);
// "the year" after a modifier or "rest of": the current year.
auto const the_year = (lit("the") >> ws >> lit("year") >> we)[put(&texpr::has_year_rel, true)];

// "September 2022", "june next year", "Sept. of 2021"
// "April of 87": a two-digit year after "of", at a clause's end.
auto const short_of_year = ws >> lit("of") >> ws >> uint2[short_year] >> nd >> we >> !(ws >> x3::alpha);
auto const month_year = eps[clear] >> -mod_word >> month_word >>
                        ((((ows >> lit(',') >> ows) | ws | lit('/') | lit('-')) >> -((lit("of") | lit("in")) >> ws) >>
                          year_ref) |
                         short_of_year) >>
                        eps[set_form(form::month)];
// "2017 april", "2016, nov"
auto const year_then_month = eps[clear] >> year4 >> ((ows >> lit(',') >> ows) | ws) >> month_word >>
                             eps[set_form(form::month)];
// "this September", "last sept", "early June", "June"
auto const bare_month = eps[clear] >> -mod_word >> -(rel_word[put(&texpr::has_year_rel, true)] >> ws) >>
                        month_word >> eps[set_form(form::month)];
// "2015/3", "2015-03"
// ("2011-12" stays a year and the season after it: two digits after an
// unspaced hyphen must start with 0.)
// "2015-12", "2016- 11": a month 10..12 below the year's last two digits
// ("2011-12" and "2021-22" are ranges of years).
auto const month_below_year = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  const unsigned m = x3::_attr(ctx);
  if (m < 10 || m > 12 || static_cast<int>(m) >= t.year % 100) {
    x3::_pass(ctx) = false;
  } else {
    t.month = m;
  }
};
auto const year_month = eps[clear] >> year4 >>
                        ((lit('-') >> ows >> uint2[month_below_year]) |
                         ((ws >> (lit('/') | lit('-')) >> ows) | (lit('/') >> ows)) >> uint12[month_in_range] |
                         ((lit('-') >> ows) | (lit('/') >> ows)) >>
                             ((lit('0') >> x3::uint_parser<unsigned, 10, 1, 1>{}[month_in_range]) |
                              x3::uint_parser<unsigned, 10, 1, 1>{}[month_in_range])) >>
                        nd >> we >> !(lit('/') | lit('-')) >> eps[set_form(form::month)];
// "11/2016", "11 - 2016"
auto const numeric_month = eps[clear] >> uint12[month_in_range] >> nd >> ows >>
                           (lit('/') | lit('-')) >> ows >> year4 >> eps[set_form(form::month)];
// "January-September 2023", "January to September"
auto const month_span = eps[clear] >> month_word >>
                        (dash | (ws >> (lit("to") | "through" | "until" | "till") >> ws)) >>
                        month_names[set(&texpr::month2)] >> we >> -lit('.') >> -of_year >>
                        eps[set_form(form::month_span)];
// "FY2022", "CY2023" (calendar year): one char set, not two literals
// (this prefix is tried at every year).
auto const fy_cy = x3::char_("fc") >> lit('y');
// "2021", "fiscal 2022", "fiscal year 2022", "FY2022", "the year 2020", "mid-2023"
auto const fiscal = (lit("fiscal") | "calendar" | "financial") >> ws >> -(lit("year") >> ws);
auto const year = eps[clear] >> -mod_word >>
                  -(fiscal | (fy_cy >> ows) | (-the >> lit("year") >> ws)) >>
                  year4 >> eps[set_form(form::year)];
auto const fy_short = eps[clear] >> fy_cy >> ows >> uint2[short_year] >> nd >> we >>
                      eps[set_form(form::year)];
// "the 1990s", "the early 2000s", "the '90s"
auto const decade_check = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  const unsigned y = x3::_attr(ctx);
  if (y < 1000 || y > 2990 || y % 10 != 0) {
    x3::_pass(ctx) = false;
  } else {
    t.part = y;
  }
};
auto const decade_short = [](auto& ctx) {
  const unsigned y = x3::_attr(ctx);
  if (y % 10 != 0) {
    x3::_pass(ctx) = false;
  } else {
    x3::_val(ctx).part = 1900 + y;  // "the '90s"
  }
};
auto const decade = eps[clear] >> -the >> -mod_word >>
                    (uint4[decade_check] | (-lit('\'') >> uint2[decade_short])) >> -lit('\'') >> lit('s') >> we >>
                    eps[set_form(form::decade)];
// "the 21st century", "15th century"
auto const century = eps[clear] >> -the >> -mod_word >>
                     ((uint12[set(&texpr::part)] >> nd >> ord_suffix) | ordinal_words[set(&texpr::part)]) >>
                     (ws | dash) >> lit("century") >> we >> eps[set_form(form::century)];
// Quarters and halves. "Of the year" leaves the year to the tense, as a
// part without a year: "the fourth quarter of the year" told in the past
// in February is last year's.
auto const of_part_year = ((ows >> lit(',') >> ows) | ws) >> -((lit("of") | lit("in")) >> ws) >>
                          (year_ref | (lit("the") >> ws >> lit("year") >> we));
x3::uint_parser<unsigned, 10, 1, 1> const digit1{};
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
auto const year_after_code = (ows >> -(lit("of") >> ws) >> year4) | (ws >> -(lit("of") >> ws) >> year_rel) |
                             (-lit('\'') >> uint2[short_year] >> nd >> we) | eps;
// "q1 2023", "q3 this year", "1q23", "2016 q3", "2016q3", "the first quarter of 2016"
auto const quarter =
    eps[clear] >>
    ((lit('q') >> digit1[part_check(4)] >> we >> -(ows >> lit('-') >> ows >> &year4) >> year_after_code) |
     (digit1[part_check(4)] >> lit('q') >> ((ows >> year4) | (uint2[short_year] >> nd >> we))) |
     (uint4[year_in_range] >> nd >> (lit('-') | ows) >> lit('q') >> digit1[part_check(4)] >> we) |
     (-the >> (ordinal_words[part_check(4)] | (digit1[part_check(4)] >> ord_suffix)) >> (ws | dash) >>
      lit("quarter") >> we >> -of_part_year) |
     (year4 >> ws >> -the >> ordinal_words[part_check(4)] >> ws >> lit("quarter") >> we)) >>
    eps[set_form(form::quarter)];
auto const half =
    eps[clear] >>
    ((lit('h') >> digit1[part_check(2)] >> we >> year_after_code) |
     (digit1[part_check(2)] >> lit('h') >> ((ows >> year4) | (uint2[short_year] >> nd >> we))) |
     (uint4[year_in_range] >> nd >> (lit('-') | ows) >> lit('h') >> digit1[part_check(2)] >> we) |
     (-the >> ordinal_words[part_check(2)] >> (ws | dash) >> lit("half") >> we >> -of_part_year)) >>
    eps[set_form(form::half)];
// "summer 2016", "this summer", "the fall of 2022", "winter"
auto const season = eps[clear] >> -(the | (rel_word[put(&texpr::has_year_rel, true)] >> ws)) >>
                    -mod_word >> season_names[set(&texpr::part)] >> we >> -of_year >>
                    eps[set_form(form::season)];
// "the first ten months of 2023", "the first 9 months of the year"
auto const first_months = eps[clear] >> -the >> lit("first") >> ws >>
                          (cardinal_words[set(&texpr::part)] | uint12[set(&texpr::part)]) >> ws >>
                          lit("months") >> we >>
                          -(ws >> lit("of") >> ws >> (year4 | year_rel | the_year)) >>
                          eps[set_form(form::first_months)];
// "year-to-date", "so far this year", "earlier this year"
// "EOY", "end of month" are handled by mod_rel; "eoy" alone here.
auto const to_date = eps[clear] >>
                     (((lit("year") >> ws_or_dash >> lit("to") >> ws_or_dash >> lit("date")) | lit("ytd") |
                       (lit("so far this year")))[put(&texpr::u, unit::year)] |
                      (lit("month") >> dash >> lit("to") >> dash >> lit("date"))[put(&texpr::u, unit::month)] |
                      (lit("earlier")[put(&texpr::rel, -1)] >> ws >> (lit("this") | (lit("in") >> ws >> lit("the"))) >> ws >>
                       (lit("year")[put(&texpr::u, unit::year)] | lit("month")[put(&texpr::u, unit::month)] |
                        lit("week")[put(&texpr::u, unit::week)]))) >>
                     we >> eps[set_form(form::to_date)];
// "the rest of the year", "later this year"
auto const unit_ywm = lit("year")[put(&texpr::u, unit::year)] | lit("month")[put(&texpr::u, unit::month)] |
                      lit("week")[put(&texpr::u, unit::week)];
auto const rest_of = eps[clear] >>
                     ((-the >> lit("rest") >> ws >> -(lit("of") >> ws) >>
                       -((lit("the") | "this" | "my" | "current") >> ws) >> unit_ywm) |
                      (lit("later") >> ws >> (lit("this") | (lit("in") >> ws >> lit("the"))) >> ws >> unit_ywm)) >>
                     we >> eps[set_form(form::rest_of)];
// "late this month", "the end of the year", "early next year"
auto const mod_rel = eps[clear] >> mod_word >>
                     ((rel_word >> ws >> unit_ywm) | (-(lit("the") >> ws) >> unit_ywm)[put(&texpr::year_rel, 0)]) >>
                     we >> eps[put(&texpr::rel, 0)] >> eps[set_form(form::rel_unit)];

// The period a week, a month or a part is counted in: "of July", "of this
// month", "of 2015", "of next year", "of the year".
auto const in_period = ws >> -((lit("of") | lit("in")) >> ws) >>
                       ((month_word >> -(((ows >> lit(',') >> ows) | ws) >> year4)) |
                        (rel_word >> ws >> lit("month") >> we >> eps[rel_to_month]) | year4 | year_rel | the_year_ref |
                        year_words);
// "the third week of this month", "the last week of July", "first week of 2015"
auto const nth_week = eps[clear] >> -the >>
                      (ordinal_words[part_check(5)] | (uint12[part_check(5)] >> nd >> ord_suffix) |
                       lit("last")[put(&texpr::part, 9)]) >>
                      ws >> lit("week") >> we >> in_period >> eps[set_form(form::nth_week)];
// "the week of April 10th", "the week starting February 4", "w/c Feb 4"
auto const week_of = eps[clear] >>
                     ((-the >> lit("week") >> ws >>
                       (lit("of") | lit("commencing") | ((lit("starting") | lit("beginning")) >> -(ws >> lit("on"))))) |
                      lit("w/c")) >>
                     (ws | lit('.')) >> -(lit("the") >> ws) >> month_word >> (ws | lit('.') | eps) >>
                     uint12[day_in_range] >> nd >> -ord_suffix >> we >>
                     -(((ows >> lit(',') >> ows) | ws) >> year4) >> eps[set_form(form::week_of)];
// "the week of the 18th": the day in the month the tense points to
auto const week_of_day = &x3::char_("tw") >> eps[clear] >> -the >> lit("week") >> ws >> lit("of") >> ws >> lit("the") >> ws >>
                         uint12[day_in_range] >> nd >> ord_suffix >> we >> !(ws >> lit("of")) >>
                         eps[set_form(form::week_of)];
// "week 31", "week 3 of 2027", "week 27 of last year"
auto const iso_week = eps[clear] >> lit("week") >> ws >> uint12[part_check(53)] >> nd >> we >>
                      -(ws >> lit("of") >> ws >> (year4 | year_rel)) >> eps[set_form(form::iso_week)];
// "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last year"
auto const part_unit = (lit("days") | lit("day"))[put(&texpr::u, unit::day)] |
                       (lit("weeks") | lit("week"))[put(&texpr::u, unit::week)] |
                       (lit("months") | lit("month"))[put(&texpr::u, unit::month)];
auto const part_of = eps[clear] >> -the >> (lit("first")[put(&texpr::rel, 1)] | lit("last")[put(&texpr::rel, -1)]) >>
                     ws >> (cardinal_words[set(&texpr::part)] | uint12[set(&texpr::part)]) >> ws >> part_unit >> we >>
                     in_period >> eps[set_form(form::part_of)];
// "the third month of 2021", "the 9th month of next year"
auto const nth_month = eps[clear] >> -the >> (ordinal_words[month_in_range] | (uint12[month_in_range] >> nd >> ord_suffix)) >>
                       ws >> lit("month") >> we >> ws >> lit("of") >> ws >> (year4 | year_rel | the_year_ref) >>
                       eps[set_form(form::month)];

}  // namespace period_detail

period_type const period = "period";
auto const period_def = period_detail::quarter | period_detail::half | period_detail::month_span |
                        period_detail::month_year | period_detail::numeric_month | period_detail::year_month |
                        period_detail::decade | period_detail::century |
                        period_detail::first_months | period_detail::to_date |
                        period_detail::rest_of | period_detail::mod_rel | period_detail::season |
                        period_detail::fy_short | period_detail::year_then_month | period_detail::year |
                        period_detail::bare_month | period_detail::nth_week | period_detail::week_of |
                        period_detail::iso_week | period_detail::part_of | period_detail::nth_month |
                        period_detail::week_of_day;
BOOST_SPIRIT_DEFINE(period)

}  // namespace claimcheck::grammar::temporal
