// The trigger word table (see triggers.hpp): an open-addressing hash table
// over lower-cased words of at most 16 letters, built once at start-up.
#include "grammar/detail/triggers.hpp"

#include <cstring>
#include <vector>

namespace claimcheck::grammar::detail {

namespace {

// Words that may start a numeric mention: number words, ordinals, signs,
// qualifiers, range words, fold verbs and currency codes or prefixes
// ("US$", "C$", "Rs").
constexpr const char* numeric_words[] = {
    "zero", "nought", "naught", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fourty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion",
    "dozen", "dozens", "half", "quarter", "a", "an", "first", "second", "third", "fourth",
    "fifth", "sixth", "seventh", "eighth", "ninth", "nineth", "tenth", "eleventh", "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
    "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
    "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth", "trillionth",
    "minus", "negative", "about", "around", "roughly", "approximately", "approx", "some",
    "estimated", "circa", "nearly", "almost", "close", "just", "more", "over", "above",
    "exceeding", "upwards", "greater", "higher", "larger", "bigger", "at", "no", "not", "less",
    "fewer", "under", "below", "lower", "smaller", "up", "as", "between", "from", "doubled",
    "tripled", "trebled", "quadrupled", "halved", "us", "u", "usd", "eur", "gbp", "cny", "rmb",
    "jpy", "kzt", "rub", "inr", "rs", "c", "hk", "s", "nz", "r", "nt", "cad", "aud", "hkd",
    "sgd", "nzd", "brl", "krw", "try", "chf", "uzs", "mxn", "zar", "sek", "nok", "dkk", "pln",
    "sar", "aed", "ngn", "egp", "idr", "vnd", "thb", "myr", "uah", "ils", "azn", "kgs", "tjs",
    "tmt", "byn", "gel", "pkr", "bdt", "qar", "kwd", "twd", "czk", "huf", "php", "ars", "clp",
    "cop", "pen", "mnt",
};

// Words that may start a temporal mention: months, weekdays, seasons,
// relative and bounding words, units of time, quarter and half labels.
constexpr const char* temporal_words[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "sunday", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
    "sat", "spring", "summer", "autumn", "fall", "winter", "this", "last", "next", "current",
    "previous", "coming", "upcoming", "same", "past", "since", "until", "till", "by", "before",
    "after", "during", "through", "early", "mid", "late", "end", "beginning", "start", "middle",
    "today", "yesterday", "tomorrow", "tonight", "now", "few", "several", "couple", "day",
    "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "quarter",
    "quarters", "fortnight", "q", "h", "fy", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
    "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "a", "an", "half", "first",
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "thirtieth", "between", "from", "over", "within",
    "about", "around", "nearly", "almost", "more", "less", "some",
    // Further openers of the temporal grammar ("the first quarter", "all day",
    // "later this year", "fiscal 2022", "w/c Feb 4", "at least 3 years").
    "the", "all", "full", "whole", "another", "w", "ytd", "later", "earlier", "rest", "fiscal",
    "calendar", "financial", "following", "under", "roughly", "at", "up", "so", "tmrw",
};

constexpr std::size_t table_size = 2048;  // power of two, well over twice the words
constexpr std::size_t max_len = 16;

struct slot {
  char word[max_len] = {};
  std::uint8_t len = 0;
  std::uint8_t flags = 0;
};

// The word lower-cased into two 8-byte halves (zero padded).
inline void load(std::string_view w, std::uint64_t& a, std::uint64_t& b) {
  char buf[max_len] = {};
  for (std::size_t i = 0; i < w.size(); ++i) buf[i] = static_cast<char>(w[i] | 0x20);
  std::memcpy(&a, buf, 8);
  std::memcpy(&b, buf + 8, 8);
}

inline std::size_t hash(std::uint64_t a, std::uint64_t b, std::size_t len) {
  const std::uint64_t h = (a * 0x9E3779B97F4A7C15ull) ^ (b * 0xC2B2AE3D27D4EB4Full) ^ len;
  return static_cast<std::size_t>((h ^ (h >> 29)) & (table_size - 1));
}

struct table {
  std::vector<slot> slots = std::vector<slot>(table_size);

  void add(std::string_view w, std::uint8_t flag) {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    load(w, a, b);
    std::size_t i = hash(a, b, w.size());
    while (slots[i].len != 0) {
      if (slots[i].len == w.size() && std::memcmp(slots[i].word, w.data(), w.size()) == 0) {
        slots[i].flags |= flag;
        return;
      }
      i = (i + 1) & (table_size - 1);
    }
    std::memcpy(slots[i].word, w.data(), w.size());
    slots[i].len = static_cast<std::uint8_t>(w.size());
    slots[i].flags = flag;
  }

  table() {
    for (const char* w : numeric_words) add(w, trigger::numeric);
    for (const char* w : temporal_words) add(w, trigger::temporal);
  }
};

const table trigger_table;

}  // namespace

trigger lookup_trigger(std::string_view word) {
  if (word.empty() || word.size() > max_len) return trigger::none;
  std::uint64_t a = 0;
  std::uint64_t b = 0;
  load(word, a, b);
  std::size_t i = hash(a, b, word.size());
  for (;;) {
    const slot& s = trigger_table.slots[i];
    if (s.len == 0) return trigger::none;
    if (s.len == word.size()) {
      std::uint64_t sa = 0;
      std::uint64_t sb = 0;
      std::memcpy(&sa, s.word, 8);
      std::memcpy(&sb, s.word + 8, 8);
      if (sa == a && sb == b) return static_cast<trigger>(s.flags);
    }
    i = (i + 1) & (table_size - 1);
  }
}

}  // namespace claimcheck::grammar::detail
