// Rule group "numeral": a number written in digits, as news writes it:
// "31.17", "1,234,567", "15 000", ".77", "1e10", "-127.32e13". The rule only
// recognises; convert.hpp turns the matched text into a value with
// std::from_chars (x3::double_ loses long mantissas and huge exponents).
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::grammar::numeric {

namespace x3 = boost::spirit::x3;

// Digits with optional thousands groups (",", a space, U+00A0 or U+202F
// before exactly three digits; Indian "12,34,567"), decimals (a point, or
// a comma before one or two final digits: "1,3"), and an exponent. No sign: signs
// are the caller's ("-", "+", U+2212, "minus"). Attribute: none; the caller
// takes the matched span.
struct numeral_class;
using numeral_type = x3::rule<numeral_class>;
BOOST_SPIRIT_DECLARE(numeral_type)
numeral_type const& numeral();

}  // namespace claimcheck::grammar::numeric
