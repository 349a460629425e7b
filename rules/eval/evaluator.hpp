// Running compiled rules over new facts against a history: triggers, slot
// matching, expect / derive / report, and the bounded fixpoint over derived
// facts. Used by rule_set::evaluate.
#pragma once

#include <span>
#include <vector>

#include "rules/program.hpp"
#include "rules/rules.hpp"

namespace claimcheck::rules::eval {

struct trigger_ref {
  std::size_t rule;
  std::size_t slot;
};

// For each fact kind, the (rule, slot) pairs a new fact of that kind can
// fill. Built once per rule set.
using trigger_index = std::vector<std::vector<trigger_ref>>;

[[nodiscard]] trigger_index index_triggers(const std::vector<program::rule>& rules);

// Derive rounds: facts derived in round n trigger rules in round n + 1, at
// most `max_rounds` times.
[[nodiscard]] evaluation run(const std::vector<program::rule>& rules, const trigger_index& index,
                             std::span<const engine::fact> new_facts, const fact_source& history,
                             int max_rounds);

}  // namespace claimcheck::rules::eval
