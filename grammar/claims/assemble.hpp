// Claim assembly: from sentences and their mentions to typed facts (see
// DESIGN.md "Facts"). Internal to grammar/; parse_claims in parse_claims.cpp
// is the public entry. Tests call assemble() with hand-built mentions.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"
#include "grammar/claims/lexicon.hpp"
#include "grammar/claims/text.hpp"
#include "grammar/mention.hpp"

namespace claimcheck::grammar::claims {

struct assembly_input {
  const engine::article& article;
  std::string_view text;                // normalised article text
  std::span<const sentence> sentences;  // of `text`
  std::span<const mention> mentions;    // of `text`, in order
  const lexicon& lex;
};

// The facts of the text. Each fact's source.start/end are offsets into the
// normalised text (the claim's words: from the first of its period, entity,
// metric and value to the last), source.sentence the sentence; line,
// column, ids and the article are left to the caller.
[[nodiscard]] std::vector<engine::fact> assemble(const assembly_input& in);

}  // namespace claimcheck::grammar::claims
