/**
 * `npm run bench:ingest`: the corpus end to end. Ingests a corpus into a fresh database (worker
 * threads, duplicates, full-text index), then times searches over a fixed query set.
 * Prints articles per second (wall time, with the process CPU time and the load average beside
 * it: the machine may be shared), how busy the analysis threads and the main thread were, database
 * size and search latency p50/p95.
 *
 *   npm run bench:ingest                       # ../shared/.../articles.jsonl.gz (about 30,000 articles)
 *   npm run bench:ingest -- --limit 3000       # the first 3,000 records only (a quick check)
 *   npm run bench:ingest -- --input FILE       # another corpus
 *   npm run bench:ingest -- --db postgres://rasid:rasid@127.0.0.1:5432/rasid_bench
 *   npm run bench:ingest -- --workers 1 --keep
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ingest } from '../src/corpus/ingest/ingest.ts';
import { AnalysisPool } from '../src/corpus/ingest/pool.ts';
import { SearchText, makeSnippet } from '../src/corpus/searchtext.ts';
import { isPostgresUrl, openStore } from '../src/corpus/store.ts';
import { PROJECT_ROOT, SHARED_ROOT } from '../src/util/paths.ts';

/** Fixed query set: frequent and rare words, names, phrases, inflected forms. */
export const BENCH_QUERIES = [
  'السعودية', 'الهجمات', 'وزير الخارجية', 'إيران', 'الحوثيين', 'داعش', 'النفط', 'الأمم المتحدة', 'مجلس الأمن', 'الرياض',
  'اليمن', 'سوريا', 'الاتفاق النووي', 'كيري', 'الانتخابات', 'أسعار النفط', 'المملكة العربية السعودية', 'الإرهاب', 'التعليم', 'كرة القدم',
  'المسؤولين', 'هجوم انتحاري', 'اللاجئين السوريين', 'البنك المركزي', 'وزارة الصحة', 'فيروس كورونا', 'الهلال', 'أوباما', 'مصر', 'الدول العربية',
];

const { values: o } = parseArgs({
  options: {
    input: { type: 'string' },
    db: { type: 'string' },
    workers: { type: 'string' },
    limit: { type: 'string' },
    keep: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '5' },
  },
});

const candidates = [
  path.join(SHARED_ROOT, 'data/news/saudinewsnet/articles.jsonl.gz'),
  path.join(SHARED_ROOT, 'data/news/saudinewsnet/sample-3000.jsonl'),
  path.join(PROJECT_ROOT, 'examples/articles'),
];
const input = o.input ?? candidates.find((c) => existsSync(c));
if (!input) {
  process.stderr.write('bench:ingest: no corpus found (../shared absent); give --input FILE\n');
  process.exit(0);
}
const tmp = mkdtempSync(path.join(os.tmpdir(), 'rasid-bench-'));
const db = o.db ?? path.join(tmp, 'bench.db');
if (isPostgresUrl(db)) {
  const { PostgresStore } = await import('../src/corpus/postgres.ts');
  const s = await PostgresStore.open(db);
  await s.dropAll();
  await s.close();
}
const workers = o.workers !== undefined ? Number(o.workers) : Math.max(1, os.availableParallelism());
process.stdout.write(`corpus: ${path.relative(process.cwd(), input)}\nstore: ${isPostgresUrl(db) ? 'postgres' : 'sqlite'}, ${workers} analysis workers on ${os.availableParallelism()} cores\n`);

const limit = o.limit !== undefined ? Number(o.limit) : undefined;
if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
  process.stderr.write(`bench:ingest: --limit must be a whole number ≥ 1, not "${o.limit}"\n`);
  process.exit(2);
}
const store = await openStore(db);
const load0 = os.loadavg();
const tStart = performance.now();
const pool = await AnalysisPool.create(workers);
const startup = (performance.now() - tStart) / 1000;
/** CPU seconds of the main thread alone (Linux: /proc/self/task/PID/stat), or null elsewhere. */
const mainThreadCpu = (): number | null => {
  try {
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = f.slice(f.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
};
const main0 = mainThreadCpu();
const cpu0 = process.cpuUsage();
const elu0 = performance.eventLoopUtilization();
const wElu0 = pool.eventLoopUtilization();
const t0 = performance.now();
const sum = await ingest(store, [input], {
  workers,
  pool,
  batchSize: 200,
  limit,
  followLinks: false,
  onProgress: (p) => {
    if (process.stderr.isTTY) process.stderr.write(`\r  ${p.ingested + p.exactDuplicates + p.nearDuplicates} articles…`);
  },
});
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const mainBusy = performance.eventLoopUtilization(elu0).utilization;
const workerBusy = pool.eventLoopUtilization(wElu0).map((e) => e.utilization);
const main1 = mainThreadCpu();
await pool.close();
const load1 = os.loadavg();
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
const stored = sum.ingested + sum.exactDuplicates + sum.nearDuplicates;
const perArticle = (ms: number, n = stored) => `${(ms / Math.max(1, n)).toFixed(2)} ms`;
const tm = pool.timing;
const mainCpu = main0 !== null && main1 !== null ? perArticle(1000 * (main1 - main0)) : 'n/a';
const stats = await store.stats();
const pctOf = (x: number) => `${(100 * x).toFixed(0)}%`;
process.stdout.write(
  `\n== ingest${limit ? ` (first ${limit} records)` : ''}\n` +
    `  articles stored      ${stored} (${sum.ingested} analyzed, ${sum.exactDuplicates} exact + ${sum.nearDuplicates} near duplicates, ${sum.failed} failed)\n` +
    `  worker startup       ${startup.toFixed(1)} s (resources loaded in each thread; not in the rate)\n` +
    `  wall time            ${secs.toFixed(1)} s → ${(stored / secs).toFixed(1)} articles/s end to end\n` +
    `  CPU time             ${cpuSecs.toFixed(1)} s (${(cpuSecs / secs).toFixed(2)} cores busy of ${os.availableParallelism()}; ${((1000 * cpuSecs) / Math.max(1, stored)).toFixed(1)} ms CPU per article → ${(stored / cpuSecs * os.availableParallelism()).toFixed(1)} articles/s on idle cores)\n` +
    `  threads busy         analysis ${workerBusy.map(pctOf).join(' ')}, main thread ${pctOf(mainBusy)} (wall-clock shares: a loaded machine inflates them)\n` +
    `  per article          pipeline ${perArticle(tm.analyze, tm.jobs)}, store preparation in the worker ${perArticle(tm.prepare, tm.jobs)} (JSON, rows, index; wall), main thread ${mainCpu} CPU (read, fingerprint, duplicates, write)\n` +
    `  load average         ${load0.map((x) => x.toFixed(2)).join(' ')} before, ${load1.map((x) => x.toFixed(2)).join(' ')} after (1/5/15 min)\n` +
    `  database size        ${(stats.bytes / 1048576).toFixed(1)} MB (${(stats.bytes / Math.max(1, stored) / 1024).toFixed(1)} KB per article)\n` +
    `  rows                 ${stats.entities} entities, ${stats.mentions} mentions, ${stats.quotes} quotes, ${stats.events} events, ${stats.actors} actors\n`,
);

const st = SearchText.load();
const rounds = Math.max(1, Number(o.rounds));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
for (const q of BENCH_QUERIES) await store.search(q, { limit: 20 }); // warm-up
const tq: number[] = [];
const ts: number[] = [];
let hits = 0;
for (let r = 0; r < rounds; r++) {
  for (const q of BENCH_QUERIES) {
    const a = performance.now();
    const res = await store.search(q, { limit: 20 });
    const b = performance.now();
    const terms = st.query(q);
    for (const h of res) makeSnippet(h.text, st.matches(h.text, terms));
    const c = performance.now();
    tq.push(b - a);
    ts.push(c - a);
    if (r === 0) hits += res.length;
  }
}
process.stdout.write(
  `\n== search (${BENCH_QUERIES.length} queries × ${rounds}, top 20, ${hits} results in round 1)\n` +
    `  query                p50 ${pct(tq, 50).toFixed(1)} ms   p95 ${pct(tq, 95).toFixed(1)} ms   max ${Math.max(...tq).toFixed(1)} ms\n` +
    `  query + snippets     p50 ${pct(ts, 50).toFixed(1)} ms   p95 ${pct(ts, 95).toFixed(1)} ms   max ${Math.max(...ts).toFixed(1)} ms\n`,
);
await store.close();
if (!o.keep) rmSync(tmp, { recursive: true, force: true });
else process.stdout.write(`\nkept ${db}\n`);
