// The rules engine: rule files parsed at start-up, evaluated over facts with
// interval arithmetic, giving findings and derived facts. No LMDB here: the
// history comes through fact_source.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <unordered_map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/fact.hpp"
#include "engine/model/finding.hpp"

namespace claimcheck::rules {

// What rules can look up besides the facts being checked.
class fact_source {
 public:
  virtual ~fact_source() = default;
  // Every known fact (stated and derived) with this entity and metric.
  [[nodiscard]] virtual std::vector<engine::fact> facts_for(std::string_view entity,
                                                            std::string_view metric) const = 0;
  // The same facts without a copy, when the source holds them in memory
  // (valid while the source is not changed); nullptr (the default) when it
  // does not, and facts_for is used.
  [[nodiscard]] virtual const std::vector<engine::fact>* held_facts(
      std::string_view /*entity*/, std::string_view /*metric*/) const {
    return nullptr;
  }
  // The same facts as facts_for with each one's source (span, sentence)
  // left empty, when the source reads them cheaper that way (a store);
  // nullopt (the default) when it does not. Rules compare values and
  // periods only: a finding that quotes such a fact has its source read
  // with facts_for.
  [[nodiscard]] virtual std::optional<std::vector<engine::fact>> facts_without_source(
      std::string_view /*entity*/, std::string_view /*metric*/) const {
    return std::nullopt;
  }
  // The source of a fact facts_without_source gave, by the first day of its
  // period as read and its id: nullopt when the source cannot tell (it is
  // then read with facts_for).
  [[nodiscard]] virtual std::optional<engine::source_span> source_of(
      std::string_view /*entity*/, std::string_view /*metric*/, date::sys_days /*start*/,
      std::string_view /*id*/) const {
    return std::nullopt;
  }
  // Reads by period start and kind, for a source that holds long series
  // and reads parts of them cheaper than a whole one (a store): true when
  // the three calls below answer. Each gives facts as
  // facts_without_source would (sources may be left empty), in the same
  // order, restricted to: the facts whose period starts on `day`; the
  // facts of the kinds whose bit (1 << kind) is set (every fact when the
  // key holds at most all_up_to facts and the source says so in *all,
  // which saves reading a short key again by day); and the latest period
  // start before `before` of a fact of those kinds and grain g (reading
  // that day may give nothing), nullopt when there is none.
  [[nodiscard]] virtual bool reads_by_day() const { return false; }
  [[nodiscard]] virtual std::vector<engine::fact> facts_starting(std::string_view /*entity*/,
                                                                 std::string_view /*metric*/,
                                                                 date::sys_days /*day*/) const {
    return {};
  }
  [[nodiscard]] virtual std::vector<engine::fact> facts_of_kinds(std::string_view /*entity*/,
                                                                 std::string_view /*metric*/,
                                                                 std::uint32_t /*kinds*/,
                                                                 std::size_t /*all_up_to*/,
                                                                 bool& all) const {
    all = false;
    return {};
  }
  [[nodiscard]] virtual std::optional<date::sys_days> start_before(
      std::string_view /*entity*/, std::string_view /*metric*/, date::sys_days /*before*/,
      std::uint32_t /*kinds*/, engine::grain /*g*/) const {
    return std::nullopt;
  }
};

// A fact_source over nothing, and over a vector (for extract and tests).
class no_history final : public fact_source {
 public:
  std::vector<engine::fact> facts_for(std::string_view, std::string_view) const override {
    return {};
  }
};

// A fact_source held in memory, keyed by entity and metric (tests,
// benchmarks, audit replays). Not thread-safe while facts are added.
class memory_history final : public fact_source {
 public:
  void add(engine::fact f);
  [[nodiscard]] std::size_t size() const { return size_; }
  std::vector<engine::fact> facts_for(std::string_view entity,
                                      std::string_view metric) const override;
  const std::vector<engine::fact>* held_facts(std::string_view entity,
                                              std::string_view metric) const override;

 private:
  std::unordered_map<std::string, std::vector<engine::fact>> by_key_;
  std::size_t size_ = 0;
};

struct evaluation {
  std::vector<engine::finding> findings;
  std::vector<engine::fact> derived;  // with derived_by and inputs set
};

struct rule_info {
  std::string id;           // "growth"
  std::string severity;     // default severity
  std::string description;  // one line
  std::string file;         // where it was defined
};

class rule_set {
 public:
  // The rules compiled into the binary (rules/builtin/*.rules).
  static rule_set builtin();
  // Adds every *.rules file of a directory, or one file. Throws
  // claimcheck::error (rules) with file:line:col and the problem.
  void load(const std::filesystem::path& path);
  // Adds rules from text; `name` names it in errors. A rule with the id of
  // one already loaded replaces it; a broken file adds nothing.
  void add(std::string_view name, std::string_view text);

  // Findings and derived facts for new facts against the history. A new
  // fact is also history for the other new facts.
  [[nodiscard]] evaluation evaluate(std::span<const engine::fact> new_facts,
                                    const fact_source& history) const;

  [[nodiscard]] std::vector<rule_info> describe() const;

  // The group of entities whose facts a rule of this set can bring
  // together with this entity's, so that a history can be replayed one
  // group at a time. When every rule names one entity variable in all its
  // slots (as itself or as its pair), a group is the entity's names split
  // at '+' and '>' and sorted ("CHN+KAZ" for "KAZ>CHN", "CHN>KAZ" and
  // "CHN+KAZ"); otherwise everything is one group ("").
  [[nodiscard]] std::string entity_group(std::string_view entity) const;

  // A numeric setting declared with `set NAME = VALUE` in a loaded file
  // (the last declaration wins): approx_tolerance, nearly_tolerance, ...
  [[nodiscard]] std::optional<double> setting(std::string_view name) const;

  // Parses and checks a rules file without adding it (rules --check): the
  // file may use the settings of this set. Throws like add().
  void check(std::string_view name, std::string_view text) const;

  rule_set();
  ~rule_set();
  rule_set(rule_set&&) noexcept;
  rule_set& operator=(rule_set&&) noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace claimcheck::rules
