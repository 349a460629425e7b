// Reading a rules file: parse (X3) and check (names, arity, units) into the
// compiled program::rule_file. No Boost in this header.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "rules/program.hpp"

namespace claimcheck::rules::lang {

// Parses and checks one file. `settings` holds the values of settings
// declared by files loaded earlier (a rule may name them); the file's own
// `set` declarations are added as they are met. Throws claimcheck::error
// (error_code::rules, origin `name`) whose message is "line:col: problem"
// followed by the source line and a caret under the problem.
[[nodiscard]] program::rule_file parse_rules(std::string_view name, std::string_view text,
                                             std::map<std::string, double, std::less<>>& settings);

// The message of a rules error at a byte offset of `text`: "line:col: what",
// the line, and a caret under the column.
[[nodiscard]] std::string located_message(std::string_view text, std::size_t offset,
                                          std::string_view what);

}  // namespace claimcheck::rules::lang
