// The lexicons of claim assembly: countries (ISO 3166-1 alpha-3 codes with
// names, adjectives and capitals), regions, organisations, metrics and
// events. They are data files (rules/lexicon/*.tsv): the built-in ones are
// parsed at build time (scripts/lexicon_gen.cpp runs this loader) into
// constant tables that lexicon::builtin() copies; users extend them at run
// time with files of the same shape, without recompiling.
//
// Thread safety: a lexicon is immutable once loaded; lexicon::builtin() is
// built once, thread-safely, and may be shared. Copies share the interned
// words of added files (immutable), so a copy outlives its original.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/claims/lexicon_tables.hpp"
#include "grammar/claims/tokens.hpp"
#include "grammar/claims/word_map.hpp"

namespace claimcheck::grammar::claims {

enum class category : std::uint8_t {
  country_name,     // "Kazakhstan", "the U.S."
  country_adj,      // "Kazakh", "Chinese"
  country_capital,  // "Astana" as the government
  country_code,     // "KAZ"
  region,           // "Central Asia"
  organisation,     // "SCO", "Xinhua"
  metric,           // "trade turnover"
  event,            // "presidential elections"
};

enum class unit_kind : unsigned char {
  any, money, mass, volume, energy, count, persons, percent, area, length
};

[[nodiscard]] unit_kind unit_kind_from_string(std::string_view s);
// The kind of a quantity's unit as the numeric grammar writes it ("USD",
// "t", "%", "persons", ...).
[[nodiscard]] unit_kind unit_kind_of(std::string_view unit);

struct country_info {
  std::string code;  // "KAZ"
};
struct region_info {
  std::string key;  // "central_asia"
  std::vector<std::string> members;
};
struct organisation_info {
  std::string key;   // "xinhua"
  std::string kind;  // "bloc", "source", "company", "body"
};
struct metric_info {
  std::string key;  // "trade_volume"
  unit_kind unit = unit_kind::any;
};
struct event_info {
  std::string key;  // "presidential_election"
};

// A lexicon phrase found in a token list: tokens [first, last).
struct lex_match {
  std::size_t first = 0;
  std::size_t last = 0;
  category cat = category::metric;
  std::uint32_t id = 0;  // index into the category's table
};

class lexicon {
 public:
  // The files built into the binary, plus every *.tsv in the directories
  // named by the environment variable CLAIMCHECK_LEXICON_PATH (':' between
  // them).
  static const lexicon& builtin();

  // Adds the entries of one file; its kind comes from its name (countries,
  // regions, organisations, metrics, events: "metrics-extra.tsv" is a
  // metrics file). Returns false when the name says no kind.
  bool add_file(std::string_view name, std::string_view text);
  // Every *.tsv file of a directory.
  void add_directory(const std::filesystem::path& dir);

  // The longest phrase starting at tokens[i], if any. (Inline: most words
  // start no phrase, and are told so by one hash look-up.)
  [[nodiscard]] std::optional<lex_match> match_at(const std::vector<token>& tokens,
                                                  std::size_t i) const {
    const auto it = by_first_.find(tokens[i].low);
    if (it == by_first_.end()) return std::nullopt;
    return match_chain(tokens, i, it->second.head);
  }

  [[nodiscard]] const country_info& country(std::uint32_t id) const { return countries_[id]; }
  [[nodiscard]] const region_info& region(std::uint32_t id) const { return regions_[id]; }
  [[nodiscard]] const organisation_info& organisation(std::uint32_t id) const {
    return organisations_[id];
  }
  [[nodiscard]] const metric_info& metric(std::uint32_t id) const { return metrics_[id]; }
  [[nodiscard]] const event_info& event(std::uint32_t id) const { return events_[id]; }
  [[nodiscard]] std::optional<std::uint32_t> metric_by_key(std::string_view key) const;
  [[nodiscard]] std::optional<std::uint32_t> country_by_code(std::string_view code) const;
  [[nodiscard]] std::size_t country_count() const { return countries_.size(); }
  [[nodiscard]] std::size_t metric_count() const { return metrics_.size(); }

 private:
  using entry = tables::entry;
  static constexpr std::uint32_t kNone = tables::kNone;
  // The entries starting with one word: the first of a list linked by
  // entry::next, longest phrase first, then in the order added.
  struct chain {
    std::uint32_t head = kNone;
  };
  // The first entry of the chain from `head` that matches at tokens[i].
  [[nodiscard]] std::optional<lex_match> match_chain(const std::vector<token>& tokens,
                                                     std::size_t i, std::uint32_t head) const;
  // A lexicon of the tables generated at build time.
  static lexicon from_tables(const tables::lexicon_tables& t);
  void add_phrase(std::string_view phrase, category cat, std::uint32_t id, bool proper);
  void link(const entry& e);
  std::string_view intern(std::string s);
  // The id of `key` in `keys`, and whether it is new (then it is `next`).
  std::pair<std::uint32_t, bool> key_id(word_map<std::uint32_t>& keys, std::string_view key,
                                        std::size_t next);

  // Words and keys of files added at run time (the built-in ones are static).
  std::vector<std::shared_ptr<const std::string>> strings_;
  std::vector<std::string_view> words_;  // lower case, every entry's words in a row
  std::vector<unsigned char> shapes_;    // per word: 0 any case, 1 capital, 2 all caps
  std::vector<entry> entries_;
  word_map<chain> by_first_;
  std::vector<country_info> countries_;
  std::vector<region_info> regions_;
  std::vector<organisation_info> organisations_;
  std::vector<metric_info> metrics_;
  std::vector<event_info> events_;
  word_map<std::uint32_t> country_codes_;
  word_map<std::uint32_t> metric_keys_;
  word_map<std::uint32_t> region_keys_;
  word_map<std::uint32_t> organisation_keys_;
  word_map<std::uint32_t> event_keys_;

  // scripts/lexicon_gen.cpp writes these members out as tables.
  friend struct lexicon_writer;
};

}  // namespace claimcheck::grammar::claims
