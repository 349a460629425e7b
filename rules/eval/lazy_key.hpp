// A key of a long history read lazily, through a fact_source that reads by
// day and kind (a store): only the first days and kinds the matcher asks
// for are read and decoded, so a check costs what it looks at, not what
// the history holds. It gives the same facts, in the same order, as a
// whole_key over the whole history would.
#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "rules/eval/match.hpp"
#include "rules/rules.hpp"

namespace claimcheck::rules::eval {

class lazy_key final : public key_facts {
 public:
  // Whether a history fact is used (before normalise), and normalise.
  using keep_fn = std::function<bool(const engine::fact&)>;
  using normalise_fn = void (*)(engine::fact&);

  // A key of at most this many facts is better read whole at once (by
  // day, it would cost more calls than facts): the first read, of the
  // rare kinds, takes it whole when it is that short (and then it is no
  // lazy key).
  static constexpr std::size_t kWholeUpTo = 48;
  static constexpr std::size_t kKinds = 9;
  static constexpr std::uint32_t kAllKinds = (std::uint32_t{1} << kKinds) - 1;
  // The kinds read together by a scan for one of them: every kind but the
  // common level and change, so that a key is scanned once for them all
  // (folds are needed by every day read, see moved_).
  static constexpr std::uint32_t kRare =
      kAllKinds & ~((std::uint32_t{1} << static_cast<unsigned>(engine::fact_kind::level)) |
                    (std::uint32_t{1} << static_cast<unsigned>(engine::fact_kind::change)));

  // `pool`: the new facts of this key there are now, in the order added;
  // `rare`: the history's facts of the kinds kRare, as read.
  lazy_key(const fact_source& history, std::string entity, std::string metric,
           std::vector<const engine::fact*> pool, keep_fn keep, normalise_fn normalise,
           std::vector<engine::fact> rare);

  fact_span starting(date::sys_days d) override;
  fact_span of_kind(const program::slot& s) override;
  std::optional<date::sys_days> start_before(date::sys_days d, const program::slot& s,
                                             engine::grain g) override;
  void add(const engine::fact* f) override;

 private:
  // The held copy of a history fact, normalised; nullptr when it is not
  // kept. A fact read twice (by day and by kind) is one fact.
  const engine::fact* intern(engine::fact f);
  // Reads the history's facts of these kinds (those not read yet).
  void load_kinds(std::uint32_t kinds);
  // Files facts of these kinds as read.
  void file_kinds(std::vector<engine::fact> facts, std::uint32_t kinds);
  void load_all();
  // Files a whole key's facts, in history order, by kind and day.
  void file_whole(std::vector<engine::fact> facts, std::uint32_t fresh);
  // The history's facts whose first day (after normalise) is d.
  const std::vector<const engine::fact*>& history_day(date::sys_days d);
  // The new facts, those there were first or those added since, that pass.
  template <class P>
  void add_pool(bool before, std::vector<const engine::fact*>& out, P pass) const;

  const fact_source& history_;
  std::string entity_;
  std::string metric_;
  std::vector<const engine::fact*> pool_;
  std::size_t pool_before_ = 0;
  keep_fn keep_;
  normalise_fn normalise_;

  std::deque<engine::fact> held_;  // stable addresses
  std::unordered_map<std::string, const engine::fact*> by_identity_;
  std::uint32_t loaded_kinds_ = 0;
  std::array<std::vector<const engine::fact*>, kKinds> history_kind_;
  std::optional<std::vector<const engine::fact*>> history_all_;  // when read whole
  // Folds whose first day normalise moved (a fold "since" a year), in
  // history order: they are found by no read of their new first day.
  std::vector<const engine::fact*> moved_;
  std::map<date::sys_days, std::vector<const engine::fact*>> history_days_;
  // What was given, until a new fact is added.
  std::map<date::sys_days, std::vector<const engine::fact*>> given_days_;
  std::array<std::optional<std::vector<const engine::fact*>>, kKinds + 1> given_kinds_;
  // The history's answers to start_before.
  struct before_answer {
    std::uint32_t kinds = 0;
    engine::grain g = engine::grain::day;
    date::sys_days asked{};
    std::optional<date::sys_days> latest;
  };
  std::vector<before_answer> before_;
};

}  // namespace claimcheck::rules::eval
