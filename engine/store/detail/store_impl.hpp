// The store's insides, shared by its translation units: the LMDB
// environment, the named databases (the schema), the read and write
// transaction helpers (map growth, writer lock), and record access that
// turns a decode failure into a corruption error naming the key.
//
// Schema (version kSchemaVersion; 1 was never released, 2 and 3 are
// migrated on opening for writing: migrate.cpp; a read-only open reads 3,
// which lacks only rare_facts, and scans for the rare kinds instead):
//   meta           "schema" -> u32; "counters" -> counters
//   articles       article key -> article record (without its text)
//   article_seq    seq (u64) -> article key            ingestion order (appended)
//   texts          seq | chunk (u32) -> compressed text chunk   (appended)
//   urls           hash64(url) -> article key           newest version
//   series         index key -> fact record             the key index: facts
//                  clustered by (entity, metric), period start, published;
//                  a record leaves out what its key holds
//   series_names   series key -> entity \x1f metric     names of the series
//   fact_lists     seq (u64) -> the index keys of the article's facts, in
//                  the order given (keys.hpp encode_key_list)   (appended)
//   rare_facts     index key -> kind (1 byte)           the current facts
//                  of the rare kinds (all but level and change: kRareKinds),
//                  written with them, removed as they leave the current
//                  view; a read of rare kinds walks these, not the series
//                  (schema 4)
//   derived        fact key -> index key                derived facts
//   findings       seq (u64) -> finding record          (appended)
// Everything written per article but the series records and the
// article/url keys is appended in seq order: full pages, few pages dirtied
// per batch. The series records of a batch are inserted together, in key
// order, at its end (pending_facts).
#pragma once

#include <lmdb.h>

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "engine/store/detail/codec.hpp"
#include "engine/store/detail/keys.hpp"
#include "engine/store/detail/lmdb.hpp"
#include "engine/store/detail/text.hpp"
#include "engine/store/detail/writer_lock.hpp"
#include "engine/store/store.hpp"

namespace claimcheck::engine {

inline constexpr std::uint32_t kSchemaVersion = 4;
// The kinds rare_facts indexes: all but level and change (the common ones).
inline constexpr std::uint32_t kCommonKinds =
    (std::uint32_t{1} << static_cast<unsigned>(fact_kind::level)) |
    (std::uint32_t{1} << static_cast<unsigned>(fact_kind::change));
inline constexpr std::uint32_t kRareKinds = ((std::uint32_t{1} << 9) - 1) & ~kCommonKinds;
static_assert(static_cast<unsigned>(fact_kind::target) == 8, "kRareKinds covers nine kinds");

struct store_counters {
  std::uint64_t next_seq = 1;
  std::uint64_t next_finding = 1;
  std::uint64_t articles = 0;   // current
  std::uint64_t facts = 0;      // current stated
  std::uint64_t retracted = 0;  // retracted articles
};

// The names of series met in one transaction (series key -> entity,
// metric; both empty when the series has no names record).
using names_cache = std::unordered_map<std::string, std::pair<std::string, std::string>>;

struct store::impl {
  explicit impl(store_options o);

  store_options opts_;
  std::string origin_;
  lmdb::env env_;
  detail::writer_lock lock_;
  // Readers hold it shared for the life of their txn; growing the map
  // (which LMDB allows only with no txn open in the process) holds it
  // exclusively.
  mutable std::shared_mutex map_mutex_;
  // Texts: compression with the database's dictionary once trained.
  detail::text_codec text_codec_;
  std::atomic<bool> dictionary_settled_ = false;
  // Series names met by the current write txn (cleared as each begins).
  names_cache write_names_;  // trained (or found untrainable) and loaded
  // Whether rare_facts is open (false on a read-only schema 3 database).
  bool has_rare_ = false;

  // The series records of the new facts of a write txn, inserted in key
  // order (flush_pending) at its end or before anything reads series or
  // fact_lists: neighbouring keys then share dirty pages and the cursor's
  // descent, and pages fill fuller than with random inserts.
  struct pending_article {
    std::string seq_key;
    bool current = false;
    std::uint32_t first = 0, end = 0;  // its facts: [first, end) of keys/values
  };
  struct pending_facts {
    std::vector<std::string> keys;    // index keys, in the order given
    std::vector<std::string> values;  // their records
    std::vector<pending_article> articles;
    void clear() {
      keys.clear();
      values.clear();
      articles.clear();
    }
  };
  pending_facts pending_;

  MDB_dbi meta_ = 0, articles_ = 0, article_seq_ = 0, texts_ = 0, urls_ = 0, series_ = 0,
          series_names_ = 0, fact_lists_ = 0, derived_ = 0, findings_ = 0, rare_facts_ = 0;

  void open();
  void open_dbis();
  // The schema version in meta (0 when none).
  [[nodiscard]] std::uint32_t schema_version(const lmdb::txn& t) const;
  void check_schema(lmdb::txn& t, bool writable);
  // Upgrades a schema 2 database to this schema, in the caller's write txn.
  void migrate_v2(lmdb::txn& t);
  // Upgrades a schema 3 database to this one (rare_facts built from the
  // series), in the caller's write txn.
  void migrate_v3(lmdb::txn& t);
  void grow();
  void adopt_map_size();

  template <class F>
  auto read(F&& fn) const {
    for (int attempt = 0;; ++attempt) {
      try {
        std::shared_lock lk(map_mutex_);
        lmdb::txn t(env_, MDB_RDONLY);
        return fn(t);
      } catch (const lmdb::map_resized&) {
        if (attempt >= 4) throw;
        const_cast<impl*>(this)->adopt_map_size();
      }
    }
  }

  // Runs fn in a write transaction and commits; fn may run more than once
  // (after the map grew), so it must have no effect outside the txn.
  template <class F>
  auto write(F&& fn) {
    if (opts_.read_only) {
      throw claimcheck::error(error_code::database, origin_, "opened read-only: cannot write");
    }
    lock_.acquire(opts_.dir, opts_.wait_for_writer);
    for (int attempt = 0;; ++attempt) {
      try {
        std::shared_lock lk(map_mutex_);
        lmdb::txn t(env_, 0);
        write_names_.clear();
        if constexpr (std::is_void_v<decltype(fn(t))>) {
          fn(t);
          t.commit();
          return;
        } else {
          auto r = fn(t);
          t.commit();
          return r;
        }
      } catch (const lmdb::map_full&) {
        if (attempt >= 40) throw;
        grow();
      } catch (const lmdb::map_resized&) {
        if (attempt >= 40) throw;
        adopt_map_size();
      }
    }
  }

  // Record access.
  [[noreturn]] void corrupt(const char* dbi, std::string_view key, const std::string& why) const;
  [[nodiscard]] store_counters counters(const lmdb::txn& t) const;
  void put_counters(lmdb::txn& t, const store_counters& c) const;
  // The article record; its text only when with_text (decompressed).
  [[nodiscard]] std::optional<detail::article_record> load_article(const lmdb::txn& t,
                                                                   std::string_view akey,
                                                                   bool with_text = false) const;
  [[nodiscard]] std::string load_text(const lmdb::txn& t, std::uint64_t seq,
                                      const detail::text_ref& ref) const;
  // The names of a series, from the cache or series_names.
  const std::pair<std::string, std::string>& names(const lmdb::txn& t, names_cache& cache,
                                                   std::string_view series) const;
  [[nodiscard]] detail::fact_record decode_fact(std::string_view ikey, std::string_view v,
                                                const std::pair<std::string, std::string>& names,
                                                bool with_source = true) const;
  record_state decode_fact_into(std::string_view ikey, std::string_view v,
                                const std::pair<std::string, std::string>& names,
                                bool with_source, fact& f) const;
  [[nodiscard]] detail::fact_record decode_fact(const lmdb::txn& t, names_cache& cache,
                                                std::string_view ikey, std::string_view v,
                                                bool with_source = true) const;
  // A fact record's state, kind and grain (codec peek_fact).
  [[nodiscard]] detail::fact_peek peek_fact(std::string_view ikey, std::string_view v) const;
  [[nodiscard]] finding decode_finding(std::string_view key, std::string_view v) const;
  // The index keys of an article's facts, in the order they were given.
  [[nodiscard]] std::vector<std::string> article_index_keys(const lmdb::txn& t,
                                                            std::uint64_t seq) const;

  // Writes.
  // Indexes a current fact in rare_facts when its kind is rare; unindexes
  // one leaving the current view.
  void note_fact(lmdb::txn& t, std::string_view ikey, fact_kind k);
  void unnote_fact(lmdb::txn& t, std::string_view ikey, fact_kind k);
  // Adopts the dictionary meta holds (if any and not yet adopted).
  void load_dictionary(const lmdb::txn& t);
  // Trains the text dictionary once the database holds enough articles (in
  // its own write txn, after the caller's committed).
  void maybe_train_dictionary(std::uint64_t articles_stored);
  // Compresses the text into texts (appended after every earlier seq).
  detail::text_ref put_text(lmdb::txn& t, std::uint64_t seq, std::string_view text);
  // The series record of a fact, its names registered (or kept inline on
  // a clash of series keys). False when the index key is taken.
  bool put_fact(lmdb::txn& t, names_cache& cache, std::string_view ikey, const fact& f,
                record_state state, bool overwrite);
  // The series record of a fact (its names registered as put_fact does).
  std::string series_record(lmdb::txn& t, names_cache& cache, std::string_view ikey,
                            const fact& f, record_state state);
  // Writes the pending series records in key order (the first of equal
  // keys wins, as do keys already stored), then each pending article's
  // fact list (the facts that were stored, in the order given), counting
  // the current ones in c.
  void flush_pending(lmdb::txn& t, store_counters& c);
  bool put_article(lmdb::txn& t, store_counters& c, const article& a, std::span<const fact> facts,
                   std::span<const fact> derived, std::span<const finding> findings);
  // A new article record (seq assigned) and its facts, in the record's
  // state; the facts stay pending until flush_pending (the caller's, before
  // the txn commits).
  void insert(lmdb::txn& t, store_counters& c, detail::article_record& rec,
              std::span<const fact> facts);
  void put_derived(lmdb::txn& t, std::span<const fact> derived);
  void put_findings(lmdb::txn& t, store_counters& c, std::span<const finding> findings);
  // Moves an article and its facts out of the current view and removes the
  // derived facts and findings that rested on them.
  void deactivate(lmdb::txn& t, store_counters& c, detail::article_record& r, record_state to);
  void drop_dependents(lmdb::txn& t, std::unordered_set<std::string> removed);
};

}  // namespace claimcheck::engine
