/**
 * The ingester: reads inputs in order, skips records already stored (by key), detects exact and
 * near duplicates (recorded as duplicates of the first copy, not analyzed again), analyzes the
 * rest on the worker pool, and writes documents in input order, one transaction per batch.
 *
 * Consistency: a batch is written whole or not at all, and a duplicate is always written in the
 * same or a later batch than its original, so after a kill the store holds a clean prefix of the
 * run; the next run skips what is stored (same keys) and completes the rest.
 */
import type { AnalyzerOptions } from '../../analyzer.ts';
import { RasidError } from '../../errors.ts';
import { fingerprint, hamming, NEAR_DISTANCE } from '../fingerprint.ts';
import { SearchText } from '../searchtext.ts';
import type { DocInput, IngestRunCounts, Store } from '../store.ts';
import type { Job, JobResult } from './job.ts';
import { AnalysisPool } from './pool.ts';
import { DEFAULT_FETCH, expandInputs, readInputs } from './sources.ts';
import type { FetchOptions } from './fetch.ts';

export interface IngestOptions {
  /** Analysis worker threads; 0 analyzes on the main thread. */
  workers: number;
  /** Documents per write transaction. */
  batchSize: number;
  followLinks: boolean;
  fetch?: FetchOptions;
  analyzer?: AnalyzerOptions;
  /** An existing pool to analyze with (kept open); otherwise one of `workers` threads is made for the run. */
  pool?: AnalysisPool;
  /** Progress reports (about 4 a second) and the end. */
  onProgress?: (p: IngestProgress) => void;
  /** Each failure as it happens. */
  onFailure?: (e: RasidError) => void;
  /** Set to stop reading; what was read is finished and written. */
  stopSignal?: { stopped: boolean };
  /** Stop after reading this many records (a subset for quick checks). */
  limit?: number;
}

export interface IngestProgress extends IngestRunCounts {
  elapsed: number;
  bytesDone: number;
  bytesTotal: number | null;
}

export interface IngestSummary extends IngestRunCounts {
  seconds: number;
  failures: { input: string; code: string; message: string }[];
  interrupted: boolean;
}

interface Pending {
  seq: number;
  key: string;
  text: string;
  /** Normalized terms joined by spaces (for the worker's search index). */
  terms: string;
  meta: Job['meta'];
  contentHash: string;
  simhash: string | null;
  bands: number[];
  dup: { kind: 'exact' | 'near'; distance: number; of: { id: number } | { seq: number } } | null;
  result: JobResult | null;
}

const JOB_CHUNK = 8;
/** Articles decided together (one store lookup of each kind). */
const READ_CHUNK = 64;

export async function ingest(store: Store, specs: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  const t0 = Date.now();
  const st = SearchText.load();
  const expanded = expandInputs(specs);
  const counts: IngestRunCounts = { read: 0, ingested: 0, unchanged: 0, exactDuplicates: 0, nearDuplicates: 0, failed: 0 };
  const failures: IngestSummary['failures'] = [];
  const fail = (e: RasidError) => {
    counts.failed++;
    failures.push({ input: e.input ?? '', code: e.code, message: e.message });
    opts.onFailure?.(e);
  };
  const runId = await store.startRun([...specs]);
  const pool = opts.pool ?? (await AnalysisPool.create(opts.workers, opts.analyzer ?? {}));

  let bytesDone = 0;
  let lastReport = 0;
  const report = (force = false) => {
    const now = Date.now();
    if (!opts.onProgress || (!force && now - lastReport < 250)) return;
    lastReport = now;
    opts.onProgress({ ...counts, elapsed: (now - t0) / 1000, bytesDone, bytesTotal: expanded.urls.length ? null : expanded.totalBytes });
  };

  // In-run indexes of documents not necessarily committed yet.
  const runKeys = new Set<string>();
  const hashToSeq = new Map<string, number>();
  const bandToSeqs = new Map<number, number[]>();
  const seqSim = new Map<number, string>();
  const seqToId = new Map<number, number>();
  const failedSeqs = new Set<number>();
  const queue: Pending[] = [];
  let queueHead = 0;
  let nextSeq = 0;
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  let inflight = 0;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const flush = (final: boolean) => {
    writing = writing.then(async () => {
      for (;;) {
        let n = 0;
        while (queueHead + n < queue.length && (queue[queueHead + n]!.dup || queue[queueHead + n]!.result)) n++;
        if (n === 0 || (!final && n < opts.batchSize)) return;
        const items = queue.slice(queueHead, queueHead + Math.min(n, opts.batchSize * 2));
        const docs: DocInput[] = [];
        const written: Pending[] = [];
        const batchIndex = new Map<number, number>();
        for (const p of items) {
          if (p.dup) {
            const of = p.dup.of;
            let ref: DocInput['duplicateOf'];
            if ('id' in of) ref = of;
            else if (seqToId.has(of.seq)) ref = { id: seqToId.get(of.seq)! };
            else if (batchIndex.has(of.seq)) ref = { batchIndex: batchIndex.get(of.seq)! };
            else {
              failedSeqs.add(p.seq);
              fail(new RasidError('E_PIPELINE_STAGE', 'its first copy could not be analyzed; the duplicate was not stored', { input: p.meta.input, hint: 'fix the first copy and ingest again' }));
              continue;
            }
            batchIndex.set(p.seq, docs.length);
            written.push(p);
            docs.push({ key: p.key, text: p.text, meta: p.meta, contentHash: p.contentHash, simhash: p.simhash, bands: [], duplicateOf: ref, dupKind: p.dup.kind, dupDistance: p.dup.distance, analysis: null, index: null });
            continue;
          }
          const r = p.result!;
          if (!r.ok) {
            failedSeqs.add(p.seq);
            fail(new RasidError(r.code as RasidError['code'], r.message, { input: p.meta.input, hint: 'the article was skipped; rasid analyze on it shows the problem' }));
            continue;
          }
          batchIndex.set(p.seq, docs.length);
          written.push(p);
          docs.push({ key: p.key, text: p.text, meta: r.meta, contentHash: p.contentHash, simhash: p.simhash, bands: p.bands, duplicateOf: null, dupKind: null, dupDistance: null, analysis: r.analysis, index: r.index });
        }
        const ids = docs.length ? await store.writeBatch(docs) : [];
        written.forEach((p, i) => {
          seqToId.set(p.seq, ids[i]!);
          if (p.dup) p.dup.kind === 'exact' ? counts.exactDuplicates++ : counts.nearDuplicates++;
          else counts.ingested++;
        });
        for (let i = queueHead; i < queueHead + items.length; i++) queue[i] = undefined as unknown as Pending;
        queueHead += items.length;
        if (queueHead > 4096) {
          queue.splice(0, queueHead);
          queueHead = 0;
        }
        report();
        notify();
      }
    });
    writing = writing.catch((e) => {
      writeError ??= e;
      notify();
    });
  };

  let chunk: Pending[] = [];
  const dispatch = () => {
    if (!chunk.length) return;
    const items = chunk;
    chunk = [];
    inflight += items.length;
    void pool.run(items.map((p) => ({ seq: p.seq, text: p.text, meta: p.meta, terms: p.terms }))).then((results) => {
      items.forEach((p, i) => (p.result = results[i] ?? { seq: p.seq, ok: false, code: 'E_INTERNAL', message: 'no analysis result' }));
      inflight -= items.length;
      flush(false);
      notify();
    });
  };

  const maxInflight = Math.max(1, opts.workers) * 64;
  const maxQueued = maxInflight + opts.batchSize * 4;
  const stopped = () => !!opts.stopSignal?.stopped || (opts.limit !== undefined && counts.read >= opts.limit);
  type Read = { identity: string; article: { text: string; meta: Job['meta'] }; terms: string; fp: ReturnType<typeof fingerprint>; key: string };
  /** Decide for a chunk of read articles (one store lookup of each kind per chunk), then queue them. */
  const processChunk = async (chunkRead: Read[]) => {
    if (!chunkRead.length) return;
    const stored = await store.existingKeys(chunkRead.map((r) => r.key));
    const fresh = chunkRead.filter((r) => {
      if (runKeys.has(r.key) || stored.has(r.key)) {
        counts.unchanged++;
        return false;
      }
      runKeys.add(r.key);
      return true;
    });
    if (!fresh.length) return;
    const exactStored = await store.findExact(fresh.filter((r) => !hashToSeq.has(r.fp.contentHash)).map((r) => r.fp.contentHash));
    const nearStored = await store.findNear(fresh.flatMap((r) => r.fp.bands));
    const nearByBand = new Map<number, { id: number; simhash: string }[]>();
    for (const c of nearStored) for (const b of c.bands) (nearByBand.get(b) ?? nearByBand.set(b, []).get(b)!).push(c);
    for (const { article, terms, fp, key } of fresh) {
      const seq = nextSeq++;
      const p: Pending = { seq, key, text: article.text, terms, meta: article.meta, contentHash: fp.contentHash, simhash: fp.simhash, bands: fp.bands, dup: null, result: null };
      // Exact duplicate: same normalized content as an earlier original of the store or of this run.
      const exactId = exactStored.get(fp.contentHash);
      const exactSeq = hashToSeq.get(fp.contentHash);
      if (exactId !== undefined) p.dup = { kind: 'exact', distance: 0, of: { id: exactId } };
      else if (exactSeq !== undefined && !failedSeqs.has(exactSeq)) p.dup = { kind: 'exact', distance: 0, of: { seq: exactSeq } };
      // Near duplicate: SimHash within NEAR_DISTANCE bits of an earlier original (stored ones first).
      if (!p.dup && fp.simhash) {
        let best: Pending['dup'] = null;
        for (const b of fp.bands) {
          for (const c of nearByBand.get(b) ?? []) {
            const d = hamming(fp.simhash, c.simhash);
            if (d <= NEAR_DISTANCE && (!best || d < best.distance)) best = { kind: 'near', distance: d, of: { id: c.id } };
          }
        }
        for (const b of fp.bands) {
          for (const sq of bandToSeqs.get(b) ?? []) {
            if (failedSeqs.has(sq)) continue;
            const d = hamming(fp.simhash, seqSim.get(sq)!);
            if (d <= NEAR_DISTANCE && (!best || d < best.distance)) best = { kind: 'near', distance: d, of: { seq: sq } };
          }
        }
        p.dup = best;
      }
      queue.push(p);
      if (!p.dup) {
        hashToSeq.set(fp.contentHash, seq);
        if (fp.simhash) {
          seqSim.set(seq, fp.simhash);
          for (const b of fp.bands) {
            const l = bandToSeqs.get(b);
            if (l) l.push(seq);
            else bandToSeqs.set(b, [seq]);
          }
        }
        chunk.push(p);
        if (chunk.length >= JOB_CHUNK) dispatch();
      }
    }
    flush(false);
    while (!writeError && (inflight >= maxInflight || queue.length - queueHead >= maxQueued)) {
      dispatch();
      await new Promise<void>((r) => (wake = r));
    }
    report();
  };

  try {
    let reads: Read[] = [];
    for await (const item of readInputs(expanded, { followLinks: opts.followLinks, fetch: opts.fetch ?? DEFAULT_FETCH, onBytes: (b) => ((bytesDone = b), report()), stopped })) {
      if (writeError || stopped()) break;
      if (item.kind === 'error') {
        fail(item.error);
        report();
        continue;
      }
      counts.read++;
      const { article } = item;
      const terms = st.terms(article.text);
      if (!terms.length) {
        fail(new RasidError('E_INPUT_EMPTY', 'the article has no words', { input: article.meta.input, hint: 'drop the record or fill its text' }));
        continue;
      }
      const fp = fingerprint(terms);
      reads.push({ identity: item.identity, article, terms: terms.join(' '), fp, key: `${item.identity}#${fp.contentHash.slice(0, 16)}` });
      if (reads.length >= READ_CHUNK) {
        await processChunk(reads);
        reads = [];
      }
    }
    await processChunk(reads);
    dispatch();
    while (!writeError && inflight > 0) await new Promise<void>((r) => (wake = r));
    flush(true);
    await writing;
  } finally {
    if (!opts.pool) await pool.close();
  }
  if (writeError) {
    await store.finishRun(runId, counts, failures).catch(() => undefined);
    throw writeError;
  }
  await store.finishRun(runId, counts, failures);
  report(true);
  return { ...counts, seconds: (Date.now() - t0) / 1000, failures, interrupted: !!opts.stopSignal?.stopped };
}
