import os from 'node:os';
import type { Command } from 'commander';
import { Option } from 'commander';
import cliProgress from 'cli-progress';
import { RasidError } from '../../errors.ts';
import { ingest, type IngestProgress, type IngestSummary } from '../../corpus/ingest/ingest.ts';
import { DEFAULT_FETCH } from '../../corpus/ingest/fetch.ts';
import { DEFAULT_DB, openStore } from '../../corpus/store.ts';
import { EXIT, diag, out, reportError } from '../io.ts';

interface IngestCliOptions {
  db: string;
  workers?: string;
  batch: string;
  limit?: string;
  followLinks: boolean;
  timeout: string;
  maxBytes: string;
  format: 'text' | 'json';
  progress?: boolean;
  noLanguageModel?: boolean;
}

function positiveInt(v: string, name: string, min = 0): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new RasidError('E_USAGE', `${name} must be a whole number ≥ ${min}, not "${v}"`);
  return n;
}

/** Progress on a terminal (a bar on stderr) or a plain log line every few seconds otherwise. */
function progressReporter(tty: boolean) {
  let bar: cliProgress.SingleBar | null = null;
  let lastLog = 0;
  const rate = (p: IngestProgress) => (p.elapsed > 0 ? (p.ingested + p.exactDuplicates + p.nearDuplicates) / p.elapsed : 0);
  return {
    update(p: IngestProgress) {
      const done = p.ingested + p.exactDuplicates + p.nearDuplicates;
      const payload = { articles: done, rate: rate(p).toFixed(0), dups: p.exactDuplicates + p.nearDuplicates, unchanged: p.unchanged, failed: p.failed };
      if (tty) {
        if (!bar) {
          const known = p.bytesTotal !== null && p.bytesTotal > 0;
          bar = new cliProgress.SingleBar(
            {
              stream: process.stderr,
              format: known
                ? 'ingest |{bar}| {percentage}% | {articles} articles | {rate}/s | dup {dups} | unchanged {unchanged} | failed {failed} | ETA {eta_formatted}'
                : 'ingest {articles} articles | {rate}/s | dup {dups} | unchanged {unchanged} | failed {failed}',
              hideCursor: true,
              etaBuffer: 50,
              fps: 5,
            },
            cliProgress.Presets.shades_classic,
          );
          bar.start(known ? p.bytesTotal! : 1, 0, payload);
        }
        bar.update(p.bytesTotal ? Math.min(p.bytesDone, p.bytesTotal) : 0, payload);
      } else if (p.elapsed - lastLog >= 5) {
        lastLog = p.elapsed;
        const pct = p.bytesTotal ? ` (${((100 * p.bytesDone) / p.bytesTotal).toFixed(0)}% of input)` : '';
        diag(`ingest: ${done} articles${pct}, ${payload.rate}/s, ${payload.dups} duplicates, ${p.unchanged} unchanged, ${p.failed} failed`);
      }
    },
    stop() {
      bar?.stop();
    },
  };
}

export function summaryText(s: IngestSummary, db: string): string {
  const lines = [
    `${s.interrupted ? 'interrupted' : 'done'} in ${s.seconds.toFixed(1)} s → ${db}`,
    `  read        ${s.read}`,
    `  ingested    ${s.ingested}${s.seconds > 0 ? `  (${((s.ingested + s.exactDuplicates + s.nearDuplicates) / s.seconds).toFixed(0)} articles/s)` : ''}`,
    `  duplicates  ${s.exactDuplicates + s.nearDuplicates}  (exact ${s.exactDuplicates}, near ${s.nearDuplicates})`,
    `  unchanged   ${s.unchanged}  (already in the store)`,
    `  failed      ${s.failed}`,
  ];
  if (s.failures.length) {
    const byCode = new Map<string, { n: number; examples: string[] }>();
    for (const f of s.failures) {
      const g = byCode.get(f.code) ?? { n: 0, examples: [] };
      g.n++;
      if (g.examples.length < 3) g.examples.push(`${f.input}: ${f.message}`);
      byCode.set(f.code, g);
    }
    for (const [code, g] of byCode) {
      lines.push(`    ${code} × ${g.n}`);
      for (const e of g.examples) lines.push(`      ${e}`);
    }
  }
  return lines.join('\n') + '\n';
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('ingest articles into the corpus: files, folders, gzip, JSONL, RSS/Atom feeds, http(s) URLs')
    .argument('<inputs...>', 'files, folders, feed files or URLs')
    .option('--db <path|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('-w, --workers <n>', 'analysis worker threads (0: analyze on the main thread)')
    .option('--batch <n>', 'documents per write transaction', '200')
    .option('--limit <n>', 'stop after reading this many records (a subset for a quick check)')
    .option('--no-follow-links', 'do not fetch the pages feed entries link to (use the feed text)')
    .option('--timeout <seconds>', 'timeout per HTTP request', String(DEFAULT_FETCH.timeoutMs / 1000))
    .option('--max-bytes <n>', 'largest HTTP response accepted', String(DEFAULT_FETCH.maxBytes))
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--no-language-model', 'skip the fastText language model (script heuristic only)')
    .addOption(new Option('-f, --format <format>', 'summary format').choices(['text', 'json']).default('text'))
    .action(async (inputs: string[], o: IngestCliOptions & { languageModel?: boolean }) => {
      const workers = o.workers !== undefined ? positiveInt(o.workers, '--workers') : Math.max(1, Math.min(os.availableParallelism(), 8));
      const batchSize = positiveInt(o.batch, '--batch', 1);
      const limit = o.limit !== undefined ? positiveInt(o.limit, '--limit', 1) : undefined;
      const timeoutS = Number(o.timeout);
      if (!(timeoutS > 0)) throw new RasidError('E_USAGE', `--timeout must be a positive number of seconds, not "${o.timeout}"`);
      const maxBytes = positiveInt(o.maxBytes, '--max-bytes', 1024);
      const store = await openStore(o.db);
      const tty = !!process.stderr.isTTY && o.progress !== false;
      const prog = progressReporter(tty);
      const stopSignal = { stopped: false };
      const onSigint = () => {
        if (stopSignal.stopped) process.exit(130);
        stopSignal.stopped = true;
        diag('interrupted: finishing the articles in progress (Ctrl-C again to quit at once)');
      };
      process.on('SIGINT', onSigint);
      let summary: IngestSummary;
      try {
        summary = await ingest(store, inputs, {
          workers,
          batchSize,
          limit,
          followLinks: o.followLinks,
          fetch: { ...DEFAULT_FETCH, timeoutMs: timeoutS * 1000, maxBytes },
          analyzer: { noLanguageModel: o.languageModel === false },
          onProgress: (p) => prog.update(p),
          onFailure: (e) => {
            if (!tty) reportError(e);
          },
          stopSignal,
        });
      } finally {
        prog.stop();
        process.off('SIGINT', onSigint);
        await store.close();
      }
      if (o.format === 'json') await out(JSON.stringify({ db: store.location, ...summary }, null, 2) + '\n');
      else await out(summaryText(summary, store.location));
      const stored = summary.ingested + summary.exactDuplicates + summary.nearDuplicates + summary.unchanged;
      process.exitCode = summary.failed === 0 ? EXIT.OK : stored > 0 ? EXIT.PARTIAL : EXIT.FAILED;
    });
}
