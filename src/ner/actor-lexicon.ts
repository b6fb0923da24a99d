/**
 * The actor knowledge base as a phrase lexicon for the tagger's actor-membership features
 * (a0/a-1/a+1 in src/ner/features.ts): every non-generic entry's names and short forms, labelled
 * PER (people), LOC (countries, territories, places, capitals) or ORG (organizations of every kind).
 * Forms the knowledge base marks ambiguous are left out.
 */
import type { ActorKB } from '../actors/kb.ts';
import { normalize } from '../text/normalize.ts';
import { PhraseLexicon } from './lexicon.ts';

export function actorPhraseLexicon(kb: ActorKB): PhraseLexicon {
  const lex = new PhraseLexicon();
  const add = (form: string, label: string) => {
    const p = normalize(form).replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
    if (p.length >= 2) lex.add(p, label);
  };
  for (const e of kb.entries) {
    if (e.kind === 'agent' || e.generic || e.title) continue;
    const label = e.kind === 'person' ? 'PER' : e.kind === 'country' || e.kind === 'territory' || e.kind === 'place' ? 'LOC' : 'ORG';
    const skip = new Set(e.ambiguous ?? []);
    for (const n of e.names) if (!skip.has(n)) add(n, label);
    for (const n of e.short ?? []) if (!skip.has(n)) add(n, label);
    for (const n of e.capital?.ar ?? []) add(n, 'LOC');
  }
  return lex;
}
