// Hand-written readings of the most common temporal forms of news ("2021",
// "in 2021", "September 2022", "October 28, 2022", "Oct. 28, 2022", "28
// October 2022", "2022-10-28", a bare weekday): each gives exactly the
// record (ast::texpr) and end that the X3 rule groups give, or nothing, in
// which case the caller runs X3. A reading is given only when what follows
// it cannot continue any X3 rule (a comma before a month name, "2016 Q3",
// "2021's" all fall back), so the X3 grammar stays the definition;
// tests/grammar/temporal_fast_test.cpp checks the two against each other.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/mention.hpp"
#include "grammar/temporal/ast.hpp"

namespace claimcheck::grammar::temporal {

struct core_reading {
  ast::texpr t;
  std::size_t end = 0;  // in the buffer
};

// The fast reading at buf[at]; buf is lower case (as match.cpp prepares it).
[[nodiscard]] std::optional<core_reading> fast_core(std::string_view buf, std::size_t at);

// The whole mention at text[pos] when a fast reading starts there, built as
// match.cpp builds it from the X3 reading (resolved, with its tense and its
// bounds: "2018 or later"); else nullopt and the caller takes the X3 path.
// `pos` passed the candidate test.
[[nodiscard]] std::optional<mention> fast_mention(std::string_view text, std::size_t pos,
                                                  const scan_options& opts);

// True when no temporal mention can start at text[pos] although the word
// test of match.cpp lets it through: a count ("two", "45,123", "12.3")
// right after the word, or the word itself, is followed by no unit or time
// word ("between the two countries", "about 300 billion", "up 12.3
// percent"), or "the" and an ordinal are ("the fifth round").
[[nodiscard]] bool fast_reject(std::string_view text, std::size_t pos);

// True when text[pos] starts "the" and the reading from there is one that
// match.cpp drops at "the" because the mention starts at the next word
// ("the past 11 years", "the same month"): no mention starts at pos.
[[nodiscard]] bool fast_the_dropped(std::string_view text, std::size_t pos);

// For tests: the X3 reading (longest of the rule groups) alone, with no
// fast path (defined in match.cpp).
[[nodiscard]] std::optional<core_reading> x3_core(std::string_view buf, std::size_t at);

// For tests: whether the scanner uses the fast paths (default true). Not
// meant to be switched while another thread scans.
void set_fast_paths(bool on);
[[nodiscard]] bool fast_paths();

}  // namespace claimcheck::grammar::temporal
