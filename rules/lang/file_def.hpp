// Definitions of the file group (included only by file.cpp):
//
//   file     = { "set" name "=" number | rule }
//   rule     = "rule" name [ "description" ] { clause }
//   clause   = "match" slot { "," slot }
//            | "when" comparison { "and" comparison }
//            | "expect" comparison
//            | "derive" name "=" expression
//            | "report" expression { "," expression }
//            | "severity" outcome "=" level { "," outcome "=" level }
//            | "kind" finding-kind
//   slot     = name "=" [ "latest" | "all" ] kind "(" arg { "," arg } ")" [ "before" var ]
//   arg      = ( "literal" | var | fn "(" var ")" ) [ ("+"|"-") count ("y"|"m"|"d") ]
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

#include "rules/lang/ast.hpp"
#include "rules/lang/ast_adapted.hpp"
#include "rules/lang/expression.hpp"
#include "rules/lang/file.hpp"
#include "rules/lang/lexical.hpp"

namespace claimcheck::rules::lang {

namespace x3 = boost::spirit::x3;

// The top rule reports the first expectation failure to the handler and
// fails; parse.cpp turns that into a message with line, column and caret.
struct file_class {
  template <typename Iterator, typename Exception, typename Context>
  x3::error_handler_result on_error(Iterator&, const Iterator&, const Exception& x,
                                    const Context& context) {
    x3::get<x3::error_handler_tag>(context).get().fail(x.where(), x.which());
    return x3::error_handler_result::fail;
  }
};
struct setting_class : x3::annotate_on_success {};
struct rule_class : x3::annotate_on_success {};
struct item_class;
struct clause_class;
struct match_class : x3::annotate_on_success {};
struct when_class : x3::annotate_on_success {};
struct expect_class : x3::annotate_on_success {};
struct derive_class : x3::annotate_on_success {};
struct report_class : x3::annotate_on_success {};
struct severity_class : x3::annotate_on_success {};
struct severity_item_class : x3::annotate_on_success {};
struct kind_class : x3::annotate_on_success {};
struct slot_class : x3::annotate_on_success {};
struct slot_arg_class : x3::annotate_on_success {};
struct offset_class;

const file_type file_rule = "rules file";
const x3::rule<setting_class, ast::setting_decl> setting = "setting";
const x3::rule<rule_class, ast::rule_decl> rule = "rule";
const x3::rule<item_class, ast::item> item = "`set` or `rule`";
const x3::rule<clause_class, ast::clause> clause = "clause";
const x3::rule<match_class, ast::match_clause> match_clause = "match clause";
const x3::rule<when_class, ast::when_clause> when_clause = "when clause";
const x3::rule<expect_class, ast::expect_clause> expect_clause = "expect clause";
const x3::rule<derive_class, ast::derive_clause> derive_clause = "derive clause";
const x3::rule<report_class, ast::report_clause> report_clause = "report clause";
const x3::rule<severity_class, ast::severity_clause> severity_clause = "severity clause";
const x3::rule<severity_item_class, ast::severity_item> severity_item =
    "outcome = severity (e.g. contradiction = error)";
const x3::rule<kind_class, ast::kind_clause> kind_clause = "kind clause";
const x3::rule<slot_class, ast::slot> slot = "slot (name = kind(entity, metric, period))";
const x3::rule<slot_arg_class, ast::slot_arg> slot_arg = "argument";
const x3::rule<offset_class, ast::period_offset> offset = "period offset (e.g. - 1y)";

using lexical::identifier;
using lexical::kw;
using lexical::kw_string;
using lexical::word;

const auto file_rule_def = *item > x3::eoi;
const auto item_def = setting | rule;
const auto setting_def = kw("set") > identifier > '=' > x3::double_;
const auto rule_def = kw("rule") > identifier > -lexical::quoted > *clause;
const auto clause_def = match_clause | when_clause | expect_clause | derive_clause |
                        report_clause | severity_clause | kind_clause;
const auto match_clause_def = kw_string("match") > (slot % ',');
const auto when_clause_def = kw_string("when") > (comparison() % kw("and"));
const auto expect_clause_def = kw_string("expect") > comparison();
const auto derive_clause_def = kw_string("derive") > identifier > '=' > expression();
const auto report_clause_def = kw_string("report") > (expression() % ',');
const auto severity_clause_def = kw_string("severity") > (severity_item % ',');
const auto severity_item_def = word > '=' > word;
const auto kind_clause_def = kw_string("kind") > word;
const auto slot_def = identifier > '=' > -(kw_string("latest") | kw_string("all")) > identifier > '(' >
                      (slot_arg % ',') > ')' > -(kw("before") > identifier);
const auto slot_arg_def = (lexical::quoted_raw | identifier) >> -('(' > identifier > ')') >>
                          -offset;
const auto offset_def = x3::ascii::char_("+-") > x3::uint_ > x3::ascii::char_("ymd");

BOOST_SPIRIT_DEFINE(file_rule, setting, rule, item, clause, match_clause, when_clause,
                    expect_clause, derive_clause, report_clause, severity_clause, severity_item,
                    kind_clause, slot, slot_arg, offset)

}  // namespace claimcheck::rules::lang
