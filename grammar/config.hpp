// The one iterator and the contexts every X3 rule group is instantiated
// with (STYLE.md "X3 split"). Rules must be parsed with exactly these types
// or linking fails with "undefined reference to parse_rule".
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string_view>

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

using iterator_type = std::string_view::const_iterator;

// Mention rules run with x3::parse at a candidate position: no skipper,
// whitespace is explicit in the rules (news text needs it: "3 to 5" vs "3-5").
using plain_context_type = x3::unused_type;

// Rules parsed with a skipper over ASCII space (never the default
// character classes: they assert on bytes >= 0x80).
using skipper_type = x3::ascii::space_type;
using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;

}  // namespace claimcheck::grammar
