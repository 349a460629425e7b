// The parts the value assembler of values.cpp is built from, shared by
// value_reading.cpp, value_periods.cpp, value_metrics.cpp and
// value_ranks.cpp. Internal to grammar/claims: nothing outside includes it.
#pragma once

#include <date/date.h>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "engine/model/fact.hpp"
#include "grammar/claims/context.hpp"
#include "grammar/claims/entities.hpp"
#include "grammar/claims/values.hpp"

namespace claimcheck::grammar::claims::detail {

// Words around a value (value_reading.cpp).
[[nodiscard]] bool is_value_type(mention_type t);
[[nodiscard]] bool compatible(unit_kind metric, unit_kind value);
[[nodiscard]] bool in_attribution(const sentence_view& v, std::size_t first, std::size_t last);
[[nodiscard]] bool is_bilateral(std::string_view key);
[[nodiscard]] bool is_directional(std::string_view key);
[[nodiscard]] bool is_np_noise(std::string_view w);
[[nodiscard]] bool is_time_word(std::string_view w);
[[nodiscard]] bool is_measure_word(std::string_view w);
[[nodiscard]] bool is_preposition(std::string_view w);

struct value_reading {
  engine::fact_kind kind = engine::fact_kind::level;
  int direction = 0;
  bool skip = false;
  // "rose 2.88%, compared with a forecast of 2.6%": the forecast of the
  // value before, for its period.
  bool expected_of_previous = false;
};

// How the words before and after a value read it.
[[nodiscard]] value_reading read_value(const sentence_view& v, const located_mention& lm,
                                       std::size_t cb, std::size_t ce, bool metric_is_percent);

// The time of a value (value_periods.cpp).
[[nodiscard]] bool is_from_period(const sentence_view& v, const located_mention& t);
[[nodiscard]] time_choice pick_time(const sentence_view& v, const located_mention& lm,
                                    std::size_t cb, std::size_t ce, bool want_by, bool allow_span,
                                    std::optional<date::sys_days> published);
[[nodiscard]] bool year_end_mention(std::string_view text, const mention& m);
[[nodiscard]] int year_of(date::sys_days d);
[[nodiscard]] std::optional<engine::period> comparison_base(
    const sentence_view& v, std::size_t b, std::size_t e, std::optional<date::sys_days> published);
[[nodiscard]] bool is_from_value(const sentence_view& v, const located_mention& lm);
// A value that is the forecast of the claim before it ("the 0.8% median
// forecast"): 1; an earlier estimate of it ("the initial estimate of
// 0.2%"): 2; else 0.
[[nodiscard]] int estimate_of_previous(const sentence_view& v, const located_mention& lm);
// "7.5 billion pounds above the forecast", "more than expected": the gap
// to a forecast, no claim of its own.
[[nodiscard]] bool gap_to_forecast(const sentence_view& v, const located_mention& lm);
[[nodiscard]] bool is_present(const sentence_view& v, std::size_t b, std::size_t e);

// The metric of a value (value_metrics.cpp).
struct metric_pick {
  const hit* h = nullptr;
  bool near = false;  // inside, right after, or before the value in its clause
};

[[nodiscard]] metric_pick pick_metric(const sentence_view& v, const lexicon& lex,
                                      const located_mention& lm, std::size_t cb, std::size_t ce,
                                      unit_kind vk);
[[nodiscard]] std::string normal_basis(std::string_view b);
[[nodiscard]] bool is_entity(const hit& h, const lexicon& lex);
[[nodiscard]] std::string_view commodity(std::string_view w);
[[nodiscard]] std::string_view flow_of(std::string_view w);
[[nodiscard]] std::string commodity_metric(const sentence_view& v, const located_mention& lm,
                                           std::size_t cb, const std::string& key,
                                           const hit* metric);
[[nodiscard]] bool is_share_verb(std::string_view w);
[[nodiscard]] entity_choice share_entity(const sentence_view& v, const lexicon& lex,
                                         const located_mention& lm, std::size_t cb,
                                         std::size_t ce, const std::string& default_owner);
[[nodiscard]] std::string share_metric(const sentence_view& v, const lexicon& lex,
                                       const located_mention& lm, std::size_t cb,
                                       const std::string& fallback_whole, bool entity_part);
[[nodiscard]] std::string part_of_total(const sentence_view& v, const lexicon& lex,
                                        const located_mention& lm);
[[nodiscard]] bool number_of_words(const sentence_view& v, std::size_t b, std::size_t e);

// Ranks and conjuncts (value_ranks.cpp).
[[nodiscard]] std::size_t gapped_start(const sentence_view& v, std::size_t from, std::size_t to);

struct rank_value {
  std::string ranked;  // the country ranked
  std::string metric;  // the flow the rank is of
  std::string owner;   // the country whose rank it is, when named
  bool inflow = false;  // the ranked sends the flow ("investor", "supplier")
  bool pair = false;    // a relation ("trading partner")
};

[[nodiscard]] rank_value rank_with(const sentence_view& v, const lexicon& lex, std::size_t value,
                                   std::size_t cb);
[[nodiscard]] std::string member_pair(const article_state& st, const std::string& total,
                                      const std::string& member);
[[nodiscard]] std::size_t region_anaphor(const sentence_view& v, std::size_t from, std::size_t to,
                                         std::size_t members);

}  // namespace claimcheck::grammar::claims::detail
