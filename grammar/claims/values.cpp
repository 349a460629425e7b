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
  return key == "trade_volume" || key == "agricultural_trade" || key == "rail_freight" ||
         key == "freight" || key == "transit_freight" || key == "container_traffic" ||
         key == "freight_trains" || key == "flights" || key == "road_freight" ||
         key == "air_freight";
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
  // An amount is a change when "by" says so or the change word is right
  // before it ("an increase of $2 billion", "fell $3 billion").
  if (dir != 0 && !to_prep && !level_verb && (by_prep || lm.first - dir_at <= 3)) {
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
  // "expects inflation to fall to 22.3 percent": the verb, not the season.
  if ((text == "fall" || text == "spring") &&
      (w == "to" || w == "will" || w == "could" || w == "may" || w == "would" || w == "might" ||
       w == "not" || w == "did" || w == "further" || w == "also")) {
    return time_role::other;
  }
  if (w == "since" || first == "since") return time_role::since;
  if (w == "by" || w == "until" || w == "till" || first == "by" || first == "until") return time_role::by;
  if (w == "from" && text.find(" to ") == std::string_view::npos &&
      text.find('-') == std::string_view::npos) {
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
  if (before_clause != nullptr) return {before_clause, true};
  return {before_sentence, false};
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
    std::size_t dist = t.first >= lm.last ? t.first - lm.last : lm.first - std::min(lm.first, t.last);
    if (t.first < cb || t.first >= ce) dist += 1000;  // other clause
    if (want_by && role == time_role::by) {
      bool between = false;
      for (const auto& o : v.mentions) {
        if (&o != &lm && is_value_type(o.m->type) &&
            ((o.first >= lm.last && o.last <= t.first) || (o.first >= t.last && o.last <= lm.first))) {
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
      {"food", "food"},       {"fuel", "fuel"},        {"gasoline", "fuel"},    {"diesel", "fuel"}};
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
  if (c.empty()) return {};
  return std::string(c) + "_" + std::string(flow);
}

bool is_share_verb(std::string_view w) {
  return w == "account" || w == "accounts" || w == "accounted" || w == "accounting" ||
         w == "equal" || w == "equals" || w == "equaled" || w == "equalled" || w == "makes" ||
         w == "make" || w == "made" || w == "represent" || w == "represents" ||
         w == "represented" || w == "comprise" || w == "comprises" || w == "comprised" ||
         w == "constitute" || w == "constitutes" || w == "constituted";
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
  if (whole.empty()) whole = fallback_whole;
  if (entity_part) return whole;
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
      }
    }
  }
  if (part.empty() || part == whole) return whole;
  if (whole.empty()) return part;
  return part + ":" + whole;
}

// "slowed to 57.7 percent in January from 64.3 percent in December": a
// value after "from" is the earlier level of the same thing.
bool is_from_value(const sentence_view& v, const located_mention& lm) {
  if (lm.first == 0) return false;
  const std::string_view w = v.word(lm.first - 1);
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
  if (to <= from + 1 || to - from > 5) return std::string_view::npos;
  const std::string_view c = v.word(from);
  if (c != "and" && c != "," && c != "while" && c != "whereas" && c != "but") {
    return std::string_view::npos;
  }
  for (std::size_t i = from + 1; i < to; ++i) {
    const std::string_view w = v.word(i);
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
  if (value < 4 || v.word(value - 2) != ",") return rv;
  const std::string_view link = v.word(value - 1);
  if (link != "with" && link != "shipping" && link != "exporting" && link != "supplying" &&
      link != "selling" && link != "sending" && link != "delivering" && link != "investing") {
    return rv;
  }
  const std::size_t comma = value - 2;
  // The ranked noun: right before the comma, or before "of <commodity>"
  // and a period.
  std::size_t h = comma;
  for (std::size_t i = comma; i-- > cb && comma - i <= 7;) {
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
    // Ages ("those aged 16 to 59") are not values of a metric.
    if (lm.first >= 1 && (v.word(lm.first - 1) == "aged" || v.word(lm.first - 1) == "ages")) continue;
    const auto [cb, ce] = v.clause_of(lm.first);
    // "a quarter of global GDP", "about half of its exports": a share.
    mention frac;
    const mention* mp_m = &m;
    if (m.type == mention_type::number && m.value.value.lo() > 0 && m.value.value.hi() <= 1.0) {
      if (v.word(lm.last) != "of") continue;  // "a fourth line"
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
      if (previous == nullptr) continue;
      const located_mention* own = nullptr;
      for (const auto& t : v.mentions) {
        if ((t.m->type == mention_type::date || t.m->type == mention_type::period) && t.m->when &&
            t.first >= lm.last && t.first <= lm.last + 2) {
          own = &t;
        }
      }
      if (own == nullptr) continue;
      engine::fact f = out[previous_index];
      f.kind = f.kind == fact_kind::target ? fact_kind::level : f.kind;
      if (f.kind != fact_kind::level) continue;
      const engine::fact base = base_fact(v, fact_kind::level, lm.first, own->last);
      f.source = base.source;
      f.when = *own->m->when;
      f.value = m.value;
      if (f.value.stated.empty()) f.value.stated = std::string(v.text.substr(m.start, m.end - m.start));
      f.hedged = false;
      f.negated = false;
      out.push_back(std::move(f));
      continue;
    }

    if (previous != nullptr && lm.first >= 2 && v.word(lm.first - 1) == "with") {
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

    const metric_pick mp = pick_metric(v, lex, lm, cb, ce, vk);
    const hit* metric = mp.h;
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
    } else if (metric != nullptr) {
      metric_key = lex.metric(metric->id).key;
    } else if (pct && lm.first >= 2 && v.word(lm.first - 1) == "of" &&
               v.word(lm.first - 2) == "growth" && lex.metric_by_key("gdp_growth")) {
      // "projects growth of 5.5 percent": the economy's growth rate.
      metric_key = "gdp_growth";
      r = value_reading{fact_kind::level, 0, false};
    } else if (!metric_key.empty()) {
      // the clause's own head phrase, set above
    } else if ((r.kind == fact_kind::share || m.type == mention_type::money ||
                m.type == mention_type::quantity) &&
               !st.carried_metric.empty() && st.sentence_index - st.carried_metric_at <= 2 &&
               r.kind != fact_kind::change && head_phrase(v, cb, lm.first).empty()) {
      // "accounting for 18.1 percent of the total", "their target of $30
      // billion": the metric spoken of.
      metric_key = st.carried_metric;
    } else if (std::string c = commodity_metric(v, lm, cb, std::string(), nullptr); !c.empty()) {
      // "exported 11.4 billion cubic meters of natural gas"
      metric_key = std::move(c);
      unlisted = !lex.metric_by_key(metric_key).has_value();
    } else {
      // A bare number needs a metric from the lexicon.
      if (m.type == mention_type::number) continue;
      metric_key = head_phrase(v, cb, lm.first);
      if (metric_key.empty()) continue;
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
    if (r.kind == fact_kind::fold) {
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
      if (t.m->when && t.first >= cb && t.first < ce && role_of(v, t) == time_role::since) since = true;
    }
    if (!tc.found) {
      if (since && st.published) {
        tc.when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
        tc.found = true;
      } else if (st.carried_period && st.sentence_index - st.carried_period_at <= 3 &&
                 (target || !is_present(v, cb, ce))) {
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
    previous_index = out.size();
    previous_last = lm.last;
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
  assemble_events(v, lex, st, out);
  // Carry the period this sentence spoke of to the next ones: the first a
  // value of it was stated for, or one that opens it ("In 2022, ...").
  if (sentence_period) {
    st.carried_period = sentence_period;
    st.carried_period_at = st.sentence_index;
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
  if (out.size() > facts_before && !last_entity.empty()) {
    st.carried_entity = last_entity;
    st.carried_entity_metric = last_metric;
    st.carried_entity_at = st.sentence_index;
  }
}

}  // namespace claimcheck::grammar::claims
