// Binding a rule's slots to facts: variables over entity, metric, basis and
// period, period arithmetic (p - 1y, begin(p)), `latest` and `before`. The
// matcher only asks its lookup for the facts of one entity and metric at a
// time, so checking new facts never scans the history.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/model/fact.hpp"
#include "rules/eval/value.hpp"
#include "rules/program.hpp"

namespace claimcheck::rules::eval {

// Variable values of one binding.
struct environment {
  std::map<std::string, std::string, std::less<>> terms;  // entity, metric, basis variables
  std::map<std::string, engine::period, std::less<>> periods;
};

// Every fact (history and new) with this entity and metric.
using lookup_fn =
    std::function<const std::vector<const engine::fact*>&(const std::string&, const std::string&)>;

// One complete binding: a fact or nullptr (missing) per slot.
struct binding {
  bound facts;
  environment env;
};

// The period a slot stands for under env, when its variable is bound.
[[nodiscard]] std::optional<engine::period> slot_period(const program::slot& s,
                                                        const environment& env);
// The entity or metric of a slot under env, when known.
[[nodiscard]] std::optional<std::string> slot_term(const program::term& t, const environment& env);

// Calls `visit` with every binding of the rule in which slot `trigger` holds
// fact `f`. Slots with no matching fact are nullptr.
void match(const program::rule& r, std::size_t trigger, const engine::fact& f,
           const lookup_fn& lookup, const std::function<void(const binding&)>& visit);

}  // namespace claimcheck::rules::eval
