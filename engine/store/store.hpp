// The fact store: every article, fact, derived fact and finding, kept in an
// LMDB environment (one directory, default ./claimcheck.db).
//
// Thread safety: one store object per process; const methods may be called
// from many threads (each opens its own read transaction). Many processes
// may read while one writes. A writing store takes DIR/writer.lock at its
// first write and holds it until destroyed: a second writing process waits
// (saying so on stderr) or, with wait_for_writer false, fails at once.
// Do not fork while a store is open (LMDB and the lock do not survive it).
//
// Durability: every write is one LMDB transaction, synced at commit (never
// MDB_NOSYNC or MDB_WRITEMAP). The map starts at initial_map_size and
// doubles when full, up to max_map_size. Every failure throws
// claimcheck::error (database, exit status 3) naming the directory, and
// leaves the database as it was.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"
#include "engine/model/finding.hpp"

namespace claimcheck::engine {

struct store_options {
  std::filesystem::path dir = "claimcheck.db";
  std::size_t initial_map_size = std::size_t{64} << 20;  // grows when full
  std::size_t max_map_size = 0;                          // 0: no cap
  bool read_only = false;   // open for reading only; never creates
  bool create = true;       // create the directory and database when missing
  bool wait_for_writer = true;  // a second writer waits (false: fails at once)
};

struct history_query {
  std::optional<std::string> entity;
  std::optional<std::string> metric;
  std::optional<std::string> article;  // only facts from this article
  std::optional<std::string> source;   // only facts from articles of this publisher
  std::optional<date::sys_days> from;  // periods that end on or after
  std::optional<date::sys_days> to;    // periods that start on or before
  bool include_derived = false;
  // Also facts of superseded and retracted articles (the whole record).
  bool include_inactive = false;
  // False: each fact's source (span and sentence) is left empty, which
  // saves copying the sentence (look-ups that only compare values).
  bool with_source = true;
};

// Where a stored article (and its facts) stands: in the current view, or
// replaced by a newer version of the same URL, or retracted.
enum class record_state : std::uint8_t { current = 0, superseded = 1, retracted = 2 };
[[nodiscard]] std::string_view to_string(record_state s);
[[nodiscard]] std::optional<record_state> record_state_from_string(std::string_view s);

// An article as stored, with its place in the history.
struct stored_article {
  article meta;
  record_state state = record_state::current;
  std::uint64_t seq = 0;          // ingestion order, from 1
  std::int64_t retracted_at = 0;  // unix seconds; 0 when not retracted
  std::string supersedes;         // id of the older version with the same URL
  std::string superseded_by;      // id of the newer version

  friend bool operator==(const stored_article&, const stored_article&) = default;
};

// One article of a batch for add_articles.
struct article_batch_item {
  const article* meta = nullptr;
  std::span<const fact> facts;
  std::span<const fact> derived;
  std::span<const finding> findings;
};

struct store_stats {
  std::uint64_t articles = 0;
  std::uint64_t facts = 0;
  std::uint64_t derived = 0;
  std::uint64_t findings = 0;
  std::uint64_t retracted = 0;
  std::uint64_t map_size = 0;   // bytes
  std::uint64_t used_bytes = 0; // bytes in use (pages * page size)
  std::uint64_t fact_bytes = 0;     // pages of the fact tables and indexes * page size
  std::uint64_t article_bytes = 0;  // pages of the article tables (texts) * page size
};

// For a program that owns its process (the CLI calls it first thing): a
// SIGSEGV or SIGBUS inside LMDB, or reading a page of an open database,
// becomes one error line on stderr ("claimcheck: DB: the database file is
// damaged ...") and exit status 3. LMDB has no page checksums of its own,
// so a damaged page can send it outside the file. Other crashes keep the
// default action. Embedders with their own signal handling leave it out.
void guard_database_faults() noexcept;

class store {
 public:
  // Opens (and creates, per options) the store. Throws claimcheck::error
  // (database) naming the directory when it cannot.
  explicit store(store_options opts);
  ~store();
  store(const store&) = delete;
  store& operator=(const store&) = delete;

  // Adds an article with its facts, the facts the rules derived from them
  // and the findings, in one write transaction: after a crash it is wholly
  // in or wholly out. Returns false, and writes nothing, when an article
  // with this id is already stored.
  // An article whose URL is that of a stored current article with other
  // content is a new version: the old one is marked superseded (its facts
  // leave the current view, the derived facts and findings that rested on
  // them are removed) and both stay in the record.
  bool add_article(const article& a, std::span<const fact> facts, std::span<const fact> derived,
                   std::span<const finding> findings);
  // Many articles in one write transaction (bulk ingest: one fsync for the
  // batch). Each article is still all or nothing: the batch commits whole
  // or not at all. Returns, per item, what add_article would have.
  std::vector<bool> add_articles(std::span<const article_batch_item> batch);

  [[nodiscard]] bool has_article(std::string_view id) const;
  [[nodiscard]] std::optional<article> get_article(std::string_view id) const;
  // Every current article (neither superseded nor retracted), in order of
  // ingestion. Texts are included.
  [[nodiscard]] std::vector<article> articles() const;
  // Every stored article whatever its state, in order of ingestion, with
  // its facts (in key order), in one read snapshot: constant memory.
  void for_each_article(
      const std::function<void(const stored_article&, const std::vector<fact>&)>& fn) const;
  [[nodiscard]] std::optional<stored_article> get_stored_article(std::string_view id) const;
  // The full id of the one article whose id starts with prefix (at least 4
  // hex digits). Throws claimcheck::error (usage) when ambiguous; nullopt
  // when none.
  [[nodiscard]] std::optional<std::string> resolve_article(std::string_view prefix) const;

  // Facts matching the query, stated ones (and derived with
  // include_derived), ordered by period start, then publication date.
  [[nodiscard]] std::vector<fact> history(const history_query& q) const;
  // Every current fact (stated and derived) with this entity and metric.
  // with_source false leaves each fact's source (span, sentence) empty: the
  // light decode for look-ups that compare values and periods.
  [[nodiscard]] std::vector<fact> facts_for(std::string_view entity, std::string_view metric,
                                            bool with_source = true) const;
  // The source (span, sentence) of the fact with this id among the facts of
  // entity and metric whose period starts on `start`, for a fact read by
  // facts_for without sources; reads only that day's facts. nullopt when
  // there is no such fact.
  [[nodiscard]] std::optional<source_span> fact_source(std::string_view entity,
                                                       std::string_view metric,
                                                       date::sys_days start,
                                                       std::string_view id) const;
  // Reads of one series by period start, for look-ups that need a few days
  // or kinds of a long series (the rules' check). Facts come as facts_for
  // gives them (current, stated and derived, in history order), with their
  // sources when with_source.
  // The facts whose period starts in [from, to].
  [[nodiscard]] std::vector<fact> facts_starting(std::string_view entity, std::string_view metric,
                                                 date::sys_days from, date::sys_days to,
                                                 bool with_source = true) const;
  // The facts of the kinds whose bit (1 << kind) is set in kinds; the
  // others are stepped over without being decoded. With `all`, a series of
  // at most all_up_to records is given whole (every kind), and *all says
  // whether it was.
  [[nodiscard]] std::vector<fact> facts_of_kinds(std::string_view entity, std::string_view metric,
                                                 std::uint32_t kinds, bool with_source = true,
                                                 std::size_t all_up_to = 0,
                                                 bool* all = nullptr) const;
  // The latest period start before `before` of a current fact of the
  // kinds set in kinds (and of grain g when given), found by stepping back
  // over the records without decoding them (a fact of another key of the
  // same hash may stand for one: reading that day may then give nothing);
  // nullopt when none.
  [[nodiscard]] std::optional<date::sys_days> start_before(
      std::string_view entity, std::string_view metric, date::sys_days before,
      std::uint32_t kinds = ~std::uint32_t{0}, std::optional<grain> g = std::nullopt) const;
  // Every current stated fact, in key order, to a callback (constant memory).
  void for_each_fact(const std::function<void(const fact&)>& fn) const;
  [[nodiscard]] std::vector<finding> findings() const;
  // Every derived fact, in key order, to a callback (constant memory).
  void for_each_derived(const std::function<void(const fact&)>& fn) const;
  // Every finding, in the order stored, to a callback (constant memory).
  void for_each_finding(const std::function<void(const finding&)>& fn) const;

  // Removes the article's facts, derived facts and findings from the current
  // view; the retraction is recorded. Returns false when no such article.
  bool retract(std::string_view article_id);

  // Replaces every derived fact and finding (after an audit).
  void replace_derived(std::span<const fact> derived, std::span<const finding> findings);

  // For import: stores an article with its recorded state and links as
  // exported (facts take the article's state). False when already stored.
  bool restore_article(const stored_article& a, std::span<const fact> facts);
  // The same for many articles in one write transaction.
  std::vector<bool> restore_articles(
      std::span<const std::pair<stored_article, std::vector<fact>>> batch);
  // For import: appends derived facts and findings.
  void add_derived(std::span<const fact> derived, std::span<const finding> findings);

  [[nodiscard]] store_stats stats() const;
  [[nodiscard]] const std::filesystem::path& dir() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace claimcheck::engine
