// Ranks and conjuncts of values (see value_parts.hpp): "the largest
// investor, with $7.5 billion", gapped conjuncts ("and agriculture 9.1
// percent"), a member's part of a regional total and "the five countries".
#include "grammar/claims/value_parts.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "grammar/claims/values.hpp"
#include "grammar/claims/word_map.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

namespace detail {

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

}  // namespace detail

}  // namespace claimcheck::grammar::claims
