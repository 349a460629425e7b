// The text report: `file:line:col: severity: message [rule]`, the sentence,
// and the arithmetic, grouped by article.
#include <fmt/format.h>

#include <map>

#include "cli/report.hpp"

namespace claimcheck::cli {

std::string neutralise(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t') || c == 0x7f) {
      out += "\xef\xbf\xbd";
    } else if (c == 0xc2 && i + 1 < s.size() &&
               static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9f) {
      out += "\xef\xbf\xbd";  // a C1 control in UTF-8
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

namespace {

std::string paint(const report_options& o, std::string_view code, std::string_view s) {
  if (!o.color) return std::string(s);
  return fmt::format("\x1b[{}m{}\x1b[0m", code, s);
}

std::string_view severity_color(engine::severity s) {
  switch (s) {
    case engine::severity::error: return "1;31";
    case engine::severity::warning: return "1;33";
    case engine::severity::info: return "1;36";
  }
  return "0";
}

}  // namespace

void write_text(std::ostream& out, const engine::report& r, const report_options& o) {
  std::map<std::string, std::string> path_of;
  for (const auto& ar : r.articles) path_of[ar.meta.id] = ar.meta.path;
  for (const auto& d : r.diagnostics) {
    out << neutralise(fmt::format("{}:{}:{}: {}: {}", d.file, d.line, d.column,
                                  d.error ? "error" : "warning", d.message))
        << '\n';
  }
  if (!o.quiet) {
    for (const auto& ar : r.articles) {
      out << paint(o, "1", neutralise(ar.meta.path)) << ": "
          << neutralise(ar.meta.title.empty() ? "(untitled)" : ar.meta.title) << " — "
          << ar.facts.size() << " facts" << (ar.already_stored ? " (already stored)" : "")
          << '\n';
      if (o.verbose) {
        for (const auto& f : ar.facts) {
          out << fmt::format("  {}:{}: {} {} {} {} = {} {} ({})\n", ar.meta.path, f.source.line,
                             to_string(f.kind), f.entity, f.metric, f.when.label,
                             f.value.value.str(), f.value.unit, neutralise(f.value.stated));
        }
      }
    }
  }
  for (auto sev : {engine::severity::error, engine::severity::warning, engine::severity::info}) {
    for (const auto& f : r.findings) {
      if (f.sev != sev) continue;
      auto it = path_of.find(f.article);
      const std::string where =
          it != path_of.end() ? fmt::format("{}:{}:{}", it->second, f.source.line, f.source.column)
                              : std::string("history");
      out << neutralise(where) << ": " << paint(o, severity_color(f.sev), to_string(f.sev))
          << ": " << neutralise(f.message) << " [" << f.rule << "]\n";
      if (!f.source.sentence.empty()) out << "    " << neutralise(f.source.sentence) << '\n';
      if (!f.arithmetic.empty()) out << "    = " << neutralise(f.arithmetic) << '\n';
    }
  }
  const tally t = count(r.findings);
  std::size_t facts = 0;
  for (const auto& ar : r.articles) facts += ar.facts.size();
  out << fmt::format("{} articles, {} facts, {} errors, {} warnings, {} info\n", r.articles.size(),
                     facts, t.error, t.warning, t.info);
}

void write_facts_text(std::ostream& out, const std::vector<engine::fact>& facts,
                      const report_options&) {
  for (const auto& f : facts) {
    out << neutralise(fmt::format("{:<12} {:<10} {:<24} {:<22} {:<34} {} {}  [{}]{}\n",
                                  f.when.label.empty() ? f.when.str() : f.when.label,
                                  to_string(f.kind), f.entity, f.metric, f.value.value.str(),
                                  f.value.unit, f.value.stated,
                                  f.article.size() > 12 ? f.article.substr(0, 12) : f.article,
                                  f.derived() ? " derived" : ""));
  }
  out << facts.size() << " facts\n";
}

}  // namespace claimcheck::cli
