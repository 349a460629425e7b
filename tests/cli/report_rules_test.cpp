// The writers over findings from the real built-in rules: the founding
// example's facts (built by hand until the grammar lands) checked by
// rules::rule_set::builtin() against a history holding the 2021 figure,
// then written as text, SARIF and HTML.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/report.hpp"
#include "rules/rules.hpp"
#include "tests/cli/report_support.hpp"

namespace {

namespace t = claimcheck::test;

// The 2023 article's report as `check` would make it, with the built-in
// rules' own findings and derived facts in place of the hand-written ones.
claimcheck::engine::report checked(std::vector<claimcheck::engine::fact>& history) {
  auto r = t::founding_report();
  history = r.articles[0].facts;
  r.articles.erase(r.articles.begin());
  claimcheck::rules::memory_history h;
  for (const auto& f : history) h.add(f);
  const auto rules = claimcheck::rules::rule_set::builtin();
  auto ev = rules.evaluate(r.articles[0].facts, h);
  r.findings = std::move(ev.findings);
  r.derived = std::move(ev.derived);
  return r;
}

}  // namespace

TEST_CASE("cli: built-in rules on the founding facts, written as every format") {
  std::vector<claimcheck::engine::fact> history;
  const auto r = checked(history);
  auto has = [&](const char* rule, claimcheck::engine::finding_kind kind) {
    return std::any_of(r.findings.begin(), r.findings.end(),
                       [&](const auto& f) { return f.rule == rule && f.kind == kind; });
  };
  // 31.17e9 / 1.236 agrees with the stored 2021 figure; $19 billion for
  // 2021 contradicts it.
  CHECK(has("growth", claimcheck::engine::finding_kind::confirmation));
  CHECK(has("conflict", claimcheck::engine::finding_kind::contradiction));
  std::ostringstream text;
  claimcheck::cli::write_text(text, r, {});
  INFO(text.str());
  CHECK(text.str().find("fixtures/visit 2023.txt:5:28: error: ") != std::string::npos);
  CHECK(text.str().find("[conflict]\n") != std::string::npos);

  t::temp_dir dir;
  std::ostringstream sarif;
  claimcheck::cli::write_sarif(sarif, r, {});
  const auto schema = t::conformance_dir() / "sarif/sarif-schema-2.1.0.json";
  if (std::filesystem::exists(schema)) {
    const auto v = t::validate_json(schema, "-", dir.write("rules.sarif", sarif.str()));
    if (v) {
      INFO(*v);
      CHECK(v->empty());
    }
  }
  std::ostringstream json;
  claimcheck::cli::write_json(json, r);
  const auto v = t::validate_json(t::report_schema(), "report", dir.write("r.json", json.str()));
  if (v) {
    INFO(*v);
    CHECK(v->empty());
  }
  std::ostringstream html;
  claimcheck::cli::write_html(html, r, history, {});
  // Two joins in the USD plot: conflict ($19 billion to $25.2 billion) and
  // growth ($31.17 billion to $19 billion); the % fact has no partner there.
  std::size_t links = 0;
  for (auto p = html.str().find("<line class=\"contradiction-link\""); p != std::string::npos;
       p = html.str().find("<line class=\"contradiction-link\"", p + 1)) {
    ++links;
  }
  CHECK(links == 2);
  if (const char* keep = std::getenv("CLAIMCHECK_KEEP_HTML"); keep != nullptr && *keep != '\0') {
    std::ofstream(std::filesystem::path(keep) / "founding-rules.html") << html.str();
  }
}
