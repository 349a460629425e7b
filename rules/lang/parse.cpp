// The one phrase_parse call of the rules language, and the located error
// messages every rules error is written with.
#include "rules/lang/parse.hpp"

#include <algorithm>

#include "engine/model/error.hpp"
#include "rules/lang/compile.hpp"
#include "rules/lang/config.hpp"
#include "rules/lang/file.hpp"

namespace claimcheck::rules::lang {

std::string located_message(std::string_view text, std::size_t offset, std::string_view what) {
  offset = std::min(offset, text.size());
  std::size_t begin = 0;
  if (offset > 0) {
    const std::size_t nl = text.rfind('\n', offset - 1);
    if (nl != std::string_view::npos) begin = nl + 1;
  }
  std::size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(begin), '\n');
  const std::size_t col = offset - begin + 1;
  std::string msg = std::to_string(line) + ":" + std::to_string(col) + ": " + std::string(what);
  msg += "\n  ";
  msg += text.substr(begin, end - begin);
  msg += "\n  ";
  for (std::size_t i = begin; i < offset; ++i) msg += text[i] == '\t' ? '\t' : ' ';
  msg += '^';
  return msg;
}

program::rule_file parse_rules(std::string_view name, std::string_view text,
                               std::map<std::string, double, std::less<>>& settings) {
  iterator_type first = text.begin();
  const iterator_type last = text.end();
  error_handler_type handler(first, last);
  ast::file tree;
  const auto parser = x3::with<x3::error_handler_tag>(std::ref(handler))[file()];
  const bool ok = x3::phrase_parse(first, last, parser, skipper, tree);
  if (!ok || first != last) {
    std::size_t at = static_cast<std::size_t>(first - text.begin());
    std::string what = "syntax error";
    if (handler.error()) {
      at = static_cast<std::size_t>(handler.error()->first - text.begin());
      const std::string& which = handler.error()->second;
      what = which == "eoi" ? "expected `set`, `rule` or a clause (match, when, expect, derive, "
                              "report, severity, kind)"
                            : "expected " + which;
    }
    throw error(error_code::rules, std::string(name), located_message(text, at, what));
  }
  return detail::compile(tree, handler, name, text, settings);
}

}  // namespace claimcheck::rules::lang
