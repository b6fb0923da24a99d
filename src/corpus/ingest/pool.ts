/**
 * A pool of analysis workers (worker_threads). Workers run TypeScript through tsx (execArgv
 * --import tsx); each builds its own Analyzer. With size 0 the jobs run inline on the main thread.
 * A worker that dies fails the jobs it held (they are reported, the run goes on) and is replaced.
 */
import type { EventLoopUtilization } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { Analyzer, type AnalyzerOptions } from '../../analyzer.ts';
import { RasidError } from '../../errors.ts';
import { SearchText } from '../searchtext.ts';
import { runJob, type Job, type JobResult } from './job.ts';

interface Slot {
  worker: Worker;
  pending: Map<number, { jobs: Job[]; resolve: (r: JobResult[]) => void }>;
  load: number;
}

const WORKER_URL = new URL('./worker.ts', import.meta.url);
/** Resolved here so that the worker finds tsx whatever the current directory. */
const TSX_API = import.meta.resolve('tsx/esm/api');

export class AnalysisPool {
  private slots: Slot[] = [];
  private nextId = 1;
  private inline: { analyzer: Analyzer; st: SearchText } | null = null;
  private closing = false;
  /** Analyzed articles and the milliseconds their threads spent in the pipeline and in preparing them for the store. */
  readonly timing = { jobs: 0, analyze: 0, prepare: 0 };

  private constructor(
    readonly size: number,
    private readonly analyzerOptions: AnalyzerOptions,
  ) {}

  static async create(size: number, analyzerOptions: AnalyzerOptions = {}): Promise<AnalysisPool> {
    const pool = new AnalysisPool(size, analyzerOptions);
    if (size <= 0) {
      pool.inline = { analyzer: await Analyzer.create(analyzerOptions), st: SearchText.load() };
      return pool;
    }
    await Promise.all(Array.from({ length: size }, () => pool.spawn()));
    return pool;
  }

  private spawn(): Promise<Slot> {
    return new Promise((resolve, reject) => {
      // The worker registers tsx's loader itself, then imports the TypeScript entry: execArgv
      // ['--import', 'tsx'] alone does not reach the worker's entry module on Node 20.
      const boot = `import(${JSON.stringify(TSX_API)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); }).catch((e) => { require('node:worker_threads').parentPort.postMessage({ type: 'fatal', message: String(e && e.stack || e) }); });`;
      const worker = new Worker(boot, { eval: true, workerData: { analyzer: this.analyzerOptions } });
      const slot: Slot = { worker, pending: new Map(), load: 0 };
      let started = false;
      worker.on('message', (m: { type: string; id?: number; results?: JobResult[]; message?: string }) => {
        if (m.type === 'ready') {
          started = true;
          this.slots.push(slot);
          resolve(slot);
        } else if (m.type === 'fatal') {
          reject(new RasidError('E_RESOURCE_MISSING', `analysis worker could not start: ${m.message}`, { hint: 'run rasid analyze on one file to see the problem' }));
          void worker.terminate();
        } else if (m.type === 'results' && m.id !== undefined) {
          const p = slot.pending.get(m.id);
          if (!p) return;
          slot.pending.delete(m.id);
          slot.load -= p.jobs.length;
          p.resolve(m.results ?? []);
        }
      });
      const onDeath = (why: string) => {
        this.slots = this.slots.filter((s) => s !== slot);
        for (const p of slot.pending.values()) p.resolve(p.jobs.map((j) => ({ seq: j.seq, ok: false as const, code: 'E_INTERNAL', message: `analysis worker died: ${why}` })));
        slot.pending.clear();
        if (!started) reject(new RasidError('E_INTERNAL', `analysis worker could not start: ${why}`));
        else if (!this.closing) this.spawn().catch(() => undefined);
      };
      worker.on('error', (e) => onDeath(e.message));
      worker.on('exit', (code) => {
        if (!this.closing && code !== 0) onDeath(`exit code ${code}`);
        else this.slots = this.slots.filter((s) => s !== slot);
      });
    });
  }

  /** Analyze jobs; resolves with one result per job (failures included), in order. */
  async run(jobs: Job[]): Promise<JobResult[]> {
    const results = await this.dispatch(jobs);
    for (const r of results) {
      if (!r.ok) continue;
      this.timing.jobs++;
      this.timing.analyze += r.ms.analyze;
      this.timing.prepare += r.ms.prepare;
    }
    return results;
  }

  private async dispatch(jobs: Job[]): Promise<JobResult[]> {
    if (this.inline) {
      const { analyzer, st } = this.inline;
      return jobs.map((j) => runJob(analyzer, st, j));
    }
    let slot = this.slots.reduce<Slot | null>((best, s) => (!best || s.load < best.load ? s : best), null);
    if (!slot) slot = await this.spawn();
    const id = this.nextId++;
    const s = slot;
    return new Promise((resolve) => {
      s.pending.set(id, { jobs, resolve });
      s.load += jobs.length;
      s.worker.postMessage({ id, jobs });
    });
  }

  /**
   * Event-loop utilization of each worker thread (the share of time spent analyzing), as Node's
   * `eventLoopUtilization`: since the worker started, or since `prev` (an earlier result). Empty
   * when jobs run inline.
   */
  eventLoopUtilization(prev?: readonly EventLoopUtilization[]): EventLoopUtilization[] {
    return this.slots.map((s, i) => s.worker.performance.eventLoopUtilization(prev?.[i]));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
