// How the words around a value read it (see value_parts.hpp): the small
// word tests the value assemblers share, the head phrase of a subject, and
// whether a value is a level or a change and in which direction.
#include "grammar/claims/value_parts.hpp"

#include <algorithm>

#include "grammar/claims/values.hpp"
#include "grammar/claims/word_map.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

namespace detail {

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
  return last > first && v.excluded(first);
}

bool is_bilateral(std::string_view key) {
  if (key == "contract_value") return true;  // deals signed between two
  return key == "trade_volume" || key == "agricultural_trade" || key == "rail_freight" ||
         key == "freight" || key == "transit_freight" || key == "container_traffic" ||
         key == "freight_trains" || key == "flights" || key == "road_freight" ||
         key == "air_freight";
}

bool is_directional(std::string_view key) {
  return key == "exports" || key == "imports" || key == "investment" || key == "fdi" ||
         key.ends_with("_exports") || key == "remittances" || key == "aid" || key == "loans" ||
         key == "trade_surplus" || key == "trade_deficit" || key == "trade_balance" ||
         key == "tourists" ||
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

}  // namespace detail

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
  // "is expected to reach": the words of the verb group.
  auto verbish = [](std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "has" || w == "have" || w == "had" || w == "will" || w == "would" ||
           w == "could" || w == "may" || w == "might" || w == "can" || w == "expected" ||
           w == "set" || w == "likely" || w == "projected" || w == "due" || w == "to" ||
           w == "forecast" || w == "seen" || w == "also" || w == "further" || w == "should" ||
           w == "revised";
  };
  while (verb > cb && verbish(v.word(verb - 1))) --verb;
  // The noun phrase before the verb, back to punctuation, a number, a
  // mention or a conjunction.
  std::size_t np = verb;
  while (np > cb && verb - np < 8) {
    const token& t = v.toks()[np - 1];
    if (t.kind == token_kind::number || (t.kind == token_kind::punct && t.low != "-")) break;
    if (t.low == "while" || t.low == "whereas" || t.low == "but" || t.low == "and" ||
        t.low == "although" || t.low == "that" || t.low == "which") {
      break;
    }
    bool in_mention = false;
    std::size_t dated_from = 0;  // "Growth in the April-June quarter was": past the period
    for (const auto& o : v.mentions) {
      if (np - 1 >= o.first && np - 1 < o.last) {
        if ((o.m->type == mention_type::date || o.m->type == mention_type::period) && o.m->when &&
            o.first > cb + 1) {
          dated_from = o.first;
        } else {
          in_mention = true;
        }
      }
    }
    if (in_mention) break;
    if (dated_from != 0) {
      np = dated_from;
      continue;
    }
    --np;
  }
  if (np == verb && verb > cb + 1 && v.word(verb - 1) == "," && v.word(verb).ends_with("ing")) {
    // "Construction was the fastest-growing sector, expanding 17.6
    // percent": the subject of the clause, up to its verb.
    np = cb;
    verb = cb;
    while (verb + 1 < value_first && !verbish(v.word(verb)) && change_direction(v.word(verb)) == 0 &&
           !is_level_verb(v.word(verb)) && v.toks()[verb].kind == token_kind::word) {
      ++verb;
    }
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
    // ("End-October stocks climbed": the period's words name no metric.)
    bool dated = false;
    for (const auto& o : v.mentions) {
      if (ti >= o.first && ti < o.last && o.m->when &&
          (o.m->type == mention_type::date || o.m->type == mention_type::period)) {
        dated = true;
      }
    }
    if (dated || (w == "end" && v.word(ti + 1) == "-")) continue;
    // ("Finance minister Rachel Reeves said last month that ...": the
    // attribution's words name no metric.)
    if (v.excluded(ti)) continue;
    words.push_back(w);
  }
  // "the two sides aim to raise it to $80 billion": an agent's intent
  // names no metric.
  for (std::string_view w : words) {
    if (w == "aim" || w == "aims" || w == "plan" || w == "plans" || w == "seek" || w == "seeks" ||
        w == "intend" || w == "intends" || w == "want" || w == "wants" || w == "hope" ||
        w == "hopes" || w == "agreed" || w == "pledged" || w == "vowed") {
      return {};
    }
  }
  // "agriculture posted a decline of 3%": the noun before the verb.
  for (std::size_t k = 1; k < words.size(); ++k) {
    const std::string_view w = words[k];
    // ("domestic traffic was broadly flat at 2.2 million": the subject
    // before the copula.)
    if (w == "was" || w == "were" || w == "is" || w == "are" || w == "remained" ||
        w == "posted" || w == "recorded" || w == "registered" || w == "saw" || w == "showed" ||
        w == "logged" || w == "booked" || w == "reported" || w == "suffered" || w == "experienced") {
      words.resize(k);
      break;
    }
  }
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += '_';
    out += w;
  }
  if (out.size() < 3) return {};
  return out;
}
namespace detail {

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
  std::size_t dir_at = 0;
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
      // "made up the largest group" is no rise.
      if (w == "up" && i > cb &&
          (v.word(i - 1) == "made" || v.word(i - 1) == "make" || v.word(i - 1) == "makes" ||
           v.word(i - 1) == "set" || v.word(i - 1) == "picked" || v.word(i - 1) == "signed" ||
           v.word(i - 1) == "stepped" || v.word(i - 1) == "ended" || v.word(i - 1) == "drawn")) {
        continue;
      }
      dir = d;
      dir_at = i;
      break;
    }
    if (is_level_verb(w) && w != "at") {
      level_verb = true;
      break;
    }
  }
  // "which is 3.1 billion dollars, or 6.9 percent, more than in 2023":
  // the change in both.
  if (v.word(lm.last) == "or" || (v.word(lm.last) == "," && v.word(lm.last + 1) == "or")) {
    const std::size_t at = v.word(lm.last) == "or" ? lm.last + 1 : lm.last + 2;
    for (const auto& o : v.mentions) {
      if (o.first != at || !is_value_type(o.m->type)) continue;
      const std::size_t k = v.word(o.last) == "," ? o.last + 1 : o.last;
      const std::string_view c = v.word(k);
      if ((c == "more" || c == "less" || c == "higher" || c == "lower") &&
          (v.word(k + 1) == "than" || v.word(k + 1) == "compared")) {
        r.kind = fact_kind::change;
        r.direction = change_direction(c);
        return r;
      }
    }
  }
  if (pct && !share_word && dir == 0) {
    // "Tourism's share of GDP stood at 3.2%": the share named before the
    // verb.
    for (std::size_t i = lm.first; i-- > cb && lm.first - i <= 8;) {
      if (v.word(i) == "share" && v.word(i + 1) == "of") share_word = true;
    }
  }
  // After the value: "15 percent higher", "a 5% increase", "21% of".
  bool of_after = false;
  bool dir_after = false;  // "1.7 mln more than in 2023"
  for (std::size_t i = lm.last; i < ce && i < lm.last + 3; ++i) {
    const std::string_view w = v.word(i);
    if (i == lm.last && w == "of") of_after = true;
    if (const int d = change_direction(w); d != 0 && dir == 0 && !to_prep && w != "up") {
      if ((w == "more" || w == "less") && v.word(i + 1) == "expensive") {
        dir = d;  // "became 9.8 percent more expensive"
      } else if (w == "more" || w == "less") {
        if (v.word(i + 1) == "than" || v.word(i + 1) == "compared") {
          dir = d;
          dir_after = i <= lm.last + 1;
        }
      } else {
        dir = d;
      }
    }
    if (w == "share") share_word = true;
  }
  // "Exports made up 2.2 billion dollars": the "up" the mention read is
  // no rise.
  if (m.direction != 0 && dir == 0 && !to_prep && !share_word) {
    dir = m.direction;
    dir_at = lm.first;
  }
  if (pct && lm.first >= 2 && v.word(lm.first - 1) == "of") {
    // "compared with a forecast of 2.6%", "expectations of 3.6%".
    const std::string_view w = v.word(lm.first - 2);
    if (w == "forecast" || w == "forecasts" || w == "estimate" || w == "estimates" ||
        w == "expectation" || w == "expectations" || w == "consensus" || w == "projection" ||
        w == "target" || w == "goal") {
      r.kind = fact_kind::level;
      r.expected_of_previous = lm.first >= 5 && (v.word(lm.first - 4) == "with" ||
                                                 v.word(lm.first - 4) == "than" ||
                                                 v.word(lm.first - 4) == "against" ||
                                                 v.word(lm.first - 4) == "versus");
      return r;
    }
  }
  if (pct) {
    // ("public debt rose to 50% of GDP": a share reached.)
    if (share_word || (of_after && (dir == 0 || to_prep) && !metric_is_percent)) {
      r.kind = fact_kind::share;
    } else if (dir != 0 && !to_prep && !(metric_is_percent && m.value.unit == "%" && !by_prep)) {
      r.kind = fact_kind::change;
      r.direction = dir;
    } else if (metric_is_percent) {
      r.kind = fact_kind::level;
    } else if (!m.basis.empty() || !basis_words(v, lm.last, std::min(ce, lm.last + 6)).empty() ||
               (lm.first >= 1 && v.word(lm.first - 1) == "annualised") ||
               (lm.first >= 1 && v.word(lm.first - 1) == "annualized")) {
      r.kind = fact_kind::change;
      // ("was revised down to an annualised 2.2%": the rate itself)
      r.direction = dir != 0 && !to_prep ? dir : 1;
    } else if (dir != 0 && by_prep) {
      r.kind = fact_kind::change;
      r.direction = dir;
    } else {
      r.skip = true;
    }
    return r;
  }
  // An amount is a change when "by" says so or the change word is right
  // before it ("an increase of $2 billion", "fell $3 billion").
  if (dir != 0 && !to_prep && (dir_after || (!level_verb && (by_prep || lm.first - dir_at <= 3)))) {
    r.kind = fact_kind::change;
    r.direction = dir;
  }
  return r;
}

}  // namespace detail

}  // namespace claimcheck::grammar::claims
