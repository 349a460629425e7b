// Counted units shared by the relative and duration groups: "19 years",
// "three decades", "a fortnight", "1 month 21 days", "two and a half
// hours". Included only by *_def.hpp files.
#pragma once

#include "grammar/temporal/lexicon.hpp"

namespace claimcheck::grammar::temporal::lex {

inline x3::real_parser<double, count_policies> const count_number{};

inline auto const add_half = [](auto& ctx) { x3::_val(ctx).amount += 0.5; };
inline auto const half_last_unit = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  add_amount(t, t.u, 0.5);
};
inline auto const add_quarter = [](auto& ctx) { x3::_val(ctx).amount += 0.25; };
inline auto const quarter_last_unit = [](auto& ctx) {
  texpr& t = x3::_val(ctx);
  add_amount(t, t.u, 0.25);
};
// The count before a unit: "3.5", "three", "a", "two and a half", "half a".
inline auto const amount =
    ((count_number[set(&texpr::amount)] >> nd) | (cardinal_words[set(&texpr::amount)] >> we) |
     ((x3::lit("another") | x3::lit("an") | x3::lit("a")) >> we)[put(&texpr::amount, 1)]) >>
        -(ws >> x3::lit("and") >> ws >> -(x3::lit("a") >> ws) >>
          (x3::lit("half")[add_half] | x3::lit("quarter")[add_quarter]) >> we) |
    (x3::lit("half") >> -(ws >> (x3::lit("an") | x3::lit("a"))))[put(&texpr::amount, 0.5)];
// A count and its calendar unit, with a following "and a half".
inline auto const business = -((x3::lit("business") >> ws >> &unit_words)[put(&texpr::business, true)]);
// Not "a year-on-year rise", "a 19-year-old".
inline auto const no_compound = !(x3::lit('-') >> x3::char_('a', 'z'));
// The word end is checked before the unit is added: an action is not undone
// when the parser backtracks ("6 months and 3 weeksover" must not add weeks).
// "one year and a quarter": a quarter of the last unit (not "and a quarter"
// of a year as a separate count).
inline auto const count_unit = amount >> (ws | x3::lit('-') | x3::eps) >> business >>
                               (unit_words >> we >> no_compound)[add_unit] >>
                               -(ws >> x3::lit("and") >> ws >> -(x3::lit("a") >> ws) >>
                                 (x3::lit("half")[half_last_unit] | x3::lit("quarter")[quarter_last_unit]) >> we);
inline auto const clock_count_unit =
    amount >> (ws | x3::lit('-') | x3::eps) >> business >>
    ((unit_words >> we >> no_compound)[add_unit] |
     (clock_unit_words >> we >> no_compound)[add_unit]) >>
    -(ws >> x3::lit("and") >> ws >> -(x3::lit("a") >> ws) >>
      (x3::lit("half")[half_last_unit] | x3::lit("quarter")[quarter_last_unit]) >> we);
// Parts of one compound duration are joined by blanks, "and" or a comma
// before digits ("1 month, 21 days"), so that a list ("19 years, three
// decades") stays several mentions.
inline auto const count_join = (x3::lit(',') >> ows >> -(x3::lit("and") >> ws) >> &x3::char_('0', '9')) |
                               (ws >> x3::lit("and") >> ws) | ws;
// "1 year 1 month 21 days", "1 month, 21 days"
inline auto const counts = count_unit >> *(count_join >> count_unit);
inline auto const clock_counts = clock_count_unit >> *(count_join >> clock_count_unit);

}  // namespace claimcheck::grammar::temporal::lex
