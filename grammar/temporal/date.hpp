// Rule group: calendar days ("October 28, 2022", "28 October 2022",
// "2022-10-28", "28.10.2022", "Friday, October 27, 2022", "September 14").
#pragma once

#include "grammar/config.hpp"
#include "grammar/temporal/ast.hpp"

namespace claimcheck::grammar::temporal {

struct date_class;
using date_type = x3::rule<date_class, ast::texpr>;
BOOST_SPIRIT_DECLARE(date_type)

[[nodiscard]] date_type const& date_rule();

}  // namespace claimcheck::grammar::temporal
