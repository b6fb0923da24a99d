/** A small pipeline for event tests: tokenizer, the stand-in actor layer, events. */
import { RasidDocument } from '../../src/doc/document.ts';
import { loadEventLexicon, type EventLexicon } from '../../src/events/lexicon.ts';
import { Pipeline } from '../../src/pipeline/pipeline.ts';
import { EventStage } from '../../src/pipeline/stages/events.ts';
import { TokenizerStage } from '../../src/pipeline/stages/tokens.ts';
import { defaultCharMap } from '../../src/text/normalize.ts';
import { MiniActorStage } from './mini-actors.ts';

let lexicon: EventLexicon | undefined;
export function eventLexicon(): EventLexicon {
  return (lexicon ??= loadEventLexicon(defaultCharMap()));
}

export function eventPipeline(): Pipeline {
  const stages = [new TokenizerStage(defaultCharMap()), new MiniActorStage()];
  return new Pipeline([...stages, new EventStage(eventLexicon(), stages.flatMap((s) => s.provides))]);
}

export function analyzeEvents(p: Pipeline, text: string, published = '2015-07-20'): RasidDocument {
  return p.run(new RasidDocument(text, { published }));
}
