// The single pass over text that finds every mention: at each word start,
// ask the temporal and the numeric grammar for a match, keep the longer
// (temporal on a tie: "2021" after "in" is a year, not a number), and skip
// past it.
#include <cstdint>

#include "grammar/detail/scan_hooks.hpp"
#include "grammar/mention.hpp"

namespace claimcheck::grammar {

std::string_view to_string(mention_type t) {
  switch (t) {
    case mention_type::number: return "number";
    case mention_type::money: return "money";
    case mention_type::percent: return "percent";
    case mention_type::quantity: return "quantity";
    case mention_type::fold: return "fold";
    case mention_type::ordinal: return "ordinal";
    case mention_type::date: return "date";
    case mention_type::period: return "period";
    case mention_type::duration: return "duration";
  }
  return "number";
}

bool is_temporal(mention_type t) {
  return t == mention_type::date || t == mention_type::period || t == mention_type::duration;
}

bool is_numeric(mention_type t) { return !is_temporal(t); }

namespace {

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

std::vector<mention> scan_mentions(std::string_view text, const scan_options& opts) {
  std::vector<mention> out;
  std::size_t pos = 0;
  const std::size_t n = text.size();
  while (pos < n) {
    const auto c = static_cast<unsigned char>(text[pos]);
    const bool word_start = pos == 0 || !is_word_byte(static_cast<unsigned char>(text[pos - 1])) ||
                            c >= 0x80;
    if (!word_start || c == ' ' || c == '\n') {
      ++pos;
      continue;
    }
    std::optional<mention> t = detail::match_temporal(text, pos, opts);
    std::optional<mention> m = detail::match_numeric(text, pos, opts);
    std::optional<mention>* best = nullptr;
    if (t && t->end > pos) best = &t;
    if (m && m->end > pos && (!best || m->end > (*best)->end)) best = &m;
    if (best) {
      pos = (*best)->end;
      out.push_back(std::move(**best));
      continue;
    }
    ++pos;
  }
  return out;
}

}  // namespace claimcheck::grammar
