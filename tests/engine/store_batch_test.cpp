// Bulk ingest: a batch of articles in one add_articles call stores what
// adding them one by one stores, though the batch's fact records are
// written in key order at its end (a fact given twice kept once, a new
// version of a URL in the same batch superseding the pending old one,
// derived facts seeing the batch's stated ones).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "engine/model/hash.hpp"
#include "tests/engine/store_support.hpp"

namespace claimcheck {
namespace {

using engine::article;
using engine::fact;
using engine::finding;
using engine::store;
using test::make_article;
using test::make_fact;

struct batch_case {
  std::vector<article> arts;
  std::vector<std::vector<fact>> facts;
  std::vector<std::vector<fact>> derived;
  std::vector<std::vector<finding>> findings;

  batch_case() {
    const std::string url = "https://example.org/trade";
    const article v1 = make_article("Trade was $25.2 billion; exports $20.0 billion.", 2022, url);
    const article b = make_article("Trade reached $31.17 billion.", 2023);
    const article v2 = make_article("Trade was $25.3 billion (corrected).", 2022, url);
    const fact f1 = make_fact(v1, 2021, 25.2);
    const fact f0 = make_fact(v1, 2019, 20.0, "CHN+KAZ", "exports");
    const fact fb = make_fact(b, 2022, 31.2);
    fact d = make_fact(b, 2021, 25.0);
    d.article.clear();
    d.derived_by = "growth";
    d.inputs = {fb.id};
    d.id = engine::make_fact_id(d);
    finding on_b;
    on_b.rule = "growth";
    on_b.facts = {fb.id};
    // v1 gives f1 twice; v2 follows it at once (v1's facts still pending);
    // b comes again as the batch's last item.
    arts = {v1, v2, b, b};
    facts = {{f1, f0, f1}, {make_fact(v2, 2021, 25.3)}, {fb}, {fb}};
    derived = {{}, {}, {d}, {}};
    findings = {{}, {}, {on_b}, {}};
  }

  [[nodiscard]] std::vector<engine::article_batch_item> items() const {
    std::vector<engine::article_batch_item> out;
    for (std::size_t i = 0; i < arts.size(); ++i) {
      out.push_back({&arts[i], facts[i], derived[i], findings[i]});
    }
    return out;
  }
};

// Every fact of the store, stated and derived, current or not, by id.
std::vector<std::string> all_ids(const store& s) {
  engine::history_query q;
  q.include_inactive = true;
  q.include_derived = true;
  return test::ids(s.history(q));
}

TEST_CASE("store: a batch stores what adding its articles one by one stores") {
  const batch_case bc;
  test::temp_dir one_tmp;
  test::temp_dir batch_tmp;
  store one(test::small_options(one_tmp.db()));
  store batched(test::small_options(batch_tmp.db()));
  std::vector<bool> one_by_one;
  for (const auto& item : bc.items()) {
    one_by_one.push_back(one.add_article(*item.meta, item.facts, item.derived, item.findings));
  }
  const std::vector<bool> added = batched.add_articles(bc.items());
  CHECK(added == std::vector<bool>{true, true, true, false});
  CHECK(one_by_one == added);

  for (const store* s : {&one, &batched}) {
    const auto st = s->stats();
    CHECK(st.articles == 2);  // b and v2; v1 superseded
    CHECK(st.facts == 2);     // fb and v2's fact
    CHECK(st.derived == 1);
    CHECK(st.findings == 1);
    // v1's facts: f1 once, f0; in period order, out of the current view.
    engine::history_query q;
    q.article = bc.arts[0].id;
    CHECK(s->history(q).empty());
    q.include_inactive = true;
    CHECK(test::ids(s->history(q)) ==
          std::vector<std::string>{bc.facts[0][1].id, bc.facts[0][0].id});
    const auto old = s->get_stored_article(bc.arts[0].id);
    REQUIRE(old);
    CHECK(old->state == engine::record_state::superseded);
    // 2021: v2's fact (published 2022) before d (b's day, 2023); then 2022.
    CHECK(test::ids(s->facts_for("CHN+KAZ", "trade_volume")) ==
          std::vector<std::string>{bc.facts[1][0].id, bc.derived[2][0].id, bc.facts[2][0].id});
  }
  CHECK(all_ids(one) == all_ids(batched));
  // The per-article fact lists: what for_each_article gives (export).
  std::vector<std::size_t> one_counts;
  std::vector<std::size_t> batch_counts;
  one.for_each_article([&](const engine::stored_article&, const std::vector<fact>& f) {
    one_counts.push_back(f.size());
  });
  batched.for_each_article([&](const engine::stored_article&, const std::vector<fact>& f) {
    batch_counts.push_back(f.size());
  });
  CHECK(batch_counts == std::vector<std::size_t>{2, 1, 1});  // v1, v2, b
  CHECK(one_counts == batch_counts);
}

TEST_CASE("store: a derived fact does not take the place of a stated one pending in the batch") {
  const article a = make_article("Trade was $25.2 billion.", 2022);
  const article b = make_article("Trade grew to $31.17 billion.", 2023);
  const fact fa = make_fact(a, 2021, 25.2);
  const fact fb = make_fact(b, 2022, 31.2);
  // b's rules derive a 2021 figure whose key is fa's (same series, period,
  // day and id): the stated fact keeps its place, the derived one is dropped.
  fact d = fa;
  d.article.clear();
  d.derived_by = "growth";
  d.inputs = {fb.id};
  d.value.value = engine::interval::stated(30.0, 1, 1e9);
  const std::vector<fact> fas{fa};
  const std::vector<fact> fbs{fb};
  const std::vector<fact> ds{d};
  const std::vector<engine::article_batch_item> items{{&a, fas, {}, {}}, {&b, fbs, ds, {}}};
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  CHECK(s.add_articles(items) == std::vector<bool>{true, true});
  const auto st = s.stats();
  CHECK(st.facts == 2);
  CHECK(st.derived == 0);
  const auto h = s.facts_for("CHN+KAZ", "trade_volume");
  REQUIRE(h.size() == 2);
  CHECK(h[0].id == fa.id);
  CHECK(h[0].derived_by.empty());
  CHECK(h[0].value.value.lo() == doctest::Approx(fa.value.value.lo()));
  engine::history_query q;
  q.article = a.id;
  CHECK(test::ids(s.history(q)) == std::vector<std::string>{fa.id});
}

TEST_CASE("store: facts of a large batch in scrambled key order read back in key order") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  std::vector<article> arts;
  std::vector<std::vector<fact>> facts;
  arts.reserve(40);
  for (int i = 0; i < 40; ++i) {
    arts.push_back(make_article("Trade figure number " + std::to_string(i) + ".", 2000 + i));
  }
  for (int i = 0; i < 40; ++i) {
    std::vector<fact> f;
    // Periods 1950..1989 scattered over the articles, two series each.
    const int year = 1950 + (i * 17) % 40;
    f.push_back(make_fact(arts[static_cast<std::size_t>(i)], year, 1.0 + i));
    f.push_back(make_fact(arts[static_cast<std::size_t>(i)], year, 2.0 + i, "RUS+KAZ", "exports"));
    facts.push_back(std::move(f));
  }
  std::vector<engine::article_batch_item> items;
  for (std::size_t i = 0; i < arts.size(); ++i) items.push_back({&arts[i], facts[i], {}, {}});
  const auto added = s.add_articles(items);
  CHECK(std::count(added.begin(), added.end(), true) == 40);
  CHECK(s.stats().facts == 80);
  const auto h = s.facts_for("CHN+KAZ", "trade_volume");
  REQUIRE(h.size() == 40);
  for (std::size_t k = 0; k < h.size(); ++k) {
    CHECK(h[k].when.first == date::sys_days{date::year{1950 + static_cast<int>(k)} / 1 / 1});
    // Year 1950 + k came from article i with (17 i) % 40 == k: 1 + i billion.
    int i = 0;
    while ((i * 17) % 40 != static_cast<int>(k)) ++i;
    CHECK(h[k].value.number == doctest::Approx((1.0 + i) * 1e9));
  }
  CHECK(s.facts_for("RUS+KAZ", "exports").size() == 40);
}

}  // namespace
}  // namespace claimcheck
