// SARIF 2.1.0 for code-scanning front ends: one run, the active rules in
// tool.driver.rules (ids are the rule names, stable across runs), each
// finding a result with its location in the article file (columns in
// Unicode code points) and a partial fingerprint from the finding's
// identity, so that a re-run over the same article does not add alerts.
#include "cli/report.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/report_detail.hpp"

namespace claimcheck::cli {
namespace {

using json = nlohmann::json;

std::string_view level(engine::severity s) {
  switch (s) {
    case engine::severity::error: return "error";
    case engine::severity::warning: return "warning";
    case engine::severity::info: return "note";
  }
  return "none";
}

// Column in code points of a byte offset of the file, from the article text.
unsigned code_point_column(const engine::article& a, std::size_t file_offset) {
  if (file_offset < a.base_offset) return 0;
  std::size_t rel = std::min(file_offset - a.base_offset, a.text.size());
  std::size_t line_start = a.text.rfind('\n', rel == 0 ? 0 : rel - 1);
  line_start = (line_start == std::string::npos || rel == 0) ? 0 : line_start + 1;
  unsigned col = 1;
  for (std::size_t i = line_start; i < rel; ++i) {
    if ((static_cast<unsigned char>(a.text[i]) & 0xc0) != 0x80) ++col;
  }
  return col;
}

json region_of(const engine::finding& f, const engine::article& a) {
  json region = json::object();
  if (!a.text.empty() && f.source.end > f.source.start) {
    const auto b = detail::locate(a, f.source.start);
    const auto e = detail::locate(a, f.source.end);
    if (b.line > 0 && e.line > 0) {
      region = {{"startLine", b.line},
                {"startColumn", code_point_column(a, f.source.start)},
                {"endLine", e.line},
                {"endColumn", code_point_column(a, f.source.end)}};
    }
  }
  if (region.empty() && f.source.line > 0) {
    region = {{"startLine", f.source.line}, {"startColumn", std::max(1U, f.source.column)}};
  }
  if (!f.source.sentence.empty()) region["snippet"] = {{"text", f.source.sentence}};
  return region;
}

}  // namespace

void write_sarif(std::ostream& out, const engine::report& r, const report_options& o) {
  // Rules: the active ones, then any a finding names that is not listed.
  std::vector<rule_desc> rules = o.rules;
  for (const auto& f : r.findings) {
    if (std::none_of(rules.begin(), rules.end(), [&](const rule_desc& d) { return d.id == f.rule; })) {
      rules.push_back({f.rule, "", ""});
    }
  }
  std::map<std::string, std::size_t> rule_index;
  json jrules = json::array();
  for (const auto& d : rules) {
    if (rule_index.count(d.id) != 0) continue;
    rule_index[d.id] = jrules.size();
    json jr = {{"id", d.id},
               {"name", d.id},
               {"shortDescription", {{"text", d.description.empty() ? d.id : d.description}}}};
    if (auto s = engine::severity_from_string(d.severity)) {
      jr["defaultConfiguration"] = {{"level", std::string(level(*s))}};
    }
    jrules.push_back(std::move(jr));
  }

  std::map<std::string, const engine::article*> by_id;
  json artifacts = json::array();
  std::map<std::string, std::size_t> artifact_index;
  std::vector<const engine::article*> known;
  for (const auto& ar : r.articles) known.push_back(&ar.meta);
  for (const auto& a : o.other_articles) known.push_back(&a);
  for (const auto* a : known) {
    by_id.emplace(a->id, a);
    const std::string uri = detail::path_uri(a->path);
    if (artifact_index.count(uri) != 0) continue;
    artifact_index[uri] = artifacts.size();
    json art = {{"location", {{"uri", uri}}}, {"mimeType", "text/plain"}};
    if (!a->title.empty()) art["description"] = {{"text", a->title}};
    artifacts.push_back(std::move(art));
  }

  json results = json::array();
  for (const auto& f : r.findings) {
    std::string text = f.message;
    if (!f.arithmetic.empty()) text += " (" + f.arithmetic + ")";
    json res = {{"ruleId", f.rule},
                {"ruleIndex", rule_index.at(f.rule)},
                {"level", std::string(level(f.sev))},
                {"message", {{"text", text}}},
                {"partialFingerprints", {{"claimcheckFinding/v1", engine::finding_id(f)}}},
                {"properties",
                 {{"kind", std::string(engine::to_string(f.kind))},
                  {"arithmetic", f.arithmetic},
                  {"facts", f.facts},
                  {"stated", f.stated}}}};
    if (auto it = by_id.find(f.article); it != by_id.end()) {
      const std::string uri = detail::path_uri(it->second->path);
      json phys = {{"artifactLocation", {{"uri", uri}, {"index", artifact_index.at(uri)}}}};
      json region = region_of(f, *it->second);
      if (!region.empty() && region.contains("startLine")) phys["region"] = std::move(region);
      res["locations"] = json::array({{{"physicalLocation", std::move(phys)}}});
    }
    results.push_back(std::move(res));
  }

  json run = {{"tool",
               {{"driver",
                 {{"name", "claimcheck"},
                  {"version", CLAIMCHECK_VERSION},
                  {"semanticVersion", CLAIMCHECK_VERSION},
                  {"rules", std::move(jrules)}}}}},
              {"invocations", json::array({{{"executionSuccessful", true},
                                            {"commandLine", "claimcheck " + o.command}}})},
              {"artifacts", std::move(artifacts)},
              {"columnKind", "unicodeCodePoints"},
              {"results", std::move(results)}};
  json doc = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
              {"version", "2.1.0"},
              {"runs", json::array({std::move(run)})}};
  out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace claimcheck::cli
