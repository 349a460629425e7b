// Fuzz target (1): any bytes, as any supported file type, go through the
// reader, the mention scanner and claim assembly without crashing, and what
// comes out is well-formed: mentions in order, inside the text, not
// overlapping; facts with a located source and no NaN bounds.
#include <cmath>
#include <string>

#include "grammar/mention.hpp"
#include "grammar/parse.hpp"
#include "grammar/readers/readers.hpp"
#include "tests/fuzz/harness.hpp"

namespace claimcheck::fuzz {
namespace {

void check_interval(const engine::interval& v, const std::string& where) {
  if (v.empty()) return;
  require(!std::isnan(v.lo()) && !std::isnan(v.hi()), where + ": NaN bound");
  require(v.lo() <= v.hi(), where + ": lo > hi");
}

}  // namespace

int articles(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the file name, hence the reader.
  static constexpr const char* kNames[] = {"fuzz.txt", "fuzz.md", "fuzz.jsonl", "fuzz.html",
                                           "fuzz"};
  const char* name = kNames[data[0] % 5];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  const grammar::read_result r = grammar::read_articles(name, bytes);
  for (const auto& d : r.diagnostics) {
    require(!d.message.empty(), "reader diagnostic without a message");
  }
  for (const auto& a : r.articles) {
    require(!a.id.empty(), "article without an id");
    // Bad bytes were replaced (readers.hpp): the text is valid UTF-8 with no
    // NUL, and where it stands for the whole file, as long as the file.
    require(grammar::readers::first_invalid_utf8(a.text) == std::string_view::npos &&
                grammar::readers::first_invalid_utf8(a.title) == std::string_view::npos,
            "article text or title is not valid UTF-8");
    require(a.text.find('\0') == std::string::npos, "NUL byte in article text");
    if (a.format == "text" || a.format == "html") {
      require(a.text.size() == bytes.size(), "article text of another length than the file");
    }
    grammar::scan_options opts;
    opts.reference = a.published;
    const auto mentions = grammar::scan_mentions(a.text, opts);
    std::size_t last_end = 0;
    for (const auto& m : mentions) {
      require(m.start < m.end, "empty mention");
      require(m.end <= a.text.size(), "mention past the end of the text");
      require(m.start >= last_end, "mentions overlap or are out of order");
      last_end = m.end;
      check_interval(m.value.value, "mention value");
      if (m.when) require(m.when->first <= m.when->last, "mention period ends before it starts");
    }
    const grammar::parse_result p = grammar::parse_claims(a);
    for (const auto& f : p.facts) {
      require(!f.id.empty(), "fact without an id");
      require(f.source.start <= f.source.end, "fact source span reversed");
      require(f.when.first <= f.when.last, "fact period ends before it starts");
      check_interval(f.value.value, "fact value");
    }
  }
  return 0;
}

}  // namespace claimcheck::fuzz
