// Fuzz target (4): the rules-language parser. Any text either loads or is
// refused with claimcheck::error (rules) naming the file; what loads is
// described and evaluated over a few facts without crashing.
#include <date/date.h>

#include <string>
#include <vector>

#include "engine/model/error.hpp"
#include "engine/model/fact.hpp"
#include "rules/rules.hpp"
#include "tests/fuzz/harness.hpp"

namespace claimcheck::fuzz {
namespace {

// Three facts in the founding example's shape: two levels and a change.
engine::fact year_fact(const char* id, int year, engine::fact_kind kind, double lo, double hi,
                       const char* unit, const char* stated) {
  engine::fact f;
  f.id = id;
  f.article = "a1";
  f.kind = kind;
  f.entity = "CHN+KAZ";
  f.metric = "trade_volume";
  f.when = engine::period::year(date::year{year}, std::to_string(year));
  f.value.value = engine::interval::closed(lo, hi);
  f.value.unit = unit;
  f.value.number = (lo + hi) / 2;
  f.value.stated = stated;
  if (kind == engine::fact_kind::change) f.basis = "yoy";
  return f;
}

std::vector<engine::fact> sample_facts() {
  using engine::fact_kind;
  return {year_fact("f1", 2021, fact_kind::level, 25.15e9, 25.25e9, "USD", "$25.2 billion"),
          year_fact("f2", 2022, fact_kind::change, 23.55, 23.65, "%", "23.6 percent"),
          year_fact("f3", 2022, fact_kind::level, 31.165e9, 31.175e9, "USD", "$31.17 billion")};
}

}  // namespace

int rules(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  rules::rule_set rs;
  try {
    rs.add("fuzz.rules", text);
  } catch (const claimcheck::error& e) {
    require(e.code() == error_code::rules, std::string("wrong error code: ") + e.what());
    require(std::string_view(e.what()).find("fuzz.rules") != std::string_view::npos,
            std::string("error does not name the file: ") + e.what());
    return 0;
  }
  for (const auto& r : rs.describe()) require(!r.id.empty(), "a rule without an id");
  static const std::vector<engine::fact> kFacts = sample_facts();
  const rules::evaluation ev = rs.evaluate(kFacts, rules::no_history{});
  for (const auto& f : ev.findings) require(!f.rule.empty(), "a finding without a rule");
  return 0;
}

}  // namespace claimcheck::fuzz
