// Export/import through the CLI (see transfer_stage.hpp).
#include "bench/support/transfer_stage.hpp"

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "bench/support/measure.hpp"
#include "bench/support/stage.hpp"

namespace claimcheck::bench {
namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

void stage_transfer(const std::filesystem::path& db, bool once) {
  (void)once;
  const std::string cli = default_cli_path();
  scratch_dir dir("transfer");
  const auto out1 = dir.path() / "export1.jsonl";
  const auto out2 = dir.path() / "export2.jsonl";
  const auto ex = run_child({cli, "--db", db.string(), "export"}, out1.string());
  if (ex.status != 0) {
    std::printf("export/import: `claimcheck export` exited %d; stage skipped\n", ex.status);
    return;
  }
  const auto bytes = std::filesystem::file_size(out1);
  const auto im =
      run_child({cli, "--db", (dir.path() / "db2").string(), "import", out1.string()});
  if (im.status != 0) {
    std::printf("export/import: `claimcheck import` exited %d; stage skipped\n", im.status);
    return;
  }
  const auto ex2 = run_child({cli, "--db", (dir.path() / "db2").string(), "export"}, out2.string());
  const bool same = ex2.status == 0 && slurp(out1) == slurp(out2);
  std::printf("export/import: %.2f MB of JSON Lines; round trip %s\n",
              static_cast<double>(bytes) / 1e6, same ? "identical" : "DIFFERS");
  row r;
  r.stage = "export (process)";
  r.items = 1;
  r.throughput = static_cast<double>(bytes) / 1e6 / (ex.wall_ns / 1e9);
  r.unit = "MB/s";
  r.rss_mb = ex.peak_rss_mb;
  print_row(r);
  r.stage = "import (process)";
  r.throughput = static_cast<double>(bytes) / 1e6 / (im.wall_ns / 1e9);
  r.rss_mb = im.peak_rss_mb;
  r.target = "round trip identical";
  r.met = same ? 1 : 0;
  print_row(r);
}

}  // namespace claimcheck::bench
