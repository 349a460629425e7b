// The HTML report and the history plots: a self-contained page (no
// fetches), the plot's bars, new-fact and contradiction marks, laid out
// with a size in headless Chromium; and the Unicode chart of history --plot.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <regex>
#include <sstream>

#include "cli/report.hpp"
#include "tests/cli/report_support.hpp"

namespace {

namespace t = claimcheck::test;

std::string founding_html() {
  auto r = t::founding_report();
  // The history holds what the 2022 article stated; the report is the
  // 2023 article's check (its facts are new).
  std::vector<claimcheck::engine::fact> history = r.articles[0].facts;
  r.articles.erase(r.articles.begin());
  claimcheck::cli::report_options o;
  std::ostringstream out;
  claimcheck::cli::write_html(out, r, history, o);
  return out.str();
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
  return n;
}

// Width and height from a PNG's IHDR chunk; {0, 0} when not a PNG.
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& png) {
  if (png.size() < 24 || png.compare(1, 3, "PNG") != 0) return {0, 0};
  auto be32 = [&](std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(png[at + i]);
    return v;
  };
  return {be32(16), be32(20)};
}

std::string chromium_command(const t::temp_dir& dir) {
  return "/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
         "--disable-background-networking --disable-component-update --disable-sync "
         "--user-data-dir=" +
         t::sh_quote((dir.path() / "profile").string()) + " ";
}

}  // namespace

TEST_CASE("cli: HTML report is self-contained and marks new facts and contradictions") {
  const std::string html = founding_html();
  CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
  // No fetch of any kind: no src/href attributes, no url(), a CSP of 'none'.
  CHECK(html.find(" src=") == std::string::npos);
  CHECK(html.find(" href=") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  // One series touched (CHN+KAZ trade_volume in USD and in %): two plots.
  CHECK(count(html, "<svg class=\"plot\"") == 2);
  // Bars: the stored 2021 level, the three new facts and the 2021 level
  // the growth rule derived.
  CHECK(count(html, "<rect class=\"bar") == 5);
  CHECK(count(html, "<rect class=\"bar derived\"") == 1);
  CHECK(count(html, "<rect class=\"bar new") == 3);
  // The contradiction (f4 against f1) colours both bars and joins them.
  CHECK(count(html, "contradiction\" data-fact=") == 2);
  CHECK(count(html, "<line class=\"contradiction-link\"") == 1);
  // The finding's sentence with the claim marked.
  CHECK(html.find("A year earlier it stood at <mark>$19 billion</mark>, the ministry said.") !=
        std::string::npos);
}

TEST_CASE("cli: HTML escapes article text") {
  auto r = t::founding_report();
  r.articles[1].meta.title = "<script>alert(1)</script>";
  r.findings[1].source.sentence = "Cost <b>$19 billion</b> & more";
  std::ostringstream out;
  claimcheck::cli::write_html(out, r, {}, {});
  const std::string html = out.str();
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("Cost &lt;b&gt;<mark>$19 billion</mark>&lt;/b&gt; &amp; more") !=
        std::string::npos);
}

TEST_CASE("cli: HTML plots render with a size in headless Chromium") {
  if (!std::filesystem::exists("/usr/bin/chromium")) {
    MESSAGE("chromium is not installed (apt-get install chromium): browser test skipped");
    return;
  }
  t::temp_dir dir;
  const auto page = dir.write("report.html", founding_html());
  const auto png = dir.path() / "report.png";
  const std::string base = chromium_command(dir);
  const auto shot = t::run(base + "--screenshot=" + t::sh_quote(png.string()) +
                           " --window-size=1200,900 " + t::sh_quote("file://" + page.string()) +
                           " >/dev/null 2>&1");
  CHECK(shot.status == 0);
  REQUIRE(std::filesystem::exists(png));
  const std::string bytes = t::read_file(png);
  const auto [w, h] = png_size(bytes);
  CHECK(w == 1200);
  CHECK(h == 900);
  CHECK(bytes.size() > 20000);  // a page with text and plots, not a blank
  const auto dom = t::run(base + "--dump-dom " + t::sh_quote("file://" + page.string()) +
                          " 2>/dev/null");
  REQUIRE(dom.status == 0);
  // The inline script counted the bars and those laid out with a size.
  std::smatch m;
  REQUIRE(std::regex_search(dom.out, m, std::regex("data-bars=\"([0-9]+)\" data-bars-sized=\"([0-9]+)\"")));
  CHECK(m[1] == "5");
  CHECK(m[2] == "5");
  // CLAIMCHECK_KEEP_HTML=DIR keeps the page and its screenshot (used for
  // docs/founding-example.png).
  if (const char* keep = std::getenv("CLAIMCHECK_KEEP_HTML"); keep != nullptr && *keep != '\0') {
    std::filesystem::copy_file(page, std::filesystem::path(keep) / "founding-example.html",
                               std::filesystem::copy_options::overwrite_existing);
    std::filesystem::copy_file(png, std::filesystem::path(keep) / "founding-example.png",
                               std::filesystem::copy_options::overwrite_existing);
  }
}

TEST_CASE("cli: history --plot draws interval bars to scale") {
  auto r = t::founding_report();
  std::vector<claimcheck::engine::fact> facts = {r.articles[0].facts[0], r.articles[1].facts[1]};
  std::ostringstream out;
  claimcheck::cli::write_history_plot(out, facts, {});
  const std::string s = out.str();
  INFO(s);
  CHECK(s.rfind("CHN+KAZ trade_volume (USD)\n", 0) == 0);
  // Scale 0 .. 31.175e9 over 40 cells: 25.15e9 is 32.27 cells (32 full and
  // a quarter block), 25.25e9 ends within cell 33; 31.165e9 is 39.99 cells.
  std::string row2021 = "  2021         ";
  for (int i = 0; i < 32; ++i) row2021 += "█";
  row2021 += "▎";
  CHECK(s.find(row2021 + "        $25.2 bn") != std::string::npos);
  std::string row2022 = "  2022         ";
  for (int i = 0; i < 39; ++i) row2022 += "█";
  row2022 += "▉";
  CHECK(s.find(row2022 + " $31.17 bn") != std::string::npos);
}

TEST_CASE("cli: history HTML colours bars by source and leaves derived ones unfilled") {
  auto r = t::founding_report();
  std::vector<claimcheck::engine::fact> facts = {r.articles[0].facts[0], r.articles[1].facts[1],
                                                 r.articles[1].facts[2], r.derived[0]};
  std::ostringstream out;
  claimcheck::cli::write_history_html(out, facts);
  const std::string html = out.str();
  std::smatch m;
  std::map<std::string, std::string> fill;  // fact id -> fill
  const std::regex bar("data-fact=\"([0-9a-f]+)\"[^>]* fill=\"([^\"]+)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), bar); it != std::sregex_iterator();
       ++it) {
    fill[(*it)[1]] = (*it)[2];
  }
  REQUIRE(fill.size() == 4);
  // The 2022 article's two USD facts share a colour; the 2022-10-28 article
  // (published first, slot 0) has another; the derived fact has none.
  CHECK(fill["f300000000000003"] == fill["f400000000000004"]);
  CHECK(fill["f100000000000001"] != fill["f300000000000003"]);
  CHECK(fill["f100000000000001"] == "#0072b2");
  CHECK(fill["d100000000000001"] == "none");
  // Nothing is new in a plain history.
  CHECK(html.find("bar new") == std::string::npos);
  CHECK(html.find("<td>$31.17 billion</td>") != std::string::npos);
}
