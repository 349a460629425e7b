// The one iterator, skipper and context every X3 rule group of the rules
// language is instantiated with (STYLE.md "X3 split"), and the handler that
// keeps node positions for error messages after the parse.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/utility/error_reporting.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::rules::lang {

namespace x3 = boost::spirit::x3;

using iterator_type = std::string_view::const_iterator;

// Whitespace and `#` comments to the end of the line. ASCII classes (the
// default ones are undefined on bytes >= 0x80); comments may hold any byte.
inline const auto skipper =
    x3::ascii::space | (x3::lit('#') >> *(x3::standard::char_ - x3::eol));
using skipper_type = std::remove_cv_t<decltype(skipper)>;

// Remembers where every annotated node starts, and the first syntax error.
class error_handler_type {
 public:
  error_handler_type(iterator_type first, iterator_type last)
      : first_(first), positions_(first, last) {}

  template <typename Ast>
  void tag(Ast& ast, iterator_type first, iterator_type last) {
    positions_.annotate(ast, first, last);
  }
  void fail(iterator_type where, std::string what) {
    if (!error_) error_ = std::pair{where, std::move(what)};
  }
  // Byte offset of a node; 0 when it was not annotated.
  [[nodiscard]] std::size_t offset(const x3::position_tagged& node) const {
    if (node.id_first < 0) return 0;
    return static_cast<std::size_t>(positions_.position_of(node).begin() - first_);
  }
  [[nodiscard]] const std::optional<std::pair<iterator_type, std::string>>& error() const {
    return error_;
  }

 private:
  iterator_type first_;
  x3::position_cache<std::vector<iterator_type>> positions_;
  std::optional<std::pair<iterator_type, std::string>> error_;
};

using phrase_context_type = x3::phrase_parse_context<skipper_type>::type;
using context_type = x3::context<x3::error_handler_tag, std::reference_wrapper<error_handler_type>,
                                 phrase_context_type>;

}  // namespace claimcheck::rules::lang
