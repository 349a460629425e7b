// Names of severities and finding kinds, and finding ids.
#include "engine/model/finding.hpp"

#include "engine/model/hash.hpp"

namespace claimcheck::engine {

std::string_view to_string(severity s) {
  switch (s) {
    case severity::info: return "info";
    case severity::warning: return "warning";
    case severity::error: return "error";
  }
  return "info";
}

std::optional<severity> severity_from_string(std::string_view s) {
  if (s == "info") return severity::info;
  if (s == "warning") return severity::warning;
  if (s == "error") return severity::error;
  return std::nullopt;
}

std::string_view to_string(finding_kind k) {
  switch (k) {
    case finding_kind::contradiction: return "contradiction";
    case finding_kind::confirmation: return "confirmation";
    case finding_kind::change: return "change";
    case finding_kind::derived: return "derived";
    case finding_kind::record: return "record";
    case finding_kind::temporal: return "temporal";
  }
  return "confirmation";
}

std::optional<finding_kind> finding_kind_from_string(std::string_view s) {
  for (finding_kind k : {finding_kind::contradiction, finding_kind::confirmation,
                         finding_kind::change, finding_kind::derived, finding_kind::record,
                         finding_kind::temporal}) {
    if (to_string(k) == s) return k;
  }
  return std::nullopt;
}

std::string finding_id(const finding& f) {
  std::string key = f.rule;
  key += '\x1f';
  key += to_string(f.kind);
  for (const auto& id : f.facts) {
    key += '\x1f';
    key += id;
  }
  return hash64_hex(key);
}

}  // namespace claimcheck::engine
