// lexicon::builtin(): the lexicon of the tables generated at build time from
// rules/lexicon/*.tsv (lexicon_tables.hpp), plus the files of the
// directories in CLAIMCHECK_LEXICON_PATH, loaded at run time. Copying the
// tables costs a few hundred thousand instructions; parsing the files at
// every start cost about seven million.
#include <cstdlib>

#include "grammar/claims/lexicon.hpp"

namespace claimcheck::grammar::claims {
namespace {

// The non-empty parts of s between separators.
template <typename F>
void each_part(std::string_view s, char sep, F&& f) {
  while (!s.empty()) {
    const std::size_t e = s.find(sep);
    if (e != 0) f(s.substr(0, e));
    if (e == std::string_view::npos) break;
    s.remove_prefix(e + 1);
  }
}

}  // namespace

lexicon lexicon::from_tables(const tables::lexicon_tables& t) {
  lexicon l;
  auto str = [&](tables::text_ref r) { return t.text.substr(r.at, r.size); };
  l.words_.reserve(t.words.size());
  for (const tables::text_ref w : t.words) l.words_.push_back(str(w));
  l.shapes_.assign(t.shapes.begin(), t.shapes.end());
  l.entries_.assign(t.entries.begin(), t.entries.end());
  l.by_first_.reserve(t.heads.size());
  for (const tables::head& h : t.heads) l.by_first_[str(h.word)].head = h.entry;
  auto keys = [&](word_map<std::uint32_t>& m, std::span<const tables::info> infos) {
    m.reserve(infos.size());
    for (std::size_t i = 0; i < infos.size(); ++i) {
      m[str(infos[i].key)] = static_cast<std::uint32_t>(i);
    }
  };
  keys(l.country_codes_, t.countries);
  keys(l.region_keys_, t.regions);
  keys(l.organisation_keys_, t.organisations);
  keys(l.metric_keys_, t.metrics);
  keys(l.event_keys_, t.events);
  l.countries_.reserve(t.countries.size());
  for (const auto& c : t.countries) l.countries_.push_back({std::string(str(c.key))});
  l.regions_.reserve(t.regions.size());
  for (const auto& r : t.regions) {
    region_info ri{std::string(str(r.key)), {}};
    each_part(str(r.extra), ' ', [&](std::string_view m) { ri.members.emplace_back(m); });
    l.regions_.push_back(std::move(ri));
  }
  l.organisations_.reserve(t.organisations.size());
  for (const auto& o : t.organisations) {
    l.organisations_.push_back({std::string(str(o.key)), std::string(str(o.extra))});
  }
  l.metrics_.reserve(t.metrics.size());
  for (const auto& m : t.metrics) {
    l.metrics_.push_back({std::string(str(m.key)), static_cast<unit_kind>(m.unit)});
  }
  l.events_.reserve(t.events.size());
  for (const auto& e : t.events) l.events_.push_back({std::string(str(e.key))});
  return l;
}

const lexicon& lexicon::builtin() {
  static const lexicon lex = [] {
    lexicon l = from_tables(tables::builtin());
    if (const char* env = std::getenv("CLAIMCHECK_LEXICON_PATH"); env != nullptr && *env) {
      each_part(env, ':', [&](std::string_view dir) {
        l.add_directory(std::filesystem::path(std::string(dir)));
      });
    }
    return l;
  }();
  return lex;
}

}  // namespace claimcheck::grammar::claims
