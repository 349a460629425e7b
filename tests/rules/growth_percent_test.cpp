// The growth rule leaves percent-valued levels alone: an inflation rate of
// 5% "up 10% year on year" is no statement that last year's rate was
// 5% / 1.1, so neither a check nor a derivation may come of it.
#include <doctest/doctest.h>

#include "rules/rules.hpp"
#include "tests/rules/support.hpp"

using namespace claimcheck;
using test::of_rule;

namespace {

engine::fact inflation(std::string id, int y, double percent, int decimals, std::string stated) {
  return test::make(engine::fact_kind::level, std::move(id), test::year(y), percent, decimals, 1.0,
                    "%", std::move(stated), "KAZ", "inflation");
}

engine::fact inflation_yoy(std::string id, int y, double percent, std::string stated) {
  engine::fact f = test::make(engine::fact_kind::change, std::move(id), test::year(y), percent, 0,
                              1.0, "%", std::move(stated), "KAZ", "inflation");
  f.basis = "yoy";
  return f;
}

}  // namespace

TEST_CASE("rules: growth does not check a percent-valued level against its yoy change") {
  const auto rules = rules::rule_set::builtin();
  rules::memory_history history;
  // Were 5.0% a base, 2021 would have to be 5.0 / 1.10 = 4.55%: 4.0% would
  // contradict it.
  history.add(inflation("i2021", 2021, 4.0, 1, "4.0%"));
  const std::vector<engine::fact> facts{inflation("i2022", 2022, 5.0, 1, "5.0%"),
                                        inflation_yoy("c2022", 2022, 10, "10%")};
  const auto ev = rules.evaluate(facts, history);
  CHECK(of_rule(ev.findings, "growth").empty());
  CHECK(ev.derived.empty());
}

TEST_CASE("rules: growth derives no year of a percent-valued level") {
  const auto rules = rules::rule_set::builtin();
  const std::vector<engine::fact> facts{inflation("i2022", 2022, 5.0, 1, "5.0%"),
                                        inflation_yoy("c2022", 2022, 10, "10%")};
  const auto ev = rules.evaluate(facts, rules::no_history{});
  CHECK(of_rule(ev.findings, "growth").empty());
  CHECK(ev.derived.empty());
  // From the other side too: last year's rate and this year's change.
  const std::vector<engine::fact> other{inflation("i2021", 2021, 4.0, 1, "4.0%"),
                                        inflation_yoy("c2022", 2022, 10, "10%")};
  const auto ev2 = rules.evaluate(other, rules::no_history{});
  CHECK(of_rule(ev2.findings, "growth").empty());
  CHECK(ev2.derived.empty());
}

TEST_CASE("rules: growth still checks a money level against its yoy change") {
  const auto rules = rules::rule_set::builtin();
  const std::vector<engine::fact> facts{test::level("f2022", 2022, 31.17, 2, "$31.17 billion"),
                                        test::yoy("c2022", 2022, 23.6, 1, "23.6 percent")};
  const auto ev = rules.evaluate(facts, rules::no_history{});
  REQUIRE(ev.derived.size() == 1);
  CHECK(ev.derived[0].derived_by == "growth");
}
