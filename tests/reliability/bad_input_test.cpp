// Bad input (issue #10): what the user sees for each kind of input that is
// not an ordinary article file. Each case names the message and the exit
// status (DESIGN.md: 2 for unreadable input).
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/reliability/process.hpp"
#include "tests/support/cli_runner.hpp"

using claimcheck::testing::run_binary;
using claimcheck::testing::run_cli;
using claimcheck::testing::temp_dir;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

std::size_t count_of(const std::string& s, const std::string& part) {
  std::size_t n = 0;
  for (auto at = s.find(part); at != std::string::npos; at = s.find(part, at + 1)) ++n;
  return n;
}

std::size_t lines(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace

TEST_CASE("reliability: a FIFO is refused without blocking") {
  temp_dir dir;
  const std::string fifo = dir.str("pipe.txt");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // A child process with a deadline: opening a FIFO with no writer would
  // block forever if the reader did not refuse it first.
  const auto r = run_binary({"extract", fifo}, {}, std::chrono::seconds(20));
  CHECK_FALSE(r.timed_out);
  CHECK(r.status == 2);
  CHECK(r.err == "claimcheck: " + fifo + ": not a regular file\n");
}

TEST_CASE("reliability: a FIFO inside a directory is skipped") {
  temp_dir dir;
  REQUIRE(::mkfifo(dir.str("pipe.txt").c_str(), 0600) == 0);
  const auto r = run_binary({"extract", dir.str()}, {}, std::chrono::seconds(20));
  CHECK_FALSE(r.timed_out);
  CHECK(r.status == 0);
  CHECK(has(r.out, "no article files"));
}

TEST_CASE("reliability: devices are refused") {
  for (const char* dev : {"/dev/zero", "/dev/null", "/dev/urandom"}) {
    CAPTURE(dev);
    const auto r = run_cli({"extract", dev});
    CHECK(r.status == 2);
    CHECK(r.err == std::string("claimcheck: ") + dev + ": not a regular file\n");
  }
}

TEST_CASE("reliability: a directory where a file is expected") {
  temp_dir dir;
  SUBCASE("an empty directory reads nothing, with a warning") {
    const auto r = run_cli({"extract", dir.str()});
    CHECK(r.status == 0);
    CHECK(has(r.out, dir.str() + ":0:0: warning: no article files"));
    CHECK(has(r.out, "0 articles"));
  }
  SUBCASE("a directory named like an article file is walked, not read") {
    std::filesystem::create_directory(dir.path() / "folder.txt");
    const auto r = run_cli({"extract", dir.str()});
    CHECK(r.status == 0);
    CHECK(has(r.out, "no article files"));
  }
}

TEST_CASE("reliability: an empty file is read as nothing, with a warning") {
  temp_dir dir;
  const std::string empty = dir.str("empty.txt");
  std::ofstream(empty).close();
  const auto r = run_cli({"extract", empty});
  CHECK(r.status == 0);
  CHECK(has(r.out, empty + ":0:0: warning: empty file, nothing to read\n"));
  CHECK(has(r.out, "0 articles"));
  CHECK(r.err.empty());
}

TEST_CASE("reliability: an unreadable file") {
  temp_dir dir;
  const std::string secret = dir.str("secret.txt");
  std::ofstream(secret) << "Title\n\nTrade reached $5 billion in 2021.\n";
  REQUIRE(::chmod(secret.c_str(), 0) == 0);
  if (::geteuid() == 0) {
    MESSAGE("running as root: permissions do not stop reads; unreadable-file case skipped");
    return;
  }
  const auto r = run_cli({"extract", secret});
  CHECK(r.status == 2);
  CHECK(r.err == "claimcheck: " + secret + ": cannot read: Permission denied\n");
}

TEST_CASE("reliability: input over --max-input is refused with the limit named") {
  temp_dir dir;
  SUBCASE("a file") {
    const std::string big = dir.str("big.txt");
    std::ofstream(big) << std::string(5000, 'x');
    const auto r = run_cli({"--max-input", "4096", "extract", big});
    CHECK(r.status == 2);
    CHECK(r.err == "claimcheck: " + big +
                       ": file is 5000 bytes, over the --max-input limit of 4096 bytes\n");
  }
  SUBCASE("a file exactly at the limit is read") {
    const std::string edge = dir.str("edge.txt");
    std::ofstream(edge) << std::string(4096, 'x');
    CHECK(run_cli({"--max-input", "4096", "extract", edge}).status == 0);
  }
  SUBCASE("endless stdin stops at the limit") {
    const auto r = run_binary({"--max-input", "100000", "mentions", "-"}, "/dev/zero",
                              std::chrono::seconds(20));
    CHECK_FALSE(r.timed_out);
    CHECK(r.status == 2);
    CHECK(r.err == "claimcheck: -: input is larger than the --max-input limit of 100000 bytes\n");
  }
}

TEST_CASE("reliability: a number of a million digits") {
  temp_dir dir;
  const std::string f = dir.str("digits.txt");
  std::ofstream(f) << "Big numbers\n\nThe total was " << std::string(1000000, '9')
                   << " dollars in 2021, and 1" << std::string(999999, '0') << ".5 percent.\n";
  const auto r = run_cli({"--format", "json", "mentions", "--published", "2022-01-01", f});
  CHECK(r.status == 0);
  std::istringstream in(r.out);
  std::string line;
  while (std::getline(in, line)) {
    const auto j = nlohmann::json::parse(line);
    if (!j.contains("value")) continue;
    const auto& n = j["value"]["number"];
    // Too large for a double: refused with an error, never an infinite value.
    if (j["text"].get<std::string>().size() > 400) {
      CHECK(j.contains("error"));
    }
    CHECK((n.is_null() || n.is_number()));
  }
  const auto e = run_cli({"extract", f});
  CHECK(e.status == 0);
  // The user is told, once, where the first is and how many there are.
  const std::string head = f + ":3:15: warning: number out of range of a double (";
  const auto at = e.out.find(head);
  REQUIRE(at != std::string::npos);
  const auto eol = e.out.find('\n', at);
  CHECK(e.out.substr(at, eol - at).ends_with(" characters long); 2 such numbers not read as values"));
  CHECK(count_of(e.out, "warning:") == 1);
}

TEST_CASE("reliability: a line of 100 MB within a raised --max-input") {
  temp_dir dir;
  const std::string f = dir.str("long.txt");
  const std::size_t long_line = std::size_t{100} << 20;
  {
    std::ofstream out(f, std::ios::binary);
    out << "A very long line\n\n";
    const std::string chunk(1 << 20, 'x');
    for (std::size_t i = 0; i < long_line / chunk.size(); ++i) out << chunk;
    out << " and then trade reached $5 billion in 2021.\n";
  }
  const std::size_t size = std::filesystem::file_size(f);
  SUBCASE("refused at the default limit") {
    const auto r = run_cli({"extract", f});
    CHECK(r.status == 2);
    CHECK(has(r.err, "over the --max-input limit of 16777216 bytes"));
    CHECK(lines(r.err) == 1);
  }
  SUBCASE("read with the limit raised") {
    const auto r = run_cli({"--max-input", "200000000", "--format", "json", "mentions",
                            "--published", "2022-01-01", f});
    CHECK(r.status == 0);
    std::istringstream in(r.out);
    std::string line;
    while (std::getline(in, line)) {
      const auto j = nlohmann::json::parse(line);
      // Every mention is in the tail of the file, after the long line.
      CHECK(j["start"].get<std::size_t>() > long_line);
      CHECK(j["end"].get<std::size_t>() <= size);
    }
  }
}

TEST_CASE("reliability: invalid UTF-8 and NUL bytes are read, replaced, with one warning") {
  temp_dir dir;
  const std::string f = dir.str("bad.txt");
  std::ofstream(f, std::ios::binary)
      << "Title here\nPublished: Mar 10, 2023 07:58 PM\nExports rose \xff\xfe to $1.5 billion"
      << std::string(1, '\0') << " in 2022.\n";
  const auto r = run_cli({"extract", f});
  CHECK(r.status == 0);
  // One line: the place of the first bad byte, the counts and the
  // replacements (\xff\xfe: two invalid bytes; one NUL).
  CHECK(has(r.out, f + ":3:14: warning: invalid UTF-8 and NUL bytes: 3 bytes replaced "
                       "(2 invalid by U+001A, 1 NUL by a space)\n"));
  CHECK(count_of(r.out, "warning:") == 1);
  CHECK(has(r.out, "1 article"));
  // The text report carries no raw bad byte or NUL.
  CHECK(r.out.find('\0') == std::string::npos);
  CHECK(r.out.find('\xff') == std::string::npos);
  const auto j = run_cli({"--format", "json", "extract", f});
  CHECK(j.status == 0);
  CHECK(nlohmann::json::accept(j.out));

  SUBCASE("a fact after the bad bytes points into the file's own bytes") {
    const std::string g = dir.str("bad2.txt");
    const std::string head = "Title here\nPublished: Mar 10, 2023 07:58 PM\n";  // 44 bytes
    std::ofstream(g, std::ios::binary) << head << "Kazakhstan exports rose \xff\xfe to $1.5 billion"
                                       << std::string(1, '\0') << " in 2022.\n";
    const auto jr = run_cli({"--format", "json", "extract", g});
    REQUIRE(jr.status == 0);
    const auto doc = nlohmann::json::parse(jr.out);
    REQUIRE(doc["articles"][0]["facts"].size() == 1);
    const auto& fact = doc["articles"][0]["facts"][0];
    CHECK(fact["value"]["stated"] == "$1.5 billion");
    CHECK(fact["source"]["start"] == 44);  // the sentence starts at line 3, byte 44
    CHECK(fact["source"]["line"] == 3);
    CHECK(fact["source"]["sentence"].get<std::string>().find("rose \x1A\x1A to") != std::string::npos);
    CHECK(has(jr.out, "\"message\": \"invalid UTF-8 and NUL bytes: 3 bytes replaced"));
  }
}

TEST_CASE("reliability: a JSON Lines batch with one bad line") {
  temp_dir dir;
  const std::string f = dir.str("batch.jsonl");
  std::ofstream(f) << R"({"title":"First","published":"2022-01-01","text":"Kazakhstan exported $5 billion of grain in 2021."})"
                   << "\n{\"title\": broken\n"
                   << R"({"title":"Third","published":"2022-02-01","text":"Uzbekistan exported $7 billion of cotton in 2021."})"
                   << "\n";
  const auto r = run_cli({"extract", f});
  CHECK(r.status == 0);
  CHECK(has(r.out, f + ":2:1: error: not valid JSON; line skipped"));
  CHECK(has(r.out, "2 articles"));
  CHECK(has(r.out, "First"));
  CHECK(has(r.out, "Third"));
}

TEST_CASE("reliability: a malformed rules file") {
  temp_dir dir;
  const std::string rules = dir.str("bad.rules");
  std::ofstream(rules) << "rule x \"a rule\"\n  match a = level(e, m, p)\n  expect a === \n";
  const std::string article = dir.str("a.txt");
  std::ofstream(article) << "Title\n\nKazakhstan exported $5 billion of grain in 2021.\n";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"--rules", rules, "extract", article},
        std::vector<std::string>{"rules", "--check", rules}}) {
    const auto r = run_cli(args);
    CHECK(r.status == 2);
    // The first line names the file, the place and the problem.
    CHECK(r.err.rfind("claimcheck: " + rules + ": 3:14: expected expression\n", 0) == 0);
  }
}
