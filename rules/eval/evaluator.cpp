// The evaluation loop. New facts (and facts derived from them) are the only
// triggers: each one fills the slots of the rules that name its kind, and
// every other slot is looked up by entity and metric through the
// fact_source, once per key and evaluation (a long key of a source that
// reads by day, a store, only by the days and kinds asked for: lazy_key).
// Findings and derived facts are de-duplicated by rule and the set of facts
// involved.
#include "rules/eval/evaluator.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "rules/eval/lazy_key.hpp"
#include "rules/eval/match.hpp"
#include "rules/eval/value.hpp"

namespace claimcheck::rules::eval {
namespace {

using engine::fact;
using engine::finding;

constexpr std::size_t kKinds = 9;

// A fold stated "since 1991" is about the span from 1991 to its period.
void normalise(fact& f) {
  if (f.kind != engine::fact_kind::fold || f.basis.rfind("since:", 0) != 0) return;
  int year = 0;
  try {
    year = std::stoi(f.basis.substr(6));
  } catch (const std::exception&) {
    return;
  }
  const date::sys_days first{date::year{year} / date::January / 1};
  if (first < f.when.first) {
    f.when = engine::period::span(first, f.when.last, f.basis.substr(6) + "–" + f.when.label);
  }
}

// Whether normalise() may change the fact.
bool normalised(const fact& f) {
  return f.kind == engine::fact_kind::fold && f.basis.rfind("since:", 0) == 0;
}

bool usable(const fact& f) { return !f.hedged && !f.negated; }

std::string describe(const fact& f) {
  std::string s = f.value.stated.empty() ? f.value.value.str() : "\"" + f.value.stated + "\"";
  s += " (";
  s += to_string(f.kind);
  s += ' ';
  s += f.when.label.empty() ? f.when.str() : f.when.label;
  if (!f.article.empty()) s += ", article " + f.article.substr(0, 8);
  if (f.published) s += ", " + engine::period::iso(*f.published);
  if (f.derived()) s += ", derived by " + f.derived_by;
  if (!f.attribution.empty()) s += ", " + f.attribution;
  s += ')';
  return s;
}

class runner final : public fact_lookup {
 public:
  runner(const std::vector<program::rule>& rules, const trigger_index& index,
         const fact_source& history)
      : rules_(rules), index_(index), history_(history) {}

  evaluation run(std::span<const fact> new_facts, int max_rounds) {
    std::vector<const fact*> triggers;
    for (const fact& f : new_facts) {
      if (!usable(f)) continue;
      fact copy = f;
      if (copy.id.empty()) copy.id = engine::make_fact_id(copy);
      normalise(copy);
      triggers.push_back(add_to_pool(std::move(copy)));
    }
    for (int round = 0; round <= max_rounds && !triggers.empty(); ++round) {
      round_ = round;
      for (const fact* f : triggers) {
        for (const trigger_ref& t : index_[static_cast<std::size_t>(f->kind)]) {
          const program::rule& r = rules_[t.rule];
          match(r, t.slot, *f, *this, scratch_, [&](const binding& b) { visit(r, b); });
        }
      }
      triggers.clear();
      for (fact& d : pending_) {
        const fact* p = add_to_pool(d);
        out_.derived.push_back(d);
        // Facts derived in the last round are kept but trigger nothing.
        if (round < max_rounds) triggers.push_back(p);
      }
      pending_.clear();
    }
    finish_groups();
    return std::move(out_);
  }

 private:
  const fact* add_to_pool(fact f) {
    pool_.push_back(std::move(f));
    const fact* p = &pool_.back();
    pool_index_.try_emplace(p->id, pool_.size() - 1);
    in_pool_.insert(p);
    // The new stated facts it comes from, sorted ids joined by ','.
    if (!p->derived()) {
      roots_[p->id] = p->id;
    } else {
      std::vector<std::string_view> ids;
      for (const std::string& in : p->inputs) {
        const auto r = roots_.find(in);
        if (r == roots_.end()) continue;
        std::string_view rest = r->second;
        while (!rest.empty()) {
          const std::size_t comma = rest.find(',');
          ids.push_back(rest.substr(0, comma));
          rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
      }
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      std::string joined;
      for (const std::string_view id : ids) {
        if (!joined.empty()) joined += ',';
        joined += id;
      }
      roots_[p->id] = std::move(joined);
    }
    key_buf_.assign(p->entity);
    key_buf_ += '\x1f';
    key_buf_ += p->metric;
    const auto it = merged_.find(key_buf_);
    if (it != merged_.end()) it->second->add(p);
    return p;
  }

  // The facts of one key: the new ones (in the order added), then the
  // history's, read once per evaluation (without a copy when the source
  // holds them) and indexed by first day.
  key_facts& facts(std::string_view entity, std::string_view metric) override {
    // The search asks for the same key again and again.
    if (last_ != nullptr && last_entity_ == entity && last_metric_ == metric) return *last_;
    last_entity_.assign(entity);
    last_metric_.assign(metric);
    last_ = &facts_of(entity, metric);
    return *last_;
  }

  key_facts& facts_of(std::string_view entity, std::string_view metric) {
    key_buf_.assign(entity);
    key_buf_ += '\x1f';
    key_buf_ += metric;
    if (const auto it = merged_.find(key_buf_); it != merged_.end()) return *it->second;
    std::vector<const fact*> pooled;
    for (const fact& f : pool_) {
      if (f.entity == entity && f.metric == metric) pooled.push_back(&f);
    }
    // A history fact with the id of a new fact there is now is left out.
    const std::size_t n_pool = pool_.size();
    const auto keep = [this, n_pool](const fact& f) {
      if (!usable(f)) return false;
      const auto it = pool_index_.find(f.id);
      return it == pool_index_.end() || it->second >= n_pool;
    };
    const std::vector<fact>* held = history_.held_facts(entity, metric);
    std::optional<std::vector<fact>> short_key;
    if (held == nullptr && history_.reads_by_day()) {
      // A long history is read by day and kind as the rules ask, a short
      // one whole (by the same first read); either comes without sources
      // (read back by source_of).
      light_keys_.insert(key_buf_);
      bool all = false;
      std::vector<fact> first = history_.facts_of_kinds(entity, metric, lazy_key::kRare,
                                                        lazy_key::kWholeUpTo, all);
      if (all) {
        short_key = std::move(first);
      } else {
        auto lazy = std::make_unique<lazy_key>(history_, std::string(entity),
                                               std::string(metric), std::move(pooled), keep,
                                               &normalise, std::move(first));
        return *merged_.emplace(key_buf_, std::move(lazy)).first->second;
      }
    }
    auto whole = std::make_unique<whole_key>();
    whole_key& k = *whole;
    merged_.emplace(key_buf_, std::move(whole));
    k.all = std::move(pooled);
    std::vector<fact>& copies = history_cache_[key_buf_];
    if (held != nullptr) {
      // Only the facts normalise() changes are copied (reserved first, so
      // that the pointers taken stay valid).
      copies.reserve(static_cast<std::size_t>(std::count_if(
          held->begin(), held->end(), [&](const fact& f) { return normalised(f) && keep(f); })));
      for (const fact& f : *held) {
        if (!keep(f)) continue;
        if (normalised(f)) {
          copies.push_back(f);
          normalise(copies.back());
          k.all.push_back(&copies.back());
        } else {
          k.all.push_back(&f);
        }
      }
    } else {
      // Read without sources when the history can: a finding quoting one
      // of these facts reads its source back (source_of).
      if (short_key) {
        copies = std::move(*short_key);
      } else if (auto light = history_.facts_without_source(entity, metric)) {
        copies = std::move(*light);
        light_keys_.insert(key_buf_);
      } else {
        copies = history_.facts_for(entity, metric);
      }
      std::erase_if(copies, [&](const fact& f) { return !keep(f); });
      k.all.reserve(k.all.size() + copies.size());
      for (fact& f : copies) {
        normalise(f);
        k.all.push_back(&f);
      }
    }
    k.index();
    return k;
  }

  // The facts of a binding, new ones first, with a de-duplication key.
  std::vector<const fact*> ordered(const bound& facts) const {
    std::vector<const fact*> v;
    for (std::size_t i = 0; i < facts.size(); ++i) {
      if (i < facts.groups.size() && !facts.groups[i].empty()) {
        v.insert(v.end(), facts.groups[i].begin(), facts.groups[i].end());
      } else if (facts[i] != nullptr) {
        v.push_back(facts[i]);
      }
    }
    std::stable_partition(v.begin(), v.end(),
                          [&](const fact* f) { return in_pool_.count(f) != 0; });
    return v;
  }

  // `sorted` false keeps the facts' order: a binding of two new facts in
  // either slot order is then a binding of its own, and the group keeps the
  // one whose ids come first (the order new facts arrive in does not
  // decide which way round a finding names them).
  static std::string key_of(const program::rule& r, std::string_view what,
                            const std::vector<const fact*>& facts, bool sorted = true) {
    std::vector<std::string_view> ids;
    ids.reserve(facts.size());
    std::size_t n = r.id.size() + what.size() + 1;
    for (const fact* f : facts) {
      ids.push_back(f->id);
      n += f->id.size() + 1;
    }
    if (sorted) std::sort(ids.begin(), ids.end());
    std::string k;
    k.reserve(n);
    k += r.id;
    k += '\x1f';
    k += what;
    for (const std::string_view id : ids) {
      k += '\x1f';
      k += id;
    }
    return k;
  }

  // A derived fact checked against the facts it came from proves nothing.
  static bool circular(const std::vector<const fact*>& facts) {
    for (const fact* f : facts) {
      if (!f->derived()) continue;
      for (const fact* g : facts) {
        if (std::find(f->inputs.begin(), f->inputs.end(), g->id) != f->inputs.end()) return true;
      }
    }
    return false;
  }

  finding make_finding(const program::rule& r, engine::severity sev, engine::finding_kind kind,
                       const std::vector<const fact*>& facts) const {
    finding out;
    out.rule = r.id;
    out.sev = sev;
    out.kind = kind;
    for (const fact* f : facts) {
      out.facts.push_back(f->id);
      out.stated.push_back(f->value.stated);
      if (out.article.empty() && !f->article.empty()) {
        out.article = f->article;
        out.source = source_of(*f);
      }
    }
    return out;
  }

  // A fact's source: a history fact read without it (facts_without_source)
  // has it read back with its key's full facts, once per key and evaluation.
  const engine::source_span& source_of(const fact& f) const {
    if (in_pool_.count(&f) != 0 || light_keys_.empty()) return f.source;
    std::string k(f.entity);
    k += '\x1f';
    k += f.metric;
    if (light_keys_.count(k) == 0) return f.source;
    // Its period as read (normalise() moves the start of a fold "since").
    if (!normalised(f)) {
      if (auto s = history_.source_of(f.entity, f.metric, f.when.first, f.id)) {
        return read_sources_.emplace_back(std::move(*s));
      }
    }
    auto it = full_cache_.find(k);
    if (it == full_cache_.end()) {
      std::unordered_map<std::string, fact> by_id;
      for (fact& g : history_.facts_for(f.entity, f.metric)) {
        by_id.try_emplace(g.id, std::move(g));
      }
      it = full_cache_.emplace(std::move(k), std::move(by_id)).first;
    }
    const auto g = it->second.find(f.id);
    return g == it->second.end() ? f.source : g->second.source;
  }

  // The facts as a finding's message names them; a fact's description is
  // written once per evaluation (a fact is named by many findings).
  std::string list(const std::vector<const fact*>& facts, std::string_view sep) {
    std::string s;
    for (std::size_t i = 0; i < facts.size(); ++i) {
      if (i != 0) s += sep;
      auto it = described_.find(facts[i]);
      if (it == described_.end()) it = described_.emplace(facts[i], describe(*facts[i])).first;
      s += it->second;
    }
    return s;
  }

  void visit(const program::rule& r, const binding& b) {
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < b.facts.size(); ++i) {
      if (b.facts[i] == nullptr) missing.push_back(i);
    }
    if (missing.empty()) {
      if (circular(ordered(b.facts))) return;
      for (const auto& c : r.when) {
        if (!holds(c, b.facts)) return;
      }
      if (r.expect) check(r, b);
      if (!r.report.empty()) report(r, b);
    } else if (missing.size() == 1) {
      derive(r, b, missing.front());
    }
  }

  void check(const program::rule& r, const binding& b) {
    // Decide first without writing the arithmetic out: most bindings that
    // agree give no finding (confirmation = none).
    compared c = expect(*r.expect, b.facts, false);
    if (c.result == outcome::cannot_tell) return;
    const bool ok = c.result == outcome::consistent;
    if (ok && !r.sev.confirmation) return;
    if (!ok && !r.sev.contradiction && !r.sev.sources_differ) return;
    const std::vector<const fact*> facts = ordered(b.facts);
    std::string dedup = key_of(r, ok ? "ok" : "fail", facts, false);
    if (seen_.count(dedup) != 0) return;
    seen_.insert(dedup);
    // One finding per group (see group_key): a new fact agreeing with 40
    // earlier statements gives one confirmation, one contradicting several
    // earlier facts of one value and source gives one contradiction.
    const std::optional<std::size_t> gi =
        place(group_key(r, ok ? "ok" : "fail", b.facts, !ok), std::move(dedup), facts);
    if (!gi) return;
    std::string message = r.id + ": ";
    std::optional<engine::severity> sev;
    engine::finding_kind kind = r.fail_kind;
    if (ok) {
      sev = r.sev.confirmation;
      kind = engine::finding_kind::confirmation;
      message += "consistent within stated precision: " + list(facts, "; ");
    } else {
      sev = r.sev.contradiction;
      std::set<std::string> sources;
      for (const fact* f : facts) {
        if (!f->attribution.empty()) sources.insert(f->attribution);
      }
      if (sources.size() > 1) {
        sev = r.sev.sources_differ;
        message += "sources differ: " + list(facts, "; ");
      } else {
        message += "contradiction: " + list(facts, "; ");
      }
    }
    if (!sev) return;
    c = expect(*r.expect, b.facts, true);
    finding f = make_finding(r, *sev, kind, facts);
    f.message = std::move(message);
    f.arithmetic = c.arithmetic;
    put(*gi, std::move(f));
  }

  void report(const program::rule& r, const binding& b) {
    if (!r.sev.report) return;
    const std::vector<const fact*> facts = ordered(b.facts);
    std::string dedup = key_of(r, "report", facts, false);
    if (seen_.count(dedup) != 0) return;
    seen_.insert(dedup);
    const std::optional<std::size_t> gi =
        place(group_key(r, "report", b.facts, false), std::move(dedup), facts);
    if (!gi) return;
    std::string shown;
    std::string arithmetic;
    for (const program::expr& e : r.report) {
      const value v = evaluate(e, b.facts);
      if (!v.known()) return;
      if (!shown.empty()) {
        shown += ", ";
        arithmetic += "; ";
      }
      const std::string text = show(v);
      shown += text;
      arithmetic += v.leaf ? text : v.text + " = " + text;
    }
    finding f = make_finding(r, *r.sev.report, r.report_kind, facts);
    f.message = r.id + ": " + list(facts, " against ") + ": " + shown;
    f.arithmetic = std::move(arithmetic);
    put(*gi, std::move(f));
  }

  void derive(const program::rule& r, const binding& b, std::size_t target) {
    const auto it = std::find_if(r.derive.begin(), r.derive.end(), [&](const auto& d) {
      return d.target == static_cast<int>(target);
    });
    if (it == r.derive.end()) return;
    const program::slot& s = r.slots[target];
    const auto when = slot_period(s, b.env);
    const auto entity = slot_term(s.entity, b.env);
    const auto metric = slot_term(s.metric, b.env);
    if (!when || !entity || !metric) return;
    for (const auto& c : r.when) {
      if (!uses(c.lhs, static_cast<int>(target)) && !uses(c.rhs, static_cast<int>(target)) &&
          !holds(c, b.facts)) {
        return;
      }
    }
    const value v = evaluate(it->value, b.facts);
    if (!v.known() || (std::isinf(v.v.lo()) && std::isinf(v.v.hi()))) return;
    const std::vector<const fact*> inputs = ordered(b.facts);
    std::string inputs_key = key_of(r, "derive:" + s.name, inputs);
    if (seen_.count(inputs_key) != 0) return;
    seen_.insert(inputs_key);

    fact d;
    d.kind = s.kind;
    d.entity = *entity;
    d.metric = *metric;
    d.when = *when;
    // The period as an input states it, whichever slot bound the variable
    // (a period reached by shifting another has a label written from its
    // days): the label does not depend on the order the facts came in.
    const fact* labelled = nullptr;
    for (const fact* f : inputs) {
      if (f->when.first == d.when.first && f->when.last == d.when.last &&
          !f->when.label.empty() && (labelled == nullptr || f->when.label < labelled->when.label)) {
        labelled = f;
      }
    }
    if (labelled != nullptr) d.when.label = labelled->when.label;
    d.value.value = v.v;
    d.value.unit = v.unit;
    const bool percent_kind =
        s.kind == engine::fact_kind::change || s.kind == engine::fact_kind::share;
    if (percent_kind && v.unit.empty()) {
      d.value.value = v.v * engine::interval::point(100.0);
      d.value.unit = "%";
    } else if (s.kind == engine::fact_kind::fold && v.unit.empty()) {
      d.value.unit = "x";
    }
    d.value.stated = show(v);
    if (s.basis.f == program::basis_term::form::literal) d.basis = s.basis.text;
    if (s.basis.f == program::basis_term::form::var) {
      if (const std::string_view* bt = b.env.terms.find(s.basis.text)) d.basis = *bt;
    }
    // One finding per rule, slot, derived key and period, and new facts:
    // the values derived from one new figure and several earlier ones are
    // all in `derived`.
    if (r.sev.derived) {
      std::string what = "derive:" + s.name + '\x1f' + d.entity + '\x1f' + d.metric + '\x1f';
      add_period(what, d.when);
      const std::optional<std::size_t> gi =
          place(group_key(r, what, b.facts, false), inputs_key, inputs);
      if (gi) {
        finding f = make_finding(r, *r.sev.derived, engine::finding_kind::derived, inputs);
        f.message = r.id + ": derives " + std::string(to_string(s.kind)) + " " + d.entity + " " +
                    d.metric + " " + d.when.label + " = " + d.value.stated + " from " +
                    list(inputs, "; ");
        f.arithmetic = v.text + " = " + d.value.stated;
        put(*gi, std::move(f));
      }
    }
    // The same value derived for the same slot from other inputs of the
    // same values (a figure stated twice) is derived once.
    std::string dk = r.id;
    dk += '\x1f';
    dk += s.name;
    dk += '\x1f';
    dk += d.entity;
    dk += '\x1f';
    dk += d.metric;
    dk += '\x1f';
    dk += d.basis;
    dk += '\x1f';
    add_period(dk, d.when);
    add_value(dk, d);
    // Which inputs it names does not depend on the order the history is
    // read in: the set of inputs with the smallest key wins.
    const auto [same, fresh] = derived_seen_.try_emplace(std::move(dk));
    if (!fresh && (same->second.round != round_ || inputs_key >= same->second.inputs_key)) return;
    d.derived_by = r.id;
    for (const fact* f : inputs) d.inputs.push_back(f->id);
    d.id = engine::make_fact_id(d);

    same->second.inputs_key = std::move(inputs_key);
    same->second.round = round_;
    if (fresh) {
      same->second.pending = pending_.size();
      pending_.push_back(std::move(d));
    } else {
      pending_[same->second.pending] = std::move(d);
    }
  }

  static void add_bits(std::string& k, double x) {
    char buf[sizeof(double)];
    std::memcpy(buf, &x, sizeof(double));
    k.append(buf, sizeof(double));
  }

  static void add_period(std::string& k, const engine::period& p) {
    add_bits(k, static_cast<double>(p.first.time_since_epoch().count()));
    add_bits(k, static_cast<double>(p.last.time_since_epoch().count()));
  }

  // A fact's value as a group key sees it: interval, openness, unit.
  static void add_value(std::string& k, const fact& f) {
    add_bits(k, f.value.value.lo());
    add_bits(k, f.value.value.hi());
    k += f.value.value.lo_open() ? '(' : '[';
    k += f.value.value.hi_open() ? ')' : ']';
    k += f.value.unit;
    k += '\x1f';
  }

  // The group of a finding: the rule, the outcome and the new stated
  // facts the binding comes from (its new facts, and those the facts
  // derived here came from), whatever slots they fill; for a contradiction
  // also whether its sources differ and, when the binding holds one other
  // fact (earlier, or derived here), that fact's period, value and
  // attribution. So a confirmation or a report is one per rule and new
  // facts (a new figure agreeing with 40 earlier statements of it gives
  // one), a contradiction one per distinct other value and source
  // (`conflict` against five earlier facts of two values gives two), and
  // one whose binding combines several other facts (`growth`: a change and
  // the year before) one per rule and new facts, listing every fact of every
  // failing combination. An `all` slot's facts count by id.
  std::string group_key(const program::rule& r, std::string_view what, const bound& facts,
                        bool contradiction) const {
    std::string k = r.id;
    k += '\x1f';
    k += what;
    const fact* other = nullptr;
    std::size_t n_other = 0;
    std::vector<std::string_view> roots;
    std::set<std::string_view> sources;
    for (std::size_t i = 0; i < facts.size(); ++i) {
      if (i < facts.groups.size() && !facts.groups[i].empty()) {
        std::vector<std::string_view> ids;
        for (const fact* f : facts.groups[i]) ids.push_back(f->id);
        std::sort(ids.begin(), ids.end());
        k += '\x1e';
        for (const std::string_view id : ids) {
          k += id;
          k += ',';
        }
        continue;
      }
      const fact* f = facts[i];
      if (f == nullptr) continue;
      if (!f->attribution.empty()) sources.insert(f->attribution);
      const bool pooled = in_pool_.count(f) != 0;
      if (pooled) {
        const auto root = roots_.find(f->id);
        if (root != roots_.end()) {
          std::string_view rest = root->second;
          while (!rest.empty()) {
            const std::size_t comma = rest.find(',');
            roots.push_back(rest.substr(0, comma));
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
          }
        }
      }
      if (!pooled || f->derived()) {
        other = f;
        ++n_other;
      }
    }
    std::sort(roots.begin(), roots.end());
    roots.erase(std::unique(roots.begin(), roots.end()), roots.end());
    for (const std::string_view id : roots) {
      k += '\x1e';
      k += id;
    }
    if (!contradiction) return k;
    k += sources.size() > 1 ? "\x1esources differ" : "\x1esame source";
    if (n_other == 1) {
      k += '\x1e';
      add_period(k, other->when);
      add_value(k, *other);
      k += other->attribution;
    }
    return k;
  }

  // Puts a binding in its group. Returns the group when the caller is to
  // write the group's finding from this binding: the first of the group, or
  // one whose fact ids sort before the finding's so far (which binding
  // speaks for a group does not depend on the order the history is read
  // in, so `audit` and one-by-one ingest agree).
  std::optional<std::size_t> place(std::string group_key, std::string binding_key,
                                   const std::vector<const fact*>& facts) {
    const auto [it, fresh] = groups_.try_emplace(std::move(group_key), group_list_.size());
    if (fresh) group_list_.push_back({});
    group& g = group_list_[it->second];
    g.members.insert(g.members.end(), facts.begin(), facts.end());
    if (!fresh && binding_key >= g.rep_key) return std::nullopt;
    g.rep = facts;
    g.rep_key = std::move(binding_key);
    return it->second;
  }

  void put(std::size_t gi, finding f) {
    group& g = group_list_[gi];
    if (g.finding == kNone) {
      g.finding = out_.findings.size();
      out_.findings.push_back(std::move(f));
    } else {
      out_.findings[g.finding] = std::move(f);
    }
  }

  // Lists, in each grouped finding, the facts of its other bindings (by
  // id; an information finding at most kInfoFacts in all) and names how
  // many there are and the first few in its message.
  void finish_groups() {
    for (group& g : group_list_) {
      if (g.finding == kNone) continue;
      std::sort(g.members.begin(), g.members.end());
      g.members.erase(std::unique(g.members.begin(), g.members.end()), g.members.end());
      std::vector<const fact*> extra;
      for (const fact* x : g.members) {
        if (std::find(g.rep.begin(), g.rep.end(), x) == g.rep.end()) extra.push_back(x);
      }
      if (extra.empty()) continue;
      std::sort(extra.begin(), extra.end(),
                [](const fact* a, const fact* b) { return a->id < b->id; });
      finding& f = out_.findings[g.finding];
      // An information finding lists a few facts, a contradiction every one.
      const bool info = f.sev == engine::severity::info;
      for (const fact* x : extra) {
        if (info && f.facts.size() >= kInfoFacts) break;
        f.facts.push_back(x->id);
        f.stated.push_back(x->value.stated);
      }
      const std::size_t more = extra.size();
      f.message += "; and " + std::to_string(more) + " more fact" + (more == 1 ? "" : "s") +
                   (f.sev == engine::severity::info ? "" : " in the same disagreement") + ": ";
      const std::size_t shown = std::min(more, kNamed);
      const std::vector<const fact*> named(extra.begin(),
                                           extra.begin() + static_cast<std::ptrdiff_t>(shown));
      f.message += list(named, "; ");
      if (more > shown) f.message += "; ...";
    }
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  static constexpr std::size_t kInfoFacts = 8;  // ids an information finding lists
  static constexpr std::size_t kNamed = 3;              // extra facts a message names
  struct group {
    std::size_t finding = kNone;        // index in out_.findings
    std::vector<const fact*> rep;       // the binding the finding is written from
    std::string rep_key;                // its key_of
    std::vector<const fact*> members;   // every fact of every binding
  };
  struct derived_entry {
    std::size_t pending = 0;           // index in pending_ (this round)
    std::string inputs_key;
    int round = 0;
  };

  const std::vector<program::rule>& rules_;
  const trigger_index& index_;
  const fact_source& history_;
  std::deque<fact> pool_;                        // new and derived facts (stable addresses)
  // Their ids, each with the index of its first fact in pool_.
  std::unordered_map<std::string_view, std::size_t> pool_index_;
  // Their addresses: a bound fact with a pool id is a pool fact (the
  // history's facts with such ids are left out of the look-ups).
  std::unordered_set<const fact*> in_pool_;
  std::unordered_map<std::string, std::vector<fact>> history_cache_;
  // Keys whose history facts were read without sources, and their facts
  // read back in full by id when a finding quotes one.
  std::unordered_set<std::string> light_keys_;
  mutable std::unordered_map<std::string, std::unordered_map<std::string, fact>> full_cache_;
  mutable std::deque<engine::source_span> read_sources_;
  std::unordered_map<std::string, std::unique_ptr<key_facts>> merged_;  // by "entity\x1fmetric"
  std::string key_buf_;
  key_facts* last_ = nullptr;  // the key last asked for
  std::string last_entity_;
  std::string last_metric_;
  match_scratch scratch_;
  std::unordered_set<std::string> seen_;  // de-duplication keys (key_of)
  std::unordered_map<std::string, std::size_t> groups_;  // group_key -> group_list_
  std::vector<group> group_list_;
  // Values derived, per rule, slot, key, period and value.
  std::unordered_map<std::string, derived_entry> derived_seen_;
  int round_ = 0;
  // For each pool fact, the new stated facts it comes from (itself when
  // stated), as sorted ids joined by ','.
  std::unordered_map<std::string_view, std::string> roots_;
  std::unordered_map<const fact*, std::string> described_;
  std::vector<fact> pending_;
  evaluation out_;
};

}  // namespace

trigger_index index_triggers(const std::vector<program::rule>& rules) {
  trigger_index index(kKinds);
  for (std::size_t r = 0; r < rules.size(); ++r) {
    for (std::size_t s = 0; s < rules[r].slots.size(); ++s) {
      // A `latest` slot is about what was known before: a new fact in it
      // starts nothing (and would make the search quadratic in the history).
      if (rules[r].slots[s].latest) continue;
      if (rules[r].slots[s].any_kind) {
        for (auto& kind : index) kind.push_back({r, s});
      } else {
        index[static_cast<std::size_t>(rules[r].slots[s].kind)].push_back({r, s});
      }
    }
  }
  return index;
}

evaluation run(const std::vector<program::rule>& rules, const trigger_index& index,
               std::span<const fact> new_facts, const fact_source& history, int max_rounds) {
  return runner(rules, index, history).run(new_facts, max_rounds);
}

}  // namespace claimcheck::rules::eval
