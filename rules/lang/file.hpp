// The file group of the rules language: `set` declarations and rules with
// their clauses. The top rule; the only one with an error handler.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include "rules/lang/ast.hpp"

namespace claimcheck::rules::lang {

namespace x3 = boost::spirit::x3;

struct file_class;
using file_type = x3::rule<file_class, ast::file>;

BOOST_SPIRIT_DECLARE(file_type)

const file_type& file();

}  // namespace claimcheck::rules::lang
