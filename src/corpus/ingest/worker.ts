/**
 * Analysis worker thread: its own Analyzer (resources loaded once per worker) and SearchText;
 * receives batches of jobs, answers with their results in the same order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer, type AnalyzerOptions } from '../../analyzer.ts';
import { SearchText } from '../searchtext.ts';
import { runJob, type Job } from './job.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread');
const ready = Promise.all([Analyzer.create((workerData as { analyzer?: AnalyzerOptions } | null)?.analyzer ?? {}), Promise.resolve(SearchText.load())]);
ready.then(
  () => port.postMessage({ type: 'ready' }),
  (e: Error) => port.postMessage({ type: 'fatal', message: e?.message ?? String(e) }),
);
port.on('message', async (msg: { id: number; jobs: Job[] }) => {
  const [analyzer, st] = await ready;
  port.postMessage({ type: 'results', id: msg.id, results: msg.jobs.map((j) => runJob(analyzer, st, j)) });
});
