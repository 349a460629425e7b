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

using fact_span = std::span<const engine::fact* const>;

// The facts of one entity and metric as the matcher reads them, in lookup
// order: the new facts there were when the key was first asked for (in the
// order added), then the history's (in history order), then new facts
// added since. A key may read its history lazily, only the days and kinds
// asked for; a span it gives stays valid until the next call.
class key_facts {
 public:
  virtual ~key_facts() = default;
  // The facts whose period starts on d.
  [[nodiscard]] virtual fact_span starting(date::sys_days d) = 0;
  // Every fact of the slot's kind (every fact for `fact(...)`), perhaps
  // with others.
  [[nodiscard]] virtual fact_span of_kind(const program::slot& s) = 0;
  // The latest day before d on which a fact that may fill slot s with a
  // period of grain g starts (there may be none that day: the day only
  // bounds the search); nullopt when none does.
  [[nodiscard]] virtual std::optional<date::sys_days> start_before(date::sys_days d,
                                                                   const program::slot& s,
                                                                   engine::grain g) = 0;
  // Adds a new fact (derived during the evaluation) at the end.
  virtual void add(const engine::fact* f) = 0;
};

// A key read whole, held in memory: every fact, and the same facts stably
// sorted by first day.
class whole_key final : public key_facts {
 public:
  std::vector<const engine::fact*> all;
  std::vector<const engine::fact*> by_first;
  // Adds a fact at the end (and in first-day order after its equals).
  void add(const engine::fact* f) override;
  // Sorts by_first from all (after filling all).
  void index();
  fact_span starting(date::sys_days d) override;
  fact_span of_kind(const program::slot&) override { return all; }
  std::optional<date::sys_days> start_before(date::sys_days d, const program::slot& s,
                                             engine::grain g) override;
};

// Every fact (history and new) with this entity and metric. The reference
// stays valid for the whole evaluation.
class fact_lookup {
 public:
  virtual ~fact_lookup() = default;
  [[nodiscard]] virtual key_facts& facts(std::string_view entity, std::string_view metric) = 0;
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
