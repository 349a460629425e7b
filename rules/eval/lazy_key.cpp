// Lazy reads of one key: by first day (starting), by kind (of_kind) and
// one first day back at a time (start_before), each read once and kept for
// the evaluation. The order given is a whole_key's: the new facts there
// were first, the history's in history order, the new facts added since.
#include "rules/eval/lazy_key.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace claimcheck::rules::eval {
namespace {

using engine::fact;

std::uint32_t bit(engine::fact_kind k) { return std::uint32_t{1} << static_cast<unsigned>(k); }

// A history fact's identity as the history's key orders it: first day as
// read, publication day and id.
std::string identity(const fact& f) {
  std::string k = f.id;
  k += '\x1f';
  k += std::to_string(f.when.first.time_since_epoch().count());
  k += '\x1f';
  if (f.published) k += std::to_string(f.published->time_since_epoch().count());
  return k;
}

}  // namespace

lazy_key::lazy_key(const fact_source& history, std::string entity, std::string metric,
                   std::vector<const fact*> pool, keep_fn keep, normalise_fn normalise,
                   std::vector<fact> rare)
    : history_(history), entity_(std::move(entity)), metric_(std::move(metric)),
      pool_(std::move(pool)), pool_before_(pool_.size()), keep_(std::move(keep)),
      normalise_(normalise) {
  file_kinds(std::move(rare), kRare);
}

const fact* lazy_key::intern(fact f) {
  auto [it, fresh] = by_identity_.try_emplace(identity(f), nullptr);
  if (!fresh || !keep_(f)) return it->second;
  normalise_(f);
  held_.push_back(std::move(f));
  it->second = &held_.back();
  return it->second;
}

void lazy_key::load_kinds(std::uint32_t kinds) {
  kinds &= ~loaded_kinds_;
  if (kinds == 0) return;
  bool all = false;
  file_kinds(history_.facts_of_kinds(entity_, metric_, kinds, 0, all), kinds);
}

void lazy_key::file_kinds(std::vector<fact> facts, std::uint32_t kinds) {
  for (fact& f : facts) {
    const date::sys_days read_first = f.when.first;
    const fact* p = intern(std::move(f));
    if (p == nullptr) continue;
    history_kind_[static_cast<std::size_t>(p->kind)].push_back(p);
    if (p->kind == engine::fact_kind::fold && p->when.first != read_first) moved_.push_back(p);
  }
  loaded_kinds_ |= kinds;
}

void lazy_key::load_all() {
  if (history_all_) return;
  bool all = false;
  std::vector<fact> got = history_.facts_of_kinds(entity_, metric_, kAllKinds, 0, all);
  file_whole(std::move(got), kAllKinds & ~loaded_kinds_);
}

void lazy_key::file_whole(std::vector<fact> facts, std::uint32_t fresh) {
  std::vector<const fact*> all;
  history_days_.clear();
  for (fact& f : facts) {
    const date::sys_days read_first = f.when.first;
    const fact* p = intern(std::move(f));
    if (p == nullptr) continue;
    all.push_back(p);
    // By first day as normalised, in history order (a moved fold after
    // the facts stored on its new day, as their keys sort).
    history_days_[p->when.first].push_back(p);
    if ((fresh & bit(p->kind)) == 0) continue;
    history_kind_[static_cast<std::size_t>(p->kind)].push_back(p);
    if (p->kind == engine::fact_kind::fold && p->when.first != read_first) moved_.push_back(p);
  }
  loaded_kinds_ = kAllKinds;
  history_all_ = std::move(all);
}

const std::vector<const fact*>& lazy_key::history_day(date::sys_days d) {
  load_kinds(kRare);  // the moved folds
  if (const auto it = history_days_.find(d); it != history_days_.end()) return it->second;
  static const std::vector<const fact*> kNone;
  if (history_all_) return kNone;  // none that day
  std::vector<const fact*> day;
  for (fact& f : history_.facts_starting(entity_, metric_, d)) {
    const fact* p = intern(std::move(f));
    // A fold moved by normalise belongs to its new first day.
    if (p != nullptr && p->when.first == d) day.push_back(p);
  }
  // Those moved here come after: their keys start later.
  for (const fact* p : moved_) {
    if (p->when.first == d) day.push_back(p);
  }
  return history_days_.emplace(d, std::move(day)).first->second;
}

template <class P>
void lazy_key::add_pool(bool before, std::vector<const fact*>& out, P pass) const {
  const std::size_t from = before ? 0 : pool_before_;
  const std::size_t to = before ? pool_before_ : pool_.size();
  for (std::size_t i = from; i < to; ++i) {
    if (pass(*pool_[i])) out.push_back(pool_[i]);
  }
}

fact_span lazy_key::starting(date::sys_days d) {
  if (const auto it = given_days_.find(d); it != given_days_.end()) return it->second;
  const auto on_day = [&](const fact& f) { return f.when.first == d; };
  std::vector<const fact*> out;
  add_pool(true, out, on_day);
  const std::vector<const fact*>& h = history_day(d);
  out.insert(out.end(), h.begin(), h.end());
  add_pool(false, out, on_day);
  return given_days_.emplace(d, std::move(out)).first->second;
}

fact_span lazy_key::of_kind(const program::slot& s) {
  const std::size_t slot = s.any_kind ? kKinds : static_cast<std::size_t>(s.kind);
  if (given_kinds_[slot]) return *given_kinds_[slot];
  std::vector<const fact*> out;
  if (s.any_kind) {
    load_all();
    add_pool(true, out, [](const fact&) { return true; });
    out.insert(out.end(), history_all_->begin(), history_all_->end());
    add_pool(false, out, [](const fact&) { return true; });
  } else {
    load_kinds(kRare | bit(s.kind));
    const auto of = [&](const fact& f) { return f.kind == s.kind; };
    add_pool(true, out, of);
    const auto& h = history_kind_[slot];
    out.insert(out.end(), h.begin(), h.end());
    add_pool(false, out, of);
  }
  given_kinds_[slot] = std::move(out);
  return *given_kinds_[slot];
}

std::optional<date::sys_days> lazy_key::start_before(date::sys_days d, const program::slot& s,
                                                    engine::grain g) {
  load_kinds(kRare);  // the moved folds
  const std::uint32_t kinds = s.any_kind ? kAllKinds : bit(s.kind);
  // The history's answer, or one it gave before that answers this too: no
  // start between its answer and the day asked then.
  std::optional<date::sys_days> out;
  const auto known = std::find_if(before_.begin(), before_.end(), [&](const before_answer& a) {
    return a.kinds == kinds && a.g == g && d <= a.asked && (!a.latest || *a.latest < d);
  });
  if (known != before_.end()) {
    out = known->latest;
  } else if (history_all_) {
    // Any earlier day of the whole key (the search checks kind and grain).
    if (auto it = history_days_.lower_bound(d); it != history_days_.begin()) {
      out = std::prev(it)->first;
    }
  } else {
    out = history_.start_before(entity_, metric_, d, kinds, g);
    before_.push_back({kinds, g, d, out});
  }
  const auto consider = [&](const fact* f) {
    if (f->when.first < d && (!out || *out < f->when.first)) out = f->when.first;
  };
  for (const fact* f : moved_) consider(f);
  for (const fact* f : pool_) consider(f);
  return out;
}

void lazy_key::add(const fact* f) {
  pool_.push_back(f);
  given_days_.clear();
  for (auto& k : given_kinds_) k.reset();
}

}  // namespace claimcheck::rules::eval
