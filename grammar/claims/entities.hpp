// Entities of claims: which country, pair of countries, region or
// organisation a value is about (see DESIGN.md: ISO 3166-1 alpha-3, a
// bilateral pair sorted and joined with '+'; a directed flow "KAZ>CHN" is
// Kazakhstan's metric with partner China). Internal to grammar/claims.
#pragma once

#include <string>
#include <vector>

#include "grammar/claims/context.hpp"

namespace claimcheck::grammar::claims {

// What the whole article is about: its two most named countries (the pair
// that "mutual trade" and "the two countries" mean) and its most named one.
struct article_profile {
  std::string pair;     // "CHN+KAZ", or "" when no second country stands out
  std::string country;  // "KAZ", or ""
  // The first region the article names ("central_asia") and how many
  // members it has: "the five countries", "the region" point back at it.
  std::string region;
  std::size_t region_members = 0;
  std::vector<std::string> members;  // its countries ("KAZ", ...)
};

[[nodiscard]] article_profile profile_article(std::span<const sentence_view> views,
                                              const lexicon& lex);

// The entity key of a lexicon hit that can be an entity ("KAZ",
// "central_asia", "sco"), or "" for other hits.
[[nodiscard]] std::string entity_key(const hit& h, const lexicon& lex);
// The same as a view of the lexicon's string (no copy).
[[nodiscard]] std::string_view entity_key_view(const hit& h, const lexicon& lex);

// Sorted pair key: "CHN+KAZ".
[[nodiscard]] std::string pair_key(std::string a, std::string b);

struct entity_choice {
  std::string key;
  std::size_t first = 0;  // tokens that named it (for the source span)
  std::size_t last = 0;
  bool found = false;
};

// The entity of a value at token `value_tok` in clause [cb, ce) whose metric
// hit is `metric` (nullptr when none). `directional`: the metric is a flow
// with an owner and a partner (exports, imports, investment).
// `bilateral`: the metric is about a relation (trade). `default_owner`: the
// entity the text spoke of last, the owner of a flow named only by its
// partner ("imports from Russia").
[[nodiscard]] entity_choice choose_entity(const sentence_view& v, const lexicon& lex,
                                          const hit* metric, std::size_t value_tok,
                                          std::size_t cb, std::size_t ce, bool directional,
                                          bool bilateral, const article_profile& profile,
                                          const std::string& default_owner = {});

}  // namespace claimcheck::grammar::claims
