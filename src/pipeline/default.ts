/**
 * The default pipeline: every stage in dependency order, built from loaded resources.
 */
import type { Resources } from '../resources.ts';
import { Pipeline } from './pipeline.ts';
import type { Stage } from './stage.ts';
import { LanguageStage } from './stages/language.ts';
import { TokenizerStage } from './stages/tokens.ts';

export function defaultStages(res: Resources): Stage[] {
  return [
    new LanguageStage(res.lid),
    new TokenizerStage(res.charMap),
  ];
}

export function createPipeline(res: Resources, stages: Stage[] = defaultStages(res)): Pipeline {
  return new Pipeline(stages);
}
