// JSON forms of the model (DESIGN.md "Command line"): the field names are a
// contract. Used by the JSON report, `facts`/`history`, and export/import,
// which must round-trip losslessly (from_json(to_json(x)) == x).
#pragma once

#include <nlohmann/json.hpp>

#include "engine/model/article.hpp"
#include "engine/model/fact.hpp"
#include "engine/model/finding.hpp"
#include "engine/model/interval.hpp"

namespace claimcheck::engine {

// Bounds as numbers, infinite ones as null; "lo_open"/"hi_open" when open.
[[nodiscard]] nlohmann::json interval_json(const interval& v);
[[nodiscard]] nlohmann::json fact_json(const fact& f);
// The article's metadata (no facts, no text unless with_text).
[[nodiscard]] nlohmann::json article_json(const article& a, bool with_text = false);
[[nodiscard]] nlohmann::json finding_json(const finding& f);

// The inverse of the above. Throw claimcheck::error (input) naming the
// field when the JSON is not of the right shape.
[[nodiscard]] interval interval_from_json(const nlohmann::json& j);
[[nodiscard]] fact fact_from_json(const nlohmann::json& j);
[[nodiscard]] article article_from_json(const nlohmann::json& j);
[[nodiscard]] finding finding_from_json(const nlohmann::json& j);

}  // namespace claimcheck::engine
