/**
 * One analysis job: the article analyzed by the pipeline, reduced to its stored form, with its
 * search-index text. Runs in a worker thread (worker.ts) or inline (--workers 0).
 */
import type { Analyzer } from '../../analyzer.ts';
import type { DocMeta } from '../../doc/types.ts';
import { RasidError } from '../../errors.ts';
import type { SearchText } from '../searchtext.ts';
import { storedAnalysis, type StoredAnalysis } from '../store.ts';

export interface Job {
  seq: number;
  text: string;
  meta: DocMeta;
}

export type JobResult =
  | { seq: number; ok: true; meta: DocMeta; analysis: StoredAnalysis; index: { title: string; body: string; stem: string } }
  | { seq: number; ok: false; code: string; message: string };

export function runJob(analyzer: Analyzer, st: SearchText, job: Job): JobResult {
  try {
    const doc = analyzer.analyze(job.text, job.meta);
    const analysis = storedAnalysis(doc.toJSON());
    const t = st.index(job.meta.title ?? '');
    const b = st.index(job.text);
    return { seq: job.seq, ok: true, meta: doc.meta, analysis, index: { title: t.body + ' ' + t.stem, body: b.body, stem: b.stem } };
  } catch (e) {
    const code = e instanceof RasidError ? e.code : 'E_PIPELINE_STAGE';
    return { seq: job.seq, ok: false, code, message: `analysis failed: ${(e as Error)?.message ?? String(e)}` };
  }
}
