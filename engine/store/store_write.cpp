// Writes: adding an article (one transaction, all or nothing; a new version
// of a URL supersedes the old one), retraction, replacing the derived facts
// and findings after an audit, and the restore path used by import.
#include <algorithm>
#include <ctime>
#include <numeric>
#include <optional>
#include <stdexcept>

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

detail::text_ref store::impl::put_text(lmdb::txn& t, std::uint64_t seq, std::string_view text) {
  std::string frame;
  try {
    frame = text_codec_.compress(text);
  } catch (const std::runtime_error& e) {
    throw error(error_code::database, origin_, e.what());
  }
  std::uint32_t chunk = 0;
  for (std::size_t at = 0; at < frame.size() || chunk == 0; at += detail::kTextChunk, ++chunk) {
    t.put(texts_, detail::text_key(seq, chunk),
          std::string_view(frame).substr(at, detail::kTextChunk), MDB_APPEND);
  }
  return {text.size(), detail::text_hash(text)};
}

bool store::impl::put_fact(lmdb::txn& t, names_cache& cache, std::string_view ikey,
                           const fact& f, record_state state, bool overwrite) {
  const std::string v = series_record(t, cache, ikey, f, state);
  if (overwrite) {
    t.put(series_, ikey, v);
    return true;
  }
  return t.put_new(series_, ikey, v);
}

std::string store::impl::series_record(lmdb::txn& t, names_cache& cache, std::string_view ikey,
                                       const fact& f, record_state state) {
  const std::string_view series = ikey.substr(0, 8);
  auto it = cache.find(std::string(series));
  if (it == cache.end()) {
    // The first fact of a series names it; a series key whose names differ
    // (a 64-bit hash clash) keeps its facts' names in their records.
    (void)names(t, cache, series);
    it = cache.find(std::string(series));
    if (it->second.first.empty() && it->second.second.empty()) {
      std::string v = f.entity;
      v += '\x1f';
      v += f.metric;
      if (f.entity.find('\x1f') == std::string::npos) {
        t.put(series_names_, series, v);
        it->second = {f.entity, f.metric};
      }
    }
  }
  if (state == record_state::current) note_fact(t, ikey, f.kind);
  detail::fact_context c;
  c.fact_key = ikey.substr(detail::kIndexKey - detail::kFactKey);
  c.index_key = ikey;
  c.entity = &it->second.first;
  c.metric = &it->second.second;
  return detail::encode_fact(f, state, c);
}

void store::impl::note_fact(lmdb::txn& t, std::string_view ikey, fact_kind k) {
  if (!has_rare_ || (kRareKinds & (std::uint32_t{1} << static_cast<unsigned>(k))) == 0) return;
  t.put(rare_facts_, ikey, std::string(1, static_cast<char>(k)));
}

void store::impl::unnote_fact(lmdb::txn& t, std::string_view ikey, fact_kind k) {
  if (!has_rare_ || (kRareKinds & (std::uint32_t{1} << static_cast<unsigned>(k))) == 0) return;
  (void)t.del(rare_facts_, ikey);
}

void store::impl::flush_pending(lmdb::txn& t, store_counters& c) {
  pending_facts& p = pending_;
  if (p.articles.empty()) return;
  std::vector<std::uint32_t> order(p.keys.size());
  std::iota(order.begin(), order.end(), 0U);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const int cmp = p.keys[a].compare(p.keys[b]);
    return cmp < 0 || (cmp == 0 && a < b);
  });
  std::vector<char> kept(p.keys.size(), 0);
  {
    lmdb::cursor cur(t, series_);
    for (const std::uint32_t i : order) {
      kept[i] = cur.put(p.keys[i], p.values[i], MDB_NOOVERWRITE) ? 1 : 0;
    }
  }
  std::string list;
  for (const pending_article& a : p.articles) {
    list.clear();
    std::uint64_t stored = 0;
    for (std::uint32_t i = a.first; i < a.end; ++i) {
      if (kept[i] == 0) continue;  // the same fact twice: keep one
      list += p.keys[i];
      ++stored;
    }
    t.put(fact_lists_, a.seq_key, detail::encode_key_list(list), MDB_APPEND);
    if (a.current) c.facts += stored;
  }
  p.clear();
}

void store::impl::put_derived(lmdb::txn& t, std::span<const fact> derived) {
  names_cache& cache = write_names_;
  for (const fact& d : derived) {
    const std::string fk = detail::fact_key(d.id);
    const std::string ikey =
        detail::index_key(detail::series_key(d.entity, d.metric), d.when.first, d.published, fk);
    if (t.get(series_, ikey)) continue;  // a stated fact's place: keep the stated one
    if (!t.put_new(derived_, fk, ikey)) continue;
    put_fact(t, cache, ikey, d, record_state::current, true);
  }
}

void store::impl::put_findings(lmdb::txn& t, store_counters& c, std::span<const finding> findings) {
  for (const finding& f : findings) {
    t.put(findings_, detail::u64_key(c.next_finding++), detail::encode(f), MDB_APPEND);
  }
}

void store::impl::insert(lmdb::txn& t, store_counters& c, detail::article_record& rec,
                         std::span<const fact> facts) {
  const std::string akey = detail::article_key(rec.meta.id);
  rec.seq = c.next_seq++;
  const std::string seq_key = detail::u64_key(rec.seq);
  const detail::text_ref text = put_text(t, rec.seq, rec.meta.text);
  t.put(articles_, akey, detail::encode(rec, text));
  t.put(article_seq_, seq_key, akey, MDB_APPEND);
  names_cache& cache = write_names_;
  std::optional<fact> copy;
  pending_article pa;
  pa.seq_key = seq_key;
  pa.current = rec.state == record_state::current;
  pa.first = static_cast<std::uint32_t>(pending_.keys.size());
  for (const fact& f : facts) {
    // Copied only when it lacks its article or publication day.
    const fact* sf = &f;
    if (f.article.empty() || !f.published) sf = &copy.emplace(as_stored(f, rec.meta));
    const std::string fk = detail::fact_key(sf->id);
    std::string ikey = detail::index_key(detail::series_key(sf->entity, sf->metric),
                                         sf->when.first, sf->published, fk);
    pending_.values.push_back(series_record(t, cache, ikey, *sf, rec.state));
    pending_.keys.push_back(std::move(ikey));
  }
  pa.end = static_cast<std::uint32_t>(pending_.keys.size());
  pending_.articles.push_back(std::move(pa));
  if (rec.state == record_state::current) {
    ++c.articles;
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
        flush_pending(t, c);  // the old version may be pending in this txn
        old->superseded_by = a.id;
        deactivate(t, c, *old, record_state::superseded);
        rec.supersedes = old->meta.id;
      }
    }
    t.put(urls_, ukey, akey);
  }
  insert(t, c, rec, facts);
  if (!derived.empty()) flush_pending(t, c);  // put_derived reads series
  put_derived(t, derived);
  put_findings(t, c, findings);
  return true;
}

void store::impl::deactivate(lmdb::txn& t, store_counters& c, detail::article_record& r,
                             record_state to) {
  const std::string akey = detail::article_key(r.meta.id);
  std::unordered_set<std::string> removed;
  names_cache& cache = write_names_;
  for (const std::string& ik : article_index_keys(t, r.seq)) {
    const auto v = t.get(series_, ik);
    if (!v) corrupt("series", ik, "indexed fact is missing");
    detail::fact_record fr = decode_fact(t, cache, ik, *v);
    if (fr.state == record_state::current && c.facts > 0) --c.facts;
    if (fr.state == record_state::current) unnote_fact(t, ik, fr.f.kind);
    fr.state = to;
    removed.insert(fr.f.id);
    put_fact(t, cache, ik, fr.f, fr.state, true);
  }
  if (r.state == record_state::current && c.articles > 0) --c.articles;
  if (to == record_state::retracted && r.state != record_state::retracted) ++c.retracted;
  r.state = to;
  // The record only: its text stays where it is.
  const auto old = t.get(articles_, akey);
  if (!old) corrupt("articles", akey, "article is missing");
  detail::text_ref text;
  try {
    (void)detail::decode_article(*old, &text);
  } catch (const detail::codec_error& e) {
    corrupt("articles", akey, e.what());
  }
  t.put(articles_, akey, detail::encode(r, text));
  drop_dependents(t, std::move(removed));
}

void store::impl::drop_dependents(lmdb::txn& t, std::unordered_set<std::string> removed) {
  if (removed.empty()) return;
  names_cache cache;
  // Derived facts resting on removed ones, to a fixpoint (derived from
  // derived); bounded as the derived set shrinks each pass.
  for (bool again = true; again;) {
    again = false;
    lmdb::cursor cur(t, derived_);
    for (auto e = cur.first(); e; e = cur.next()) {
      const std::string ik(e->second);
      const auto v = t.get(series_, ik);
      if (!v) continue;
      const detail::fact_record fr = decode_fact(t, cache, ik, *v, false);
      const bool rests = std::any_of(fr.f.inputs.begin(), fr.f.inputs.end(),
                                     [&](const std::string& in) { return removed.count(in) != 0; });
      if (!rests) continue;
      removed.insert(fr.f.id);
      t.del(series_, ik);
      cur.del();
      unnote_fact(t, ik, fr.f.kind);
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
  std::uint64_t stored = 0;
  auto added = impl_->write([&](lmdb::txn& t) {
    if (!impl_->dictionary_settled_) impl_->load_dictionary(t);
    store_counters c = impl_->counters(t);
    impl_->pending_.clear();  // from an attempt cut short (map full)
    std::vector<bool> out;
    out.reserve(batch.size());
    bool any = false;
    for (const auto& item : batch) {
      const bool a = impl_->put_article(t, c, *item.meta, item.facts, item.derived, item.findings);
      out.push_back(a);
      any = any || a;
    }
    impl_->flush_pending(t, c);
    if (any) impl_->put_counters(t, c);  // else nothing is written: no fsync
    stored = c.next_seq - 1;
    return out;
  });
  impl_->maybe_train_dictionary(stored);
  return added;
}

void store::impl::maybe_train_dictionary(std::uint64_t articles_stored) {
  if (dictionary_settled_ || articles_stored < detail::kTrainAfter) return;
  std::optional<std::string> dict;
  write([&](lmdb::txn& t) {
    dict.reset();
    if (t.get(meta_, "text_dict")) return;  // another writer trained it
    std::vector<std::string> samples;
    lmdb::cursor cur(t, article_seq_);
    for (auto e = cur.first(); e && samples.size() < detail::kTrainAfter; e = cur.next()) {
      auto rec = load_article(t, e->second, true);
      if (rec) samples.push_back(std::move(rec->meta.text));
    }
    dict = detail::train_text_dictionary(samples);
    // An empty record: zstd could not train one; do not try again.
    t.put(meta_, "text_dict", dict ? *dict : std::string());
  });
  read([&](lmdb::txn& t) {
    load_dictionary(t);
    return 0;
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
      for (auto e = cur.first(); e; e = cur.next()) {
        const std::string ik(e->second);
        if (const auto v = t.get(impl_->series_, ik)) {
          impl_->unnote_fact(t, ik, impl_->peek_fact(ik, *v).kind);
        }
        t.del(impl_->series_, ik);
      }
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
  std::uint64_t stored = 0;
  auto result = impl_->write([&](lmdb::txn& t) {
    if (!impl_->dictionary_settled_) impl_->load_dictionary(t);
    store_counters c = impl_->counters(t);
    impl_->pending_.clear();  // from an attempt cut short (map full)
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
    impl_->flush_pending(t, c);
    impl_->put_counters(t, c);
    stored = c.next_seq - 1;
    return added;
  });
  impl_->maybe_train_dictionary(stored);
  return result;
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
