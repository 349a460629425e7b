// Concurrency (issue #10): readers in other processes while an ingest
// writes see consistent snapshots (whole articles, in ingestion order, each
// with all its facts); two ingests that overlap in time and in content end
// with the union of their articles, each once.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "tests/reliability/db_support.hpp"
#include "tests/reliability/process.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck::testing;
namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

// Article id -> number of stated facts, from a `facts --format json` run.
std::map<std::string, std::size_t> facts_per_article(const std::string& out) {
  std::map<std::string, std::size_t> n;
  const json doc = json::parse(out);  // kept: a range-for over a temporary's member dangles
  for (const auto& f : doc.at("facts")) ++n[f.at("article").get<std::string>()];
  return n;
}

std::vector<std::string> article_ids(const std::string& out) {
  std::vector<std::string> ids;
  const json doc = json::parse(out);
  for (const auto& a : doc.at("articles")) ids.push_back(a.at("id").get<std::string>());
  return ids;
}

}  // namespace

TEST_CASE("reliability: readers during an ingest see whole articles") {
  temp_dir dir;
  const fs::path in = dir.path() / "in";
  fs::create_directory(in);
  // 600 articles: ingest commits batches of 256, so readers can see a
  // database part-way through it.
  const auto files = write_articles(in, 600);
  // The clean result to compare snapshots with.
  const fs::path clean = dir.path() / "clean.db";
  REQUIRE(run_binary({"--db", clean.string(), "ingest", in.string()}).status == 0);
  const auto all_ids = article_ids(run_binary({"--db", clean.string(), "--format", "json", "articles"}).out);
  const auto all_facts =
      facts_per_article(run_binary({"--db", clean.string(), "--format", "json", "facts"}).out);
  REQUIRE(all_ids.size() == files.size());

  const fs::path db = dir.path() / "db";
  REQUIRE(run_binary({"--db", db.string(), "ingest", files[0]}).status == 0);
  std::size_t snapshots = 0;
  std::size_t partial_views = 0;  // snapshots taken while the ingest was part-way
  {
    child writer({"--db", db.string(), "ingest", in.string()}, dir.str("w.out"), dir.str("w.err"));
    for (int round = 0; round < 400; ++round) {
      const auto a = run_binary({"--db", db.string(), "--format", "json", "articles"});
      REQUIRE(a.status == 0);
      const auto ids = article_ids(a.out);
      // A prefix of the ingestion order.
      REQUIRE(ids.size() <= all_ids.size());
      CHECK(std::equal(ids.begin(), ids.end(), all_ids.begin()));
      const auto f = run_binary({"--db", db.string(), "--format", "json", "facts"});
      REQUIRE(f.status == 0);
      for (const auto& [id, n] : facts_per_article(f.out)) {
        CAPTURE(id);
        CHECK(all_facts.count(id) == 1);
        if (all_facts.count(id) == 1) CHECK(n == all_facts.at(id));
      }
      const auto h = run_binary({"--db", db.string(), "--format", "json", "history", "--entity", "KAZ"});
      CHECK(h.status == 0);
      const auto c = run_binary({"--db", db.string(), "--format", "json", "--fail-on", "none", "check",
                                 files.back()});
      CHECK(c.status == 0);
      ++snapshots;
      if (ids.size() > 1 && ids.size() < all_ids.size()) ++partial_views;
      if (ids.size() == all_ids.size()) break;
    }
    CHECK(writer.wait() == 0);
  }
  MESSAGE(snapshots << " reader rounds (articles, facts, history, check) during one ingest, "
                    << partial_views << " of them part-way through it");
  CHECK(db_dump(db) == db_dump(clean));
}

TEST_CASE("reliability: two overlapping ingests end with the union, no duplicates") {
  temp_dir dir;
  const fs::path all = dir.path() / "all";
  fs::create_directory(all);
  const auto files = write_articles(all, 50);
  // A: articles 0..29, B: 20..49, written by two processes at once.
  const fs::path a = dir.path() / "a";
  const fs::path b = dir.path() / "b";
  fs::create_directory(a);
  fs::create_directory(b);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const fs::path f = files[i];
    if (i < 30) fs::copy_file(f, a / f.filename());
    if (i >= 20) fs::copy_file(f, b / f.filename());
  }
  const fs::path db = dir.path() / "db";
  REQUIRE(run_binary({"--db", db.string(), "ingest", files[0]}).status == 0);  // create it first
  {
    child one({"--db", db.string(), "ingest", a.string()}, dir.str("a.out"), dir.str("a.err"));
    child two({"--db", db.string(), "ingest", b.string()}, dir.str("b.out"), dir.str("b.err"));
    CHECK(one.wait() == 0);
    CHECK(two.wait() == 0);
  }
  CAPTURE(read_text_file(dir.str("a.err")));
  CAPTURE(read_text_file(dir.str("b.err")));
  const auto ids = db_article_ids(db);
  CHECK(ids.size() == files.size());
  CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == files.size());
  // The same content as one ingest of all of them, article by article.
  const fs::path clean = dir.path() / "clean.db";
  REQUIRE(run_binary({"--db", clean.string(), "ingest", all.string()}).status == 0);
  const auto got = facts_per_article(run_binary({"--db", db.string(), "--format", "json", "facts"}).out);
  const auto want = facts_per_article(run_binary({"--db", clean.string(), "--format", "json", "facts"}).out);
  CHECK(got == want);
}
