// JSON encoding of facts, articles and findings with nlohmann::json.
#include "engine/json.hpp"

#include <cmath>

#include "engine/model/error.hpp"

namespace claimcheck::engine {
namespace {

using json = nlohmann::json;

json bound(double x) { return std::isinf(x) ? json(nullptr) : json(x); }

double bound_from(const json& j, double if_null) {
  if (j.is_null()) return if_null;
  if (!j.is_number()) throw error(error_code::input, "json", "interval bound is not a number");
  return j.get<double>();
}

template <class T>
T get_or(const json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

std::optional<date::sys_days> day_from(const json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null() || !it->is_string()) return std::nullopt;
  return period::parse_iso(it->get<std::string>());
}

json source_json(const source_span& s) {
  return {{"line", s.line}, {"column", s.column}, {"start", s.start},
          {"end", s.end},   {"sentence", s.sentence}};
}

source_span source_from_json(const json& s) {
  source_span out;
  out.line = get_or<unsigned>(s, "line", 0);
  out.column = get_or<unsigned>(s, "column", 0);
  out.start = get_or<std::size_t>(s, "start", 0);
  out.end = get_or<std::size_t>(s, "end", 0);
  out.sentence = get_or<std::string>(s, "sentence", "");
  return out;
}

}  // namespace

json interval_json(const interval& v) {
  json j;
  if (v.empty()) {
    j["lo"] = nullptr;
    j["hi"] = nullptr;
    j["empty"] = true;
    return j;
  }
  j["lo"] = bound(v.lo());
  j["hi"] = bound(v.hi());
  if (v.lo_open() && std::isfinite(v.lo())) j["lo_open"] = true;
  if (v.hi_open() && std::isfinite(v.hi())) j["hi_open"] = true;
  return j;
}

interval interval_from_json(const json& j) {
  if (!j.is_object()) throw error(error_code::input, "json", "value is not an object");
  if (get_or(j, "empty", false)) return {};
  const double lo = bound_from(j.value("lo", json(nullptr)), -interval::inf);
  const double hi = bound_from(j.value("hi", json(nullptr)), interval::inf);
  return {lo, hi, get_or(j, "lo_open", false), get_or(j, "hi_open", false)};
}

json fact_json(const fact& f) {
  json value = interval_json(f.value.value);
  value["unit"] = f.value.unit;
  value["qualifier"] = std::string(to_string(f.value.qual));
  value["stated"] = f.value.stated;
  value["number"] = std::isnan(f.value.number) ? json(nullptr) : json(f.value.number);
  json j = {
      {"id", f.id},
      {"kind", std::string(to_string(f.kind))},
      {"entity", f.entity},
      {"metric", f.metric},
      {"period",
       {{"start", period::iso(f.when.first)},
        {"end", period::iso(f.when.last)},
        {"label", f.when.label},
        {"grain", std::string(to_string(f.when.g))}}},
      {"value", value},
      {"source", source_json(f.source)},
  };
  if (!f.article.empty()) j["article"] = f.article;
  if (!f.basis.empty()) j["basis"] = f.basis;
  if (!f.attribution.empty()) j["attribution"] = f.attribution;
  if (f.hedged) j["hedged"] = true;
  if (f.negated) j["negated"] = true;
  if (f.unlisted) j["unlisted"] = true;
  if (f.weekday) j["weekday"] = *f.weekday;
  if (f.tense != 0) j["tense"] = f.tense;
  if (f.derived()) {
    j["derived_by"] = f.derived_by;
    j["inputs"] = f.inputs;
  }
  if (f.published) j["published"] = period::iso(*f.published);
  return j;
}

fact fact_from_json(const json& j) {
  try {
    fact f;
    f.id = j.at("id").get<std::string>();
    f.article = get_or<std::string>(j, "article", "");
    auto kind = fact_kind_from_string(j.at("kind").get<std::string>());
    if (!kind) throw error(error_code::input, "json", "unknown fact kind");
    f.kind = *kind;
    f.entity = j.at("entity").get<std::string>();
    f.metric = j.at("metric").get<std::string>();
    const json& p = j.at("period");
    auto first = period::parse_iso(p.at("start").get<std::string>());
    auto last = period::parse_iso(p.at("end").get<std::string>());
    if (!first || !last) throw error(error_code::input, "json", "bad period dates");
    f.when.first = *first;
    f.when.last = *last;
    f.when.label = get_or<std::string>(p, "label", "");
    f.when.g = grain_from_string(get_or<std::string>(p, "grain", "span")).value_or(grain::span);
    const json& v = j.at("value");
    f.value.value = interval_from_json(v);
    f.value.unit = get_or<std::string>(v, "unit", "");
    f.value.qual =
        qualifier_from_string(get_or<std::string>(v, "qualifier", "exact")).value_or(qualifier::exact);
    f.value.stated = get_or<std::string>(v, "stated", "");
    f.value.number = get_or<double>(v, "number", std::nan(""));
    if (auto s = j.find("source"); s != j.end()) f.source = source_from_json(*s);
    f.basis = get_or<std::string>(j, "basis", "");
    f.attribution = get_or<std::string>(j, "attribution", "");
    f.hedged = get_or(j, "hedged", false);
    f.negated = get_or(j, "negated", false);
    f.unlisted = get_or(j, "unlisted", false);
    if (auto w = j.find("weekday"); w != j.end() && w->is_number_unsigned()) {
      f.weekday = w->get<unsigned>();
    }
    f.tense = get_or(j, "tense", 0);
    f.derived_by = get_or<std::string>(j, "derived_by", "");
    f.inputs = get_or<std::vector<std::string>>(j, "inputs", {});
    f.published = day_from(j, "published");
    return f;
  } catch (const json::exception& e) {
    throw error(error_code::input, "json", std::string("bad fact: ") + e.what());
  }
}

json article_json(const article& a, bool with_text) {
  json j = {{"id", a.id},         {"path", a.path},     {"title", a.title},
            {"published", a.published ? json(period::iso(*a.published)) : json(nullptr)},
            {"source", a.source}, {"url", a.url},       {"format", a.format}};
  if (!a.published_text.empty()) j["published_text"] = a.published_text;
  if (with_text) {
    j["text"] = a.text;
    j["base_offset"] = a.base_offset;
    j["base_line"] = a.base_line;
  }
  return j;
}

article article_from_json(const json& j) {
  try {
    article a;
    a.id = j.at("id").get<std::string>();
    a.path = get_or<std::string>(j, "path", "");
    a.title = get_or<std::string>(j, "title", "");
    a.published = day_from(j, "published");
    a.published_text = get_or<std::string>(j, "published_text", "");
    a.source = get_or<std::string>(j, "source", "");
    a.url = get_or<std::string>(j, "url", "");
    a.format = get_or<std::string>(j, "format", "");
    a.text = get_or<std::string>(j, "text", "");
    a.base_offset = get_or<std::size_t>(j, "base_offset", 0);
    a.base_line = get_or<unsigned>(j, "base_line", 1);
    return a;
  } catch (const json::exception& e) {
    throw error(error_code::input, "json", std::string("bad article: ") + e.what());
  }
}

json finding_json(const finding& f) {
  json j = {{"rule", f.rule},
            {"severity", std::string(to_string(f.sev))},
            {"kind", std::string(to_string(f.kind))},
            {"message", f.message},
            {"facts", f.facts},
            {"stated", f.stated},
            {"arithmetic", f.arithmetic}};
  if (!f.article.empty()) {
    j["article"] = f.article;
    j["source"] = source_json(f.source);
  }
  return j;
}

finding finding_from_json(const json& j) {
  try {
    finding f;
    f.rule = j.at("rule").get<std::string>();
    f.sev = severity_from_string(j.at("severity").get<std::string>()).value_or(severity::info);
    f.kind = finding_kind_from_string(j.at("kind").get<std::string>())
                 .value_or(finding_kind::confirmation);
    f.message = get_or<std::string>(j, "message", "");
    f.facts = get_or<std::vector<std::string>>(j, "facts", {});
    f.stated = get_or<std::vector<std::string>>(j, "stated", {});
    f.arithmetic = get_or<std::string>(j, "arithmetic", "");
    f.article = get_or<std::string>(j, "article", "");
    if (auto s = j.find("source"); s != j.end()) f.source = source_from_json(*s);
    return f;
  } catch (const json::exception& e) {
    throw error(error_code::input, "json", std::string("bad finding: ") + e.what());
  }
}

}  // namespace claimcheck::engine
