// Entity choice for claims (see entities.hpp).
#include "grammar/claims/entities.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::grammar::claims {
namespace {

bool is_entity_hit(const hit& h, const lexicon& lex) {
  switch (h.cat) {
    case category::country_name:
    case category::country_adj:
    case category::country_capital:
    case category::country_code:
    case category::region:
      return true;
    case category::organisation:
      return lex.organisation(h.id).kind == "bloc";
    default:
      return false;
  }
}

bool inside_attribution(const sentence_view& v, const hit& h) { return v.excluded(h.first); }

// "both countries", "the two sides", "bilateral", "mutual".
bool has_pair_words(const sentence_view& v, std::size_t b, std::size_t e) {
  for (std::size_t i = b; i < e; ++i) {
    const std::string_view w = v.word(i);
    if (w == "bilateral" || w == "mutual" || w == "two-way") return true;
    if ((w == "two" || w == "both") &&
        (v.word(i + 1) == "countries" || v.word(i + 1) == "sides" || v.word(i + 1) == "nations" ||
         v.word(i + 1) == "states" || v.word(i + 1) == "neighbours" || v.word(i + 1) == "neighbors")) {
      return true;
    }
    if (w == "two" && v.word(i + 1) == "-" && v.word(i + 2) == "way") return true;
  }
  return false;
}

}  // namespace

std::string pair_key(std::string a, std::string b) {
  if (b < a) std::swap(a, b);
  return a + "+" + b;
}

std::string entity_key(const hit& h, const lexicon& lex) {
  return std::string(entity_key_view(h, lex));
}

std::string_view entity_key_view(const hit& h, const lexicon& lex) {
  switch (h.cat) {
    case category::country_name:
    case category::country_adj:
    case category::country_capital:
    case category::country_code:
      return lex.country(h.id).code;
    case category::region:
      return lex.region(h.id).key;
    case category::organisation:
      return lex.organisation(h.id).key;
    default:
      return {};
  }
}

article_profile profile_article(std::span<const sentence_view> views, const lexicon& lex) {
  // Namings per country code (an article names few countries: a flat list,
  // not a map of strings).
  std::vector<std::pair<std::string_view, unsigned>> counts;
  std::string_view dateline;  // the first dateline's country
  article_profile p;
  // The entity the article names first, and how often its first region
  // is named: "Euro zone inflation picks up ... In Germany, ...": the
  // story is the region's.
  bool region_first = false;
  bool any_named = false;
  unsigned region_count = 0;
  for (const auto& v : views) {
    for (const hit& h : v.hits) {
      if (h.cat == category::region && !any_named && lex.region(h.id).key != "world") {
        region_first = true;
      }
      if (h.cat == category::region && lex.region(h.id).key == p.region) ++region_count;
      if (is_entity_hit(h, lex) && !(h.cat == category::region && lex.region(h.id).key == "world")) {
        any_named = true;
      }
      if (h.cat == category::region && p.region.empty()) {
        ++region_count;
        p.region = lex.region(h.id).key;
        p.region_members = lex.region(h.id).members.size();
        p.members = lex.region(h.id).members;
      }
      if (h.cat == category::country_name || h.cat == category::country_adj ||
          h.cat == category::country_capital || h.cat == category::country_code) {
        const std::string_view code = lex.country(h.id).code;
        const auto it = std::find_if(counts.begin(), counts.end(),
                                     [&](const auto& c) { return c.first == code; });
        if (it == counts.end()) {
          counts.emplace_back(code, 1);
        } else {
          ++it->second;
        }
        if (h.last <= v.dateline_end && dateline.empty()) dateline = code;
      }
    }
  }
  // In code order, then by count: ties keep code order.
  std::sort(counts.begin(), counts.end());
  std::vector<std::pair<unsigned, std::string_view>> ranked;
  ranked.reserve(counts.size());
  for (const auto& [k, n] : counts) ranked.emplace_back(n, k);
  // The dateline's place ("ASTANA, Jan 15 -") breaks a tie: wire copy is
  // mostly filed from the country it is about.
  std::stable_sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return a.second == dateline && b.second != dateline;
  });
  if (!ranked.empty()) p.country = std::string(ranked[0].second);
  if (region_first && region_count > (ranked.empty() ? 0 : ranked[0].first)) {
    p.country = p.region;
  }
  if (ranked.size() >= 2 && (ranked.size() == 2 || ranked[1].first > ranked[2].first)) {
    p.pair = pair_key(std::string(ranked[0].second), std::string(ranked[1].second));
  }
  return p;
}

namespace {

bool is_partner_marker(std::string_view w) {
  return w == "to" || w == "from" || w == "with" || w == "into" || w == "in";
}

// The word before a name, past an article: "to" in "to the European
// Union" and in "to China"; "" at the start.
std::string_view marker_before(const sentence_view& v, const hit& h) {
  if (h.first == 0) return {};
  if (v.word(h.first - 1) == "the" && h.first >= 2) return v.word(h.first - 2);
  return v.word(h.first - 1);
}

}  // namespace

entity_choice choose_entity(const sentence_view& v, const lexicon& lex, const hit* metric,
                            std::size_t value_tok, std::size_t cb, std::size_t ce,
                            bool directional, bool bilateral, const article_profile& profile,
                            const std::string& default_owner) {
  // Names that can be the value's: before it, or after it as the partner of
  // a flow ("exported 6 bcm of gas to China"). The world is never one.
  auto usable = [&](const hit& h, std::size_t b, std::size_t e) {
    if (!is_entity_hit(h, lex) || inside_attribution(v, h) || h.first < b || h.last > e) return false;
    if (entity_key_view(h, lex) == "world") return false;
    // "The country agreed with OPEC+ partners to cut its output": a party
    // met "with" is the claim's only for a flow or a relation.
    // ("companies with Chinese capital" are no Chinese companies either.)
    if (!(directional || bilateral) && marker_before(v, h) == "with") return false;
    // "China overtook Russia as Kazakhstan's top partner": the one passed
    // is no party to the claim.
    if (const std::string_view w = marker_before(v, h);
        w == "overtook" || w == "overtaking" || w == "overtaken" || w == "surpassed" ||
        w == "surpassing" || w == "displaced" || w == "replacing" || w == "replaced" ||
        w == "outpaced" || w == "outstripped" ||
        (w == "of" && h.first >= 2 && v.word(h.first - 2) == "ahead")) {
      return false;
    }
    if (h.last <= value_tok) return true;
    // "About 50,000 Kazakh students": the name between the value and its
    // metric.
    if (metric != nullptr && h.last == metric->first && metric->first <= value_tok + 4) return true;
    // After the value only "to", "from" or "into" name a partner ("..., with
    // Kazakhstan the main destination" is another claim).
    const std::string_view marker = marker_before(v, h);
    // "students studying in China", "migrants working in Russia".
    const std::string_view verb = h.first >= 2 ? v.word(h.first - 2) : std::string_view{};
    const bool staying = marker == "in" && (verb == "studying" || verb == "study" ||
                                            verb == "studied" || verb == "working" ||
                                            verb == "work" || verb == "living" || verb == "live");
    if (!(directional || bilateral) || h.first < 1 || h.first > value_tok + 16 ||
        !(marker == "to" || marker == "from" || marker == "into" || staying)) {
      return false;
    }
    // "..., with almost all of it going to China": another claim.
    for (std::size_t i = value_tok; i < h.first; ++i) {
      if (v.word(i) == "with") return false;
    }
    // "..., with transfers from Russia": past another metric, another claim.
    for (const hit& m : v.hits) {
      if (m.cat == category::metric && m.first >= value_tok && m.last <= h.first && &m != metric) {
        return false;  // (the value's own metric, "655.3 thou tourists from China", is no other)
      }
    }
    // "to Uzbekistan and Afghanistan": the value is the group's, no one
    // partner's.
    if (v.word(h.last) == "and" || v.word(h.last) == ",") {
      for (const hit& o : v.hits) {
        if (o.first == h.last + 1 && is_entity_hit(o, lex)) return false;
      }
    }
    return true;
  };
  // The names' lists of this thread's last call, emptied: no allocation
  // per value (choose_entity calls nothing that calls it back).
  thread_local std::vector<const hit*> ents;
  thread_local std::vector<const hit*> distinct;
  ents.clear();
  distinct.clear();
  for (const hit& h : v.hits) {
    if (usable(h, cb, ce)) ents.push_back(&h);
  }
  // Widen to the sentence when the clause names none.
  if (ents.empty()) {
    for (const hit& h : v.hits) {
      if (usable(h, 0, v.toks().size())) ents.push_back(&h);
    }
  }
  entity_choice out;
  auto set = [&](std::string key, const hit* a, const hit* b) {
    out.key = std::move(key);
    out.found = true;
    out.first = a->first;
    out.last = b != nullptr ? std::max(a->last, b->last) : a->last;
    if (b != nullptr) out.first = std::min(a->first, b->first);
  };
  // "between A and B", "A-B" ("China-Kazakhstan", "Kazakh-Chinese").
  for (std::size_t k = 0; k + 1 < ents.size(); ++k) {
    const hit& a = *ents[k];
    const hit& b = *ents[k + 1];
    const std::string_view ka = entity_key_view(a, lex);
    const std::string_view kb = entity_key_view(b, lex);
    if (ka == kb) continue;
    const bool hyphen = b.first == a.last + 1 && v.word(a.last) == "-";
    const bool between = a.first >= 1 && b.first == a.last + 1 && v.word(a.last) == "and" &&
                         (v.word(a.first - 1) == "between" ||
                          (a.first >= 2 && v.word(a.first - 2) == "between"));
    const bool joint = b.first == a.last + 1 && v.word(a.last) == "and";
    if ((hyphen && !directional) || between || (joint && bilateral)) {
      set(pair_key(std::string(ka), std::string(kb)), &a, &b);
      return out;
    }
  }
  // Distinct entity keys, in order.
  for (const hit* h : ents) {
    const std::string_view k = entity_key_view(*h, lex);
    if (std::none_of(distinct.begin(), distinct.end(),
                     [&](const hit* d) { return entity_key_view(*d, lex) == k; })) {
      distinct.push_back(h);
    }
  }
  const bool single_partner = distinct.size() == 1 &&
                              is_partner_marker(marker_before(v, *distinct[0])) &&
                              marker_before(v, *distinct[0]) != "in";
  if (bilateral) {
    if (distinct.size() >= 2) {
      set(pair_key(entity_key(*distinct[0], lex), entity_key(*distinct[1], lex)), distinct[0],
          distinct[1]);
      return out;
    }
    if (has_pair_words(v, 0, v.toks().size()) && !profile.pair.empty() &&
        (distinct.empty() ||
         profile.pair.find(entity_key_view(*distinct[0], lex)) != std::string::npos)) {
      out.key = profile.pair;
      out.found = true;
      if (!distinct.empty()) {
        out.first = distinct[0]->first;
        out.last = distinct[0]->last;
      }
      return out;
    }
    // "weekly flights to China" from an airport of the article's country.
    if (single_partner && !default_owner.empty() && default_owner.find_first_of("+>") == std::string::npos &&
        default_owner != entity_key_view(*distinct[0], lex)) {
      set(pair_key(default_owner, entity_key(*distinct[0], lex)), distinct[0], nullptr);
      return out;
    }
    // "..., while trade with Russia fell 3%" after another pair: the story's
    // country with this partner.
    if (single_partner && marker_before(v, *distinct[0]) == "with" && !profile.country.empty() &&
        profile.country != entity_key_view(*distinct[0], lex)) {
      set(pair_key(profile.country, entity_key(*distinct[0], lex)), distinct[0], nullptr);
      return out;
    }
  }
  if (directional) {
    if (distinct.size() >= 2) {
      // Owner: the name right before the metric ("Kazakhstan's exports",
      // "Chinese investment") or the first one; partner: the other.
      const hit* owner = nullptr;
      for (const hit* h : distinct) {
        if (metric != nullptr && h->last <= metric->first && metric->first - h->last <= 3 &&
            !is_partner_marker(marker_before(v, *h))) {
          owner = h;
        }
      }
      if (owner == nullptr) {
        owner = distinct[0];
        for (const hit* h : distinct) {
          if (!is_partner_marker(marker_before(v, *h))) {
            owner = h;
            break;
          }
        }
      }
      const hit* partner = nullptr;
      for (const hit* h : distinct) {
        if (h != owner && entity_key_view(*h, lex) != entity_key_view(*owner, lex)) {
          partner = h;
          break;
        }
      }
      if (partner != nullptr) {
        set(entity_key(*owner, lex) + ">" + entity_key(*partner, lex), owner, partner);
        return out;
      }
    }
    // "imports from Russia" after "China's exports to Russia ...": the
    // owner is the one the text spoke of.
    if (single_partner && !default_owner.empty()) {
      const std::string partner = entity_key(*distinct[0], lex);
      std::string owner = default_owner.substr(0, default_owner.find('>'));
      if (const auto plus = default_owner.find('+'); plus != std::string::npos) {
        // The pair spoken of: the owner is its other member.
        const std::string a = default_owner.substr(0, plus);
        const std::string b = default_owner.substr(plus + 1);
        owner = a == partner ? b : b == partner ? a : std::string();
      }
      if (!owner.empty() && owner != partner) {
        set(owner + ">" + partner, distinct[0], nullptr);
        return out;
      }
    }
  }
  if (!distinct.empty()) {
    // The name attached to the metric: right before it ("Kazakhstan's GDP",
    // "Kazakh GDP") or after "of"/"in" ("GDP of Kazakhstan").
    const hit* best = nullptr;
    if (metric != nullptr) {
      for (const hit* h : distinct) {
        if (h->last <= metric->first && metric->first - h->last <= 3) best = h;
        if (best == nullptr && h->first >= metric->last && h->first - metric->last <= 2 &&
            (v.word(h->first - 1) == "of" || v.word(h->first - 1) == "in")) {
          best = h;
        }
      }
    }
    if (best == nullptr) {
      // A country before a region adjective ("Caspian") or a capital.
      best = distinct[0];
      for (const hit* h : distinct) {
        if (h->cat == category::country_name || h->cat == category::country_adj) {
          best = h;
          break;
        }
      }
    }
    set(entity_key(*best, lex), best, nullptr);
    return out;
  }
  if (has_pair_words(v, 0, v.toks().size()) && !profile.pair.empty()) {
    out.key = profile.pair;
    out.found = true;
  }
  return out;
}

}  // namespace claimcheck::grammar::claims
