// Values of a sentence (see values.hpp): each money, percent, quantity,
// count and fold mention becomes a level, change, fold, share or target
// fact, with a record fact beside a level stated as a record. This file is
// the driver over the mentions of a sentence (value_assembler.hpp names its
// steps) and the steps that read a value against the one before it; the
// claim of a value of its own is made in value_claim.cpp (metric, entity)
// and value_emit.cpp (period, fact). The parts the steps ask (how a value
// reads, its period, metric and rank) are in value_parts.hpp.
#include "grammar/claims/values.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <tuple>

#include "grammar/claims/phrases.hpp"
#include "grammar/claims/value_assembler.hpp"
#include "grammar/claims/value_parts.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

void assemble_sentence(const sentence_view& v, const lexicon& lex, article_state& st,
                       std::vector<engine::fact>& out) {
  value_assembler a(v, lex, st, out);
  for (const located_mention& lm : v.mentions) a.value(lm);
  a.deferred_values();
  assemble_events(v, lex, st, out);
  a.carry();
}

value_assembler::value_assembler(const sentence_view& view, const lexicon& lexicon_,
                                 article_state& state, std::vector<engine::fact>& facts)
    : v(view),
      lex(lexicon_),
      st(state),
      out(facts),
      facts_before(facts.size()),
      default_owner((!state.carried_entity.empty() &&
                     state.sentence_index - state.carried_entity_at <= 3)
                        ? state.carried_entity
                        : state.profile.country) {}

bool value_assembler::year_word() {
  if (year_seen < 0) {
    year_seen = 0;
    for (const token& t : v.toks()) {
      if (t.low == "year") year_seen = 1;
    }
  }
  return year_seen == 1;
}

void value_assembler::value(const located_mention& lm) {
  const mention& m = *lm.m;
  // The claim's parts, empty for this value (frac is assigned whole
  // whenever mp_m points at it).
  points = false;
  named_after = false;
  standing = false;
  mp_m = &m;
  pct = false;
  vk = unit_kind::any;
  mp = metric_pick{};
  reused_from_previous = false;
  metric = nullptr;
  family_key.clear();
  r = value_reading{};
  gap = std::string_view::npos;
  metric_key.clear();
  unlisted = false;
  flow_partner.clear();
  flow_owner.clear();
  ent = entity_choice{};
  tense = 0;
  target = false;
  tc = time_choice{};
  if (!read_mention(lm)) return;
  const mention& mv = *mp_m;
  if (!restated_value(lm, m, mv)) return;
  // A value read against the one before it: its earlier level, the same
  // claim for another partner, a part's own level.
  if (is_from_value(v, lm)) {
    earlier_value(lm, mv);
    return;
  }
  if (!partner_value(lm, m) || !part_level(lm, m)) return;
  // A claim of its own.
  if (!choose_metric(lm, m, mv)) return;
  gapped_metric(lm);
  flow_words(lm);
  if (!choose_entity_of(lm)) return;
  if (!choose_period(lm)) return;
  const auto [first, last] = claim_span(lm);
  rank_flow(lm);
  emit(lm, m, mv, first, last);
}

// Whether a mention is a value to read here; reads the clause, a fraction
// as a share, and the value's unit.
bool value_assembler::read_mention(const located_mention& lm) {
  const mention& m = *lm.m;
  if (!is_value_type(m.type) || !m.error.empty()) return false;
  if (in_attribution(v, lm.first, lm.last)) return false;
  if (gap_to_forecast(v, lm)) return false;
  if (m.value.value.empty()) return false;
  if (lm.first == total_at) return false;
  // "($1 = 56.20 Philippine pesos)": a wire's exchange-rate note.
  if (v.word(lm.last) == "=" || (lm.first >= 1 && v.word(lm.first - 1) == "=")) return false;
  // "the two countries", "the five Central Asian states": a count of
  // the parties, no claim.
  if (m.type == mention_type::number) {
    std::size_t k = lm.last;
    while (k < lm.last + 3 && k < v.toks().size() && (v.toks()[k].capital || v.word(k) == "other")) {
      ++k;  // "Central Asian", "four other parties"
    }
    const std::string_view n = v.word(k);
    if (n == "countries" || n == "sides" || n == "nations" || n == "states" || n == "leaders" ||
        n == "presidents" || n == "neighbours" || n == "neighbors" || n == "parties" ||
        n == "republics" || n == "members") {
      return false;
    }
  }
  // Ages ("those aged 16 to 59") are not values of a metric.
  if (lm.first >= 1 && (v.word(lm.first - 1) == "aged" || v.word(lm.first - 1) == "ages")) return false;
  std::tie(cb, ce) = v.clause_of(lm.first);
  // "a quarter of global GDP", "about half of its exports": a share.
  if (m.type == mention_type::number && m.value.value.lo() > 0 && m.value.value.hi() <= 1.0 &&
      v.word(lm.last) == "of" && v.word(lm.last + 1) == "a" &&
      (v.word(lm.last + 2) == "percentage" || v.word(lm.last + 2) == "point")) {
    // "by a quarter of a percentage point": points.
    points = true;
    frac = m;
    frac.type = mention_type::percent;
    frac.value.unit = "pp";
    mp_m = &frac;
  } else if (m.type == mention_type::number && m.value.value.lo() > 0 &&
             m.value.value.hi() <= 1.0) {
    if (v.word(lm.last) != "of") return false;  // "a fourth line"
    // "half of the deputies": a part of people or things the lexicon
    // does not measure is no share of a metric.
    std::size_t k = lm.last + 1;
    // ("about half of the country's total exports")
    while (is_np_noise(v.word(k)) || v.word(k) == "all" ||
           ((v.word(k) == "country" || v.word(k) == "nation" || v.word(k) == "world" ||
             v.word(k) == "region") &&
            v.word(k + 1) == "'s")) {
      ++k;
    }
    bool whole = v.word(k) == "total" || v.word(k) == "it" || v.word(k) == "them";
    for (const hit& h : v.hits) {
      // ("of the country's gross domestic product", "of China's exports")
      if (h.first >= k && h.first <= k + 2) whole = true;
    }
    if (!whole) return false;
    frac = m;
    frac.type = mention_type::percent;
    frac.value.value = m.value.value * engine::interval::point(100.0);
    if (!std::isnan(frac.value.number)) frac.value.number *= 100.0;
    frac.value.unit = "%";
    mp_m = &frac;
  }
  const mention& mv = *mp_m;
  pct = mv.value.unit == "%" || mv.value.unit == "pp";
  vk = pct || m.type == mention_type::fold ? unit_kind::any : unit_kind_of(m.value.unit);
  return true;
}

// "rose from $3.5 billion in 2023 to $4.4 billion": the earlier level of
// the thing just stated, at its own period.
// The period of an earlier value's mention; "in the same month last year"
// is the claim's own month in that year, "in the same month" alone the
// claim's month a year before (the scan resolves "same month" against the
// month of publication).
engine::period value_assembler::same_period_of(const located_mention& own,
                                               const engine::period& claim) const {
  const engine::period& p = *own.m->when;
  if ((v.word(own.first) != "same" && v.word(own.first + 1) != "same") || claim.g != p.g ||
      claim.g == engine::grain::year || claim.g == engine::grain::day) {
    return p;
  }
  int year = year_of(claim.first) - 1;
  for (const auto& t : v.mentions) {
    if (t.first >= own.last && t.first <= own.last + 1 && t.m->when &&
        t.m->when->g == engine::grain::year) {
      year = year_of(t.m->when->first);  // "last year", "of 2023"
    }
  }
  return claim.shift_years(year - year_of(claim.first));
}

void value_assembler::earlier_value(const located_mention& lm, const mention& mv) {
  const mention& m = *lm.m;
  if (previous == nullptr) {
    deferred_from.push_back(&lm);  // "rose from $3.5 billion in 2023 to $4.4 billion"
    return;
  }
  const located_mention* own = nullptr;
  for (const auto& t : v.mentions) {
    // ("the 3.2% it projected in September": when it was projected.)
    const bool when_said = t.first >= 2 && v.word(t.first - 1) == "in" &&
                           (v.word(t.first - 2) == "projected" ||
                            v.word(t.first - 2) == "predicted" || v.word(t.first - 2) == "forecast");
    if ((t.m->type == mention_type::date || t.m->type == mention_type::period) && t.m->when &&
        own == nullptr && !when_said &&
        ((is_from_period(v, t) && t.first >= lm.last) ||
         (v.word(lm.first - 1) == ":" && t.last + 1 == lm.first))) {
      own = &t;
    }
  }
  auto said_before = [](std::string_view n) {
    return n == "it" || n == "they" || n == "previously" || n == "forecast" ||
           n == "projected" || n == "expected";
  };
  // "at 4.4% in 2024 and 3.6% in 2025, down from the 4.6% and 4.0% it
  // projected": the first of the pair is the earlier figure of the claim
  // before the last one (the second is the last one's).
  std::size_t base_index = previous_index;
  if (lm.first >= 2 && v.word(lm.first - 1) == "the" && v.word(lm.first - 2) == "from" &&
      v.word(lm.last) == "and") {
    bool pair = false;
    for (const auto& o : v.mentions) {
      if (o.first == lm.last + 1 && is_value_type(o.m->type) && said_before(v.word(o.last))) pair = true;
    }
    for (std::size_t j = previous_index; pair && j-- > facts_before;) {
      const engine::fact& c = out[j];
      if (c.kind == out[previous_index].kind && c.metric == out[previous_index].metric &&
          c.entity == out[previous_index].entity && !c.when.same_days(out[previous_index].when)) {
        base_index = j;
        break;
      }
    }
  }
  engine::fact f = out[base_index];
  // ("up from the 3.2% it projected in September")
  const bool from_the = v.word(lm.first - 1) == "the" && lm.first >= 2 &&
                        v.word(lm.first - 2) == "from" &&
                        (said_before(v.word(lm.last)) || base_index != previous_index);
  if (own == nullptr && f.kind == fact_kind::target &&
      (v.word(lm.first - 1) == "from" || from_the) &&
      v.word(lm.last) != "a" && v.word(lm.last) != "the" && v.word(lm.last) != "in") {
    // "trimmed its growth forecast for next year to 1.9 percent from
    // 2.1 percent": the earlier forecast for the same period.
    if (f.value.unit != mv.value.unit) return;
    const engine::fact base = base_fact(v, f.kind, lm.first, lm.last);
    f.source = base.source;
    f.value = m.value;
    if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
    out.push_back(std::move(f));
    return;
  }
  if (own == nullptr && !earlier_estimate(lm, m, mv, f)) return;
  if (own == nullptr) return;
  if (f.kind == fact_kind::target) {
    // ("might rise to 50% of GDP by 2026, from 46% last year": a share;
    // "expected to expand 3% next year after 0.8% in 2024": a change.)
    f.kind = f.metric.find(':') != std::string::npos ? fact_kind::share
             : previous_read_dir != 0                 ? fact_kind::change
                                                      : fact_kind::level;
  }
  // "grew 6.93% in the second quarter, accelerating from 5.87% in the
  // first": the earlier change; "rose 12% from $4.5 billion in 2023":
  // the earlier level.
  if (f.kind == fact_kind::change && f.value.unit != mv.value.unit) {
    const auto id = lex.metric_by_key(f.metric);
    if (!id || !compatible(lex.metric(*id).unit, unit_kind_of(m.value.unit))) return;
    f.kind = fact_kind::level;
    f.basis.clear();
  }
  if (f.kind != fact_kind::level && f.kind != fact_kind::change && f.kind != fact_kind::share) {
    return;
  }
  const engine::fact base = base_fact(v, f.kind, lm.first, own->last);
  f.source = base.source;
  // "from 9.8% a year earlier": the claim's own period a year before.
  const std::string_view own_text = v.text.substr(own->m->start, own->m->end - own->m->start);
  if (const int back = months_back(own_text); back > 0) {
    const auto shifted = shift_back(out[previous_index].when, back);
    if (!shifted) return;
    f.when = *shifted;
  } else if (year_end_mention(v.text, *own->m)) {
    // "down from 70.0% at the end of 2023": that year's figure.
    f.when = engine::period::year(date::year_month_day{own->m->when->last}.year());
  } else {
    f.when = same_period_of(*own, out[previous_index].when);
    // "in the second quarter, accelerating from 5.87% in the first":
    // a year-less earlier period lies before the claim's.
    if (own->m->relative && f.when.first > out[previous_index].when.first) {
      f.when = f.when.shift_years(-1);
    }
  }
  f.value = m.value;
  if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
  f.hedged = false;
  f.negated = false;
  // "from a record high of 67.2% in September": that level was a record.
  const bool record = f.kind == fact_kind::level && lm.first >= 3 &&
                      (v.word(lm.first - 3) == "record" ||
                       (lm.first >= 4 && v.word(lm.first - 4) == "record"));
  if (record) {
    engine::fact rec = f;
    rec.kind = fact_kind::record;
    out.push_back(std::move(f));
    out.push_back(std::move(rec));
    return;
  }
  out.push_back(std::move(f));
  return;
}

// "followed by Turkey with 1.1 million": the same claim for another
// partner. False when it was one (the value is done).
bool value_assembler::partner_value(const located_mention& lm, const mention& m) {
  if (previous != nullptr && lm.first >= 2 &&
      (v.word(lm.first - 1) == "with" ||
       (v.word(lm.first - 1) == "(" && out[previous_index].kind == fact_kind::share))) {
    // "followed by Turkey with 1.1 million": the same claim for another
    // partner.
    const hit* other = nullptr;
    for (const hit& h : v.hits) {
      if (h.last == lm.first - 1 && is_entity(h, lex)) other = &h;
    }
    if (other != nullptr) {
      engine::fact f = out[previous_index];
      const std::string key = entity_key(*other, lex);
      const auto gt = f.entity.find('>');
      if (std::string member = member_pair(st, f.entity, key); !member.empty()) {
        f.entity = std::move(member);  // "followed by Kyrgyzstan with $15.5 billion"
      } else if (gt != std::string::npos && ranked_inflow) {
        f.entity = key + f.entity.substr(gt);  // "followed by the United States with"
      } else if (gt != std::string::npos) {
        f.entity = f.entity.substr(0, gt + 1) + key;
      } else if (f.entity.find('+') == std::string::npos && !st.profile.country.empty() &&
                 st.profile.country != key && is_directional(f.metric)) {
        f.entity = st.profile.country + ">" + key;
      } else {
        f.entity = key;
      }
      const engine::fact base = base_fact(v, f.kind, other->first, lm.last);
      f.source = base.source;
      f.value = m.value;
      if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
      if (f.kind == fact_kind::change && f.value.value.hi() < 0 && m.value.value.lo() >= 0) {
        f.value.value = -f.value.value;
      }
      previous_index = out.size();
      out.push_back(std::move(f));
      return false;
    }
  }
  return true;
}

// "Gold accounted for 46 percent of the reserves, or about $16 billion":
// the part's own level. False when it was one.
bool value_assembler::part_level(const located_mention& lm, const mention& m) {
  if (previous != nullptr && out[previous_index].kind == fact_kind::share && !pct &&
      lm.first >= 2 && v.word(lm.first - 1) == "or" && v.word(lm.first - 2) == "," &&
      out[previous_index].metric.find(':') != std::string::npos) {
    // "Gold accounted for 46 percent of the reserves, or about $16
    // billion": the part's own level.
    engine::fact f = out[previous_index];
    std::string key = f.metric;
    key[key.find(':')] = '_';
    f.kind = fact_kind::level;
    f.metric = key;
    f.unlisted = !lex.metric_by_key(key).has_value();
    f.value = m.value;
    if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
    const engine::fact base = base_fact(v, fact_kind::level, lm.first, lm.last);
    f.source = base.source;
    out.push_back(std::move(f));
    return false;
  }
  return true;
}

void value_assembler::deferred_values() {
  // "rose from $3.5 billion in 2023 to $4.4 billion in 2024": the earlier
  // figure of the claim stated after it, at its own period.
  const std::size_t facts_after = out.size();
  unchanged_values();
  for (const located_mention* d : deferred_from) {
    const located_mention* own = nullptr;
    for (const auto& t : v.mentions) {
      if (own == nullptr && (t.m->type == mention_type::date || t.m->type == mention_type::period) &&
          t.m->when && t.first >= d->last && is_from_period(v, t)) {
        own = &t;
      }
    }
    if (own == nullptr) continue;
    for (std::size_t k = facts_before; k < facts_after; ++k) {
      if ((out[k].kind != fact_kind::level && out[k].kind != fact_kind::change) ||
          out[k].value.unit != d->m->value.unit) {
        continue;
      }
      engine::fact f = out[k];
      f.source = base_fact(v, f.kind, d->first, own->last).source;
      f.when = same_period_of(*own, out[k].when);
      f.value = d->m->value;
      if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(d->m->start, d->m->end - d->m->start));
      out.push_back(std::move(f));
      break;
    }
  }
}

// "stood at 4.1% in October, unchanged from September": the level just
// stated was the same then (a look at the sentence's few period mentions).
void value_assembler::unchanged_values() {
  const std::size_t facts_after = out.size();
  if (facts_after == facts_before) return;
  for (const auto& t : v.mentions) {
    if ((t.m->type != mention_type::date && t.m->type != mention_type::period) || !t.m->when ||
        t.first < 2) {
      continue;
    }
    std::size_t k = t.first - 1;
    if (v.word(k) == "the" && k >= 2) --k;
    if (v.word(k) != "from" || v.word(k - 1) != "unchanged") continue;
    for (std::size_t j = facts_after; j-- > facts_before;) {
      if (out[j].kind != fact_kind::level) continue;
      engine::fact f = out[j];
      const std::string_view text = v.text.substr(t.m->start, t.m->end - t.m->start);
      if (const int back = months_back(text); back > 0) {
        // "unchanged from a month earlier"
        const auto shifted = shift_back(out[j].when, back);
        if (!shifted) break;
        f.when = *shifted;
      } else {
        f.when = *t.m->when;
        if (t.m->relative && f.when.first > out[j].when.first) f.when = f.when.shift_years(-1);
      }
      if (f.when.overlaps(out[j].when)) break;
      f.source = base_fact(v, f.kind, k - 1, t.last).source;
      out.push_back(std::move(f));
      break;
    }
  }
}

void value_assembler::carry() {
  // Carry the period this sentence spoke of to the next ones: the first a
  // value of it was stated for, or one that opens it ("In 2022, ...").
  if (sentence_period && !st.main_period) st.main_period = sentence_period;
  if (sentence_period && st.main_period && sentence_period->last < st.main_period->first &&
      sentence_period->g == st.main_period->g && st.carried_period &&
      st.carried_period->first >= st.main_period->first) {
    // "Thailand welcomed 35.5 million visitors in 2024 ... . The figure was
    // short of the 39.9 million of 2019. Visitors from China numbered 6.7
    // million": a look back at an earlier period of the same length does
    // not move the story's period.
  } else if (sentence_period) {
    st.carried_period = sentence_period;
    st.carried_period_at = st.sentence_index;
    if (sentence_period->last - sentence_period->first >= date::days{360}) {
      st.year_period = sentence_period;
      st.year_period_at = st.sentence_index;
    }
  } else {
    // "Key numbers for 2024:" before a list: the list's period. So is the
    // period a release of figures is for ("released preliminary figures on
    // foreign trade for January to October 2024", "data for the third
    // quarter"), in a sentence with no value of its own.
    auto data_for = [&](const located_mention& t) {
      if (out.size() != facts_before || t.first == 0 || v.word(t.first - 1) != "for") return false;
      for (std::size_t k = t.first - 1, n = 0; k > 0 && n < 6; --k, ++n) {
        const std::string_view x = v.word(k - 1);
        if (x == "figures" || x == "data" || x == "statistics" || x == "results" ||
            x == "numbers" || x == "estimates") {
          return true;
        }
      }
      return false;
    };
    const auto& tk = v.toks();
    bool lead_in = !tk.empty() && tk.back().low == ":" && out.size() == facts_before;
    for (const auto& t : v.mentions) {
      const mention& m = *t.m;
      if ((m.type == mention_type::date || m.type == mention_type::period) && m.when &&
          !is_lookback(*m.when, st.published) && m.when->g != engine::grain::day &&
          role_of(v, t) == time_role::normal && !v.excluded(t.first) &&
          (t.first <= v.dateline_end + 1 || lead_in || data_for(t))) {
        st.carried_period = *m.when;
        st.carried_period_at = st.sentence_index;
      }
    }
  }
  st.last_change_dir = previous != nullptr ? previous_dir : 0;
  st.last_change_at = st.sentence_index;
  if (ranked_inflow && last_entity.find('>') != std::string::npos) {
    // "The Netherlands remained the largest investor, with $4.5 billion"
    // (NLD>KAZ): what follows is still about the country invested in.
    last_entity = last_entity.substr(last_entity.find('>') + 1);
  }
  if (out.size() > facts_before && !last_entity.empty()) {
    st.carried_entity = last_entity;
    st.carried_entity_metric = last_metric;
    st.carried_entity_at = st.sentence_index;
  }
}

}  // namespace claimcheck::grammar::claims
