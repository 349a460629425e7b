// The single-pass scanner (grammar/scan.cpp) asks each mention grammar, at
// each candidate position, whether a mention starts there. Each grammar
// group implements its hook in its own translation unit.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "grammar/mention.hpp"

namespace claimcheck::grammar::detail {

// A numeric mention (number, money, percent, quantity, fold, ordinal)
// starting exactly at text[pos], or nullopt. `pos` is at a word start.
[[nodiscard]] std::optional<mention> match_numeric(std::string_view text, std::size_t pos,
                                                   const scan_options& opts);

// A temporal mention (date, period, duration) starting exactly at
// text[pos], or nullopt. `pos` is at a word start.
[[nodiscard]] std::optional<mention> match_temporal(std::string_view text, std::size_t pos,
                                                    const scan_options& opts);

}  // namespace claimcheck::grammar::detail
