// Steps of the value assembler (value_assembler.hpp) for the styles of real
// news that the first gold set lacked (tests/data/gold/063-086): a claim
// restated ("..., or 30.6% of the total", "the 0.8% median forecast", "the
// initial estimate of 0.2%"), revisions and monthly readings "from" an
// earlier figure, a forecast's second period, growth as a rate, signed
// table cells, a named enterprise's revenue, the output or inflow spoken
// of, spans to a month, the year to date, a month's end, standing targets
// and a rate dated by another value's phrase.
#include <cmath>

#include "grammar/claims/phrases.hpp"
#include "grammar/claims/value_assembler.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

bool value_assembler::restated_value(const located_mention& lm, const mention& m,
                                     const mention& mv) {
  if (previous == nullptr) return true;
  if (lm.first >= 2 && v.word(lm.first - 1) == "or" && v.word(lm.first - 2) == "," &&
      out[previous_index].value.unit != mv.value.unit) {
    // "with $9.6 billion, or 30.6% of the total": the share of the claim
    // before; "a deficit of 0.1% of GDP, or 137 billion roubles": its
    // amount.
    engine::fact f = out[previous_index];
    const bool total = v.word(lm.last) == "of" &&
                       (v.word(lm.last + 1) == "total" ||
                        (v.word(lm.last + 1) == "the" && v.word(lm.last + 2) == "total"));
    bool ok = false;
    if (pct && total && f.kind == fact_kind::level) {
      f.kind = fact_kind::share;
      ok = true;
    } else if (!pct && f.kind == fact_kind::share && f.metric.ends_with(":gdp")) {
      f.kind = fact_kind::level;
      f.metric = f.metric.substr(0, f.metric.find(':'));
      f.unlisted = !lex.metric_by_key(f.metric).has_value();
      ok = true;
    }
    if (ok) {
      f.source = base_fact(v, f.kind, lm.first, lm.last).source;
      f.value = mv.value;
      if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
      out.push_back(std::move(f));
      return false;
    }
  }
  if (mv.value.unit == out[previous_index].value.unit) {
    // "above the 0.8% median forecast of economists": the forecast of the
    // claim before; "compared with the initial estimate of 0.2%",
    // "against 0.9% in the first estimate": an earlier estimate of it.
    if (const int e = estimate_of_previous(v, lm); e != 0) {
      engine::fact f = out[previous_index];
      if (e == 1) f.kind = fact_kind::target;
      f.source = base_fact(v, f.kind, lm.first, lm.last).source;
      f.value = m.value;
      if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
      if (f.kind == fact_kind::change && out[previous_index].value.value.hi() < 0 &&
          m.value.value.lo() >= 0) {
        f.value.value = -f.value.value;
      }
      out.push_back(std::move(f));
      return false;
    }
  }
  return true;
}

bool value_assembler::earlier_estimate(const located_mention& lm, const mention& m,
                                       const mention& mv, engine::fact f) {
  if ((f.kind != fact_kind::level && f.kind != fact_kind::change) || f.value.unit != mv.value.unit) {
    return true;
  }
  // "was revised down to 2.2% from 2.9%": the earlier estimate of the same
  // period.
  bool revised = false;
  for (std::size_t i = cb; i < lm.first && !revised; ++i) {
    revised = v.word(i) == "revised" || v.word(i) == "revision";
  }
  if (!revised) {
    // "services inflation eased to 3.9% from 4.0%": a monthly rate's
    // reading of the month before.
    if (f.kind != fact_kind::level || mv.value.unit != "%" || f.when.g != engine::grain::month ||
        v.word(lm.first - 1) != "from") {
      return true;
    }
    const auto shifted = shift_back(f.when, 1);
    if (!shifted) return true;
    f.when = *shifted;
  }
  f.source = base_fact(v, f.kind, lm.first, lm.last).source;
  f.value = m.value;
  if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
  out.push_back(std::move(f));
  return false;
}

void value_assembler::reread(const located_mention& lm, const mention& m, const mention& mv) {
  if (!r.skip || !pct) return;
  if (previous != nullptr && previous_read_dir != 0 &&
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
    if (joined && !other) {
      r = value_reading{fact_kind::change, previous_read_dir, false};
      return;
    }
  }
  if (metric == nullptr && lex.metric_by_key("gdp_growth") && head_phrase(v, cb, lm.first) == "growth") {
    // "Growth in the April-June quarter was 2.2%": the growth rate.
    r = value_reading{fact_kind::level, 0, false};
    return;
  }
  if (previous != nullptr && m.start < v.text.size() &&
      (v.text[m.start] == '+' || v.text[m.start] == '-' ||
       v.text.substr(m.start, 3) == "\xE2\x88\x92")) {
    // "| Exports | $284.31 billion | +2.17% |", "$284 billion (+2.2%)": a
    // signed percentage beside a level is its change.
    bool cell = true;
    for (std::size_t i = previous_last; i < lm.first && cell; ++i) {
      const std::string_view w = v.word(i);
      cell = w == "|" || w == "," || w == "(" || w == ";";
    }
    if (cell) r = value_reading{fact_kind::change, 1, false};
  }
}

void value_assembler::news_metric() {
  if (metric_key == "inflation" && metric != nullptr && metric->first >= 1 &&
      v.word(metric->first - 1) == "monthly" && pct) {
    // "Argentina's monthly inflation rate slowed to 2.7%": the month's rise
    // of consumer prices, as "month-on-month, consumer prices rose".
    metric_key = "cpi";
    if (r.kind == fact_kind::level) r = value_reading{fact_kind::change, 1, false};
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
  if (metric_key == "employment" && metric != nullptr && metric->first >= 3 &&
      v.word(metric->first - 2) == "-" && v.word(metric->first - 1) == "time" &&
      (v.word(metric->first - 3) == "full" || v.word(metric->first - 3) == "part")) {
    // "Full-time jobs increased by 9,700 and part-time jobs by 6,200".
    metric_key = std::string(v.word(metric->first - 3)) + "_time_jobs";
    unlisted = !lex.metric_by_key(metric_key).has_value();
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
  } else if (unlisted && (metric_key == "inflows" || metric_key == "outflows" || metric_key == "inflow") &&
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
}

void value_assembler::news_span() {
  if (tc.lm == nullptr) return;
  if (tc.when.g == engine::grain::month && tc.lm->first >= 2) {
    // "in the 12 months to October", "in the year to March": the span that
    // ends with that month.
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
  if (target) return;
  if (st.published && tc.when.last == *st.published &&
      tc.when.first == date::sys_days{date::year_month_day{*st.published}.year() / 1 / 1} &&
      st.carried_period && st.sentence_index - st.carried_period_at <= 3 &&
      st.carried_period->first >= tc.when.first && st.carried_period->last < tc.when.last) {
    // "the year to date", "so far this year" after "In January-October" or
    // "in October": the months the release covers, not the days to
    // publication.
    tc.when = engine::period::span(tc.when.first, st.carried_period->last,
                                   std::string(v.text.substr(tc.lm->m->start,
                                                             tc.lm->m->end - tc.lm->m->start)));
  }
  if (tc.when.g != engine::grain::month) {
    // "97.5% of GDP at the end of October": a level as of a month's end is
    // that month's figure.
    std::string_view t = v.text.substr(tc.lm->m->start, tc.lm->m->end - tc.lm->m->start);
    if (t.starts_with("the ") || t.starts_with("The ")) t.remove_prefix(4);
    const date::year_month_day a{tc.when.first};
    const date::year_month_day b{tc.when.last};
    if (t.starts_with("end of ") && a.year() == b.year() && a.month() == b.month() &&
        b.day() == date::year_month_day_last{b.year(), date::month_day_last{b.month()}}.day()) {
      tc.when = engine::period::month(a.year(), a.month(), std::string(t));
    }
  }
}

void value_assembler::news_now(const located_mention& lm) {
  // ("to reach the 5 percent target in 2027" keeps its year.)
  if (standing && st.published && !(tc.lm != nullptr && tc.lm->first >= lm.last)) {
    tc = time_choice{};
    tc.when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
    tc.found = true;
  }
  if (tc.found && tc.lm != nullptr && !target && metric_key == "interest_rate") {
    // "Inflation slowed to 22.1% in October, and the central bank kept its
    // policy rate at 27%": the month is the other value's.
    bool other_value = tc.lm->first < cb || tc.lm->first >= ce;
    for (const auto& o : v.mentions) {
      if (&o != &lm && is_value_type(o.m->type) && tc.lm->last <= lm.first &&
          o.last <= tc.lm->first && tc.lm->first - o.last <= 2) {
        other_value = true;
      }
    }
    if (other_value) tc = time_choice{};
  }
}

}  // namespace claimcheck::grammar::claims
