// Definitions of the numeral rule group (see numeral.hpp). Only numeral.cpp
// includes this file. Character tests are explicit ASCII ranges, safe on
// every byte value.
#pragma once

#include "grammar/numeric/numeral.hpp"

namespace claimcheck::grammar::numeric {

namespace numeral_detail {

const auto digit = x3::char_('0', '9');
// A thousands separator: comma, space, no-break space, narrow no-break space.
const auto group_sep = x3::lit(',') | x3::lit(' ') | x3::lit("\xC2\xA0") | x3::lit("\xE2\x80\xAF");
const auto group = group_sep >> x3::repeat(3)[digit] >> !digit;
// Indian grouping: "12,34,567" (pairs, then a final group of three).
const auto indian = x3::repeat(1, 2)[digit] >> +(',' >> x3::repeat(2)[digit] >> &x3::lit(',')) >>
                    ',' >> x3::repeat(3)[digit] >> !digit;
// A decimal comma: "1,3", "5,00" (one or two digits, not a list "22,24,26").
const auto decimal_comma = +digit >> ',' >> x3::repeat(1, 2)[digit] >> !digit >> !(',' >> digit);
const auto integer_part = indian | (x3::repeat(1, 3)[digit] >> +group) | decimal_comma | +digit;
const auto fraction_part = '.' >> +digit;
const auto exponent = (x3::lit('e') | x3::lit('E')) >> -(x3::lit('+') | x3::lit('-')) >> +digit;

}  // namespace numeral_detail

const numeral_type numeral_rule = "numeral";

const auto numeral_rule_def =
    ((numeral_detail::integer_part >> -numeral_detail::fraction_part) |
     numeral_detail::fraction_part) >>
    -numeral_detail::exponent;

BOOST_SPIRIT_DEFINE(numeral_rule)

numeral_type const& numeral() { return numeral_rule; }

}  // namespace claimcheck::grammar::numeric
