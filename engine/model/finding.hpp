// Finding: what a rule concluded about one or more facts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/model/fact.hpp"

namespace claimcheck::engine {

enum class severity { info, warning, error };
enum class finding_kind { contradiction, confirmation, change, derived, record, temporal };

[[nodiscard]] std::string_view to_string(severity s);
[[nodiscard]] std::optional<severity> severity_from_string(std::string_view s);
[[nodiscard]] std::string_view to_string(finding_kind k);
[[nodiscard]] std::optional<finding_kind> finding_kind_from_string(std::string_view s);

struct finding {
  std::string rule;              // "growth"
  severity sev = severity::info;
  finding_kind kind = finding_kind::confirmation;
  std::string message;           // one line
  std::vector<std::string> facts;   // ids of the facts involved, new fact first
  std::vector<std::string> stated;  // their stated text, same order
  std::string arithmetic;        // "31.17e9 / 1.236 = 25.22e9 ∈ [25.15e9, 25.25e9]"
  // Where to point a reader: the article and span of the first fact that
  // came from an article (empty for findings over derived facts only).
  std::string article;
  source_span source;

  friend bool operator==(const finding&, const finding&) = default;
};

// Stable identity of a finding for de-duplication and report fingerprints.
[[nodiscard]] std::string finding_id(const finding& f);

}  // namespace claimcheck::engine
