// Slot binding by backtracking: the trigger fact binds its slot's variables,
// then each step takes a slot whose entity and metric are known (preferring
// one whose period is known too), asks the lookup for that entity and metric
// and tries every fact that fits; a slot no fact fits is left missing.
#include "rules/eval/match.hpp"

#include <algorithm>
#include <span>

namespace claimcheck::rules::eval {
namespace {

using engine::period;

date::sys_days shift_day_months(date::sys_days d, int months) {
  date::year_month_day ymd{d};
  date::year_month_day out = ymd + date::months{months};
  if (!out.ok()) out = out.year() / out.month() / date::last;
  return date::sys_days{out};
}

date::sys_days shift_day_years(date::sys_days d, int years) {
  date::year_month_day ymd{d};
  date::year_month_day out = ymd + date::years{years};
  if (!out.ok()) out = out.year() / out.month() / date::last;
  return date::sys_days{out};
}

// The days of `shift` below without the label, for comparing periods: no
// strings are built.
period shift_days_only(const period& p, int years, int months, int days) {
  period out;
  out.first = p.first;
  out.last = p.last;
  out.g = p.g;
  if (years != 0) {
    // As period::shift_years.
    out.first = shift_day_years(p.first, years);
    const date::year_month_day last_ymd{p.last};
    if (last_ymd.day() == (last_ymd.year() / last_ymd.month() / date::last).day()) {
      const date::year y = last_ymd.year() + date::years{years};
      out.last = date::sys_days{y / last_ymd.month() / date::last};
    } else {
      out.last = shift_day_years(p.last, years);
    }
  }
  if (months != 0) {
    const date::year_month_day last{out.last};
    const bool month_end = last.day() == (last.year() / last.month() / date::last).day();
    out.first = shift_day_months(out.first, months);
    out.last = shift_day_months(out.last, months);
    if (month_end) {
      const date::year_month_day l{out.last};
      out.last = date::sys_days{l.year() / l.month() / date::last};
    }
  }
  if (days != 0) {
    out.first += date::days{days};
    out.last += date::days{days};
  }
  return out;
}

// A period shifted by years, months and days (a month-end stays a
// month-end), labelled by its new days ("2021" for a calendar year).
period shift(const period& p, int years, int months, int days) {
  if (years == 0 && months == 0 && days == 0) return p;
  period out = shift_days_only(p, years, months, days);
  out.label = out.str();
  return out;
}

// "KAZ>CHN" and "CHN>KAZ" are both "CHN+KAZ"; an undirected key is itself.
std::string pair_of(std::string_view x) {
  const auto gt = x.find('>');
  if (gt == std::string_view::npos) return std::string(x);
  std::string_view a = x.substr(0, gt);
  std::string_view b = x.substr(gt + 1);
  if (b < a) std::swap(a, b);
  std::string out(a);
  out += '+';
  out += b;
  return out;
}

// The directed keys whose pair is `x`.
std::vector<std::string> unpair(const std::string& x) {
  const auto plus = x.find('+');
  if (plus == std::string::npos) return {x};
  const std::string a = x.substr(0, plus);
  const std::string b = x.substr(plus + 1);
  return {a + ">" + b, b + ">" + a};
}

// `value` views a string that outlives the binding (a fact's).
bool bind_term(const program::term& t, std::string_view value, environment& env) {
  if (t.literal) return t.text == value;
  const std::string_view* known = env.terms.find(t.text);
  if (t.pair) return known != nullptr && pair_of(*known) == value;
  if (known != nullptr) return *known == value;
  env.terms.emplace(t.text, value);
  return true;
}

bool bind_basis(const program::basis_term& b, std::string_view value, environment& env) {
  switch (b.f) {
    case program::basis_term::form::any: return true;
    case program::basis_term::form::literal: return value == b.text;
    case program::basis_term::form::prefix: return value.substr(0, b.text.size()) == b.text;
    case program::basis_term::form::var: {
      const std::string_view* known = env.terms.find(b.text);
      if (known != nullptr) return *known == value;
      env.terms.emplace(b.text, value);
      return true;
    }
  }
  return false;
}

// The days a slot stands for under env (slot_period without the label).
std::optional<period> slot_days(const program::slot& s, const environment& env) {
  const period_value* p = env.periods.find(s.when.var);
  if (p == nullptr) return std::nullopt;
  period base{p->first, p->last, p->g, {}};
  using fn = program::period_term::fn;
  if (s.when.f == fn::begin_year) {
    const date::year y = date::year_month_day{p->first}.year();
    base = period{date::sys_days{y / date::January / 1}, date::sys_days{y / date::December / 31},
                  engine::grain::year, {}};
  }
  if (s.when.f == fn::end_year) {
    const date::year y = date::year_month_day{p->last}.year();
    base = period{date::sys_days{y / date::January / 1}, date::sys_days{y / date::December / 31},
                  engine::grain::year, {}};
  }
  return shift_days_only(base, s.when.years, s.when.months, s.when.days);
}

// The value a period variable takes when a fact's period is its shift.
period_value unshift(const engine::period& when, int years, int months, int days) {
  if (years == 0 && months == 0 && days == 0) return {when.first, when.last, when.g, &when};
  const period p = shift_days_only(when, years, months, days);
  return {p.first, p.last, p.g, nullptr};
}

// Binds slot s to fact f under env; false when f does not fit.
// `same_key`: f came from the lookup of this slot's entity and metric, so
// they need no check.
bool bind(const program::slot& s, const engine::fact& f, environment& env, bool same_key = false) {
  if (!program::kind_fits(s, f.kind)) return false;
  if (!same_key &&
      (!bind_term(s.entity, f.entity, env) || !bind_term(s.metric, f.metric, env))) {
    return false;
  }
  if (!bind_basis(s.basis, f.basis, env)) return false;
  if (const auto p = slot_days(s, env)) {
    if (!f.when.same_days(*p)) return false;
  } else if (s.when.invertible()) {
    env.periods.emplace(s.when.var, unshift(f.when, -s.when.years, -s.when.months, -s.when.days));
  } else {
    return false;
  }
  if (!s.before.empty()) {
    const period_value* b = env.periods.find(s.before);
    if (b == nullptr) return false;
    if (!(f.when.last < b->first) || f.when.g != b->g) return false;
  }
  return true;
}

// bind() without binding, for a fact the lookup gave for the slot's entity
// and metric: whether its period fits (cheap, no copy).
bool may_fit(const program::slot& s, const engine::fact& f, const environment& env) {
  if (const period_value* p = env.periods.find(s.when.var);
      p != nullptr && s.when.f == program::period_term::fn::plain && s.when.years == 0 &&
      s.when.months == 0 && s.when.days == 0) {
    if (f.when.first != p->first || f.when.last != p->last) return false;
  }
  if (!s.before.empty()) {
    const period_value* b = env.periods.find(s.before);
    if (b == nullptr || !(f.when.last < b->first)) return false;
  }
  return true;
}

bool term_known(const program::term& t, const environment& env) {
  return t.literal || env.terms.contains(t.text);
}

bool ready(const program::slot& s, const environment& env) {
  if (!term_known(s.entity, env) || !term_known(s.metric, env)) return false;
  if (!s.before.empty() && !env.periods.contains(s.before)) return false;
  return s.when.invertible() || env.periods.contains(s.when.var);
}

class searcher {
 public:
  searcher(const program::rule& r, std::size_t trigger, const engine::fact& f, fact_lookup& lookup,
           match_scratch& scratch, const std::function<void(const binding&)>& visit)
      : rule_(r), trigger_(trigger), f_(f), lookup_(lookup), scratch_(scratch), visit_(visit),
        done_(r.slots.size(), false) {
    cur_.facts.assign(r.slots.size(), nullptr);
    // One buffer per depth of the search (a step binds one slot), sized
    // before any is in use.
    if (scratch_.fits.size() < r.slots.size() + 2) scratch_.fits.resize(r.slots.size() + 2);
    if (scratch_.pre.size() < r.slots.size() + 2) scratch_.pre.resize(r.slots.size() + 2);
  }

  void run() {
    const program::slot& s = rule_.slots[trigger_];
    if (!program::kind_fits(s, f_.kind)) return;
    if (!bind_term(s.metric, f_.metric, cur_.env)) return;
    if (s.entity.pair) {
      // Each direction the pair may come from.
      const environment start = cur_.env;
      unpaired_ = unpair(f_.entity);
      for (const std::string& x : unpaired_) {
        cur_.env = start;
        cur_.env.terms.emplace(s.entity.text, x);
        step(0);
      }
      return;
    }
    if (!bind_term(s.entity, f_.entity, cur_.env)) return;
    step(0);
  }

 private:
  // Whether a search with slot idx missing can still give something: a
  // binding with one missing slot only derives that slot's fact, and one
  // with more gives nothing (see the evaluator's visit), so such branches
  // are cut here rather than searched to the end.
  bool may_miss(std::size_t idx) const {
    return missing_ == 0 && std::any_of(rule_.derive.begin(), rule_.derive.end(), [&](const auto& d) {
             return d.target == static_cast<int>(idx);
           });
  }

  // The entity or metric of a ready slot (a pair is written into buf).
  std::string_view term_of(const program::term& t, std::string& buf) const {
    if (t.literal) return t.text;
    const std::string_view v = *cur_.env.terms.find(t.text);
    if (!t.pair) return v;
    buf = pair_of(v);
    return buf;
  }

  key_facts& key_of_slot(const program::slot& s) {
    return lookup_.facts(term_of(s.entity, entity_buf_), term_of(s.metric, metric_buf_));
  }

  void step(std::size_t depth) {
    int pick = -1;
    bool pick_known = false;
    for (std::size_t i = 0; i < rule_.slots.size(); ++i) {
      if (done_[i] || !ready(rule_.slots[i], cur_.env)) continue;
      const bool known = cur_.env.periods.contains(rule_.slots[i].when.var);
      if (pick < 0 || (known && !pick_known) || (i == trigger_ && known == pick_known)) {
        pick = static_cast<int>(i);
        pick_known = known;
      }
    }
    if (pick < 0) {
      if (done_[trigger_]) visit_(cur_);
      return;
    }
    const auto idx = static_cast<std::size_t>(pick);
    const program::slot& s = rule_.slots[idx];
    if (s.all) {
      step_all(idx, depth);
      return;
    }
    // The period is computed once for all candidates; a candidate that
    // binds no new variable shares the current environment.
    const std::optional<engine::period> want = slot_days(s, cur_.env);
    const bool binds = !want || (s.basis.f == program::basis_term::form::var &&
                                 !cur_.env.terms.contains(s.basis.text));
    auto& fits = scratch_.fits[depth];
    fits.clear();
    const auto cheap_fit = [&](const engine::fact* c) {
      if (!program::kind_fits(s, c->kind)) return false;
      if (want && !c->when.same_days(*want)) return false;
      if (std::find(cur_.facts.begin(), cur_.facts.end(), c) != cur_.facts.end()) return false;
      return may_fit(s, *c, cur_.env);
    };
    const auto try_fit = [&](const engine::fact* c) {
      if (!binds) {
        if (bind_basis(s.basis, c->basis, cur_.env)) fits.emplace_back(c, environment{});
        return;
      }
      fits.emplace_back(c, cur_.env);
      if (!bind(s, *c, fits.back().second, true)) fits.pop_back();
    };
    // Facts are told apart by address: the lookup never returns one fact
    // twice, and the trigger is one of its facts.
    const engine::fact* const only_trigger[1] = {&f_};
    if (idx == trigger_ && !s.latest) {
      for (const engine::fact* c : fact_span(only_trigger)) {
        if (cheap_fit(c)) try_fit(c);
      }
    } else if (!s.latest) {
      key_facts& key = key_of_slot(s);
      // A known period reads only the facts that start on its first day.
      for (const engine::fact* c : want ? key.starting(want->first) : key.of_kind(s)) {
        if (cheap_fit(c)) try_fit(c);
      }
    } else if (!want && !s.before.empty()) {
      // The latest period before a known one: walk the facts by first day
      // from the latest that starts before it, one first day at a time,
      // and stop at the first day with a fit (as binding every fact and
      // keeping those of the latest first day would).
      key_facts& key = key_of_slot(s);
      const date::sys_days limit = cur_.env.periods.find(s.before)->first;
      const engine::grain g = cur_.env.periods.find(s.before)->g;
      for (auto day = key.start_before(limit, s, g); day && fits.empty();
           day = key.start_before(*day, s, g)) {
        for (const engine::fact* c : key.starting(*day)) {
          if (cheap_fit(c)) try_fit(c);
        }
      }
      if (idx == trigger_) std::erase_if(fits, [&](const auto& x) { return x.first != &f_; });
    } else {
      // Only the fits of the latest first day are kept: bind the candidates
      // from the latest first day down and stop at the first day with a fit
      // (the same fits, in the same order, as binding all and filtering).
      key_facts& key = key_of_slot(s);
      std::vector<const engine::fact*>& pre = scratch_.pre[depth];
      pre.clear();
      for (const engine::fact* c : want ? key.starting(want->first) : key.of_kind(s)) {
        if (cheap_fit(c)) pre.push_back(c);
      }
      while (fits.empty() && !pre.empty()) {
        date::sys_days best = pre.front()->when.first;
        for (const engine::fact* c : pre) best = std::max(best, c->when.first);
        for (const engine::fact* c : pre) {
          if (c->when.first == best) try_fit(c);
        }
        std::erase_if(pre, [&](const engine::fact* c) { return c->when.first == best; });
      }
      if (idx == trigger_) std::erase_if(fits, [&](const auto& x) { return x.first != &f_; });
    }
    done_[idx] = true;
    if (fits.empty()) {
      if (idx != trigger_ && may_miss(idx)) {
        ++missing_;
        step(depth + 1);
        --missing_;
      }
    } else if (!binds) {
      for (const auto& fit : fits) {
        cur_.facts[idx] = fit.first;
        step(depth + 1);
      }
      cur_.facts[idx] = nullptr;
    } else {
      const environment saved = cur_.env;
      for (auto& fit : fits) {
        cur_.facts[idx] = fit.first;
        cur_.env = std::move(fit.second);
        step(depth + 1);
      }
      cur_.facts[idx] = nullptr;
      cur_.env = saved;
    }
    done_[idx] = false;
  }

  // An `all` slot takes every fitting fact of one period at once (the
  // trigger's period when it is the trigger).
  void step_all(std::size_t idx, std::size_t depth) {
    const program::slot& s = rule_.slots[idx];
    const environment saved = cur_.env;
    if (idx == trigger_ && !bind(s, f_, cur_.env)) {
      cur_.env = saved;
      return;
    }
    std::vector<const engine::fact*> group;
    if (const auto want = slot_days(s, cur_.env)) {
      for (const engine::fact* c : key_of_slot(s).starting(want->first)) {
        if (!program::kind_fits(s, c->kind) || !c->when.same_days(*want) || !may_fit(s, *c, cur_.env)) continue;
        if (std::find(cur_.facts.begin(), cur_.facts.end(), c) != cur_.facts.end()) continue;
        environment probe = cur_.env;
        if (bind_basis(s.basis, c->basis, probe)) group.push_back(c);
      }
    }
    if (idx == trigger_) {
      // The trigger first, so that findings name it first.
      std::erase(group, &f_);
      group.insert(group.begin(), &f_);
    }
    if (group.empty() && (idx == trigger_ || !may_miss(idx))) {
      cur_.env = saved;
      return;
    }
    const bool missing = group.empty();
    done_[idx] = true;
    if (cur_.facts.groups.size() < rule_.slots.size()) cur_.facts.groups.resize(rule_.slots.size());
    if (!missing) cur_.facts[idx] = group.front();
    cur_.facts.groups[idx] = std::move(group);
    if (missing) ++missing_;
    step(depth + 1);
    if (missing) --missing_;
    cur_.facts[idx] = nullptr;
    cur_.facts.groups[idx].clear();
    done_[idx] = false;
    cur_.env = saved;
  }

  const program::rule& rule_;
  std::size_t trigger_;
  const engine::fact& f_;
  fact_lookup& lookup_;
  match_scratch& scratch_;
  const std::function<void(const binding&)>& visit_;
  std::vector<bool> done_;
  binding cur_;
  std::size_t missing_ = 0;            // slots left missing on the current branch
  std::vector<std::string> unpaired_;  // the directions of a pair trigger
  std::string entity_buf_;
  std::string metric_buf_;
};

}  // namespace

engine::period period_value::full() const {
  if (stated != nullptr) return *stated;
  period p{first, last, g, {}};
  p.label = p.str();
  return p;
}

void whole_key::add(const engine::fact* f) {
  all.push_back(f);
  const auto at = std::upper_bound(
      by_first.begin(), by_first.end(), f->when.first,
      [](date::sys_days d, const engine::fact* c) { return d < c->when.first; });
  by_first.insert(at, f);
}

void whole_key::index() {
  by_first = all;
  std::stable_sort(by_first.begin(), by_first.end(), [](const engine::fact* a, const engine::fact* b) {
    return a->when.first < b->when.first;
  });
}

fact_span whole_key::starting(date::sys_days d) {
  const auto lo = std::lower_bound(
      by_first.begin(), by_first.end(), d,
      [](const engine::fact* c, date::sys_days x) { return c->when.first < x; });
  const auto hi =
      std::upper_bound(lo, by_first.end(), d,
                       [](date::sys_days x, const engine::fact* c) { return x < c->when.first; });
  return {lo, hi};
}

std::optional<date::sys_days> whole_key::start_before(date::sys_days d, const program::slot&,
                                                     engine::grain) {
  const auto lo = std::lower_bound(
      by_first.begin(), by_first.end(), d,
      [](const engine::fact* c, date::sys_days x) { return c->when.first < x; });
  if (lo == by_first.begin()) return std::nullopt;
  return (*(lo - 1))->when.first;
}

std::optional<period> slot_period(const program::slot& s, const environment& env) {
  const period_value* p = env.periods.find(s.when.var);
  if (p == nullptr) return std::nullopt;
  period base = p->full();
  using fn = program::period_term::fn;
  if (s.when.f == fn::begin_year) base = period::year(date::year_month_day{base.first}.year());
  if (s.when.f == fn::end_year) base = period::year(date::year_month_day{base.last}.year());
  return shift(base, s.when.years, s.when.months, s.when.days);
}

std::optional<std::string> slot_term(const program::term& t, const environment& env) {
  if (t.literal) return t.text;
  const std::string_view* v = env.terms.find(t.text);
  if (v == nullptr) return std::nullopt;
  return t.pair ? pair_of(*v) : std::string(*v);
}

void match(const program::rule& r, std::size_t trigger, const engine::fact& f, fact_lookup& lookup,
           match_scratch& scratch, const std::function<void(const binding&)>& visit) {
  searcher(r, trigger, f, lookup, scratch, visit).run();
}

}  // namespace claimcheck::rules::eval
