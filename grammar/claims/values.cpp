// Values of a sentence (see values.hpp): each money, percent, quantity,
// count and fold mention becomes a level, change, fold, share or target
// fact, with a record fact beside a level stated as a record.
#include "grammar/claims/values.hpp"

#include <algorithm>
#include <cmath>

namespace claimcheck::grammar::claims {
namespace {

using engine::fact_kind;

bool is_value_type(mention_type t) {
  return t == mention_type::money || t == mention_type::percent || t == mention_type::quantity ||
         t == mention_type::number || t == mention_type::fold;
}

bool compatible(unit_kind metric, unit_kind value) {
  if (metric == unit_kind::any || value == unit_kind::any) return true;
  if (metric == value) return true;
  if ((metric == unit_kind::mass || metric == unit_kind::volume) &&
      (value == unit_kind::mass || value == unit_kind::volume)) {
    return true;
  }
  if ((metric == unit_kind::count || metric == unit_kind::persons) &&
      (value == unit_kind::count || value == unit_kind::persons)) {
    return true;
  }
  return false;
}

bool in_attribution(const sentence_view& v, std::size_t first, std::size_t last) {
  return v.attr_last > v.attr_first && first >= v.attr_first && last <= v.attr_last;
}

bool is_bilateral(std::string_view key) {
  return key == "trade_volume" || key == "agricultural_trade" || key == "rail_freight" ||
         key == "freight" || key == "transit_freight" || key == "container_traffic" ||
         key == "freight_trains" || key == "flights" || key == "passengers" ||
         key == "road_freight" || key == "air_freight";
}

bool is_directional(std::string_view key) {
  return key == "exports" || key == "imports" || key == "investment" || key == "fdi" ||
         key.ends_with("_exports") || key == "remittances" || key == "aid" || key == "loans" ||
         key == "trade_surplus" || key == "trade_deficit" || key == "tourists" ||
         key == "students" || key == "gas_exports";
}

// Words that head a noun phrase but are not its head.
bool is_np_noise(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" ||
         w == "her" || w == "our" || w == "this" || w == "that" || w == "these" || w == "those" ||
         w == "'s" || w == "total" || w == "overall" || w == "annual" || w == "also" ||
         w == "has" || w == "have" || w == "had" || w == "been" || w == "already" || w == "new";
}

bool is_time_word(std::string_view w) {
  return w == "year" || w == "years" || w == "month" || w == "months" || w == "quarter" ||
         w == "last" || w == "this" || w == "next" || w == "in" || w == "since" || w == "during";
}

bool is_measure_word(std::string_view w) {
  return w == "number" || w == "volume" || w == "value" || w == "amount" || w == "level" ||
         w == "total" || w == "sum" || w == "quantity" || w == "size" || w == "figure";
}

bool is_preposition(std::string_view w) {
  return w == "of" || w == "at" || w == "in" || w == "for" || w == "from" || w == "to" ||
         w == "between" || w == "with" || w == "on" || w == "by" || w == "across" ||
         w == "among" || w == "into" || w == "through" || w == "under";
}

}  // namespace

bool is_duration_verb(std::string_view w) {
  return w == "lasted" || w == "last" || w == "lasts" || w == "took" || w == "take" ||
         w == "takes" || w == "spanned" || w == "spans" || w == "ran" || w == "runs";
}

std::string head_phrase(const sentence_view& v, std::size_t cb, std::size_t value_first) {
  // The verb: the nearest change, level or duration word before the value.
  std::size_t verb = value_first;
  for (std::size_t i = value_first; i-- > cb && value_first - i <= 8;) {
    const std::string_view w = v.word(i);
    if (change_direction(w) != 0 || is_level_verb(w) || is_duration_verb(w)) {
      verb = i;
      // "has increased", "may reach": auxiliaries are part of the verb.
      while (verb > cb && (v.word(verb - 1) == "has" || v.word(verb - 1) == "have" ||
                           v.word(verb - 1) == "had" || v.word(verb - 1) == "also" ||
                           v.word(verb - 1) == "further" || v.word(verb - 1) == "will" ||
                           is_hedge(v.word(verb - 1)) || v.word(verb - 1) == "would")) {
        --verb;
      }
      break;
    }
  }
  if (verb == value_first) return {};
  // The noun phrase before the verb, back to punctuation or a number.
  std::size_t np = verb;
  while (np > cb && verb - np < 8) {
    const token& t = v.toks()[np - 1];
    if (t.kind == token_kind::number || (t.kind == token_kind::punct && t.low != "-")) break;
    --np;
  }
  std::vector<std::string_view> words;
  bool after_of = false;
  for (std::size_t ti = np; ti < verb; ++ti) {
    const std::string_view w = v.word(ti);
    bool entity = false;
    for (const hit& h : v.hits) {
      if (ti >= h.first && ti < h.last && h.cat != category::metric && h.cat != category::event) {
        entity = true;
      }
    }
    if (is_preposition(w)) {
      // "the number of students": the measure word gives way to its noun.
      if (w == "of" && !words.empty() && is_measure_word(words.back()) && !after_of) {
        words.clear();
        after_of = true;
        continue;
      }
      if (!words.empty()) break;
      continue;
    }
    if (entity || is_np_noise(w) || is_time_word(w) || w == "-" || w == "and") continue;
    words.push_back(w);
  }
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += '_';
    out += w;
  }
  if (out.size() < 3) return {};
  return out;
}

namespace {

struct value_reading {
  fact_kind kind = fact_kind::level;
  int direction = 0;
  bool skip = false;
};

// How the words before and after a value read it.
value_reading read_value(const sentence_view& v, const located_mention& lm, std::size_t cb,
                         std::size_t ce, bool metric_is_percent) {
  const mention& m = *lm.m;
  value_reading r;
  if (m.type == mention_type::fold) {
    r.kind = fact_kind::fold;
    r.direction = m.direction;
    return r;
  }
  const bool pct = m.value.unit == "%" || m.value.unit == "pp";
  bool to_prep = false;
  bool by_prep = false;
  bool level_verb = false;
  bool share_word = false;
  int dir = 0;
  for (std::size_t i = lm.first; i-- > cb && lm.first - i <= 8;) {
    const token& t = v.toks()[i];
    if (t.kind == token_kind::number) break;
    bool in_other = false;
    for (const auto& o : v.mentions) {
      if (&o != &lm && i >= o.first && i < o.last && is_value_type(o.m->type)) in_other = true;
    }
    if (in_other) break;
    const std::string_view w = t.low;
    if (w == "by" && !to_prep) {
      by_prep = true;
      continue;
    }
    if (w == "to" && !by_prep) {
      to_prep = true;
      continue;
    }
    if (w == "account" || w == "accounts" || w == "accounted" || w == "accounting" ||
        w == "share" || w == "constitute" || w == "constituted" || w == "makes" ||
        w == "made" || w == "comprise" || w == "comprised") {
      share_word = true;
      break;
    }
    if (const int d = change_direction(w); d != 0 && w != "more" && w != "less") {
      dir = d;
      break;
    }
    if (is_level_verb(w) && w != "at") {
      level_verb = true;
      break;
    }
  }
  // After the value: "15 percent higher", "a 5% increase", "21% of".
  bool of_after = false;
  for (std::size_t i = lm.last; i < ce && i < lm.last + 3; ++i) {
    const std::string_view w = v.word(i);
    if (i == lm.last && w == "of") of_after = true;
    if (const int d = change_direction(w); d != 0 && dir == 0 && !to_prep && w != "up") {
      if (w == "more" || w == "less") {
        if (v.word(i + 1) == "than") dir = d;
      } else {
        dir = d;
      }
    }
    if (w == "share") share_word = true;
  }
  if (m.direction != 0 && dir == 0 && !to_prep) dir = m.direction;
  if (pct) {
    if (share_word || (of_after && dir == 0 && !metric_is_percent)) {
      r.kind = fact_kind::share;
    } else if (dir != 0 && !to_prep && !(metric_is_percent && m.value.unit == "%" && !by_prep)) {
      r.kind = fact_kind::change;
      r.direction = dir;
    } else if (metric_is_percent) {
      r.kind = fact_kind::level;
    } else if (!m.basis.empty() || !basis_words(v, lm.last, std::min(ce, lm.last + 6)).empty()) {
      r.kind = fact_kind::change;
      r.direction = dir != 0 ? dir : 1;
    } else if (dir != 0 && by_prep) {
      r.kind = fact_kind::change;
      r.direction = dir;
    } else {
      r.skip = true;
    }
    return r;
  }
  if (dir != 0 && !to_prep && !level_verb) {
    r.kind = fact_kind::change;
    r.direction = dir;
  }
  return r;
}

}  // namespace

std::string collapse_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

time_role role_of(const sentence_view& v, const located_mention& lm) {
  const std::string_view text = v.text.substr(lm.m->start, lm.m->end - lm.m->start);
  if (text.find("anniversar") != std::string_view::npos) return time_role::anniversary;
  // "from a year earlier", "than two years ago": the base of a comparison.
  if (text.find("earlier") != std::string_view::npos || text.find(" ago") != std::string_view::npos) {
    return time_role::other;
  }
  const std::string_view w = lm.first > 0 ? v.word(lm.first - 1) : std::string_view{};
  const std::string_view first = v.word(lm.first);
  if (w == "since" || first == "since") return time_role::since;
  if (w == "by" || w == "until" || w == "till" || first == "by" || first == "until") return time_role::by;
  if (w == "before" || w == "after" || w == "than" || w == "compared" ||
      (w == "with" && lm.first >= 2 && v.word(lm.first - 2) == "compared")) {
    return time_role::other;
  }
  return time_role::normal;
}

engine::fact base_fact(const sentence_view& v, fact_kind kind, std::size_t first, std::size_t last) {
  engine::fact f;
  f.kind = kind;
  const auto& t = v.toks();
  first = std::min(first, t.size() - 1);
  last = std::max(std::min(last, t.size()), first + 1);
  f.source.start = t[first].start;
  f.source.end = t[last - 1].end;
  f.source.sentence = collapse_spaces(v.text.substr(v.s.start, v.s.end - v.s.start));
  f.attribution = v.attribution;
  return f;
}

namespace {

// The metric hit for a value: right after it ("$5 billion in exports"),
// else the nearest before it in its clause, else before it in the sentence.
const hit* pick_metric(const sentence_view& v, const lexicon& lex, const located_mention& lm,
                       std::size_t cb, std::size_t ce, unit_kind vk) {
  const hit* after = nullptr;
  const hit* before_clause = nullptr;
  const hit* before_sentence = nullptr;
  for (const hit& h : v.hits) {
    if (h.cat != category::metric) continue;
    if (in_attribution(v, h.first, h.last)) continue;
    if (!compatible(lex.metric(h.id).unit, vk)) continue;
    if (h.first >= lm.last && h.first <= lm.last + 2 && h.last <= ce) {
      bool ok = true;
      for (std::size_t i = lm.last; i < h.first; ++i) {
        const std::string_view w = v.word(i);
        if (w != "in" && w != "of" && w != "worth" && w != "the" && w != "in") ok = false;
      }
      if (ok && after == nullptr) after = &h;
    }
    if (h.last <= lm.first) {
      if (h.first >= cb) before_clause = &h;
      before_sentence = &h;
    }
  }
  if (after != nullptr) return after;
  if (before_clause != nullptr) return before_clause;
  return before_sentence;
}

time_choice pick_time(const sentence_view& v, const located_mention& lm, std::size_t cb,
                      std::size_t ce, bool want_by, bool allow_span) {
  time_choice best;
  std::size_t best_dist = static_cast<std::size_t>(-1);
  for (const auto& t : v.mentions) {
    const mention& m = *t.m;
    if ((m.type != mention_type::date && m.type != mention_type::period) || !m.when) continue;
    const time_role role = role_of(v, t);
    if (role == time_role::anniversary || role == time_role::other || role == time_role::since) continue;
    if (role == time_role::by && !want_by) continue;
    if (m.when->g == engine::grain::span && !allow_span) continue;
    std::size_t dist = t.first >= lm.last ? t.first - lm.last : lm.first - std::min(lm.first, t.last);
    if (t.first < cb || t.first >= ce) dist += 1000;  // other clause
    if (want_by && role == time_role::by) dist = 0;
    if (dist < best_dist) {
      best_dist = dist;
      best.lm = &t;
      best.when = *m.when;
      best.found = true;
    }
  }
  return best;
}

int year_of(date::sys_days d) { return static_cast<int>(date::year_month_day{d}.year()); }

// "yoy" for "year-on-year" and the like, as the numeric grammar writes it.
std::string normal_basis(std::string_view b) {
  if (b.empty()) return {};
  if (b.find("year") != std::string_view::npos || b == "yoy") return "yoy";
  if (b.find("month") != std::string_view::npos || b == "mom") return "mom";
  if (b.find("quarter") != std::string_view::npos || b == "qoq") return "qoq";
  return std::string(b);
}

}  // namespace

namespace {

bool is_entity(const hit& h, const lexicon& lex) {
  return !entity_key(h, lex).empty() &&
         (h.cat != category::organisation || lex.organisation(h.id).kind == "bloc");
}

// The entity of a share: "China accounted for 20.8 percent of all EU
// imports" is the EU's imports with partner China ("eu>CHN"); the owner is
// named with a possessive or before the metric after the value, the part is
// the nearest other name before the value.
entity_choice share_entity(const sentence_view& v, const lexicon& lex, const located_mention& lm,
                           std::size_t cb, std::size_t ce) {
  const hit* owner = nullptr;
  const hit* part = nullptr;
  for (const hit& h : v.hits) {
    if (!is_entity(h, lex) || in_attribution(v, h.first, h.last)) continue;
    const bool possessive = v.word(h.last) == "'s";
    const bool after = h.first >= lm.last && h.first <= lm.last + 4 && h.last <= ce;
    if (owner == nullptr && (possessive || after)) {
      owner = &h;
    }
  }
  for (const hit& h : v.hits) {
    if (!is_entity(h, lex) || in_attribution(v, h.first, h.last) || &h == owner) continue;
    if (owner != nullptr && entity_key(h, lex) == entity_key(*owner, lex)) continue;
    if (h.last <= lm.first && h.first >= std::min(cb, lm.first)) part = &h;
  }
  entity_choice out;
  if (owner != nullptr && part != nullptr) {
    out.key = entity_key(*owner, lex) + ">" + entity_key(*part, lex);
    out.first = std::min(owner->first, part->first);
    out.last = std::max(owner->last, part->last);
    out.found = true;
  }
  return out;
}

}  // namespace

void assemble_sentence(const sentence_view& v, const lexicon& lex, article_state& st,
                       std::vector<engine::fact>& out) {
  const std::size_t facts_before = out.size();
  std::string last_entity;
  bool used_own_period = false;
  for (const located_mention& lm : v.mentions) {
    const mention& m = *lm.m;
    if (!is_value_type(m.type) || !m.error.empty()) continue;
    if (in_attribution(v, lm.first, lm.last)) continue;
    if (m.value.value.empty()) continue;
    const auto [cb, ce] = v.clause_of(lm.first);
    const bool pct = m.value.unit == "%" || m.value.unit == "pp";
    const unit_kind vk = pct || m.type == mention_type::fold ? unit_kind::any : unit_kind_of(m.value.unit);
    const hit* metric = pick_metric(v, lex, lm, cb, ce, vk);
    const bool metric_pct = metric != nullptr && lex.metric(metric->id).unit == unit_kind::percent;
    value_reading r = read_value(v, lm, cb, ce, metric_pct);
    if (r.skip) continue;
    std::string metric_key;
    bool unlisted = false;
    if (metric != nullptr) {
      metric_key = lex.metric(metric->id).key;
    } else if (r.kind == fact_kind::share && !st.carried_metric.empty() &&
               st.sentence_index - st.carried_metric_at <= 3) {
      // "accounting for 18.1 percent of the total": the metric spoken of.
      metric_key = st.carried_metric;
    } else {
      // A bare number needs a metric from the lexicon; so does a change in
      // percent whose subject is not named.
      if (m.type == mention_type::number) continue;
      metric_key = head_phrase(v, cb, lm.first);
      if (metric_key.empty()) continue;
      unlisted = true;
    }
    // "accounts for 21.3% of Kazakhstan's foreign trade": the whole is the
    // metric after "of".
    if (r.kind == fact_kind::share) {
      for (const hit& h : v.hits) {
        if (h.cat == category::metric && h.first >= lm.last && h.first <= lm.last + 4) {
          metric_key = lex.metric(h.id).key;
          metric = &h;
          unlisted = false;
          break;
        }
      }
    }
    entity_choice ent = r.kind == fact_kind::share
                            ? share_entity(v, lex, lm, cb, ce)
                            : entity_choice{};
    if (!ent.found) {
      ent = choose_entity(v, lex, metric, lm.first, cb, ce, is_directional(metric_key),
                          is_bilateral(metric_key), st.profile);
    }
    if (!ent.found) {
      if (!st.carried_entity.empty() && st.sentence_index - st.carried_entity_at <= 2) {
        ent.key = st.carried_entity;
      } else if (is_bilateral(metric_key) && !st.profile.pair.empty()) {
        ent.key = st.profile.pair;
      } else if (!st.profile.country.empty()) {
        ent.key = st.profile.country;
      } else {
        continue;
      }
      ent.found = true;
      ent.first = lm.first;
      ent.last = lm.last;
    }
    // Target or forecast: a cue in the clause, or a "by 2030" period.
    const int tense = tense_of(v, cb, ce);
    bool target = has_target_cue(v, cb, lm.first) || tense > 0;
    time_choice tc = pick_time(v, lm, cb, ce, true, r.kind == fact_kind::fold);
    if (tc.found && role_of(v, *tc.lm) == time_role::by) {
      if (st.published && tc.when.last >= *st.published) {
        target = true;
      } else if (!target) {
        tc = pick_time(v, lm, cb, ce, false, r.kind == fact_kind::fold);
      }
    }
    if (r.kind == fact_kind::fold) {
      // The fold's period is the year it reached; its base, the start of
      // the span ("in the past 30 years").
      time_choice end = pick_time(v, lm, cb, ce, false, false);
      if (end.found) tc = end;
    }
    if (!tc.found) {
      if (st.carried_period && st.sentence_index - st.carried_period_at <= 3) {
        tc.when = *st.carried_period;
        tc.carried = true;
        tc.found = true;
        st.carried_period_at = st.sentence_index;  // a chain of sentences
      } else if (st.published) {
        tc.when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
        tc.found = true;
      } else {
        continue;
      }
    } else if (tc.lm != nullptr && tc.when.g != engine::grain::span) {
      used_own_period = true;
    }
    // Span of the claim's words.
    std::size_t first = lm.first;
    std::size_t last = lm.last;
    auto widen = [&](std::size_t a, std::size_t b) {
      if (b <= a) return;
      first = std::min(first, a);
      last = std::max(last, b);
    };
    if (metric != nullptr && metric->first >= cb) widen(metric->first, metric->last);
    if (ent.last > ent.first && ent.first >= cb) widen(ent.first, ent.last);
    if (tc.lm != nullptr && tc.lm->first >= cb && tc.lm->first < ce) {
      // "In 2022": the preposition belongs to the claim's words.
      std::size_t tf = tc.lm->first;
      const std::string_view p = tf > 0 ? v.word(tf - 1) : std::string_view{};
      if (p == "in" || p == "during" || p == "by" || p == "for" || p == "over") --tf;
      widen(tf, tc.lm->last);
    }

    engine::fact f = base_fact(v, target ? fact_kind::target : r.kind, first, last);
    f.entity = ent.key;
    f.metric = metric_key;
    f.unlisted = unlisted;
    f.when = tc.when;
    f.value = m.value;
    if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
    f.tense = tense;
    if (tc.lm != nullptr) f.weekday = tc.lm->m->weekday;
    if (r.kind == fact_kind::change && r.direction < 0) {
      f.value.value = -f.value.value;
      if (!std::isnan(f.value.number)) f.value.number = -f.value.number;
      if (f.value.qual == engine::qualifier::lower) {
        f.value.qual = engine::qualifier::upper;
      } else if (f.value.qual == engine::qualifier::upper) {
        f.value.qual = engine::qualifier::lower;
      }
    }
    if (r.kind == fact_kind::change) {
      f.basis = normal_basis(m.basis);
      if (f.basis.empty()) f.basis = basis_words(v, cb, ce);
      if (f.basis.empty()) {
        for (const auto& t : v.mentions) {
          if (t.m->when && role_of(v, t) == time_role::since && t.first >= cb && t.first < ce) {
            f.basis = "since:" + std::to_string(year_of(t.m->when->first));
          }
        }
      }
      if (f.basis.empty() && tc.lm != nullptr && tc.when.g != engine::grain::day &&
          tc.when.g != engine::grain::span) {
        f.basis = "yoy";
      }
    }
    if (r.kind == fact_kind::fold) {
      // N years of the span, or a "since" year.
      for (const auto& t : v.mentions) {
        const mention& tm = *t.m;
        if (t.first < cb || t.first >= ce) continue;
        if (tm.type == mention_type::period && tm.when && tm.when->g == engine::grain::span) {
          const int n = year_of(tm.when->last) - year_of(tm.when->first);
          if (n > 0) f.basis = "since:" + std::to_string(year_of(f.when.last) - n);
        } else if (tm.type == mention_type::duration && tm.value.unit == "year" &&
                   !std::isnan(tm.value.number)) {
          f.basis = "since:" + std::to_string(year_of(f.when.last) -
                                              static_cast<int>(std::lround(tm.value.number)));
        } else if (tm.when && role_of(v, t) == time_role::since) {
          f.basis = "since:" + std::to_string(year_of(tm.when->first));
        }
      }
    }
    // Hedge and negation in the clause before the value.
    for (std::size_t i = cb; i < lm.first; ++i) {
      if (is_hedge(v.word(i))) f.hedged = true;
      if (is_negation(v.word(i)) && lm.first - i <= 6) f.negated = true;
    }
    const bool record = (f.kind == fact_kind::level &&
                         (has_record_cue(v, cb, lm.first) ||
                          has_record_cue(v, lm.last, std::min(ce, lm.last + 6))));
    if (f.kind == fact_kind::fold && f.when.g == engine::grain::span) {
      // "grown twofold over the past 20 years": the year the span ends.
      f.when = engine::period::year(date::year{year_of(f.when.last)});
    }
    last_entity = f.entity;
    if (!f.unlisted) {
      st.carried_metric = f.metric;
      st.carried_metric_at = st.sentence_index;
    }
    out.push_back(f);
    if (record) {
      engine::fact rf = f;
      rf.kind = fact_kind::record;
      out.push_back(std::move(rf));
    }
  }
  assemble_events(v, lex, st, out);
  // Carry what this sentence spoke of to the next ones.
  for (const auto& t : v.mentions) {
    const mention& m = *t.m;
    if ((m.type == mention_type::date || m.type == mention_type::period) && m.when &&
        m.when->g != engine::grain::span && m.when->g != engine::grain::day &&
        role_of(v, t) == time_role::normal) {
      st.carried_period = *m.when;
      st.carried_period_at = st.sentence_index;
    }
  }
  (void)used_own_period;
  if (out.size() > facts_before && !last_entity.empty()) {
    st.carried_entity = last_entity;
    st.carried_entity_at = st.sentence_index;
  }
}

}  // namespace claimcheck::grammar::claims
