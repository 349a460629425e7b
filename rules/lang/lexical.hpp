// Lexical pieces shared by the rule groups of the rules language: keywords,
// identifiers, quoted strings. Plain parser objects, not rules, so sharing
// them needs no instantiation.
#pragma once

#include <boost/spirit/home/x3.hpp>
#include <string>

namespace claimcheck::rules::lang::lexical {

namespace x3 = boost::spirit::x3;

inline const auto word_char = x3::ascii::alnum | x3::ascii::char_('_');

// A keyword as a whole word: `rule` but not `rules`.
inline auto kw(const char* s) { return x3::lexeme[x3::lit(s) >> !word_char]; }
// The same, keeping the keyword as the attribute.
inline auto kw_string(const char* s) {
  return x3::rule<struct kw_string_class, std::string>{"keyword"} =
             x3::lexeme[x3::string(s) >> !word_char];
}

inline const auto keyword = x3::lexeme[(x3::lit("set") | "rule" | "match" | "when" | "expect" |
                                        "derive" | "report" | "severity" | "kind" | "latest" | "all" |
                                        "before" | "and") >>
                                       !word_char];

// Any word, keyword or not (severity outcomes, kinds).
// Rules with a string attribute, so that sequences see one element.
inline const auto word = x3::rule<struct word_class, std::string>{"word"} =
    x3::lexeme[(x3::ascii::alpha | x3::ascii::char_('_')) >> *word_char];
// A name: a word that is not a keyword.
inline const auto identifier = x3::rule<struct identifier_class, std::string>{"name"} =
    !keyword >> word;

// "text" without escapes; the attribute drops the quotes.
// Any byte but the quote or a line end: x3::standard::char_ does no
// classification, so UTF-8 text passes.
inline const auto quoted = x3::rule<struct quoted_class, std::string>{"quoted text"} =
    x3::lexeme['"' >> *(x3::standard::char_ - '"' - x3::eol) >> '"'];
// The same, keeping the quotes (to tell a literal from a variable later).
inline const auto quoted_raw = x3::rule<struct quoted_raw_class, std::string>{"quoted text"} =
    x3::raw[quoted];

}  // namespace claimcheck::rules::lang::lexical
