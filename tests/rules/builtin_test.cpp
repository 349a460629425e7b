// Each built-in rule with facts that pass, fail and cannot tell. Expected
// intervals are worked out by hand in the comments.
#include <doctest/doctest.h>

#include "rules/rules.hpp"
#include "tests/rules/support.hpp"

using namespace claimcheck;
using engine::fact_kind;
using engine::finding_kind;
using test::level;
using test::make;
using test::of_rule;

namespace {

std::vector<engine::finding> run(const std::vector<engine::fact>& new_facts,
                                 const std::vector<engine::fact>& old_facts,
                                 const std::string& rule) {
  static const auto rules = rules::rule_set::builtin();
  rules::memory_history history;
  for (const auto& f : old_facts) history.add(f);
  return of_rule(rules.evaluate(new_facts, history).findings, rule);
}

engine::fact event(std::string id, engine::period when, std::string stated,
                   std::string basis = "") {
  engine::fact f = make(fact_kind::event, std::move(id), std::move(when), 0, 0, 1, "",
                        std::move(stated), "CHN+KAZ", "diplomatic_relations");
  f.value = {};
  f.value.stated = f.id;
  f.basis = std::move(basis);
  return f;
}

}  // namespace

TEST_CASE("rules: conflict between two figures for one period") {
  const auto a = level("a", 2021, 25.2, 1, "$25.2 billion");
  SUBCASE("consistent: 25.2 and 25.24 meet") {
    const auto f = run({level("b", 2021, 25.24, 2, "$25.24 billion")}, {a}, "conflict");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::confirmation);
    CHECK(f[0].arithmetic == "[25.235e9, 25.245e9] ∈ [25.15e9, 25.25e9]");
  }
  SUBCASE("contradiction: 25.2 against 26") {
    const auto f = run({level("b", 2021, 26, 0, "$26 billion")}, {a}, "conflict");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::contradiction);
    CHECK(f[0].sev == engine::severity::error);
    CHECK(f[0].arithmetic == "[25.5e9, 26.5e9] ∉ [25.15e9, 25.25e9]");
  }
  SUBCASE("sources differ: the same clash, two attributions") {
    auto b = level("b", 2021, 26, 0, "$26 billion");
    b.attribution = "according to Kazakhstan's statistics bureau";
    auto a2 = a;
    a2.attribution = "according to China's customs";
    const auto f = run({b}, {a2}, "conflict");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::contradiction);
    CHECK(f[0].sev == engine::severity::warning);
    CHECK(f[0].message.rfind("conflict: sources differ: ", 0) == 0);
  }
  SUBCASE("cannot tell: another period, another unit, or a hedged figure") {
    CHECK(run({level("b", 2020, 26, 0, "$26 billion")}, {a}, "conflict").empty());
    auto t = level("b", 2021, 26, 0, "26 billion tonnes");
    t.value.unit = "t";
    CHECK(run({t}, {a}, "conflict").empty());
    auto h = level("b", 2021, 26, 0, "$26 billion");
    h.hedged = true;
    CHECK(run({h}, {a}, "conflict").empty());
  }
}

TEST_CASE("rules: fold checks and derives over a span") {
  // "increased more than 70-fold since 1991, reaching $25.2 billion in 2021"
  auto fold = make(fact_kind::fold, "x70", test::year(2021), 70, 0, 1, "x", "more than 70-fold");
  fold.value.value = engine::interval::above(70);
  fold.value.qual = engine::qualifier::lower;
  fold.basis = "since:1991";
  const auto now = level("l2021", 2021, 25.2, 1, "$25.2 billion");
  SUBCASE("derive: 1991 < 25.25e9 / 70 = 0.3607e9") {
    static const auto rules = rules::rule_set::builtin();
    const auto ev = rules.evaluate(std::vector{fold, now}, rules::no_history{});
    REQUIRE(ev.derived.size() == 1);
    const auto& d = ev.derived[0];
    CHECK(d.when == test::year(1991));
    CHECK(d.value.value.lo() == 0.0);
    CHECK(d.value.value.hi() == doctest::Approx(25.25e9 / 70).epsilon(1e-9));
    CHECK(d.value.value.hi_open());
    CHECK(d.derived_by == "fold");
  }
  SUBCASE("consistent: 1991 was $0.3 billion (84-fold)") {
    const auto f = run({fold, now}, {level("l1991", 1991, 0.3, 1, "$0.3 billion")}, "fold");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::confirmation);
  }
  SUBCASE("contradiction: 1991 was $1.0 billion (at most 26.6-fold)") {
    const auto f = run({fold, now}, {level("l1991", 1991, 1.0, 1, "$1.0 billion")}, "fold");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::contradiction);
    CHECK(f[0].arithmetic == "25.2e9 / 1e9 = [23.952, 26.579] ∉ (70, +inf)");
  }
  SUBCASE("cannot tell: neither end of the span known") {
    CHECK(run({fold}, {}, "fold").empty());
  }
  SUBCASE("cannot tell: a fold with no span derives nothing") {
    fold.basis.clear();
    static const auto rules = rules::rule_set::builtin();
    const auto ev = rules.evaluate(std::vector{fold, now}, rules::no_history{});
    CHECK(ev.derived.empty());
    CHECK(of_rule(ev.findings, "fold").empty());
    CHECK(of_rule(ev.findings, "conflict").empty());
  }
}

TEST_CASE("rules: parts, trade = exports + imports") {
  auto ex = make(fact_kind::level, "ex", test::year(2022), 16.0, 1, 1e9, "USD", "$16.0 billion",
                 "KAZ>CHN", "exports");
  auto im = make(fact_kind::level, "im", test::year(2022), 15.2, 1, 1e9, "USD", "$15.2 billion",
                 "KAZ>CHN", "imports");
  const auto total = level("tot", 2022, 31.17, 2, "$31.17 billion");
  SUBCASE("consistent: [31.1e9, 31.3e9] meets [31.165e9, 31.175e9], total arriving last") {
    const auto f = run({total}, {ex, im}, "parts");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::confirmation);
    CHECK(f[0].arithmetic == "16e9 + 15.2e9 = [31.1e9, 31.3e9] overlaps [31.165e9, 31.175e9]");
  }
  SUBCASE("contradiction: imports of $10.0 billion") {
    im.value.value = engine::interval::stated(10.0, 1, 1e9);
    const auto f = run({im}, {ex, total}, "parts");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::contradiction);
  }
  SUBCASE("derive: the missing imports") {
    static const auto rules = rules::rule_set::builtin();
    const auto ev = rules.evaluate(std::vector{ex, total}, rules::no_history{});
    REQUIRE(ev.derived.size() == 1);
    CHECK(ev.derived[0].metric == "imports");
    CHECK(ev.derived[0].entity == "KAZ>CHN");
    // [31.165e9 - 16.05e9, 31.175e9 - 15.95e9] = [15.115e9, 15.225e9]
    CHECK(ev.derived[0].value.value.lo() == doctest::Approx(15.115e9));
    CHECK(ev.derived[0].value.value.hi() == doctest::Approx(15.225e9));
  }
}

TEST_CASE("rules: shares of one whole add up to at most 100 %") {
  auto share = [](std::string id, double pct) {
    return make(fact_kind::share, std::move(id), test::year(2022), pct, 0, 1, "%",
                std::to_string(static_cast<int>(pct)) + " percent", "KAZ", "exports");
  };
  SUBCASE("pass: 50 + 30 + 15 is at most [93.5, 96.5] %") {
    CHECK(run({share("a", 50), share("b", 30)}, {share("c", 15)}, "shares").empty());
  }
  SUBCASE("fail: 60 + 30 + 15 is at least 103.5 %") {
    const auto f = run({share("a", 60), share("b", 30)}, {share("c", 15)}, "shares");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::contradiction);
    CHECK(f[0].facts == std::vector<std::string>{"a", "b", "c"});
    CHECK(f[0].arithmetic == "(60% + 30% + 15%) = [103.5%, 106.5%] > 100%");
  }
  SUBCASE("one share alone over 100 %, and another year that cannot tell") {
    const auto f = run({share("a", 120)}, {}, "shares");
    REQUIRE(f.size() == 1);
    CHECK(f[0].arithmetic == "[119.5%, 120.5%] > 100%");
    auto other = share("b", 60);
    other.when = test::year(2021);
    CHECK(run({share("a", 60)}, {other}, "shares").empty());
  }
}

TEST_CASE("rules: record high against earlier years") {
  auto rec = level("r2022", 2022, 31.17, 2, "$31.17 billion");
  rec.kind = fact_kind::record;
  const auto cur = level("l2022", 2022, 31.17, 2, "$31.17 billion");
  SUBCASE("pass: every earlier year is lower") {
    CHECK(run({rec, cur}, {level("l2021", 2021, 25.2, 1, "$25.2 billion")}, "record").empty());
  }
  SUBCASE("fail: 2019 was higher") {
    const auto f = run({rec, cur}, {level("l2019", 2019, 32.5, 1, "$32.5 billion"),
                                    level("l2021", 2021, 25.2, 1, "$25.2 billion")},
                       "record");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::record);
    CHECK(f[0].sev == engine::severity::warning);
    CHECK(f[0].arithmetic == "[31.165e9, 31.175e9] < [32.45e9, 32.55e9]");
  }
  SUBCASE("cannot tell: a later year is not earlier") {
    CHECK(run({rec, cur}, {level("l2023", 2023, 40, 0, "$40 billion")}, "record").empty());
  }
}

TEST_CASE("rules: change over time reports the delta and the percentage") {
  const auto f = run({level("l2022", 2022, 31.17, 2, "$31.17 billion")},
                     {level("l2020", 2020, 21.5, 1, "$21.5 billion"),
                      level("l2021", 2021, 25.2, 1, "$25.2 billion")},
                     "change_over_time");
  REQUIRE(f.size() == 1);  // against 2021 only, the latest earlier year
  CHECK(f[0].kind == finding_kind::change);
  CHECK(f[0].sev == engine::severity::info);
  // 31.165 - 25.25 = 5.915, 31.175 - 25.15 = 6.025; 31.165/25.25 - 1 = 23.426 %,
  // 31.175/25.15 - 1 = 23.956 %.
  CHECK(f[0].arithmetic ==
        "31.17e9 - 25.2e9 = [5.915e9, 6.025e9]; 31.17e9 / 25.2e9 - 1 = [23.426%, 23.956%]");
  CHECK(f[0].facts == std::vector<std::string>{"l2022", "l2021"});
  SUBCASE("a new figure for an older year reports nothing") {
    CHECK(run({level("l2020", 2020, 21.5, 1, "$21.5 billion")},
              {level("l2021", 2021, 25.2, 1, "$25.2 billion")}, "change_over_time")
              .empty());
  }
  SUBCASE("nothing earlier: nothing to report") {
    CHECK(run({level("l2022", 2022, 31.17, 2, "$31.17 billion")}, {}, "change_over_time")
              .empty());
  }
}

TEST_CASE("rules: temporal rules") {
  SUBCASE("weekday: February 24, 2023 was a Friday") {
    auto ev = event("summit", test::day(2023, 2, 24), "Friday, February 24");
    ev.weekday = 5;
    CHECK(run({ev}, {}, "weekday").empty());
    ev.weekday = 4;
    const auto f = run({ev}, {}, "weekday");
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == finding_kind::temporal);
    CHECK(f[0].arithmetic == "Thursday ≠ Friday");
    ev.weekday.reset();
    CHECK(run({ev}, {}, "weekday").empty());  // no weekday stated
    // Any fact dated to a day: "on Thursday, February 24, exports ..."
    auto lv = level("lv", 2023, 1.0, 1, "$1.0 billion");
    lv.when = test::day(2023, 2, 24);
    lv.weekday = 4;
    REQUIRE(run({lv}, {}, "weekday").size() == 1);
  }
  SUBCASE("anniversary: the 30th in 2022 puts the founding in 1992") {
    const auto founded = event("founded", test::day(1992, 1, 3), "January 3, 1992");
    const auto ok = event("a30", test::year(1992), "30th anniversary", "anniversary:30");
    const auto pass = run({ok}, {founded}, "anniversary");
    REQUIRE(pass.size() == 1);
    CHECK(pass[0].kind == finding_kind::confirmation);
    const auto bad = event("a30", test::year(1993), "30th anniversary", "anniversary:30");
    const auto fail = run({bad}, {founded}, "anniversary");
    REQUIRE(fail.size() == 1);
    CHECK(fail[0].kind == finding_kind::temporal);
    CHECK(fail[0].arithmetic == "1993 ≠ 1992");
    CHECK(run({bad}, {}, "anniversary").empty());  // founding date not known
  }
  SUBCASE("one event, two dates") {
    const auto a = event("d1", test::day(1992, 1, 3), "January 3, 1992");
    CHECK(run({event("d2", test::year(1992), "1992")}, {a}, "event_dates").empty());
    const auto f = run({event("d2", test::day(1992, 1, 5), "January 5, 1992")}, {a}, "event_dates");
    REQUIRE(f.size() == 1);
    CHECK(f[0].arithmetic == "1992-01-05 ≠ 1992-01-03");
  }
  SUBCASE("future tense before publication") {
    auto ev = event("vote", test::day(2023, 3, 1), "on March 1");
    ev.tense = 1;
    ev.published = test::day(2023, 3, 10).first;
    const auto f = run({ev}, {}, "future_tense");
    REQUIRE(f.size() == 1);
    CHECK(f[0].arithmetic == "2023-03-01 < 2023-03-10");
    ev.when = test::day(2023, 3, 19);
    CHECK(run({ev}, {}, "future_tense").empty());
    ev.when = test::day(2023, 3, 1);
    ev.tense = -1;
    CHECK(run({ev}, {}, "future_tense").empty());  // past tense: nothing to say
    ev.tense = 1;
    ev.published.reset();
    CHECK(run({ev}, {}, "future_tense").empty());  // publication unknown: cannot tell
  }
}
