// audit against ingest: re-running every rule over the stored history gives
// the findings that ingesting the articles one by one gave, while the
// replay runs one entity group at a time (rule_set::entity_group).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "engine/claimcheck.hpp"
#include "grammar/parse.hpp"
#include "rules/rules.hpp"
#include "tests/support/cli_runner.hpp"

using namespace claimcheck;
using claimcheck::testing::temp_dir;
using claimcheck::testing::test_data;

namespace {

// What makes two findings the same: the rule, the outcome and the facts
// (in any order: a replay may bind a pair the other way round).
using finding_key = std::tuple<std::string, engine::finding_kind, engine::severity,
                               std::vector<std::string>>;

std::vector<finding_key> keys_of(const std::vector<engine::finding>& findings) {
  std::vector<finding_key> out;
  for (const auto& f : findings) {
    std::vector<std::string> facts = f.facts;
    std::sort(facts.begin(), facts.end());
    out.emplace_back(f.rule, f.kind, f.sev, std::move(facts));
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t count(const std::vector<engine::finding>& findings, const std::string& rule,
                  engine::finding_kind kind) {
  return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [&](const auto& f) {
    return f.rule == rule && f.kind == kind;
  }));
}

// Two articles about Kazakhstan's trade with China from its side (the parts
// rule joins them with the pair's total), and three about Uzbekistan.
const char* const kExportsImports =
    "Grain and oil lift cross-border sales\n"
    "Published: Feb 02, 2023 10:00 AM\n"
    "Kazakhstan's exports to China reached $14.1 billion in 2021, the statistics bureau said.\n\n"
    "Kazakhstan's imports from China came to $11.1 billion in 2021, the bureau added.\n";
const char* const kUzbekGrowth =
    "Uzbek cotton sales keep rising\n"
    "Published: Apr 11, 2023 07:15 AM\n"
    "Uzbekistan's exports reached $19.3 billion in 2022, the ministry of economy said.\n\n"
    "In 2022, Uzbekistan's exports grew 15.5 percent year-on-year, the ministry said.\n\n"
    "Uzbekistan's exports stood at $16.7 billion in 2021, according to an earlier report.\n";
const char* const kUzbekRevised =
    "Cotton figures revised\n"
    "Published: May 20, 2023 09:30 AM\n"
    "Uzbekistan's exports reached $21.0 billion in 2022, a private research group said on "
    "Saturday.\n";

}  // namespace

TEST_CASE("rules: audit gives the findings of ingesting the articles one by one") {
  temp_dir dir;
  std::vector<std::string> files = {test_data("founding/trade_2021.txt")};
  files.push_back(dir.write("kaz_side.txt", kExportsImports).string());
  files.push_back(test_data("founding/trade_2022.txt"));
  files.push_back(dir.write("uzb_growth.txt", kUzbekGrowth).string());
  files.push_back(test_data("founding/trade_2022_contradicts.txt"));
  files.push_back(dir.write("uzb_revised.txt", kUzbekRevised).string());

  engine::options o;
  o.store.dir = dir.path() / "db";
  engine::claimcheck cc(o);
  std::vector<engine::finding> ingested;
  for (const std::string& file : files) {
    const engine::report r = cc.ingest(engine::read_inputs({file}, o.max_input));
    REQUIRE(r.articles.size() == 1);
    ingested.insert(ingested.end(), r.findings.begin(), r.findings.end());
  }
  // The history holds what each rule family needs: a pair's total met by
  // one side's exports and imports, growth that holds and growth that
  // fails, a conflict, and a change over time, in two entity groups.
  CHECK(count(ingested, "parts", engine::finding_kind::confirmation) == 1);
  CHECK(count(ingested, "growth", engine::finding_kind::confirmation) >= 2);
  CHECK(count(ingested, "growth", engine::finding_kind::contradiction) >= 2);
  CHECK(count(ingested, "conflict", engine::finding_kind::contradiction) >= 2);
  CHECK(count(ingested, "change_over_time", engine::finding_kind::change) >= 1);

  const engine::report audited = cc.audit();
  CHECK(keys_of(audited.findings) == keys_of(ingested));
  // The audit's results are what the store keeps.
  CHECK(cc.db().stats().findings == audited.findings.size());
  // A second audit changes nothing.
  CHECK(keys_of(cc.audit().findings) == keys_of(audited.findings));
}

TEST_CASE("rules: entity groups follow the pairs the built-in rules join") {
  const rules::rule_set rs = rules::rule_set::builtin();
  // The parts rule joins one side's exports (KAZ>CHN) with the pair's
  // total (CHN+KAZ): both directions and the pair are one group.
  CHECK(rs.entity_group("KAZ>CHN") == "CHN+KAZ");
  CHECK(rs.entity_group("CHN>KAZ") == "CHN+KAZ");
  CHECK(rs.entity_group("CHN+KAZ") == "CHN+KAZ");
  CHECK(rs.entity_group("UZB") == "UZB");
  CHECK(rs.entity_group("UZB") != rs.entity_group("CHN+KAZ"));
}

TEST_CASE("rules: a rule naming a fixed entity puts every entity in one group") {
  rules::rule_set rs = rules::rule_set::builtin();
  rs.add("world.rules",
         "rule world_share \"a country's exports are less than the world's\"\n"
         "  match c = level(e, \"exports\", p), w = level(\"WLD\", \"exports\", p)\n"
         "  expect c <= w\n");
  CHECK(rs.entity_group("UZB") == "");
  CHECK(rs.entity_group("KAZ>CHN") == rs.entity_group("WLD"));
}
