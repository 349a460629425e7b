// Export and import in JSON Lines: a lossless round trip (export, import
// into an empty database, export again: the same bytes), and a bad line
// reported with its number.
#include <doctest/doctest.h>

#include <sstream>

#include "engine/model/error.hpp"
#include "engine/transfer.hpp"
#include "tests/engine/store_support.hpp"

using namespace claimcheck;
using engine::fact;
using engine::finding;
using engine::store;
using test::make_article;
using test::make_fact;

namespace {

// A store with every kind of record: current, superseded and retracted
// articles, odd values, derived facts and findings.
void fill(store& s) {
  const std::string url = "https://example.org/trade";
  const auto v1 = make_article("Trade was $25.2 billion.", 2022, url);
  const auto v2 = make_article("Trade was $25.3 billion.", 2022, url);
  const auto other = make_article("Exports exceeded 23 million tons.\n\"Quoted\" \\ text", 2023);
  const auto gone = make_article("Retracted piece.", 2021);
  fact f1 = make_fact(v1, 2021, 25.2);
  fact f2 = make_fact(v2, 2021, 25.3);
  fact odd = make_fact(other, 2022, 0.1, "KAZ", "exports");
  odd.value.value = engine::interval::above(23e6);
  odd.value.unit = "t";
  odd.value.qual = engine::qualifier::lower;
  odd.value.number = std::nan("");
  odd.weekday = 2u;
  odd.tense = -1;
  odd.attribution = "according to the ministry";
  odd.value.stated = "exceeding 23 million tons";
  odd.id = engine::make_fact_id(odd);
  fact thirds = make_fact(other, 2020, 1.0 / 3.0, "KAZ", "exports", 90);
  thirds.value.value = engine::interval(1.0 / 3.0, 2.0 / 3.0, true, false);
  fact g = make_fact(gone, 2020, 7.0);
  fact d = make_fact(other, 2019, 20.0);
  d.article.clear();
  d.derived_by = "growth";
  d.inputs = {f2.id, odd.id};
  d.id = engine::make_fact_id(d);
  finding fd;
  fd.rule = "growth";
  fd.sev = engine::severity::warning;
  fd.kind = engine::finding_kind::change;
  fd.message = "trade rose by 0.1e9 (0.4%)";
  fd.facts = {f2.id, f1.id};
  fd.stated = {"$25.3 billion", "$25.2 billion"};
  fd.arithmetic = "25.3e9 - 25.2e9 = 0.1e9";
  fd.article = v2.id;
  fd.source = {1, 1, 0, 10, "Trade was $25.3 billion."};
  REQUIRE(s.add_article(v1, std::vector<fact>{f1}, {}, {}));
  REQUIRE(s.add_article(gone, std::vector<fact>{g}, {}, {}));
  REQUIRE(s.add_article(v2, std::vector<fact>{f2}, {}, std::vector<finding>{fd}));
  REQUIRE(s.add_article(other, std::vector<fact>{odd, thirds}, std::vector<fact>{d}, {}));
  REQUIRE(s.retract(gone.id));
}

using test::export_string;

}  // namespace

TEST_CASE("store: export, import into an empty database, export again: same bytes") {
  test::temp_dir tmp;
  std::string first;
  engine::store_stats before;
  {
    store s(test::small_options(tmp.path() / "a"));
    fill(s);
    first = export_string(s);
    before = s.stats();
  }
  // Header, 4 articles, 5 facts, 1 derived, 1 finding.
  CHECK(std::count(first.begin(), first.end(), '\n') == 12);
  CHECK(first.rfind("{\"claimcheck_export\":1", 0) == 0);

  store t(test::small_options(tmp.path() / "b"));
  std::istringstream in(first);
  const auto n = engine::import_jsonl(t, in, "dump.jsonl");
  CHECK(n.articles == 4);
  CHECK(n.facts == 5);
  CHECK(n.derived == 1);
  CHECK(n.findings == 1);
  const std::string second = export_string(t);
  CHECK(second == first);

  const auto after = t.stats();
  CHECK(after.articles == before.articles);
  CHECK(after.facts == before.facts);
  CHECK(after.retracted == 1);
  CHECK(after.derived == 1);
  CHECK(after.findings == 1);
  CHECK(after.articles == 2);  // v2 and other; v1 superseded, one retracted
  engine::history_query q;
  q.entity = "KAZ";
  q.metric = "exports";
  const auto h = t.history(q);
  REQUIRE(h.size() == 2);
  CHECK(h[0].value.value == engine::interval(1.0 / 3.0, 2.0 / 3.0, true, false));
  CHECK(h[1].value.value.hi() == engine::interval::inf);
  CHECK(std::isnan(h[1].value.number));
  CHECK(h[1].weekday == 2u);

  // Importing again adds nothing new but appends nothing twice to articles.
  std::istringstream again(first);
  const auto n2 = engine::import_jsonl(t, again, "dump.jsonl");
  CHECK(n2.articles == 0);
  CHECK(t.stats().articles == 2);
}

TEST_CASE("store: import names the bad line and keeps the whole articles before it") {
  test::temp_dir tmp;
  std::string dump;
  {
    store s(test::small_options(tmp.path() / "a"));
    fill(s);
    dump = export_string(s);
  }
  // Damage the 7th line (the fact of the third article, v2).
  std::istringstream lines(dump);
  std::string out;
  std::string l;
  for (int i = 1; std::getline(lines, l); ++i) out += (i == 7 ? std::string("{\"type\":") : l) + "\n";
  store t(test::small_options(tmp.path() / "b"));
  std::istringstream in(out);
  try {
    (void)engine::import_jsonl(t, in, "dump.jsonl");
    FAIL("a bad line was accepted");
  } catch (const claimcheck::error& e) {
    CHECK(e.code() == error_code::input);
    CHECK(std::string(e.what()).find("dump.jsonl:7") != std::string::npos);
  }
  // v1 (superseded) and the retracted one (lines 2-5) are in; v2, whose
  // fact was the bad line, is not.
  std::vector<std::string> stored;
  t.for_each_article([&](const engine::stored_article& a, const std::vector<fact>& facts) {
    stored.push_back(a.meta.text);
    CHECK(facts.size() == 1);
  });
  CHECK(stored == std::vector<std::string>{"Trade was $25.2 billion.", "Retracted piece."});
  CHECK(t.stats().retracted == 1);
  std::istringstream junk("hello\n");
  CHECK_THROWS_AS((void)engine::import_jsonl(t, junk, "junk"), claimcheck::error);
}
