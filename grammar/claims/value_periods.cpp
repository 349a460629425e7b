// The time of a value (see value_parts.hpp): the role a period mention
// plays, the period a value takes (its own, the clause's, or one carried
// from before), the base of a comparison and the "from" value; and the
// skeleton every fact of a sentence starts from.
#include "grammar/claims/value_parts.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>

#include "grammar/claims/values.hpp"
#include "grammar/claims/word_map.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

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
  if (w == "the" || w == "their" || w == "its" || w == "a") {
    // ("retreated from their 2022 peak", "a 2019 high")
    const std::string_view next = v.word(lm.last);
    if (next == "figure" || next == "figures" || next == "level" || next == "levels" ||
        next == "peak" || next == "peaks" || next == "high" || next == "highs" || next == "low" ||
        next == "lows" || next == "record") {
      return time_role::other;
    }
  }
  // "expects inflation to fall to 22.3 percent": the verb, not the season.
  if ((text == "fall" || text == "spring") &&
      (w == "to" || w == "will" || w == "could" || w == "may" || w == "would" || w == "might" ||
       w == "not" || w == "did" || w == "further" || w == "also")) {
    return time_role::other;
  }
  // "compared with the same quarter a year earlier", "in the same
  // period": the base of a comparison or the period just spoken of, never
  // the quarter of publication.
  if (first == "same" || first == "corresponding" || first == "comparable") return time_role::other;
  // "the 3.2% it projected in September": when a forecast was made.
  if ((w == "in" || w == "on") && lm.first >= 2) {
    const std::string_view w2 = v.word(lm.first - 2);
    const std::string_view w3 = lm.first >= 3 ? v.word(lm.first - 3) : std::string_view{};
    if (w2 == "projected" || w2 == "predicted" ||
        (w2 == "forecast" && (w3 == "it" || w3 == "they" || w3 == "had"))) {
      return time_role::other;
    }
  }
  // "data from INEGI showed last week", "the ministry said on Friday":
  // when it was said, not what.
  {
    auto said = [](std::string_view x) {
      return x == "said" || x == "showed" || x == "reported" || x == "announced" ||
             x == "says" || x == "shows" || x == "stated" || x == "told";
    };
    if (said(w) || ((w == "on" || w == "in" || w == "earlier") && lm.first >= 2 &&
                    said(v.word(lm.first - 2)))) {
      return time_role::other;
    }
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
  // "an increase of 18% over October 2023", "up 4 percent over 2022": the
  // base of a change ("over the first eight months" opening a clause is the
  // period itself).
  if (w == "over" && lm.first >= 2) {
    const std::string_view c = v.word(lm.first - 2);
    if (c == "%" || c == "percent" || c == "cent" || c == "points" || c == "increase" ||
        c == "rise" || c == "growth" || c == "gain" || c == "decline" || c == "decrease" ||
        c == "drop" || c == "up" || c == "down" || c == "higher" || c == "lower" ||
        (!c.empty() && c.back() >= '0' && c.back() <= '9')) {
      return time_role::other;
    }
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
      (w == "of" &&
       (w2 == "period" || w2 == "month" || w2 == "quarter" || w2 == "months" || w2 == "half") &&
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
namespace detail {

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
    // "4.4% in 2024 and 3.6% in 2025": on a tie, the period after the
    // value is its own.
    if (dist < best_dist || (dist == best_dist && t.first >= lm.last && dist < 1000)) {
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
bool gap_to_forecast(const sentence_view& v, const located_mention& lm) {
  std::size_t k = lm.last;
  const std::string_view w = v.word(k);
  if ((w == "more" || w == "less") && v.word(k + 1) == "than") {
    ++k;
  } else if (w != "above" && w != "below" && w != "short") {
    return false;
  }
  for (std::size_t i = k + 1; i <= k + 4; ++i) {
    const std::string_view x = v.word(i);
    if (x == "forecast" || x == "forecasts" || x == "expected" || x == "expectations" ||
        x == "estimate" || x == "projected" || x == "planned" || x == "budgeted" ||
        x == "projection" || x == "projections") {
      return true;
    }
  }
  return false;
}

int estimate_of_previous(const sentence_view& v, const located_mention& lm) {
  auto earlier = [](std::string_view w) {
    return w == "initial" || w == "preliminary" || w == "first" || w == "earlier" ||
           w == "previous" || w == "flash" || w == "advance" || w == "original";
  };
  auto estimate = [](std::string_view w) {
    return w == "estimate" || w == "estimates" || w == "reading" || w == "figure" ||
           w == "print";
  };
  // "below the target of 4.0%", "than a forecast of 2.6%", "below
  // forecasts of 25,000"
  if (lm.first >= 3 && v.word(lm.first - 1) == "of") {
    const std::string_view n = v.word(lm.first - 2);
    const bool det = v.word(lm.first - 3) == "the" || v.word(lm.first - 3) == "a";
    const std::string_view c = det ? v.word(lm.first - 4) : v.word(lm.first - 3);
    if ((n == "target" || n == "forecast" || n == "forecasts" || n == "goal" ||
         n == "projection" || n == "expectation" || n == "expectations" || n == "consensus") &&
        (c == "below" || c == "above" || c == "than" || c == "with" || c == "against" ||
         c == "versus" || c == "beating" || c == "missing" || c == "exceeding")) {
      return 1;
    }
  }
  std::string_view w = v.word(lm.last);
  if (w == "median" || w == "consensus" || w == "average" || w == "poll") w = v.word(lm.last + 1);
  if (w == "forecast" || w == "forecasts" || w == "expectation" || w == "expectations" ||
      w == "projection" || w == "prediction") {
    return 1;
  }
  // "against 0.9% in the first estimate"
  if (v.word(lm.last) == "in" && v.word(lm.last + 1) == "the" && earlier(v.word(lm.last + 2)) &&
      estimate(v.word(lm.last + 3))) {
    return 2;
  }
  // "compared with the initial estimate of 0.2%"
  if (lm.first >= 3 && v.word(lm.first - 1) == "of" && estimate(v.word(lm.first - 2)) &&
      earlier(v.word(lm.first - 3))) {
    return 2;
  }
  return 0;
}

bool is_from_value(const sentence_view& v, const located_mention& lm) {
  if (lm.first == 0) return false;
  const std::string_view w = v.word(lm.first - 1);
  if (w == ":" && lm.first >= 3 && v.word(lm.first - 3) == "(") return true;  // "(2023: 90.0)"
  // ("is projected to grow 4.6% next year after 0.8% in 2024")
  if (w == "from" || w == "against" || w == "versus" || w == "after") return true;
  // "up from the 3.2% it projected in September"
  if (w == "the" && lm.first >= 2 && v.word(lm.first - 2) == "from") return true;
  // "eased to 67.1% from a record high of 67.2%"
  if (w == "of") {
    for (std::size_t k = 2; k <= 5 && k <= lm.first; ++k) {
      const std::string_view x = v.word(lm.first - k);
      if (x == "from") return k >= 3;
      if (x != "a" && x != "the" && x != "record" && x != "high" && x != "low" && x != "peak" &&
          x != "its" && x != "level") {
        return false;
      }
    }
  }
  return w == "with" && lm.first >= 2 && v.word(lm.first - 2) == "compared";
}

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

}  // namespace detail

}  // namespace claimcheck::grammar::claims
