// Binding a rule's slots to facts: variables over entity, metric, basis and
// period, period arithmetic (p - 1y, begin(p)), `latest` and `before`. The
// matcher only asks its lookup for the facts of one entity and metric at a
// time, so checking new facts never scans the history; within a key, facts
// are indexed by first day, so a slot whose period is known reads only the
// facts of that period.
#pragma once

#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/model/fact.hpp"
#include "rules/eval/value.hpp"
#include "rules/program.hpp"

namespace claimcheck::rules::eval {

// A few named values, looked up by a linear scan and held inline: a rule
// has a handful of variables, and bindings are copied often (a copy
// allocates nothing up to N names). Keys view the program's names.
template <typename V, std::size_t N = 6>
class small_map {
 public:
  [[nodiscard]] const V* find(std::string_view k) const {
    for (std::size_t i = 0; i < n_; ++i) {
      if (inline_[i].first == k) return &inline_[i].second;
    }
    for (const auto& x : more_) {
      if (x.first == k) return &x.second;
    }
    return nullptr;
  }
  [[nodiscard]] bool contains(std::string_view k) const { return find(k) != nullptr; }
  void emplace(std::string_view k, V v) {
    if (contains(k)) return;
    if (n_ < N) {
      inline_[n_++] = {k, std::move(v)};
    } else {
      more_.emplace_back(k, std::move(v));
    }
  }

 private:
  std::array<std::pair<std::string_view, V>, N> inline_{};
  std::size_t n_ = 0;
  std::vector<std::pair<std::string_view, V>> more_;
};

// The value of a period variable: its days, and the stated period they are
// when the variable was bound to a fact's own period (for the label a
// derived fact carries; a shifted period is labelled by its days).
struct period_value {
  date::sys_days first{};
  date::sys_days last{};
  engine::grain g = engine::grain::day;
  const engine::period* stated = nullptr;
  // The period with its label, as a derived fact states it.
  [[nodiscard]] engine::period full() const;
};

// Variable values of one binding. Terms view the facts' strings (and the
// matcher's own, for the directions of a pair): valid while the facts are.
struct environment {
  small_map<std::string_view> terms;  // entity, metric, basis variables
  small_map<period_value> periods;
};

// The facts of one entity and metric as the matcher reads them: in lookup
// order, and the same facts stably sorted by first day.
struct key_facts {
  std::vector<const engine::fact*> all;
  std::vector<const engine::fact*> by_first;
  // Adds a fact at the end (and in first-day order after its equals).
  void add(const engine::fact* f);
  // Sorts by_first from all (after filling all).
  void index();
  // The facts whose period starts on d, in lookup order.
  [[nodiscard]] std::span<const engine::fact* const> starting(date::sys_days d) const;
};

// Every fact (history and new) with this entity and metric. The reference
// stays valid for the whole evaluation.
class fact_lookup {
 public:
  virtual ~fact_lookup() = default;
  [[nodiscard]] virtual const key_facts& facts(std::string_view entity,
                                               std::string_view metric) = 0;
};

// One complete binding: a fact or nullptr (missing) per slot.
struct binding {
  bound facts;
  environment env;
};

// Buffers the matcher reuses from one match to the next.
struct match_scratch {
  std::vector<std::vector<std::pair<const engine::fact*, environment>>> fits;
  std::vector<std::vector<const engine::fact*>> pre;
};

// The period a slot stands for under env, when its variable is bound.
[[nodiscard]] std::optional<engine::period> slot_period(const program::slot& s,
                                                        const environment& env);
// The entity or metric of a slot under env, when known.
[[nodiscard]] std::optional<std::string> slot_term(const program::term& t, const environment& env);

// Calls `visit` with every binding of the rule in which slot `trigger` holds
// fact `f`. Slots with no matching fact are nullptr.
void match(const program::rule& r, std::size_t trigger, const engine::fact& f, fact_lookup& lookup,
           match_scratch& scratch, const std::function<void(const binding&)>& visit);

}  // namespace claimcheck::rules::eval
