// Names of fact kinds and fact ids.
#include "engine/model/fact.hpp"

#include <array>
#include <charconv>

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
  // The key built in one buffer of its final size (ids are made for every
  // fact extracted: the appends one by one reallocated it several times).
  const std::string when = f.when.str();
  char span[48];
  char* p = std::to_chars(span, span + 20, f.source.start).ptr;
  *p++ = ':';
  p = std::to_chars(p, span + sizeof span, f.source.end).ptr;
  const std::string_view kind = to_string(f.kind);
  std::size_t size = f.article.size() + kind.size() + f.entity.size() + f.metric.size() +
                     when.size() + static_cast<std::size_t>(p - span) + f.derived_by.size() + 6;
  for (const auto& in : f.inputs) size += in.size() + 1;
  std::string key;
  key.reserve(size);
  key += f.article;
  key += '\x1f';
  key += kind;
  key += '\x1f';
  key += f.entity;
  key += '\x1f';
  key += f.metric;
  key += '\x1f';
  key += when;
  key += '\x1f';
  key.append(span, p);
  key += '\x1f';
  key += f.derived_by;
  for (const auto& in : f.inputs) {
    key += '\x1f';
    key += in;
  }
  return hash64_hex(key);
}

}  // namespace claimcheck::engine
