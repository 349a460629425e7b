// Definition of the duration rule group (see duration.hpp). Text is lower
// case; every alternative clears the record first.
#pragma once

#include "grammar/temporal/counts.hpp"
#include "grammar/temporal/duration.hpp"
#include "grammar/temporal/lexicon.hpp"

namespace claimcheck::grammar::temporal {

namespace duration_detail {

using namespace lex;  // NOLINT: rule definitions read better unqualified
using ast::form;
using ast::unit;
using x3::eps;
using x3::lit;

// "more than", "less than", "about" before the count.
// ("over 3 years" is not a bound: "rose 20% over 3 years" means during.)
auto const qualifier = ((lit("more than") | lit("at least"))[put(&texpr::qual, 1)] |
                        (lit("less than") | lit("nearly") | lit("almost") |
                         lit("up to"))[put(&texpr::qual, -1)] |
                        (lit("about") | lit("around") | lit("roughly") | lit("some"))[put(&texpr::qual, 2)]) >>
                       ws;
auto const counted = eps[clear] >> -qualifier >> clock_counts >> eps[set_form(form::duration)];
// "all day", "full-year", "whole week"
auto const whole = eps[clear] >> (lit("all") | lit("full") | lit("whole")) >> (ws | lit('-')) >>
                   (lit("day")[put(&texpr::days, 1)] | lit("week")[put(&texpr::weeks, 1)] |
                    lit("month")[put(&texpr::months, 1)] | lit("year")[put(&texpr::years, 1)]) >>
                   we >> eps[set_form(form::duration)];
auto const set_units = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  if (t.days > 0) t.u = unit::day;
  if (t.weeks > 0) t.u = unit::week;
  if (t.months > 0) t.u = unit::month;
  if (t.years > 0) t.u = unit::year;
};

}  // namespace duration_detail

duration_type const duration = "duration";
auto const duration_def = duration_detail::counted | (duration_detail::whole >> x3::eps[duration_detail::set_units]);
BOOST_SPIRIT_DEFINE(duration)

}  // namespace claimcheck::grammar::temporal
