/**
 * The pipeline: an ordered list of stages, checked when it is built (every requirement must be
 * provided by an earlier stage), then run over documents.
 */
import { RasidDocument } from '../doc/document.ts';
import type { DocMeta, LayerName } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import type { Stage } from './stage.ts';

export class Pipeline {
  readonly stages: readonly Stage[];

  constructor(stages: readonly Stage[]) {
    const have = new Map<LayerName, string>();
    for (const s of stages) {
      for (const r of s.requires) {
        if (!have.has(r)) {
          const who = stages.filter((x) => x.provides.includes(r)).map((x) => x.name);
          throw new RasidError(
            'E_PIPELINE_REQUIREMENT',
            `stage "${s.name}" requires layer "${r}", which no earlier stage provides`,
            { hint: who.length ? `put ${who.join(' or ')} before ${s.name}` : `add a stage that provides "${r}" before ${s.name}` },
          );
        }
      }
      for (const p of s.provides) have.set(p, s.name);
    }
    this.stages = stages;
  }

  /** Layers this pipeline fills. */
  get provides(): LayerName[] {
    return [...new Set(this.stages.flatMap((s) => s.provides))];
  }

  /** Run every stage over an existing document. */
  run(doc: RasidDocument): RasidDocument {
    for (const s of this.stages) {
      try {
        s.process(doc);
      } catch (e) {
        if (e instanceof RasidError) throw e;
        throw new RasidError('E_PIPELINE_STAGE', `stage "${s.name}" failed: ${(e as Error).message}`, {
          input: doc.meta.input,
          hint: 'this is a bug in Rasid; please report it with the input',
          cause: e,
        });
      }
      for (const p of s.provides) doc.provided.set(p, s.name);
    }
    return doc;
  }

  /** Analyze one text. */
  analyze(text: string, meta: DocMeta = {}): RasidDocument {
    return this.run(new RasidDocument(text, meta));
  }
}
