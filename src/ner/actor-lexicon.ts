/**
 * The actor knowledge base as a phrase lexicon for the tagger's actor-membership features
 * (a0/a-1/a+1 in src/ner/features.ts): every non-generic entry's names and short forms, labelled
 * PER (people), LOC (countries, territories, places, capitals) or ORG (organizations of every kind).
 * Forms the knowledge base marks ambiguous are left out.
 */
import type { ActorKB } from '../actors/kb.ts';
import { normalize } from '../text/normalize.ts';
import { PhraseLexicon } from './lexicon.ts';

/** The normalized words of a name, punctuation removed ("بن-علي" → بن، علي). */
export function nameWords(form: string): string[] {
  return normalize(form).replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
}

/** Word → label sets as the model stores them: words sorted, each word's labels sorted and space-separated. */
export function labelMap(sets: ReadonlyMap<string, ReadonlySet<string>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of [...sets.keys()].sort()) out.set(w, [...sets.get(w)!].sort().join(' '));
  return out;
}

export function actorPhraseLexicon(kb: ActorKB): PhraseLexicon {
  const lex = new PhraseLexicon();
  const add = (form: string, label: string) => {
    const p = nameWords(form).join(' ');
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

/**
 * Word-level actor features (ak0/ak-1/ak+1 in src/ner/features.ts): for each normalized word of
 * the knowledge base's names, the kinds it appears in, as separate weak labels: "PER1" (a one-word
 * person name), "PERp" (a word of a longer person name), "LOC1", "LOCp", "ORG1", "ORGp". Words of
 * one or two letters, generic bodies, agents and ambiguous forms are left out. Stored in the model
 * file, so the tagger does not depend on the knowledge base at run time.
 */
export function actorWordLabels(kb: ActorKB): Map<string, string> {
  const sets = new Map<string, Set<string>>();
  const add = (form: string, kind: string) => {
    const words = nameWords(form).filter((w) => w.length >= 3);
    const label = kind + (words.length === 1 ? '1' : 'p');
    for (const w of words) {
      let s = sets.get(w);
      if (!s) sets.set(w, (s = new Set()));
      s.add(label);
    }
  };
  for (const e of kb.entries) {
    if (e.kind === 'agent' || e.generic || e.title) continue;
    const kind = e.kind === 'person' ? 'PER' : e.kind === 'country' || e.kind === 'territory' || e.kind === 'place' ? 'LOC' : 'ORG';
    const skip = new Set(e.ambiguous ?? []);
    for (const n of e.names) if (!skip.has(n)) add(n, kind);
    for (const n of e.short ?? []) if (!skip.has(n)) add(n, kind);
  }
  return labelMap(sets);
}
