// Sentence-level assembly of claim assembly: values (level, change, fold,
// share, target, record), events, anniversaries and ranks, with the state
// carried from sentence to sentence. Internal to grammar/claims.
#pragma once

#include <date/date.h>

#include <optional>
#include <string>
#include <vector>

#include "engine/model/fact.hpp"
#include "grammar/claims/context.hpp"
#include "grammar/claims/entities.hpp"

namespace claimcheck::grammar::claims {

struct article_state {
  article_profile profile;
  std::optional<date::sys_days> published;
  std::size_t sentence_index = 0;
  // The text has the letters of "anniversary" or "anniversaries" somewhere:
  // else no sentence has to be searched for them.
  bool anniversary_words = true;
  // The period the last sentences spoke of ("In 2022, ... . Exports rose
  // ..."), and where it was stated.
  std::optional<engine::period> carried_period;
  std::size_t carried_period_at = 0;
  // The first period a sentence spoke of: the story's own.
  std::optional<engine::period> main_period;
  std::string carried_entity;
  std::string carried_entity_metric;
  std::size_t carried_entity_at = 0;
  std::string carried_metric;
  std::size_t carried_metric_at = 0;
  // The last output of a commodity spoken of ("copper_production"), which
  // a bare "output" or "production" after it means.
  std::string carried_production;
  std::size_t carried_production_at = 0;
  // The period of the last plan or forecast stated with its own period
  // ("Budget revenues for 2025 are projected at ..."): the period of the
  // next ones that name none.
  std::optional<engine::period> carried_target;
  std::size_t carried_target_at = 0;
  // The direction of a change that ended the last sentence ("Industry grew
  // by 6.8%;"), for list items that leave the verb out ("construction by
  // 8.6%;").
  int last_change_dir = 0;
  std::size_t last_change_at = 0;
  // The last balance spoken of (trade deficit, current account, budget
  // deficit), which a bare "the deficit" after it means.
  std::string balance_metric;
  std::size_t balance_at = 0;
  // The last year-long period spoken of (a calendar or fiscal year), which
  // "in the year" means after a month in between.
  std::optional<engine::period> year_period;
  std::size_t year_period_at = 0;
  // The last event stated for a day (an election, a visit) and its
  // entity: the day of its turnout, seats and signed deals.
  std::optional<engine::period> event_day;
  std::string event_entity;
  std::size_t event_at = 0;
};

// Appends the facts of one sentence.
void assemble_sentence(const sentence_view& v, const lexicon& lex, article_state& st,
                       std::vector<engine::fact>& out);

// Helpers shared by the sentence assemblers (values.cpp, events.cpp), defined
// in value_reading.cpp and value_periods.cpp.
struct time_choice {
  const located_mention* lm = nullptr;
  engine::period when;
  bool carried = false;
  bool found = false;
};

enum class time_role { normal, since, by, anniversary, other };

[[nodiscard]] time_role role_of(const sentence_view& v, const located_mention& lm);
// A span that runs up to the day of publication ("in the past 30 years"):
// the time a change or fold took, not the period of a value.
[[nodiscard]] bool is_lookback(const engine::period& p, std::optional<date::sys_days> published);
[[nodiscard]] std::string collapse_spaces(std::string_view s);
// A fact with the fields every kind shares filled in from the sentence.
[[nodiscard]] engine::fact base_fact(const sentence_view& v, engine::fact_kind kind,
                                     std::size_t first, std::size_t last);

// The normalised head phrase of the subject of the verb before a value at
// token `value_first` ("the number of Chinese students rose to 3,000" gives
// "students"; "Construction of the plant lasted" gives "construction").
// Empty when there is none.
[[nodiscard]] std::string head_phrase(const sentence_view& v, std::size_t cb,
                                      std::size_t value_first);
[[nodiscard]] bool is_duration_verb(std::string_view w);

// Events, anniversaries, ranks and durations of one sentence.
void assemble_events(const sentence_view& v, const lexicon& lex, article_state& st,
                     std::vector<engine::fact>& out);

}  // namespace claimcheck::grammar::claims
