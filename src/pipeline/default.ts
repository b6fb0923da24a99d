/**
 * The default pipeline: every stage in dependency order, built from loaded resources.
 */
import type { Resources } from '../resources.ts';
import { Pipeline } from './pipeline.ts';
import type { Stage } from './stage.ts';
import { LanguageStage } from './stages/language.ts';
import { TokenizerStage } from './stages/tokens.ts';
import { CliticStage, DateStage, NumberStage, ParagraphStage, SentenceStage } from './stages/text.ts';
import { CliticAnalyzer } from '../text/clitics.ts';
import { ParagraphSplitter } from '../text/paragraphs.ts';
import { QuotesStage } from './stages/quotes.ts';
import { ActorStage } from './stages/actors.ts';
import { EventStage } from './stages/events.ts';
import { EntityStage } from './stages/entities.ts';

export function defaultStages(res: Resources): Stage[] {
  const stages: Stage[] = [
    new LanguageStage(res.lid),
    new TokenizerStage(res.charMap),
    // text layer; the actor knowledge base can pass isKnownStem to the CliticAnalyzer
    new CliticStage(new CliticAnalyzer(res.text.clitics, { charMap: res.charMap })),
    new ParagraphStage(new ParagraphSplitter(res.text.sources, res.charMap)),
    new SentenceStage(res.text.letters),
    new DateStage(res.text.calendar, res.text.numbers),
    new NumberStage(res.text.numbers),
    new ActorStage(res.actors, new Set([...res.events.verbForms(), ...res.quotes.verbForms()])),
  ];
  // Entities (tagger + actor lexicon + titles) read whichever of their inputs the stages above provide.
  stages.push(new EntityStage(res.ner, res.actors, stages.flatMap((s) => s.provides), res.notEntities, res.text.letters, res.text.sources));
  stages.push(new QuotesStage(res.quotes));
  // Events come last and read whichever layers the stages above provide.
  stages.push(new EventStage(res.events, stages.flatMap((s) => s.provides)));
  return stages;
}

export function createPipeline(res: Resources, stages: Stage[] = defaultStages(res)): Pipeline {
  return new Pipeline(stages);
}
