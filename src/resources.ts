/**
 * Resources: everything a pipeline loads from data/ (character map, lexicons, actor knowledge
 * base, trained models). Loaded once per pipeline instance and owned by it; nothing is kept in
 * module-level state.
 */
import { defaultCharMap, type CompiledCharMap } from './text/normalize.ts';
import { LanguageIdentifier } from './text/language.ts';

export interface Resources {
  charMap: CompiledCharMap;
  lid: LanguageIdentifier;
}

export interface ResourceOptions {
  /** Skip the fastText language model (script heuristic only). */
  noLanguageModel?: boolean;
}

export async function loadResources(opts: ResourceOptions = {}): Promise<Resources> {
  const lid = opts.noLanguageModel ? LanguageIdentifier.scriptOnly() : await LanguageIdentifier.load();
  return { charMap: defaultCharMap(), lid };
}
