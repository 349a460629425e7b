// Definition of the relative rule group (see relative.hpp). Text is lower
// case; every alternative clears the record first.
#pragma once

#include "grammar/temporal/counts.hpp"
#include "grammar/temporal/lexicon.hpp"
#include "grammar/temporal/relative.hpp"

namespace claimcheck::grammar::temporal {

namespace relative_detail {

using namespace lex;  // NOLINT: rule definitions read better unqualified
using ast::form;
using ast::unit;
using x3::eps;
using x3::lit;

auto const the = lit("the") >> ws;
auto const tomorrow = lit("tomorrow") | lit("tmrw");
// "yesterday", "the day after tomorrow"
auto const rel_day =
    eps[clear] >>
    ((-the >> lit("day") >> ws >> lit("before") >> ws >> lit("yesterday"))[put(&texpr::rel, -2)] |
     (-the >> lit("day") >> ws >> lit("after") >> ws >> tomorrow)[put(&texpr::rel, 2)] |
     lit("yesterday")[put(&texpr::rel, -1)] | lit("today")[put(&texpr::rel, 0)] |
     tomorrow[put(&texpr::rel, 1)]) >>
    we >> eps[set_form(form::rel_day)];
// "this week", "last year", "the previous month", "next quarter", "this decade"
// "this working week", "next workweek": Monday to Friday.
auto const work_week = (lit("working") >> ws >> lit("week")) | lit("workweek");
auto const unit_name = (work_week[put(&texpr::u, unit::week)] >> eps[put(&texpr::business, true)]) |
                       lit("weekend")[put(&texpr::u, unit::weekend)] | lit("week")[put(&texpr::u, unit::week)] |
                       lit("month")[put(&texpr::u, unit::month)] | lit("quarter")[put(&texpr::u, unit::quarter)] |
                       lit("year")[put(&texpr::u, unit::year)] | lit("decade")[put(&texpr::u, unit::decade)];
// "the week after next", "the year after next"
auto const after_next = eps[clear] >> the >> unit_name >> ws >> lit("after") >> ws >> -the >> lit("next") >> we >>
                        eps[put(&texpr::year_rel, 2)] >> eps[set_form(form::rel_unit)];
auto const rel_unit = eps[clear] >> rel_word >> ws >> -((lit("fiscal") | lit("calendar") | lit("financial")) >> ws) >>
                      unit_name >> we >> eps[set_form(form::rel_unit)];
// "Friday", "next Friday", "Friday next week", "this week Friday"
auto const week_rel = rel_word >> ws >> lit("week") >> we;
auto const weekday =
    eps[clear] >>
    // "this past Wednesday", "this upcoming Friday": the nearest one that way.
    (((((lit("this past") | lit("past"))[put(&texpr::rel, -1)] |
        (lit("this upcoming") | lit("this coming") | lit("upcoming"))[put(&texpr::rel, 1)]) >>
       ws >> full_weekday_names[set(&texpr::weekday)] >> we >> eps[put(&texpr::year_rel, ast::kRelNone)]) |
      (rel_word >> ws >> full_weekday_names[set(&texpr::weekday)] >> we) |
      (week_rel >> ws >> -(lit("on") >> ws) >> full_weekday_names[set(&texpr::weekday)] >> we) |
      (full_weekday_names[set(&texpr::weekday)] >> we >> ws >> -(lit("of") >> ws) >> week_rel) |
      (full_weekday_names[set(&texpr::weekday)] >> we)[put(&texpr::year_rel, ast::kRelNone)])) >>
    eps[set_form(form::weekday)];
// "two years ago", "a year earlier", "2 years 21 days later", "two weeks from now"
auto const shift = eps[clear] >> counts >> ws >>
                   ((lit("ago") | lit("earlier"))[put(&texpr::rel, -1)] |
                    (lit("later") | (lit("from") >> ws >> lit("now")) | lit("hence"))[put(&texpr::rel, 1)]) >>
                   we >> eps[set_form(form::shift)];
// "the past 30 years", "past few days", "the last three decades", "the past year"
auto const span_back = eps[clear] >> -the >>
                       ((lit("past") | lit("last") | lit("previous")) >> ws >> counts) >>
                       eps[set_form(form::span_back)];
auto const span_back_one =
    eps[clear] >> -the >> lit("past") >> ws >>
    (lit("year")[put(&texpr::years, 1)] | lit("month")[put(&texpr::months, 1)] |
     (lit("quarter")[put(&texpr::months, 3)] >> eps[put(&texpr::u, unit::quarter)]) |
     lit("week")[put(&texpr::weeks, 1)] | lit("decade")[put(&texpr::years, 10)] |
     lit("day")[put(&texpr::days, 1)]) >>
    we >> eps[set_form(form::span_back)];
// "the next three months", "next 2 days"
auto const span_fwd = eps[clear] >> -the >> (lit("next") | lit("coming") | lit("following")) >> ws >>
                      counts >> eps[set_form(form::span_fwd)];

// "two days from tomorrow", "two days before yesterday", "two days after today"
auto const base_day = (lit("today") | lit("now"))[put(&texpr::base_days, 0)] |
                      tomorrow[put(&texpr::base_days, 1)] | lit("yesterday")[put(&texpr::base_days, -1)];
auto const shift_from = eps[clear] >> counts >> ws >>
                        ((lit("from") | lit("after"))[put(&texpr::rel, 1)] | lit("before")[put(&texpr::rel, -1)]) >>
                        ws >> base_day >> we >> eps[set_form(form::shift)];
// "the next day", "last day", "past day" (not "the last day of the talks")
auto const year_rel_to_rel = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  t.rel = t.year_rel;
  t.year_rel = 0;
};
auto const rel_day_word = eps[clear] >> (rel_word | (-the >> lit("past"))[put(&texpr::year_rel, -1)]) >> ws >>
                          lit("day") >> we >> !(ws >> lit("of")) >> eps[year_rel_to_rel] >>
                          eps[set_form(form::rel_day)];

// "5 upcoming years", "the 10 previous weeks", "2 next days"
auto const counted_rel = eps[clear] >> -the >> amount >> ws >>
                         ((lit("upcoming") | lit("next") | lit("coming") | lit("following"))[put(&texpr::rel, 1)] |
                          (lit("past") | lit("previous") | lit("last"))[put(&texpr::rel, -1)]) >>
                         ws >> unit_words[add_unit] >> we >> eps[([](auto& ctx) {
                           texpr& t = x3::_val(ctx);
                           t.f = t.rel > 0 ? form::span_fwd : form::span_back;
                         })];

// "two Sundays from now", "two Monday later"
auto const weekday_count = eps[clear] >> (cardinal_words[set(&texpr::part)] | uint12[set(&texpr::part)]) >> ws >>
                           full_weekday_names[set(&texpr::weekday)] >> -lit('s') >> we >> ws >>
                           ((lit("from") >> ws >> lit("now")) | lit("later")) >> we >>
                           eps[set_form(form::weekday_count)];

}  // namespace relative_detail

relative_type const relative = "relative";
auto const relative_def = relative_detail::rel_day | relative_detail::shift_from | relative_detail::shift |
                          relative_detail::rel_day_word | relative_detail::counted_rel |
                          relative_detail::weekday_count | relative_detail::after_next |
                          relative_detail::span_back | relative_detail::span_fwd |
                          relative_detail::span_back_one | relative_detail::weekday |
                          relative_detail::rel_unit;
BOOST_SPIRIT_DEFINE(relative)

}  // namespace claimcheck::grammar::temporal
