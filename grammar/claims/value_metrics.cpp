// The metric of a value (see value_parts.hpp): the metric words nearest
// it, the commodity and flow a metric is of ("coal exports", "tonnes of
// oil"), and the owner, part and whole of a share.
#include "grammar/claims/value_parts.hpp"

#include <algorithm>

#include "grammar/claims/values.hpp"
#include "grammar/claims/word_map.hpp"

namespace claimcheck::grammar::claims {

using engine::fact_kind;
using namespace detail;

namespace detail {

// The metric hit for a value: inside its words ("6.1 million passengers"),
// right after it ("$5 billion in exports", "4.7 million international
// visitors"), else the nearest before it in its clause, else before it in
// the sentence.
namespace {

// "the Department of Migrant Workers", "the Ministry of Trade": a metric's
// words inside an institution's name (capitalised, after "<Institution>
// of").
bool in_institution_name(const sentence_view& v, const hit& h) {
  const auto& t = v.toks();
  if (h.first < 2 || !t[h.first].capital) return false;
  std::size_t k = h.first;
  while (k > 1 && t[k - 1].capital && h.first - k < 3) --k;
  if (k < 2 || t[k - 1].low != "of") return false;
  const std::string_view w = t[k - 2].low;
  return w == "department" || w == "ministry" || w == "agency" || w == "bureau" ||
         w == "office" || w == "commission" || w == "committee" || w == "council" ||
         w == "institute" || w == "board" || w == "authority" || w == "service" ||
         w == "minister" || w == "secretary" || w == "chamber" || w == "federation" ||
         w == "association" || w == "union";
}

}  // namespace

metric_pick pick_metric(const sentence_view& v, const lexicon& lex, const located_mention& lm,
                        std::size_t cb, std::size_t ce, unit_kind vk) {
  const hit* inside = nullptr;
  const hit* after = nullptr;
  const hit* before_clause = nullptr;
  const hit* before_sentence = nullptr;
  for (const hit& h : v.hits) {
    if (h.cat != category::metric) continue;
    if (in_attribution(v, h.first, h.last) || in_institution_name(v, h)) continue;
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
      {"smartphone", "smartphone"}, {"smartphones", "smartphone"}, {"services", "services"},
      {"lithium", "lithium"}, {"nickel", "nickel"},    {"cobalt", "cobalt"},    {"silver", "silver"},
      {"soybean", "soybean"}, {"soybeans", "soybean"}, {"corn", "corn"},        {"maize", "corn"},
      {"cocoa", "cocoa"},     {"potash", "potash"},    {"diamond", "diamond"},  {"diamonds", "diamond"},
      {"rubber", "rubber"},   {"tea", "tea"},          {"condensate", "oil"},   {"energy", "energy"},
      // edible oils are not crude's ("palm oil exports")
      {"palm", "palm_oil"},   {"olive", "olive_oil"},  {"vegetable", "vegetable_oil"},
      {"sunflower", "sunflower_oil"}};
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
      w == "supplies" || w == "shipping" || w == "shipments") {
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
  // "oil and condensate output", "food and beverage prices": the first.
  if (c.empty() && metric != nullptr && metric->first >= 3 && v.word(metric->first - 2) == "and") {
    c = commodity(v.word(metric->first - 3));
  }
  // "non-oil exports": not oil's.
  if (!c.empty() && metric != nullptr && metric->first >= 3 && v.word(metric->first - 2) == "-" &&
      v.word(metric->first - 3) == "non") {
    return "non_" + std::string(c) + "_" + std::string(flow);
  }
  if (metric != nullptr && c.empty() &&
      (v.word(metric->last) == "from" || v.word(metric->last) == "of")) {
    c = commodity(v.word(metric->last + 1));
  }
  // "... tonnes of (natural) gas", "... of coal", "117.6 billion cubic
  // metres (bcm) of natural gas".
  std::size_t after = lm.last;
  if (v.word(after) == "(" && v.word(after + 2) == ")") after += 3;
  for (std::size_t i = after; c.empty() && i < after + 3 && i < v.toks().size(); ++i) {
    if (v.word(i) == "of") {
      std::size_t k = i + 1;
      // ("of liquefied natural gas", "of refined copper")
      while (k < i + 3 && (v.word(k) == "liquefied" || v.word(k) == "natural" ||
                           v.word(k) == "refined" || (v.word(k) == "crude" && v.word(k + 1) == "oil"))) {
        ++k;
      }
      c = commodity(v.word(k));
      if (c.empty()) break;
    }
  }
  // A count unit that names the product.
  if (c.empty()) c = commodity(lm.m->value.unit);
  // "the world's largest copper producer, mined 5.51 million tonnes".
  for (std::size_t i = cb; c.empty() && i + 1 < lm.first; ++i) {
    const std::string_view n = v.word(i + 1);
    if (n == "producer" || n == "exporter" || n == "importer" || n == "miner") c = commodity(v.word(i));
  }
  // "Iron ore remained the biggest export earner: miners shipped 898
  // million tonnes": the sentence's subject.
  if (c.empty() && cb == 0 && lm.first > 2 &&
      (key.empty() || key == "exports" || key == "imports" || key == "production")) {
    c = commodity(v.word(0));
  }
  // Barrels are oil's, cubic metres gas's ("pumped 4.2 million bpd").
  if (c.empty() && flow != "price") {
    if (lm.m->value.unit == "bbl") c = "oil";
    if (lm.m->value.unit == "m3") c = "gas";
  }
  // "exported 1.02 million tonnes of copper concentrate ..., earning $2.1
  // billion": the commodity named before in the clause.
  for (std::size_t i = cb; c.empty() && i + 1 < lm.first; ++i) {
    if (v.word(i) == "of" && v.toks()[i + 1].kind == token_kind::word) c = commodity(v.word(i + 1));
  }
  if (c.empty()) {
    // "Month-on-month, urban prices rose 0.2%": bare prices in percent are
    // the consumer price index.
    if (flow == "price" && metric != nullptr && lm.m->value.unit == "%") {
      const std::string_view b = metric->first > cb ? v.word(metric->first - 1) : std::string_view{};
      if (b.empty() || b == "the" || b == "urban" || b == "overall" || b == "general" ||
          b == "," || b == "retail") {
        return "cpi";
      }
    }
    return {};
  }
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
    if (owner != nullptr && entity_key_view(h, lex) == entity_key_view(*owner, lex)) continue;
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
            w == "were" || w == "its" || w == "their" || w == "which" || w == "that" ||
            w == "it" || w == "this" || w == "they") {
          // ("household spending, which makes up three quarters of the
          // economy": a pronoun names no part; the metric before does.)
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

}  // namespace detail

}  // namespace claimcheck::grammar::claims
