// The fact store: every article, fact, derived fact and finding, kept in an
// LMDB environment (one directory, default ./claimcheck.db).
//
// Thread safety: one store object per process; const methods may be called
// from many threads (each opens its own read transaction). Many processes
// may read while one writes; LMDB serialises writers.
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
  std::optional<date::sys_days> from;  // periods that end on or after
  std::optional<date::sys_days> to;    // periods that start on or before
  bool include_derived = false;
};

struct store_stats {
  std::uint64_t articles = 0;
  std::uint64_t facts = 0;
  std::uint64_t derived = 0;
  std::uint64_t findings = 0;
  std::uint64_t retracted = 0;
  std::uint64_t map_size = 0;   // bytes
  std::uint64_t used_bytes = 0; // bytes in use (pages * page size)
};

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
  bool add_article(const article& a, std::span<const fact> facts, std::span<const fact> derived,
                   std::span<const finding> findings);

  [[nodiscard]] bool has_article(std::string_view id) const;
  [[nodiscard]] std::optional<article> get_article(std::string_view id) const;
  // Every article, in order of ingestion. Texts are included.
  [[nodiscard]] std::vector<article> articles() const;

  // Facts matching the query, stated ones (and derived with
  // include_derived), ordered by period start, then publication date.
  [[nodiscard]] std::vector<fact> history(const history_query& q) const;
  // Every current fact (stated and derived) with this entity and metric.
  [[nodiscard]] std::vector<fact> facts_for(std::string_view entity,
                                            std::string_view metric) const;
  // Every current stated fact, in key order, to a callback (constant memory).
  void for_each_fact(const std::function<void(const fact&)>& fn) const;
  [[nodiscard]] std::vector<finding> findings() const;

  // Removes the article's facts, derived facts and findings from the current
  // view; the retraction is recorded. Returns false when no such article.
  bool retract(std::string_view article_id);

  // Replaces every derived fact and finding (after an audit).
  void replace_derived(std::span<const fact> derived, std::span<const finding> findings);

  [[nodiscard]] store_stats stats() const;
  [[nodiscard]] const std::filesystem::path& dir() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace claimcheck::engine
