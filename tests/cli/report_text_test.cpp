// The text report: layout (grouped by article and severity, location
// lines, caret underline, arithmetic), colour on and off, and article text
// that tries to drive the terminal.
#include <doctest/doctest.h>

#include <cctype>
#include <sstream>

#include "cli/report.hpp"
#include "cli/report_detail.hpp"
#include "tests/cli/report_support.hpp"

namespace {

using claimcheck::cli::report_options;

std::string text_of(const claimcheck::engine::report& r, report_options o = {}) {
  std::ostringstream out;
  claimcheck::cli::write_text(out, r, o);
  return out.str();
}

}  // namespace

TEST_CASE("cli: text report groups findings by article, errors first") {
  const auto r = claimcheck::test::founding_report();
  const std::string s = text_of(r);
  const auto a1 = s.find("fixtures/ties_2022.txt: Neighbours in trade (2022-10-28) — 1 fact\n");
  const auto a2 = s.find("fixtures/visit 2023.txt: Leader may visit twice (2023-03-10) — 3 facts\n");
  const auto err = s.find(
      "fixtures/visit 2023.txt:5:28: error: CHN+KAZ trade_volume 2021: $19 billion contradicts "
      "$25.2 billion [conflict]\n");
  const auto info = s.find(
      "fixtures/visit 2023.txt:4:28: info: CHN+KAZ trade_volume 2021 implied by 2022 growth agrees "
      "with $25.2 billion [growth]\n");
  REQUIRE(a1 != std::string::npos);
  REQUIRE(a2 != std::string::npos);
  REQUIRE(err != std::string::npos);
  REQUIRE(info != std::string::npos);
  CHECK(a1 < a2);
  CHECK(a2 < err);
  CHECK(err < info);  // the error of the article comes before its info
  CHECK(s.find("2 articles, 4 facts, 1 error, 0 warnings, 1 info\n") != std::string::npos);
}

TEST_CASE("cli: text report underlines the claim and shows the arithmetic") {
  const std::string s = text_of(claimcheck::test::founding_report());
  INFO(s);
  // "Trade rose " is 11 columns; "23.6 percent" 12; " to " 4; "$31.17 billion" 14.
  CHECK(s.find("    Trade rose 23.6 percent to $31.17 billion in 2022.\n"
               "               ^~~~~~~~~~~~    ^~~~~~~~~~~~~~\n"
               "    = 31.17e9 / 1.236 = 25.22e9 ∈ [25.15e9, 25.25e9]\n") != std::string::npos);
  // "A year earlier it stood at " is 27 columns; "$19 billion" 11.
  CHECK(s.find("    A year earlier it stood at $19 billion, the ministry said.\n"
               "                               ^~~~~~~~~~~\n") != std::string::npos);
}

TEST_CASE("cli: caret line counts code points and falls back to the source span") {
  namespace d = claimcheck::cli::detail;
  // "Über " is 5 code points but 6 bytes.
  const auto u = d::underline("Über $5 bn.", {{6, 10}});
  CHECK(u.carets == "     ^~~~");
  // No stated text in the sentence: the span inside the sentence is marked.
  auto r = claimcheck::test::founding_report();
  auto f = r.findings[1];
  f.stated = {"nowhere"};
  const auto m = d::marks(f, &r.articles[1].meta);
  REQUIRE(m.size() == 1);
  CHECK(m[0].first == 27);
  CHECK(m[0].second == 38);
}

TEST_CASE("cli: text report colours only when asked") {
  const auto r = claimcheck::test::founding_report();
  const std::string plain = text_of(r);
  CHECK(plain.find('\x1b') == std::string::npos);
  report_options o;
  o.color = true;
  const std::string coloured = text_of(r, o);
  CHECK(coloured.find("\x1b[1;31merror\x1b[0m") != std::string::npos);
  CHECK(coloured.find("\x1b[1;36minfo\x1b[0m") != std::string::npos);
}

TEST_CASE("cli: article text cannot drive the terminal") {
  auto r = claimcheck::test::founding_report();
  auto& a = r.articles[1].meta;
  a.title = "Evil\x1b[2J\x1b[31m title\x07";
  a.path = "evil\x1b]0;pwned\x07.txt";
  auto& f = r.findings[1];
  f.source.sentence = "Trade \x1b[1A\xc2\x9b" "2J fell to $19 billion\r\n\xe2\x80\xae reversed \xff.";
  f.message = "msg \x1b[?25l hidden cursor";
  f.arithmetic = "1 + 1 \x1b(0 = 2";
  for (bool colour : {false, true}) {
    report_options o;
    o.color = colour;
    o.verbose = true;
    const std::string s = text_of(r, o);
    if (!colour) CHECK(s.find('\x1b') == std::string::npos);
    // Every ESC left is one of ours: a colour SGR "ESC [ digits ; m".
    for (std::size_t p = s.find('\x1b'); p != std::string::npos; p = s.find('\x1b', p + 1)) {
      REQUIRE(p + 1 < s.size());
      CHECK(s[p + 1] == '[');
      std::size_t q = p + 2;
      while (q < s.size() && (std::isdigit(static_cast<unsigned char>(s[q])) || s[q] == ';')) ++q;
      REQUIRE(q < s.size());
      CHECK(s[q] == 'm');
    }
    CHECK(s.find('\x07') == std::string::npos);
    CHECK(s.find('\r') == std::string::npos);
    CHECK(s.find("\xc2\x9b") == std::string::npos);      // C1 CSI
    CHECK(s.find("\xe2\x80\xae") == std::string::npos);  // right-to-left override
    CHECK(s.find('\xff') == std::string::npos);          // invalid UTF-8
    CHECK(s.find("Evil\xef\xbf\xbd[2J") != std::string::npos);
  }
}

TEST_CASE("cli: --quiet prints findings only, --verbose every fact") {
  const auto r = claimcheck::test::founding_report();
  report_options q;
  q.quiet = true;
  const std::string quiet = text_of(r, q);
  CHECK(quiet.find("Neighbours in trade") == std::string::npos);
  CHECK(quiet.find("2 articles") == std::string::npos);
  CHECK(quiet.find("[conflict]\n") != std::string::npos);
  CHECK(quiet.find("[growth]\n") != std::string::npos);
  report_options v;
  v.verbose = true;
  const std::string verbose = text_of(r, v);
  INFO(verbose);
  CHECK(verbose.find("  fixtures/visit 2023.txt:5:28: level CHN+KAZ trade_volume 2021 = "
                     "[18.5e9, 19.5e9] USD \"$19 billion\"\n") != std::string::npos);
}

TEST_CASE("cli: a long sentence is cut to a window around the claim") {
  namespace d = claimcheck::cli::detail;
  // 100 'a', the claim "$5 bn" at bytes 100..105, then 100 'b'.
  const std::string s = std::string(100, 'a') + "$5 bn" + std::string(100, 'b');
  const auto u = d::underline(s, {{100, 105}}, 20);
  // Centre of the mark is column 102: the window is columns 92..112.
  CHECK(u.sentence == "…" + std::string(8, 'a') + "$5 bn" + std::string(7, 'b') + "…");
  CHECK(u.carets == std::string(9, ' ') + "^~~~~");
  // Short sentences are left whole.
  CHECK(d::underline("Trade rose.", {}, 20).sentence == "Trade rose.");
}

TEST_CASE("cli: facts table shows each interval without rounding it away") {
  const auto r = claimcheck::test::founding_report();
  std::ostringstream out;
  claimcheck::cli::write_facts_text(out, {r.articles[1].facts[1], r.derived[0]}, {});
  const std::string s = out.str();
  INFO(s);
  CHECK(s.find("$31.165 bn .. $31.175 bn") != std::string::npos);
  CHECK(s.find("(derived)") != std::string::npos);
  CHECK(s.find("[growth]\n") != std::string::npos);
  CHECK(s.find("\n2 facts\n") != std::string::npos);
}
