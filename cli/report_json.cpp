// The JSON report of DESIGN.md: {"articles": [...], "findings": [...],
// "summary": {...}}, and {"facts": [...]} for facts and history.
#include "cli/report.hpp"

#include <nlohmann/json.hpp>

#include "engine/json.hpp"

namespace claimcheck::cli {

using json = nlohmann::json;

tally count(const std::vector<engine::finding>& findings) {
  tally t;
  for (const auto& f : findings) {
    switch (f.sev) {
      case engine::severity::error: ++t.error; break;
      case engine::severity::warning: ++t.warning; break;
      case engine::severity::info: ++t.info; break;
    }
  }
  return t;
}

bool at_or_above(engine::severity s, std::string_view fail_on) {
  const auto threshold = engine::severity_from_string(fail_on);
  return threshold && static_cast<int>(s) >= static_cast<int>(*threshold);
}

void write_json(std::ostream& out, const engine::report& r) {
  json articles = json::array();
  std::size_t facts = 0;
  for (const auto& ar : r.articles) {
    json a = engine::article_json(ar.meta);
    json fs = json::array();
    for (const auto& f : ar.facts) fs.push_back(engine::fact_json(f));
    facts += ar.facts.size();
    a["facts"] = std::move(fs);
    if (ar.already_stored) a["already_stored"] = true;
    articles.push_back(std::move(a));
  }
  json findings = json::array();
  for (const auto& f : r.findings) findings.push_back(engine::finding_json(f));
  json derived = json::array();
  for (const auto& f : r.derived) derived.push_back(engine::fact_json(f));
  json diags = json::array();
  for (const auto& d : r.diagnostics) {
    diags.push_back({{"file", d.file}, {"line", d.line}, {"column", d.column},
                     {"message", d.message}, {"severity", d.error ? "error" : "warning"}});
  }
  const tally t = count(r.findings);
  json doc = {{"articles", std::move(articles)},
              {"findings", std::move(findings)},
              {"derived", std::move(derived)},
              {"diagnostics", std::move(diags)},
              {"summary",
               {{"articles", r.articles.size()},
                {"facts", facts},
                {"findings", {{"error", t.error}, {"warning", t.warning}, {"info", t.info}}}}}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

void write_facts_json(std::ostream& out, const std::vector<engine::fact>& facts) {
  json fs = json::array();
  for (const auto& f : facts) fs.push_back(engine::fact_json(f));
  out << json{{"facts", std::move(fs)}}.dump(2, ' ', false, json::error_handler_t::replace)
      << '\n';
}

}  // namespace claimcheck::cli
