// Peer comparison: runs chrono-node, Microsoft Recognizers-Text and
// compromise (+ compromise-dates) over the benchmark corpus files (written
// by bench_corpus, the same texts claimcheck's mention scan reads), and
// prints MB/s and mention counts for each. Each peer reads files in name
// order until its time budget is spent, so the slow ones are measured on a
// prefix of the corpus; counts are also given per KB to compare densities.
//
//   node run.js DIR [--budget SECONDS] [--json]
'use strict';

const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
if (args.length < 1) {
  console.error('usage: node run.js DIR [--budget SECONDS] [--json]');
  process.exit(2);
}
const dir = args[0];
const budgetIdx = args.indexOf('--budget');
const budget = budgetIdx >= 0 ? Number(args[budgetIdx + 1]) : 10;
const asJson = args.includes('--json');

const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));

// The publication date of a corpus article ("Published: Aug 08, 2020 06:22 PM").
function published(text) {
  const m = /^Published: (\w{3}) (\d{2}), (\d{4})/m.exec(text);
  if (!m) return new Date(2023, 0, 1);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return new Date(Number(m[3]), months.indexOf(m[1]), Number(m[2]), 12);
}

function measure(name, what, fn) {
  // One warm-up file outside the clock (module loading, lazy tables).
  fn(files[0], published(files[0]));
  // CPU time (user + system) of the process, as claimcheck's scan is timed
  // with its thread's CPU time: on a shared machine wall time also counts
  // the waits for a core. The budget is on wall time.
  let bytes = 0;
  let mentions = 0;
  let n = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const text of files) {
    mentions += fn(text, published(text));
    bytes += Buffer.byteLength(text, 'utf8');
    n += 1;
    if (Number(process.hrtime.bigint() - t0) / 1e9 >= budget) break;
  }
  const c = process.cpuUsage(c0);
  const cpu = (c.user + c.system) / 1e6;
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  return { name, what, files: n, bytes, seconds: cpu, wall, mb_per_s: bytes / 1e6 / cpu,
           mentions, per_kb: mentions / (bytes / 1e3) };
}

const results = [];

const chrono = require('chrono-node');
results.push(measure('chrono-node', 'dates', (text, ref) => chrono.parse(text, ref).length));

const nlp = require('compromise');
const dates = require('compromise-dates');
nlp.plugin(dates);
// numbers() includes money and percentages (their subsets), so it alone.
results.push(measure('compromise', 'numbers (incl. money, %)', (text) => nlp(text).numbers().length));
results.push(measure('compromise-dates', 'dates, durations', (text) => {
  const doc = nlp(text);
  return doc.dates().length + doc.durations().length;
}));

// Recognizers-Text: models built once and reused (the suite's recognizeX()
// helpers build a new recognizer on every call, which is far slower). The
// model packages are the suite's own dependencies.
const suiteDir = path.dirname(require.resolve('@microsoft/recognizers-text-suite/package.json'));
const need = (p) => require(require.resolve(p, { paths: [suiteDir] }));
const { NumberRecognizer } = need('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = need('@microsoft/recognizers-text-number-with-unit');
const { DateTimeRecognizer } = need('@microsoft/recognizers-text-date-time');
const nr = new NumberRecognizer('en-us');
const ur = new NumberWithUnitRecognizer('en-us');
const dr = new DateTimeRecognizer('en-us');
const numeric = [nr.getNumberModel(), nr.getOrdinalModel(), nr.getPercentageModel(),
                 ur.getCurrencyModel(), ur.getDimensionModel()];
const datetime = dr.getDateTimeModel();
// Fed one paragraph (line) at a time: on a whole 5 KB article the currency
// model takes over ten times longer than on its lines one by one (its
// patterns backtrack super-linearly), which would not be a fair figure.
const lines = (text) => text.split('\n').filter((l) => l.length > 0);
results.push(measure('recognizers-text', 'number, ordinal, %, currency, dimension', (text) =>
  lines(text).reduce((n, l) => n + numeric.reduce((k, m) => k + m.parse(l).length, 0), 0)));
results.push(measure('recognizers-text', 'datetime', (text, ref) =>
  lines(text).reduce((n, l) => n + datetime.parse(l, ref).length, 0)));

const versions = {};
for (const p of ['chrono-node', 'compromise', 'compromise-dates', '@microsoft/recognizers-text-suite']) {
  versions[p] = require(path.join(__dirname, 'node_modules', p, 'package.json')).version;
}

if (asJson) {
  console.log(JSON.stringify({ versions, node: process.version, budget, results }));
} else {
  for (const r of results) {
    console.log(`PEER|${r.name}|${r.what}|${r.files}|${r.bytes}|${r.seconds.toFixed(2)}|` +
                `${r.mb_per_s.toFixed(4)}|${r.mentions}|${r.per_kb.toFixed(2)}`);
  }
  console.log(`VERSIONS|node ${process.version}|` +
              Object.entries(versions).map(([k, v]) => `${k} ${v}`).join('|'));
}
