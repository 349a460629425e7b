// The trigger word table (see triggers.hpp): an open-addressing hash table
// over lower-cased words of at most 16 letters, built once at start-up.
#include "grammar/detail/triggers.hpp"

#include <cstring>
#include <string_view>
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
    "tripled", "trebled", "quadrupled", "halved", "double", "doubles", "doubling", "triple",
    "triples", "tripling", "treble", "quadruple", "quadruples", "halve", "halves", "halving",
    "twofold", "threefold", "fourfold", "fivefold", "sixfold", "sevenfold", "eightfold",
    "ninefold", "tenfold", "twelvefold", "twentyfold", "hundredfold", "thousandfold", "us", "u", "usd", "eur", "gbp", "cny", "rmb",
    "jpy", "kzt", "rub", "inr", "rs", "c", "hk", "s", "nz", "r", "nt", "cad", "aud", "hkd",
    "sgd", "nzd", "brl", "krw", "try", "chf", "uzs", "mxn", "zar", "sek", "nok", "dkk", "pln",
    "sar", "aed", "ngn", "egp", "idr", "vnd", "thb", "myr", "uah", "ils", "azn", "kgs", "tjs",
    "tmt", "byn", "gel", "pkr", "bdt", "qar", "kwd", "twd", "czk", "huf", "php", "ars", "clp",
    "cop", "pen", "mnt", "exceed", "exceeds", "exceeded", "surpass", "surpasses", "surpassed",
    "equal", "equals", "equaling", "equalling", "mex", "maud", "musd", "meur", "mgbp",
    "percent", "percents", "per", "percentage", "twice",
};

// Currency codes and prefixes of the numeric lexicon's symbol table that
// other words do not already list ("KES 1.2 trillion", "KSh 5,000", "GH₵",
// "E£"): weak, as a code starts a mention only before its number.
constexpr const char* currency_words[] = {
    "ghs", "kes", "ugx", "tzs", "rwf", "etb", "zmw", "mwk", "mzn", "aoa", "nad", "bwp", "zwl",
    "mur", "mga", "cdf", "gnf", "sle", "sll", "lrd", "gmd", "ssp", "xof", "xaf", "mad", "dzd",
    "tnd", "lyd", "iqd", "jod", "bhd", "omr", "yer", "irr", "lbp", "syp", "afn", "lkr", "mvr",
    "btn", "mmk", "khr", "lak", "bnd", "kpw", "rsd", "mkd", "bgn", "mdl", "isk", "hrk", "xcd",
    "ttd", "jmd", "dop", "gtq", "hnl", "pyg", "uyu", "ves", "fjd", "pgk", "htg", "ksh", "kshs",
    "ush", "tsh", "e", "gh", "dh", "dhs", "qr", "sr", "kd", "bd", "ro",
    "jd", "le", "tk", "br",
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
    // The opening words of grammar/temporal/match.cpp, which confirms its
    // weak words itself.
    "tmrw", "ytd", "another", "all", "at", "calendar", "financial", "fiscal", "following", "full",
    "later", "earlier", "rest", "roughly", "so", "the", "under", "up", "whole", "w", "on", "for",
    // Holidays (grammar/temporal/date_def.hpp); "earth" is weak ("Earth
    // Day"). "new" and "good" are not asked about ("a new", "a good").
    "christmas", "easter", "halloween", "thanksgiving", "earth",
    // School and calendar years ("school year 2008", "SY18", "CY2023");
    // "date" of "to date" (the temporal grammar looks back at "to" itself).
    "school", "sy", "cy", "date",
};

// Common words that start a mention only before a number or another
// trigger: "a dozen", "at least 5", "by 2025", "this year".
constexpr const char* weak_words[] = {
    "a", "an", "as", "at", "no", "not", "up", "some", "over", "about", "around", "more", "less",
    "under", "below", "above", "just", "close", "from", "between", "lower", "higher", "greater",
    "larger", "bigger", "smaller", "fewer", "us", "u", "s", "c", "r", "nt", "hk", "nz", "rs",
    "try", "pen", "cop", "php", "gel", "sar", "percent", "percents", "per", "percentage", "mex", "maud", "musd", "meur", "mgbp", "this", "by", "after", "before", "last", "next",
    "end", "start", "since", "past", "current", "coming", "early", "late", "mid", "middle",
    "beginning", "same", "previous", "during", "until", "till", "through", "within", "now",
    "may", "march", "sun", "sat", "wed", "mon",
    "fall", "h", "q", "day", "days", "week", "weeks", "month", "months", "year", "years",
};

// Words that complete a weak word: "more than", "at least", "as many as",
// "end of", "a minimum of".
constexpr const char* follower_words[] = {
    "than", "least", "most", "to", "of", "many", "much", "minimum", "maximum", "excess",
    "estimated", "few", "couple", "the", "ago", "earlier", "later", "or", "equal", "cent",
};

// Temporal words that open a mention by themselves; every other temporal
// word is weak for the temporal grammar (it needs a number or a confirming
// word next: "the first", "last year", "by 2025").
constexpr const char* temporal_strong_words[] = {
    "january", "february", "april", "june", "july", "august", "september", "october", "november",
    "december", "apr", "aug", "dec", "feb", "jul", "jun", "nov", "oct", "sep", "sept", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tomorrow", "tonight", "tmrw", "spring", "summer", "autumn", "winter", "ytd", "fy", "fortnight",
    "w",  // "w/c Feb 4": the temporal grammar confirms it
    "christmas", "easter", "halloween", "thanksgiving", "date",
};

// Words that confirm a weak temporal word before them (from the temporal
// grammar's own quick rejection): units of time, relative words, counts.
constexpr const char* temporal_followers[] = {
    "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "quarter", "quarters",
    "year", "years", "yr", "yrs", "decade", "decades", "century", "fortnights", "hour", "hours",
    "hr", "hrs", "min", "mins", "minute", "minutes", "sec", "secs", "second", "seconds", "night",
    "nights", "business", "past", "following", "rest", "now", "ago", "seasons", "times", "nineties",
    "eighties", "seventies", "sixties", "far", "and", "in", "mid",
    // Further confirming words of grammar/temporal/match.cpp.
    "fridays", "mondays", "saturdays", "sundays", "thursdays", "tuesdays", "wednesdays",
    "working", "workweek",
};

// Ambiguous month and day names: strong when capitalised.
constexpr const char* capital_words[] = {"may", "march", "sun", "sat", "wed", "mon", "fall"};

constexpr unsigned table_bits = 10;
constexpr std::size_t table_size = std::size_t{1} << table_bits;  // well over twice the words
constexpr std::size_t max_len = 16;

struct slot {
  std::uint64_t a = 0;
  std::uint64_t b = 0;
  std::uint8_t len = 0;
  std::uint8_t flags = 0;
};

constexpr std::uint64_t case_bits = 0x2020202020202020ull;

// The word (letters only) lower-cased into two 8-byte little-endian halves,
// zero padded. Reads whole words from text when 16 bytes are available.
inline void load(std::string_view text, std::size_t pos, std::size_t len, std::uint64_t& a,
                 std::uint64_t& b) {
  if (pos + max_len <= text.size()) {
    std::memcpy(&a, text.data() + pos, 8);
    std::memcpy(&b, text.data() + pos + 8, 8);
    const std::uint64_t ma = len >= 8 ? ~0ull : ((1ull << (8 * len)) - 1);
    const std::uint64_t mb = len >= 16 ? ~0ull : len <= 8 ? 0ull : ((1ull << (8 * (len - 8))) - 1);
    a = (a | case_bits) & ma;
    b = (b | case_bits) & mb;
    return;
  }
  a = 0;
  b = 0;
  for (std::size_t i = 0; i < len; ++i) {
    const std::uint64_t c = static_cast<unsigned char>(text[pos + i]) | 0x20u;
    if (i < 8) {
      a |= c << (8 * i);
    } else {
      b |= c << (8 * (i - 8));
    }
  }
}

inline std::size_t hash(std::uint64_t a, std::uint64_t b, std::size_t len) {
  // Multiplicative hashing: the high bits depend on every input byte.
  const std::uint64_t h = ((a ^ (b * 0xC2B2AE3D27D4EB4Full) ^ len) * 0x9E3779B97F4A7C15ull);
  return static_cast<std::size_t>(h >> (64 - table_bits));
}

struct table {
  std::vector<slot> slots = std::vector<slot>(table_size);

  void add(std::string_view w, std::uint8_t flag) {
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    load(w, 0, w.size(), a, b);
    std::size_t i = hash(a, b, w.size());
    while (slots[i].len != 0) {
      if (slots[i].len == w.size() && slots[i].a == a && slots[i].b == b) {
        slots[i].flags |= flag;
        return;
      }
      i = (i + 1) & (table_size - 1);
    }
    slots[i].a = a;
    slots[i].b = b;
    slots[i].len = static_cast<std::uint8_t>(w.size());
    slots[i].flags = flag;
  }

  table() {
    for (const char* w : numeric_words) add(w, trigger::numeric);
    for (const char* w : temporal_words) add(w, trigger::temporal);
    for (const char* w : weak_words) add(w, trigger::weak);
    // Codes of up to three letters are read from short_words only: kept
    // out of the hash table, they lengthen no probe of a longer word.
    for (const char* w : currency_words) {
      if (std::strlen(w) > 3) add(w, trigger::numeric | trigger::weak);
    }
    for (const char* w : follower_words) add(w, trigger::follower);
    for (const char* w : capital_words) add(w, trigger::capital);
    for (const char* w : temporal_followers) add(w, trigger::follower);
    for (slot& sl : slots) {
      if ((sl.flags & trigger::temporal) == 0) continue;
      bool strong = false;
      for (const char* w : temporal_strong_words) {
        std::uint64_t a = 0;
        std::uint64_t b = 0;
        load(w, 0, std::strlen(w), a, b);
        strong = strong || (a == sl.a && b == sl.b && sl.len == std::strlen(w));
      }
      if (!strong) sl.flags |= trigger::temporal_weak;
    }
    for (const slot& sl : slots) {
      if ((sl.flags & (trigger::numeric | trigger::temporal)) == 0) continue;
      char word[max_len] = {};
      std::memcpy(word, &sl.a, 8);
      std::memcpy(word + 8, &sl.b, 8);
      const std::size_t i = start_filter_index(std::string_view(word, sl.len), 0, sl.len);
      start_filter[i / 64] |= std::uint64_t{1} << (i % 64);
    }
    for (const slot& sl : slots) {
      if (sl.len == 0 || sl.len > 3) continue;
      char word[max_len] = {};
      std::memcpy(word, &sl.a, 8);
      short_words[short_word_index(std::string_view(word, sl.len), 0, sl.len)] = sl.flags;
    }
    for (const char* w : currency_words) {
      const std::string_view v(w);
      if (v.size() <= 3) short_words[short_word_index(v, 0, v.size())] |= trigger::numeric | trigger::weak;
    }
  }
};

}  // namespace

// Defined before the table, whose constructor fills it.
std::array<std::uint64_t, start_filter_bits / 64> start_filter{};
std::array<std::uint8_t, short_word_slots> short_words{};

namespace {
const table trigger_table;
}  // namespace

std::uint8_t lookup_word_impl(std::string_view text, std::size_t pos, std::size_t len) {
  std::uint64_t a = 0;
  std::uint64_t b = 0;
  load(text, pos, len, a, b);
  std::size_t i = hash(a, b, len);
  for (;;) {
    const slot& s = trigger_table.slots[i];
    if (s.len == 0) return trigger::none;
    if (s.a == a && s.b == b && s.len == len) return s.flags;
    i = (i + 1) & (table_size - 1);
  }
}

}  // namespace claimcheck::grammar::detail
