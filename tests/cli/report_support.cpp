// Test support for the report writers (see report_support.hpp).
#include "tests/cli/report_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace claimcheck::test {
namespace {

engine::fact make(std::string id, std::string article, engine::fact_kind kind, int year,
                  engine::interval v, std::string unit, std::string stated, unsigned line,
                  unsigned column, std::size_t start, std::string sentence,
                  date::sys_days published) {
  engine::fact f;
  f.id = std::move(id);
  f.article = std::move(article);
  f.kind = kind;
  f.entity = "CHN+KAZ";
  f.metric = "trade_volume";
  f.when = engine::period::year(date::year{year}, std::to_string(year));
  f.value.value = v;
  f.value.unit = std::move(unit);
  f.value.stated = std::move(stated);
  f.source = {line, column, start, start + f.value.stated.size(), std::move(sentence)};
  f.published = published;
  if (f.kind == engine::fact_kind::change) f.basis = "yoy";
  return f;
}

}  // namespace

engine::report founding_report() {
  using date::operator""_y;
  engine::article a1;
  a1.id = "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1";
  a1.path = "fixtures/ties_2022.txt";
  a1.title = "Neighbours in trade";
  a1.published = date::sys_days{2022_y / 10 / 28};
  a1.published_text = "Oct 28, 2022 09:18 PM";
  a1.format = "text";
  a1.text =
      "Neighbours in trade\nPublished: Oct 28, 2022 09:18 PM\n\nOver three decades trade "
      "between the neighbours multiplied, reaching $25.2 billion in 2021.\n";
  engine::article a2;
  a2.id = "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2";
  a2.path = "fixtures/visit 2023.txt";
  a2.title = "Leader may visit twice";
  a2.published = date::sys_days{2023_y / 3 / 10};
  a2.source = "Example Daily";
  a2.url = "https://news.example/visit-2023";
  a2.format = "text";
  a2.text =
      "Leader may visit twice\nPublished: Mar 10, 2023 07:58 PM\n\nTrade rose 23.6 percent to "
      "$31.17 billion in 2022.\nA year earlier it stood at $19 billion, the ministry said.\n";
  const std::string s1 =
      "Over three decades trade between the neighbours multiplied, reaching $25.2 billion in "
      "2021.";
  const std::string s2 = "Trade rose 23.6 percent to $31.17 billion in 2022.";
  const std::string s3 = "A year earlier it stood at $19 billion, the ministry said.";
  using engine::fact_kind;
  using engine::interval;
  auto f1 = make("f100000000000001", a1.id, fact_kind::level, 2021,
                 interval::closed(25.15e9, 25.25e9), "USD", "$25.2 billion", 4, 70, 123, s1,
                 *a1.published);
  auto f2 = make("f200000000000002", a2.id, fact_kind::change, 2022, interval::closed(23.55, 23.65),
                 "%", "23.6 percent", 4, 12, 68, s2, *a2.published);
  auto f3 = make("f300000000000003", a2.id, fact_kind::level, 2022,
                 interval::closed(31.165e9, 31.175e9), "USD", "$31.17 billion", 4, 28, 84, s2,
                 *a2.published);
  auto f4 = make("f400000000000004", a2.id, fact_kind::level, 2021, interval::closed(18.5e9, 19.5e9),
                 "USD", "$19 billion", 5, 28, 135, s3, *a2.published);
  engine::fact d1 = f1;
  d1.id = "d100000000000001";
  d1.article.clear();
  d1.value.value = interval::closed(25.204e9, 25.233e9);
  d1.value.stated.clear();
  d1.source = {};
  d1.derived_by = "growth";
  d1.inputs = {f3.id, f2.id};

  engine::finding growth;
  growth.rule = "growth";
  growth.sev = engine::severity::info;
  growth.kind = engine::finding_kind::confirmation;
  growth.message = "CHN+KAZ trade_volume 2021 implied by 2022 growth agrees with $25.2 billion";
  growth.facts = {f3.id, f2.id, f1.id};
  growth.stated = {f3.value.stated, f2.value.stated, f1.value.stated};
  growth.arithmetic = "31.17e9 / 1.236 = 25.22e9 ∈ [25.15e9, 25.25e9]";
  growth.article = a2.id;
  growth.source = f3.source;

  engine::finding conflict;
  conflict.rule = "conflict";
  conflict.sev = engine::severity::error;
  conflict.kind = engine::finding_kind::contradiction;
  conflict.message = "CHN+KAZ trade_volume 2021: $19 billion contradicts $25.2 billion";
  conflict.facts = {f4.id, f1.id};
  conflict.stated = {f4.value.stated, f1.value.stated};
  conflict.arithmetic = "[18.5e9, 19.5e9] ∩ [25.15e9, 25.25e9] = ∅";
  conflict.article = a2.id;
  conflict.source = f4.source;

  engine::report r;
  r.articles.push_back({a1, {f1}, false});
  r.articles.push_back({a2, {f2, f3, f4}, false});
  r.findings = {growth, conflict};
  r.derived = {d1};
  return r;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

run_result run(const std::string& command) {
  run_result r;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  const int st = ::pclose(pipe);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string sh_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

bool have(const std::string& program) {
  return run("command -v " + sh_quote(program) + " >/dev/null 2>&1").status == 0;
}

std::filesystem::path report_schema() {
  return std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "docs/schema/report.schema.json";
}

std::filesystem::path conformance_dir() {
  return std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "../shared/conformance";
}

std::optional<std::string> validate_json(const std::filesystem::path& schema,
                                         const std::string& definition,
                                         const std::filesystem::path& doc, bool lines) {
  if (!have("python3")) return std::nullopt;
  const auto script =
      std::filesystem::path(CLAIMCHECK_SOURCE_DIR) / "tests/cli/report_validate.py";
  const auto r = run("python3 " + sh_quote(script.string()) + " " + sh_quote(schema.string()) +
                     " " + sh_quote(definition) + " " + sh_quote(doc.string()) +
                     (lines ? " --lines" : "") + " 2>&1");
  if (r.status == 77) return std::nullopt;
  if (r.status == 0) return std::string();
  return r.out.empty() ? std::string("validator failed") : r.out;
}

}  // namespace claimcheck::test
