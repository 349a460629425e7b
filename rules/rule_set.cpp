// Placeholder rule set: no rules (replaced by the rules language).
#include "rules/rules.hpp"

namespace claimcheck::rules {
struct rule_set::impl {};
rule_set::rule_set() : impl_(std::make_unique<impl>()) {}
rule_set::~rule_set() = default;
rule_set::rule_set(rule_set&&) noexcept = default;
rule_set& rule_set::operator=(rule_set&&) noexcept = default;
rule_set rule_set::builtin() { return {}; }
void rule_set::load(const std::filesystem::path&) {}
void rule_set::add(std::string_view, std::string_view) {}
evaluation rule_set::evaluate(std::span<const engine::fact>, const fact_source&) const {
  return {};
}
std::vector<rule_info> rule_set::describe() const { return {}; }
}  // namespace claimcheck::rules
