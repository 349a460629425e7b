// The value assembler of one sentence (values.cpp, value_claim.cpp,
// value_emit.cpp): the state kept from value to value of the sentence and,
// per value mention, the steps that make its facts, in the order value()
// takes them. Internal to grammar/claims.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/model/fact.hpp"
#include "grammar/claims/value_parts.hpp"

namespace claimcheck::grammar::claims {

struct value_assembler {
  value_assembler(const sentence_view& view, const lexicon& lexicon_, article_state& state,
                  std::vector<engine::fact>& facts);

  // The facts of one value mention (values.cpp).
  void value(const located_mention& lm);
  // "rose from $3.5 billion in 2023 to $4.4 billion in 2024": the earlier
  // figures stated before their claim, at their own period.
  void deferred_values();
  // "unchanged from September": the level just stated, at that period.
  void unchanged_values();
  // What the next sentences inherit: period, entity, metric, change.
  void carry();

  // The steps of value(). Those returning bool return false when the value
  // is done (no claim, or handled).
  bool read_mention(const located_mention& lm);
  [[nodiscard]] engine::period same_period_of(const located_mention& own,
                                             const engine::period& claim) const;
  void earlier_value(const located_mention& lm, const mention& mv);
  bool partner_value(const located_mention& lm, const mention& m);
  bool part_level(const located_mention& lm, const mention& m);
  // value_news.cpp: the readings of real news the steps above lack.
  // ", or 30.6% of the total", "the 0.8% median forecast", "the initial
  // estimate of 0.2%": the claim before restated. False when it was one.
  bool restated_value(const located_mention& lm, const mention& m, const mention& mv);
  // "revised down to 2.2% from 2.9%", "eased to 3.9% from 4.0%": an
  // earlier figure with no period of its own. False when it was one.
  bool earlier_estimate(const located_mention& lm, const mention& m, const mention& mv,
                        engine::fact f);
  // A reading for a value the words left unread (a forecast's second
  // period, "Growth ... was 2.2%", a signed table cell).
  void reread(const located_mention& lm, const mention& m, const mention& mv);
  // A named enterprise's revenue, the output or inflow spoken of.
  void news_metric();
  // Spans to a month, the year to date, a month's end.
  void news_span();
  // A standing target as of publication; a rate dated by another value.
  void news_now(const located_mention& lm);
  // value_claim.cpp
  bool choose_metric(const located_mention& lm, const mention& m, const mention& mv);
  void gapped_metric(const located_mention& lm);
  void flow_words(const located_mention& lm);
  bool choose_entity_of(const located_mention& lm);
  void region_entity(const located_mention& lm);
  bool default_entity(const located_mention& lm);
  // value_emit.cpp
  bool choose_period(const located_mention& lm);
  void stated_period(const located_mention& lm);
  bool since_words(const located_mention& lm);
  void implied_period(const located_mention& lm);
  bool settle_period(bool since);
  [[nodiscard]] std::pair<std::size_t, std::size_t> claim_span(const located_mention& lm) const;
  void rank_flow(const located_mention& lm);
  void emit(const located_mention& lm, const mention& m, const mention& mv, std::size_t first,
            std::size_t last);
  void change_basis(engine::fact& f, const mention& m);
  void fold_basis(engine::fact& f, const located_mention& lm);
  void bounds_and_cues(engine::fact& f, const located_mention& lm, const mention& m);
  // (f is moved into out: no copy of a fact on the way.)
  void push_value(engine::fact& f, const located_mention& lm);

  // The sentence says "year" (the phrase tests need it): one pass, when
  // first asked.
  bool year_word();
  // The sentence says "the government", "the country", ... (the same).
  bool home_words();

  const sentence_view& v;
  const lexicon& lex;
  article_state& st;
  std::vector<engine::fact>& out;

  // From value to value of the sentence.
  std::size_t facts_before = 0;
  std::string last_entity;
  std::optional<engine::period> sentence_period;
  const engine::fact* previous = nullptr;  // the last value fact of this sentence
  std::size_t previous_index = 0;
  std::size_t previous_last = 0;   // the token after its value
  std::size_t previous_first = 0;  // its value's first token
  std::size_t total_at = static_cast<std::size_t>(-1);  // "64 of the 150 seats": the 150
  std::vector<const located_mention*> deferred_from;     // a "from" value before its claim
  int year_seen = -1;
  int home_seen = -1;
  bool ranked_inflow = false;  // it was "the largest investor, with $X"
  int previous_dir = 0;
  int previous_read_dir = 0;  // the direction its words read, when a target
  const hit* reused_hit = nullptr;  // its metric words and the key they gave
  std::string reused_key;
  bool reused_unlisted = false;
  std::string last_metric;
  std::string default_owner;

  // The claim of the value at hand (value() empties them).
  std::size_t cb = 0;  // its clause [cb, ce)
  std::size_t ce = 0;
  mention frac;                  // a fraction read as a share ("half of")
  bool points = false;           // ... or as points ("a quarter of a percentage point")
  bool named_after = false;      // the metric's words are the value's own
  bool standing = false;         // "the ECB's 2% target"
  const mention* mp_m = nullptr;  // the mention read: the value's, or frac
  bool pct = false;
  unit_kind vk = unit_kind::any;
  detail::metric_pick mp;
  bool reused_from_previous = false;
  const hit* metric = nullptr;
  std::string family_key;  // "the deficit" after "the trade deficit"
  detail::value_reading r;
  std::size_t gap = std::string_view::npos;
  std::string metric_key;
  bool unlisted = false;
  std::string flow_partner;  // "sales to Japan": JPN
  std::string flow_owner;    // "Russian deliveries to China": RUS
  entity_choice ent;
  int tense = 0;
  bool target = false;
  time_choice tc;
};

}  // namespace claimcheck::grammar::claims
