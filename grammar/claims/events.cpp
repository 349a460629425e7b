// Events, anniversaries and ranks of a sentence (see values.hpp):
// "Kazakhstan will hold presidential elections on November 20" is an event
// on a day; "marks the 30th anniversary of the establishment of diplomatic
// ties" in 2022 is the founding event in 1992; "China is Kazakhstan's
// largest trading partner" is a rank.
#include <cmath>
#include <cstdlib>

#include "grammar/claims/values.hpp"

namespace claimcheck::grammar::claims {
namespace {

using engine::fact_kind;

int year_of(date::sys_days d) { return static_cast<int>(date::year_month_day{d}.year()); }

bool in_attribution(const sentence_view& v, std::size_t first, std::size_t last) {
  return last > first && v.excluded(first);
}

// The ordinal value of a word: "30th" -> 30, "third" -> 3, "second" -> 2.
int ordinal_word(std::string_view w) {
  static constexpr std::pair<std::string_view, int> kWords[] = {
      {"first", 1},    {"second", 2},    {"third", 3},     {"fourth", 4},    {"fifth", 5},
      {"sixth", 6},    {"seventh", 7},   {"eighth", 8},    {"ninth", 9},     {"tenth", 10},
      {"eleventh", 11}, {"twelfth", 12}, {"fifteenth", 15}, {"twentieth", 20}, {"twenty-fifth", 25},
      {"thirtieth", 30}, {"fortieth", 40}, {"fiftieth", 50}, {"sixtieth", 60}, {"seventieth", 70},
      {"eightieth", 80}, {"hundredth", 100}};
  for (const auto& [word, n] : kWords) {
    if (w == word) return n;
  }
  if (w.size() >= 3 && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"))) {
    int n = 0;
    for (std::size_t i = 0; i + 2 < w.size(); ++i) {
      if (w[i] < '0' || w[i] > '9') return 0;
      n = n * 10 + (w[i] - '0');
    }
    return n;
  }
  return 0;
}

// The nearest dated temporal mention in [cb, ce) to token `at`.
const located_mention* nearest_date(const sentence_view& v, std::size_t at, std::size_t cb,
                                    std::size_t ce, bool allow_year,
                                    std::optional<date::sys_days> published = std::nullopt) {
  const located_mention* best = nullptr;
  std::size_t best_dist = static_cast<std::size_t>(-1);
  for (const auto& t : v.mentions) {
    const mention& m = *t.m;
    if ((m.type != mention_type::date && m.type != mention_type::period) || !m.when) continue;
    if (t.first < cb || t.first >= ce || v.excluded(t.first)) continue;
    const time_role role = role_of(v, t);
    if (role != time_role::normal && role != time_role::by) continue;
    if (is_lookback(*m.when, published) || m.when->g == engine::grain::decade) continue;
    if (!allow_year && m.when->g == engine::grain::year) continue;
    // Dates after the words come first ("elections on November 20"); one
    // before them only when close ("the 2019 election").
    const std::size_t dist = t.first >= at ? t.first - at : at - t.first + 6;
    if (dist < best_dist) {
      best_dist = dist;
      best = &t;
    }
  }
  return best;
}

void anniversaries(const sentence_view& v, const lexicon& lex, article_state& st,
                   std::vector<engine::fact>& out) {
  if (!st.anniversary_words) return;
  const auto& t = v.toks();
  // The tokens "anniversary" and "anniversaries" (a loop of its own, as in
  // next_rank_word; build_view found the first).
  auto next = [&t](std::size_t a) {
    const std::size_t n = t.size();
    while (a < n && t[a].low != "anniversary" && t[a].low != "anniversaries") ++a;
    return a;
  };
  for (std::size_t a = v.anniversary_at; a < t.size(); a = next(a + 1)) {
    // The ordinal before it: a mention, or a word ("30th", "thirtieth").
    int n = 0;
    std::size_t first = a;
    std::optional<engine::period> stated;
    for (const auto& lm : v.mentions) {
      if (lm.last >= a && lm.first < a + 1 && lm.first + 3 >= a) {
        if (lm.m->type == mention_type::ordinal && !std::isnan(lm.m->value.number)) {
          n = static_cast<int>(std::lround(lm.m->value.number));
          first = lm.first;
        } else if ((lm.m->type == mention_type::date || lm.m->type == mention_type::period) &&
                   lm.m->when && lm.first <= a && lm.last > a) {
          stated = lm.m->when;  // the temporal grammar resolved it itself
          first = lm.first;
        }
      }
    }
    if (n == 0 && a >= 1) {
      n = ordinal_word(t[a - 1].low);
      if (n != 0) first = a - 1;
    }
    if (n == 0 && stated) {
      // "the 30th anniversary" read as a whole: the number is in its text.
      for (std::size_t k = first; k < a; ++k) {
        if (const int w = ordinal_word(t[k].low); w != 0) n = w;
      }
    }
    if (n <= 0 && !stated) continue;
    // What it is the anniversary of.
    std::size_t e = a + 1;
    if (v.word(e) == "of") ++e;
    if (v.word(e) == "the" || v.word(e) == "its" || v.word(e) == "their" || v.word(e) == "his" ||
        v.word(e) == "her" || v.word(e) == "our") {
      ++e;
    }
    std::string key;
    std::size_t last = e;
    for (const hit& h : v.hits) {
      if (h.first == e && (h.cat == category::event || h.cat == category::metric)) {
        key = h.cat == category::event ? lex.event(h.id).key : lex.metric(h.id).key;
        last = h.last;
        break;
      }
    }
    if (key.empty()) {
      std::string head;
      std::size_t k = e;
      for (; k < t.size() && k < e + 4 && t[k].kind == token_kind::word; ++k) {
        if (t[k].low == "of" || t[k].low == "the") continue;
        if (!head.empty()) head += '_';
        head += t[k].low;
      }
      if (head.empty()) continue;
      key = head;
      last = k;
    }
    // The year it is marked in: a year or day in the sentence, else the
    // year of publication.
    engine::period when;
    // "the 32nd anniversary of ... relations on January 29, 1992": the
    // founding date itself, stated after what is marked.
    std::optional<engine::period> founded;
    if (n > 0 && st.published) {
      const int pub_year = year_of(*st.published);
      for (const auto& lm : v.mentions) {
        const mention& m = *lm.m;
        if (lm.first >= last && (m.type == mention_type::date || m.type == mention_type::period) &&
            m.when && std::abs(year_of(m.when->first) + n - pub_year) <= 1) {
          founded = *m.when;
          break;
        }
      }
    }
    if (founded) {
      when = *founded;
    } else if (stated && stated->g == engine::grain::year && n > 0 &&
        year_of(stated->first) < (st.published ? year_of(*st.published) : 9999) - n + 1) {
      when = *stated;
    } else {
      int year = 0;
      for (const auto& lm : v.mentions) {
        const mention& m = *lm.m;
        if ((m.type == mention_type::date || m.type == mention_type::period) && m.when &&
            role_of(v, lm) == time_role::normal &&
            (m.when->g == engine::grain::year || m.when->g == engine::grain::day ||
             m.when->g == engine::grain::month)) {
          year = year_of(m.when->first);
        }
      }
      if (year == 0 && st.published) year = year_of(*st.published);
      if (year == 0 || n <= 0) continue;
      when = engine::period::year(date::year{year - n});
    }
    const bool bilateral = key.find("diplomatic") != std::string::npos ||
                           key.find("partnership") != std::string::npos;
    entity_choice ent = choose_entity(v, lex, nullptr, a, 0, t.size(), false, bilateral, st.profile);
    if (!ent.found) {
      if (bilateral && !st.profile.pair.empty()) {
        ent.key = st.profile.pair;
      } else if (!st.profile.country.empty()) {
        ent.key = st.profile.country;
      } else {
        continue;
      }
    }
    engine::fact f = base_fact(v, fact_kind::event, first, last);
    f.entity = ent.key;
    f.metric = key;
    f.when = when;
    f.basis = "anniversary:" + std::to_string(n);
    f.value.stated = std::string(v.slice(first, last));
    f.tense = tense_of(v, 0, t.size());
    out.push_back(std::move(f));
  }
}

void dated_events(const sentence_view& v, const lexicon& lex, article_state& st,
                  std::vector<engine::fact>& out) {
  for (const hit& h : v.hits) {
    if (h.cat != category::event || in_attribution(v, h.first, h.last)) continue;
    // Founding events named by an anniversary are handled there.
    if (h.first >= 2 && (v.word(h.first - 1) == "of" || v.word(h.first - 2) == "of") &&
        (v.word(h.first - 2) == "anniversary" ||
         (h.first >= 3 && v.word(h.first - 3) == "anniversary"))) {
      continue;
    }
    const std::string& key = lex.event(h.id).key;
    if (key == "founding" || key == "diplomatic_relations_established" ||
        key == "strategic_partnership_established" || key == "independence") {
      // A founding event needs its verb: "established diplomatic relations
      // on January 3, 1992", not "ties have grown in 2022".
      bool founded = false;
      for (std::size_t i = 0; i < v.toks().size(); ++i) {
        const std::string_view w = v.word(i);
        founded = founded || w == "established" || w == "establish" || w == "establishment" ||
                  w == "founded" || w == "declared" || w == "signed" || w == "set" ||
                  w == "gained" || w == "proclaimed";
      }
      if (!founded) continue;
    }
    const auto [cb, ce] = v.clause_of(h.first);
    // The event's own stretch of the clause: up to the next event named.
    std::size_t eb = cb;
    std::size_t ee = ce;
    for (const hit& o : v.hits) {
      if (o.cat != category::event || &o == &h) continue;
      if (o.first >= h.last && o.first < ee) ee = o.first;
      if (o.last <= h.first && o.last > eb) eb = o.last;
    }
    const located_mention* lm = nearest_date(v, h.last, eb, ee, true, st.published);
    if (lm == nullptr) continue;
    // A plain year dates only a scheduled or held election, summit, forum
    // or referendum, not a generic visit or launch.
    const bool strong = key.find("election") != std::string::npos || key == "referendum" ||
                        key == "summit" || key == "forum" || key == "congress";
    if (lm->m->when->g == engine::grain::year && !strong) continue;
    // A visit or a summit is between the visitor and the host.
    const bool between = key == "visit" || key == "talks" || key == "agreement_signed" ||
                         key == "diplomatic_relations_established" ||
                         key == "strategic_partnership_established";
    entity_choice ent = choose_entity(v, lex, nullptr, std::max(h.last, lm->last), cb, ce, false,
                                      between, st.profile);
    if (!ent.found) {
      // "Parliamentary elections are expected in the first half of 2023":
      // in the country the story is about.
      if (st.profile.country.empty()) continue;
      ent.key = st.profile.country;
      ent.found = true;
    }
    std::size_t first = std::min(h.first, lm->first);
    std::size_t last = std::max(h.last, lm->last);
    if (ent.last > ent.first) {
      first = std::min(first, ent.first);
      last = std::max(last, ent.last);
    }
    engine::fact f = base_fact(v, fact_kind::event, first, last);
    f.entity = ent.key;
    f.metric = key;
    // "the Oct. 27 election" to the lower house of parliament.
    if (key == "election") {
      for (std::size_t i = 0; i < v.toks().size(); ++i) {
        const std::string_view w = v.word(i);
        if (w == "parliament" || w == "parliamentary" || w == "legislature" || w == "mazhilis" ||
            (w == "lower" && v.word(i + 1) == "house")) {
          f.metric = "parliamentary_election";
        }
      }
    }
    f.when = *lm->m->when;
    if (f.when.g == engine::grain::day) {
      st.event_day = f.when;
      st.event_entity = f.entity;
      st.event_at = st.sentence_index;
    }
    f.weekday = lm->m->weekday;
    f.value.stated = std::string(v.slice(h.first, h.last));
    // The tense of the words up to the date, not of a clause that follows
    // ("... on September 14, which experts said will inject ...").
    f.tense = tense_of(v, cb, std::max(h.last, lm->last));
    const std::vector<std::uint8_t>& cue = cues(v);
    for (std::size_t i = cb; i < h.first && i < cue.size(); ++i) {
      if ((cue[i] & cue_hedge) && !v.toks()[i].capital) f.hedged = true;
      if (cue[i] & cue_negation) f.negated = true;
    }
    out.push_back(std::move(f));
  }
}

bool is_rank_head(std::string_view w) {
  return w == "partner" || w == "partners" || w == "investor" || w == "investors" ||
         w == "exporter" || w == "importer" || w == "producer" || w == "supplier" ||
         w == "economy" || w == "market" || w == "destination" || w == "source" ||
         w == "buyer" || w == "consumer" || w == "lender" || w == "creditor" || w == "donor" ||
         w == "customer" || w == "shipper" || w == "holder" || w == "country";
}

// The first token at or after i that is a rank word (is_rank_word), else
// t.size(). A loop of its own: inside ranks() the compiler kept its
// counters on the stack. (build_view finds a sentence's first one.)
[[gnu::noinline]] std::size_t next_rank_word(const std::vector<token>& t, std::size_t i) {
  const std::size_t n = t.size();
  while (i < n && !is_rank_word(t[i].low)) ++i;
  return i;
}

void ranks(const sentence_view& v, const lexicon& lex, article_state& st,
           std::vector<engine::fact>& out) {
  const auto& t = v.toks();
  for (std::size_t i = v.rank_at; i < t.size(); i = next_rank_word(t, i + 1)) {
    const std::string_view w = t[i].low;
    // The ranked noun: up to three words, ending in a head word.
    std::size_t h = i + 1;
    std::string metric;
    while (h < t.size() && h <= i + 3 && t[h].kind == token_kind::word) {
      // ("the largest single trading partner": the partner)
      if (t[h].low == "single" || t[h].low == "individual") {
        ++h;
        continue;
      }
      if (!metric.empty()) metric += '_';
      metric += t[h].low == "trade" ? "trading" : t[h].low;
      if (is_rank_head(t[h].low)) break;
      ++h;
    }
    if (h >= t.size() || !is_rank_head(t[h].low)) continue;
    if (metric.ends_with('s')) metric.pop_back();  // "partners"
    if (w == "main" || w == "major" || w == "leading") {
      // "one of the main partners" is not a rank; "the main partner" is 1.
      if (t[h].low.ends_with('s')) continue;
    }
    // The rank: "second-largest", "third largest", "No. 2".
    int rank = 1;
    std::size_t first = i;
    if (i >= 2 && t[i - 1].low == "-") {
      if (const int n = ordinal_word(t[i - 2].low); n != 0) {
        rank = n;
        first = i - 2;
      }
    } else if (i >= 1) {
      if (const int n = ordinal_word(t[i - 1].low); n != 0) {
        rank = n;
        first = i - 1;
      }
    }
    if (i >= 2 && (t[i - 2].low == "one" || t[i - 1].low == "one") && t[i - 1].low != "-") continue;
    if (i >= 3 && t[i - 3].low == "one" && t[i - 2].low == "of") continue;
    // Owner: "Kazakhstan's largest ...", "... partner of Kazakhstan"; the
    // ranked: the subject.
    const auto [cb, ce] = v.clause_of(i);
    std::string owner;
    std::string ranked;
    std::size_t span_first = first;
    std::size_t span_last = h + 1;
    for (const hit& e : v.hits) {
      const std::string key = entity_key(e, lex);
      if (key.empty() || e.first < cb || e.last > ce || in_attribution(v, e.first, e.last)) continue;
      const bool poss = e.last <= first && first - e.last <= 2 &&
                        (v.word(e.last) == "'s" || e.cat == category::country_adj);
      const bool of_after = e.first >= h + 1 && e.first <= h + 5 &&
                            (v.word(e.first - 1) == "of" || v.word(e.first - 1) == "for" ||
                             v.word(e.first - 1) == "in" || v.word(e.first - 1) == "to");
      if ((poss || of_after) && owner.empty()) {
        owner = key;
        span_first = std::min(span_first, e.first);
        span_last = std::max(span_last, e.last);
      } else if (ranked.empty() && e.last <= first) {
        ranked = key;
        span_first = std::min(span_first, e.first);
      }
    }
    if (owner == "world") owner.clear();
    // "with Kazakhstan the main destination": of the exports spoken of.
    const std::string_view head = t[h].low;
    if (owner.empty() && !ranked.empty() && !st.carried_entity.empty() &&
        st.sentence_index - st.carried_entity_at <= 2 &&
        (head == "destination" || head == "source" || head == "partner" || head == "supplier" ||
         head == "investor" || head == "market" || head == "buyer" || head == "customer")) {
      const std::string carried = st.carried_entity.substr(0, st.carried_entity.find_first_of("+>"));
      if (carried != ranked) owner = carried;
    }
    std::string entity;
    if (!owner.empty() && !ranked.empty() && owner != ranked) {
      entity = owner + ">" + ranked;
    } else if (!ranked.empty()) {
      entity = ranked;
    } else {
      continue;
    }
    engine::period when;
    if (const located_mention* lm = nearest_date(v, i, cb, ce, true, st.published)) {
      when = *lm->m->when;
    } else if (tense_of(v, cb, ce) < 0 && st.carried_period &&
               st.sentence_index - st.carried_period_at <= 3) {
      // "China remained Uzbekistan's largest partner": the period spoken of.
      when = *st.carried_period;
    } else if (st.published) {
      when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
    } else {
      continue;
    }
    engine::fact f = base_fact(v, fact_kind::rank, span_first, span_last);
    f.entity = entity;
    f.metric = metric;
    f.unlisted = true;
    f.when = when;
    f.value.value = engine::interval::point(rank);
    f.value.number = rank;
    f.value.stated = std::string(v.slice(first, h + 1));
    f.tense = tense_of(v, cb, ce);
    out.push_back(std::move(f));
  }
}

// "would serve a term of seven years", "Construction lasted 40 years",
// "talks that took three months": a duration of the thing named.
void durations(const sentence_view& v, const lexicon& lex, article_state& st,
               std::vector<engine::fact>& out) {
  for (const located_mention& lm : v.mentions) {
    const mention& m = *lm.m;
    if (m.type != mention_type::duration || std::isnan(m.value.number) || !m.error.empty()) continue;
    if (in_attribution(v, lm.first, lm.last)) continue;
    const auto [cb, ce] = v.clause_of(lm.first);
    std::string key;
    std::size_t first = lm.first;
    // "a term of seven years": the noun before "of".
    std::size_t k = lm.first;
    if (k > cb && v.word(k - 1) == "of") --k;
    if (k < lm.first && k > cb && v.toks()[k - 1].kind == token_kind::word) {
      const std::string_view noun = v.word(k - 1);
      if (noun != "the" && noun != "a" && change_direction(noun) == 0 && !is_level_verb(noun)) {
        key = std::string(noun);
        first = k - 1;
      }
    }
    if (key.empty()) {
      // "<subject> lasted/took <duration>"
      bool verb = false;
      for (std::size_t i = lm.first; i-- > cb && lm.first - i <= 3;) {
        if (is_duration_verb(v.word(i))) verb = true;
      }
      if (!verb) continue;
      key = head_phrase(v, cb, lm.first);
      if (key.empty()) continue;
      for (const hit& h : v.hits) {
        if (h.cat == category::event && h.last <= lm.first && h.first >= cb) key = lex.event(h.id).key;
      }
      first = cb;
    }
    entity_choice ent = choose_entity(v, lex, nullptr, lm.first, cb, ce, false, false, st.profile);
    if (!ent.found) {
      if (st.profile.country.empty()) continue;
      ent.key = st.profile.country;
    }
    engine::period when;
    if (const located_mention* t = nearest_date(v, lm.first, cb, ce, false);
        t != nullptr && t->m->when->g == engine::grain::day) {
      when = *t->m->when;
    } else if (st.published) {
      when = engine::period::day(date::year_month_day{*st.published}, "(publication date)");
    } else {
      continue;
    }
    engine::fact f = base_fact(v, fact_kind::duration, first, lm.last);
    f.entity = ent.key;
    f.metric = key;
    f.unlisted = true;
    f.when = when;
    f.value = m.value;
    if (f.value.stated.empty()) f.value.stated = std::string(v.slice(lm.first, lm.last));
    f.tense = tense_of(v, cb, ce);
    out.push_back(std::move(f));
  }
}

}  // namespace

bool has_fact_words(const sentence_view& v, bool anniversary_words) {
  // What ranks() and anniversaries() look for before anything else.
  const auto& t = v.toks();
  if (v.rank_at < t.size()) return true;
  return anniversary_words && v.anniversary_at < t.size();
}

void assemble_events(const sentence_view& v, const lexicon& lex, article_state& st,
                     std::vector<engine::fact>& out) {
  anniversaries(v, lex, st, out);
  dated_events(v, lex, st, out);
  ranks(v, lex, st, out);
  durations(v, lex, st, out);
}

}  // namespace claimcheck::grammar::claims
