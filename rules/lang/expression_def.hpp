// Definitions of the expression group (included only by expression.cpp).
// Precedence: unary minus, then * /, then + -, then one comparison.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

#include "rules/lang/ast.hpp"
#include "rules/lang/ast_adapted.hpp"
#include "rules/lang/expression.hpp"
#include "rules/lang/lexical.hpp"

namespace claimcheck::rules::lang {

namespace x3 = boost::spirit::x3;

struct expression_class : x3::annotate_on_success {};
struct comparison_class : x3::annotate_on_success {};
struct additive_class : x3::annotate_on_success {};
struct multiplicative_class : x3::annotate_on_success {};
struct add_op_class : x3::annotate_on_success {};
struct mul_op_class : x3::annotate_on_success {};
struct negated_class : x3::annotate_on_success {};
struct unary_class;
struct primary_class;
struct number_class : x3::annotate_on_success {};
struct call_class : x3::annotate_on_success {};
struct name_class : x3::annotate_on_success {};

const expression_type expression_rule = "expression";
const comparison_type comparison_rule = "comparison";
const x3::rule<additive_class, ast::expression> additive = "expression";
const x3::rule<multiplicative_class, ast::expression> multiplicative = "expression";
const x3::rule<add_op_class, ast::operation> add_op = "operand";
const x3::rule<mul_op_class, ast::operation> mul_op = "operand";
const x3::rule<negated_class, ast::signed_> negated = "operand";
const x3::rule<unary_class, ast::operand> unary = "operand";
const x3::rule<primary_class, ast::operand> primary = "operand";
const x3::rule<number_class, ast::number_lit> number = "number";
const x3::rule<call_class, ast::name_ref> call = "call";
const x3::rule<name_class, ast::name_ref> name = "name";

const auto unit = x3::lexeme[x3::string("%")] | lexical::identifier;
const auto cmp_op = x3::string("==") | x3::string("!=") | x3::string("<=") |
                    x3::string(">=") | x3::string("<") | x3::string(">");

const auto expression_rule_def = additive;
const auto additive_def = multiplicative >> *add_op;
const auto add_op_def = x3::ascii::char_("+-") > multiplicative;
const auto multiplicative_def = unary >> *mul_op;
const auto mul_op_def = x3::ascii::char_("*/") > unary;
const auto unary_def = primary | negated;
const auto negated_def = x3::ascii::char_('-') > unary;
const auto primary_def = call | name | number | ('(' > expression_rule > ')');
const auto number_def = x3::double_ >> -unit;
const auto call_def = lexical::identifier >> x3::attr(true) >> '(' >
                      -(expression_rule % ',') > ')';
const auto name_def =
    lexical::identifier >> x3::attr(false) >> x3::attr(std::vector<ast::expression>{});
const auto comparison_rule_def = expression_rule >> cmp_op > expression_rule;

BOOST_SPIRIT_DEFINE(expression_rule, comparison_rule, additive, add_op, multiplicative, mul_op,
                    unary, negated, primary, number, call, name)


}  // namespace claimcheck::rules::lang
