// Building the sentence view of claim assembly (see context.hpp): the
// tokens of one sentence, its lexicon hits, the mentions inside it, a
// dateline, its clauses and its attribution phrase ("..., the ministry said").
#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/claims/context.hpp"

namespace claimcheck::grammar::claims {
namespace {

// Verbs of saying: "said", "reported", "noted", ... (by length first).
bool is_said(std::string_view w) {
  switch (w.size()) {
    case 4: return w == "said" || w == "says" || w == "told";
    case 5: return w == "noted" || w == "added" || w == "shows" || w == "wrote";
    case 6: return w == "stated" || w == "showed";
    case 7: return w == "reports";
    case 8: return w == "reported" || w == "revealed" || w == "stressed";
    case 9: return w == "announced" || w == "estimated" || w == "explained" || w == "confirmed";
    case 10: return w == "reiterated";
    default: return false;
  }
}

// The passes of build_view.

// Lexicon hits, longest first, left to right; and the first rank word and
// "anniversary" word (every word token is looked at, those inside a hit
// too; "anniversary" only when the text has its letters).
void lexicon_hits(sentence_view& v, const lexicon& lex, bool anniversary_words) {
  const auto& t = v.tl.tokens;
  // The token count in a local: the pushes below could alias it for the
  // compiler, which would then reload it at every step of every loop.
  const std::size_t n = t.size();
  std::size_t rank_at = n;
  std::size_t anniversary_at = n;
  auto look = [&](std::size_t k) {
    if (rank_at == n && is_rank_word(t[k].low)) rank_at = k;
    if (anniversary_words && anniversary_at == n &&
        (t[k].low == "anniversary" || t[k].low == "anniversaries")) {
      anniversary_at = k;
    }
  };
  for (std::size_t i = 0; i < n;) {
    if (t[i].kind != token_kind::punct) {
      look(i);
      if (auto m = lex.match_at(t, i)) {
        v.hits.push_back({m->first, m->last, m->cat, m->id});
        for (std::size_t k = i + 1; k < m->last; ++k) look(k);
        i = m->last;
        continue;
      }
    }
    ++i;
  }
  v.rank_at = rank_at;
  v.anniversary_at = anniversary_at;
}

void find_clauses(sentence_view& v) {
  const auto& t = v.tl.tokens;
  const std::size_t n = t.size();
  // Clauses: at ';', and at ',' or a word start before while / whereas /
  // but / although.
  v.clause_starts.push_back(0);
  for (std::size_t i = 1; i < n; ++i) {
    // ";" and "," are punctuation tokens: one test for most tokens.
    if (t[i - 1].kind != token_kind::punct) continue;
    const std::string_view w = t[i].low;
    if (t[i - 1].low == ";") {
      v.clause_starts.push_back(i);
    } else if ((w == "while" || w == "whereas" || w == "but" || w == "although" || w == "though" ||
                w == "adding" || w == "saying") &&
               t[i - 1].low == ",") {
      // (", Tokayev said, adding that the two sides aim to ...": another
      // claim)
      v.clause_starts.push_back(i);
    }
  }
}

// The attribution phrase of the sentence, if any.
void find_attribution(sentence_view& v) {
  const auto& t = v.tl.tokens;
  const std::size_t n = t.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (t[i].low == "according" && t[i + 1].low == "to") {
      std::size_t e = i + 2;
      while (e < n && t[e].low != "," && t[e].low != "." && t[e].low != ";" &&
             t[e].low != "\"") {
        ++e;
      }
      if (e > i + 2) {
        v.attr_first = i;
        v.attr_last = e;
        v.attribution = std::string(v.slice(i, e));
        return;
      }
    }
  }
  // ", the Xinhua News Agency reported." / ", said Nuryshev." at the end.
  std::size_t last_comma = n;
  for (std::size_t i = n; i-- > 0;) {
    if (t[i].low == "," || (t[i].low == "\"" && i > 0 && t[i - 1].low == ",")) {
      last_comma = i;
      break;
    }
  }
  if (last_comma < n) {
    std::size_t b = last_comma + 1;
    if (b < n && t[b].low == "\"") ++b;
    std::size_t e = n;
    while (e > b && t[e - 1].kind == token_kind::punct) --e;
    bool numbers = false;
    for (std::size_t i = b; i < e; ++i) numbers = numbers || t[i].kind == token_kind::number;
    if (e > b && e - b <= 10 && !numbers) {
      for (std::size_t i = b; i < e; ++i) {
        // ", the agency said (on Friday)." or ", said Nuryshev."
        const bool said_first = i == b && e - b <= 5;
        const bool said_late = i + 4 >= e;
        if (is_said(t[i].low) && (said_first || said_late)) {
          v.attr_first = b;
          v.attr_last = e;
          v.attribution = std::string(v.slice(b, e));
          return;
        }
      }
    }
  }
  // "The ambassador said (that) ..." at the start.
  for (std::size_t i = 1; i < n && i < 10; ++i) {
    if (t[i].kind == token_kind::number || t[i].low == ",") break;
    // "Services exports are estimated at $341 billion": a passive, no
    // speaker.
    const std::string_view be = t[i - 1].low;
    if (be == "is" || be == "are" || be == "was" || be == "were" || be == "been" || be == "be") {
      continue;
    }
    // ("Gross value added rose 5.6%": no speaker)
    if (is_said(t[i].low) && !(t[i].low == "added" && be == "value")) {
      v.attr_first = 0;
      v.attr_last = i + 1;
      v.attribution = std::string(v.slice(0, i + 1));
      return;
    }
  }
  // "data from the statistics bureau", "figures released by".
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if ((t[i].low == "data" || t[i].low == "figures" || t[i].low == "statistics") &&
        (t[i + 1].low == "from" || t[i + 1].low == "by" ||
         (t[i + 1].low == "released" && t[i + 2].low == "by") ||
         (t[i + 1].low == "published" && t[i + 2].low == "by"))) {
      std::size_t e = i + 2;
      while (e < n && t[e].low != "," && t[e].low != "." && t[e].low != "showed" &&
             t[e].low != "show" && t[e].low != "shows") {
        ++e;
      }
      v.attr_first = i;
      v.attr_last = e;
      v.attribution = std::string(v.slice(i, e));
      return;
    }
  }
}

}  // namespace

void build_view(sentence_view& v, const lexicon& lex, std::span<const mention> mentions,
                std::string_view lower, bool anniversary_words) {
  if (lower.size() == v.text.size()) {
    tokenize(v.text, lower, v.s.start, v.s.end, v.tl.tokens);
  } else {
    tokenize(v.text, v.s.start, v.s.end, v.tl);
  }
  lexicon_hits(v, lex, anniversary_words);
  const auto& t = v.tl.tokens;
  const std::size_t n = t.size();
  // Mentions inside the sentence.
  const auto lo = std::lower_bound(mentions.begin(), mentions.end(), v.s.start,
                                   [](const mention& m, std::size_t o) { return m.start < o; });
  for (auto it = lo; it != mentions.end() && it->start < v.s.end; ++it) {
    const std::size_t first = v.token_at(it->start);
    std::size_t last = v.token_at(it->end);
    if (last <= first) last = first + 1;
    v.mentions.push_back({&*it, first, std::min(last, n)});
  }
  // "48.2 billion US dollars", "Philippine pesos": a currency's country is
  // no entity of the claim.
  bool money = false;
  for (const auto& lm : v.mentions) money = money || (lm.m->type == mention_type::money && lm.last > lm.first + 1);
  if (money) {
    std::erase_if(v.hits, [&](const hit& h) {
      if (h.cat == category::metric || h.cat == category::event) return false;
      for (const auto& lm : v.mentions) {
        if (lm.m->type == mention_type::money && h.first >= lm.first && h.last <= lm.last) return true;
      }
      return false;
    });
  }
  // Dateline: a place in capitals at the start, then "--" or a dash,
  // within the first tokens ("ASTANA, March 20 (Kazinform) --").
  if (!t.empty() && t[0].all_caps && t[0].end - t[0].start >= 3) {
    for (std::size_t i = 1; i + 1 < n && i < 16; ++i) {
      if (t[i].low == "-" && (t[i + 1].low == "-" || t[i - 1].low == "-" ||
                              (t[i].start > 0 && v.text[t[i].start - 1] == ' '))) {
        std::size_t e = i + 1;
        while (e < n && t[e].low == "-") ++e;
        v.dateline_end = e;
        break;
      }
    }
  }
  if (v.mentions.empty() && !has_fact_words(v, anniversary_words)) {
    v.quiet = true;
    return;
  }
  find_clauses(v);
  find_attribution(v);
}

}  // namespace claimcheck::grammar::claims
