// The report formats end to end through the claimcheck binary on the
// founding articles (shared/seeds): each format validated by its outside
// tool, --help and --version, colour under a pseudo-terminal, and the
// ingest progress bar (drawn on a terminal, absent otherwise).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "cli/progress.hpp"
#include "tests/cli/report_support.hpp"

namespace {

namespace t = claimcheck::test;
namespace fs = std::filesystem;

std::string seeds() { return (fs::path(CLAIMCHECK_SOURCE_DIR) / "../shared/seeds").string(); }

// The binary with a database in `dir`.
std::string cc(const t::temp_dir& dir) {
  return t::sh_quote(CLAIMCHECK_BINARY) + " --db " + t::sh_quote((dir.path() / "db").string());
}

// Runs `command` with stdout and stderr on a pseudo-terminal (script(1)).
t::run_result on_terminal(const std::string& command) {
  return t::run("script -qec " + t::sh_quote(command) + " /dev/null </dev/null");
}

void check_valid(const std::optional<std::string>& v) {
  if (!v) {
    MESSAGE("python3 with jsonschema is not installed: schema validation skipped");
    return;
  }
  INFO(*v);
  CHECK(v->empty());
}

}  // namespace

TEST_CASE("cli: --version and --help with examples on every command") {
  const auto v = t::run(t::sh_quote(CLAIMCHECK_BINARY) + " --version");
  CHECK(v.status == 0);
  CHECK(v.out == std::string("claimcheck ") + CLAIMCHECK_VERSION + "\n");
  const auto top = t::run(t::sh_quote(CLAIMCHECK_BINARY) + " --help");
  CHECK(top.status == 0);
  CHECK(top.out.find("Examples:") != std::string::npos);
  for (const char* command : {"mentions", "extract", "ingest", "check", "history", "facts",
                              "articles", "stats", "audit", "rules", "retract", "export",
                              "import"}) {
    CAPTURE(command);
    const auto h = t::run(t::sh_quote(CLAIMCHECK_BINARY) + " " + command + " --help");
    CHECK(h.status == 0);
    // The command's own help (not the tool's), ending with its examples.
    CHECK(h.out.find(std::string("Usage: claimcheck ") + command) != std::string::npos);
    CHECK(h.out.find("Examples:\n  claimcheck ") != std::string::npos);
  }
}

TEST_CASE("cli: every format of check on the founding articles validates") {
  if (!fs::exists(seeds())) {
    MESSAGE("shared/seeds is absent: end-to-end format test skipped");
    return;
  }
  t::temp_dir dir;
  const std::string base = cc(dir);
  REQUIRE(t::run(base + " ingest " + t::sh_quote(seeds() + "/000_844100a21a53db54.txt") +
                 " >/dev/null 2>&1")
              .status == 0);
  const std::string article = t::sh_quote(seeds() + "/002_8a764ab09ae8c203.txt");
  auto produce = [&](const std::string& format) {
    const auto path = dir.path() / ("out." + format);
    const auto r = t::run(base + " --format " + format + " --fail-on none check " + article +
                          " > " + t::sh_quote(path.string()) + " 2>/dev/null");
    CHECK(r.status == 0);
    return path;
  };
  SUBCASE("json") {
    check_valid(t::validate_json(t::report_schema(), "report", produce("json")));
  }
  SUBCASE("sarif") {
    const auto schema = t::conformance_dir() / "sarif/sarif-schema-2.1.0.json";
    const auto path = produce("sarif");
    if (fs::exists(schema)) check_valid(t::validate_json(schema, "-", path));
    const auto j = nlohmann::json::parse(t::read_file(path));
    CHECK(j["runs"][0]["tool"]["driver"]["name"] == "claimcheck");
  }
  SUBCASE("junit") {
    const auto path = produce("junit");
    const auto xsd = t::conformance_dir() / "junit/junit-10.xsd";
    if (t::have("xmllint") && fs::exists(xsd)) {
      const auto v = t::run("xmllint --noout --schema " + t::sh_quote(xsd.string()) + " " +
                            t::sh_quote(path.string()) + " 2>&1");
      INFO(v.out);
      CHECK(v.status == 0);
    } else {
      MESSAGE("xmllint or the JUnit XSD is absent: XSD validation skipped");
    }
  }
  SUBCASE("claimreview") {
    check_valid(t::validate_json(t::report_schema(), "claimreview_document", produce("claimreview")));
  }
  SUBCASE("html") {
    const std::string html = t::read_file(produce("html"));
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("default-src 'none'") != std::string::npos);
  }
  SUBCASE("history json, stats json") {
    const auto h = dir.path() / "history.json";
    REQUIRE(t::run(base + " --format json history > " + t::sh_quote(h.string())).status == 0);
    check_valid(t::validate_json(t::report_schema(), "facts_document", h));
    const auto s = dir.path() / "stats.json";
    REQUIRE(t::run(base + " --format json stats > " + t::sh_quote(s.string())).status == 0);
    check_valid(t::validate_json(t::report_schema(), "stats", s));
    const auto a = dir.path() / "articles.json";
    REQUIRE(t::run(base + " --format json articles > " + t::sh_quote(a.string())).status == 0);
    check_valid(t::validate_json(t::report_schema(), "articles_document", a));
  }
  SUBCASE("mentions lines") {
    const auto m = dir.path() / "mentions.jsonl";
    REQUIRE(t::run(t::sh_quote(CLAIMCHECK_BINARY) + " --format json mentions " + article + " > " +
                   t::sh_quote(m.string()))
                .status == 0);
    check_valid(t::validate_json(t::report_schema(), "mention", m, true));
  }
  SUBCASE("history html and plot") {
    const auto h = t::run(base + " --format html history");
    CHECK(h.status == 0);
    CHECK(h.out.find("<title>claimcheck history</title>") != std::string::npos);
    const auto p = t::run(base + " history --plot");
    CHECK(p.status == 0);
  }
}

TEST_CASE("cli: colour on a terminal, none with --color never or NO_COLOR") {
  if (!t::have("script") || !fs::exists(seeds())) {
    MESSAGE("script(1) or shared/seeds absent: terminal colour test skipped");
    return;
  }
  t::temp_dir dir;
  const std::string check = cc(dir) + " check " + t::sh_quote(seeds());
  const auto coloured = on_terminal("env -u NO_COLOR " + check);
  CHECK(coloured.out.find("\x1b[1m") != std::string::npos);
  const auto never = on_terminal("env -u NO_COLOR " + check + " --color never");
  CHECK(never.out.find('\x1b') == std::string::npos);
  const auto no_color = on_terminal("env NO_COLOR=1 " + check);
  CHECK(no_color.out.find('\x1b') == std::string::npos);
  const auto piped = t::run("env -u NO_COLOR " + check);
  CHECK(piped.out.find('\x1b') == std::string::npos);
}

TEST_CASE("cli: ingest draws progress only on a terminal") {
  if (!fs::exists(seeds())) {
    MESSAGE("shared/seeds is absent: progress test skipped");
    return;
  }
  {
    t::temp_dir dir;
    const auto err = dir.path() / "stderr";
    const auto r = t::run(cc(dir) + " ingest " + t::sh_quote(seeds()) + " 2> " +
                          t::sh_quote(err.string()) + " >/dev/null");
    CHECK(r.status == 0);
    CHECK(t::read_file(err).empty());
  }
  if (!t::have("script")) {
    MESSAGE("script(1) is absent: terminal progress test skipped");
    return;
  }
  t::temp_dir dir;
  const auto r = on_terminal(cc(dir) + " ingest " + t::sh_quote(seeds()));
  INFO(r.out);
  CHECK(r.out.find("2/2 files") != std::string::npos);
  CHECK(r.out.find("\r\x1b[K") != std::string::npos);  // erased when done
}

TEST_CASE("cli: progress line shows files, facts, rate and ETA") {
  // 12 of 40 files in 4 s: 3 files/s, 28 left: 9.3 s.
  const std::string s = claimcheck::cli::progress_line(12, 40, 380, 4.0);
  CHECK(s.find(" 12/40 files  380 facts  3.0 files/s  ETA 0:09") != std::string::npos);
  // 30 cells, 12/40 of them full.
  std::string bar = "[";
  for (int i = 0; i < 30; ++i) bar += i < 9 ? "█" : "░";
  CHECK(s.rfind(bar + "]", 0) == 0);
  const std::string done = claimcheck::cli::progress_line(40, 40, 1000, 125.0);
  CHECK(done.find("40/40 files  1000 facts  0.3 files/s  done 2:05") != std::string::npos);
  CHECK(claimcheck::cli::progress_line(0, 5, 0, 0.0).find("ETA --:--") != std::string::npos);
}

TEST_CASE("cli: the founding example through the binary, in every format") {
  const fs::path data = fs::path(CLAIMCHECK_SOURCE_DIR) / "tests/data/founding";
  t::temp_dir dir;
  const std::string base = cc(dir);
  REQUIRE(t::run(base + " ingest " + t::sh_quote((data / "trade_2021.txt").string()) +
                 " >/dev/null 2>&1")
              .status == 0);
  const std::string bad = t::sh_quote((data / "trade_2022_contradicts.txt").string());
  const std::string good = t::sh_quote((data / "trade_2022.txt").string());
  // Text: the growth confirmation, with its arithmetic, exit 0.
  const auto ok = t::run(base + " --color never check " + good);
  CHECK(ok.status == 0);
  CHECK(ok.out.find("trade_2022.txt:5:1: info: ") != std::string::npos);
  CHECK(ok.out.find("[growth]\n") != std::string::npos);
  CHECK(ok.out.find("∈ [25.15e9, 25.25e9]") != std::string::npos);
  // $35.8 billion / 1.236 = 28.96e9, outside [25.15e9, 25.25e9]: exit 1.
  const auto sarif = t::run(base + " --format sarif check " + bad);
  CHECK(sarif.status == 1);
  const auto j = nlohmann::json::parse(sarif.out);
  bool growth_error = false;
  for (const auto& r : j["runs"][0]["results"]) {
    if (r["ruleId"] == "growth" && r["level"] == "error") {
      growth_error = true;
      CHECK(r["locations"][0]["physicalLocation"]["region"]["startLine"] == 5);
    }
  }
  CHECK(growth_error);
  const auto junit = t::run(base + " --format junit check " + bad);
  CHECK(junit.status == 1);
  CHECK(junit.out.find("<failure type=\"growth\"") != std::string::npos);
  const auto review = t::run(base + " --format claimreview check " + bad);
  CHECK(review.out.find("\"alternateName\": \"False\"") != std::string::npos);
  const auto html = t::run(base + " --format html check " + bad);
  CHECK(html.out.find("<line class=\"contradiction-link\"") != std::string::npos);
  if (fs::exists("/usr/bin/chromium")) {
    // The page as a browser lays it out: every plot bar has a size.
    const auto page = dir.write("founding.html", html.out);
    const auto dom = t::run(
        "/usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync "
        "--user-data-dir=" + t::sh_quote((dir.path() / "profile").string()) + " --dump-dom " +
        t::sh_quote("file://" + page.string()) + " 2>/dev/null");
    const auto at = dom.out.find("data-bars=\"");
    REQUIRE(at != std::string::npos);
    const std::string bars = dom.out.substr(at + 11, dom.out.find('"', at + 11) - at - 11);
    CHECK(std::stoi(bars) >= 3);  // 2021 stored, 2022 change and level new
    CHECK(dom.out.find("data-bars-sized=\"" + bars + "\"") != std::string::npos);
  } else {
    MESSAGE("chromium is not installed: browser layout check skipped");
  }
  const auto plot = t::run(base + " --color never history --plot");
  CHECK(plot.out.find("CHN+KAZ trade_volume (USD)\n  2021 ") != std::string::npos);
}
