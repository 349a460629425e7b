// Article readers: the seeds' plain text, Markdown with front matter, JSON
// Lines batches with a bad line, HTML with boilerplate left out, invalid
// UTF-8, publication dates.
#include <doctest/doctest.h>

#include "grammar/parse.hpp"
#include "grammar/readers/readers.hpp"

namespace {
using namespace claimcheck;
namespace d = date;
d::sys_days day(int y, unsigned m, unsigned dd) { return d::sys_days{d::year{y} / m / dd}; }
}  // namespace

TEST_CASE("readers: plain text with title and Published line, no final newline") {
  const std::string bytes =
      "Grain exports climb\nPublished: Oct 28, 2022 09:18 PM\nBody line one.\n\nLast line.";
  const auto r = grammar::read_articles("news/a.txt", bytes);
  REQUIRE(r.articles.size() == 1);
  const auto& a = r.articles[0];
  CHECK(a.title == "Grain exports climb");
  CHECK(a.published_text == "Oct 28, 2022 09:18 PM");
  REQUIRE(a.published.has_value());
  CHECK(*a.published == day(2022, 10, 28));
  CHECK(a.format == "text");
  CHECK(a.text == bytes);  // offsets into the file
  CHECK(a.base_offset == 0);
  CHECK(a.base_line == 1);
  CHECK(a.path == "news/a.txt");
  CHECK(r.diagnostics.empty());
  CHECK(a.id.size() == 32);
}

TEST_CASE("readers: publication dates as news sites write them") {
  using grammar::readers::parse_published;
  CHECK(parse_published("Mar 10, 2023 07:58 PM") == day(2023, 3, 10));
  CHECK(parse_published("October 28, 2022") == day(2022, 10, 28));
  CHECK(parse_published("Sept. 5, 2021") == day(2021, 9, 5));
  CHECK(parse_published("28 October 2022") == day(2022, 10, 28));
  CHECK(parse_published("2023-03-10") == day(2023, 3, 10));
  CHECK(parse_published("2023-03-10T19:58:00+08:00") == day(2023, 3, 10));
  CHECK(parse_published("28.10.2022") == day(2022, 10, 28));
  CHECK(parse_published("Friday, October 28, 2022") == day(2022, 10, 28));
  CHECK_FALSE(parse_published("February 30, 2023").has_value());
  CHECK_FALSE(parse_published("yesterday").has_value());
  CHECK_FALSE(parse_published("").has_value());
}

TEST_CASE("readers: Markdown front matter and body offsets") {
  const std::string bytes =
      "---\ntitle: \"Freight by rail hits a high\"\npublished: 2023-01-15\nsource: Steppe Wire\n"
      "url: https://example.org/rail\n---\n# Freight by rail hits a high\n\nText here.\n";
  const auto r = grammar::read_articles("a.md", bytes);
  REQUIRE(r.articles.size() == 1);
  const auto& a = r.articles[0];
  CHECK(a.title == "Freight by rail hits a high");
  CHECK(a.published == day(2023, 1, 15));
  CHECK(a.source == "Steppe Wire");
  CHECK(a.url == "https://example.org/rail");
  CHECK(a.format == "markdown");
  CHECK(a.base_line == 7);
  CHECK(a.base_offset == bytes.find("# Freight"));
  CHECK(a.text == bytes.substr(a.base_offset));
}

TEST_CASE("readers: Markdown without front matter takes the first heading") {
  const auto r = grammar::read_articles("b.markdown", "Intro\n# The heading\nBody.");
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].title == "The heading");
  CHECK_FALSE(r.articles[0].published.has_value());
}

TEST_CASE("readers: JSON Lines batch with a bad line") {
  const std::string bytes =
      "{\"title\": \"One\", \"published\": \"2023-03-10\", \"text\": \"First body.\"}\n"
      "{not json at all\n"
      "\n"
      "{\"title\": \"Three\", \"source\": \"Wire\", \"url\": \"u3\", \"text\": \"Third body.\"}\n"
      "[1, 2]";
  const auto r = grammar::read_articles("batch.jsonl", bytes);
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].title == "One");
  CHECK(r.articles[0].published == day(2023, 3, 10));
  CHECK(r.articles[0].path == "batch.jsonl");
  CHECK(r.articles[0].base_line == 1);
  CHECK(r.articles[0].text == "First body.");
  CHECK(r.articles[1].path == "batch.jsonl");
  CHECK(r.articles[1].source == "Wire");
  CHECK(r.articles[1].base_line == 4);
  REQUIRE(r.diagnostics.size() == 2);
  CHECK(r.diagnostics[0].line == 2);
  CHECK(r.diagnostics[0].error);
  CHECK(r.diagnostics[1].line == 5);
}

TEST_CASE("readers: HTML keeps the story and leaves out page furniture") {
  const std::string bytes =
      "<!DOCTYPE html><html><head><title>Site | Story</title>\n"
      "<meta property=\"og:title\" content=\"Copper output rises\">\n"
      "<meta property=\"article:published_time\" content=\"2023-04-02T08:00:00Z\">\n"
      "<meta property=\"og:site_name\" content=\"Steppe Wire\">\n"
      "<link rel=\"canonical\" href=\"https://example.org/copper\">\n"
      "<script>var x = 12345;</script></head>\n"
      "<body><nav><a href=\"/\">Home</a> Markets 2023</nav>\n"
      "<article><h1>Copper output rises</h1>\n"
      "<p>Copper output rose 5 percent &amp; more in 2022.</p>"
      "<div class=\"share-buttons\">Share 99 times</div>\n"
      "<p>Second paragraph</p></article>\n"
      "<footer>Copyright 2023</footer></body></html>";
  const auto r = grammar::read_articles("page.html", bytes);
  REQUIRE(r.articles.size() == 1);
  const auto& a = r.articles[0];
  CHECK(a.title == "Copper output rises");
  CHECK(a.published == day(2023, 4, 2));
  CHECK(a.source == "Steppe Wire");
  CHECK(a.url == "https://example.org/copper");
  CHECK(a.format == "html");
  // Same length as the file; the story text sits at its own offset.
  REQUIRE(a.text.size() == bytes.size());
  const auto at = bytes.find("Copper output rose");
  CHECK(a.text.substr(at, 30) == "Copper output rose 5 percent &");
  CHECK(a.text.find("Home") == std::string::npos);
  CHECK(a.text.find("12345") == std::string::npos);
  CHECK(a.text.find("Share 99") == std::string::npos);
  CHECK(a.text.find("Copyright") == std::string::npos);
  CHECK(a.text.find("Second paragraph") != std::string::npos);
  // Newlines stay where they were, so lines match the file.
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n') REQUIRE(a.text[i] == '\n');
  }
}

TEST_CASE("readers: invalid UTF-8 and NUL bytes are replaced byte for byte, one warning") {
  // \xC3 lacks its continuation ('(' is ASCII): one byte; \xFF: one byte.
  const std::string bytes = "Title\nPublished: Mar 10, 2023\nBad \xC3\x28 byte and \xFF here.";
  const auto r = grammar::read_articles("x.txt", bytes);
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text == "Title\nPublished: Mar 10, 2023\nBad \x1A( byte and \x1A here.");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK_FALSE(r.diagnostics[0].error);
  CHECK(r.diagnostics[0].line == 3);
  CHECK(r.diagnostics[0].column == 5);
  CHECK(r.diagnostics[0].message == "invalid UTF-8: 2 bytes replaced by U+001A");
  CHECK(grammar::readers::first_invalid_utf8("caf\xC3\xA9 \xE2\x80\x94 ok") == std::string::npos);
  CHECK(grammar::readers::first_invalid_utf8("\xE2\x80") == 0);
  CHECK(grammar::readers::first_invalid_utf8("a\xED\xA0\x80") == 1);  // surrogate

  SUBCASE("maximal invalid subparts, one substitute per byte") {
    // A truncated 4-byte sequence at the end (3 bytes), a surrogate (ED is
    // not followed by 80..9F: each of its 3 bytes is bad), an overlong '/'
    // (C0 AF: 2 bytes); valid multibyte text around them is untouched.
    std::string s = "a\xE2\x80\x94" "b\xED\xA0\x80" "c\xC0\xAF\xC3\xA9\xF0\x9F\x98";
    const auto n = grammar::readers::repair_in_place(s);
    CHECK(s == "a\xE2\x80\x94" "b\x1A\x1A\x1A" "c\x1A\x1A\xC3\xA9\x1A\x1A\x1A");
    CHECK(n.invalid == 8);
    CHECK(n.nul == 0);
    CHECK(n.first == 5);
  }
  SUBCASE("NUL bytes become spaces; offsets and lines stay the file's") {
    const std::string nul = std::string("T\nPublished: Mar 10, 2023\nUp ") + '\0' + '\0' + " 5%.";
    const auto rn = grammar::read_articles("n.txt", nul);
    REQUIRE(rn.articles.size() == 1);
    CHECK(rn.articles[0].text.size() == nul.size());
    CHECK(rn.articles[0].text.find('\0') == std::string::npos);
    CHECK(rn.articles[0].text.substr(26) == "Up    5%.");
    REQUIRE(rn.diagnostics.size() == 1);
    CHECK(rn.diagnostics[0].line == 3);
    CHECK(rn.diagnostics[0].column == 4);
    CHECK(rn.diagnostics[0].message == "NUL bytes: 2 bytes replaced by a space");
  }
  SUBCASE("both kinds in one line") {
    const std::string both = std::string("T\nPublished: Mar 10, 2023\n\xFF x") + '\0';
    const auto rb = grammar::read_articles("b.md", both);
    REQUIRE(rb.diagnostics.size() == 1);
    CHECK(rb.diagnostics[0].message ==
          "invalid UTF-8 and NUL bytes: 2 bytes replaced (1 invalid by U+001A, 1 NUL by a space)");
  }
  SUBCASE("JSON Lines: U+FFFD inside the JSON string, the line is read") {
    const std::string js =
        "{\"title\":\"A\",\"text\":\"Caf\xE9 sales\"}\n{\"title\":\"B\",\"text\":\"ok\"}\n";
    const auto rj = grammar::read_articles("b.jsonl", js);
    REQUIRE(rj.articles.size() == 2);
    CHECK(rj.articles[0].text == "Caf\xEF\xBF\xBD sales");
    REQUIRE(rj.diagnostics.size() == 1);
    CHECK(rj.diagnostics[0].line == 1);
    CHECK(rj.diagnostics[0].column == 25);
    CHECK(rj.diagnostics[0].message == "invalid UTF-8: 1 byte replaced by U+FFFD");
  }
  SUBCASE("HTML: the text keeps the file's length") {
    const std::string html = "<html><body><p>Bad \xFF\xFE byte.</p></body></html>";
    const auto rh = grammar::read_articles("p.html", html);
    REQUIRE(rh.articles.size() == 1);
    CHECK(rh.articles[0].text.size() == html.size());
    CHECK(rh.articles[0].text.substr(15, 12) == "Bad \x1A\x1A byte.");
    // A control byte, which gumbo decodes as U+FFFD, is one byte too.
    const std::string ctl = "<html><body><p>a\x01" "b c.</p></body></html>";
    const auto rc = grammar::read_articles("c.html", ctl);
    REQUIRE(rc.articles.size() == 1);
    CHECK(rc.articles[0].text.size() == ctl.size());
    CHECK(rc.articles[0].text.substr(15, 5) == "a\x1A" "b c");
    CHECK(grammar::readers::first_invalid_utf8(rc.articles[0].text) == std::string::npos);
  }
}

TEST_CASE("readers: format sniffed from content for unknown extensions") {
  const auto md = grammar::read_articles("-", "---\ntitle: T\n---\nBody");
  REQUIRE(md.articles.size() == 1);
  CHECK(md.articles[0].format == "markdown");
  const auto js = grammar::read_articles("-", "{\"text\": \"x\"}\n{\"text\": \"y\"}");
  CHECK(js.articles.size() == 2);
  const auto html = grammar::read_articles("-", "<html><body><p>Hi there.</p></body></html>");
  REQUIRE(html.articles.size() == 1);
  CHECK(html.articles[0].format == "html");
}
