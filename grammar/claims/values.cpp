// Values of a sentence (see values.hpp): each money, percent, quantity,
// count and fold mention becomes a level, change, fold, share or target
// fact, with a record fact beside a level stated as a record.
#include "grammar/claims/values.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>

#include "grammar/claims/word_map.hpp"

#include "grammar/claims/phrases.hpp"

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
  // "is expected to reach": the words of the verb group.
  auto verbish = [](std::string_view w) {
    return w == "is" || w == "are" || w == "was" || w == "were" || w == "be" || w == "been" ||
           w == "has" || w == "have" || w == "had" || w == "will" || w == "would" ||
           w == "could" || w == "may" || w == "might" || w == "can" || w == "expected" ||
           w == "set" || w == "likely" || w == "projected" || w == "due" || w == "to" ||
           w == "forecast" || w == "seen" || w == "also" || w == "further" || w == "should";
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
    for (const auto& o : v.mentions) {
      if (np - 1 >= o.first && np - 1 < o.last) in_mention = true;
    }
    if (in_mention) break;
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
    words.push_back(w);
  }
  // "agriculture posted a decline of 3%": the noun before the verb.
  for (std::size_t k = 1; k < words.size(); ++k) {
    const std::string_view w = words[k];
    if (w == "posted" || w == "recorded" || w == "registered" || w == "saw" || w == "showed" ||
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

namespace {

struct value_reading {
  fact_kind kind = fact_kind::level;
  int direction = 0;
  bool skip = false;
  // "rose 2.88%, compared with a forecast of 2.6%": the forecast of the
  // value before, for its period.
  bool expected_of_previous = false;
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
  // An amount is a change when "by" says so or the change word is right
  // before it ("an increase of $2 billion", "fell $3 billion").
  if (dir != 0 && !to_prep && (dir_after || (!level_verb && (by_prep || lm.first - dir_at <= 3)))) {
    r.kind = fact_kind::change;
    r.direction = dir;
  }
  return r;
}

}  // namespace

namespace {

// 0x80 in every byte of x that is c, 0 in the others.
std::uint64_t bytes_equal(std::uint64_t x, char c) {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t v = x ^ (ones * static_cast<unsigned char>(c));
  return ~(((v & low7) + low7) | v | low7);
}

// s has no newline, no two spaces in a row and no space at either end.
bool collapsed_already(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ') return false;
  std::size_t i = 0;
  // Eight bytes at a time, overlapping by one so that a pair across two
  // loads is seen.
  for (; i + 8 <= s.size(); i += 7) {
    std::uint64_t x = 0;
    std::memcpy(&x, s.data() + i, 8);
    const std::uint64_t sp = bytes_equal(x, ' ');
    if ((bytes_equal(x, '\n') | (sp & (sp >> 8))) != 0) return false;
  }
  for (; i < s.size(); ++i) {
    if (s[i] == '\n' || (s[i] == ' ' && i + 1 < s.size() && s[i + 1] == ' ')) return false;
  }
  return true;
}

}  // namespace

std::string collapse_spaces(std::string_view s) {
  // Most sentences have nothing to collapse: one pass to tell, one copy.
  if (collapsed_already(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  const std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    if (s[i] == ' ' || s[i] == '\n') {
      space = true;
      ++i;
      continue;
    }
    // A run of other bytes, appended at once.
    std::size_t j = i + 1;
    while (j < n && s[j] != ' ' && s[j] != '\n') ++j;
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(s.data() + i, j - i);
    i = j;
  }
  return out;
}

bool is_lookback(const engine::period& p, std::optional<date::sys_days> published) {
  if (p.g != engine::grain::span) return false;
  if (!published) return true;
  return p.last + date::days{1} >= *published && p.first + date::days{400} < *published;
}

namespace {

time_role role_uncached(const sentence_view& v, const located_mention& lm) {
  const std::string_view text = v.text.substr(lm.m->start, lm.m->end - lm.m->start);
  if (text.find("anniversar") != std::string_view::npos) return time_role::anniversary;
  // "from a year earlier", "than two years ago": the base of a comparison.
  if (text.find("earlier") != std::string_view::npos || text.find(" ago") != std::string_view::npos) {
    return time_role::other;
  }
  const std::string_view w = lm.first > 0 ? v.word(lm.first - 1) : std::string_view{};
  const std::string_view first = v.word(lm.first);
  // "reached 87.7 mln tonnes (2023: 90.0 mln tonnes)": the bracket's own.
  if (w == "(" && v.word(lm.last) == ":") return time_role::other;
  // "nearly double the 2020 figure": the base of a comparison.
  if (w == "the") {
    const std::string_view next = v.word(lm.last);
    if (next == "figure" || next == "figures" || next == "level" || next == "levels") {
      return time_role::other;
    }
  }
  // "expects inflation to fall to 22.3 percent": the verb, not the season.
  if ((text == "fall" || text == "spring") &&
      (w == "to" || w == "will" || w == "could" || w == "may" || w == "would" || w == "might" ||
       w == "not" || w == "did" || w == "further" || w == "also")) {
    return time_role::other;
  }
  if (w == "since" || first == "since") return time_role::since;
  if (w == "by" || w == "until" || w == "till" || first == "by" || first == "until") return time_role::by;
  // ("from 2021-2023" is a span; "from the previous four-week period" a base)
  if ((w == "from" || (w == "the" && lm.first >= 2 && v.word(lm.first - 2) == "from")) &&
      text.find(" to ") == std::string_view::npos &&
      (text.find('-') == std::string_view::npos ||
       text.find_first_of("0123456789") == std::string_view::npos)) {
    return time_role::other;  // "up 20 percent from 2021": the base
  }
  if (w == "founded" || w == "established" || w == "created" || w == "built" ||
      w == "began" || w == "begun" || w == "started" || w == "opened" || w == "formed") {
    return time_role::other;  // "founded in 2001" is not the value's period
  }
  if ((w == "in" || w == "on") && lm.first >= 2) {
    const std::string_view w2 = v.word(lm.first - 2);
    if (w2 == "founded" || w2 == "established" || w2 == "created" || w2 == "built" ||
        w2 == "began" || w2 == "begun" || w2 == "started" || w2 == "opened" || w2 == "formed" ||
        w2 == "signed") {
      return time_role::other;
    }
  }
  if (w == "before" || w == "after" || w == "than" || w == "compared" ||
      (w == "with" && lm.first >= 2 && v.word(lm.first - 2) == "compared")) {
    return time_role::other;
  }
  // "higher than in 2023", "compared with January-October 2023", "than in
  // the same period of 2023", "the same period last year": the base of a
  // comparison.
  if (w != "in" && w != "to" && w != "period" && w != "of") return time_role::normal;
  const std::string_view w2 = lm.first >= 2 ? v.word(lm.first - 2) : std::string_view{};
  if ((w == "in" || w == "to") && (w2 == "than" || w2 == "compared" || w2 == "against")) {
    return time_role::other;
  }
  // (or "the corresponding period of last year")
  const std::string_view w3 = lm.first >= 3 ? v.word(lm.first - 3) : std::string_view{};
  if ((w == "period" && (w2 == "same" || w2 == "corresponding" || w2 == "comparable")) ||
      (w == "of" && w2 == "period" &&
       (w3 == "same" || w3 == "corresponding" || w3 == "comparable"))) {
    return time_role::other;
  }
  return time_role::normal;
}

}  // namespace

time_role role_of(const sentence_view& v, const located_mention& lm) {
  // The role of a mention of the view is asked for again and again (once
  // per value of its sentence): computed once. Other mentions: each time.
  const located_mention* b = v.mentions.data();
  const located_mention* e = b + v.mentions.size();
  if (!std::less_equal<>()(b, &lm) || !std::less<>()(&lm, e)) return role_uncached(v, lm);
  const auto k = static_cast<std::size_t>(&lm - b);
  if (v.roles_.size() != v.mentions.size()) v.roles_.assign(v.mentions.size(), 0xFF);
  if (v.roles_[k] == 0xFF) v.roles_[k] = static_cast<std::uint8_t>(role_uncached(v, lm));
  return static_cast<time_role>(v.roles_[k]);
}

engine::fact base_fact(const sentence_view& v, fact_kind kind, std::size_t first, std::size_t last) {
  engine::fact f;
  f.kind = kind;
  const auto& t = v.toks();
  first = std::min(first, t.size() - 1);
  last = std::max(std::min(last, t.size()), first + 1);
  f.source.start = t[first].start;
  f.source.end = t[last - 1].end;
  if (v.collapsed.empty()) v.collapsed = collapse_spaces(v.text.substr(v.s.start, v.s.end - v.s.start));
  f.source.sentence = v.collapsed;
  f.attribution = v.attribution;
  return f;
}

namespace {

struct metric_pick {
  const hit* h = nullptr;
  bool near = false;  // inside, right after, or before the value in its clause
};

// The metric hit for a value: inside its words ("6.1 million passengers"),
// right after it ("$5 billion in exports", "4.7 million international
// visitors"), else the nearest before it in its clause, else before it in
// the sentence.
std::string_view commodity(std::string_view w);

metric_pick pick_metric(const sentence_view& v, const lexicon& lex, const located_mention& lm,
                        std::size_t cb, std::size_t ce, unit_kind vk) {
  const hit* inside = nullptr;
  const hit* after = nullptr;
  const hit* before_clause = nullptr;
  const hit* before_sentence = nullptr;
  for (const hit& h : v.hits) {
    if (h.cat != category::metric) continue;
    if (in_attribution(v, h.first, h.last)) continue;
    // "Car exports rose to 41,000 units": a commodity makes a flow of goods.
    const std::string& key = lex.metric(h.id).key;
    const bool goods = h.first >= 1 && !commodity(v.word(h.first - 1)).empty() &&
                       (key == "exports" || key == "imports" || key == "production");
    if (!compatible(lex.metric(h.id).unit, vk) && !goods) continue;
    if (h.first >= lm.first && h.last <= lm.last && inside == nullptr) inside = &h;
    if (h.first >= lm.last && h.first <= lm.last + 2 && h.last <= ce && after == nullptr) {
      bool ok = true;
      for (std::size_t i = lm.last; i < h.first; ++i) {
        const token& t = v.toks()[i];
        const std::string_view w = t.low;
        if (t.kind != token_kind::word || change_direction(w) != 0 || is_level_verb(w) ||
            w == "to" || w == "from" || w == "by" || w == "and" || w == "than") {
          ok = false;
        }
      }
      if (ok) after = &h;
    }
    if (h.last <= lm.first) {
      if (h.first >= cb) before_clause = &h;
      before_sentence = &h;
    }
  }
  if (inside != nullptr) return {inside, true};
  if (after != nullptr) return {after, true};
  // "a 2.5% rise in exports", "a 3% drop in imports": the thing that rose.
  if (const std::string_view n = v.word(lm.last);
      (n == "rise" || n == "increase" || n == "decline" || n == "drop" || n == "fall" ||
       n == "growth" || n == "gain" || n == "decrease" || n == "jump") &&
      (v.word(lm.last + 1) == "in" || v.word(lm.last + 1) == "of")) {
    for (const hit& h : v.hits) {
      if (h.cat == category::metric && h.first >= lm.last + 2 && h.first <= lm.last + 4 &&
          h.last <= ce && compatible(lex.metric(h.id).unit, vk)) {
        return {&h, true};
      }
    }
  }
  if (before_clause != nullptr && before_clause->first >= 2) {
    // "Lending to the economy grew 21%": the thing lent, not the economy.
    const std::size_t to = v.word(before_clause->first - 1) == "the" ? before_clause->first - 2
                                                                     : before_clause->first - 1;
    if (v.word(to) == "to") {
      for (const hit& h : v.hits) {
        if (h.cat == category::metric && h.last == to && h.first >= cb &&
            compatible(lex.metric(h.id).unit, vk)) {
          return {&h, true};
        }
      }
    }
  }
  if (before_clause != nullptr) {
    // "Rice prices, a big part of household spending, rose 14.7%": a
    // metric in an aside between commas gives way to the subject's.
    std::size_t c1 = before_clause->first;
    while (c1 > cb && v.word(c1 - 1) != ",") --c1;
    std::size_t c2 = before_clause->last;
    while (c2 < lm.first && v.word(c2) != ",") ++c2;
    if (c1 > cb + 1 && c2 < lm.first) {
      const hit* subject = nullptr;
      for (const hit& h : v.hits) {
        if (h.cat == category::metric && h.first >= cb && h.last < c1 && c1 - h.last <= 5 &&
            compatible(lex.metric(h.id).unit, vk)) {
          subject = &h;
        }
      }
      // ("in the Philippines" may stand between; a verb may not.)
      for (std::size_t i = subject != nullptr ? subject->last : c1; i + 1 < c1; ++i) {
        if (change_direction(v.word(i)) != 0 || is_level_verb(v.word(i))) subject = nullptr;
      }
      if (subject != nullptr) return {subject, true};
    }
    return {before_clause, true};
  }
  return {before_sentence, false};
}

bool is_from_value(const sentence_view& v, const located_mention& lm);

// The period after a value that "from", "against" or "compared with"
// brings in ("down from 20.9% in July", "from 80.4% in the previous
// election in 2019"): that value's own, not the claim's. It follows the
// value in its clause with no other value or comma between.
bool is_from_period(const sentence_view& v, const located_mention& t) {
  // Mentions are in text order: only the few just before `t` can be so.
  const std::size_t at = static_cast<std::size_t>(&t - v.mentions.data());
  for (std::size_t k = at; k-- > 0 && at - k <= 6;) {
    const located_mention& o = v.mentions[k];
    if (!is_value_type(o.m->type)) continue;
    if (t.first < o.last || t.first > o.last + 8 || !is_from_value(v, o)) continue;
    bool blocked = false;
    for (std::size_t i = o.last; i < t.first && !blocked; ++i) {
      const std::string_view w = v.word(i);
      blocked = w == "," || w == ";" || w == "while" || w == "and";
    }
    for (std::size_t x = k + 1; x < at; ++x) {
      if (is_value_type(v.mentions[x].m->type)) blocked = true;
    }
    if (!blocked) return true;
  }
  return false;
}

time_choice pick_time(const sentence_view& v, const located_mention& lm, std::size_t cb,
                      std::size_t ce, bool want_by, bool allow_span,
                      std::optional<date::sys_days> published) {
  time_choice best;
  std::size_t best_dist = static_cast<std::size_t>(-1);
  for (const auto& t : v.mentions) {
    const mention& m = *t.m;
    if ((m.type != mention_type::date && m.type != mention_type::period) || !m.when) continue;
    if (v.excluded(t.first)) continue;
    const time_role role = role_of(v, t);
    if (role == time_role::anniversary || role == time_role::other || role == time_role::since) continue;
    if (role == time_role::by && !want_by) continue;
    if (is_lookback(*m.when, published) && !allow_span) continue;
    if (is_from_period(v, t)) continue;
    std::size_t dist = t.first >= lm.last ? t.first - lm.last : lm.first - std::min(lm.first, t.last);
    if (t.first < cb || t.first >= ce) dist += 1000;  // other clause
    if (want_by && role == time_role::by) {
      bool between = false;
      for (const auto& o : v.mentions) {
        if (&o != &lm && is_value_type(o.m->type) &&
            ((o.first >= lm.last && o.last <= t.first) || (o.first >= t.last && o.last <= lm.first))) {
          between = true;
        }
        // "to 7-8 percent by the end of 2025 and to reach 5 percent in
        // 2027": the by-phrase is the value's before it.
        if (&o != &lm && is_value_type(o.m->type) && t.last <= lm.first && o.last <= t.first &&
            o.last + 2 >= t.first) {
          between = true;
        }
      }
      if (between) continue;
      dist = 0;
    }
    if (dist < best_dist) {
      best_dist = dist;
      best.lm = &t;
      best.when = *m.when;
      best.found = true;
    }
  }
  return best;
}

// A period mention "end of 2022", "the end of the year", "year-end": the
// last part of one calendar year.
bool year_end_mention(std::string_view text, const mention& m) {
  if (!m.when || m.mod == "by" || m.mod == "until") return false;
  const date::year_month_day a{m.when->first};
  const date::year_month_day b{m.when->last};
  if (a.year() != b.year() || b.month() != date::December || b.day() != date::day{31}) return false;
  if (a.month() == date::January) return false;
  std::string_view t = text.substr(m.start, m.end - m.start);
  if (t.rfind("the ", 0) == 0 || t.rfind("The ", 0) == 0) t.remove_prefix(4);
  return t.rfind("end of ", 0) == 0 || t.rfind("year-end", 0) == 0 || t.rfind("year end", 0) == 0;
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

bool is_entity(const hit& h, const lexicon& lex) {
  return !entity_key(h, lex).empty() &&
         (h.cat != category::organisation || lex.organisation(h.id).kind == "bloc");
}

// Commodities that name a flow or an output: "coal exports", "32.6 million
// tonnes of oil", "food prices".
std::string_view commodity(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"oil", "oil"},         {"crude", "oil"},        {"gas", "gas"},          {"lng", "gas"},
      {"coal", "coal"},       {"grain", "grain"},      {"wheat", "grain"},      {"barley", "barley"},
      {"flour", "flour"},     {"steel", "steel"},      {"copper", "copper"},    {"uranium", "uranium"},
      {"gold", "gold"},       {"cotton", "cotton"},    {"electricity", "electricity"},
      {"power", "electricity"}, {"aluminium", "aluminium"}, {"aluminum", "aluminium"},
      {"iron", "iron"},       {"zinc", "zinc"},        {"fertilizer", "fertilizer"},
      {"fertilizers", "fertilizer"}, {"meat", "meat"}, {"beef", "meat"},        {"sugar", "sugar"},
      {"car", "car"},         {"cars", "car"},         {"vehicle", "vehicle"},  {"vehicles", "vehicle"},
      {"food", "food"},       {"fuel", "fuel"},        {"gasoline", "fuel"},    {"diesel", "fuel"},
      {"chip", "chip"},       {"chips", "chip"},       {"semiconductor", "chip"},
      {"semiconductors", "chip"}, {"rice", "rice"},    {"cement", "cement"},    {"fish", "fish"},
      {"timber", "timber"},   {"coffee", "coffee"},    {"textile", "textile"},  {"textiles", "textile"},
      {"garment", "garment"}, {"garments", "garment"}, {"electronics", "electronics"},
      {"smartphone", "smartphone"}, {"smartphones", "smartphone"}, {"services", "services"}};
  // One hash look-up, not a scan of the list (asked for most words near a
  // value).
  static const word_map<std::string_view> table = [] {
    word_map<std::string_view> t;
    for (const auto& [word, c] : kWords) t[word] = c;
    return t;
  }();
  const auto it = table.find(w);
  return it == table.end() ? std::string_view{} : it->second;
}

// The flow a verb or metric names: exports, imports or production.
std::string_view flow_of(std::string_view w) {
  if (w == "exported" || w == "shipped" || w == "supplied" || w == "sold" || w == "delivered" ||
      w == "export" || w == "exports" || w == "supply" || w == "ship" || w == "exporting" ||
      w == "supplies" || w == "shipping") {
    return "exports";
  }
  if (w == "imported" || w == "bought" || w == "purchased" || w == "import" || w == "imports" ||
      w == "importing") {
    return "imports";
  }
  if (w == "produced" || w == "produce" || w == "produces" || w == "producing" || w == "mined" ||
      w == "extracted" || w == "harvested" || w == "output" || w == "production" ||
      w == "generated" || w == "smelted") {
    return "production";
  }
  return {};
}

// "Azerbaijan produced 32.6 million tonnes of oil": oil_production; "coal
// exports": coal_exports; "343,000 vehicles": vehicle_production. Empty
// when no commodity is named.
std::string commodity_metric(const sentence_view& v, const located_mention& lm, std::size_t cb,
                             const std::string& key, const hit* metric) {
  std::string_view flow;
  if (key == "exports" || key == "imports" || key == "production" || key == "price") {
    flow = key == "price" ? std::string_view("price") : std::string_view(key);
  }
  // The verb before the value names the flow when the metric does not.
  for (std::size_t i = lm.first; flow.empty() && i-- > cb && lm.first - i <= 6;) {
    flow = flow_of(v.word(i));
  }
  if (flow.empty()) return {};
  std::string_view c;
  // "coal exports", "food prices": the word before the metric; "export
  // revenue from coal": after it.
  if (metric != nullptr && metric->first >= 1) c = commodity(v.word(metric->first - 1));
  // "non-oil exports": not oil's.
  if (!c.empty() && metric != nullptr && metric->first >= 3 && v.word(metric->first - 2) == "-" &&
      v.word(metric->first - 3) == "non") {
    return "non_" + std::string(c) + "_" + std::string(flow);
  }
  if (metric != nullptr && c.empty() &&
      (v.word(metric->last) == "from" || v.word(metric->last) == "of")) {
    c = commodity(v.word(metric->last + 1));
  }
  // "... tonnes of (natural) gas", "... of coal".
  for (std::size_t i = lm.last; c.empty() && i < lm.last + 3 && i < v.toks().size(); ++i) {
    if (v.word(i) == "of") {
      c = commodity(v.word(i + 1));
      if (c.empty() && v.word(i + 1) == "natural") c = commodity(v.word(i + 2));
      if (c.empty()) break;
    }
  }
  // A count unit that names the product.
  if (c.empty()) c = commodity(lm.m->value.unit);
  // "exported 1.02 million tonnes of copper concentrate ..., earning $2.1
  // billion": the commodity named before in the clause.
  for (std::size_t i = cb; c.empty() && i + 1 < lm.first; ++i) {
    if (v.word(i) == "of" && v.toks()[i + 1].kind == token_kind::word) c = commodity(v.word(i + 1));
  }
  if (c.empty()) return {};
  return std::string(c) + "_" + std::string(flow);
}

bool is_share_verb(std::string_view w) {
  return w == "account" || w == "accounts" || w == "accounted" || w == "accounting" ||
         w == "equal" || w == "equals" || w == "equaled" || w == "equalled" || w == "makes" ||
         w == "make" || w == "made" || w == "represent" || w == "represents" ||
         w == "represented" || w == "comprise" || w == "comprises" || w == "comprised" ||
         w == "constitute" || w == "constitutes" || w == "constituted" || w == "attracted";
}

// The owner and part of a share: "China accounted for 20.8 percent of all
// EU imports" is the EU's imports with partner China ("eu>CHN"); the owner
// is named with a possessive or right after the value, the part is the
// nearest other name before the value.
entity_choice share_entity(const sentence_view& v, const lexicon& lex, const located_mention& lm,
                           std::size_t cb, std::size_t ce, const std::string& default_owner) {
  const hit* owner = nullptr;
  const hit* part = nullptr;
  for (const hit& h : v.hits) {
    if (!is_entity(h, lex) || in_attribution(v, h.first, h.last)) continue;
    const bool possessive = v.word(h.last) == "'s";
    const bool after = h.first >= lm.last && h.first <= lm.last + 4 && h.last <= ce;
    if (owner == nullptr && (possessive || after)) owner = &h;
  }
  for (const hit& h : v.hits) {
    if (!is_entity(h, lex) || in_attribution(v, h.first, h.last) || &h == owner) continue;
    if (owner != nullptr && entity_key(h, lex) == entity_key(*owner, lex)) continue;
    if (h.last <= lm.first && h.first >= std::min(cb, lm.first)) part = &h;
  }
  entity_choice out;
  if (part == nullptr) return out;
  std::string owner_key = owner != nullptr ? entity_key(*owner, lex) : std::string();
  if (owner_key.empty() && !default_owner.empty() && default_owner.find('+') == std::string::npos) {
    owner_key = default_owner.substr(0, default_owner.find('>'));
  }
  const std::string part_key = entity_key(*part, lex);
  out.found = true;
  out.first = part->first;
  out.last = part->last;
  if (owner != nullptr) {
    out.first = std::min(out.first, owner->first);
    out.last = std::max(out.last, owner->last);
  }
  out.key = (owner_key.empty() || owner_key == "world" || owner_key == part_key)
                ? part_key
                : owner_key + ">" + part_key;
  return out;
}

// The metric of a share: the whole ("of all EU imports", "of GDP"), with
// the part in front when the part is a thing, not a name: "Remittances are
// equal to 31 percent of GDP" is remittances:gdp.
std::string share_metric(const sentence_view& v, const lexicon& lex, const located_mention& lm,
                         std::size_t cb, const std::string& fallback_whole, bool entity_part) {
  std::string whole;
  for (const hit& h : v.hits) {
    if (h.cat == category::metric && h.first >= lm.last && h.first <= lm.last + 5) {
      whole = lex.metric(h.id).key;
      break;
    }
  }
  if (whole.empty()) {
    for (std::size_t i = 0; i < v.toks().size(); ++i) {
      if ((v.word(i) == "trading" || v.word(i) == "trade") && v.word(i + 1) == "partner") {
        whole = "trade_volume";
      }
    }
  }
  if (whole.empty()) {
    // "of Mongolia's GDP" may name the whole outside the lexicon.
    for (std::size_t i = lm.last; i < lm.last + 5 && i < v.toks().size(); ++i) {
      if (v.word(i) == "gdp") whole = "gdp";
    }
  }
  if (whole.empty() && v.word(lm.last) == "of" && !is_np_noise(v.word(lm.last + 1))) {
    // "68 percent of respondents": a whole the lexicon does not measure.
    std::size_t k = lm.last + 1;
    while (is_np_noise(v.word(k))) ++k;
    const std::string_view w = v.word(k);
    bool named = false;
    for (const hit& h : v.hits) {
      if (h.first <= k && k < h.last) named = true;
    }
    if (!named && k < v.toks().size() && v.toks()[k].kind == token_kind::word && w.size() >= 4 &&
        w != "total" && w != "them" && w != "all" && w != "those" && w != "which") {
      whole = std::string(w);
    }
  }
  if (whole.empty()) whole = fallback_whole;
  if (entity_part) return whole;
  // "Tourism's share of GDP stood at 3.2%": the part before "'s share",
  // the whole after "of".
  for (std::size_t i = cb + 2; i + 2 < lm.first; ++i) {
    if (v.word(i) != "share" || v.word(i + 1) != "of" || v.word(i - 1) != "'s") continue;
    const token& p = v.toks()[i - 2];
    bool named = false;
    for (const hit& h : v.hits) {
      if (h.first <= i - 2 && i - 2 < h.last) named = true;
    }
    if (named || p.kind != token_kind::word) break;
    for (const hit& h : v.hits) {
      if (h.cat == category::metric && h.first >= i + 2 && h.first <= i + 4) {
        return std::string(p.low) + ":" + lex.metric(h.id).key;
      }
    }
    break;
  }
  // The part: the subject before the share verb, else the nearest metric
  // before the value.
  std::string part;
  std::size_t verb = lm.first;
  for (std::size_t i = lm.first; i-- > cb && lm.first - i <= 14;) {
    if (is_share_verb(v.word(i))) {
      verb = i;
      break;
    }
  }
  if (verb < lm.first) {
    std::size_t b = verb;
    while (b > cb && v.toks()[b - 1].kind == token_kind::word && verb - b < 4) --b;
    for (const hit& h : v.hits) {
      if (h.cat == category::metric && h.first >= b && h.last <= verb) part = lex.metric(h.id).key;
    }
    if (part.empty()) {
      for (std::size_t i = b; i < verb; ++i) {
        const std::string_view w = v.word(i);
        if (w == "the" || w == "a" || w == "an" || w == "are" || w == "is" || w == "was" ||
            w == "were" || w == "its" || w == "their") {
          continue;
        }
        if (!part.empty()) part += '_';
        part += w;
      }
    }
  }
  if (part.empty()) {
    for (const hit& h : v.hits) {
      if (h.cat == category::metric && h.last <= lm.first && h.first >= cb &&
          lex.metric(h.id).key != whole) {
        part = lex.metric(h.id).key;
        // "Coal export revenue ... a quarter of GDP": coal_exports.
        if (const std::string_view c = h.first >= 1 ? commodity(v.word(h.first - 1)) : std::string_view{};
            !c.empty() && (part == "exports" || part == "imports" || part == "production")) {
          part = std::string(c) + "_" + part;
        }
      }
    }
  }
  if (part.empty() || part == whole) return whole;
  if (whole.empty()) return part;
  return part + ":" + whole;
}

// "64 of the 150 seats": the noun after the total (its lexicon key, or the
// word), or "" when the words are not so.
std::string part_of_total(const sentence_view& v, const lexicon& lex, const located_mention& lm) {
  if (lm.m->type != mention_type::number || v.word(lm.last) != "of" || v.word(lm.last + 1) != "the") {
    return {};
  }
  for (const auto& o : v.mentions) {
    if (o.first != lm.last + 2 || o.m->type != mention_type::number) continue;
    for (const hit& h : v.hits) {
      if (h.cat == category::metric && h.first == o.last) return lex.metric(h.id).key;
    }
    const token* t = o.last < v.toks().size() ? &v.toks()[o.last] : nullptr;
    if (t != nullptr && t->kind == token_kind::word && t->low.size() >= 3) return std::string(t->low);
  }
  return {};
}

// "the number of" in tokens [b, e), with no other value after it.
bool number_of_words(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i + 1 < e; ++i) {
    if (v.word(i) != "number" || v.word(i + 1) != "of") continue;
    for (const auto& o : v.mentions) {
      if (is_value_type(o.m->type) && o.first > i && o.last <= e) return false;
    }
    return true;
  }
  return false;
}

// The period a year after the base of a comparison in clause [b, e)
// ("higher than in 2023", "compared with January-October 2023"): the
// claim's own, when the clause names no other. nullopt when there is no
// such base or the year after it has not begun by publication.
std::optional<engine::period> comparison_base(const sentence_view& v, std::size_t b, std::size_t e,
                                              std::optional<date::sys_days> published) {
  if (!published) return std::nullopt;
  for (const auto& t : v.mentions) {
    const mention& m = *t.m;
    if ((m.type != mention_type::date && m.type != mention_type::period) || !m.when) continue;
    if (t.first < b || t.first >= e || m.when->g == engine::grain::day || m.relative) continue;
    if (is_lookback(*m.when, published) || is_from_period(v, t)) continue;
    bool compared = false;
    for (std::size_t i = t.first >= 4 ? t.first - 4 : 0; i < t.first; ++i) {
      const std::string_view w = v.word(i);
      if (w == "than" || w == "compared" || w == "against" || w == "versus") compared = true;
    }
    if (!compared || role_of(v, t) != time_role::other) continue;
    engine::period p = m.when->shift_years(1);
    if (p.first >= *published) continue;
    return p;
  }
  return std::nullopt;
}

// "slowed to 57.7 percent in January from 64.3 percent in December": a
// value after "from" is the earlier level of the same thing.
bool is_from_value(const sentence_view& v, const located_mention& lm) {
  if (lm.first == 0) return false;
  const std::string_view w = v.word(lm.first - 1);
  if (w == ":" && lm.first >= 3 && v.word(lm.first - 3) == "(") return true;  // "(2023: 90.0)"
  if (w == "from" || w == "against" || w == "versus") return true;
  return w == "with" && lm.first >= 2 && v.word(lm.first - 2) == "compared";
}

}  // namespace

namespace {

// "more than 3,000 students are studying in China": a claim about now, not
// about the period of the sentences before.
bool is_present(const sentence_view& v, std::size_t b, std::size_t e) {
  if (tense_of(v, b, e) != 0) return false;
  for (std::size_t i = b; i < e; ++i) {
    const std::string_view w = v.word(i);
    if (w == "is" || w == "are" || w == "remains" || w == "remain" || w == "stands" ||
        w == "has" || w == "have" || w == "amounts" || w == "totals" || w == "exceeds") {
      return true;
    }
  }
  return false;
}

// A gapped conjunct after a value: "and" or "while" (or a comma) and a
// short noun phrase with no verb or number before the value at `to`
// ("... 9.4 percent in 2022 and agriculture 9.1 percent"). The previous
// value's own period may stand between. The first word of the noun
// phrase, or npos.
std::size_t gapped_start(const sentence_view& v, std::size_t from, std::size_t to) {
  auto temporal_at = [&](std::size_t i) {
    for (const auto& o : v.mentions) {
      if (is_temporal(o.m->type) && i >= o.first && i < o.last) return true;
    }
    return false;
  };
  while (from < to && (temporal_at(from) || ((v.word(from) == "in" || v.word(from) == "during") &&
                                              temporal_at(from + 1)))) {
    ++from;
  }
  if (v.word(from) == "," && v.word(from + 1) == "and") ++from;  // ", and the services sector"
  if (to > from + 2 && v.word(to - 1) == "by") --to;  // "and paid services by 9.6%"
  if (to <= from + 1 || to - from > 5) return std::string_view::npos;
  const std::string_view c = v.word(from);
  if (c != "and" && c != "," && c != ";" && c != "while" && c != "whereas" && c != "but") {
    return std::string_view::npos;
  }
  for (std::size_t i = from + 1; i < to; ++i) {
    const std::string_view w = v.word(i);
    if (w == "-" && i > from + 1) continue;  // "non-food goods"
    if (v.toks()[i].kind != token_kind::word || w.empty() ||
        !std::isalpha(static_cast<unsigned char>(w[0]))) {
      return std::string_view::npos;
    }
    if (change_direction(w) != 0 || is_level_verb(w) || is_preposition(w) || w == "and" ||
        w == "was" || w == "were" || w == "is" || w == "are" || w == "had" || w == "has") {
      return std::string_view::npos;
    }
  }
  return from + 1;
}

struct rank_value {
  std::string ranked;  // the country ranked
  std::string metric;  // the flow the rank is of
  std::string owner;   // the country whose rank it is, when named
  bool inflow = false;  // the ranked sends the flow ("investor", "supplier")
  bool pair = false;    // a relation ("trading partner")
};

// "X remained the largest investor, with $7.5 billion", "the largest
// supplier of crude oil in 2022, shipping 86 million tonnes": the value
// after a ranked noun and "with" or a participle of the flow. Empty metric
// when the words are not so.
rank_value rank_with(const sentence_view& v, const lexicon& lex, std::size_t value,
                     std::size_t cb) {
  rank_value rv;
  if (value < 3) return rv;
  const std::string_view link = v.word(value - 1);
  if (link != "with" && link != "shipping" && link != "exporting" && link != "supplying" &&
      link != "selling" && link != "sending" && link != "delivering" && link != "investing" &&
      link != "taking" && link != "buying" && link != "importing" && link != "receiving" &&
      link != "purchasing") {
    // ("taking about 1.6 million bpd": a link of two tokens with "about")
    if (!(value >= 4 && (v.word(value - 1) == "about" || v.word(value - 1) == "some") &&
          (v.word(value - 2) == "taking" || v.word(value - 2) == "buying" ||
           v.word(value - 2) == "importing" || v.word(value - 2) == "receiving"))) {
      return rv;
    }
  }
  // "the largest investor, with $7.5 billion", or with no comma.
  const std::size_t comma = v.word(value - 2) == "," ? value - 2 : value - 1;
  if (comma == value - 1 && link != "with") return rv;
  // The ranked noun: right before the comma, or before "of <commodity>"
  // and a period.
  std::size_t h = comma;
  for (std::size_t i = comma; i-- > cb && comma - i <= 10;) {
    const std::string_view w = v.word(i);
    if (w == "investor" || w == "supplier" || w == "exporter" || w == "source" ||
        w == "partner" || w == "buyer" || w == "market" || w == "destination" ||
        w == "importer") {
      h = i;
      break;
    }
  }
  if (h == comma) return rv;
  const std::string_view head = v.word(h);
  bool superlative = false;
  for (std::size_t i = h; i-- > cb && h - i <= 3;) {
    const std::string_view w = v.word(i);
    if (w == "largest" || w == "biggest" || w == "top" || w == "leading" || w == "main") {
      superlative = true;
    }
  }
  if (!superlative) return rv;
  std::string_view goods;
  if (v.word(h + 1) == "of") {
    for (std::size_t i = h + 2; i < comma && i <= h + 4; ++i) {
      if (const std::string_view c = commodity(v.word(i)); !c.empty()) goods = c;
    }
  }
  if (head == "investor") {
    rv.metric = "investment";
    rv.inflow = true;
  } else if (head == "supplier" || head == "exporter" || head == "source") {
    rv.metric = "exports";  // the ranked country's exports to the owner
    rv.inflow = true;
  } else if (head == "partner") {
    rv.metric = "trade_volume";
    rv.pair = true;
  } else {
    rv.metric = "exports";  // a buyer, market or destination of the owner's exports
  }
  if (!goods.empty() && !rv.pair) {
    const std::string key = std::string(goods) + "_exports";
    if (lex.metric_by_key(key)) rv.metric = key;
  }
  // The ranked country first; a second one before the noun is the owner
  // ("Russia became China's largest supplier").
  for (const hit& h2 : v.hits) {
    if (h2.first >= cb && h2.last <= h && is_entity(h2, lex)) {
      const std::string key = entity_key(h2, lex);
      if (key.size() != 3) continue;
      if (rv.ranked.empty()) {
        rv.ranked = key;
      } else if (rv.owner.empty() && key != rv.ranked) {
        rv.owner = key;
      }
    }
  }
  // "The largest buyer of Azerbaijani products was Russia, with $1.03
  // billion": the ranked after the verb, the owner after the noun.
  if (rv.ranked.empty()) {
    for (const hit& h2 : v.hits) {
      if (h2.first <= h || h2.last > comma || !is_entity(h2, lex)) continue;
      const std::string key = entity_key(h2, lex);
      if (key.size() != 3) continue;
      const std::string_view before = v.word(h2.first - 1);
      if (before == "was" || before == "is" || before == "remained" || before == "became") {
        rv.ranked = key;
      } else if (rv.owner.empty()) {
        rv.owner = key;
      }
    }
    if (rv.owner == rv.ranked) rv.owner.clear();
  }
  if (rv.ranked.empty()) rv.metric.clear();
  return rv;
}

// A member's part of a total between a country and a region: with the
// total "CHN+central_asia" (or a member's share of it, "CHN+KAZ"), the
// member KGZ has "CHN+KGZ". "" when `total` is no such pair.
std::string member_pair(const article_state& st, const std::string& total,
                        const std::string& member) {
  const auto plus = total.find('+');
  if (plus == std::string::npos || st.profile.region.empty()) return {};
  const std::string a = total.substr(0, plus);
  const std::string b = total.substr(plus + 1);
  auto in_region = [&](const std::string& k) {
    return k == st.profile.region ||
           std::find(st.profile.members.begin(), st.profile.members.end(), k) !=
               st.profile.members.end();
  };
  const bool is_member = std::find(st.profile.members.begin(), st.profile.members.end(),
                                   member) != st.profile.members.end();
  if (!is_member || member == a || member == b) return {};
  if (in_region(b) && !in_region(a)) return pair_key(a, member);
  if (in_region(a) && !in_region(b)) return pair_key(b, member);
  return {};
}

// "the five countries" (as many as the region has members), "the
// region", "the bloc" in [from, to): the token of the noun, or npos.
std::size_t region_anaphor(const sentence_view& v, std::size_t from, std::size_t to,
                           std::size_t members) {
  static constexpr std::array<std::string_view, 13> counts = {
      "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"};
  for (std::size_t i = from; i + 1 < to; ++i) {
    if (v.word(i) != "the") continue;
    const std::string_view n = v.word(i + 1);
    if (n == "region" || n == "bloc") return i + 1;
    if (i + 2 >= to) continue;
    const std::string_view noun = v.word(i + 2);
    if (noun != "countries" && noun != "states" && noun != "nations" && noun != "republics" &&
        noun != "members") {
      continue;
    }
    const bool same = (members < counts.size() && n == counts[members]) ||
                      n == std::to_string(members);
    if (same) return i + 2;
  }
  return std::string_view::npos;
}

}  // namespace

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
    const mention* mp_m = &m;
    if (m.type == mention_type::number && m.value.value.lo() > 0 && m.value.value.hi() <= 1.0) {
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

    if (is_from_value(v, lm)) {
      // The earlier level of the thing just stated, at its own period.
      if (previous == nullptr) {
        deferred_from.push_back(&lm);  // "rose from $3.5 billion in 2023 to $4.4 billion"
        continue;
      }
      const located_mention* own = nullptr;
      for (const auto& t : v.mentions) {
        if ((t.m->type == mention_type::date || t.m->type == mention_type::period) && t.m->when &&
            own == nullptr &&
            ((is_from_period(v, t) && t.first >= lm.last) ||
             (v.word(lm.first - 1) == ":" && t.last + 1 == lm.first))) {
          own = &t;
        }
      }
      engine::fact f = out[previous_index];
      if (own == nullptr && f.kind == fact_kind::target && v.word(lm.first - 1) == "from" &&
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
      if (own == nullptr) continue;
      f.kind = f.kind == fact_kind::target ? fact_kind::level : f.kind;
      // "grew 6.93% in the second quarter, accelerating from 5.87% in the
      // first": the earlier change; "rose 12% from $4.5 billion in 2023":
      // the earlier level.
      if (f.kind == fact_kind::change && f.value.unit != mv.value.unit) {
        const auto id = lex.metric_by_key(f.metric);
        if (!id || !compatible(lex.metric(*id).unit, unit_kind_of(m.value.unit))) continue;
        f.kind = fact_kind::level;
        f.basis.clear();
      }
      if (f.kind != fact_kind::level && f.kind != fact_kind::change) continue;
      const engine::fact base = base_fact(v, f.kind, lm.first, own->last);
      f.source = base.source;
      // "from 9.8% a year earlier": the claim's own period a year before.
      const std::string_view own_text = v.text.substr(own->m->start, own->m->end - own->m->start);
      if (const int back = months_back(own_text); back > 0) {
        const auto shifted = shift_back(out[previous_index].when, back);
        if (!shifted) continue;
        f.when = *shifted;
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
    if (mp_m == &frac) r = value_reading{fact_kind::share, 0, false};
    std::size_t gap = std::string_view::npos;
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
    if (const rank_value early = rank_with(v, lex, lm.first, cb); !early.metric.empty()) {
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
    } else if (pct && lm.first >= 2 && v.word(lm.first - 1) == "of" &&
               v.word(lm.first - 2) == "growth" && lex.metric_by_key("gdp_growth")) {
      // "projects growth of 5.5 percent": the economy's growth rate.
      metric_key = "gdp_growth";
      r = value_reading{fact_kind::level, 0, false};
    } else if (!metric_key.empty()) {
      // the clause's own head phrase, set above
    } else if (vk == unit_kind::mass && carried_goods(v, cb, lm.first) &&
               lex.metric_by_key("freight")) {
      // "The trains carried more than 13 million tonnes of goods".
      metric_key = "freight";
    } else if ((r.kind == fact_kind::share || m.type == mention_type::money ||
                m.type == mention_type::quantity) &&
               !st.carried_metric.empty() && st.sentence_index - st.carried_metric_at <= 2 &&
               r.kind != fact_kind::change && head_phrase(v, cb, lm.first).empty() &&
               (!lex.metric_by_key(st.carried_metric) ||
                compatible(lex.metric(*lex.metric_by_key(st.carried_metric)).unit, vk))) {
      // "accounting for 18.1 percent of the total", "their target of $30
      // billion": the metric spoken of.
      metric_key = st.carried_metric;
    } else if (std::string c = commodity_metric(v, lm, cb, std::string(), nullptr); !c.empty()) {
      // "exported 11.4 billion cubic meters of natural gas"
      metric_key = std::move(c);
      unlisted = !lex.metric_by_key(metric_key).has_value();
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
    const int tense = tense_of(v, cb, ce);
    bool target = has_target_cue(v, cb, lm.first) || tense > 0;
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
    if (st.published && year_word() && full_year_words(v, lm.last, ce)) {
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
                 !(target && st.published && st.carried_period->last < *st.published)) {
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
               !sentence_period) {
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
      metric_key = rv.metric;
      unlisted = false;
      ent.key = rv.pair ? pair_key(rv.ranked, owner)
                : rv.inflow ? rv.ranked + ">" + owner
                            : owner + ">" + rv.ranked;
      ranked_inflow = rv.inflow && !rv.pair;
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
  if (sentence_period) {
    st.carried_period = sentence_period;
    st.carried_period_at = st.sentence_index;
    if (sentence_period->last - sentence_period->first >= date::days{360}) {
      st.year_period = sentence_period;
      st.year_period_at = st.sentence_index;
    }
  } else {
    for (const auto& t : v.mentions) {
      const mention& m = *t.m;
      if ((m.type == mention_type::date || m.type == mention_type::period) && m.when &&
          !is_lookback(*m.when, st.published) && m.when->g != engine::grain::day &&
          role_of(v, t) == time_role::normal && !v.excluded(t.first) &&
          t.first <= v.dateline_end + 1) {
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
