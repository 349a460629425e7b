// Rule group: periods longer than a day stated on the calendar: months
// ("September 2022"), years ("2021", "fiscal 2022"), decades ("the 1990s"),
// centuries, quarters ("Q1 2023", "1Q23", "the first quarter"), halves,
// seasons, "the first ten months of 2023", "January-September",
// early/mid/late and "the end of", year-to-date and "the rest of".
#pragma once

#include "grammar/config.hpp"
#include "grammar/temporal/ast.hpp"

namespace claimcheck::grammar::temporal {

struct period_class;
using period_type = x3::rule<period_class, ast::texpr>;
BOOST_SPIRIT_DECLARE(period_type)

[[nodiscard]] period_type const& period_rule();

}  // namespace claimcheck::grammar::temporal
