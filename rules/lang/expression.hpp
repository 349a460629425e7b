// The expression group of the rules language: arithmetic over slot values,
// numbers with units and calls, and comparisons of two expressions.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "rules/lang/ast.hpp"

namespace claimcheck::rules::lang {

namespace x3 = boost::spirit::x3;

struct expression_class;
struct comparison_class;
using expression_type = x3::rule<expression_class, ast::expression>;
using comparison_type = x3::rule<comparison_class, ast::comparison>;

BOOST_SPIRIT_DECLARE(expression_type, comparison_type)

const expression_type& expression();
const comparison_type& comparison();

}  // namespace claimcheck::rules::lang
