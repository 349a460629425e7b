// Fact: one claim about one quantity, normalised (DESIGN.md "Facts"), with
// the provenance that points back at the words it came from.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/period.hpp"
#include "engine/model/quantity.hpp"

namespace claimcheck::engine {

enum class fact_kind { level, change, fold, share, rank, event, duration, record, target };

[[nodiscard]] std::string_view to_string(fact_kind k);
[[nodiscard]] std::optional<fact_kind> fact_kind_from_string(std::string_view s);

// Where a fact was stated. Offsets are bytes into the article file.
struct source_span {
  unsigned line = 0;    // 1-based
  unsigned column = 0;  // 1-based, in bytes
  std::size_t start = 0;
  std::size_t end = 0;
  std::string sentence;

  friend bool operator==(const source_span&, const source_span&) = default;
};

struct fact {
  std::string id;          // see make_fact_id
  std::string article;     // id of the article it came from; empty when derived
  fact_kind kind = fact_kind::level;
  std::string entity;      // "CHN+KAZ", "KAZ", or a lexicon key
  std::string metric;      // "trade_volume"
  period when;             // the period the value is about
  quantity value;
  std::string basis;       // for a change: "yoy", "since:2015", "" otherwise
  std::string attribution; // "according to official statistics"
  source_span source;
  // Flags from claim assembly.
  bool hedged = false;     // "may reach"
  bool negated = false;    // "did not exceed"
  bool unlisted = false;   // metric not in the lexicon
  // For an event or a dated claim: the weekday stated next to the date
  // (0 = Sunday), and the tense of its sentence (-1 past, +1 future, 0 not
  // known), for the temporal rules.
  std::optional<unsigned> weekday;
  int tense = 0;
  // For a derived fact: the rule and the facts it came from.
  std::string derived_by;
  std::vector<std::string> inputs;
  // Publication day of the article, copied for ordering history.
  std::optional<date::sys_days> published;

  [[nodiscard]] bool derived() const { return !derived_by.empty(); }
  friend bool operator==(const fact&, const fact&) = default;
};

// A stable id: 16 hex digits from the article id, kind, span and value.
[[nodiscard]] std::string make_fact_id(const fact& f);

}  // namespace claimcheck::engine
