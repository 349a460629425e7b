// Turning the syntax tree into the checked program (names, arity, units).
// Internal to rules/lang/.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "rules/lang/ast.hpp"
#include "rules/lang/config.hpp"
#include "rules/program.hpp"

namespace claimcheck::rules::lang::detail {

// Throws claimcheck::error (rules) at the node that is wrong.
[[nodiscard]] program::rule_file compile(const ast::file& tree, const error_handler_type& positions,
                                         std::string_view name, std::string_view text,
                                         std::map<std::string, double, std::less<>>& settings);

}  // namespace claimcheck::rules::lang::detail
