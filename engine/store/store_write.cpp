// Writes: adding an article (one transaction, all or nothing; a new version
// of a URL supersedes the old one), retraction, replacing the derived facts
// and findings after an audit, and the restore path used by import.
#include <algorithm>
#include <ctime>

#include "engine/model/error.hpp"
#include "engine/model/hash.hpp"
#include "engine/store/detail/store_impl.hpp"
#include "engine/store/store.hpp"

namespace claimcheck::engine {
namespace {

// The fact as stored: it names its article and carries its publication day
// (for ordering history).
fact as_stored(const fact& f, const article& a) {
  fact s = f;
  if (s.article.empty()) s.article = a.id;
  if (!s.published) s.published = a.published;
  return s;
}

std::string url_key(std::string_view url) { return detail::u64_key(hash64(url)); }

}  // namespace

void store::impl::put_derived(lmdb::txn& t, std::span<const fact> derived) {
  for (const fact& d : derived) {
    const std::string fk = detail::fact_key(d.id);
    if (t.get(facts_, fk)) continue;  // the id of a stated fact: keep the stated one
    const std::string ikey =
        detail::index_key(detail::series_key(d.entity, d.metric), d.when.first, d.published, fk);
    if (!t.put_new(derived_, fk, ikey)) continue;
    t.put(series_, ikey, detail::encode(detail::fact_record{d, record_state::current}, fk));
  }
}

void store::impl::put_findings(lmdb::txn& t, store_counters& c, std::span<const finding> findings) {
  for (const finding& f : findings) {
    t.put(findings_, detail::u64_key(c.next_finding++), detail::encode(f), MDB_APPEND);
  }
}

void store::impl::insert(lmdb::txn& t, store_counters& c, detail::article_record& rec,
                         std::span<const fact> facts) {
  impl& s = *this;
  const std::string akey = detail::article_key(rec.meta.id);
  rec.seq = c.next_seq++;
  t.put(s.articles_, akey, detail::encode(rec));
  t.put(s.article_seq_, detail::u64_key(rec.seq), akey, MDB_APPEND);
  std::uint64_t stored = 0;
  std::string fact_keys;
  for (const fact& f : facts) {
    const fact sf = as_stored(f, rec.meta);
    const std::string fk = detail::fact_key(sf.id);
    const std::string ikey = detail::index_key(detail::series_key(sf.entity, sf.metric),
                                               sf.when.first, sf.published, fk);
    // facts holds the index key without its last 8 bytes: the fact key.
    if (!t.put_new(s.facts_, fk,
                   std::string_view(ikey).substr(0, detail::kIndexKey - detail::kFactKey))) {
      continue;  // the same fact twice: keep one
    }
    t.put(s.series_, ikey, detail::encode(detail::fact_record{sf, rec.state}, fk));
    fact_keys += fk;
    ++stored;
  }
  t.put(s.article_facts_, akey, fact_keys);
  if (rec.state == record_state::current) {
    ++c.articles;
    c.facts += stored;
  } else if (rec.state == record_state::retracted) {
    ++c.retracted;
  }
}

bool store::impl::put_article(lmdb::txn& t, store_counters& c, const article& a,
                              std::span<const fact> facts, std::span<const fact> derived,
                              std::span<const finding> findings) {
  const std::string akey = detail::article_key(a.id);
  if (t.get(articles_, akey)) return false;
  detail::article_record rec;
  rec.meta = a;
  if (!a.url.empty()) {
    const std::string ukey = url_key(a.url);
    if (auto old_key = t.get(urls_, ukey)) {
      auto old = load_article(t, *old_key);
      if (old && old->state == record_state::current) {
        old->superseded_by = a.id;
        deactivate(t, c, *old, record_state::superseded);
        rec.supersedes = old->meta.id;
      }
    }
    t.put(urls_, ukey, akey);
  }
  insert(t, c, rec, facts);
  put_derived(t, derived);
  put_findings(t, c, findings);
  return true;
}

void store::impl::deactivate(lmdb::txn& t, store_counters& c, detail::article_record& r,
                             record_state to) {
  const std::string akey = detail::article_key(r.meta.id);
  std::unordered_set<std::string> removed;
  for (const std::string& fk : article_fact_keys(t, akey)) {
    const auto ikey = fact_index_key(t, fk);
    if (!ikey) corrupt("facts", fk, "fact of the article index is missing");
    const std::string ik(*ikey);
    const auto v = t.get(series_, ik);
    if (!v) corrupt("series", ik, "indexed fact is missing");
    detail::fact_record fr = decode_fact(ik, *v);
    if (fr.state == record_state::current && c.facts > 0) --c.facts;
    fr.state = to;
    removed.insert(fr.f.id);
    t.put(series_, ik,
          detail::encode(fr, std::string_view(ik).substr(detail::kIndexKey - detail::kFactKey)));
  }
  if (r.state == record_state::current && c.articles > 0) --c.articles;
  if (to == record_state::retracted && r.state != record_state::retracted) ++c.retracted;
  r.state = to;
  t.put(articles_, akey, detail::encode(r));
  drop_dependents(t, std::move(removed));
}

void store::impl::drop_dependents(lmdb::txn& t, std::unordered_set<std::string> removed) {
  if (removed.empty()) return;
  // Derived facts resting on removed ones, to a fixpoint (derived from
  // derived); bounded as the derived set shrinks each pass.
  for (bool again = true; again;) {
    again = false;
    lmdb::cursor cur(t, derived_);
    for (auto e = cur.first(); e; e = cur.next()) {
      const std::string ik(e->second);
      const auto v = t.get(series_, ik);
      if (!v) continue;
      const detail::fact_record fr = decode_fact(ik, *v);
      const bool rests = std::any_of(fr.f.inputs.begin(), fr.f.inputs.end(),
                                     [&](const std::string& in) { return removed.count(in) != 0; });
      if (!rests) continue;
      removed.insert(fr.f.id);
      t.del(series_, ik);
      cur.del();
      again = true;
    }
  }
  lmdb::cursor cur(t, findings_);
  for (auto e = cur.first(); e; e = cur.next()) {
    const finding f = decode_finding(e->first, e->second);
    if (std::any_of(f.facts.begin(), f.facts.end(),
                    [&](const std::string& id) { return removed.count(id) != 0; })) {
      cur.del();
    }
  }
}

bool store::add_article(const article& a, std::span<const fact> facts,
                        std::span<const fact> derived, std::span<const finding> findings) {
  const article_batch_item item{&a, facts, derived, findings};
  return add_articles(std::span(&item, 1)).front();
}

std::vector<bool> store::add_articles(std::span<const article_batch_item> batch) {
  if (impl_->opts_.read_only) {
    throw error(error_code::database, impl_->origin_, "opened read-only: cannot add articles");
  }
  return impl_->write([&](lmdb::txn& t) {
    store_counters c = impl_->counters(t);
    std::vector<bool> added;
    added.reserve(batch.size());
    bool any = false;
    for (const auto& item : batch) {
      const bool a = impl_->put_article(t, c, *item.meta, item.facts, item.derived, item.findings);
      added.push_back(a);
      any = any || a;
    }
    if (any) impl_->put_counters(t, c);  // else nothing is written: no fsync
    return added;
  });
}

bool store::retract(std::string_view article_id) {
  if (impl_->opts_.read_only) {
    throw error(error_code::database, impl_->origin_, "opened read-only: cannot retract");
  }
  const auto id = resolve_article(article_id);
  if (!id) return false;
  const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  return impl_->write([&](lmdb::txn& t) {
    auto rec = impl_->load_article(t, detail::article_key(*id));
    if (!rec) return false;
    if (rec->state == record_state::retracted) return true;
    store_counters c = impl_->counters(t);
    rec->retracted_at = now;
    impl_->deactivate(t, c, *rec, record_state::retracted);
    impl_->put_counters(t, c);
    return true;
  });
}

void store::replace_derived(std::span<const fact> derived, std::span<const finding> findings) {
  impl_->write([&](lmdb::txn& t) {
    {
      lmdb::cursor cur(t, impl_->derived_);
      for (auto e = cur.first(); e; e = cur.next()) t.del(impl_->series_, std::string(e->second));
    }
    t.clear(impl_->derived_);
    t.clear(impl_->findings_);
    store_counters c = impl_->counters(t);
    impl_->put_derived(t, derived);
    impl_->put_findings(t, c, findings);
    impl_->put_counters(t, c);
  });
}

bool store::restore_article(const stored_article& a, std::span<const fact> facts) {
  const std::pair<stored_article, std::vector<fact>> one{a, {facts.begin(), facts.end()}};
  return restore_articles(std::span(&one, 1)).front();
}

std::vector<bool> store::restore_articles(
    std::span<const std::pair<stored_article, std::vector<fact>>> batch) {
  return impl_->write([&](lmdb::txn& t) {
    store_counters c = impl_->counters(t);
    std::vector<bool> added;
    for (const auto& [a, facts] : batch) {
      const std::string akey = detail::article_key(a.meta.id);
      if (t.get(impl_->articles_, akey)) {
        added.push_back(false);
        continue;
      }
      detail::article_record rec = a;
      if (!a.meta.url.empty()) t.put(impl_->urls_, url_key(a.meta.url), akey);
      impl_->insert(t, c, rec, facts);
      added.push_back(true);
    }
    impl_->put_counters(t, c);
    return added;
  });
}

void store::add_derived(std::span<const fact> derived, std::span<const finding> findings) {
  impl_->write([&](lmdb::txn& t) {
    store_counters c = impl_->counters(t);
    impl_->put_derived(t, derived);
    impl_->put_findings(t, c, findings);
    impl_->put_counters(t, c);
  });
}

}  // namespace claimcheck::engine
