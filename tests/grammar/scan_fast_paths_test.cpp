// The scanner's hand-written fast paths against the X3 grammar they stand
// for: on every input of the conformance specs, the benchmark corpus, the
// seed articles and a set of generated news sentences, (1) every reading
// the temporal fast path gives at a word start equals the X3 reading there
// (every field of the record, and the end), and (2) the whole scan gives
// the same mentions with the fast paths on and off.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "grammar/mention.hpp"
#include "grammar/numeric/lexer.hpp"
#include "grammar/temporal/fast.hpp"

// The benchmark corpus generator, compiled into this test (the test binary
// does not link the benchmarks' support library).
#include "bench/support/corpus.cpp"  // NOLINT(bugprone-suspicious-include)

namespace g = claimcheck::grammar;
namespace gt = claimcheck::grammar::temporal;

namespace {

const std::filesystem::path kShared = std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / ".." / "shared";

struct input {
  std::string text;
  std::optional<date::sys_days> reference;
};

void add_spec_inputs(const std::filesystem::path& file, std::vector<input>& out) {
  std::ifstream in(file);
  if (!in) return;
  const auto cases = nlohmann::json::parse(in, nullptr, false, true);
  if (!cases.is_array()) return;
  for (const auto& c : cases) {
    if (!c.contains("Input") || !c["Input"].is_string()) continue;
    input i;
    i.text = c["Input"].get<std::string>();
    if (c.contains("Context") && c["Context"].contains("ReferenceDateTime")) {
      const std::string r = c["Context"]["ReferenceDateTime"].get<std::string>();
      std::istringstream rs(r.substr(0, 10));
      date::sys_days d;
      rs >> date::parse("%F", d);
      if (!rs.fail()) i.reference = d;
    }
    out.push_back(std::move(i));
  }
}

std::vector<input> spec_inputs() {
  std::vector<input> out;
  const auto root = kShared / "conformance" / "recognizers-text";
  if (!std::filesystem::exists(root)) return out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
    if (e.path().extension() == ".json") add_spec_inputs(e.path(), out);
  }
  return out;
}

std::vector<input> corpus_inputs() {
  std::vector<input> out;
  claimcheck::bench::corpus_options o;
  o.articles = 120;
  for (const auto& a : claimcheck::bench::make_articles(o)) {
    const auto art = claimcheck::bench::as_article(a);
    out.push_back({art.text, art.published});
  }
  const auto seeds = kShared / "seeds";
  if (std::filesystem::exists(seeds)) {
    for (const auto& e : std::filesystem::directory_iterator(seeds)) {
      std::ifstream in(e.path());
      std::stringstream ss;
      ss << in.rdbuf();
      out.push_back({ss.str(), date::sys_days{date::year{2022} / 11 / 1}});
    }
  }
  return out;
}

// Generated news sentences in the shapes of bench/bench_mentions.cpp and
// around the forms the fast paths read, with the words that may continue
// them.
std::vector<input> generated_inputs() {
  const char* months[] = {"January", "Feb.", "March", "May", "Sept.", "Sep", "October", "Dec", "june", "MAY"};
  const char* days[] = {"1", "9", "28", "31", "32", "0", "1st", "22nd", "3rd", "30th", "07"};
  const char* years[] = {"2019", "1999", "2999", "3000", "0999", "1000", "20190", "2022"};
  const char* weekdays[] = {"Friday", "monday", "Sunday", "Saturday", "Fri", "Wednesday"};
  const char* after[] = {"",           ".",           ". The",        ", officials said", ", 2020",
                         ", Nov",      ", nov.",      ", the",         " and 2020",        " to 2023",
                         "-2020",      "-23",         "/3",            " Q3",              " q3",
                         "q3",         " H1",         "'s",            "s",                " the first quarter",
                         " first half", " second quarter", " of", " in March", " March",
                         " next week", " last year", " this year",  " of next week",  " the 13th",
                         " 13th",      " 13",         " fiscal",       " (AP)",            "\", he said",
                         ": rates",    "; prices",    " - 2020",       " – 2021",          " to 20",
                         "-10-28",     "-1-5",        "-13-01",        "-02-30",           "-10-28T10:00",
                         " twentieth", " thirteenth", " year",         " years",           " years ago",
                         " 10",        ", 10",        " $5",           " 5 percent",       " until 2021",
                         ".5",         ",5",          " AD",           " morning",         " evening, the",
                         ", October 27, 2022", ", 27 October", ", the 27th", " on Friday", " w/c",
                         " marks the anniversary", " the company said", " the twenty-first", " the nine",
                         " the first time", " the third quarter", " mayor", ", marking", " Aprils",
                         " in Cairo", " in Kuala Lumpur.", " in the capital", " in March", " in mid-March",
                         " in q3", " in Q3 2020", " in early", " in late 2020", " in a", " in 2021", " in Summer",
                         " in fiscal 2021", " in three", " in first", " in Abu Dhabi,", " in x", " in Nur-Sultan",
                         " in H1", " in total", " in all", ", and a", ", including", ", in 2022", ", of 2022",
                         ", in the capital", ", twenty", ", nineteen", ", two thousand", ",and", "\xC2\xA0",
                         ".\xC2\xA0", ".\xC2\xA0\n\nThis year", ".\xC2\xA0" "2022", ". \xC2\xA0", ", the 21st", " 09:18 PM", " 9:18", " 09:18:22", " 10", " 09:18-10:00"};
  std::vector<input> out;
  const auto ref = date::sys_days{date::year{2022} / 11 / 27};
  auto add = [&](const std::string& s) {
    out.push_back({s, ref});
    out.push_back({"Trade rose 5% in " + s, ref});
  };
  for (const char* a : after) {
    for (const char* y : years) add(std::string(y) + a);
    for (const char* m : months) {
      for (const char* y : years) add(std::string(m) + " " + y + a);
      for (const char* d : days) {
        add(std::string(m) + " " + d + ", " + years[0] + a);
        add(std::string(m) + " " + d + " " + years[7] + a);
        add(std::string(d) + " " + m + " " + years[1] + a);
        add(std::string(d) + " " + m + ", " + years[7] + a);
        add(std::string(m) + " " + d + a);
      }
    }
    for (const char* w : weekdays) add(std::string("officials said on ") + w + a);
  }
  // Counts after leads that the cheap rejection reads.
  for (const char* lead : {"by", "at", "for", "about", "up", "over", "more than", "between the", "since", "the",
                           "through", "through the", "a", "an", "A", "by the", "for the", "By the", "between"}) {
    for (const char* count : {"5", "2030", "12.5", "45,123", "three", "twenty-three", "30th", "fifth", "one hundred",
                              "20th", "first", "12-point", "10-year", "year-on-year", "year on year", "year-end",
                              "year ago", "year"}) {
      for (const char* tail : {" percent", " officials said", " years", " years ago", " days later", " March 2020",
                               " million tons", "%", "-fold", " and a half years", " of March", " anniversary",
                               " round", ",", ". Then", " Fridays", " business days", " quarter", " to 2025",
                               " National Congress", " time", " century", " position", " increase", "",
                               " and 21st", " of the month"}) {
        add(std::string(lead) + " " + count + tail);
      }
    }
  }
  for (const char* s : {"Friday. The", "fri. 13th", "Friday. October 27, 2022", "Friday.", "Friday.5", "Friday. 13",
                        "on Friday. In March"}) {
    add(s);
  }
  for (const char* s : {"rose 5% year-on-year to 1.5 million", "up 3.1 per cent year on year to $6 billion",
                        "Year to date", "the year to date", "year to Date, sales", "year to dates", "year to 2021",
                        "year to March", "a year to remember", "the fiscal year to March 2021"}) {
    add(s);
  }
  // Relative phrases, quarters and halves that start with a word.
  for (const char* lead : {"", "in ", "In ", "since ", "by ", "from ", "between ", "over ", "for ", "on "}) {
    for (const char* core : {"last year", "Last year", "this year", "next year", "last month", "this week", "next week",
                             "last quarter", "a year earlier", "a year ago", "a year later", "A year earlier",
                             "the same month", "same month", "the past 11 years", "the past 3 months",
                             "past 29 years", "the past 1 year", "the past 0 years", "past 12345 years",
                             "the first quarter of 2020", "the second half of 2021", "first half of 2019",
                             "the fourth quarter of 2018", "the third half of 2020", "the third quarter 2020",
                             "The first quarter of 2020", "first quarter of 999", "second quarter of 20210",
                             "January and September 2021", "january and March", "Jan and Sep 2021",
                             "September and 2021", "May and June", "March and the", "two years", "Two years",
                             "three months", "ten years", "two years of construction", "nine months of talks",
                             "two years of March", "two years of twenty", "two years of the", "six years of 2020",
                             "five years of first", "two years of work-", "eight months of age",
                             "past three decades", "the past two decades", "past 3 decades", "the past ten years",
                             "past four months", "past two weeks", "past one year", "the past decades",
                             "past eleven years", "past 2 decade", "early 2023", "mid 2023", "mid-2023", "late 2023",
                             "early-2023", "Early 2023", "late 20230", "early 999", "midst 2023",
                             "November.\xC2\xA0", "Nov.\xC2\xA0", "May.\xC2\xA0", "Friday.\xC2\xA0",
                             "November 20, and a", "February 24, including", "November 20, in 2022",
                             "Nov 20, of 2022", "November 20, two thousand", "September 14 this year",
                             "September 14 last year", "September 14th next year", "September 14 this years",
                             "Sept. 4 this year", "September 14 this year's", "September 14 this yearly",
                             "past years", "the past weeks", "past days", "the first to resolve",
                             "first to attend", "second to none", "the first to the fifth", "first to 2020",
                             "Third to go", "the fifth to March", "first to be", "the 20th to come"}) {
      for (const char* tail : {"", ".", ",", ", the", " the", " the ministry said", "'s", "-on-year", " and 2021",
                               " to 2023", " of 2019", " of 2019.", " of last year", " of 2020, officials",
                               " ago", " earlier", " than expected", " (AP)", " last year", " on Friday",
                               " year-to-date", " first half", " the trade volume grew", "-2021", " 2021",
                               " Q3", " March", ": officials", " of fiscal 2020"}) {
        add(std::string(lead) + core + tail);
      }
    }
  }
  // The whole-amount numeric fast path (grammar/numeric/whole.cpp): its
  // forms, with the words before and after them that change the reading.
  for (const char* lead : {"", "between ", "more than ", "about ", "nearly ", "up to ", "at least ", "over ",
                           "grew ", "rose by ", "an increase of ", "Boeing ", "page ", "the ", "from ", "22,",
                           "COVID-", "/", "x", "= ", "fell ", "under ", "more than 100 and less than "}) {
    for (const char* amount : {"23.6 percent", "23.6%", "23.6 per cent", "$31.17 billion", "$31", "$5.5",
                               "31.17 billion U.S. dollars", "300 billion yuan", "12 million tonnes",
                               "12 million tons", "2,500", "2,500.75", "12,34,567", "1,234,56", "1234,567", "2,50",
                               "15 000", "2020", "1999", "3", "70-fold", "12-point", "3-inch", "5 feet", "5 ft",
                               "5 pounds", "5 million pounds", "120 million", "1.5 million", "0.5", "7 km",
                               "10 kg", "5 dollars", "5 yuan", "5 USD", "5 hundred", "3 dozen", "5 m", "5 bn",
                               "1.1.2", "1e6", "5x", "5th", "10:30", "3/4", "2 1/4", "$20", "$ 5", "12.5 million barrels",
                               "45,123"}) {
      for (const char* tail : {"", ".", ",", ", officials said", " in 2021", " in 10", " over 3 years",
                               " out of 10", " to 5", "-30", " – 40", "~40", " or more", " or less",
                               ", but less than 300", " and less than 300", " and 43 cents", " 43 cents",
                               " year-on-year", ", year-on-year", " percent", " of GDP", " per cent of it",
                               "-fold", " times", " as many", " (kg)", " million", " and a half", " 000",
                               " 5", "\n\nThe", "  said", " US$", " USD", ".5", ",5", ":", " pm", " people"}) {
        add(std::string(lead) + amount + tail);
      }
    }
  }
  // Number words alone, ordinals in digits and years, before plain words
  // (grammar/numeric/match.cpp spelled_mention, whole.cpp ordinal_amount).
  for (const char* lead : {"", "the ", "The ", "Boeing ", "page ", "which ", "more than ", "between ", "over ",
                           "about ", "rose ", "grew by "}) {
    for (const char* number : {"one", "two", "seventy", "first", "twentieth", "twenty-three", "one hundred",
                               "two-thirds", "eleven", "zero", "1st", "30th", "22nd", "3rd", "2022", "1999", "30TH",
                               "1,000th", "1.5th", "30thx", "a", "half", "dozen", "January", "the"}) {
      for (const char* tail : {" countries", " in three", " out of five", " of them", " million", ",", " percent",
                               "-year", " round", " anniversary", " marks", " and a half", " or more", " to 5",
                               " times", " sides", " of", "", " over 3", " in 2020", " year-on-year"}) {
        add(std::string(lead) + number + tail);
      }
    }
  }
  // A glue word, "the"/"a"/"an" and a third word that may or may not
  // confirm a temporal reading, after one or more blanks.
  for (const char* lead : {"by the", "for the", "at a", "as a", "during the", "on the", "The a", "the the",
                           "since the", "from the", "between the", "By The", "at an", "over a", "up the",
                           "until the", "after a", "before the", "within a", "till the"}) {
    for (const char* third : {"ministry", "end of 2020", "first quarter of 2021", "year", "past 3 years",
                              "next week", "same month", "weekend", "'90s", "2020", "day after", "rest of 2020",
                              "year's end", "mid-2020", "beginning of March", "middle of May", "summit",
                              "Christmas", "school year 2019", "previous year", "coming months", "start of 2022",
                              "working week", "following day", "upcoming summit", "last year", "of 2020",
                              "third quarter", "week's end", "fortnight", "few years", "couple of days"}) {
      for (const char* sep : {" ", "-", ", ", "  "}) add(std::string(lead) + sep + third);
    }
  }
  // "end of the" and a plain word (fast_reject.cpp end_of_the_plain), after
  // the prefixes match.cpp strips, against the readings that go on.
  for (const char* lead : {"", "the ", "The ", "before the ", "Before the ", "by the ", "until ", "until the ",
                           "from the ", "between the ", "after the ", "on the ", "for the ", "since the ",
                           "within the ", "till the ", "later than the ", "before  the ", "before ", "by the the ",
                           "at the ", "near the "}) {
    for (const char* core : {"end of the season", "end of the year", "end of the month", "end of the week",
                             "end of the years", "End Of The Season", "end of the  season", "end of the yearly",
                             "end of the weekend", "end of the monthly report", "end of the 1990s",
                             "end of the decade", "end of the summer", "end of the fiscal year", "end of the day",
                             "end  of the season", "end of the the year", "end-of-the-season", "end of the-season",
                             "end of the\nseason", "end of the talks", "endless season", "end of the Year",
                             "end of the WEEK", "end of the quarter", "end of the 20th century", "end of the '90s",
                             "end of them", "end of the", "end of the ministry's term", "end of this year",
                             "end of the year's", "end of the current year", "ends of the season", "end of the next year",
                             "end of the previous month", "end of the last week", "end of the coming year",
                             "end of the following month", "end of the same year", "end of the upcoming year",
                             "end of the lastly", "end of the nextgen"}) {
      for (const char* tail : {"", ".", " 2020", ", officials said", " and 2021", " to 2023", " of 2020",
                               " next year", "-2021"}) {
        add(std::string(lead) + core + tail);
      }
    }
  }
  // Word phrases that fast_mention reads whole (fast.cpp phrase_reading),
  // with the bounding words around them (bounds.cpp: only for calendar
  // periods, not for "a year earlier" or "past 3 years") and the words
  // before them that change the reading.
  for (const char* lead : {"", "Starting ", "starting ", "as early as ", "as late as ", "in ", "In ", "the ",
                           "will last ", "beginning ", "to ", "and ", "since ", "the the "}) {
    for (const char* core : {"last year", "Next Month", "this year", "next year", "a year earlier", "a year ago",
                             "past 30 years", "past three decades", "past 2 months", "early 2023", "mid-2023",
                             "late 2019", "first quarter of 2023", "the first quarter of 2023",
                             "The Second Half of 2021", "second half of 2021", "same month", "same month of 2022",
                             "a year later", "the fourth quarter of 2019", "first half of 1999"}) {
      for (const char* tail : {"", " or later", " and after", " onwards", " and beyond", " or earlier", ".", ",",
                               " ago", " and 2024", " to 2025", " in a row", " running", " old", "'s", " time",
                               " and a half", ". The", "-on-year"}) {
        add(std::string(lead) + core + tail);
      }
    }
  }
  // Bounding prefixes before the fast readings (fast.cpp fast_mention).
  for (const char* lead : {"by ", "By ", "BY ", "until ", "till ", "before ", "after ", "by  ", "before\n", "since ",
                           "from ", "later than ", "no later than ", "byway ", "by the "}) {
    for (const char* core : {"2030", "October 28, 2022", "Oct. 28 2022", "28 October 2022", "2022-10-28",
                             "September 2022", "Friday", "next year", "last month", "this year", "the first quarter of 2023",
                             "first half of 2021", "early 2023", "a year earlier", "past 3 years", "2030s",
                             "May 2022", "may 2022", "march 2022", "the same month", "Friday next week", "2 years",
                             "two years", "Nov 20, and", "next week"}) {
      for (const char* tail : {"", ",", ", Turkey's ambassador said", ".", " or later", " to 2035", " and 2031",
                               "-2031", " at the latest", " Q3", " the company said", " of 2020", " ago"}) {
        add(std::string(lead) + core + tail);
      }
    }
  }
  // A month and day without a year before a comma (fast.cpp fast_mention's
  // month_phrase readings), for every month's spelling.
  for (const char* lead : {"", "on ", "On ", "by ", "since ", "from ", "until ", "the ", "in "}) {
    for (const char* md : {"April 12", "august 3", "Aug. 31", "Apr 1st", "January 9", "february 30", "March 4",
                           "May 5", "may 5", "June 22nd", "Jul 7", "Sept. 14", "October 31", "Nov 20",
                           "December 32", "Dec 0"}) {
      for (const char* tail : {", and inflation may ease", ", including", ", in 2022", ", of 2022", ", twenty",
                               ", nineteen", ", 2022", ",and", ", the", ", Friday", ", officials said", ",  and",
                               ", AND", ", marking", ", April", ", 10"}) {
        add(std::string(lead) + md + tail);
      }
    }
  }
  // Durations in digits (match.cpp's number_candidate reads "19 years's"
  // differently with the fast paths off, so no "'s" here).
  for (const char* core : {"19 years", "3 months", "120 years", "07 years", "1 years", "1000 years", "1234 months"}) {
    for (const char* tail : {"", ",", ", said", ", 3 months", ".", ". The", ".5", ";", ")", " old", " ago", " of",
                             " and 3 months", "-old", ",5"}) {
      add(std::string("over ") + core + tail);
      add(std::string(core) + tail);
    }
  }
  // bench_mentions.cpp's shapes.
  for (const char* m : {"January", "March", "May", "September", "October", "December"}) {
    for (const char* f : {"$12.34 billion", "23.5 percent", "120 million tons", "more than 45,123", "17%",
                          "about 300 billion yuan", "12-fold", "twenty-three thousand"}) {
      add(std::string("The trade volume between the two countries grew ") + f + " in " + m + " 2019, officials said on Friday, according to a statement released by the ministry.\n");
    }
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string dump(const claimcheck::grammar::ast::texpr& t) {
  char b[512];
  std::snprintf(b, sizeof b,
                "f=%d year=%d hyr=%d yrel=%d month=%u month2=%u day=%u day2=%u wd=%d part=%u rel=%d u=%d mod=%d "
                "qual=%d amount=%g used=%u mrel=%d base=%d y=%g m=%g w=%g d=%g s=%g",
                static_cast<int>(t.f), t.year, t.has_year_rel ? 1 : 0, t.year_rel, t.month, t.month2, t.day, t.day2,
                t.weekday, t.part, t.rel, static_cast<int>(t.u), t.mod, t.qual, t.amount, t.used, t.month_rel,
                t.base_days, t.years, t.months, t.weeks, t.days, t.seconds);
  return b;
}

bool same_double(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

std::string describe(const g::mention& m) {
  std::string s = std::string(g::to_string(m.type)) + " [" + std::to_string(m.start) + "," + std::to_string(m.end) +
                  ") value=" + m.value.stated + "/" + m.value.unit + " when=" + (m.when ? m.when->str() : "-") +
                  " label=" + (m.when ? m.when->label : "") + " tense=" + std::to_string(m.tense) + " mod=" + m.mod +
                  " err=" + m.error;
  return s;
}

bool same_mention(const g::mention& a, const g::mention& b) {
  return a.type == b.type && a.start == b.start && a.end == b.end && a.value.value == b.value.value &&
         a.value.unit == b.value.unit && a.value.qual == b.value.qual && a.value.stated == b.value.stated &&
         same_double(a.value.number, b.value.number) && a.when == b.when && a.relative == b.relative &&
         a.unresolved == b.unresolved && a.weekday == b.weekday && a.direction == b.direction &&
         a.basis == b.basis && a.tense == b.tense && a.mod == b.mod && same_double(a.range_lo, b.range_lo) &&
         same_double(a.range_hi, b.range_hi) && a.number_start == b.number_start && a.number_end == b.number_end &&
         a.amount_start == b.amount_start && a.relative_to == b.relative_to && a.error == b.error;
}

struct tally {
  std::size_t positions = 0;
  std::size_t fast = 0;
  std::size_t core_mismatches = 0;
  std::size_t texts = 0;
  std::size_t mention_mismatches = 0;
  std::size_t mentions = 0;
  std::size_t words = 0;  // lexicon words X3 reads
};

// (1): the fast reading at every word start of text, against X3.
void check_cores(const std::string& text, tally& t) {
  const std::string low = lower(text);
  for (std::size_t pos = 0; pos < low.size(); ++pos) {
    const char c = low[pos];
    const bool start = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const char p = pos > 0 ? low[pos - 1] : ' ';
    const bool prev_word = (p >= 'a' && p <= 'z') || (p >= '0' && p <= '9');
    if (!start || prev_word) continue;
    // match.cpp reads at most 160 bytes from the candidate.
    const std::string_view buf = std::string_view(low).substr(pos, 160);
    ++t.positions;
    const auto f = gt::fast_core(buf, 0);
    if (!f) continue;
    ++t.fast;
    const auto x = gt::x3_core(buf, 0);
    const bool same = x && x->end == f->end && dump(x->t) == dump(f->t);
    if (!same) {
      ++t.core_mismatches;
      if (t.core_mismatches <= 20) {
        MESSAGE("core mismatch at \"", std::string(buf.substr(0, 40)), "\": fast end ", f->end, " ", dump(f->t),
                "; x3 ", x ? std::to_string(x->end) + " " + dump(x->t) : std::string("none"));
      }
    }
  }
}

// (2): the whole scan with and without the fast paths.
void check_scan(const input& in, tally& t) {
  g::scan_options o;
  o.reference = in.reference;
  gt::set_fast_paths(true);
  const auto fast = g::scan_mentions(in.text, o);
  gt::set_fast_paths(false);
  const auto slow = g::scan_mentions(in.text, o);
  gt::set_fast_paths(true);
  ++t.texts;
  t.mentions += slow.size();
  bool same = fast.size() == slow.size();
  for (std::size_t i = 0; same && i < fast.size(); ++i) same = same_mention(fast[i], slow[i]);
  if (!same) {
    ++t.mention_mismatches;
    if (t.mention_mismatches <= 10) {
      std::string d;
      for (std::size_t i = 0; i < std::max(fast.size(), slow.size()); ++i) {
        const std::string a = i < fast.size() ? describe(fast[i]) : "-";
        const std::string b = i < slow.size() ? describe(slow[i]) : "-";
        if (a != b || (i < fast.size() && i < slow.size() && !same_mention(fast[i], slow[i]))) {
          d += "\n  fast: " + a + "\n  x3:   " + b;
        }
      }
      MESSAGE("scan mismatch in \"", in.text.substr(0, 80), "\"", d);
    }
  }
}

// (3): the numeric lexicon's trie reads the word X3 reads, and the symbol
// table's prefix test (symbol_may_start) turns away no symbol X3 reads, at
// every byte.
void check_lexicon(const std::string& text, tally& t) {
  namespace gn = claimcheck::grammar::numeric;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    const auto w = gn::word_at(text, pos);
    const auto x = gn::word_at_x3(text, pos);
    if (x) ++t.words;
    const auto sy = gn::symbol_at(text, pos);
    const auto sx = gn::symbol_at_x3(text, pos);
    const bool same_symbol = sy.has_value() == sx.has_value() && (!sy || sy->end == sx->end);
    const bool same = same_symbol && w.has_value() == x.has_value() &&
                      (!w || (w->end == x->end && w->what.kind == x->what.kind && w->what.value == x->what.value &&
                              std::string_view(w->what.unit) == std::string_view(x->what.unit) &&
                              w->what.aux == x->what.aux));
    if (!same) {
      ++t.core_mismatches;
      if (t.core_mismatches <= 20) MESSAGE("lexicon word mismatch at \"", text.substr(pos, 30), "\"");
    }
    // match_numeric asks no lexicon question at a digit: none may start there.
    if (text[pos] >= '0' && text[pos] <= '9' && (x || sx)) {
      ++t.core_mismatches;
      if (t.core_mismatches <= 20) MESSAGE("lexicon entry starts with a digit at \"", text.substr(pos, 30), "\"");
    }
  }
}

void check_all(const std::vector<input>& inputs, tally& t) {
  for (const auto& in : inputs) {
    check_lexicon(in.text, t);
    check_cores(in.text, t);
    check_scan(in, t);
  }
}

}  // namespace

TEST_CASE("grammar: temporal fast paths read what X3 reads, on generated sentences") {
  tally t;
  check_all(generated_inputs(), t);
  MESSAGE("generated: ", t.texts, " texts, ", t.positions, " word starts, ", t.fast, " fast readings, ", t.mentions,
          " mentions");
  CHECK(t.core_mismatches == 0);
  CHECK(t.mention_mismatches == 0);
  // The fast paths are exercised: most years, "Month YYYY" and full dates
  // here are read by them.
  CHECK(t.fast > 5000);
}

TEST_CASE("grammar: temporal fast paths read what X3 reads, on the benchmark corpus and the seeds") {
  tally t;
  check_all(corpus_inputs(), t);
  MESSAGE("corpus: ", t.texts, " texts, ", t.positions, " word starts, ", t.fast, " fast readings, ", t.mentions,
          " mentions");
  CHECK(t.core_mismatches == 0);
  CHECK(t.mention_mismatches == 0);
  CHECK(t.fast > 1000);
  CHECK(t.words > 1000);
}

TEST_CASE("grammar: temporal fast paths read what X3 reads, on the conformance inputs") {
  const auto inputs = spec_inputs();
  if (inputs.empty()) {
    MESSAGE("conformance specs not found under ", kShared.string(), ": skipped");
    return;
  }
  tally t;
  check_all(inputs, t);
  MESSAGE("conformance: ", t.texts, " texts, ", t.positions, " word starts, ", t.fast, " fast readings, ", t.mentions,
          " mentions");
  CHECK(t.core_mismatches == 0);
  CHECK(t.mention_mismatches == 0);
  CHECK(t.fast > 100);
}
