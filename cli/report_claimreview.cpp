// schema.org ClaimReview JSON-LD for fact-check publishers: one review per
// claim (fact) that a finding decided: a contradiction or any error finding
// makes it "False", a warning "Misleading", a confirmation "Accurate".
// Facts that no rule decided are not reviewed. Carries the fields Google's
// Fact Check tools require (claimReviewed, url, reviewRating with
// alternateName) and the recommended ones the article has (author,
// datePublished, itemReviewed with its appearance).
#include "cli/report.hpp"

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/report_detail.hpp"

namespace claimcheck::cli {
namespace {

using json = nlohmann::json;

struct verdict {
  int rating = 0;  // 1 worst .. 5 best; 0 none
  std::string name;
  const engine::finding* by = nullptr;
};

verdict judge(const engine::finding& f) {
  if (f.kind == engine::finding_kind::contradiction || f.sev == engine::severity::error) {
    return {1, "False", &f};
  }
  if (f.sev == engine::severity::warning) return {2, "Misleading", &f};
  if (f.kind == engine::finding_kind::confirmation) return {5, "Accurate", &f};
  return {};
}

// The worse verdict wins; among equals, the first.
bool worse(const verdict& a, const verdict& b) {
  if (b.rating == 0) return a.rating != 0;
  return a.rating != 0 && a.rating < b.rating;
}

}  // namespace

void write_claimreview(std::ostream& out, const engine::report& r) {
  std::map<std::string, verdict> by_fact;
  for (const auto& f : r.findings) {
    const verdict v = judge(f);
    if (v.rating == 0) continue;
    for (const auto& id : f.facts) {
      if (worse(v, by_fact[id])) by_fact[id] = v;
    }
  }
  const auto today = date::floor<date::days>(std::chrono::system_clock::now());
  json reviews = json::array();
  for (const auto& ar : r.articles) {
    const auto& a = ar.meta;
    const std::string base = a.url.empty() ? "file:" + detail::path_uri(a.path) : a.url;
    for (const auto& f : ar.facts) {
      auto it = by_fact.find(f.id);
      if (it == by_fact.end() || it->second.rating == 0) continue;
      const verdict& v = it->second;
      std::string explanation = v.by->message;
      if (!v.by->arithmetic.empty()) explanation += " (" + v.by->arithmetic + ")";
      json appearance = {{"@type", "CreativeWork"}, {"url", base}};
      if (!a.title.empty()) appearance["headline"] = a.title;
      if (a.published) appearance["datePublished"] = engine::period::iso(*a.published);
      json claim = {{"@type", "Claim"}, {"appearance", json::array({appearance})}};
      if (a.published) claim["datePublished"] = engine::period::iso(*a.published);
      if (!a.source.empty()) claim["author"] = {{"@type", "Organization"}, {"name", a.source}};
      if (!f.attribution.empty()) claim["description"] = f.attribution;
      json review = {
          {"@context", "https://schema.org"},
          {"@type", "ClaimReview"},
          {"url", base + "#claim-" + f.id},
          {"claimReviewed", f.source.sentence.empty() ? f.value.stated : f.source.sentence},
          {"datePublished", engine::period::iso(today)},
          {"author", {{"@type", "Organization"}, {"name", "claimcheck"}}},
          {"reviewRating",
           {{"@type", "Rating"},
            {"ratingValue", v.rating},
            {"bestRating", 5},
            {"worstRating", 1},
            {"alternateName", v.name},
            {"ratingExplanation", explanation}}},
          {"itemReviewed", std::move(claim)}};
      reviews.push_back(std::move(review));
    }
  }
  out << reviews.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace claimcheck::cli
