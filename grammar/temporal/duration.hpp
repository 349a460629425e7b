// Rule group: durations ("19 years", "three decades", "six months", "a
// fortnight", "two and a half hours", "more than an hour", "all day").
#pragma once

#include "grammar/config.hpp"
#include "grammar/temporal/ast.hpp"

namespace claimcheck::grammar::temporal {

struct duration_class;
using duration_type = x3::rule<duration_class, ast::texpr>;
BOOST_SPIRIT_DECLARE(duration_type)

[[nodiscard]] duration_type const& duration_rule();

}  // namespace claimcheck::grammar::temporal
