// The HTML report: one self-contained page (inline CSS and SVG, a content
// security policy that forbids every fetch) with the findings per article
// and, for every series the report touches, a plot of its history with the
// report's facts marked as new and contradictions joined in red. A small
// inline script records how many plot bars were laid out with a size
// (body data-bars / data-bars-sized), for tests and tooling.
#include "cli/report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "cli/report_detail.hpp"

namespace claimcheck::cli {
namespace {

using detail::xml_escape;

constexpr std::string_view css = R"(
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
header{background:#1d2330;color:#fff;padding:14px 28px}header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#c9d1e0}main{padding:8px 28px 40px;max-width:1100px}
section{background:#fff;border:1px solid #dde2ea;border-radius:6px;margin:18px 0;padding:12px 18px}
h2{font-size:17px;margin:6px 0 10px}h3{font-size:15px;margin:14px 0 6px}
.meta{color:#5b6475;font-size:13px}.finding{border-left:4px solid #999;padding:6px 10px;margin:10px 0;background:#fafbfc}
.finding.error{border-color:#d62728}.finding.warning{border-color:#b5651d}.finding.info{border-color:#1f77b4}
.sev{font-weight:700;text-transform:uppercase;font-size:12px;padding:1px 6px;border-radius:3px;color:#fff;background:#1f77b4}
.error .sev{background:#d62728}.warning .sev{background:#b5651d}
.loc{font-family:ui-monospace,monospace;font-size:13px;color:#5b6475}.rule{color:#5b6475;font-size:13px}
blockquote{margin:6px 0;padding:4px 10px;border-left:2px solid #dde2ea;color:#333}
mark{background:#fff2a8;border-bottom:2px solid #e0a800}code{font-size:13px;background:#eef1f5;padding:1px 4px;border-radius:3px}
.counts span{margin-right:14px}svg.plot{display:block;max-width:100%;height:auto;background:#fff}
svg .frame{fill:none;stroke:#9aa3b2}svg .grid{stroke:#e6e9ef}svg .tick{font-size:11px;fill:#5b6475}
svg .bar{fill-opacity:.75;stroke:#333;stroke-width:.5}svg .bar.derived{stroke:#777;stroke-dasharray:3 2;stroke-width:1.2}
svg .bar.new{stroke:#000;stroke-width:1.5;fill-opacity:.95}svg .bar.contradiction{stroke:#d62728;stroke-width:2}
svg .new-marker{fill:#000}svg .contradiction-link{stroke:#d62728;stroke-width:2;stroke-dasharray:5 3}
svg .contradiction-mark{fill:#d62728;font-size:16px;font-weight:700}
.legend span{display:inline-block;margin-right:14px;font-size:13px}.legend i{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-1px;border:1px solid #333}
table{border-collapse:collapse;font-size:13px}td,th{padding:2px 8px;border-bottom:1px solid #eef1f5;text-align:left}
)";

constexpr std::string_view measure = R"(<script>
(function(){var b=document.querySelectorAll('svg.plot rect.bar'),n=0;
for(var i=0;i<b.length;i++){var r=b[i].getBoundingClientRect();if(r.width>0&&r.height>0)n++;}
document.body.setAttribute('data-bars',String(b.length));document.body.setAttribute('data-bars-sized',String(n));})();
</script>
)";

void page_start(std::ostream& out, std::string_view title, std::string_view subtitle) {
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
      << "<title>" << xml_escape(title) << "</title>\n<style>" << css << "</style></head>\n"
      << "<body>\n<header><h1>" << xml_escape(title) << "</h1><p>" << xml_escape(subtitle)
      << "</p></header>\n<main>\n";
}

void page_end(std::ostream& out) {
  out << "</main>\n" << measure << "</body></html>\n";
}

// The sentence with the marked ranges in <mark>.
std::string marked_sentence(const engine::finding& f, const engine::article* a) {
  const std::string& s = f.source.sentence;
  std::string html;
  std::size_t at = 0;
  for (const auto& [lo, hi] : detail::marks(f, a)) {
    if (lo < at || hi > s.size()) continue;
    html += xml_escape(s.substr(at, lo - at)) + "<mark>" + xml_escape(s.substr(lo, hi - lo)) +
            "</mark>";
    at = hi;
  }
  return html + xml_escape(s.substr(at));
}

void write_finding(std::ostream& out, const engine::finding& f, const engine::article* a) {
  const std::string sev(engine::to_string(f.sev));
  out << "<div class=\"finding " << sev << "\"><span class=\"sev\">" << sev << "</span> ";
  if (a != nullptr && f.source.line > 0) {
    out << "<span class=\"loc\">" << xml_escape(a->path) << ':' << f.source.line << ':'
        << f.source.column << "</span> ";
  }
  out << "<strong>" << xml_escape(f.message) << "</strong> <span class=\"rule\">["
      << xml_escape(f.rule) << ", " << engine::to_string(f.kind) << "]</span>\n";
  if (!f.source.sentence.empty()) out << "<blockquote>" << marked_sentence(f, a) << "</blockquote>\n";
  if (!f.arithmetic.empty()) out << "<div><code>" << xml_escape(f.arithmetic) << "</code></div>\n";
  out << "</div>\n";
}

void write_plots(std::ostream& out, const std::vector<engine::fact>& facts,
                 const detail::plot_marks& marks,
                 const std::map<std::string, std::string>& source_names) {
  const auto all = detail::group_series(facts);
  if (all.empty()) return;
  out << "<section class=\"history\"><h2>History</h2>\n<div class=\"legend\">";
  for (const auto& [id, slot] : marks.source_slot) {
    auto name = source_names.find(id);
    out << "<span><i style=\"background:" << detail::slot_color(slot) << "\"></i>"
        << xml_escape(name != source_names.end() ? name->second : id.substr(0, 12)) << "</span>";
  }
  out << "<span><i style=\"background:#fff;border:2px solid #000\"></i>new in this report</span>"
      << "<span><i style=\"background:#fff;border:2px solid #d62728\"></i>contradiction</span>"
      << "<span><i style=\"background:#fff;border:1px dashed #777\"></i>derived</span></div>\n";
  for (const auto& s : all) {
    out << "<h3>" << xml_escape(s.entity) << " · " << xml_escape(s.metric)
        << (s.unit.empty() ? "" : " (" + xml_escape(s.unit) + ")") << "</h3>\n"
        << detail::svg_plot(s, marks);
  }
  out << "</section>\n";
}

// Colour slots in order of first publication, then id.
std::map<std::string, std::size_t> slots(const std::vector<engine::fact>& facts) {
  std::vector<std::pair<std::optional<date::sys_days>, std::string>> seen;
  for (const auto& f : facts) {
    if (f.derived() || f.article.empty()) continue;
    if (std::none_of(seen.begin(), seen.end(), [&](const auto& p) { return p.second == f.article; })) {
      seen.emplace_back(f.published, f.article);
    }
  }
  std::sort(seen.begin(), seen.end());
  std::map<std::string, std::size_t> out;
  for (const auto& [d, id] : seen) out.emplace(id, out.size());
  return out;
}

}  // namespace

void write_html(std::ostream& out, const engine::report& r, const std::vector<engine::fact>& history,
                const report_options& o) {
  const tally t = count(r.findings);
  std::size_t n_facts = 0;
  for (const auto& ar : r.articles) n_facts += ar.facts.size();
  page_start(out, "claimcheck " + o.command,
             fmt::format("{} article{} · {} fact{} · {} error{} · {} warning{} · {} info",
                         r.articles.size(), r.articles.size() == 1 ? "" : "s", n_facts,
                         n_facts == 1 ? "" : "s", t.error, t.error == 1 ? "" : "s", t.warning,
                         t.warning == 1 ? "" : "s", t.info));
  std::map<std::string, std::vector<const engine::finding*>> by_article;
  for (const auto& f : r.findings) by_article[f.article].push_back(&f);
  for (const auto& d : r.diagnostics) {
    out << "<div class=\"finding " << (d.error ? "error" : "warning") << "\"><span class=\"loc\">"
        << xml_escape(fmt::format("{}:{}:{}", d.file, d.line, d.column)) << "</span> "
        << xml_escape(d.message) << "</div>\n";
  }
  auto write_group = [&](const std::vector<const engine::finding*>& fs, const engine::article* a) {
    for (auto sev : {engine::severity::error, engine::severity::warning, engine::severity::info}) {
      for (const auto* f : fs) {
        if (f->sev == sev) write_finding(out, *f, a);
      }
    }
  };
  std::map<std::string, std::string> names;
  for (const auto& ar : r.articles) {
    const auto& m = ar.meta;
    names[m.id] = m.title.empty() ? m.path : m.title;
    out << "<section class=\"article\"><h2>" << xml_escape(m.title.empty() ? m.path : m.title)
        << "</h2>\n<div class=\"meta\">" << xml_escape(m.path);
    if (m.published) out << " · published " << engine::period::iso(*m.published);
    if (!m.source.empty()) out << " · " << xml_escape(m.source);
    out << " · " << ar.facts.size() << " facts" << (ar.already_stored ? " (already stored)" : "")
        << "</div>\n";
    if (auto it = by_article.find(m.id); it != by_article.end()) {
      write_group(it->second, &m);
      by_article.erase(it);
    } else {
      out << "<p class=\"meta\">No findings.</p>\n";
    }
    out << "</section>\n";
  }
  if (!by_article.empty()) {
    out << "<section class=\"article\"><h2>Across the history</h2>\n";
    for (const auto& [id, fs] : by_article) write_group(fs, detail::other_article(o, id));
    out << "</section>\n";
  }

  // Plots: every series the report's facts touch, from history and report.
  detail::plot_marks marks;
  std::vector<engine::fact> plotted;
  std::set<std::string> ids;
  std::set<std::tuple<std::string, std::string, std::string>> touched;
  for (const auto& ar : r.articles) {
    for (const auto& f : ar.facts) {
      touched.insert({f.entity, f.metric, f.value.unit});
      marks.new_facts.push_back(f.id);
      if (ids.insert(f.id).second) plotted.push_back(f);
    }
  }
  for (const auto& f : r.derived) touched.insert({f.entity, f.metric, f.value.unit});
  auto add_if_touched = [&](const engine::fact& f) {
    if (touched.count({f.entity, f.metric, f.value.unit}) != 0 && ids.insert(f.id).second) {
      plotted.push_back(f);
    }
  };
  for (const auto& f : history) add_if_touched(f);
  for (const auto& f : r.derived) add_if_touched(f);
  for (const auto& f : r.findings) {
    if (f.kind == engine::finding_kind::contradiction && f.facts.size() >= 2) {
      marks.contradictions.push_back(f.facts);
    }
  }
  marks.source_slot = slots(plotted);
  for (const auto& f : history) {
    if (!f.article.empty() && names.count(f.article) == 0 && f.published) {
      names[f.article] = "article of " + engine::period::iso(*f.published);
    }
  }
  write_plots(out, plotted, marks, names);
  page_end(out);
}

void write_history_html(std::ostream& out, const std::vector<engine::fact>& facts) {
  page_start(out, "claimcheck history", fmt::format("{} facts", facts.size()));
  detail::plot_marks marks;
  marks.source_slot = slots(facts);
  std::map<std::string, std::string> names;
  for (const auto& f : facts) {
    if (!f.article.empty() && f.published) {
      names[f.article] = "article of " + engine::period::iso(*f.published);
    }
  }
  write_plots(out, facts, marks, names);
  out << "<section><h2>Facts</h2><table><tr><th>period</th><th>entity</th><th>metric</th>"
         "<th>value</th><th>stated</th><th>source</th></tr>\n";
  for (const auto& f : facts) {
    out << "<tr><td>" << xml_escape(f.when.label.empty() ? f.when.str() : f.when.label)
        << "</td><td>" << xml_escape(f.entity) << "</td><td>" << xml_escape(f.metric) << "</td><td>"
        << xml_escape(f.value.value.str() + " " + f.value.unit) << "</td><td>"
        << xml_escape(f.value.stated) << "</td><td>"
        << xml_escape(f.derived() ? "derived: " + f.derived_by : f.article.substr(0, 12))
        << "</td></tr>\n";
  }
  out << "</table></section>\n";
  page_end(out);
}

}  // namespace claimcheck::cli
