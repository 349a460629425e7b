// The tense of the sentence around a temporal mention, from its cues:
// "will", "'ll", "is set to", "next", "upcoming" say future; "was", "said",
// "ago", "last" and past-tense verbs say past. Used to place a year-less
// date ("on November 20") and a bare weekday ("on Friday").
#pragma once

#include <cstddef>
#include <string_view>

namespace claimcheck::grammar::temporal {

// -1 past, +1 future, 0 no cue. Looks back from `start` to the sentence's
// start (nearest cue wins), then forward from `end` to its end.
[[nodiscard]] int sentence_tense(std::string_view text, std::size_t start, std::size_t end);

}  // namespace claimcheck::grammar::temporal
