// Rule group: rare calendar-day forms ("Friday 7/6", "10/1-11/7", "the 15th
// day of next month", "Christmas 2020", "last Easter"). Asked only when
// the cheap test may_be_extra passes, so that ordinary candidates do not
// pay for them.
#pragma once

#include <string_view>

#include "grammar/config.hpp"
#include "grammar/temporal/ast.hpp"

namespace claimcheck::grammar::temporal {

struct extra_class;
using extra_type = x3::rule<extra_class, ast::texpr>;
BOOST_SPIRIT_DECLARE(extra_type)

[[nodiscard]] extra_type const& extra_rule();

// Whether an extra form may start at buf[at] (lower-case text): a digit
// with a slash in the next bytes, " day of " in the next words, a weekday
// before a digit, or a holiday word among the first three words.
[[nodiscard]] bool may_be_extra(std::string_view buf, std::size_t at);

// Whether a year in words may start at buf[at]: "nineteen ...", "twenty
// ...", "two thousand", "one thousand".
[[nodiscard]] bool may_be_year_words(std::string_view buf, std::size_t at);

}  // namespace claimcheck::grammar::temporal
