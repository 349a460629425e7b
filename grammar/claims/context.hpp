// The per-sentence view that claim assembly works on: tokens, lexicon hits,
// mentions, clauses, and the cue words (change, record, target, hedge,
// negation, attribution) found in them. Internal to grammar/claims.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/claims/lexicon.hpp"
#include "grammar/claims/text.hpp"
#include "grammar/claims/tokens.hpp"
#include "grammar/mention.hpp"

namespace claimcheck::grammar::claims {

struct hit {
  std::size_t first = 0;  // tokens [first, last)
  std::size_t last = 0;
  category cat = category::metric;
  std::uint32_t id = 0;
};

struct located_mention {
  const mention* m = nullptr;
  std::size_t first = 0;  // tokens [first, last) covered
  std::size_t last = 0;
};

struct sentence_view {
  std::string_view text;  // the whole normalised text
  sentence s;
  token_list tl;
  std::vector<hit> hits;
  std::vector<located_mention> mentions;
  std::vector<std::size_t> clause_starts;  // token indices, first is 0
  // Tokens [attr_first, attr_last) are an attribution phrase ("according to
  // official statistics"); its entities are not the claim's.
  std::size_t attr_first = 0;
  std::size_t attr_last = 0;
  std::string attribution;
  // Tokens [0, dateline_end) are a dateline ("ASTANA, March 20 (Kazinform)
  // --"): its place and date are not the claim's.
  std::size_t dateline_end = 0;
  // No mention and no word that states a fact without one (a rank, an
  // anniversary): assembly passes the sentence by, so build_view leaves its
  // clauses and attribution unfound (most sentences of news state no fact).
  bool quiet = false;
  // The first rank word's token (is_rank_word), or the token count: found
  // by build_view in its pass over the tokens.
  std::size_t rank_at = 0;
  // The first "anniversary" or "anniversaries" token, or the token count
  // (also when the text has not the letters: then none is looked for).
  std::size_t anniversary_at = 0;

  // Token i is in the attribution or the dateline.
  [[nodiscard]] bool excluded(std::size_t i) const {
    return i < dateline_end || (i >= attr_first && i < attr_last);
  }

  // The sentence with runs of white space as one space (computed once).
  mutable std::string collapsed;
  // Per token, the cue bits of cue_bits (computed on first use: most
  // sentences state no fact and never ask).
  mutable std::vector<std::uint8_t> cues_;
  // Per mention, its time_role (values.hpp; 0xFF: not known yet).
  mutable std::vector<std::uint8_t> roles_;

  // Empties the view for another sentence, keeping the capacity of its
  // containers (assemble() reuses views across articles). Every member
  // above is reset here.
  void reset(std::string_view t, const sentence& sen) {
    text = t;
    s = sen;
    tl.lower.clear();
    tl.tokens.clear();
    hits.clear();
    mentions.clear();
    clause_starts.clear();
    attr_first = 0;
    attr_last = 0;
    attribution.clear();
    dateline_end = 0;
    quiet = false;
    rank_at = 0;
    anniversary_at = 0;
    collapsed.clear();
    cues_.clear();
    roles_.clear();
  }

  [[nodiscard]] const std::vector<token>& toks() const { return tl.tokens; }
  [[nodiscard]] std::string_view word(std::size_t i) const {
    return i < tl.tokens.size() ? tl.tokens[i].low : std::string_view{};
  }
  // The first token whose start is at or after `offset`.
  [[nodiscard]] std::size_t token_at(std::size_t offset) const;
  // Clause [begin, end) of token i.
  [[nodiscard]] std::pair<std::size_t, std::size_t> clause_of(std::size_t i) const;
  [[nodiscard]] std::string_view slice(std::size_t first, std::size_t last) const;
};

// A word that may open a rank: "largest", "biggest", "top", "leading",
// "main", "major" (and "no.", which no token is). A length and first-letter
// test before the compares: one or two tests for most words.
[[nodiscard]] inline bool is_rank_word(std::string_view w) {
  const std::size_t len = w.size();
  if (len > 7 || ((0xB8u >> len) & 1u) == 0) return false;  // lengths 3, 4, 5, 7
  const char c = w[0];
  if (c != 't' && c != 'n' && c != 'm' && c != 'l' && c != 'b') return false;
  return w == "top" || w == "no." || w == "main" || w == "major" || w == "largest" ||
         w == "biggest" || w == "leading";
}

// Cue bits of a token (sentence_view::cues()).
enum cue_bit : std::uint8_t {
  cue_future = 1,   // is_future_at: "will", "is expected to", "plans to", "to be held"
  cue_past = 2,     // a past form that tense_of reads ("was", "grew", "said")
  cue_ed = 4,       // an "-ed" word that is a past form unless it opens the range
  cue_hedge = 8,    // is_hedge
  cue_negation = 16 // is_negation
};
// The cue bits of every token of v (one entry per token).
[[nodiscard]] const std::vector<std::uint8_t>& cues(const sentence_view& v);

// Builds the view: tokens, lexicon hits, mentions mapped to tokens, clause
// starts and the attribution (these two not for a quiet sentence).
// `lower`: lower_ascii(v.text), shared by the sentences of a text, or empty.
// `anniversary_words`: the text has the letters of "anniversar" somewhere.
void build_view(sentence_view& v, const lexicon& lex, std::span<const mention> mentions,
                std::string_view lower = {}, bool anniversary_words = true);

// The sentence has a word from which assembly makes a fact with no mention
// in it: a rank word ("largest"), or "anniversary" when the text has it
// (events.cpp, beside the assemblers that read them).
[[nodiscard]] bool has_fact_words(const sentence_view& v, bool anniversary_words);

// Word classes used by assembly.
[[nodiscard]] int change_direction(std::string_view w);  // +1 "grew", -1 "fell", 0
[[nodiscard]] bool is_level_verb(std::string_view w);    // "reached", "totaled"
[[nodiscard]] bool is_filler(std::string_view w);        // "a", "record", "high"
[[nodiscard]] bool is_record_word(std::string_view w);
[[nodiscard]] bool is_negation(std::string_view w);
[[nodiscard]] bool is_hedge(std::string_view w);

// Tense of tokens [b, e): +1 future, -1 past, 0 unknown.
[[nodiscard]] int tense_of(const sentence_view& v, std::size_t b, std::size_t e);
// Basis words in tokens [b, e): "yoy", "mom", "qoq", or "".
[[nodiscard]] std::string basis_words(const sentence_view& v, std::size_t b, std::size_t e);
// A target or forecast cue in tokens [b, e) ("expected to", "aims", "plan").
[[nodiscard]] bool has_target_cue(const sentence_view& v, std::size_t b, std::size_t e);
// A record cue in tokens [b, e): "record", "all-time high", "30-year high".
[[nodiscard]] bool has_record_cue(const sentence_view& v, std::size_t b, std::size_t e);

}  // namespace claimcheck::grammar::claims
