// Binding a rule's slots to facts: variables over entity, metric, basis and
// period, period arithmetic (p - 1y, begin(p)), `latest` and `before`. The
// matcher only asks its lookup for the facts of one entity and metric at a
// time, so checking new facts never scans the history.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/fact.hpp"
#include "rules/eval/value.hpp"
#include "rules/program.hpp"

namespace claimcheck::rules::eval {

// A few named values, looked up by a linear scan: a rule has a handful of
// variables, and bindings are copied often. Keys view the program's names.
template <typename V>
class small_map {
 public:
  using value_type = std::pair<std::string_view, V>;
  using const_iterator = typename std::vector<value_type>::const_iterator;
  [[nodiscard]] const_iterator find(std::string_view k) const {
    return std::find_if(items_.begin(), items_.end(), [&](const auto& x) { return x.first == k; });
  }
  [[nodiscard]] const_iterator end() const { return items_.end(); }
  [[nodiscard]] std::size_t count(std::string_view k) const { return find(k) == end() ? 0 : 1; }
  void emplace(std::string_view k, V v) {
    if (find(k) == end()) items_.emplace_back(k, std::move(v));
  }

 private:
  std::vector<value_type> items_;
};

// Variable values of one binding.
struct environment {
  small_map<std::string> terms;  // entity, metric, basis variables
  small_map<engine::period> periods;
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
