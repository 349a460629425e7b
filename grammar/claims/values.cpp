// Values of a sentence (see values.hpp): each money, percent, quantity,
// count and fold mention becomes a level, change, fold, share or target
// fact, with a record fact beside a level stated as a record. This file is
// the driver over the mentions of a sentence; the parts it asks (how a
// value reads, its period, metric and rank) are in value_parts.hpp.
#include "grammar/claims/values.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "grammar/claims/phrases.hpp"
#include "grammar/claims/value_parts.hpp"
#include "grammar/claims/word_map.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

void assemble_sentence(const sentence_view& v, const lexicon& lex, article_state& st,
                       std::vector<engine::fact>& out) {
  const std::size_t facts_before = out.size();
  std::string last_entity;
  std::optional<engine::period> sentence_period;
  const engine::fact* previous = nullptr;  // the last value fact of this sentence
  std::size_t previous_index = 0;
  std::size_t previous_last = 0;  // the token after its value
  std::size_t previous_first = 0;  // its value's first token
  std::size_t total_at = static_cast<std::size_t>(-1);  // "64 of the 150 seats": the 150
  std::vector<const located_mention*> deferred_from;     // a "from" value before its claim
  // The sentence says "year" (the phrase tests below need it): one pass,
  // when first asked.
  int year_seen = -1;
  auto year_word = [&] {
    if (year_seen < 0) {
      year_seen = 0;
      for (const token& t : v.toks()) {
        if (t.low == "year") year_seen = 1;
      }
    }
    return year_seen == 1;
  };
  bool ranked_inflow = false;     // it was "the largest investor, with $X"
  int previous_dir = 0;
  int previous_read_dir = 0;  // the direction its words read, when a target
  const hit* reused_hit = nullptr;  // its metric words and the key they gave
  std::string reused_key;
  bool reused_unlisted = false;
  std::string last_metric;
  std::string default_owner =
      (!st.carried_entity.empty() && st.sentence_index - st.carried_entity_at <= 3)
          ? st.carried_entity
          : st.profile.country;
  for (const located_mention& lm : v.mentions) {
    const mention& m = *lm.m;
    if (!is_value_type(m.type) || !m.error.empty()) continue;
    if (in_attribution(v, lm.first, lm.last)) continue;
    if (gap_to_forecast(v, lm)) continue;
    if (m.value.value.empty()) continue;
    if (lm.first == total_at) continue;
    // "($1 = 56.20 Philippine pesos)": a wire's exchange-rate note.
    if (v.word(lm.last) == "=" || (lm.first >= 1 && v.word(lm.first - 1) == "=")) continue;
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
        continue;
      }
    }
    // Ages ("those aged 16 to 59") are not values of a metric.
    if (lm.first >= 1 && (v.word(lm.first - 1) == "aged" || v.word(lm.first - 1) == "ages")) continue;
    const auto [cb, ce] = v.clause_of(lm.first);
    // "a quarter of global GDP", "about half of its exports": a share.
    mention frac;
    bool points = false;
    const mention* mp_m = &m;
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
      if (v.word(lm.last) != "of") continue;  // "a fourth line"
      // "half of the deputies": a part of people or things the lexicon
      // does not measure is no share of a metric.
      std::size_t k = lm.last + 1;
      while (is_np_noise(v.word(k)) || v.word(k) == "all") ++k;
      bool whole = v.word(k) == "total" || v.word(k) == "it" || v.word(k) == "them";
      for (const hit& h : v.hits) {
        // ("of the country's gross domestic product", "of China's exports")
        if (h.first >= k && h.first <= k + 2) whole = true;
      }
      if (!whole) continue;
      frac = m;
      frac.type = mention_type::percent;
      frac.value.value = m.value.value * engine::interval::point(100.0);
      if (!std::isnan(frac.value.number)) frac.value.number *= 100.0;
      frac.value.unit = "%";
      mp_m = &frac;
    }
    const mention& mv = *mp_m;
    const bool pct = mv.value.unit == "%" || mv.value.unit == "pp";
    const unit_kind vk = pct || m.type == mention_type::fold ? unit_kind::any : unit_kind_of(m.value.unit);

    if (previous != nullptr && lm.first >= 2 && v.word(lm.first - 1) == "or" &&
        v.word(lm.first - 2) == "," && out[previous_index].value.unit != mv.value.unit) {
      // "with $9.6 billion, or 30.6% of the total": the share of the claim
      // before; "a deficit of 0.1% of GDP, or 137 billion roubles": its
      // amount.
      engine::fact f = out[previous_index];
      const std::string_view of = v.word(lm.last);
      const bool total = of == "of" && (v.word(lm.last + 1) == "total" ||
                                        (v.word(lm.last + 1) == "the" && v.word(lm.last + 2) == "total"));
      const auto colon = f.metric.find(':');
      bool ok = false;
      if (pct && total && f.kind == fact_kind::level) {
        f.kind = fact_kind::share;
        ok = true;
      } else if (!pct && f.kind == fact_kind::share && f.metric.ends_with(":gdp")) {
        f.kind = fact_kind::level;
        f.metric = f.metric.substr(0, colon);
        f.unlisted = !lex.metric_by_key(f.metric).has_value();
        ok = true;
      }
      if (ok) {
        const engine::fact base = base_fact(v, f.kind, lm.first, lm.last);
        f.source = base.source;
        f.value = mv.value;
        if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
        out.push_back(std::move(f));
        continue;
      }
    }
    if (previous != nullptr && pct && mv.value.unit == out[previous_index].value.unit) {
      // "above the 0.8% median forecast of economists": the forecast of the
      // claim before; "compared with the initial estimate of 0.2%",
      // "against 0.9% in the first estimate": an earlier estimate of it.
      if (const int e = estimate_of_previous(v, lm); e != 0) {
        engine::fact f = out[previous_index];
        if (e == 1) f.kind = fact_kind::target;
        const engine::fact base = base_fact(v, f.kind, lm.first, lm.last);
        f.source = base.source;
        f.value = m.value;
        if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
        if (f.kind == fact_kind::change && out[previous_index].value.value.hi() < 0 &&
            m.value.value.lo() >= 0) {
          f.value.value = -f.value.value;
        }
        out.push_back(std::move(f));
        continue;
      }
    }
    if (is_from_value(v, lm)) {
      // The earlier level of the thing just stated, at its own period.
      if (previous == nullptr) {
        deferred_from.push_back(&lm);  // "rose from $3.5 billion in 2023 to $4.4 billion"
        continue;
      }
      const located_mention* own = nullptr;
      for (const auto& t : v.mentions) {
        // ("the 3.2% it projected in September": when it was projected.)
        const bool when_said = t.first >= 2 && v.word(t.first - 1) == "in" &&
                               (v.word(t.first - 2) == "projected" ||
                                v.word(t.first - 2) == "predicted" ||
                                v.word(t.first - 2) == "forecast");
        if ((t.m->type == mention_type::date || t.m->type == mention_type::period) && t.m->when &&
            own == nullptr && !when_said &&
            ((is_from_period(v, t) && t.first >= lm.last) ||
             (v.word(lm.first - 1) == ":" && t.last + 1 == lm.first))) {
          own = &t;
        }
      }
      engine::fact f = out[previous_index];
      // ("up from the 3.2% it projected in September")
      const bool from_the = v.word(lm.first - 1) == "the" && lm.first >= 2 &&
                            v.word(lm.first - 2) == "from" &&
                            (v.word(lm.last) == "it" || v.word(lm.last) == "they" ||
                             v.word(lm.last) == "previously" || v.word(lm.last) == "forecast" ||
                             v.word(lm.last) == "projected" || v.word(lm.last) == "expected");
      if (own == nullptr && f.kind == fact_kind::target &&
          (v.word(lm.first - 1) == "from" || from_the) &&
          v.word(lm.last) != "a" && v.word(lm.last) != "the" && v.word(lm.last) != "in") {
        // "trimmed its growth forecast for next year to 1.9 percent from
        // 2.1 percent": the earlier forecast for the same period.
        if (f.value.unit != mv.value.unit) continue;
        const engine::fact base = base_fact(v, f.kind, lm.first, lm.last);
        f.source = base.source;
        f.value = m.value;
        if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
        out.push_back(std::move(f));
        continue;
      }
      if (own == nullptr && (f.kind == fact_kind::level || f.kind == fact_kind::change) &&
          f.value.unit == mv.value.unit) {
        // "was revised down to 2.2% from 2.9%": the earlier estimate of
        // the same period.
        bool revised = false;
        for (std::size_t i = cb; i < lm.first && !revised; ++i) {
          revised = v.word(i) == "revised" || v.word(i) == "revision";
        }
        if (revised) {
          const engine::fact base = base_fact(v, f.kind, lm.first, lm.last);
          f.source = base.source;
          f.value = m.value;
          if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
          out.push_back(std::move(f));
          continue;
        }
      }
      if (own == nullptr && f.kind == fact_kind::level && f.value.unit == mv.value.unit &&
          mv.value.unit == "%" && f.when.g == engine::grain::month &&
          v.word(lm.first - 1) == "from") {
        // "services inflation eased to 3.9% from 4.0%": a monthly rate's
        // reading of the month before.
        const auto shifted = shift_back(f.when, 1);
        if (shifted) {
          const engine::fact base = base_fact(v, f.kind, lm.first, lm.last);
          f.source = base.source;
          f.when = *shifted;
          f.value = m.value;
          if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
          out.push_back(std::move(f));
          continue;
        }
      }
      if (own == nullptr) continue;
      // ("might rise to 50% of GDP by 2026, from 46% last year": a share.)
      if (f.kind == fact_kind::target) {
        // ("expected to expand 3% next year after 0.8% in 2024": a change)
        f.kind = f.metric.find(':') != std::string::npos ? fact_kind::share
                 : previous_read_dir != 0                 ? fact_kind::change
                                                          : fact_kind::level;
      }
      // "grew 6.93% in the second quarter, accelerating from 5.87% in the
      // first": the earlier change; "rose 12% from $4.5 billion in 2023":
      // the earlier level.
      if (f.kind == fact_kind::change && f.value.unit != mv.value.unit) {
        const auto id = lex.metric_by_key(f.metric);
        if (!id || !compatible(lex.metric(*id).unit, unit_kind_of(m.value.unit))) continue;
        f.kind = fact_kind::level;
        f.basis.clear();
      }
      if (f.kind != fact_kind::level && f.kind != fact_kind::change && f.kind != fact_kind::share) {
        continue;
      }
      const engine::fact base = base_fact(v, f.kind, lm.first, own->last);
      f.source = base.source;
      // "from 9.8% a year earlier": the claim's own period a year before.
      const std::string_view own_text = v.text.substr(own->m->start, own->m->end - own->m->start);
      if (const int back = months_back(own_text); back > 0) {
        const auto shifted = shift_back(out[previous_index].when, back);
        if (!shifted) continue;
        f.when = *shifted;
      } else if (year_end_mention(v.text, *own->m)) {
        // "down from 70.0% at the end of 2023": that year's figure.
        f.when = engine::period::year(date::year_month_day{own->m->when->last}.year());
      } else {
        f.when = *own->m->when;
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
      out.push_back(std::move(f));
      continue;
    }

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
        if (std::string mp = member_pair(st, f.entity, key); !mp.empty()) {
          f.entity = std::move(mp);  // "followed by Kyrgyzstan with $15.5 billion"
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
        continue;
      }
    }

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
      continue;
    }

    metric_pick mp = pick_metric(v, lex, lm, cb, ce, vk);
    bool reused_from_previous = false;
    if (previous != nullptr && mp.h != nullptr && pct && mp.h->last <= previous_first &&
        lex.metric(mp.h->id).key != out[previous_index].metric &&
        (reused_hit == nullptr || reused_hit->last <= previous_first) &&
        lex.metric_by_key(out[previous_index].metric)) {
      // "The trains carried 13 million tonnes of goods (freight), up 9.5
      // percent": the value before named the metric.
      mp.h = nullptr;
      reused_from_previous = true;
    }
    const hit* metric = mp.h;
    std::string family_key;  // "the deficit" after "the trade deficit"
    if (metric != nullptr && metric->last == metric->first + 1 &&
        (v.word(metric->first) == "deficit" || v.word(metric->first) == "surplus") &&
        !st.balance_metric.empty() && st.sentence_index - st.balance_at <= 4) {
      family_key = st.balance_metric;
    }
    const bool metric_pct = metric != nullptr && lex.metric(metric->id).unit == unit_kind::percent;
    value_reading r = read_value(v, lm, cb, ce, metric_pct);
    if (mp_m == &frac && !points) r = value_reading{fact_kind::share, 0, false};
    std::size_t gap = std::string_view::npos;
    if (previous != nullptr && previous_dir != 0 && r.kind != fact_kind::share &&
        out[previous_index].kind == fact_kind::change &&
        out[previous_index].value.unit == mv.value.unit) {
      gap = gapped_start(v, previous_last, lm.first);
      // "Construction rose 9.4 percent and agriculture 9.1 percent": the
      // verb of the value before is understood.
      if (gap != std::string_view::npos) r = value_reading{fact_kind::change, previous_dir, false};
    }
    if (r.skip && pct && previous != nullptr && previous_read_dir != 0 &&
        out[previous_index].value.unit == mv.value.unit) {
      // "is expected to expand 3.0% this year and 3.2% in 2025": the same
      // forecast for another period.
      bool joined = false;
      bool other = false;
      for (std::size_t i = previous_last; i < lm.first && !other; ++i) {
        const std::string_view w = v.word(i);
        if (w == "and") {
          joined = true;
          continue;
        }
        bool dated = false;
        for (const auto& t : v.mentions) {
          if (t.m->when && i >= t.first && i < t.last) dated = true;
        }
        other = !dated && w != "," && w != "in" && w != "for";
      }
      if (joined && !other) r = value_reading{fact_kind::change, previous_read_dir, false};
    }
    if (r.skip && pct && previous == nullptr && lm.first >= 2 && lm.first <= cb + 6 &&
        v.word(lm.first - 1) == "by" && st.last_change_dir != 0 &&
        st.sentence_index == st.last_change_at + 1) {
      // "Industry grew by 6.8%; construction by 8.6%;" as list items: the
      // verb of the item before is understood.
      bool bare = true;
      for (std::size_t i = cb; i + 1 < lm.first; ++i) {
        const std::string_view w = v.word(i);
        if (v.toks()[i].kind != token_kind::word || change_direction(w) != 0 || is_level_verb(w)) {
          bare = w == "-" && bare;
        }
      }
      if (bare) {
        gap = cb;
        r = value_reading{fact_kind::change, st.last_change_dir, false};
      }
    }
    if (r.skip && pct && metric == nullptr && lex.metric_by_key("gdp_growth") &&
        head_phrase(v, cb, lm.first) == "growth") {
      // "Growth in the April-June quarter was 2.2%": the growth rate.
      r = value_reading{fact_kind::level, 0, false};
    }
    if (r.skip && pct && previous != nullptr && m.start < v.text.size() &&
        (v.text[m.start] == '+' || v.text[m.start] == '-' ||
         v.text.substr(m.start, 3) == "\xE2\x88\x92")) {
      // "| Exports | $284.31 billion | +2.17% |", "$284 billion (+2.2%)":
      // a signed percentage beside a level is its change.
      bool cell = true;
      for (std::size_t i = previous_last; i < lm.first && cell; ++i) {
        const std::string_view w = v.word(i);
        cell = w == "|" || w == "," || w == "(" || w == ";";
      }
      if (cell) r = value_reading{fact_kind::change, 1, false};
    }
    if (r.skip) continue;
    std::string metric_key;
    bool unlisted = false;
    if (metric != nullptr && !mp.near) {
      // A metric of another clause: a thing named in this one comes first
      // ("..., while construction grew 11 percent").
      std::string head = head_phrase(v, cb, lm.first);
      if (!head.empty()) {
        metric = nullptr;
        metric_key = std::move(head);
        unlisted = true;
      }
    }
    // ("the top source market with 11.9 million travellers": the words
    // after the value name what it counts.)
    const bool named_after = metric != nullptr && metric->first >= lm.first;
    if (const rank_value early = rank_with(v, lex, lm.first, cb);
        !early.metric.empty() && !named_after) {
      metric_key = early.metric;  // the rank's flow (its entity is set below)
    } else if (metric != nullptr && metric == reused_hit) {
      metric_key = reused_key;  // the same words as the value before
      unlisted = reused_unlisted;
    } else if (!family_key.empty()) {
      metric_key = family_key;
    } else if (reused_from_previous ||
               (metric == nullptr && pct && previous != nullptr && r.kind == fact_kind::change &&
                out[previous_index].kind == fact_kind::level)) {
      // "shipped 83.7 million tonnes of coal in 2024, up 19%": the change
      // of the level before.
      metric_key = out[previous_index].metric;
      unlisted = out[previous_index].unlisted;
    } else if (metric != nullptr) {
      metric_key = lex.metric(metric->id).key;
    } else if (pct && lex.metric_by_key("gdp_growth") &&
               ((lm.first >= 2 && v.word(lm.first - 1) == "of" && v.word(lm.first - 2) == "growth") ||
                head_phrase(v, cb, lm.first) == "growth")) {
      // ("Growth in the April-June quarter was revised down to 2.2%")
      // "projects growth of 5.5 percent": the economy's growth rate.
      metric_key = "gdp_growth";
      r = value_reading{fact_kind::level, 0, false};
    } else if (!metric_key.empty()) {
      // the clause's own head phrase, set above
    } else if (vk == unit_kind::mass && carried_goods(v, cb, lm.first) &&
               lex.metric_by_key("freight")) {
      // "The trains carried more than 13 million tonnes of goods".
      metric_key = "freight";
    } else if (std::string c = commodity_metric(v, lm, cb, std::string(), nullptr); !c.empty()) {
      // "exported 11.4 billion cubic meters of natural gas"
      metric_key = std::move(c);
      unlisted = !lex.metric_by_key(metric_key).has_value();
    } else if (metric == nullptr && r.kind == fact_kind::change && !st.carried_metric.empty() &&
               st.sentence_index - st.carried_metric_at <= 1 &&
               (v.word(cb) == "that" || v.word(cb) == "this" || v.word(cb) == "it")) {
      // "That was 32.8% more than in the same month of 2023": the figure
      // just stated.
      metric_key = st.carried_metric;
    } else if ((r.kind == fact_kind::share || m.type == mention_type::money ||
                m.type == mention_type::quantity) &&
               !st.carried_metric.empty() && st.sentence_index - st.carried_metric_at <= 2 &&
               r.kind != fact_kind::change && head_phrase(v, cb, lm.first).empty() &&
               (!lex.metric_by_key(st.carried_metric) ||
                compatible(lex.metric(*lex.metric_by_key(st.carried_metric)).unit, vk))) {
      // "accounting for 18.1 percent of the total", "their target of $30
      // billion": the metric spoken of.
      metric_key = st.carried_metric;
    } else if (std::string part = part_of_total(v, lex, lm); !part.empty()) {
      // "took 64 of the 150 seats": 64 seats, the 150 only their total.
      unlisted = !lex.metric_by_key(part).has_value();
      metric_key = std::move(part);
      total_at = lm.last + 2;
    } else if (previous != nullptr && coordinated(v, previous_last, lm.first)) {
      // "decreased by 4.3 percent and amounted to 77.4 thousand": the same
      // subject.
      metric_key = out[previous_index].metric;
      unlisted = out[previous_index].unlisted;
    } else {
      // A bare number needs a metric from the lexicon, or "the number of".
      if (m.type == mention_type::number && !number_of_words(v, cb, lm.first)) continue;
      metric_key = head_phrase(v, cb, lm.first);
      if (metric_key.empty() && gap == std::string_view::npos) continue;  // (a gap names its own)
      unlisted = true;
    }
    if (gap != std::string_view::npos) {
      // The gapped conjunct names its own metric.
      const hit* own = nullptr;
      for (const hit& h : v.hits) {
        if (h.cat == category::metric && h.first >= gap && h.last <= lm.first) own = &h;
      }
      std::string words;
      for (std::size_t i = gap; i < lm.first; ++i) {
        const std::string_view w = v.word(i);
        if (i + 1 == lm.first && w == "by") break;  // "non-food goods by 8.3%"
        if (w == "-") continue;
        bool entity = false;
        for (const hit& h : v.hits) {
          if (i >= h.first && i < h.last && h.cat != category::metric) entity = true;
        }
        if (entity || is_np_noise(w)) continue;
        if (!words.empty()) words += '_';
        words += w;
      }
      if (own != nullptr) {
        metric = own;
        metric_key = lex.metric(own->id).key;
        unlisted = false;
      } else if (words.size() >= 3) {
        metric = nullptr;
        metric_key = words;
        unlisted = !lex.metric_by_key(metric_key).has_value();
      }
    }
    if (metric != nullptr && metric == reused_hit) {
      // already resolved
    } else if (!unlisted || metric != nullptr) {
      if (std::string c = commodity_metric(v, lm, cb, metric_key, metric); !c.empty()) {
        unlisted = !lex.metric_by_key(c).has_value();
        metric_key = std::move(c);
      }
    } else if (std::string c = commodity_metric(v, lm, cb, std::string(), nullptr); !c.empty()) {
      unlisted = !lex.metric_by_key(c).has_value();
      metric_key = std::move(c);
    }
    if (metric != nullptr && metric->first >= 2 && v.word(metric->first - 1) == "-" &&
        v.word(metric->first - 2) == "non" && !metric_key.starts_with("non_")) {
      // "non-oil exports" are not "oil exports".
      metric_key = "non_" + metric_key;
      unlisted = !lex.metric_by_key(metric_key).has_value();
    }
    if (metric_key == "budget_revenue" && metric != nullptr && metric->last == metric->first + 1 &&
        (v.word(metric->first) == "revenue" || v.word(metric->first) == "revenues")) {
      // "Suez Canal revenue", "Aramco's revenues": a named enterprise's
      // revenue, not the state budget's.
      std::size_t b = metric->first;
      if (b >= 1 && v.word(b - 1) == "'s") --b;
      std::size_t a = b;
      while (a > cb && b - a < 3 && v.toks()[a - 1].capital && v.toks()[a - 1].kind == token_kind::word) {
        --a;
      }
      bool named = a < b && a > 0;
      for (const hit& h : v.hits) {
        if (h.cat != category::metric && h.first < b && h.last > a) named = false;
      }
      if (named) {
        std::string key;
        for (std::size_t i = a; i < b; ++i) key += std::string(v.word(i)) + "_";
        metric_key = key + "revenue";
        unlisted = true;
      }
    }
    bool other_entity = false;  // ("In Italy, production fell": Italy's own)
    if (metric_key == "production" && !st.carried_production.empty()) {
      for (const hit& h : v.hits) {
        if (is_entity(h, lex) && entity_key(h, lex) != st.profile.country) other_entity = true;
      }
    }
    if (metric_key == "production" && !st.carried_production.empty() && !other_entity &&
        st.sentence_index - st.carried_production_at <= 4 &&
        !(metric != nullptr && (v.word(metric->last) == "at" || v.word(metric->last) == "from"))) {
      // "Chile mined 5.51 million tonnes of copper ... . Output fell 2.1%":
      // the output spoken of (not "output at the Tengiz field", a part).
      metric_key = st.carried_production;
      unlisted = !lex.metric_by_key(metric_key).has_value();
    } else if (unlisted && (metric_key == "inflows" || metric_key == "outflows" ||
                            metric_key == "inflow") &&
               !st.carried_metric.empty() && st.sentence_index - st.carried_metric_at <= 2) {
      // "Remittances totalled $5.35 billion in October. ... inflows reached
      // $54.1 billion": the flow spoken of.
      metric_key = st.carried_metric;
      unlisted = !lex.metric_by_key(metric_key).has_value();
    }
    if (metric_key.ends_with("_production")) {
      st.carried_production = metric_key;
      st.carried_production_at = st.sentence_index;
    }
    if (r.kind != fact_kind::share &&
        (metric_key == "passengers" || metric_key == "flights" || metric_key == "freight")) {
      // "International traffic accounted for 3.4 million passengers": the
      // international part, not all passengers.
      for (std::size_t i = cb; i < lm.first; ++i) {
        const std::string_view w = v.word(i);
        if (change_direction(w) != 0 || is_level_verb(w) || is_share_verb(w)) break;
        // ("Astana International Airport" is a name.)
        if ((w == "international" || w == "domestic") && !v.toks()[i + 1].capital &&
            !(metric != nullptr && i >= metric->first && i < metric->last)) {
          metric_key = std::string(w) + "_" + metric_key;
          unlisted = !lex.metric_by_key(metric_key).has_value();
          break;
        }
      }
    }
    std::string flow_partner;  // "sales to Japan": JPN
    std::string flow_owner;    // "Russian deliveries to China": RUS
    if (r.kind != fact_kind::share &&
        (!is_directional(metric_key) || metric_key == "exports" || metric_key.ends_with("_exports"))) {
      // "sales to Japan", "deliveries to Europe", "shipments to the
      // American market": the exports spoken of, with that partner.
      for (std::size_t i = std::max(cb, lm.first >= 12 ? lm.first - 12 : 0); i + 1 < lm.first; ++i) {
        const std::string_view w = v.word(i);
        if (!(w == "sales" || w == "deliveries" || w == "supplies" || w == "shipments") ||
            v.word(i + 1) != "to" ||
            !(metric_key == w || metric == nullptr || metric->first == i ||
              metric_key == "exports" || metric_key.ends_with("_exports"))) {
          continue;
        }
        const std::size_t at = v.word(i + 2) == "the" ? i + 3 : i + 2;
        for (const hit& h : v.hits) {
          if (h.first == at && is_entity(h, lex)) flow_partner = entity_key(h, lex);
        }
        if (flow_partner.empty()) continue;
        // "Russian deliveries to China", "Russia's sales to China": the
        // owner is named before.
        for (const hit& h : v.hits) {
          if (is_entity(h, lex) && (h.last == i || (h.last + 1 == i && v.word(h.last) == "'s"))) {
            flow_owner = entity_key(h, lex);
          }
        }
        if (!metric_key.ends_with("_exports")) {
          metric_key = st.carried_metric.ends_with("_exports") ? st.carried_metric : "exports";
        }
        unlisted = false;
        metric = nullptr;
        break;
      }
    }
    entity_choice ent;
    if (r.kind == fact_kind::share) {
      ent = share_entity(v, lex, lm, cb, ce, default_owner);
      metric_key = share_metric(v, lex, lm, cb, metric_key, ent.found);
      unlisted = !lex.metric_by_key(metric_key).has_value();
    }
    if (!ent.found) {
      ent = choose_entity(v, lex, metric, lm.first, cb, ce, is_directional(metric_key),
                          is_bilateral(metric_key), st.profile, default_owner);
    }
    if ((metric_key == "tourists" || metric_key == "students") && ent.found &&
        ent.key.size() == 3 && !st.profile.country.empty() && ent.key != st.profile.country) {
      // "Chinese arrivals", "Indian students" in a story about Kazakhstan:
      // the people come from there.
      for (const hit& h : v.hits) {
        if (h.first == ent.first && h.cat == category::country_adj && metric != nullptr &&
            metric->first >= h.last && metric->first <= h.last + 1) {
          ent.key = st.profile.country + ">" + ent.key;
        }
      }
    }
    if (!flow_partner.empty()) {
      std::string owner = !flow_owner.empty()          ? flow_owner
                          : st.profile.country.empty() ? default_owner.substr(0, default_owner.find_first_of("+>"))
                                                       : st.profile.country;
      if (!owner.empty() && owner != flow_partner) {
        ent.key = owner + ">" + flow_partner;
        ent.found = true;
      }
    }
    if (!st.profile.region.empty()) {
      // "Trade among the five countries", "exports from the five countries
      // to Turkey": the region the article named.
      const std::size_t at = region_anaphor(v, cb, lm.first, st.profile.region_members);
      const auto gt = ent.key.find('>');
      if (at == std::string_view::npos) {
        // no region spoken of
      } else if (!ent.found) {
        ent.key = st.profile.region;
        ent.found = true;
        ent.first = at;
        ent.last = at + 1;
        // "Exports to the region": the story's country's flow with it.
        bool partner = false;
        for (std::size_t i = at; i-- > cb && at - i <= 3;) {
          const std::string_view w = v.word(i);
          if (w == "to" || w == "from" || w == "into") partner = true;
        }
        if (partner && is_directional(metric_key) && !st.profile.country.empty() &&
            st.profile.country != st.profile.region) {
          ent.key = st.profile.country + ">" + st.profile.region;
        }
      } else if (gt != std::string::npos) {
        // The owner, unless the clause names it before the region.
        const std::string owner = ent.key.substr(0, gt);
        bool named = false;
        for (const hit& h : v.hits) {
          if (h.first >= cb && h.last <= at && is_entity(h, lex) && entity_key(h, lex) == owner) {
            named = true;
          }
        }
        if (!named && owner != st.profile.region) ent.key = st.profile.region + ent.key.substr(gt);
      }
    }
    if (ent.found && is_bilateral(metric_key) && ent.key.find_first_of("+>") == std::string::npos &&
        !st.carried_entity.empty() && st.sentence_index - st.carried_entity_at <= 2) {
      // "Trade between China and Central Asia ... Kazakhstan accounted for
      // $31.2 billion": the member's part of that trade.
      if (std::string part = member_pair(st, st.carried_entity, ent.key); !part.empty()) {
        ent.key = std::move(part);
      }
    }
    bool home = false;  // "the government", "the central bank": the story's country
    for (std::size_t i = 0; i + 1 < v.toks().size(); ++i) {
      const std::string_view w = v.word(i + 1);
      if (v.word(i) == "the" && (w == "government" || w == "country" || w == "cabinet" ||
                                 w == "ministry" || w == "parliament")) {
        home = true;
      }
    }
    if (!ent.found) {
      if (home && !st.profile.country.empty()) {
        ent.key = st.profile.country;
      } else if (!st.carried_entity.empty() && st.sentence_index - st.carried_entity_at <= 2 &&
                 (st.carried_entity_metric == metric_key || st.profile.country.empty() ||
                  r.kind == fact_kind::share)) {
        // A flow's partner belongs to its own sentence; the owner carries.
        ent.key = st.carried_entity.substr(0, st.carried_entity.find('>'));
      } else if (is_bilateral(metric_key) && !st.profile.pair.empty() &&
                 st.carried_entity == st.profile.pair) {
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
    if (ent.found && previous != nullptr && is_directional(metric_key) &&
        ent.key.find_first_of("+>") == std::string::npos &&
        out[previous_index].entity.starts_with(ent.key + ">") &&
        (metric_key == "imports" || metric_key == "exports")) {
      // "Exports to the region stood at X, while imports reached Y": the
      // same partner.
      ent.key = out[previous_index].entity;
    }
    // Target or forecast: a cue in the clause, or a "by 2030" period.
    // ("grew 2.9% in 2023 and is expected to expand 3%": a past verb
    // before the value keeps a later forecast's cue off it.)
    const int tense_before = tense_of(v, cb, lm.first);
    const int tense = tense_before < 0 ? tense_before : tense_of(v, cb, ce);
    // ("1.78 million bpd assumed in this year's budget": a plan.)
    const std::string_view next = v.word(lm.last);
    // ("the ECB's 2% target": a standing goal, as of now.)
    const bool standing = pct && (next == "target" || next == "goal");
    // ("wider than the 79 billion riyals it had budgeted": its plan.)
    const std::size_t k = (next == "it" || next == "they") ? (v.word(lm.last + 1) == "had" ? 2 : 1) : 0;
    const std::string_view planned = v.word(lm.last + k);
    bool target = has_target_cue(v, cb, lm.first) || tense > 0 || planned == "assumed" ||
                  planned == "envisaged" || planned == "budgeted" || planned == "planned" ||
                  (k > 0 && (planned == "projected" || planned == "forecast")) || standing;
    time_choice tc = pick_time(v, lm, cb, ce, true, r.kind == fact_kind::fold, st.published);
    if (tc.found && role_of(v, *tc.lm) == time_role::by) {
      // "by 2030" is a target; "slowed to 9.8 percent by the end of the
      // year" (past tense) is what happened by then.
      if (st.published && tc.when.last >= *st.published && tense >= 0) {
        target = true;
      } else if (tense < 0) {
        // keep the period
      } else if (!target) {
        tc = pick_time(v, lm, cb, ce, false, r.kind == fact_kind::fold, st.published);
      }
    }
    if (tc.lm != nullptr && tc.when.g == engine::grain::day && tc.lm->first >= 2) {
      // "in the four weeks to June 16": the span that ends that day.
      const std::size_t at = tc.lm->first;
      const std::string_view link = v.word(at - 1);
      if (link == "to" || link == "through" || link == "ending" || link == "ended") {
        for (const auto& t : v.mentions) {
          const mention& d = *t.m;
          if (t.last + 1 != at || d.type != mention_type::duration || std::isnan(d.value.number)) continue;
          const long n = std::lround(d.value.number);
          date::sys_days first = tc.when.last;
          if (d.value.unit == "day") first = tc.when.last - date::days{n - 1};
          if (d.value.unit == "week") first = tc.when.last - date::days{7 * n - 1};
          if (n > 0 && first < tc.when.last) {
            tc.when = engine::period::span(first, tc.when.last, std::string(v.slice(t.first, tc.lm->last)));
          }
        }
      }
    }
    if (tc.lm != nullptr && tc.when.g == engine::grain::month && tc.lm->first >= 2) {
      // "in the 12 months to October", "in the year to March": the span
      // that ends with that month.
      const std::size_t at = tc.lm->first;
      const std::string_view link = v.word(at - 1);
      if (link == "to" || link == "through" || link == "ending" || link == "ended") {
        long n = v.word(at - 2) == "year" ? 12 : 0;
        for (const auto& t : v.mentions) {
          const mention& d = *t.m;
          if (t.last + 1 == at && d.type == mention_type::duration && d.value.unit == "month" &&
              !std::isnan(d.value.number)) {
            n = std::lround(d.value.number);
          }
        }
        if (n > 1 && n <= 24) {
          const date::year_month_day last{tc.when.last};
          const date::year_month first = last.year() / last.month() - date::months{n - 1};
          tc.when = engine::period::span(date::sys_days{first / 1}, tc.when.last,
                                         std::string(v.slice(at >= 3 ? at - 3 : at, tc.lm->last)));
        }
      }
    }
    if (tc.lm != nullptr && tc.when.g == engine::grain::month && tc.lm->first >= 4) {
      // "the fiscal year that ended in March": the twelve months to its end.
      const std::size_t at = tc.lm->first;
      const std::string_view e = v.word(at - 1) == "in" ? v.word(at - 2) : v.word(at - 1);
      bool fiscal = false;
      for (std::size_t i = at >= 8 ? at - 8 : 0; i + 1 < at; ++i) {
        if ((v.word(i) == "fiscal" || v.word(i) == "financial") && v.word(i + 1) == "year") fiscal = true;
      }
      if (fiscal && (e == "ended" || e == "ending" || e == "ends" || e == "end")) {
        const date::year_month_day last{tc.when.last};
        const date::year_month first = last.year() / last.month() - date::months{11};
        tc.when = engine::period::span(date::sys_days{first / 1}, tc.when.last,
                                       "fiscal year to " + tc.when.label);
      }
    }
    if (r.kind == fact_kind::fold && !target) {
      // The fold's period is the year it reached; its base, the start of
      // the span ("in the past 30 years").
      time_choice end = pick_time(v, lm, cb, ce, false, false, st.published);
      if (end.found) tc = end;
    }
    // "stood at 1.41 billion at the end of 2022": a level as of the year's
    // end is that year's figure (a target "by the end of" keeps its span).
    if (tc.lm != nullptr && !target && role_of(v, *tc.lm) != time_role::by &&
        year_end_mention(v.text, *tc.lm->m)) {
      date::year y = date::year_month_day{tc.when.last}.year();
      // "Inflation stood at 20.3 percent at the end of the year", written
      // in January: the year that just ended.
      if (tc.lm->m->relative && tense < 0 && st.published && tc.when.first > *st.published) --y;
      tc.when = engine::period::year(y);
    }
    if (tc.lm != nullptr && !target && st.published && tc.when.last == *st.published &&
        tc.when.first == date::sys_days{date::year_month_day{*st.published}.year() / 1 / 1} &&
        st.carried_period && st.sentence_index - st.carried_period_at <= 3 &&
        st.carried_period->first == tc.when.first && st.carried_period->last < tc.when.last) {
      // "the year to date", "year-to-date" after "In January-October": the
      // months the release covers, not the days to publication.
      tc.when = *st.carried_period;
    }
    if (tc.lm != nullptr && !target && tc.when.g != engine::grain::month) {
      // "97.5% of GDP at the end of October": a level as of a month's end
      // is that month's figure.
      std::string_view t = v.text.substr(tc.lm->m->start, tc.lm->m->end - tc.lm->m->start);
      if (t.starts_with("the ") || t.starts_with("The ")) t.remove_prefix(4);
      const date::year_month_day a{tc.when.first};
      const date::year_month_day b{tc.when.last};
      if (t.starts_with("end of ") && a.year() == b.year() && a.month() == b.month() &&
          b.day() == date::year_month_day_last{b.year(), date::month_day_last{b.month()}}.day()) {
        tc.when = engine::period::month(a.year(), a.month(), std::string(t));
      }
    }
    bool since = false;
    for (const auto& t : v.mentions) {
      if (t.m->when && t.first >= cb && t.first < ce && role_of(v, t) == time_role::since) {
        since = true;
        // "has held its key rate at 6.25% since mid-August, expects ...
        // this year": the rate is now's; the later period is another claim's.
        if (tc.found && tc.lm != nullptr && t.first >= lm.last && tc.lm->first > t.first &&
            !target && st.published) {
          tc = time_choice{};
        }
      }
    }
    if (st.published && year_word() &&
        (full_year_words(v, lm.last, ce) || (target && full_year_before(v, cb, lm.first)))) {
      // "targets growth of 5.2% for the full year": the whole year of the
      // period spoken of.
      const date::sys_days in = tc.found ? tc.when.first
                                : st.carried_period ? st.carried_period->first
                                                    : *st.published;
      tc = time_choice{};
      tc.when = engine::period::year(date::year_month_day{in}.year());
      tc.found = true;
    }
    if (!tc.found && st.year_period && st.sentence_index - st.year_period_at <= 4 &&
        year_word() && the_year_words(v, cb, ce)) {
      // "reached a record $30.25 billion in the year": the year spoken of,
      // not the month in between.
      tc.when = *st.year_period;
      tc.found = true;
      tc.carried = true;
    }
    if (!tc.found && st.event_day && st.sentence_index - st.event_at <= 5 &&
        (metric_key == "turnout" || metric_key == "vote_share" || metric_key == "seats" ||
         (metric_key == "contract_value" && signed_words(v, cb, ce)))) {
      // "Turnout was 74.7%" after "the Oct. 27 election"; "documents worth
      // $2.5 billion were signed" after the talks.
      tc.when = *st.event_day;
      tc.found = true;
      tc.carried = true;
      if (metric_key == "contract_value" && st.event_entity.find('+') != std::string::npos &&
          st.event_entity.find(ent.key) != std::string::npos) {
        ent.key = st.event_entity;
      }
    }
    if (!tc.found && r.expected_of_previous && previous != nullptr) {
      tc.when = out[previous_index].when;
      tc.found = true;
    }
    if (!tc.found && target && st.published && year_word() && year_end_words(v, cb, lm.first)) {
      // "projects year-end inflation of 38%": this year's.
      tc.when = engine::period::year(date::year_month_day{*st.published}.year());
      tc.found = true;
    }
    // ("to reach the 5 percent target in 2027" keeps its year.)
    if (standing && st.published && !(tc.lm != nullptr && tc.lm->first >= lm.last)) {
      tc = time_choice{};
      tc.when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
      tc.found = true;
    }
    if (tc.found && tc.lm != nullptr && !target && metric_key == "interest_rate") {
      // "Inflation slowed to 22.1% in October, and the central bank kept
      // its policy rate at 27%": the month is the other value's.
      bool other_value = tc.lm->first < cb || tc.lm->first >= ce;
      for (const auto& o : v.mentions) {
        if (&o != &lm && is_value_type(o.m->type) && tc.lm->last <= lm.first &&
            o.last <= tc.lm->first && tc.lm->first - o.last <= 2) {
          other_value = true;
        }
      }
      if (other_value) tc = time_choice{};
    }
    if (!tc.found && st.published &&
        (metric_key == "interest_rate" || metric_key == "reserves" || metric_key == "gold_reserves" ||
         metric_key == "exchange_rate")) {
      // "kept its policy rate at 13 percent": a rate stands as of now.
      tc.when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
      tc.found = true;
    }
    if (!tc.found) {
      const std::optional<engine::period> base = comparison_base(v, cb, ce, st.published);
      if (since && st.published) {
        tc.when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
        tc.found = true;
      } else if (target && st.carried_target && st.sentence_index - st.carried_target_at <= 2) {
        tc.when = *st.carried_target;
        tc.carried = true;
        tc.found = true;
      } else if (base && (!st.carried_period || st.sentence_index - st.carried_period_at > 3 ||
                          (st.carried_period->last - st.carried_period->first) !=
                              (base->last - base->first))) {
        // "an increase of 6.3% compared with January-October 2023": the
        // same months a year on.
        tc.when = *base;
        tc.found = true;
      } else if (st.carried_period && st.sentence_index - st.carried_period_at <= 3 &&
                 (target || !is_present(v, cb, ce)) &&
                 // ("Economists polled had expected growth of 6.5%": a
                 // past forecast of the period spoken of.)
                 !(target && tense >= 0 && st.published && st.carried_period->last < *st.published)) {
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
    } else if (tc.lm != nullptr && !is_lookback(tc.when, st.published) && !target &&
               !sentence_period &&
               !(tc.lm->first >= 1 && v.word(tc.lm->first - 1) == "of" && st.carried_period &&
                 tc.when.last < st.carried_period->first)) {
      // ("short of the record 39.9 million arrivals of 2019": an earlier
      // figure for comparison does not become the period spoken of.)
      sentence_period = tc.when;
    } else if (tc.lm != nullptr && target && st.published && tc.when.last > *st.published) {
      st.carried_target = tc.when;
      st.carried_target_at = st.sentence_index;
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

    // "The Netherlands remained the largest investor, with $7.5 billion":
    // the ranked country's flow with the article's country.
    if (const rank_value rv = rank_with(v, lex, lm.first, cb);
        !rv.metric.empty() && lex.metric_by_key(rv.metric) &&
        !(rv.owner.empty() ? st.profile.country : rv.owner).empty() &&
        rv.ranked != (rv.owner.empty() ? st.profile.country : rv.owner)) {
      const std::string owner = rv.owner.empty() ? st.profile.country : rv.owner;
      if (named_after) {
        // "India was the top source market with 11.9 million travellers":
        // the owner's travellers from the ranked country.
        ent.key = owner + ">" + rv.ranked;
        ranked_inflow = false;
      } else {
        metric_key = rv.metric;
        unlisted = false;
        ent.key = rv.pair ? pair_key(rv.ranked, owner)
                  : rv.inflow ? rv.ranked + ">" + owner
                              : owner + ">" + rv.ranked;
        ranked_inflow = rv.inflow && !rv.pair;
      }
    } else {
      ranked_inflow = false;
    }
    engine::fact f = base_fact(v, target ? fact_kind::target : r.kind, first, last);
    f.entity = ent.key;
    f.metric = metric_key;
    f.unlisted = unlisted;
    f.when = tc.when;
    f.value = mv.value;
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
      if (f.basis.empty()) f.basis = basis_words(v, 0, v.toks().size());
      if (f.basis.empty()) {
        for (const auto& t : v.mentions) {
          if (t.m->when && role_of(v, t) == time_role::since && t.first >= cb && t.first < ce) {
            f.basis = "since:" + std::to_string(year_of(t.m->when->first));
          }
        }
      }
      // A change over a year, half or quarter is year-on-year unless said
      // otherwise; over a month it may be either.
      if (f.basis.empty() && tc.lm != nullptr &&
          (tc.when.g == engine::grain::year || tc.when.g == engine::grain::half ||
           tc.when.g == engine::grain::quarter) &&
          !is_lookback(tc.when, st.published)) {
        f.basis = "yoy";
      }
    }
    if (r.kind == fact_kind::fold) {
      // N years of the span, or a "since" year.
      for (const auto& t : v.mentions) {
        const mention& tm = *t.m;
        if (t.first < cb || t.first >= ce) continue;
        if (tm.type == mention_type::period && tm.when && is_lookback(*tm.when, st.published)) {
          const int n = year_of(tm.when->last) - year_of(tm.when->first);
          if (n > 0) f.basis = "since:" + std::to_string(year_of(f.when.last) - n);
        } else if (tm.type == mention_type::duration && tm.value.unit == "year" &&
                   !std::isnan(tm.value.number)) {
          f.basis = "since:" + std::to_string(year_of(f.when.last) -
                                              static_cast<int>(std::lround(tm.value.number)));
        } else if (tm.when && role_of(v, t) == time_role::since) {
          f.basis = "since:" + std::to_string(year_of(tm.when->first));
        } else if (tm.when && t.first >= lm.last && t.first <= lm.last + 2 &&
                   role_of(v, t) == time_role::other && v.word(t.first - 1) == "the") {
          f.basis = "since:" + std::to_string(year_of(tm.when->first));  // "triple the 2020 figure"
        }
      }
      if (is_lookback(f.when, st.published)) {
        // "grown twofold over the past 20 years": the year the span ends.
        f.when = engine::period::year(date::year{year_of(f.when.last)});
      }
      if (f.basis.starts_with("since:")) {
        // The fold spans its years: 1991..2021 for "over the past 30 years,
        // reaching $25.2 billion in 2021" (the fold rule reads begin and end).
        const int from = std::atoi(f.basis.c_str() + 6);
        const int to = year_of(f.when.last);
        if (from > 0 && from < to) {
          f.when = engine::period::span(date::sys_days{date::year{from} / 1 / 1},
                                        date::sys_days{date::year{to} / 12 / 31},
                                        std::to_string(from) + ".." + std::to_string(to));
        }
      }
    }
    // "the population passed 20 million": above it, not about it.
    if (lm.first >= 1 && f.value.qual == engine::qualifier::exact && !std::isnan(m.value.number) &&
        f.kind != fact_kind::change) {
      const std::string_view w = v.word(lm.first - 1);
      if (w == "passed" || w == "surpassed" || w == "crossed" || w == "topped" || w == "breached") {
        f.value.value = engine::interval::above(m.value.number);
        f.value.qual = engine::qualifier::lower;
      }
    }
    // Hedge and negation in the clause before the value ("May" the month
    // is no hedge).
    const std::vector<std::uint8_t>& cue = cues(v);
    for (std::size_t i = cb; i < lm.first && i < cue.size(); ++i) {
      if ((cue[i] & cue_hedge) && !v.toks()[i].capital) f.hedged = true;
      if ((cue[i] & cue_negation) && lm.first - i <= 6) f.negated = true;
    }
    // "did not exceed 15 million tonnes", "not more than": a negated lower
    // bound stated in the mention is an upper bound, a plain claim.
    if (f.negated && f.value.qual == engine::qualifier::lower && m.amount_start > m.start &&
        std::isfinite(f.value.value.lo())) {
      f.value.value = engine::interval::at_most(f.value.value.lo());
      f.value.qual = engine::qualifier::upper;
      f.negated = false;
    }
    const bool record = (f.kind == fact_kind::level &&
                         (has_record_cue(v, cb, lm.first) ||
                          has_record_cue(v, lm.last, std::min(ce, lm.last + 14))));
    last_entity = f.entity;
    if (!f.unlisted && f.kind != fact_kind::share) {
      st.carried_metric = f.metric;
      st.carried_metric_at = st.sentence_index;
    }
    if (f.metric == "trade_deficit" || f.metric == "trade_surplus" || f.metric == "current_account" ||
        f.metric == "trade_balance" || f.metric == "budget_deficit") {
      st.balance_metric = f.metric;
      st.balance_at = st.sentence_index;
    }
    previous_index = out.size();
    previous_last = lm.last;
    previous_first = lm.first;
    previous_dir = f.kind == fact_kind::change ? r.direction : 0;
    previous_read_dir = f.kind == fact_kind::target && r.kind == fact_kind::change ? r.direction : 0;
    default_owner = f.entity;
    if (f.kind != fact_kind::share) {
      reused_hit = metric;
      reused_key = f.metric;
      reused_unlisted = f.unlisted;
    }
    last_metric = f.metric;
    if (record) {
      engine::fact rf = f;
      rf.kind = fact_kind::record;
      out.push_back(std::move(f));
      out.push_back(std::move(rf));
    } else {
      out.push_back(std::move(f));
    }
    previous = &out[previous_index];
  }
  // "rose from $3.5 billion in 2023 to $4.4 billion in 2024": the earlier
  // figure of the claim stated after it, at its own period.
  const std::size_t facts_after = out.size();
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
      f.when = *own->m->when;
      f.value = d->m->value;
      if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(d->m->start, d->m->end - d->m->start));
      out.push_back(std::move(f));
      break;
    }
  }
  assemble_events(v, lex, st, out);
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
    // "Key numbers for 2024:" before a list: the list's period.
    const auto& tk = v.toks();
    bool lead_in = !tk.empty() && tk.back().low == ":" && out.size() == facts_before;
    for (const auto& t : v.mentions) {
      const mention& m = *t.m;
      if ((m.type == mention_type::date || m.type == mention_type::period) && m.when &&
          !is_lookback(*m.when, st.published) && m.when->g != engine::grain::day &&
          role_of(v, t) == time_role::normal && !v.excluded(t.first) &&
          (t.first <= v.dateline_end + 1 || lead_in)) {
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
