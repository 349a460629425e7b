// The LMDB fact store: round trips, no-op re-ingest, versions, retraction,
// history order and filters, map growth and its cap.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "engine/model/error.hpp"
#include "engine/store/store.hpp"
#include "tests/engine/store_support.hpp"

using namespace claimcheck;
using engine::fact;
using engine::finding;
using engine::store;
using test::make_article;
using test::make_fact;

TEST_CASE("store: an article and its facts read back as written") {
  test::temp_dir tmp;
  const auto a = make_article("In 2022 trade reached $31.17 billion.", 2023);
  std::vector<fact> facts{make_fact(a, 2022, 31.2), make_fact(a, 2021, 25.2, "CHN+KAZ",
                                                                "trade_volume", 40)};
  facts[1].attribution = "according to customs";
  facts[1].weekday = 3u;
  facts[1].tense = -1;
  facts[1].hedged = true;
  facts[1].value.value = engine::interval::above(23e6);
  facts[1].value.qual = engine::qualifier::lower;
  {
    store s(test::small_options(tmp.db()));
    CHECK(s.add_article(a, facts, {}, {}));
    CHECK(s.has_article(a.id));
  }
  // Reopened: everything is on disk.
  store s(test::small_options(tmp.db()));
  CHECK(s.has_article(a.id));
  CHECK_FALSE(s.has_article(std::string(32, '0')));
  auto got = s.get_article(a.id);
  REQUIRE(got);
  CHECK(got->text == a.text);
  CHECK(got->title == a.title);
  CHECK(got->published == a.published);

  engine::history_query q;
  q.article = a.id;
  auto h = s.history(q);
  REQUIRE(h.size() == 2);
  // Period order: 2021 before 2022.
  CHECK(h[0] == facts[1]);
  CHECK(h[1] == facts[0]);
  CHECK(h[0].value.value.lo_open());
  CHECK(h[0].value.value.hi() == engine::interval::inf);

  auto ff = s.facts_for("CHN+KAZ", "trade_volume");
  CHECK(test::ids(ff) == std::vector<std::string>{facts[1].id, facts[0].id});
  CHECK(s.facts_for("CHN+KAZ", "exports").empty());

  const auto st = s.stats();
  CHECK(st.articles == 1);
  CHECK(st.facts == 2);
  CHECK(st.derived == 0);
  CHECK(st.findings == 0);
  CHECK(st.used_bytes > 0);
  CHECK(s.articles().size() == 1);
}

TEST_CASE("store: re-ingesting identical content is a no-op") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  const auto a = make_article("Trade grew to $31.17 billion in 2022.");
  const std::vector<fact> facts{make_fact(a, 2022, 31.2)};
  finding fd;
  fd.rule = "conflict";
  fd.facts = {facts[0].id};
  CHECK(s.add_article(a, facts, {}, std::vector<finding>{fd}));
  const auto before = s.stats();
  CHECK_FALSE(s.add_article(a, facts, {}, std::vector<finding>{fd}));
  const auto after = s.stats();
  CHECK(after.articles == before.articles);
  CHECK(after.facts == before.facts);
  CHECK(after.findings == 1);
  CHECK(s.history({}).size() == 1);
}

TEST_CASE("store: history is ordered by period start, then publication date") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  // Three articles published 2021, 2023, 2022, speaking of 2020 and 2019.
  const auto a21 = make_article("one", 2021);
  const auto a23 = make_article("two", 2023);
  auto a22 = make_article("three", 2022);
  a22.source = "Other Wire";  // the publisher is not part of the id
  CHECK(s.add_article(a21, std::vector<fact>{make_fact(a21, 2020, 10.0)}, {}, {}));
  CHECK(s.add_article(a23, std::vector<fact>{make_fact(a23, 2020, 10.1), make_fact(a23, 2019, 9.0)},
                      {}, {}));
  CHECK(s.add_article(a22, std::vector<fact>{make_fact(a22, 2020, 10.2),
                                             make_fact(a22, 2020, 4.0, "KAZ", "exports")},
                      {}, {}));
  engine::history_query q;
  q.entity = "CHN+KAZ";
  q.metric = "trade_volume";
  auto h = s.history(q);
  REQUIRE(h.size() == 4);
  // 2019 (pub 2023); then 2020 by publication: 2021, 2022, 2023.
  CHECK(h[0].when.first == date::sys_days{date::year{2019} / 1 / 1});
  CHECK(h[1].article == a21.id);
  CHECK(h[2].article == a22.id);
  CHECK(h[3].article == a23.id);

  // The same order without the key index (entity only: a scan).
  engine::history_query qe;
  qe.entity = "CHN+KAZ";
  CHECK(test::ids(s.history(qe)) == test::ids(h));

  // Period bounds: periods ending on or after 2020-06-01 and starting on or
  // before 2020-12-31: the three 2020 facts.
  q.from = date::sys_days{date::year{2020} / 6 / 1};
  q.to = date::sys_days{date::year{2020} / 12 / 31};
  CHECK(s.history(q).size() == 3);
  q.from.reset();
  q.to = date::sys_days{date::year{2019} / 12 / 31};
  CHECK(s.history(q).size() == 1);

  // By publisher: a22 alone says "Other Wire".
  engine::history_query qs;
  qs.source = "Test Wire";
  CHECK(s.history(qs).size() == 3);
  qs.source = "Other Wire";
  const auto other = s.history(qs);
  CHECK(other.size() == 2);
  for (const auto& f : other) CHECK(f.article == a22.id);
  qs.entity = "CHN+KAZ";
  qs.metric = "trade_volume";
  CHECK(test::ids(s.history(qs)) == std::vector<std::string>{h[2].id});

  engine::history_query qm;
  qm.metric = "exports";
  auto hx = s.history(qm);
  REQUIRE(hx.size() == 1);
  CHECK(hx[0].entity == "KAZ");
  CHECK(s.history({}).size() == 5);
}

TEST_CASE("store: a changed article at the same URL is a new version") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  const std::string url = "https://example.org/trade";
  const auto v1 = make_article("Trade was $25.2 billion.", 2022, url);
  const auto v2 = make_article("Trade was $25.3 billion (corrected).", 2022, url);
  const fact f1 = make_fact(v1, 2021, 25.2);
  const fact f2 = make_fact(v2, 2021, 25.3);
  // A finding and a derived fact resting on v1's fact go with it.
  fact d = make_fact(v1, 2020, 20.0);
  d.article.clear();
  d.derived_by = "growth";
  d.inputs = {f1.id};
  d.id = engine::make_fact_id(d);
  finding fd;
  fd.rule = "growth";
  fd.facts = {f1.id};
  CHECK(s.add_article(v1, std::vector<fact>{f1}, std::vector<fact>{d}, std::vector<finding>{fd}));
  CHECK(s.stats().derived == 1);
  CHECK(s.add_article(v2, std::vector<fact>{f2}, {}, {}));

  const auto cur = s.facts_for("CHN+KAZ", "trade_volume");
  CHECK(test::ids(cur) == std::vector<std::string>{f2.id});
  CHECK(s.articles().size() == 1);
  CHECK(s.stats().articles == 1);
  CHECK(s.stats().facts == 1);
  CHECK(s.stats().derived == 0);
  CHECK(s.stats().findings == 0);

  // Both versions stay in the record.
  engine::history_query all;
  all.include_inactive = true;
  CHECK(s.history(all).size() == 2);
  const auto old = s.get_stored_article(v1.id);
  REQUIRE(old);
  CHECK(old->state == engine::record_state::superseded);
  CHECK(old->superseded_by == v2.id);
  CHECK(s.get_stored_article(v2.id)->supersedes == v1.id);
  // Re-reading the old version changes nothing.
  CHECK_FALSE(s.add_article(v1, std::vector<fact>{f1}, {}, {}));
  CHECK(test::ids(s.facts_for("CHN+KAZ", "trade_volume")) == std::vector<std::string>{f2.id});
}

TEST_CASE("store: retraction leaves the record but not the current view") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  const auto a = make_article("Trade was $25.2 billion.", 2022);
  const auto b = make_article("Trade was $31.17 billion.", 2023);
  const fact fa = make_fact(a, 2021, 25.2);
  const fact fb = make_fact(b, 2022, 31.2);
  fact d = make_fact(b, 2021, 25.2);
  d.article.clear();
  d.derived_by = "growth";
  d.inputs = {fb.id};
  d.id = engine::make_fact_id(d);
  fact dd = d;  // derived from the derived one
  dd.when = engine::period::year(date::year{2020});
  dd.inputs = {d.id};
  dd.id = engine::make_fact_id(dd);
  finding on_b;
  on_b.rule = "growth";
  on_b.facts = {fa.id, d.id};
  finding on_a;
  on_a.rule = "conflict";
  on_a.facts = {fa.id};
  CHECK(s.add_article(a, std::vector<fact>{fa}, {}, std::vector<finding>{on_a}));
  CHECK(s.add_article(b, std::vector<fact>{fb}, std::vector<fact>{d, dd},
                      std::vector<finding>{on_b}));
  CHECK(s.stats().derived == 2);
  CHECK(s.stats().findings == 2);

  CHECK_FALSE(s.retract(std::string(32, 'f')));
  CHECK(s.retract(b.id.substr(0, 10)));  // a unique prefix will do
  const auto st = s.stats();
  CHECK(st.articles == 1);
  CHECK(st.facts == 1);
  CHECK(st.retracted == 1);
  CHECK(st.derived == 0);   // d rested on fb, dd on d
  CHECK(st.findings == 1);  // on_b rested on d; on_a stays
  CHECK(s.findings().at(0).rule == "conflict");
  CHECK(test::ids(s.facts_for("CHN+KAZ", "trade_volume")) == std::vector<std::string>{fa.id});
  const auto rec = s.get_stored_article(b.id);
  REQUIRE(rec);
  CHECK(rec->state == engine::record_state::retracted);
  CHECK(rec->retracted_at > 0);
  engine::history_query q;
  q.article = b.id;
  CHECK(s.history(q).empty());
  q.include_inactive = true;
  CHECK(test::ids(s.history(q)) == std::vector<std::string>{fb.id});
  CHECK(s.articles().size() == 1);
  // Retracted content is not ingested again.
  CHECK_FALSE(s.add_article(b, std::vector<fact>{fb}, {}, {}));
  CHECK(s.retract(b.id));  // already retracted: nothing changes
  CHECK(s.stats().retracted == 1);
}

TEST_CASE("store: replace_derived swaps every derived fact and finding") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  const auto a = make_article("x", 2022);
  const fact f = make_fact(a, 2021, 25.2);
  fact d = make_fact(a, 2020, 20.0);
  d.article.clear();
  d.derived_by = "growth";
  d.inputs = {f.id};
  d.id = engine::make_fact_id(d);
  finding one;
  one.rule = "one";
  CHECK(s.add_article(a, std::vector<fact>{f}, std::vector<fact>{d}, std::vector<finding>{one}));
  finding two;
  two.rule = "two";
  finding three;
  three.rule = "three";
  s.replace_derived({}, std::vector<finding>{two, three});
  CHECK(s.stats().derived == 0);
  const auto fs = s.findings();
  REQUIRE(fs.size() == 2);
  CHECK(fs[0].rule == "two");
  CHECK(fs[1].rule == "three");
  engine::history_query q;
  q.include_derived = true;
  CHECK(test::ids(s.history(q)) == std::vector<std::string>{f.id});
}

TEST_CASE("store: the map grows from a tiny initial size, up to the cap") {
  test::temp_dir tmp;
  const std::string body(5000, 'x');
  std::size_t first_map = 0;
  {
    store s(test::small_options(tmp.db()));
    first_map = s.stats().map_size;
    CHECK(first_map <= (std::size_t{64} << 10));
    for (int i = 0; i < 300; ++i) {
      const auto a = make_article(body + std::to_string(i), 2000 + i % 20);
      std::vector<fact> facts;
      for (int k = 0; k < 10; ++k) {
        facts.push_back(make_fact(a, 1990 + k, 1.0 + i, "E" + std::to_string(i % 7), "m",
                                  static_cast<std::size_t>(k * 30)));
      }
      CHECK(s.add_article(a, facts, {}, {}));
    }
    const auto st = s.stats();
    CHECK(st.articles == 300);
    CHECK(st.facts == 3000);
    CHECK(st.map_size > first_map);
    CHECK(st.map_size >= std::size_t{1} << 20);  // 300 * 5 KB of text alone
  }
  // A cap: the next article that does not fit is a clear error and the
  // database is as it was.
  auto o = test::small_options(tmp.db());
  {
    store probe(o);
    o.max_map_size = probe.stats().map_size;
  }
  store s(o);
  // 4 MiB that do not compress (texts are stored compressed): more than the
  // map has left.
  std::string big(4u << 20, 'y');
  std::uint64_t x = 88172645463325252ULL;
  for (char& c : big) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    c = static_cast<char>(' ' + x % 95);
  }
  const auto a = make_article(big, 2024);
  try {
    (void)s.add_article(a, std::vector<fact>{make_fact(a, 2023, 1.0)}, {}, {});
    FAIL("a capped map accepted 4 MiB more");
  } catch (const claimcheck::error& e) {
    CHECK(e.code() == error_code::database);
    CHECK(std::string(e.what()).find("size cap") != std::string::npos);
    CHECK(e.exit_status() == 3);
  }
  CHECK_FALSE(s.has_article(a.id));
  CHECK(s.stats().articles == 300);
  CHECK(s.stats().facts == 3000);
}

TEST_CASE("store: texts written with the database's trained dictionary read back, also reopened") {
  test::temp_dir tmp;
  // Texts that share phrasing, as a news feed does; each one distinct.
  static const char* kWords[] = {"trade ", "between ", "the ", "two ", "countries ", "grew ",
                                 "by ", "percent ", "in ", "the first quarter ", "officials ",
                                 "said ", "on ", "Monday ", "exports ", "of grain ", "rose ",
                                 "to a record ", "level, ", "while imports fell. "};
  std::uint64_t x = 0x9e3779b97f4a7c15ULL;
  std::vector<engine::article> all;
  for (int i = 0; i < 300; ++i) {
    std::string body = "Report " + std::to_string(i) + ". ";
    while (body.size() < 3000) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      body += kWords[x % 20];
    }
    all.push_back(make_article(body, 2000 + i % 20));
  }
  {
    store s(test::small_options(tmp.db()));
    for (std::size_t i = 0; i < all.size(); i += 50) {
      std::vector<engine::article_batch_item> batch;
      for (std::size_t j = i; j < i + 50; ++j) batch.push_back({&all[j], {}, {}, {}});
      (void)s.add_articles(batch);
    }
    CHECK(s.get_article(all[299].id)->text == all[299].text);
  }
  store s(test::small_options(tmp.db()));
  // Before the dictionary (the first batches) and after it.
  for (const std::size_t i : {0u, 100u, 255u, 256u, 280u, 299u}) {
    CHECK(s.get_article(all[i].id)->text == all[i].text);
  }
  const auto st = s.stats();
  CHECK(st.articles == 300);
  // 300 texts of 3 KB in far less than 900 KB.
  CHECK(st.article_bytes < 400u * 1024);
}

TEST_CASE("store: facts_for without sources gives the same facts with their source left empty") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  const auto a = make_article("In 2021 trade was $25.2 billion; in 2022 it was $31.2 billion.");
  const std::vector<fact> facts{make_fact(a, 2021, 25.2), make_fact(a, 2022, 31.2, "CHN+KAZ",
                                                                    "trade_volume", 30)};
  REQUIRE(s.add_article(a, facts, {}, {}));
  const auto full = s.facts_for("CHN+KAZ", "trade_volume");
  const auto light = s.facts_for("CHN+KAZ", "trade_volume", false);
  REQUIRE(full.size() == 2);
  REQUIRE(light.size() == 2);
  CHECK(full[0] == facts[0]);
  CHECK(full[1] == facts[1]);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(light[i].source == engine::source_span{});
    engine::fact same = light[i];
    same.source = facts[i].source;
    CHECK(same == facts[i]);
  }
}

TEST_CASE("store: fact_source reads one fact's source by its key, start day and id") {
  test::temp_dir tmp;
  store s(test::small_options(tmp.db()));
  const auto a = make_article("In 2021 trade was $25.2 billion; in 2022 it was $31.2 billion.");
  const std::vector<fact> facts{make_fact(a, 2021, 25.2), make_fact(a, 2022, 31.2, "CHN+KAZ",
                                                                    "trade_volume", 30)};
  REQUIRE(!facts[1].source.sentence.empty());
  REQUIRE(s.add_article(a, facts, {}, {}));
  const auto src = s.fact_source("CHN+KAZ", "trade_volume", facts[1].when.first, facts[1].id);
  REQUIRE(src.has_value());
  CHECK(*src == facts[1].source);
  // Another start day, id or key: no such fact.
  CHECK(!s.fact_source("CHN+KAZ", "trade_volume", facts[0].when.first, facts[1].id));
  CHECK(!s.fact_source("CHN+KAZ", "trade_volume", facts[1].when.first, "nope"));
  CHECK(!s.fact_source("CHN+KAZ", "exports", facts[1].when.first, facts[1].id));
}
