// Reads of one series by period start and kind (facts_starting,
// facts_of_kinds, start_before): the facts facts_for gives, restricted, in
// the same order, and the latest start before a day of a kind and grain.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/store/store.hpp"
#include "tests/engine/store_support.hpp"

using namespace claimcheck;
using engine::fact;
using engine::store;
using test::make_article;
using test::make_fact;

namespace {

date::sys_days jan1(int y) { return date::sys_days{date::year{y} / 1 / 1}; }

// A quarter-grain level of Q2 of year y (starts on April 1).
fact q2(const engine::article& a, int y, double billions) {
  fact f = make_fact(a, y, billions);
  f.when = engine::period{date::sys_days{date::year{y} / 4 / 1},
                          date::sys_days{date::year{y} / 6 / 30}, engine::grain::quarter,
                          "Q2 " + std::to_string(y)};
  f.id = engine::make_fact_id(f);
  return f;
}

}  // namespace

TEST_CASE("store: a series read by period start and by kind") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  const auto a = make_article("Trade figures of several years.", 2023);
  const auto b = make_article("Other trade figures of several years.", 2024);
  // Years 2018-2022 in a, 2020 again in b, a Q2 2021, a fold of 2022, and
  // another key.
  std::vector<fact> fa;
  for (int y = 2018; y <= 2022; ++y) fa.push_back(make_fact(a, y, y - 2000.0));
  fa.push_back(q2(a, 2021, 5.5));
  fact fold = make_fact(a, 2022, 3);
  fold.kind = engine::fact_kind::fold;
  fold.basis = "since:2010";
  fold.id = engine::make_fact_id(fold);
  fa.push_back(fold);
  fa.push_back(make_fact(a, 2020, 7, "KAZ>CHN", "exports"));
  REQUIRE(s.add_article(a, fa, {}, {}));
  const std::vector<fact> fb{make_fact(b, 2020, 21)};
  REQUIRE(s.add_article(b, fb, {}, {}));

  SUBCASE("by period start: one day, in history order (publication)") {
    const auto d = s.facts_starting("CHN+KAZ", "trade_volume", jan1(2020), jan1(2020));
    CHECK(test::ids(d) == std::vector<std::string>{fa[2].id, fb[0].id});
    CHECK(d[0] == fa[2]);  // with its source by default
    const auto light = s.facts_starting("CHN+KAZ", "trade_volume", jan1(2020), jan1(2020), false);
    REQUIRE(light.size() == 2);
    CHECK(light[0].source == engine::source_span{});
    // A range: 2021 (year, then Q2 on April 1) and the 2022 year and fold.
    const auto r = s.facts_starting("CHN+KAZ", "trade_volume", jan1(2021), jan1(2022));
    CHECK(r.size() == 4);
    CHECK(r[0].id == fa[3].id);
    CHECK(r[1].id == fa[5].id);
    CHECK(s.facts_starting("CHN+KAZ", "trade_volume", jan1(2030), jan1(2031)).empty());
    CHECK(s.facts_starting("CHN+KAZ", "trade_volume", jan1(2022), jan1(2021)).empty());
    CHECK(s.facts_starting("CHN+KAZ", "imports", jan1(2020), jan1(2020)).empty());
  }
  SUBCASE("by kind: only the fold is decoded and given") {
    const std::uint32_t fold_bit = 1u << static_cast<unsigned>(engine::fact_kind::fold);
    const auto f = s.facts_of_kinds("CHN+KAZ", "trade_volume", fold_bit);
    REQUIRE(f.size() == 1);
    CHECK(f[0] == fold);
    const std::uint32_t level_bit = 1u << static_cast<unsigned>(engine::fact_kind::level);
    CHECK(s.facts_of_kinds("CHN+KAZ", "trade_volume", level_bit).size() == 7);
    CHECK(test::ids(s.facts_of_kinds("CHN+KAZ", "trade_volume", ~0u)) ==
          test::ids(s.facts_for("CHN+KAZ", "trade_volume")));
    CHECK(s.facts_of_kinds("KAZ>CHN", "exports", fold_bit).empty());
    // A series of at most all_up_to records comes whole: the 8 facts of
    // the key (7 levels and the fold) with 8 allowed, only the fold with 7.
    bool all = false;
    CHECK(test::ids(s.facts_of_kinds("CHN+KAZ", "trade_volume", fold_bit, true, 8, &all)) ==
          test::ids(s.facts_for("CHN+KAZ", "trade_volume")));
    CHECK(all);
    CHECK(s.facts_of_kinds("CHN+KAZ", "trade_volume", fold_bit, true, 7, &all).size() == 1);
    CHECK_FALSE(all);
  }
  SUBCASE("the latest start before a day, of a kind and grain") {
    const std::uint32_t level_bit = 1u << static_cast<unsigned>(engine::fact_kind::level);
    // Any fact: the Q2 2021 start; a year: 2021; before 2021: 2020.
    CHECK(s.start_before("CHN+KAZ", "trade_volume", jan1(2022)) ==
          date::sys_days{date::year{2021} / 4 / 1});
    CHECK(s.start_before("CHN+KAZ", "trade_volume", jan1(2022), level_bit, engine::grain::year) ==
          jan1(2021));
    CHECK(s.start_before("CHN+KAZ", "trade_volume", jan1(2021), level_bit, engine::grain::year) ==
          jan1(2020));
    // After every fact of the series (the next key is another series).
    CHECK(s.start_before("CHN+KAZ", "trade_volume", jan1(2100), level_bit, engine::grain::year) ==
          jan1(2022));
    CHECK(!s.start_before("CHN+KAZ", "trade_volume", jan1(2018)));
    CHECK(!s.start_before("CHN+KAZ", "trade_volume", jan1(2100), level_bit,
                          engine::grain::month));
    CHECK(!s.start_before("CHN+KAZ", "imports", jan1(2100)));
  }
  SUBCASE("a retracted article's facts are not read") {
    REQUIRE(s.retract(b.id));
    CHECK(test::ids(s.facts_starting("CHN+KAZ", "trade_volume", jan1(2020), jan1(2020))) ==
          std::vector<std::string>{fa[2].id});
    CHECK(s.facts_of_kinds("CHN+KAZ", "trade_volume", ~0u).size() == 7);
  }
}
