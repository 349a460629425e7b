// Fusion adaptation of the rules syntax tree, for the X3 grammar only.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "rules/lang/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::number_lit, value, unit)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::name_ref, name, call, args)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::signed_, sign, operand_)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::operation, op, operand_)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::expression, first, rest)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::comparison, lhs, op, rhs)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::period_offset, sign, count, unit)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::slot_arg, head, inner, offset)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::slot, name, mode, kind, args, before)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::match_clause, keyword, slots)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::when_clause, keyword, conditions)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::expect_clause, keyword, check)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::derive_clause, keyword, target, value)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::report_clause, keyword, values)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::severity_item, outcome, level)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::severity_clause, keyword, items)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::kind_clause, keyword, kind)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::rule_decl, id, description, clauses)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::rules::ast::setting_decl, name, value)
