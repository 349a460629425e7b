// How findings are grouped (docs/rules.md "Findings"): a confirmation per
// rule and new facts, a contradiction per distinct earlier value and
// source, a failing combination of several earlier facts per rule and new
// facts, each derived value once, and none of it depending on the order
// the history is read in.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "rules/rules.hpp"
#include "tests/rules/support.hpp"

using namespace claimcheck;
using engine::finding_kind;
using test::level;
using test::of_rule;
using test::yoy;

namespace {

rules::evaluation run(const std::vector<engine::fact>& new_facts,
                      const std::vector<engine::fact>& old_facts) {
  static const auto rules = rules::rule_set::builtin();
  rules::memory_history history;
  for (const auto& f : old_facts) history.add(f);
  return rules.evaluate(new_facts, history);
}

std::string id(int i) { return std::string("h") + (i < 10 ? "0" : "") + std::to_string(i); }

}  // namespace

TEST_CASE("rules: a figure agreeing with 40 earlier statements gives one confirmation") {
  std::vector<engine::fact> old;
  for (int i = 0; i < 40; ++i) old.push_back(level(id(i), 2021, 25.2, 1, "$25.2 billion"));
  const auto f = of_rule(run({level("b", 2021, 25.2, 1, "$25.2 billion")}, old).findings,
                         "conflict");
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == finding_kind::confirmation);
  CHECK(f[0].sev == engine::severity::info);
  // The new fact, then the binding whose ids sort first (h00), then the
  // next ids, eight in all; the message counts the other 39.
  REQUIRE(f[0].facts.size() == 8);
  CHECK(f[0].facts[0] == "b");
  CHECK(f[0].facts[1] == "h00");
  CHECK(f[0].facts[7] == "h06");
  CHECK(f[0].stated.size() == 8);
  CHECK(f[0].message.find("; and 39 more facts: ") != std::string::npos);
  CHECK(f[0].arithmetic == "[25.15e9, 25.25e9] ∈ [25.15e9, 25.25e9]");
}

TEST_CASE("rules: a contradiction per distinct earlier value and source") {
  // $26 billion against three statements of 25.2, two of 24.0 and one of
  // 25.2 from another source.
  std::vector<engine::fact> old;
  for (int i = 0; i < 3; ++i) old.push_back(level(id(i), 2021, 25.2, 1, "$25.2 billion"));
  for (int i = 3; i < 5; ++i) old.push_back(level(id(i), 2021, 24.0, 1, "$24.0 billion"));
  auto other = level("h05", 2021, 25.2, 1, "$25.2 billion");
  other.attribution = "according to China's customs";
  old.push_back(other);
  auto b = level("b", 2021, 26, 0, "$26 billion");
  b.attribution = "according to Kazakhstan's statistics bureau";
  const auto f = of_rule(run({b}, old).findings, "conflict");
  REQUIRE(f.size() == 3);
  std::size_t errors = 0;
  std::size_t warnings = 0;
  for (const auto& x : f) {
    CHECK(x.kind == finding_kind::contradiction);
    CHECK(x.facts.front() == "b");
    if (x.sev == engine::severity::warning) {
      ++warnings;
      CHECK(x.facts == std::vector<std::string>{"b", "h05"});
    } else if (x.arithmetic == "[25.5e9, 26.5e9] ∉ [25.15e9, 25.25e9]") {
      ++errors;
      // Every contradicted statement is listed.
      CHECK(x.facts == std::vector<std::string>{"b", "h00", "h01", "h02"});
      CHECK(x.message.find("; and 2 more facts in the same disagreement: ") != std::string::npos);
    } else {
      ++errors;
      CHECK(x.arithmetic == "[25.5e9, 26.5e9] ∉ [23.95e9, 24.05e9]");
      CHECK(x.facts == std::vector<std::string>{"b", "h03", "h04"});
    }
  }
  CHECK(errors == 2);
  CHECK(warnings == 1);
}

TEST_CASE("rules: failing combinations of several earlier facts give one finding") {
  // 31.17 in 2022 against yoy 10 % and 12 % and 2021 levels 25.2 and 20.0:
  // 31.17 / 1.10 = 28.3 and 31.17 / 1.12 = 27.8 meet neither, four failing
  // combinations, one finding naming all five facts.
  const std::vector<engine::fact> old = {yoy("c1", 2022, 10, 0, "10%"),
                                         yoy("c2", 2022, 12, 0, "12%"),
                                         level("p1", 2021, 25.2, 1, "$25.2 billion"),
                                         level("p2", 2021, 20.0, 1, "$20.0 billion")};
  const auto f = of_rule(run({level("n", 2022, 31.17, 2, "$31.17 billion")}, old).findings,
                         "growth");
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == finding_kind::contradiction);
  CHECK(f[0].sev == engine::severity::error);
  REQUIRE(f[0].facts.size() == 5);
  CHECK(f[0].facts[0] == "n");
  auto rest = std::vector<std::string>(f[0].facts.begin() + 1, f[0].facts.end());
  std::sort(rest.begin(), rest.end());
  CHECK(rest == std::vector<std::string>{"c1", "c2", "p1", "p2"});
}

TEST_CASE("rules: one value derived from two statements of one figure is derived once") {
  // 31.17 / (1 + 23.6 %) for 2021 from two earlier statements of 23.6 %.
  const std::vector<engine::fact> old = {yoy("c1", 2022, 23.6, 1, "23.6%"),
                                         yoy("c2", 2022, 23.6, 1, "23.6%")};
  const auto ev = run({level("n", 2022, 31.17, 2, "$31.17 billion")}, old);
  std::size_t from_growth = 0;
  for (const auto& d : ev.derived) {
    if (d.derived_by != "growth") continue;
    ++from_growth;
    CHECK(d.inputs == std::vector<std::string>{"n", "c1"});
  }
  CHECK(from_growth == 1);
  const auto f = of_rule(ev.findings, "growth");
  REQUIRE(f.size() == 1);
  CHECK(f[0].kind == finding_kind::derived);
  CHECK(f[0].facts == std::vector<std::string>{"n", "c1", "c2"});
}

TEST_CASE("rules: grouped findings do not depend on the order of the history") {
  std::vector<engine::fact> old;
  for (int i = 0; i < 6; ++i) {
    old.push_back(level(id(i), 2021, i % 2 == 0 ? 25.2 : 24.0, 1, "figure " + id(i)));
  }
  old.push_back(yoy("c1", 2022, 10, 0, "10%"));
  old.push_back(yoy("c2", 2022, 23.6, 1, "23.6%"));
  const std::vector<engine::fact> fresh = {level("n", 2022, 31.17, 2, "$31.17 billion"),
                                           level("b", 2021, 25.2, 1, "$25.2 billion")};
  auto reversed = old;
  std::reverse(reversed.begin(), reversed.end());
  auto a = run(fresh, old);
  auto z = run(fresh, reversed);
  // The order of the findings is the order the search met them in; their
  // content is the same.
  const auto by_id = [](const engine::finding& x, const engine::finding& y) {
    return engine::finding_id(x) < engine::finding_id(y);
  };
  std::sort(a.findings.begin(), a.findings.end(), by_id);
  std::sort(z.findings.begin(), z.findings.end(), by_id);
  CHECK(a.findings.size() > 2);
  CHECK(a.findings == z.findings);
  CHECK(a.derived == z.derived);
}

TEST_CASE("rules: a derived period keeps its stated label whatever the order of the new facts") {
  // Q1 2014 = 834 and Q1 2013 = 720: growth derives the yoy change for Q1
  // 2014, whose period the article states as "the first quarter of 2014";
  // reached from the 2013 fact (shifted a year) it would be written from
  // its days.
  auto cur = level("n", 2014, 834, 0, "834 million");
  cur.when = engine::period::quarter(date::year{2014}, 1, "the first quarter of 2014");
  auto prev = level("o", 2013, 720, 0, "720 million");
  prev.when = engine::period::quarter(date::year{2013}, 1, "the first quarter of 2013");
  for (const bool reversed : {false, true}) {
    CAPTURE(reversed);
    const auto ev = run(reversed ? std::vector<engine::fact>{prev, cur}
                                 : std::vector<engine::fact>{cur, prev},
                        {});
    std::size_t changes = 0;
    for (const auto& d : ev.derived) {
      if (d.derived_by != "growth" || d.kind != engine::fact_kind::change) continue;
      ++changes;
      CHECK(d.when.label == "the first quarter of 2014");
    }
    CHECK(changes == 1);
  }
}
