// Retraction through the command line: the article's facts leave the
// current view and the findings that rested on them are recomputed.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "tests/support/cli_runner.hpp"

using claimcheck::testing::run_cli;
using claimcheck::testing::temp_dir;
using claimcheck::testing::test_data;
using json = nlohmann::json;

namespace {
std::size_t count_rule_kind(const json& findings, const std::string& rule, const std::string& kind) {
  std::size_t n = 0;
  for (const auto& f : findings) {
    if (f["rule"] == rule && f["kind"] == kind) ++n;
  }
  return n;
}
}  // namespace

TEST_CASE("cli: retract removes an article's facts and the findings resting on them") {
  temp_dir dir;
  const std::string db = dir.str("db");
  REQUIRE(run_cli({"--db", db, "ingest", test_data("founding/trade_2021.txt")}).status == 0);
  auto ing = run_cli({"--db", db, "--format", "json", "ingest",
                      test_data("founding/trade_2022_contradicts.txt")});
  REQUIRE(ing.status == 0);  // ingest fails on nothing by default
  const json ingested = json::parse(ing.out);
  const std::string bad_id = ingested["articles"][0]["id"];
  CHECK(count_rule_kind(ingested["findings"], "growth", "contradiction") == 1);

  auto audit_before = run_cli({"--db", db, "--format", "json", "audit"});
  REQUIRE(audit_before.status == 0);
  CHECK(count_rule_kind(json::parse(audit_before.out)["findings"], "growth", "contradiction") == 1);

  auto r = run_cli({"--db", db, "retract", bad_id.substr(0, 8)});
  REQUIRE_MESSAGE(r.status == 0, r.err);
  CHECK(r.out.find(bad_id) != std::string::npos);

  auto hist = run_cli({"--db", db, "--format", "json", "history", "--entity", "CHN+KAZ"});
  REQUIRE(hist.status == 0);
  const json history = json::parse(hist.out);
  CHECK_FALSE(history["facts"].empty());
  for (const auto& f : history["facts"]) CHECK(f["article"] != bad_id);

  auto audit_after = run_cli({"--db", db, "--format", "json", "audit"});
  REQUIRE(audit_after.status == 0);
  CHECK(count_rule_kind(json::parse(audit_after.out)["findings"], "growth", "contradiction") == 0);

  // Retraction is idempotent; an unknown id is a usage error naming it.
  CHECK(run_cli({"--db", db, "retract", bad_id}).status == 0);
  auto unknown = run_cli({"--db", db, "retract", "ffffffffffff"});
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("ffffffffffff") != std::string::npos);
}
