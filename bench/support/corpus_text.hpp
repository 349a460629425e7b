// Word lists and sentence templates of the benchmark corpus, written for
// this project: titles, figure-free filler sentences, attributions, change
// verbs, month and weekday names. Internal to bench/support.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck::bench::detail {

inline constexpr std::array<std::string_view, 12> kMonths{
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

inline constexpr std::array<std::string_view, 7> kWeekdays{
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

inline constexpr std::array<std::string_view, 6> kUp{"grew", "rose", "increased",
                                                     "jumped", "climbed", "expanded"};
inline constexpr std::array<std::string_view, 4> kDown{"fell", "declined", "dropped", "shrank"};

inline constexpr std::array<std::string_view, 6> kOrdinals{"first", "second", "third",
                                                           "fourth", "fifth", "10th"};

inline constexpr std::array<std::string_view, 6> kSources{
    "according to official statistics",
    "according to the customs administration",
    "the statistics bureau reported",
    "the trade ministry said in a statement",
    "figures from the national railway company showed",
    "a deputy minister told the press"};

inline constexpr std::array<std::string_view, 8> kTitles{
    "{a}-{b} trade climbs to a new high",
    "{adj} exporters look to {b} as rail links expand",
    "Officials in {cap} upbeat on economic ties with {b}",
    "{a} and {b} sign a package of cooperation deals",
    "Freight on the {a}-{b} corridor keeps growing in {y}",
    "Envoy says ties between {a} and {b} enter a new stage",
    "{adj} investors eye logistics projects in {b}",
    "Border crossings between {a} and {b} to extend opening hours"};

inline constexpr std::array<std::string_view, 24> kFillers{
    "The two sides also discussed cooperation in energy, agriculture and digital services.",
    "Officials in {cap} said the talks were held in a friendly and constructive atmosphere.",
    "Analysts note that new rail and road links have cut delivery times for many goods.",
    "The ministry said it would simplify customs procedures at the busiest border crossings.",
    "\"Our countries are neighbours and partners, and our ties rest on mutual trust,\" the envoy said.",
    "Business groups from {a} have asked for more direct flights between {cap} and {capb}.",
    "A joint working group will prepare a road map for industrial cooperation.",
    "Farmers in {b} hope to sell more produce abroad as inspection rules are eased.",
    "The delegation visited a logistics hub and a new grain terminal near the border.",
    "Experts warn that higher shipping costs could slow the pace of growth.",
    "Students from {b} increasingly choose universities in {a}, the embassy said.",
    "The agreement covers transport, customs, tourism and cultural exchanges.",
    "{adj} companies are building warehouses and cold-storage facilities along the route.",
    "Both governments have pledged to remove remaining barriers to trade.",
    "The forum brought together officials, bankers and the heads of major companies.",
    "Local authorities plan to widen the highway that links the two border towns.",
    "The ambassador praised the work of the intergovernmental commission.",
    "Observers say the partnership has become a model for relations in the region.",
    "New visa rules should make short business trips easier for entrepreneurs.",
    "The central banks of {a} and {b} discussed settlements in national currencies.",
    "A new customs post opened on the border with {b} after two years of construction.",
    "Regional leaders in {b} called for more investment in processing industries.",
    "Several memorandums were signed on the sidelines of the meeting in {capb}.",
    "The press service of the ministry gave no further details."};

// "30th", "21st", "22nd", "13th".
inline std::string ordinal_suffix(int n) {
  const int m100 = n % 100;
  const int m10 = n % 10;
  const char* suf = (m100 >= 11 && m100 <= 13) ? "th"
                    : m10 == 1                 ? "st"
                    : m10 == 2                 ? "nd"
                    : m10 == 3                 ? "rd"
                                               : "th";
  return std::to_string(n) + suf;
}

// 1234567 -> "1,234,567".
inline std::string group_digits(std::uint64_t v) {
  std::string s = std::to_string(v);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) {
    s.insert(static_cast<std::size_t>(i), 1, ',');
  }
  return s;
}

}  // namespace claimcheck::bench::detail
