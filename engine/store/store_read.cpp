// Reads: articles, history and fact queries, findings. Each call is one
// short read transaction (a consistent snapshot); nothing is copied out of
// the map but the records returned.
#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "engine/model/error.hpp"
#include "engine/store/detail/store_impl.hpp"
#include "engine/store/store.hpp"

namespace claimcheck::engine {
namespace {

constexpr std::size_t kHistoryReserve = 192;

bool matches(const history_query& q, record_state state, const fact& f) {
  if (!q.include_inactive && state != record_state::current) return false;
  if (!q.include_derived && f.derived()) return false;
  if (q.entity && f.entity != *q.entity) return false;
  if (q.metric && f.metric != *q.metric) return false;
  if (q.article && f.article != *q.article) return false;
  if (q.from && f.when.last < *q.from) return false;
  if (q.to && f.when.first > *q.to) return false;
  return true;
}

// History order: period start, then publication (unknown first), then the
// fact key, as the key index orders one series.
void sort_history(std::vector<fact>& v) {
  auto key = [](const fact& f) {
    return std::tuple(f.when.first, f.published.has_value(), f.published.value_or(date::sys_days{}),
                      detail::fact_key(f.id));
  };
  std::stable_sort(v.begin(), v.end(),
                   [&](const fact& a, const fact& b) { return key(a) < key(b); });
}

}  // namespace

bool store::has_article(std::string_view id) const {
  return impl_->read(
      [&](lmdb::txn& t) { return t.get(impl_->articles_, detail::article_key(id)).has_value(); });
}

std::optional<stored_article> store::get_stored_article(std::string_view id) const {
  return impl_->read(
      [&](lmdb::txn& t) { return impl_->load_article(t, detail::article_key(id), true); });
}

std::optional<article> store::get_article(std::string_view id) const {
  auto r = get_stored_article(id);
  if (!r) return std::nullopt;
  return std::move(r->meta);
}

std::optional<std::string> store::resolve_article(std::string_view prefix) const {
  if (prefix.size() == 2 * detail::kArticleKey) {
    if (has_article(prefix)) return std::string(prefix);
    return std::nullopt;
  }
  if (prefix.size() < 4) {
    throw error(error_code::usage, std::string(prefix),
                "an article id prefix needs at least 4 hex digits");
  }
  return impl_->read([&](lmdb::txn& t) -> std::optional<std::string> {
    std::optional<std::string> found;
    lmdb::cursor cur(t, impl_->articles_);
    for (auto e = cur.first(); e; e = cur.next()) {
      const std::string hex = detail::to_hex(e->first);
      if (hex.compare(0, prefix.size(), prefix) != 0) continue;
      if (found) {
        throw error(error_code::usage, std::string(prefix),
                    "more than one article id starts with this prefix");
      }
      found = impl_->load_article(t, e->first)->meta.id;
    }
    return found;
  });
}

void store::for_each_article(
    const std::function<void(const stored_article&, const std::vector<fact>&)>& fn) const {
  impl_->read([&](lmdb::txn& t) {
    lmdb::cursor cur(t, impl_->article_seq_);
    std::vector<fact> facts;
    names_cache cache;
    for (auto e = cur.first(); e; e = cur.next()) {
      auto rec = impl_->load_article(t, e->second, true);
      if (!rec) impl_->corrupt("article_seq", e->first, "article is missing");
      facts.clear();
      for (const std::string& ik : impl_->article_index_keys(t, rec->seq)) {
        const auto v = t.get(impl_->series_, ik);
        if (!v) impl_->corrupt("series", ik, "indexed fact is missing");
        facts.push_back(impl_->decode_fact(t, cache, ik, *v).f);
      }
      fn(*rec, facts);
    }
    return 0;
  });
}

std::vector<article> store::articles() const {
  return impl_->read([&](lmdb::txn& t) {
    std::vector<article> out;
    lmdb::cursor cur(t, impl_->article_seq_);
    for (auto e = cur.first(); e; e = cur.next()) {
      auto rec = impl_->load_article(t, e->second);
      if (!rec) impl_->corrupt("article_seq", e->first, "article is missing");
      if (rec->state != record_state::current) continue;
      out.push_back(std::move(impl_->load_article(t, e->second, true)->meta));
    }
    return out;
  });
}

std::vector<fact> store::history(const history_query& q) const {
  return impl_->read([&](lmdb::txn& t) {
    std::vector<fact> out;
    // The publisher filter looks each article up once.
    std::unordered_map<std::string, bool> from_source;
    const auto wanted_fact = [&](record_state state, const fact& f) {
      if (!matches(q, state, f)) return false;
      if (!q.source) return true;
      auto it = from_source.find(f.article);
      if (it == from_source.end()) {
        const auto a = impl_->load_article(t, detail::article_key(f.article));
        it = from_source.emplace(f.article, a && a->meta.source == *q.source).first;
      }
      return it->second;
    };
    const auto wanted = [&](const detail::fact_record& r) { return wanted_fact(r.state, r.f); };
    names_cache cache;
    if (q.entity && q.metric) {
      // One series of the key index, already in history order.
      const std::string series = detail::series_key(*q.entity, *q.metric);
      const auto& n = impl_->names(t, cache, series);
      lmdb::cursor cur(t, impl_->series_);
      // Room for a long series at once: a fact is ~500 bytes of strings to
      // move at every growth of the vector (only the facts used are
      // touched; counting the series first cost a second walk).
      out.reserve(kHistoryReserve);
      for (auto e = cur.seek(series); e && e->first.substr(0, series.size()) == series;
           e = cur.next()) {
        if (q.to && detail::day_from_key(e->first.substr(8, 4)) > *q.to) break;
        // Decoded in place: a fact is too big to move cheaply.
        fact& f = out.emplace_back();
        const record_state state = impl_->decode_fact_into(e->first, e->second, n, q.with_source, f);
        if (!wanted_fact(state, f)) out.pop_back();
      }
      return out;
    }
    if (q.article) {
      const auto a = impl_->load_article(t, detail::article_key(*q.article));
      if (!a) return out;
      for (const std::string& ik : impl_->article_index_keys(t, a->seq)) {
        const auto v = t.get(impl_->series_, ik);
        if (!v) impl_->corrupt("series", ik, "indexed fact is missing");
        detail::fact_record r = impl_->decode_fact(t, cache, ik, *v, q.with_source);
        if (wanted(r)) out.push_back(std::move(r.f));
      }
    } else {
      lmdb::cursor cur(t, impl_->series_);
      for (auto e = cur.first(); e; e = cur.next()) {
        detail::fact_record r = impl_->decode_fact(t, cache, e->first, e->second, q.with_source);
        if (wanted(r)) out.push_back(std::move(r.f));
      }
    }
    sort_history(out);
    return out;
  });
}

std::vector<fact> store::facts_for(std::string_view entity, std::string_view metric,
                                  bool with_source) const {
  history_query q;
  q.with_source = with_source;
  q.entity = std::string(entity);
  q.metric = std::string(metric);
  q.include_derived = true;
  return history(q);
}

std::optional<source_span> store::fact_source(std::string_view entity, std::string_view metric,
                                              date::sys_days start, std::string_view id) const {
  return impl_->read([&](lmdb::txn& t) -> std::optional<source_span> {
    names_cache cache;
    const std::string series = detail::series_key(entity, metric);
    const auto& n = impl_->names(t, cache, series);
    const std::string from = series + detail::day_key(start);
    lmdb::cursor cur(t, impl_->series_);
    for (auto e = cur.seek(from); e && e->first.substr(0, from.size()) == from; e = cur.next()) {
      fact f;
      (void)impl_->decode_fact_into(e->first, e->second, n, true, f);
      if (f.id == id && f.entity == entity && f.metric == metric) return std::move(f.source);
    }
    return std::nullopt;
  });
}


std::vector<fact> store::facts_starting(std::string_view entity, std::string_view metric,
                                        date::sys_days from, date::sys_days to,
                                        bool with_source) const {
  return impl_->read([&](lmdb::txn& t) {
    std::vector<fact> out;
    if (to < from) return out;
    names_cache cache;
    const std::string series = detail::series_key(entity, metric);
    const auto& n = impl_->names(t, cache, series);
    const std::uint32_t last = detail::day_bits(to);
    lmdb::cursor cur(t, impl_->series_);
    for (auto e = cur.seek(series + detail::day_key(from));
         e && e->first.substr(0, series.size()) == series; e = cur.next()) {
      if (detail::get_u32(e->first.substr(8, 4)) > last) break;
      fact& f = out.emplace_back();
      const record_state state = impl_->decode_fact_into(e->first, e->second, n, with_source, f);
      if (state != record_state::current || f.entity != entity || f.metric != metric) out.pop_back();
    }
    return out;
  });
}

std::vector<fact> store::facts_of_kinds(std::string_view entity, std::string_view metric,
                                        std::uint32_t kinds, bool with_source,
                                        std::size_t all_up_to, bool* all) const {
  return impl_->read([&](lmdb::txn& t) {
    std::vector<fact> out;
    names_cache cache;
    const std::string series = detail::series_key(entity, metric);
    const auto& n = impl_->names(t, cache, series);
    const auto take = [&](const lmdb::cursor::entry& e, std::uint32_t want) {
      const detail::fact_peek p = impl_->peek_fact(e.first, e.second);
      if (p.state != record_state::current ||
          (want & (std::uint32_t{1} << static_cast<unsigned>(p.kind))) == 0) {
        return;
      }
      fact& f = out.emplace_back();
      const record_state state = impl_->decode_fact_into(e.first, e.second, n, with_source, f);
      if (state != record_state::current || f.entity != entity || f.metric != metric) {
        out.pop_back();
      }
    };
    // The first records are held (views into the map, valid in this txn)
    // until the series proves longer than all_up_to.
    bool small = all != nullptr && all_up_to > 0;
    // Rare kinds only: their facts are found through rare_facts (the key
    // index is read only to learn whether the series is short).
    const bool rare_only = impl_->has_rare_ && (kinds & kCommonKinds) == 0;
    const auto take_rare = [&] {
      lmdb::cursor rc(t, impl_->rare_facts_);
      for (auto e = rc.seek(series); e && e->first.substr(0, series.size()) == series;
           e = rc.next()) {
        if (e->second.size() != 1) impl_->corrupt("rare_facts", e->first, "kind of wrong size");
        const auto k = static_cast<unsigned char>(e->second[0]);
        if (k >= 32 || (kinds & (std::uint32_t{1} << k)) == 0) continue;
        const auto v = t.get(impl_->series_, e->first);
        if (!v) impl_->corrupt("rare_facts", e->first, "indexed fact is missing");
        take(lmdb::cursor::entry{e->first, *v}, kinds);
      }
    };
    if (rare_only && !small) {
      take_rare();
      if (all != nullptr) *all = false;
      return out;
    }
    std::vector<lmdb::cursor::entry> held;
    lmdb::cursor cur(t, impl_->series_);
    for (auto e = cur.seek(series); e && e->first.substr(0, series.size()) == series;
         e = cur.next()) {
      if (small) {
        held.push_back(*e);
        if (held.size() <= all_up_to) continue;
        small = false;
        if (rare_only) break;
        for (const auto& h : held) take(h, kinds);
        continue;
      }
      take(*e, kinds);
    }
    if (small) {
      for (const auto& h : held) take(h, ~std::uint32_t{0});
    } else if (rare_only) {
      take_rare();
    }
    if (all != nullptr) *all = small;
    return out;
  });
}

std::optional<date::sys_days> store::start_before(std::string_view entity,
                                                  std::string_view metric,
                                                  date::sys_days before, std::uint32_t kinds,
                                                  std::optional<grain> g) const {
  return impl_->read([&](lmdb::txn& t) -> std::optional<date::sys_days> {
    const std::string series = detail::series_key(entity, metric);
    lmdb::cursor cur(t, impl_->series_);
    // The first record at or after `before`'s key, then back one at a time.
    auto e = cur.seek(series + detail::day_key(before));
    for (e = e ? cur.prev() : cur.last(); e && e->first.substr(0, series.size()) == series;
         e = cur.prev()) {
      const detail::fact_peek p = impl_->peek_fact(e->first, e->second);
      if (p.state != record_state::current ||
          (kinds & (std::uint32_t{1} << static_cast<unsigned>(p.kind))) == 0 ||
          (g && p.g != *g)) {
        continue;
      }
      return detail::day_from_key(e->first.substr(8, 4));
    }
    return std::nullopt;
  });
}

void store::for_each_fact(const std::function<void(const fact&)>& fn) const {
  impl_->read([&](lmdb::txn& t) {
    names_cache cache;
    lmdb::cursor cur(t, impl_->series_);
    for (auto e = cur.first(); e; e = cur.next()) {
      const detail::fact_record r = impl_->decode_fact(t, cache, e->first, e->second);
      if (r.state == record_state::current && !r.f.derived()) fn(r.f);
    }
    return 0;
  });
}

void store::for_each_derived(const std::function<void(const fact&)>& fn) const {
  impl_->read([&](lmdb::txn& t) {
    names_cache cache;
    lmdb::cursor cur(t, impl_->derived_);
    for (auto e = cur.first(); e; e = cur.next()) {
      const auto v = t.get(impl_->series_, e->second);
      if (!v) impl_->corrupt("derived", e->first, "indexed fact is missing");
      fn(impl_->decode_fact(t, cache, e->second, *v).f);
    }
    return 0;
  });
}

void store::for_each_finding(const std::function<void(const finding&)>& fn) const {
  impl_->read([&](lmdb::txn& t) {
    lmdb::cursor cur(t, impl_->findings_);
    for (auto e = cur.first(); e; e = cur.next()) fn(impl_->decode_finding(e->first, e->second));
    return 0;
  });
}

std::vector<finding> store::findings() const {
  std::vector<finding> out;
  for_each_finding([&](const finding& f) { out.push_back(f); });
  return out;
}

}  // namespace claimcheck::engine
