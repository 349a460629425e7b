// Lexicons and the hidden truth behind the benchmark corpus: countries,
// metrics with their units and magnitudes, and truth(entity, metric, year),
// the value every article about that key agrees on (up to its rounding).
// Internal to bench/support.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::bench::detail {

struct country {
  std::string_view iso3;
  std::string_view name;
  std::string_view adjective;
  std::string_view capital;
};

inline constexpr std::array<country, 40> kCountries{{
    {"CHN", "China", "Chinese", "Beijing"},
    {"KAZ", "Kazakhstan", "Kazakh", "Astana"},
    {"RUS", "Russia", "Russian", "Moscow"},
    {"UZB", "Uzbekistan", "Uzbek", "Tashkent"},
    {"KGZ", "Kyrgyzstan", "Kyrgyz", "Bishkek"},
    {"TJK", "Tajikistan", "Tajik", "Dushanbe"},
    {"TKM", "Turkmenistan", "Turkmen", "Ashgabat"},
    {"MNG", "Mongolia", "Mongolian", "Ulaanbaatar"},
    {"IND", "India", "Indian", "New Delhi"},
    {"PAK", "Pakistan", "Pakistani", "Islamabad"},
    {"IRN", "Iran", "Iranian", "Tehran"},
    {"TUR", "Turkey", "Turkish", "Ankara"},
    {"AZE", "Azerbaijan", "Azerbaijani", "Baku"},
    {"GEO", "Georgia", "Georgian", "Tbilisi"},
    {"DEU", "Germany", "German", "Berlin"},
    {"FRA", "France", "French", "Paris"},
    {"ITA", "Italy", "Italian", "Rome"},
    {"ESP", "Spain", "Spanish", "Madrid"},
    {"POL", "Poland", "Polish", "Warsaw"},
    {"NLD", "the Netherlands", "Dutch", "Amsterdam"},
    {"GBR", "Britain", "British", "London"},
    {"USA", "the United States", "American", "Washington"},
    {"CAN", "Canada", "Canadian", "Ottawa"},
    {"BRA", "Brazil", "Brazilian", "Brasilia"},
    {"ARG", "Argentina", "Argentine", "Buenos Aires"},
    {"MEX", "Mexico", "Mexican", "Mexico City"},
    {"JPN", "Japan", "Japanese", "Tokyo"},
    {"KOR", "South Korea", "South Korean", "Seoul"},
    {"VNM", "Vietnam", "Vietnamese", "Hanoi"},
    {"THA", "Thailand", "Thai", "Bangkok"},
    {"IDN", "Indonesia", "Indonesian", "Jakarta"},
    {"MYS", "Malaysia", "Malaysian", "Kuala Lumpur"},
    {"AUS", "Australia", "Australian", "Canberra"},
    {"EGY", "Egypt", "Egyptian", "Cairo"},
    {"NGA", "Nigeria", "Nigerian", "Abuja"},
    {"ZAF", "South Africa", "South African", "Pretoria"},
    {"SAU", "Saudi Arabia", "Saudi", "Riyadh"},
    {"ARE", "the United Arab Emirates", "Emirati", "Abu Dhabi"},
    {"ETH", "Ethiopia", "Ethiopian", "Addis Ababa"},
    {"KEN", "Kenya", "Kenyan", "Nairobi"},
}};

enum class unit_kind { usd, tonnes, teu, persons, bcm };

struct metric {
  std::string_view key;
  std::string_view phrase;  // as a sentence would name it
  unit_kind unit;
  double base;              // typical size of the figure in base units
};

inline constexpr std::array<metric, 12> kMetrics{{
    {"trade_volume", "trade volume", unit_kind::usd, 8e9},
    {"exports", "exports", unit_kind::usd, 4e9},
    {"imports", "imports", unit_kind::usd, 3.5e9},
    {"fdi", "direct investment", unit_kind::usd, 6e8},
    {"gdp", "gross domestic product", unit_kind::usd, 2.4e11},
    {"rail_freight", "rail freight", unit_kind::tonnes, 2.1e7},
    {"grain_exports", "grain shipments", unit_kind::tonnes, 1.8e6},
    {"container_traffic", "container traffic", unit_kind::teu, 6.4e5},
    {"passengers", "passenger traffic", unit_kind::persons, 9.5e5},
    {"tourists", "tourist arrivals", unit_kind::persons, 3.2e5},
    {"gas_supply", "natural gas supply", unit_kind::bcm, 1.2e10},
    {"oil_exports", "crude oil shipments", unit_kind::tonnes, 9.0e6},
}};

inline constexpr std::size_t kPairs = kCountries.size() * (kCountries.size() - 1) / 2;
inline constexpr std::size_t kEntities = kCountries.size() + kPairs;

inline std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

inline double unit_of(std::uint64_t h) { return static_cast<double>(h >> 11) * 0x1.0p-53; }

// The value every honest statement about (entity, metric, year) rounds.
// Entity is an index into the entity space (countries, pairs, then
// synthetic organisations); metric an index into kMetrics. Exports and
// imports (metrics 1 and 2) split the trade volume (metric 0) by a share
// fixed per entity, so trade = exports + imports holds, as the parts rule
// expects.
inline double truth(std::uint64_t entity, std::size_t metric_index, int year) {
  if (metric_index == 1 || metric_index == 2) {
    const double share = 0.3 + 0.4 * unit_of(mix(entity * 977 + 5));
    const double trade = truth(entity, 0, year);
    return metric_index == 1 ? trade * share : trade * (1.0 - share);
  }
  const std::uint64_t key = mix(entity * 131 + metric_index + 7);
  const metric& m = kMetrics[metric_index];
  double v = m.base * (0.01 + 0.24 * unit_of(key));  // level in 1990
  for (int y = 1991; y <= year; ++y) {
    const double g = -0.08 + 0.36 * unit_of(mix(key ^ static_cast<std::uint64_t>(y)));
    v *= 1.0 + g;
  }
  return v;
}

}  // namespace claimcheck::bench::detail
