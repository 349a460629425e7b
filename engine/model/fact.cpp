// Names of fact kinds and fact ids.
#include "engine/model/fact.hpp"

#include <array>

#include "engine/model/hash.hpp"

namespace claimcheck::engine {
namespace {
constexpr std::array<std::pair<fact_kind, std::string_view>, 9> kKinds{{
    {fact_kind::level, "level"},
    {fact_kind::change, "change"},
    {fact_kind::fold, "fold"},
    {fact_kind::share, "share"},
    {fact_kind::rank, "rank"},
    {fact_kind::event, "event"},
    {fact_kind::duration, "duration"},
    {fact_kind::record, "record"},
    {fact_kind::target, "target"},
}};
}  // namespace

std::string_view to_string(fact_kind k) {
  for (const auto& [kind, name] : kKinds) {
    if (kind == k) return name;
  }
  return "level";
}

std::optional<fact_kind> fact_kind_from_string(std::string_view s) {
  for (const auto& [kind, name] : kKinds) {
    if (name == s) return kind;
  }
  return std::nullopt;
}

std::string make_fact_id(const fact& f) {
  std::string key = f.article;
  key += '\x1f';
  key += to_string(f.kind);
  key += '\x1f';
  key += f.entity;
  key += '\x1f';
  key += f.metric;
  key += '\x1f';
  key += f.when.str();
  key += '\x1f';
  key += std::to_string(f.source.start) + ":" + std::to_string(f.source.end);
  key += '\x1f';
  key += f.derived_by;
  for (const auto& in : f.inputs) {
    key += '\x1f';
    key += in;
  }
  return hash64_hex(key);
}

}  // namespace claimcheck::engine
