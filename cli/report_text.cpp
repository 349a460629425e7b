// The text report for a terminal: per article, its findings by severity,
// each as `file:line:col: severity: message [rule]`, the sentence with the
// claim underlined by a caret line, then the arithmetic. Everything that
// came from an article is neutralised; colour only when asked.
#include "cli/report.hpp"

#include <fmt/format.h>

#include <map>

#include "cli/report_detail.hpp"

namespace claimcheck::cli {
namespace {

std::string paint(const report_options& o, std::string_view code, std::string_view s) {
  if (!o.color) return std::string(s);
  return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
}

std::string_view severity_color(engine::severity s) {
  switch (s) {
    case engine::severity::error: return "1;31";
    case engine::severity::warning: return "1;35";
    case engine::severity::info: return "1;36";
  }
  return "0";
}

void write_finding(std::ostream& out, const engine::finding& f, const engine::article* a,
                   const report_options& o) {
  std::string where = "history";
  if (a != nullptr) {
    where = f.source.line > 0 ? fmt::format("{}:{}:{}", a->path, f.source.line, f.source.column)
                              : a->path;
  }
  out << paint(o, "1", neutralise(where)) << ": "
      << paint(o, severity_color(f.sev), engine::to_string(f.sev)) << ": "
      << paint(o, "1", neutralise(f.message)) << " [" << neutralise(f.rule) << "]\n";
  if (!f.source.sentence.empty()) {
    const auto u = detail::underline(f.source.sentence, detail::marks(f, a), 150);
    out << "    " << u.sentence << '\n';
    if (!u.carets.empty()) out << "    " << paint(o, "32", u.carets) << '\n';
  }
  if (!f.arithmetic.empty()) out << "    = " << neutralise(f.arithmetic) << '\n';
}

}  // namespace

void write_text(std::ostream& out, const engine::report& r, const report_options& o) {
  for (const auto& d : r.diagnostics) {
    out << neutralise(fmt::format("{}:{}:{}: {}: {}", d.file, d.line, d.column,
                                  d.error ? "error" : "warning", d.message))
        << '\n';
  }
  // Findings by article, in the report's article order; the rest (over
  // derived facts or the stored history) come last.
  std::map<std::string, std::vector<const engine::finding*>> by_article;
  for (const auto& f : r.findings) by_article[f.article].push_back(&f);
  auto write_group = [&](const std::vector<const engine::finding*>& fs, const engine::article* a) {
    for (auto sev : {engine::severity::error, engine::severity::warning, engine::severity::info}) {
      for (const auto* f : fs) {
        if (f->sev == sev) write_finding(out, *f, a, o);
      }
    }
  };
  for (const auto& ar : r.articles) {
    if (!o.quiet) {
      const auto& m = ar.meta;
      out << paint(o, "1", neutralise(m.path)) << ": "
          << neutralise(m.title.empty() ? "(untitled)" : m.title);
      if (m.published) out << " (" << engine::period::iso(*m.published) << ")";
      out << " — " << ar.facts.size() << (ar.facts.size() == 1 ? " fact" : " facts")
          << (ar.already_stored ? " (already stored)" : "") << '\n';
      if (o.verbose) {
        for (const auto& f : ar.facts) {
          out << neutralise(fmt::format(
                     "  {}:{}:{}: {} {} {} {} = {} {} \"{}\"", m.path, f.source.line,
                     f.source.column, engine::to_string(f.kind), f.entity, f.metric,
                     f.when.label.empty() ? f.when.str() : f.when.label, f.value.value.str(),
                     f.value.unit, f.value.stated))
              << '\n';
        }
      }
    }
    auto it = by_article.find(ar.meta.id);
    if (it != by_article.end()) {
      write_group(it->second, &ar.meta);
      by_article.erase(it);
    }
  }
  std::vector<const engine::finding*> rest;
  for (const auto& [id, fs] : by_article) {
    const engine::article* a = detail::other_article(o, id);
    if (a == nullptr) {
      rest.insert(rest.end(), fs.begin(), fs.end());
      continue;
    }
    if (!o.quiet) {
      out << paint(o, "1", neutralise(a->path)) << ": "
          << neutralise(a->title.empty() ? "(untitled)" : a->title) << '\n';
    }
    write_group(fs, a);
  }
  write_group(rest, nullptr);
  if (o.quiet) return;
  const tally t = count(r.findings);
  std::size_t facts = 0;
  for (const auto& ar : r.articles) facts += ar.facts.size();
  out << fmt::format("{} {}, {} {}, {} {}, {} {}, {} info\n", r.articles.size(),
                     r.articles.size() == 1 ? "article" : "articles", facts,
                     facts == 1 ? "fact" : "facts", t.error, t.error == 1 ? "error" : "errors",
                     t.warning, t.warning == 1 ? "warning" : "warnings", t.info);
}

void write_facts_text(std::ostream& out, const std::vector<engine::fact>& facts,
                      const report_options& o) {
  if (!o.quiet) {
    out << fmt::format("{:<12} {:<8} {:<10} {:<22} {:<30} {:<14} {}\n", "PERIOD", "KIND",
                       "ENTITY", "METRIC", "VALUE", "ARTICLE", "STATED");
  }
  for (const auto& f : facts) {
    const std::string value =
        f.value.value.bounded() || f.value.value.empty()
            ? detail::short_value(f.value.value.lo(), f.value.unit, 8) + " .. " +
                  detail::short_value(f.value.value.hi(), f.value.unit, 8)
            : f.value.value.str() + " " + f.value.unit;
    out << neutralise(fmt::format(
               "{:<12} {:<8} {:<10} {:<22} {:<30} {:<14} {}{}",
               f.when.label.empty() ? f.when.str() : f.when.label, engine::to_string(f.kind),
               f.entity, f.metric, value,
               f.derived() ? std::string("(derived)")
                           : (f.article.size() > 12 ? f.article.substr(0, 12) : f.article),
               f.value.stated,
               f.published ? "  " + engine::period::iso(*f.published) : std::string()))
        << (f.derived() ? "  [" + neutralise(f.derived_by) + "]" : "") << '\n';
  }
  if (!o.quiet) out << facts.size() << (facts.size() == 1 ? " fact\n" : " facts\n");
}

}  // namespace claimcheck::cli
