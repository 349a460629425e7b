// The layout experiment (bench_store --layout N): what the fact index costs
// to write and to read as it grows, in two layouts on a bare LMDB
// environment with the store's durability (fsync at each commit), so a
// layout can be judged before the store adopts it.
//
//   in-place  one table clustered by (series, period start, published,
//             fact key), each commit's facts inserted in key order: what
//             the store does (its `series` table).
//   runs      a small `recent` table takes each commit's facts; when it
//             holds `recent_cap` facts it is merged, with the newest runs
//             no larger than what is merged so far, into a new sorted run
//             written with MDB_APPEND (size-tiered like a binary counter,
//             LSM-style: a fact is rewritten ~log2(N / recent_cap) times,
//             ~log2 of that many runs stay); a read seeks once per run.
//
// Keys and records have the store's shapes (24-byte index keys, ~280-byte
// records) and the bench corpus's spread: 12,000 facts a commit over 9,840
// series and 175 period starts. Per point: bytes written and CPU time per
// fact of the segment, commits' fdatasync included in wall time, and the
// CPU time of reading one series (every record of it) p50 over 2,000 reads.
#pragma once

#include <cstddef>
#include <filesystem>

namespace claimcheck::bench {

struct layout_options {
  std::filesystem::path dir;
  std::size_t max_facts = 1000000;
  std::size_t batch_facts = 12000;
  std::size_t recent_cap = 100000;
};

// Runs both layouts from 100k facts up to max_facts (x ~3.16 a point) and
// prints one LAYOUT line per point:
//   LAYOUT|layout|facts|wall_us_per_fact|cpu_us_per_fact|bytes_per_fact|
//         read_p50_us|runs|db_mb
void run_layout_experiment(const layout_options& o);

}  // namespace claimcheck::bench
