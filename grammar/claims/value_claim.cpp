// The metric and the entity of a value that states a claim of its own
// (steps of value_assembler, see value_assembler.hpp): the lexicon's metric
// or the head phrase of the subject, a gapped conjunct's own words, the
// flow of "sales to Japan", and the entity the value is about.
#include <algorithm>
#include <cmath>

#include "grammar/claims/phrases.hpp"
#include "grammar/claims/value_assembler.hpp"
#include "grammar/claims/value_parts.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

// The metric key: the lexicon's, the value's before, the clause's head
// phrase. False when the value has none (no claim).
bool value_assembler::choose_metric(const located_mention& lm, const mention& m,
                                    const mention& mv) {
  mp = pick_metric(v, lex, lm, cb, ce, vk);
  if (previous != nullptr && mp.h != nullptr && pct && mp.h->last <= previous_first &&
      lex.metric(mp.h->id).key != out[previous_index].metric &&
      (reused_hit == nullptr || reused_hit->last <= previous_first) &&
      lex.metric_by_key(out[previous_index].metric)) {
    // "The trains carried 13 million tonnes of goods (freight), up 9.5
    // percent": the value before named the metric.
    mp.h = nullptr;
    reused_from_previous = true;
  }
  metric = mp.h;
  if (metric != nullptr && metric->last == metric->first + 1 &&
      (v.word(metric->first) == "deficit" || v.word(metric->first) == "surplus") &&
      !st.balance_metric.empty() && st.sentence_index - st.balance_at <= 4) {
    family_key = st.balance_metric;
  }
  const bool metric_pct = metric != nullptr && lex.metric(metric->id).unit == unit_kind::percent;
  r = read_value(v, lm, cb, ce, metric_pct);
  if (mp_m == &frac && !points) r = value_reading{fact_kind::share, 0, false};
  if (previous != nullptr && previous_dir != 0 && r.kind != fact_kind::share &&
      out[previous_index].kind == fact_kind::change &&
      out[previous_index].value.unit == mv.value.unit) {
    gap = gapped_start(v, previous_last, lm.first);
    // "Construction rose 9.4 percent and agriculture 9.1 percent": the
    // verb of the value before is understood.
    if (gap != std::string_view::npos) r = value_reading{fact_kind::change, previous_dir, false};
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
  reread(lm, m, mv);
  if (r.skip) return false;
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
  named_after = metric != nullptr && metric->first >= lm.first;
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
             (v.word(cb) == "that" || v.word(cb) == "this" || v.word(cb) == "it" ||
              // "The figure was 6.4% higher than in August 2023"
              ((v.word(cb) == "the" || v.word(cb) == "this") &&
               (v.word(cb + 1) == "figure" || v.word(cb + 1) == "number" ||
                v.word(cb + 1) == "total" || v.word(cb + 1) == "amount") &&
               (v.word(cb + 2) == "was" || v.word(cb + 2) == "is" ||
                v.word(cb + 2) == "represents" || v.word(cb + 2) == "represented")))) {
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
    if (m.type == mention_type::number && !number_of_words(v, cb, lm.first)) return false;
    metric_key = head_phrase(v, cb, lm.first);
    if (metric_key.empty() && gap == std::string_view::npos) return false;  // (a gap names its own)
    unlisted = true;
  }
  return true;
}

// A gapped conjunct names its own metric; commodities, "non-", and the
// international or domestic part.
void value_assembler::gapped_metric(const located_mention& lm) {
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
  if (metric != nullptr && metric_key.starts_with("oil_") && metric->first >= 1) {
    // "palm oil production" is not crude oil's.
    if (const std::string_view c = commodity(v.word(metric->first - 1)); c.ends_with("_oil")) {
      metric_key = std::string(c) + metric_key.substr(3);
      unlisted = !lex.metric_by_key(metric_key).has_value();
    }
  }
  news_metric();
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
}

// "sales to Japan", "Russian deliveries to China": the exports spoken of.
void value_assembler::flow_words(const located_mention& lm) {
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
}

// "the government", "the country", "the ministry": the story's country
// (one pass over the sentence, when first asked).
bool value_assembler::home_words() {
  if (home_seen < 0) {
    home_seen = 0;
    for (std::size_t i = 0; i + 1 < v.toks().size(); ++i) {
      const std::string_view w = v.word(i + 1);
      if (v.word(i) == "the" && (w == "government" || w == "country" || w == "cabinet" ||
                                 w == "ministry" || w == "parliament")) {
        home_seen = 1;
      }
    }
  }
  return home_seen == 1;
}

// The entity of the claim. False when there is none (no claim).
bool value_assembler::choose_entity_of(const located_mention& lm) {
  if (r.kind == fact_kind::share) {
    ent = share_entity(v, lex, lm, cb, ce, default_owner);
    metric_key = share_metric(v, lex, lm, cb, metric_key, ent.found);
    if (previous != nullptr && metric_key.find(':') == std::string::npos &&
        out[previous_index].metric.size() > metric_key.size() + 1 &&
        out[previous_index].metric.ends_with("_" + metric_key)) {
      // "copper exports reached $50.7 billion, about half of the
      // country's total exports": copper's share of all exports.
      const std::string& pm = out[previous_index].metric;
      metric_key = pm.substr(0, pm.size() - metric_key.size() - 1) + ":" + metric_key;
    }
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
  if ((metric_key == "investment" || metric_key == "fdi") && ent.found && ent.key.size() == 3 &&
      !st.profile.country.empty() && ent.key != st.profile.country) {
    // "Korean companies invested $650 million" in a story about
    // Uzbekistan: the investor's money in the story's country (KOR>UZB).
    for (const hit& h : v.hits) {
      if (h.first == ent.first && h.cat == category::country_adj && metric != nullptr &&
          metric->first >= h.last && metric->first <= h.last + 1) {
        ent.key = ent.key + ">" + st.profile.country;
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
  region_entity(lm);
  if (ent.found && is_bilateral(metric_key) && ent.key.find_first_of("+>") == std::string::npos &&
      !st.carried_entity.empty() && st.sentence_index - st.carried_entity_at <= 2) {
    // "Trade between China and Central Asia ... Kazakhstan accounted for
    // $31.2 billion": the member's part of that trade.
    if (std::string part = member_pair(st, st.carried_entity, ent.key); !part.empty()) {
      ent.key = std::move(part);
    }
  }
  if (!ent.found && !default_entity(lm)) return false;
  if (ent.found && previous != nullptr && is_directional(metric_key) &&
      ent.key.find_first_of("+>") == std::string::npos &&
      out[previous_index].entity.starts_with(ent.key + ">") &&
      (metric_key == "imports" || metric_key == "exports")) {
    // "Exports to the region stood at X, while imports reached Y": the
    // same partner.
    ent.key = out[previous_index].entity;
  }
  return true;
}

// "Trade among the five countries", "exports from the five countries to
// Turkey": the region the article named.
void value_assembler::region_entity(const located_mention& lm) {
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
        if (h.first >= cb && h.last <= at && is_entity(h, lex) && entity_key_view(h, lex) == owner) {
          named = true;
        }
      }
      if (!named && owner != st.profile.region) ent.key = st.profile.region + ent.key.substr(gt);
    }
  }
}

// No entity named: the story's country for "the government", the entity
// carried from the sentences before, the article's pair or country. False
// when there is none (no claim).
bool value_assembler::default_entity(const located_mention& lm) {
  if (home_words() && !st.profile.country.empty()) {
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
    return false;
  }
  ent.found = true;
  ent.first = lm.first;
  ent.last = lm.last;
  return true;
}

}  // namespace claimcheck::grammar::claims
