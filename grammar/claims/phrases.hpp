// Phrases of real news that claim assembly reads around a value: the
// base of a comparison a month or a year back ("a year earlier"), "in the
// year", "for the full year", "year-end", goods carried, a second verb of
// one subject, deals signed. Word-level, on the tokens of one sentence.
// Internal to grammar/claims.
#pragma once

#include <optional>
#include <string_view>

#include "engine/model/period.hpp"
#include "grammar/claims/context.hpp"

namespace claimcheck::grammar::claims {

// "a year earlier", "two months ago", "a quarter before": months back; 0
// when the words are not so.
[[nodiscard]] int months_back(std::string_view text);
// The period `months` before `p` (years of any period; months of a month,
// quarters of a quarter); nullopt otherwise.
[[nodiscard]] std::optional<engine::period> shift_back(const engine::period& p, int months);
// Word patterns in tokens [b, e) (or [from, to)) of a sentence.
[[nodiscard]] bool full_year_words(const sentence_view& v, std::size_t b, std::size_t e);
[[nodiscard]] bool full_year_before(const sentence_view& v, std::size_t b, std::size_t e);
[[nodiscard]] bool carried_goods(const sentence_view& v, std::size_t cb, std::size_t value_first);
[[nodiscard]] bool year_end_words(const sentence_view& v, std::size_t b, std::size_t e);
[[nodiscard]] bool the_year_words(const sentence_view& v, std::size_t b, std::size_t e);
[[nodiscard]] bool signed_words(const sentence_view& v, std::size_t b, std::size_t e);
[[nodiscard]] bool coordinated(const sentence_view& v, std::size_t from, std::size_t to);

}  // namespace claimcheck::grammar::claims
