/**
 * The analyzer: loads resources once, builds the default pipeline, and analyzes articles.
 * This is the library's entry point (`import { Analyzer } from 'rasid'`).
 */
import { RasidDocument } from './doc/document.ts';
import type { DocMeta } from './doc/types.ts';
import { createPipeline } from './pipeline/default.ts';
import type { Pipeline } from './pipeline/pipeline.ts';
import { loadResources, type ResourceOptions, type Resources } from './resources.ts';

export interface AnalyzerOptions extends ResourceOptions {}

export class Analyzer {
  private constructor(
    readonly resources: Resources,
    readonly pipeline: Pipeline,
  ) {}

  static async create(opts: AnalyzerOptions = {}): Promise<Analyzer> {
    const res = await loadResources(opts);
    return new Analyzer(res, createPipeline(res));
  }

  analyze(text: string, meta: DocMeta = {}): RasidDocument {
    return this.pipeline.run(new RasidDocument(text, meta));
  }
}
