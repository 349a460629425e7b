// Test support for claim assembly: hand-built mentions at the place of a
// phrase in a text (so that assembly is tested without the mention
// grammars), a plain-text article to assemble, the facts of a text through
// the whole pipeline with look-ups over them, and a compact description of
// a fact for messages.
#pragma once

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"
#include "grammar/mention.hpp"
#include "grammar/parse.hpp"

namespace claimcheck::test {

// A plain-text article published on the given day, with its id.
inline engine::article make_article(std::string text, date::year_month_day published) {
  engine::article a;
  a.path = "test.txt";
  a.format = "text";
  a.text = std::move(text);
  a.published = date::sys_days{published};
  a.id = engine::make_article_id(a);
  return a;
}

// The facts of a plain-text article published on that day, through the
// whole pipeline (mentions from the grammars, then assembly).
inline std::vector<engine::fact> facts_of(std::string text, date::year_month_day published) {
  return grammar::parse_claims(make_article(std::move(text), published)).facts;
}

// The fact of that kind, metric and entity whose interval holds `x`.
inline const engine::fact* find(const std::vector<engine::fact>& fs, engine::fact_kind k,
                                std::string_view metric, std::string_view entity, double x) {
  for (const auto& f : fs) {
    if (f.kind == k && f.metric == metric && f.entity == entity && f.value.value.contains(x)) return &f;
  }
  return nullptr;
}

// Whether the fact's period runs from `first` to `last`.
inline bool spans(const engine::fact& f, date::year_month_day first, date::year_month_day last) {
  return f.when.first == date::sys_days{first} && f.when.last == date::sys_days{last};
}

// A mention of `phrase` (its first occurrence at or after `from`).
inline grammar::mention at(std::string_view text, std::string_view phrase, grammar::mention_type t,
                           std::size_t from = 0) {
  grammar::mention m;
  m.type = t;
  m.start = text.find(phrase, from);
  m.end = m.start == std::string_view::npos ? 0 : m.start + phrase.size();
  m.value.stated = std::string(phrase);
  return m;
}

inline grammar::mention value(std::string_view text, std::string_view phrase,
                              grammar::mention_type t, engine::interval v, std::string unit,
                              engine::qualifier q = engine::qualifier::exact,
                              std::size_t from = 0) {
  grammar::mention m = at(text, phrase, t, from);
  m.value.value = v;
  m.value.unit = std::move(unit);
  m.value.qual = q;
  m.value.number = v.bounded() ? v.mid() : (v.lo() > -engine::interval::inf ? v.lo() : v.hi());
  return m;
}

inline grammar::mention when(std::string_view text, std::string_view phrase, engine::period p,
                             grammar::mention_type t = grammar::mention_type::period,
                             std::size_t from = 0) {
  grammar::mention m = at(text, phrase, t, from);
  m.when = std::move(p);
  return m;
}

inline std::string describe(const engine::fact& f) {
  std::string s(engine::to_string(f.kind));
  s += " " + f.entity + " " + f.metric + " " + f.when.str() + " " + f.value.value.str() + " " +
       f.value.unit;
  if (!f.basis.empty()) s += " basis=" + f.basis;
  if (f.hedged) s += " hedged";
  if (f.negated) s += " negated";
  if (f.unlisted) s += " unlisted";
  if (!f.attribution.empty()) s += " attr=\"" + f.attribution + "\"";
  return s;
}

inline std::string describe(const std::vector<engine::fact>& fs) {
  std::string s;
  for (const auto& f : fs) s += describe(f) + "\n";
  return s;
}

}  // namespace claimcheck::test
