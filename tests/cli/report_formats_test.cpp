// The machine formats of the report writers, each validated by an outside
// tool: JSON against docs/schema/report.schema.json, SARIF against the
// official SARIF 2.1.0 schema, JUnit XML against the JUnit 10 XSD with
// xmllint, ClaimReview against the schema's claimreview definition.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/report.hpp"
#include "tests/cli/report_support.hpp"

namespace {

namespace t = claimcheck::test;
using claimcheck::cli::report_options;
using json = nlohmann::json;

// Validates `doc` with the schema; MESSAGE and true when no validator.
bool skipped_or_valid(const std::optional<std::string>& verdict) {
  if (!verdict) {
    MESSAGE("python3 with jsonschema is not installed: schema validation skipped");
    return true;
  }
  INFO(*verdict);
  CHECK(verdict->empty());
  return verdict->empty();
}

report_options with_rules() {
  report_options o;
  o.rules = {{"conflict", "same entity, metric and period, disjoint values", "error"},
             {"growth", "level(p) = level(p - 1y) * (1 + change(p))", "info"},
             {"record", "a record high against every earlier period", "warning"}};
  return o;
}

}  // namespace

TEST_CASE("cli: JSON report follows the schema and the DESIGN contract") {
  t::temp_dir dir;
  std::ostringstream out;
  claimcheck::cli::write_json(out, t::founding_report());
  const auto path = dir.write("report.json", out.str());
  skipped_or_valid(t::validate_json(t::report_schema(), "report", path));
  const json j = json::parse(out.str());
  CHECK(j["summary"]["facts"] == 4);
  CHECK(j["summary"]["findings"]["error"] == 1);
  CHECK(j["articles"][1]["facts"][1]["value"]["lo"] == 31.165e9);
  CHECK(j["findings"][0]["arithmetic"] == "31.17e9 / 1.236 = 25.22e9 ∈ [25.15e9, 25.25e9]");

  std::ostringstream facts;
  auto r = t::founding_report();
  claimcheck::cli::write_facts_json(facts, {r.articles[0].facts[0], r.derived[0]});
  skipped_or_valid(
      t::validate_json(t::report_schema(), "facts_document", dir.write("facts.json", facts.str())));
}

TEST_CASE("cli: the JSON schema rejects a report that breaks the contract") {
  t::temp_dir dir;
  std::ostringstream out;
  claimcheck::cli::write_json(out, t::founding_report());
  json j = json::parse(out.str());
  j["findings"][0]["severity"] = "fatal";
  auto v = t::validate_json(t::report_schema(), "report", dir.write("bad.json", j.dump()));
  if (!v) {
    MESSAGE("python3 with jsonschema is not installed: schema validation skipped");
    return;
  }
  CHECK(v->find("fatal") != std::string::npos);
  json k = json::parse(out.str());
  k["articles"][0]["facts"][0].erase("period");
  v = t::validate_json(t::report_schema(), "report", dir.write("bad2.json", k.dump()));
  REQUIRE(v);
  CHECK(v->find("period") != std::string::npos);
}

TEST_CASE("cli: SARIF output validates and locates each finding") {
  t::temp_dir dir;
  std::ostringstream out;
  claimcheck::cli::write_sarif(out, t::founding_report(), with_rules());
  const auto schema = t::conformance_dir() / "sarif/sarif-schema-2.1.0.json";
  if (std::filesystem::exists(schema)) {
    skipped_or_valid(t::validate_json(schema, "-", dir.write("r.sarif", out.str())));
  } else {
    MESSAGE("shared/conformance/sarif is absent: SARIF schema validation skipped");
  }
  const json j = json::parse(out.str());
  CHECK(j["version"] == "2.1.0");
  REQUIRE(j["runs"].size() == 1);
  const json& run = j["runs"][0];
  REQUIRE(run["tool"]["driver"]["rules"].size() == 3);
  CHECK(run["tool"]["driver"]["rules"][0]["id"] == "conflict");
  CHECK(run["tool"]["driver"]["rules"][0]["defaultConfiguration"]["level"] == "error");
  REQUIRE(run["results"].size() == 2);
  const json& growth = run["results"][0];
  CHECK(growth["ruleId"] == "growth");
  CHECK(growth["ruleIndex"] == 1);
  CHECK(growth["level"] == "note");
  const json& conflict = run["results"][1];
  CHECK(conflict["ruleId"] == "conflict");
  CHECK(conflict["level"] == "error");
  const json& loc = conflict["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "fixtures/visit%202023.txt");
  // "$19 billion" is bytes 135..146 of article 2: line 5, columns 28..39.
  CHECK(loc["region"]["startLine"] == 5);
  CHECK(loc["region"]["startColumn"] == 28);
  CHECK(loc["region"]["endLine"] == 5);
  CHECK(loc["region"]["endColumn"] == 39);
  // Fingerprints: stable across runs, distinct between findings.
  std::ostringstream again;
  claimcheck::cli::write_sarif(again, t::founding_report(), {});
  const json k = json::parse(again.str());
  CHECK(k["runs"][0]["results"][1]["partialFingerprints"] == conflict["partialFingerprints"]);
  CHECK(growth["partialFingerprints"] != conflict["partialFingerprints"]);
  // Without rule descriptions the rules come from the findings.
  CHECK(k["runs"][0]["tool"]["driver"]["rules"].size() == 2);
}

TEST_CASE("cli: SARIF columns count code points, not bytes") {
  auto r = t::founding_report();
  auto& a = r.articles[1].meta;
  // Line 5 now opens with two 2-byte letters where one ASCII letter was.
  a.text.replace(108, 1, "Ää");  // "A" -> "Ää": +3 bytes, +1 code point
  auto& f = r.findings[1];
  f.source.start += 3;
  f.source.end += 3;
  std::ostringstream out;
  claimcheck::cli::write_sarif(out, r, {});
  const json j = json::parse(out.str());
  const json& region = j["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startColumn"] == 29);
  CHECK(region["endColumn"] == 40);
}

TEST_CASE("cli: JUnit XML validates; failures follow --fail-on") {
  const auto xsd = t::conformance_dir() / "junit/junit-10.xsd";
  const bool can_validate = t::have("xmllint") && std::filesystem::exists(xsd);
  if (!can_validate) MESSAGE("xmllint or shared/conformance/junit absent: XSD validation skipped");
  t::temp_dir dir;
  auto r = t::founding_report();
  r.articles[1].meta.title = "Leader <may> visit & \"twice\"\x01";
  for (const auto& [fail_on, failures] :
       std::vector<std::pair<std::string, int>>{{"error", 1}, {"info", 2}, {"none", 0}}) {
    CAPTURE(fail_on);
    report_options o;
    o.fail_on = fail_on;
    std::ostringstream out;
    claimcheck::cli::write_junit(out, r, o);
    const auto path = dir.write("junit-" + fail_on + ".xml", out.str());
    if (can_validate) {
      const auto v = t::run("xmllint --noout --schema " + t::sh_quote(xsd.string()) + " " +
                            t::sh_quote(path.string()) + " 2>&1");
      INFO(v.out);
      CHECK(v.status == 0);
    }
    const std::string s = out.str();
    // Two suites (one per article), four testcases (one per fact).
    CHECK(s.find("<testsuites name=\"claimcheck check\" tests=\"4\" failures=\"" +
                 std::to_string(failures) + "\"") != std::string::npos);
    CHECK(s.find("<testsuite name=\"Neighbours in trade\" tests=\"1\"") != std::string::npos);
    CHECK(s.find("<testsuite name=\"Leader &lt;may&gt; visit &amp; &quot;twice&quot;\xef\xbf\xbd\" "
                 "tests=\"3\"") != std::string::npos);
    const bool conflict_fails = fail_on != "none";
    CHECK((s.find("<failure type=\"conflict\"") != std::string::npos) == conflict_fails);
    CHECK((s.find("<failure type=\"growth\"") != std::string::npos) == (fail_on == "info"));
  }
}

TEST_CASE("cli: ClaimReview JSON-LD rates each decided claim") {
  t::temp_dir dir;
  std::ostringstream out;
  claimcheck::cli::write_claimreview(out, t::founding_report());
  skipped_or_valid(t::validate_json(t::report_schema(), "claimreview_document",
                                    dir.write("cr.json", out.str())));
  const json j = json::parse(out.str());
  // f1 is in both findings (the contradiction wins), f2 and f3 confirmed, f4
  // contradicted: four reviews in article order.
  REQUIRE(j.size() == 4);
  CHECK(j[0]["reviewRating"]["alternateName"] == "False");
  CHECK(j[0]["url"] == "file:fixtures/ties_2022.txt#claim-f100000000000001");
  CHECK(j[1]["reviewRating"]["alternateName"] == "Accurate");
  CHECK(j[1]["reviewRating"]["ratingValue"] == 5);
  CHECK(j[1]["url"] == "https://news.example/visit-2023#claim-f200000000000002");
  CHECK(j[1]["claimReviewed"] == "Trade rose 23.6 percent to $31.17 billion in 2022.");
  CHECK(j[1]["itemReviewed"]["author"]["name"] == "Example Daily");
  CHECK(j[1]["itemReviewed"]["datePublished"] == "2023-03-10");
  CHECK(j[3]["reviewRating"]["alternateName"] == "False");
  CHECK(j[3]["reviewRating"]["ratingValue"] == 1);
}

TEST_CASE("cli: audit findings are located through the articles they name") {
  // An audit report holds findings but no articles; the writers find the
  // article by id among report_options::other_articles.
  auto full = t::founding_report();
  claimcheck::engine::report r;
  r.findings = full.findings;
  report_options o;
  o.command = "audit";
  o.other_articles = {full.articles[1].meta};
  std::ostringstream text;
  claimcheck::cli::write_text(text, r, o);
  CHECK(text.str().find("fixtures/visit 2023.txt: Leader may visit twice\n"
                        "fixtures/visit 2023.txt:5:28: error:") != std::string::npos);
  std::ostringstream sarif;
  claimcheck::cli::write_sarif(sarif, r, o);
  const json j = json::parse(sarif.str());
  const json& loc = j["runs"][0]["results"][1]["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "fixtures/visit%202023.txt");
  CHECK(loc["region"]["startLine"] == 5);
  // Without the article, the finding has no location and text says history.
  std::ostringstream bare;
  claimcheck::cli::write_text(bare, r, {});
  CHECK(bare.str().find("history: error:") != std::string::npos);
}
