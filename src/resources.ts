/**
 * Resources: everything a pipeline loads from data/ (character map, lexicons, actor knowledge
 * base, trained models). Loaded once per pipeline instance and owned by it; nothing is kept in
 * module-level state.
 */
import { defaultCharMap, type CompiledCharMap } from './text/normalize.ts';
import { LanguageIdentifier } from './text/language.ts';
import { loadTextResources, type TextResources } from './text/resources.ts';
import { loadQuoteLexicon, type QuoteLexicon } from './quotes/lexicon.ts';
import { loadEventLexicon, type EventLexicon } from './events/lexicon.ts';
import { ActorKB } from './actors/kb.ts';
import { NerTagger } from './ner/model.ts';
import { actorPhraseLexicon } from './ner/actor-lexicon.ts';
import { NotEntities } from './ner/not-entities.ts';

export interface Resources {
  charMap: CompiledCharMap;
  lid: LanguageIdentifier;
  /** Text-layer data: clitics and word frequencies, source credits, number and calendar words (data/text/). */
  text: TextResources;
  /** Reporting cues and speaker word classes (data/quotes/). */
  quotes: QuoteLexicon;
  /** Event triggers, cues and CAMEO/PLOVER tables (data/events/lexicon.json). */
  events: EventLexicon;
  /** Actor knowledge base: countries, organizations, office-holders, titles (data/actors/). */
  actors: ActorKB;
  /** Trained NER tagger (data/models/ner.model + data/models/ner-clusters.tsv). */
  ner: NerTagger;
  /** Words whose MISC spans the entities layer does not keep (data/ner/not-entities.txt). */
  notEntities: NotEntities;
}

export interface ResourceOptions {
  /** Skip the fastText language model (script heuristic only). */
  noLanguageModel?: boolean;
}

export async function loadResources(opts: ResourceOptions = {}): Promise<Resources> {
  const lid = opts.noLanguageModel ? LanguageIdentifier.scriptOnly() : await LanguageIdentifier.load();
  const charMap = defaultCharMap();
  const text = loadTextResources(charMap);
  // the actor resolver reads word frequencies from the text layer's data (one reader of wordfreq.tsv)
  const actors = ActorKB.load({ wordFreq: text.wordFreq });
  const ner = NerTagger.load({ actorLexicon: () => actorPhraseLexicon(actors) });
  return { charMap, lid, text, quotes: loadQuoteLexicon(charMap), events: loadEventLexicon(charMap), actors, ner, notEntities: NotEntities.load() };
}
