// Fuzz target (5): the report writers over a report whose every string
// comes from the fuzz bytes (as article text would). The text report holds
// no control byte (C0 but newline and tab, DEL, C1) and so no escape
// sequence; the JSON report re-parses; XML reports are well-formed.
#include <algorithm>
#include <cstddef>
#include <cstring>
#include <vector>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/report.hpp"
#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/output_check.hpp"

namespace claimcheck::fuzz {
namespace {

double number_at(std::string_view bytes, double fallback) {
  if (bytes.size() < sizeof(double)) return fallback;
  double d = 0;
  std::memcpy(&d, bytes.data(), sizeof d);
  return d;
}

engine::report build(std::string_view bytes) {
  auto f = [&](std::size_t i) { return std::string(field(bytes, i)); };
  engine::report r;
  engine::article a;
  a.id = "a1" + f(14);
  a.path = f(0);
  a.title = f(1);
  a.source = f(15);
  a.url = f(16);
  a.published_text = f(17);
  a.text = f(3);
  engine::fact x;
  x.id = "f1" + f(14);
  x.article = a.id;
  x.entity = f(6);
  x.metric = f(7);
  x.when = engine::period::year(date::year{2022}, f(8));
  const double lo = number_at(field(bytes, 13), 1.0);
  const double hi = number_at(field(bytes, 13).substr(std::min<std::size_t>(8, field(bytes, 13).size())), 2.0);
  x.value.value = engine::interval(lo, hi);
  x.value.number = lo;
  x.value.unit = f(10);
  x.value.stated = f(2);
  x.attribution = f(18);
  x.source.line = 3;
  x.source.column = 7;
  x.source.sentence = f(3);
  engine::finding n;
  n.rule = f(9);
  n.sev = static_cast<engine::severity>(bytes.empty() ? 0 : static_cast<unsigned char>(bytes[0]) % 3);
  n.message = f(4);
  n.arithmetic = f(5);
  n.article = a.id;
  n.facts = {x.id};
  n.stated = {x.value.stated};
  n.source = x.source;
  engine::fact d = x;
  d.id = "d1";
  d.article.clear();
  d.derived_by = f(9);
  d.inputs = {x.id};
  r.articles.push_back({a, {x}, false});
  r.findings.push_back(n);
  r.derived.push_back(d);
  r.diagnostics.push_back({f(12), 2, 5, f(11), false});
  return r;
}

}  // namespace

int reports(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const engine::report r = build(bytes);
  const std::vector<engine::fact> facts{r.articles[0].facts[0], r.derived[0]};
  cli::report_options o;
  o.rules.push_back({std::string(field(bytes, 9)), std::string(field(bytes, 4)), "error"});

  for (bool verbose : {false, true}) {
    o.verbose = verbose;
    std::ostringstream text;
    cli::write_text(text, r, o);
    const std::string bad = control_byte(text.str());
    require(bad.empty(), "text report: " + bad);
  }
  std::ostringstream ft;
  cli::write_facts_text(ft, facts, o);
  require(control_byte(ft.str()).empty(), "facts text: " + control_byte(ft.str()));
  std::ostringstream plot;
  cli::write_history_plot(plot, facts, o);
  require(control_byte(plot.str()).empty(), "history plot: " + control_byte(plot.str()));

  std::ostringstream js;
  cli::write_json(js, r);
  require(nlohmann::json::accept(js.str()), "JSON report does not re-parse");
  std::ostringstream fjs;
  cli::write_facts_json(fjs, facts);
  require(nlohmann::json::accept(fjs.str()), "facts JSON does not re-parse");
  std::ostringstream sarif;
  cli::write_sarif(sarif, r, o);
  require(nlohmann::json::accept(sarif.str()), "SARIF does not re-parse");
  std::ostringstream review;
  cli::write_claimreview(review, r);
  require(nlohmann::json::accept(review.str()), "ClaimReview does not re-parse");

  std::ostringstream junit;
  cli::write_junit(junit, r, o);
  const std::string xml = xml_error(junit.str());
  require(xml.empty(), "JUnit XML: " + xml);

  // HTML: markup from the article never reaches the page unescaped. The
  // same report with every '<' in its strings made harmless must give a page
  // with as many '<' as this one.
  std::ostringstream html;
  cli::write_html(html, r, facts, o);
  const std::string page = html.str();
  require(utf8_error(page).empty(), "HTML: " + utf8_error(page));
  std::string defanged(bytes);
  const std::string_view numbers = field(bytes, 13);
  for (std::size_t i = 0; i < defanged.size(); ++i) {
    const bool in_numbers = !numbers.empty() && i >= static_cast<std::size_t>(numbers.data() - bytes.data()) &&
                            i < static_cast<std::size_t>(numbers.data() - bytes.data()) + numbers.size();
    if (defanged[i] == '<' && !in_numbers) defanged[i] = '(';
  }
  const engine::report safe = build(defanged);
  std::ostringstream safe_html;
  cli::write_html(safe_html, safe, {safe.articles[0].facts[0], safe.derived[0]}, o);
  // The highlight of a stated value (<mark>) may be placed in one page and
  // not the other (a stated text of "<" is found in the sentence only after
  // the change), so it is left out of the count.
  const auto tags = [](const std::string& s) {
    const auto all = std::count(s.begin(), s.end(), '<');
    std::ptrdiff_t marks = 0;
    for (const std::string_view m : {"<mark>", "</mark>"}) {
      for (std::size_t at = s.find(m); at != std::string::npos; at = s.find(m, at + 1)) ++marks;
    }
    return all - marks;
  };
  require(tags(page) == tags(safe_html.str()), "HTML: markup from the article reaches the page");
  return 0;
}

}  // namespace claimcheck::fuzz
