/**
 * One analysis job: the article analyzed by the pipeline, reduced to its stored form, serialized
 * with its table rows (rows.ts prepareAnalysis), and its search-index text. Runs in a worker thread
 * (worker.ts) or inline (--workers 0), so that the main thread only decides duplicates and writes.
 */
import type { Analyzer } from '../../analyzer.ts';
import type { DocMeta } from '../../doc/types.ts';
import { RasidError } from '../../errors.ts';
import { prepareAnalysis, storedAnalysis, type PreparedAnalysis } from '../rows.ts';
import type { SearchText } from '../searchtext.ts';

export interface Job {
  seq: number;
  text: string;
  meta: DocMeta;
  /** The normalized terms of the text joined by spaces (SearchText.terms, computed once by the reader for the fingerprint). */
  terms: string;
}

export type JobResult =
  | {
      seq: number;
      ok: true;
      meta: DocMeta;
      analysis: PreparedAnalysis;
      index: { title: string; body: string; stem: string };
      /** Milliseconds spent in the pipeline, and in preparing the analysis and index for the store. */
      ms: { analyze: number; prepare: number };
    }
  | { seq: number; ok: false; code: string; message: string };

export function runJob(analyzer: Analyzer, st: SearchText, job: Job): JobResult {
  try {
    const t0 = performance.now();
    const doc = analyzer.analyze(job.text, job.meta);
    const t1 = performance.now();
    const analysis = prepareAnalysis(storedAnalysis(doc.toJSON()), doc.meta.published ?? null);
    const t = st.index(job.meta.title ?? '');
    const b = st.indexTerms(job.terms ? job.terms.split(' ') : []);
    const ms = { analyze: t1 - t0, prepare: performance.now() - t1 };
    return { seq: job.seq, ok: true, meta: doc.meta, analysis, index: { title: t.body + ' ' + t.stem, body: b.body, stem: b.stem }, ms };
  } catch (e) {
    const code = e instanceof RasidError ? e.code : 'E_PIPELINE_STAGE';
    return { seq: job.seq, ok: false, code, message: `analysis failed: ${(e as Error)?.message ?? String(e)}` };
  }
}
