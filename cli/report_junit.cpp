// JUnit XML for CI test tabs: one testsuite per article, one testcase per
// checked claim (fact), and a failure for each finding at or above
// --fail-on attached to the first of its facts that the article states;
// findings below the threshold go to the testcase's system-out. Findings
// tied to no fact of a checked article form a last "history" testsuite.
// The output validates against the JUnit 10 XSD (conformance/junit/).
#include "cli/report.hpp"

#include <fmt/format.h>

#include <map>

#include "cli/report_detail.hpp"

namespace claimcheck::cli {
namespace {

using detail::xml_escape;

struct testcase {
  std::string name;
  std::string classname;
  std::vector<const engine::finding*> findings;
};

struct suite {
  std::string name;
  std::string file;
  std::string id;
  std::string published;
  std::vector<testcase> cases;
};

std::string finding_text(const engine::finding& f, const std::string& path) {
  std::string s = fmt::format("{}:{}:{}: {}: {} [{}]", path, f.source.line, f.source.column,
                              engine::to_string(f.sev), f.message, f.rule);
  if (!f.source.sentence.empty()) s += "\n    " + f.source.sentence;
  if (!f.arithmetic.empty()) s += "\n    = " + f.arithmetic;
  return s;
}

}  // namespace

void write_junit(std::ostream& out, const engine::report& r, const report_options& o) {
  std::vector<suite> suites;
  std::map<std::string, std::pair<std::size_t, std::size_t>> where;  // fact id -> suite, case
  std::map<std::string, std::size_t> suite_of_article;
  for (const auto& ar : r.articles) {
    suite s;
    s.name = ar.meta.title.empty() ? ar.meta.path : ar.meta.title;
    s.file = ar.meta.path;
    s.id = ar.meta.id;
    if (ar.meta.published) s.published = engine::period::iso(*ar.meta.published);
    for (const auto& f : ar.facts) {
      where[f.id] = {suites.size(), s.cases.size()};
      s.cases.push_back({fmt::format("{}:{}: {} {} {}: {}", ar.meta.path, f.source.line,
                                     f.entity, f.metric,
                                     f.when.label.empty() ? f.when.str() : f.when.label,
                                     f.value.stated),
                         fmt::format("claimcheck.{}.{}", engine::to_string(f.kind), f.metric),
                         {}});
    }
    suite_of_article[ar.meta.id] = suites.size();
    suites.push_back(std::move(s));
  }
  suite history{"history", "", "history", "", {}};
  for (const auto& f : r.findings) {
    bool placed = false;
    for (const auto& id : f.facts) {
      if (auto it = where.find(id); it != where.end()) {
        suites[it->second.first].cases[it->second.second].findings.push_back(&f);
        placed = true;
        break;
      }
    }
    if (placed) continue;
    // A finding over derived or stored facts only: its own testcase, in its
    // article's suite when it points at one.
    testcase c{fmt::format("{} {}: {}", f.rule, engine::to_string(f.kind), f.message),
               "claimcheck.rule." + f.rule, {&f}};
    if (auto it = suite_of_article.find(f.article); it != suite_of_article.end()) {
      suites[it->second].cases.push_back(std::move(c));
    } else {
      history.cases.push_back(std::move(c));
    }
  }
  if (!history.cases.empty()) suites.push_back(std::move(history));

  std::map<std::string, std::string> path_of;
  for (const auto& ar : r.articles) path_of[ar.meta.id] = ar.meta.path;
  for (const auto& a : o.other_articles) path_of.emplace(a.id, a.path);
  auto fails = [&](const engine::finding* f) { return at_or_above(f->sev, o.fail_on); };

  std::size_t total_tests = 0;
  std::size_t total_failures = 0;
  std::string body;
  for (const auto& s : suites) {
    std::size_t failures = 0;
    for (const auto& c : s.cases) {
      for (const auto* f : c.findings) {
        if (fails(f)) {
          ++failures;
          break;
        }
      }
    }
    total_tests += s.cases.size();
    total_failures += failures;
    body += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
                        "skipped=\"0\" time=\"0\"",
                        xml_escape(s.name), s.cases.size(), failures);
    if (!s.file.empty()) body += fmt::format(" file=\"{}\"", xml_escape(s.file));
    body += fmt::format(" id=\"{}\">\n", xml_escape(s.id));
    if (!s.published.empty() || !s.file.empty()) {
      body += "    <properties>\n";
      if (!s.file.empty()) {
        body += fmt::format("      <property name=\"article\" value=\"{}\"/>\n", xml_escape(s.id));
      }
      if (!s.published.empty()) {
        body += fmt::format("      <property name=\"published\" value=\"{}\"/>\n", s.published);
      }
      body += "    </properties>\n";
    }
    for (const auto& c : s.cases) {
      body += fmt::format("    <testcase name=\"{}\" classname=\"{}\" time=\"0\"",
                          xml_escape(c.name), xml_escape(c.classname));
      if (c.findings.empty()) {
        body += "/>\n";
        continue;
      }
      body += ">\n";
      std::string passed;
      for (const auto* f : c.findings) {
        auto p = path_of.find(f->article);
        const std::string text = finding_text(*f, p != path_of.end() ? p->second : "history");
        if (fails(f)) {
          body += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                              xml_escape(f->rule), xml_escape(f->message), xml_escape(text));
        } else {
          passed += text + "\n";
        }
      }
      if (!passed.empty()) {
        body += fmt::format("      <system-out>{}</system-out>\n", xml_escape(passed));
      }
      body += "    </testcase>\n";
    }
    body += "  </testsuite>\n";
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << fmt::format("<testsuites name=\"claimcheck {}\" tests=\"{}\" failures=\"{}\" errors=\"0\" "
                     "time=\"0\">\n",
                     xml_escape(o.command), total_tests, total_failures)
      << body << "</testsuites>\n";
}

}  // namespace claimcheck::cli
