// The founding example of DESIGN.md through the built-in growth rule:
// $31.17 billion in 2022, up 23.6 percent year on year, against $25.2
// billion stated for 2021 by an earlier article.
#include <doctest/doctest.h>

#include "rules/rules.hpp"
#include "tests/rules/support.hpp"

using namespace claimcheck;
using test::level;
using test::of_rule;
using test::yoy;

namespace {

std::vector<engine::fact> article_2023() {
  return {level("f2022", 2022, 31.17, 2, "$31.17 billion"),
          yoy("c2022", 2022, 23.6, 1, "23.6 percent")};
}

}  // namespace

TEST_CASE("rules: founding example confirms 2021 within stated precision") {
  const auto rules = rules::rule_set::builtin();
  rules::memory_history history;
  history.add(level("f2021", 2021, 25.2, 1, "$25.2 billion"));
  const auto facts = article_2023();
  const auto ev = rules.evaluate(facts, history);
  const auto growth = of_rule(ev.findings, "growth");
  REQUIRE(growth.size() == 1);
  const auto& g = growth.front();
  CHECK(g.kind == engine::finding_kind::confirmation);
  CHECK(g.sev == engine::severity::info);
  // 31.165e9 / 1.2365 = 25.2042e9 and 31.175e9 / 1.2355 = 25.2327e9.
  CHECK(g.arithmetic == "31.17e9 / (1 + 23.6%) = [25.204e9, 25.233e9] ∈ [25.15e9, 25.25e9]");
  CHECK(g.message.find("\"$25.2 billion\"") != std::string::npos);
  CHECK(g.message.find("\"$31.17 billion\"") != std::string::npos);
  CHECK(g.message.find("\"23.6 percent\"") != std::string::npos);
  // New facts first, then the history.
  REQUIRE(g.facts.size() == 3);
  CHECK(g.facts[2] == "f2021");
  CHECK(g.article == "art-f2022");
  // Nothing is derived when all three are known.
  CHECK(ev.derived.empty());
}

TEST_CASE("rules: founding example with a contradicting 2021 figure") {
  const auto rules = rules::rule_set::builtin();
  rules::memory_history history;
  history.add(level("f2021", 2021, 22.0, 1, "$22.0 billion"));
  const auto facts = article_2023();
  const auto growth = of_rule(rules.evaluate(facts, history).findings, "growth");
  REQUIRE(growth.size() == 1);
  CHECK(growth[0].kind == engine::finding_kind::contradiction);
  CHECK(growth[0].sev == engine::severity::error);
  CHECK(growth[0].arithmetic ==
        "31.17e9 / (1 + 23.6%) = [25.204e9, 25.233e9] ∉ [21.95e9, 22.05e9]");
  CHECK(growth[0].message.find("contradiction") != std::string::npos);
}

TEST_CASE("rules: growth derives the missing year, and the derived value meets the stated one") {
  const auto rules = rules::rule_set::builtin();
  const auto facts = article_2023();
  const auto ev = rules.evaluate(facts, rules::no_history{});
  REQUIRE(ev.derived.size() == 1);
  const engine::fact& d = ev.derived[0];
  CHECK(d.kind == engine::fact_kind::level);
  CHECK(d.entity == "CHN+KAZ");
  CHECK(d.metric == "trade_volume");
  CHECK(d.when == test::year(2021));
  CHECK(d.value.unit == "USD");
  CHECK(d.value.value.lo() == doctest::Approx(25.2042e9).epsilon(1e-5));
  CHECK(d.value.value.hi() == doctest::Approx(25.2327e9).epsilon(1e-5));
  CHECK(d.value.value.contains(31.165e9 / 1.2365));
  CHECK(d.value.value.contains(31.175e9 / 1.2355));
  CHECK(d.derived_by == "growth");
  CHECK(d.inputs == std::vector<std::string>{"f2022", "c2022"});
  const auto derived = of_rule(ev.findings, "growth");
  REQUIRE(derived.size() == 1);
  CHECK(derived[0].kind == engine::finding_kind::derived);
  CHECK(derived[0].arithmetic == "31.17e9 / (1 + 23.6%) = [25.204e9, 25.233e9]");

  // A later article states 2021: the conflict rule meets it with the
  // derived value (growth checks it against the 2022 facts as well).
  rules::memory_history history;
  for (const auto& f : facts) history.add(f);
  history.add(d);
  const std::vector<engine::fact> later{level("f2021", 2021, 25.2, 1, "$25.2 billion")};
  const auto ev2 = rules.evaluate(later, history);
  const auto conflict = of_rule(ev2.findings, "conflict");
  REQUIRE(conflict.size() == 1);
  CHECK(conflict[0].kind == engine::finding_kind::confirmation);
  CHECK(conflict[0].facts == std::vector<std::string>{"f2021", d.id});
  CHECK(conflict[0].arithmetic == "[25.15e9, 25.25e9] overlaps [25.204e9, 25.233e9]");
  const auto growth = of_rule(ev2.findings, "growth");
  REQUIRE(growth.size() == 1);
  CHECK(growth[0].kind == engine::finding_kind::confirmation);
}

TEST_CASE("rules: growth derives the change from two levels") {
  const auto rules = rules::rule_set::builtin();
  rules::memory_history history;
  history.add(level("f2021", 2021, 25.2, 1, "$25.2 billion"));
  const std::vector<engine::fact> facts{level("f2022", 2022, 31.17, 2, "$31.17 billion")};
  const auto ev = rules.evaluate(facts, history);
  const engine::fact* change = nullptr;
  for (const auto& d : ev.derived) {
    if (d.kind == engine::fact_kind::change) change = &d;
  }
  REQUIRE(change != nullptr);
  CHECK(change->basis == "yoy");
  CHECK(change->value.unit == "%");
  // 31.165 / 25.25 - 1 = 23.42 %; 31.175 / 25.15 - 1 = 23.96 %.
  CHECK(change->value.value.lo() == doctest::Approx(23.4257).epsilon(1e-4));
  CHECK(change->value.value.hi() == doctest::Approx(23.9563).epsilon(1e-4));
}
