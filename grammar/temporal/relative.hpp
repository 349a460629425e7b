// Rule group: expressions relative to the publication date: "yesterday",
// "last week", "next year", "the previous year", "Friday", "next Friday",
// "two years ago", "a year earlier", "the past 30 years", "the next three
// months".
#pragma once

#include "grammar/config.hpp"
#include "grammar/temporal/ast.hpp"

namespace claimcheck::grammar::temporal {

struct relative_class;
using relative_type = x3::rule<relative_class, ast::texpr>;
BOOST_SPIRIT_DECLARE(relative_type)

[[nodiscard]] relative_type const& relative_rule();

}  // namespace claimcheck::grammar::temporal
