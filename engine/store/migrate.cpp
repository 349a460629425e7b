// Schema migration: a schema 2 database becomes schema 3, and a schema 3
// one schema 4, in the one write transaction that opens it (all or
// nothing; a crash leaves the schema it had). Schema 4 adds rare_facts
// (an index of the current facts of the rare kinds, store_impl.hpp), built
// from the key index.
// Schema 2 kept article texts inside the article records and each fact
// record whole (names, period start, publication day); it indexed facts by
// id in `facts` and per article in `article_facts`. Schema 3 moves texts
// to `texts` (compressed), lists an article's index keys in `fact_lists`
// by seq, names series once in `series_names`, and drops both old tables.
#include "engine/model/error.hpp"
#include "engine/store/detail/store_impl.hpp"

namespace claimcheck::engine {

void store::impl::migrate_v2(lmdb::txn& t) {
  const auto open = [&](const char* name, unsigned flags) {
    const auto dbi = t.open_dbi(name, flags);
    if (!dbi) {
      throw error(error_code::database, origin_,
                  std::string("schema 2 database without its table '") + name +
                      "': cannot upgrade it");
    }
    return *dbi;
  };
  articles_ = open("articles", 0);
  article_seq_ = open("article_seq", 0);
  series_ = open("series", 0);
  const MDB_dbi v2_facts = open("facts", 0);
  const MDB_dbi v2_article_facts = open("article_facts", 0);
  texts_ = open("texts", MDB_CREATE);
  series_names_ = open("series_names", MDB_CREATE);
  fact_lists_ = open("fact_lists", MDB_CREATE);

  // 1. Articles in seq order: text out to `texts`, the index keys of their
  //    facts to `fact_lists` (both appended).
  {
    lmdb::cursor cur(t, article_seq_);
    for (auto e = cur.first(); e; e = cur.next()) {
      const std::string akey(e->second);
      const auto v = t.get(articles_, akey);
      if (!v) corrupt("article_seq", e->first, "article is missing");
      detail::article_record rec;
      try {
        rec = detail::decode_article_v2(*v);
      } catch (const detail::codec_error& err) {
        corrupt("articles", akey, err.what());
      }
      if (rec.seq != detail::get_u64(e->first)) corrupt("articles", akey, "seq does not match");
      const detail::text_ref text = put_text(t, rec.seq, rec.meta.text);
      t.put(articles_, akey, detail::encode(rec, text));
      std::string list;
      if (const auto fks = t.get(v2_article_facts, akey)) {
        if (fks->size() % detail::kFactKey != 0) {
          corrupt("article_facts", akey, "value of wrong size");
        }
        for (std::size_t i = 0; i < fks->size(); i += detail::kFactKey) {
          const std::string fk(fks->substr(i, detail::kFactKey));
          const auto prefix = t.get(v2_facts, fk);
          if (!prefix || prefix->size() != detail::kIndexKey - detail::kFactKey) {
            corrupt("facts", fk, "fact of the article index is missing");
          }
          list += *prefix;
          list += fk;
        }
      }
      t.put(fact_lists_, e->first, detail::encode_key_list(list), MDB_APPEND);
    }
  }

  // 2. Every fact record (stated and derived), rewritten in place.
  {
    names_cache cache;
    lmdb::cursor cur(t, series_);
    for (auto e = cur.first(); e; e = cur.next()) {
      const std::string ikey(e->first);
      if (ikey.size() != detail::kIndexKey) corrupt("series", ikey, "index key of wrong size");
      detail::fact_record r;
      try {
        r = detail::decode_fact_v2(e->second, std::string_view(ikey).substr(16));
      } catch (const detail::codec_error& err) {
        corrupt("series", ikey, err.what());
      }
      // put_fact overwrites through another cursor: re-seek ours after it.
      put_fact(t, cache, ikey, r.f, r.state, true);
      e = cur.seek(ikey);
      if (!e || e->first != ikey) corrupt("series", ikey, "record lost while upgrading");
    }
  }

  // 3. The old tables go; the version says 3.
  t.drop(v2_facts);
  t.drop(v2_article_facts);
  std::string v;
  detail::put_u32(v, 3);
  t.put(meta_, "schema", v);
}

void store::impl::migrate_v3(lmdb::txn& t) {
  rare_facts_ = *t.open_dbi("rare_facts", MDB_CREATE);
  has_rare_ = true;
  t.clear(rare_facts_);
  // One walk of the key index, peeking at each record; the index is
  // appended to (the same key order).
  {
    lmdb::cursor cur(t, series_);
    for (auto e = cur.first(); e; e = cur.next()) {
      if (e->first.size() != detail::kIndexKey) {
        corrupt("series", e->first, "index key of wrong size");
      }
      const detail::fact_peek p = peek_fact(e->first, e->second);
      if (p.state != record_state::current ||
          (kRareKinds & (std::uint32_t{1} << static_cast<unsigned>(p.kind))) == 0) {
        continue;
      }
      t.put(rare_facts_, e->first, std::string(1, static_cast<char>(p.kind)), MDB_APPEND);
    }
  }
  std::string v;
  detail::put_u32(v, 4);
  t.put(meta_, "schema", v);
}

}  // namespace claimcheck::engine
