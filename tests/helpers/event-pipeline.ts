/**
 * A pipeline for event tests: the default text-layer and quotation stages, the stand-in actor
 * layer (tests/helpers/mini-actors.ts) instead of the knowledge base, and the event stage.
 */
import { RasidDocument } from '../../src/doc/document.ts';
import type { EventLexicon } from '../../src/events/lexicon.ts';
import { defaultStages } from '../../src/pipeline/default.ts';
import { Pipeline } from '../../src/pipeline/pipeline.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { EventStage } from '../../src/pipeline/stages/events.ts';
import { loadResources, type Resources } from '../../src/resources.ts';
import { MiniActorStage } from './mini-actors.ts';

const REPLACED = new Set(['language', 'actors', 'entities', 'events', 'ner', 'mini-actors']);
let res: Resources | undefined;

export async function eventResources(): Promise<Resources> {
  return (res ??= await loadResources({ noLanguageModel: true }));
}

export async function eventLexicon(): Promise<EventLexicon> {
  return (await eventResources()).events;
}

export async function eventPipeline(): Promise<Pipeline> {
  const r = await eventResources();
  const base = defaultStages(r).filter((s) => !REPLACED.has(s.name) && !s.provides.some((l) => l === 'actors' || l === 'entities' || l === 'events'));
  const stages: Stage[] = [base[0]!, new MiniActorStage(), ...base.slice(1)];
  return new Pipeline([...stages, new EventStage(r.events, stages.flatMap((s) => s.provides))]);
}

export function analyzeEvents(p: Pipeline, text: string, published = '2015-07-20'): RasidDocument {
  return p.run(new RasidDocument(text, { published }));
}
