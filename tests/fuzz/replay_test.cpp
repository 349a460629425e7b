// Replays every fuzz corpus file and every saved crash (tests/fuzz/corpus/
// <target>/, tests/fuzz/regressions/<target>/) through its harness, so that
// the normal build (GCC, no libFuzzer) keeps each found bug fixed; and checks
// the output checkers the report harness relies on.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/fuzz/harness.hpp"
#include "tests/fuzz/output_check.hpp"

namespace fs = std::filesystem;
using namespace claimcheck::fuzz;

namespace {

std::vector<fs::path> inputs_of(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_regular_file() && e.path().filename().string().front() != '.') out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("fuzz: every corpus and regression input replays cleanly") {
  const fs::path root = fs::path(CLAIMCHECK_SOURCE_DIR) / "tests" / "fuzz";
  for (const auto& t : targets()) {
    std::size_t corpus = 0;
    for (const char* kind : {"corpus", "regressions"}) {
      for (const auto& p : inputs_of(root / kind / std::string(t.name))) {
        const std::string bytes = slurp(p);
        try {
          t.fn(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        } catch (const violation& e) {
          FAIL_CHECK(std::string(p.string() + ": " + e.what()));
        } catch (const std::exception& e) {
          FAIL_CHECK(std::string(p.string() + ": threw " + e.what()));
        }
        if (std::string_view(kind) == "corpus") ++corpus;
      }
    }
    INFO("target " << t.name);
    CHECK(corpus > 0);
  }
}

TEST_CASE("fuzz: field splits at 0xff") {
  CHECK(field("a\xff" "bc\xff", 0) == "a");
  CHECK(field("a\xff" "bc\xff", 1) == "bc");
  CHECK(field("a\xff" "bc\xff", 2).empty());
  CHECK(field("a\xff" "bc\xff", 3).empty());
  CHECK(field("", 0).empty());
}

TEST_CASE("fuzz: the terminal check finds control bytes") {
  CHECK(control_byte("plain text\n\twith tab").empty());
  CHECK(control_byte("caf\xc3\xa9 \xe2\x80\x94 ok").empty());
  CHECK(control_byte("bell\x07") == "control byte 7 at offset 4");
  CHECK(control_byte("\x1b[31mred") == "control byte 27 at offset 0");
  CHECK(control_byte("cr\r") == "control byte 13 at offset 2");
  CHECK(control_byte("del\x7f") == "control byte 127 at offset 3");
  CHECK(control_byte("csi \xc2\x9b" "2J") == "C1 control at offset 4");
}

TEST_CASE("fuzz: the UTF-8 check") {
  CHECK(utf8_error("\xe2\x82\xac \xf0\x9f\x98\x80").empty());
  CHECK(utf8_error("a\xff") == "invalid UTF-8 at offset 1");
  CHECK(utf8_error("\xc0\xaf") == "invalid UTF-8 at offset 0");          // overlong '/'
  CHECK(utf8_error("ab\xed\xa0\x80") == "invalid UTF-8 at offset 2");    // surrogate
  CHECK(utf8_error("\xe2\x82") == "invalid UTF-8 at offset 0");          // truncated
}

TEST_CASE("fuzz: the XML check") {
  CHECK(xml_error("<?xml version=\"1.0\"?>\n<a x=\"1\" y='&amp;'><b/>t &lt; &#x41;</a>\n").empty());
  CHECK(xml_error("<a><![CDATA[ <raw> & ]]><!-- c --></a>").empty());
  CHECK(xml_error("<a><b></a></b>") == "mismatched </a>");
  CHECK(xml_error("<a>x & y</a>") == "bare '&' at 5");
  CHECK(xml_error("<a x=\"<\"/>") == "<a>: '<' in an attribute value at 6");
  CHECK(xml_error("<a x=1/>") == "<a>: unquoted attribute x");
  CHECK(xml_error("<a x='1' x='2'/>") == "<a>: duplicate attribute x");
  CHECK(xml_error("<a>\x01</a>") == "control byte 1 at 3");
  CHECK(xml_error("<a>") == "unclosed <a>");
  CHECK(xml_error("<a/><b/>") == "more than one root element");
  CHECK(xml_error("text") == "text outside the root element at 0");
  CHECK(xml_error("<a>\xff</a>") == "invalid UTF-8 at offset 3");
}
