// Loading and matching of the lexicons (see lexicon.hpp). Files are lines of
// tab-separated fields, '#' comments; alternatives in a field are separated
// by '|'. The built-in files are loaded by this code at build time
// (scripts/lexicon_gen.cpp); lexicon_builtin.cpp loads its tables.
#include "grammar/claims/lexicon.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

namespace claimcheck::grammar::claims {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  std::size_t b = 0;
  while (true) {
    const std::size_t e = s.find(sep, b);
    out.push_back(s.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b));
    if (e == std::string_view::npos) break;
    b = e + 1;
  }
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::string lower(std::string_view s) {
  std::string r(s);
  for (char& c : r) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return r;
}

}  // namespace

unit_kind unit_kind_from_string(std::string_view s) {
  if (s == "money") return unit_kind::money;
  if (s == "mass") return unit_kind::mass;
  if (s == "volume") return unit_kind::volume;
  if (s == "energy") return unit_kind::energy;
  if (s == "count") return unit_kind::count;
  if (s == "persons") return unit_kind::persons;
  if (s == "percent") return unit_kind::percent;
  if (s == "area") return unit_kind::area;
  if (s == "length") return unit_kind::length;
  return unit_kind::any;
}

unit_kind unit_kind_of(std::string_view u) {
  if (u.empty()) return unit_kind::count;
  if (u == "%" || u == "pp") return unit_kind::percent;
  if (u == "t" || u == "kg" || u == "g" || u == "tonnes" || u == "tons") return unit_kind::mass;
  if (u == "persons" || u == "people" || u == "person") return unit_kind::persons;
  if (u == "l" || u == "m3" || u == "bbl" || u == "barrels" || u == "bcm" || u == "L")
    return unit_kind::volume;
  if (u == "kWh" || u == "Wh" || u == "J" || u == "toe" || u == "W" || u == "kW" || u == "MW" ||
      u == "GW")
    return unit_kind::energy;
  if (u == "m2" || u == "ha" || u == "km2") return unit_kind::area;
  if (u == "m" || u == "km") return unit_kind::length;
  if (u == "TEU" || u == "vehicles" || u == "trips" || u == "units" || u == "items")
    return unit_kind::count;
  // Currency codes: three upper-case letters.
  if (u.size() == 3 && std::all_of(u.begin(), u.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return unit_kind::money;
  return unit_kind::any;
}

void lexicon::add_directory(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    add_file(p.filename().string(), ss.str());
  }
}

std::string_view lexicon::intern(std::string s) {
  strings_.push_back(std::make_shared<const std::string>(std::move(s)));
  return *strings_.back();
}

std::pair<std::uint32_t, bool> lexicon::key_id(word_map<std::uint32_t>& keys, std::string_view key,
                                               std::size_t next) {
  if (const auto it = keys.find(key); it != keys.end()) return {it->second, false};
  const auto id = static_cast<std::uint32_t>(next);
  keys[intern(std::string(key))] = id;
  return {id, true};
}

void lexicon::link(const entry& e) {
  const auto index = static_cast<std::uint32_t>(entries_.size());
  entries_.push_back(e);
  // Longest first, and after the entries of the same length added before,
  // so the first full match is the longest and the earliest.
  std::uint32_t* at = &by_first_[words_[e.words]].head;
  while (*at != kNone && entries_[*at].size >= e.size) at = &entries_[*at].next;
  entries_[index].next = *at;
  *at = index;
}

void lexicon::add_phrase(std::string_view phrase, category cat, std::uint32_t id, bool proper) {
  phrase = trim(phrase);
  if (phrase.empty()) return;
  std::vector<std::string> words = phrase_words(phrase);
  if (words.empty() || words.size() > 255) return;
  // "the United States": the article is optional in text, so it is dropped.
  if (words.size() > 1 && (words[0] == "the" || words[0] == "The")) words.erase(words.begin());
  auto add_words = [&](const std::vector<std::string>& ws) {
    entry e;
    e.words = static_cast<std::uint32_t>(words_.size());
    e.size = static_cast<std::uint8_t>(ws.size());
    e.cat = static_cast<std::uint8_t>(cat);
    e.id = id;
    for (const std::string& w : ws) {
      unsigned char shape = 0;
      if (proper) {
        const bool cap = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
        std::size_t uppers = 0;
        bool lowers = false;
        for (char c : w) {
          if (c >= 'A' && c <= 'Z') ++uppers;
          if (c >= 'a' && c <= 'z') lowers = true;
        }
        shape = (uppers >= 2 && !lowers) ? 2 : cap ? 1 : 0;
      }
      shapes_.push_back(shape);
      words_.push_back(intern(lower(w)));
    }
    link(e);
  };
  add_words(words);
  if (!proper) {
    // A plural of the last word matches too ("trade volumes").
    std::string& last = words.back();
    if (!last.empty() && last.back() != 's' && std::isalpha(static_cast<unsigned char>(last.back()))) {
      std::vector<std::string> plural = words;
      plural.back() += 's';
      add_words(plural);
    }
  }
}

bool lexicon::add_file(std::string_view name, std::string_view text) {
  enum class kind { countries, regions, organisations, metrics, events };
  kind k;
  if (name.starts_with("countries")) {
    k = kind::countries;
  } else if (name.starts_with("regions")) {
    k = kind::regions;
  } else if (name.starts_with("organisations") || name.starts_with("organizations")) {
    k = kind::organisations;
  } else if (name.starts_with("metrics")) {
    k = kind::metrics;
  } else if (name.starts_with("events")) {
    k = kind::events;
  } else {
    return false;
  }
  for (std::string_view line : split(text, '\n')) {
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    const std::vector<std::string_view> f = split(line, '\t');
    const std::string_view key = trim(f[0]);
    if (key.empty()) continue;
    auto field = [&](std::size_t i) { return i < f.size() ? split(f[i], '|') : std::vector<std::string_view>{}; };
    switch (k) {
      case kind::countries: {
        const auto [id, fresh] = key_id(country_codes_, key, countries_.size());
        if (fresh) countries_.push_back({std::string(key)});
        // Codes that are also English words ("CAN", "AND") would turn
        // headlines in capitals into countries.
        static constexpr std::string_view kWordCodes[] = {
            "AND", "ARE", "CAN", "PER", "MAR", "TON", "COD", "GAB", "MAC", "BEN", "DOM",
            "LIE", "PAN", "SUR", "TUN", "GIN", "CUB", "VAT", "ASM", "NIC", "FIN", "ATA",
            "BOL", "MLI", "SOM", "TUV", "WLF", "PRT", "TCA", "ALA", "ESP", "GUM", "PRY"};
        const bool word_code = std::find(std::begin(kWordCodes), std::end(kWordCodes), key) !=
                               std::end(kWordCodes);
        if (fresh && !word_code) add_phrase(key, category::country_code, id, true);
        for (auto p : field(1)) add_phrase(p, category::country_name, id, true);
        for (auto p : field(2)) add_phrase(p, category::country_adj, id, true);
        for (auto p : field(3)) add_phrase(p, category::country_capital, id, true);
        break;
      }
      case kind::regions: {
        const auto [id, fresh] = key_id(region_keys_, key, regions_.size());
        if (fresh) regions_.push_back({std::string(key), {}});
        for (auto p : field(1)) add_phrase(p, category::region, id, true);
        for (auto p : field(2)) add_phrase(p, category::region, id, true);
        if (f.size() > 3) {
          for (auto m : split(trim(f[3]), ' ')) {
            if (!m.empty()) regions_[id].members.emplace_back(m);
          }
        }
        break;
      }
      case kind::organisations: {
        const auto [id, fresh] = key_id(organisation_keys_, key, organisations_.size());
        if (fresh) {
          organisations_.push_back({std::string(key), f.size() > 2 ? std::string(trim(f[2])) : ""});
        }
        for (auto p : field(1)) add_phrase(p, category::organisation, id, true);
        break;
      }
      case kind::metrics: {
        const auto [id, fresh] = key_id(metric_keys_, key, metrics_.size());
        if (fresh) {
          metrics_.push_back({std::string(key),
                              f.size() > 1 ? unit_kind_from_string(trim(f[1])) : unit_kind::any});
        }
        for (auto p : field(2)) add_phrase(p, category::metric, id, false);
        break;
      }
      case kind::events: {
        const auto [id, fresh] = key_id(event_keys_, key, events_.size());
        if (fresh) events_.push_back({std::string(key)});
        for (auto p : field(1)) add_phrase(p, category::event, id, false);
        break;
      }
    }
  }
  return true;
}

std::optional<lex_match> lexicon::match_chain(const std::vector<token>& tokens, std::size_t i,
                                              std::uint32_t head) const {
  for (std::uint32_t n = head; n != kNone; n = entries_[n].next) {
    const entry& e = entries_[n];
    if (i + e.size > tokens.size()) continue;
    bool ok = true;
    for (std::size_t k = 0; k < e.size && ok; ++k) {
      const token& t = tokens[i + k];
      const unsigned char shape = shapes_[e.words + k];
      // The first word is the chain's, so it is equal.
      if (k > 0 && t.low != words_[e.words + k]) {
        ok = false;
      } else if (shape == 1 && !t.capital) {
        ok = false;
      } else if (shape == 2 && !t.all_caps) {
        ok = false;
      }
    }
    if (ok) return lex_match{i, i + e.size, static_cast<category>(e.cat), e.id};
  }
  return std::nullopt;
}

std::optional<std::uint32_t> lexicon::metric_by_key(std::string_view key) const {
  const auto it = metric_keys_.find(key);
  if (it == metric_keys_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::uint32_t> lexicon::country_by_code(std::string_view code) const {
  const auto it = country_codes_.find(code);
  if (it == country_codes_.end()) return std::nullopt;
  return it->second;
}

}  // namespace claimcheck::grammar::claims
