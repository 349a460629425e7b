// The period of a value's claim and the fact itself (steps of
// value_assembler, see value_assembler.hpp): target or forecast, the
// period stated, carried or implied, the claim's words, a rank's flow, and
// the fact with its basis, bounds, hedge, negation and record.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>

#include "grammar/claims/phrases.hpp"
#include "grammar/claims/value_assembler.hpp"
#include "grammar/claims/value_parts.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

// Target or forecast, and the period of the claim. False when it has none.
bool value_assembler::choose_period(const located_mention& lm) {
  // Target or forecast: a cue in the clause, or a "by 2030" period.
  // ("grew 2.9% in 2023 and is expected to expand 3%": a past verb
  // before the value keeps a later forecast's cue off it.)
  tense = tense_of(v, cb, ce);
  if (tense > 0) {
    if (const int before = tense_of(v, cb, lm.first); before < 0) tense = before;
  }
  // ("1.78 million bpd assumed in this year's budget", "the 79 billion
  // riyals it had budgeted": a plan; "the ECB's 2% target": a standing goal.)
  const std::string_view next = v.word(lm.last);
  standing = pct && (next == "target" || next == "goal");
  const std::size_t k = (next == "it" || next == "they") ? (v.word(lm.last + 1) == "had" ? 2 : 1) : 0;
  const std::string_view planned = v.word(lm.last + k);
  target = has_target_cue(v, cb, lm.first) || tense > 0 || planned == "assumed" ||
           planned == "envisaged" || planned == "budgeted" || planned == "planned" ||
           (k > 0 && (planned == "projected" || planned == "forecast")) || standing;
  tc = pick_time(v, lm, cb, ce, true, r.kind == fact_kind::fold, st.published);
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
  if (previous != nullptr && r.kind == fact_kind::change &&
      out[previous_index].kind == fact_kind::level && lm.first >= 2 &&
      (v.word(lm.first - 1) == "a" || v.word(lm.first - 1) == "an") &&
      v.word(lm.first - 2) == "," && previous_last + 2 >= lm.first && !target) {
    // "transported 56.8 million passengers, a 7.2% increase, and posted
    // second-quarter revenue": the change of the level just stated, in its
    // period (not the next clause's).
    tc = time_choice{};
    tc.found = true;
    tc.when = out[previous_index].when;
  }
  stated_period(lm);
  const bool since = since_words(lm);
  implied_period(lm);
  return settle_period(since);
}

// The period stated, read closer: the span of "in the four weeks to June
// 16", the fiscal year "that ended in March", a fold's end, a year's end.
void value_assembler::stated_period(const located_mention& lm) {
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
  news_span();
}

// A "since" period in the clause ("has held its key rate at 6.25% since
// mid-August"); a later period after it is another claim's.
bool value_assembler::since_words(const located_mention& lm) {
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
  return since;
}

// Periods the words imply: "for the full year", "in the year", the event
// day of turnout and seats, the value before's, "year-end", a rate's now.
void value_assembler::implied_period(const located_mention& lm) {
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
  news_now(lm);
  if (!tc.found && st.published &&
      (metric_key == "interest_rate" || metric_key == "reserves" || metric_key == "gold_reserves" ||
       metric_key == "exchange_rate")) {
    // "kept its policy rate at 13 percent": a rate stands as of now.
    tc.when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
    tc.found = true;
  }
}

// No period found: now, a carried target, the comparison's base, the
// period carried from the sentences before, or the day of publication;
// else the first period of the sentence is carried on. False when there is
// none at all (no claim).
bool value_assembler::settle_period(bool since) {
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
               // ("Economists polled had expected growth of 6.5%": a past
               // forecast of the period spoken of.)
               !(target && tense >= 0 && st.published && st.carried_period->last < *st.published)) {
      tc.when = *st.carried_period;
      tc.carried = true;
      tc.found = true;
      st.carried_period_at = st.sentence_index;  // a chain of sentences
    } else if (st.published) {
      tc.when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
      tc.found = true;
    } else {
      return false;
    }
  } else if (tc.lm != nullptr && !is_lookback(tc.when, st.published) && !target &&
             !sentence_period) {
    // ("short of the record 39.9 million arrivals of 2019": an earlier
    // figure for comparison does not become the period spoken of.)
    if (!(tc.lm->first >= 1 && v.word(tc.lm->first - 1) == "of" && st.carried_period &&
          tc.when.last < st.carried_period->first)) {
      sentence_period = tc.when;
    }
  } else if (tc.lm != nullptr && target && st.published && tc.when.last > *st.published) {
    st.carried_target = tc.when;
    st.carried_target_at = st.sentence_index;
  }
  return true;
}

// The claim's words: the value, its metric, entity and period in the clause.
std::pair<std::size_t, std::size_t> value_assembler::claim_span(const located_mention& lm) const {
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
  return {first, last};
}

// "The Netherlands remained the largest investor, with $7.5 billion": the
// ranked country's flow with the article's country.
void value_assembler::rank_flow(const located_mention& lm) {
  // "The Netherlands remained the largest investor, with $7.5 billion":
  // the ranked country's flow with the article's country.
  if (const rank_value rv = rank_with(v, lex, lm.first, cb);
      !rv.metric.empty() && lex.metric_by_key(rv.metric) &&
      !(rv.owner.empty() ? st.profile.country : rv.owner).empty() &&
      rv.ranked != (rv.owner.empty() ? st.profile.country : rv.owner)) {
    const std::string owner = rv.owner.empty() ? st.profile.country : rv.owner;
    bool source = false;  // "Saudi Arabia was the largest source with $766 million"
    for (std::size_t i = cb; i < lm.first; ++i) source = source || v.word(i) == "source";
    if (!named_after && source && rv.metric == "exports" &&
        (st.carried_metric == "remittances" || st.carried_metric == "tourists" ||
         st.carried_metric == "passengers" || st.carried_metric == "fdi")) {
      // ... of the remittances or visitors spoken of.
      metric_key = st.carried_metric;
      unlisted = false;
      ent.key = owner + ">" + rv.ranked;
      ranked_inflow = false;
    } else if (named_after) {
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
}

// The fact of the value, in steps.
void value_assembler::emit(const located_mention& lm, const mention& m, const mention& mv,
                           std::size_t first, std::size_t last) {
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
  change_basis(f, m);
  fold_basis(f, lm);
  bounds_and_cues(f, lm, m);
  push_value(f, lm);
}

// A change's basis: stated ("year-on-year"), a "since" year, or yoy for a
// change over a year, half or quarter.
void value_assembler::change_basis(engine::fact& f, const mention& m) {
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
}

// A fold's basis and span: N years of the span, or a "since" year.
void value_assembler::fold_basis(engine::fact& f, const located_mention& lm) {
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
}

// Bounds the words set ("passed 20 million"), hedge and negation.
void value_assembler::bounds_and_cues(engine::fact& f, const located_mention& lm, const mention& m) {
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
}

// The fact out, with a record fact beside it when stated as one, and the
// state the next values of the sentence read.
void value_assembler::push_value(engine::fact& f, const located_mention& lm) {
  // ("eased to 67.1% from a record high of 67.2%": the record is the
  // earlier value's.)
  std::size_t after = std::min(ce, lm.last + 14);
  for (std::size_t i = lm.last; i < after; ++i) {
    const std::string_view w = v.word(i);
    if (w != "from" && w != "than" && w != "against") continue;
    for (const auto& o : v.mentions) {
      if (is_value_type(o.m->type) && o.first > i && o.first <= i + 6) after = i;
    }
  }
  const bool record = (f.kind == fact_kind::level &&
                       (has_record_cue(v, cb, lm.first) || has_record_cue(v, lm.last, after)));
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
  // "80 million tonnes in 2025 and 2026": the same value for both periods
  // (not "3% and 4% in 2024 and 2025, respectively").
  std::optional<engine::period> also;
  if (tc.lm != nullptr && !tc.carried && v.word(tc.lm->last) == "and") {
    for (const auto& o : v.mentions) {
      if (o.first == tc.lm->last + 1 && o.m->when && o.m->when->g == f.when.g &&
          (o.m->type == mention_type::date || o.m->type == mention_type::period) &&
          v.word(o.last) != "respectively" && v.word(o.last + 1) != "respectively" &&
          !o.m->when->overlaps(f.when)) {
        also = *o.m->when;
      }
    }
  }
  if (also) {
    engine::fact second = f;
    second.when = *also;
    out.push_back(std::move(f));
    out.push_back(std::move(second));
  } else if (record) {
    engine::fact rf = f;
    rf.kind = fact_kind::record;
    out.push_back(std::move(f));
    out.push_back(std::move(rf));
  } else {
    out.push_back(std::move(f));
  }
  previous = &out[previous_index];
}

}  // namespace claimcheck::grammar::claims
