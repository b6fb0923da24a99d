/**
 * Known people: the multi-word names of the hand-curated people of the actor knowledge base
 * ("بان كي مون", "علي كرتي"), used to correct the tagger's output where it misses or cuts such a
 * name. The list is stored in the model file (section `persons`), so the tagger does not need the
 * knowledge base at run time.
 *
 * Only multi-word names of people entered by hand: one-word names and short forms ("الأسد",
 * "المعلم") are common words too, and the imported part of the knowledge base lists places and
 * blocs as "people" ("مخيم بلاطة"). Measured on the ANERcorp development split and on the 5-fold
 * cross-validation of the training part (docs/ner.md, "Known people").
 */
import type { ActorKB } from '../actors/kb.ts';
import { PhraseLexicon } from './lexicon.ts';
import { nameWords } from './actor-lexicon.ts';

/** Whether token i of a sentence (base forms) starts a person title of the trigger list (category PTITLE). */
export function personTitleAt(triggers: PhraseLexicon, base: readonly string[]): (i: number) => boolean {
  return (i) => triggers.matchAt(base, i)?.labels.includes('PTITLE') ?? false;
}

/** Label of the entries of a known-people lexicon. */
export const KNOWN_PERSON = 'PER';

/** The multi-word names (and multi-word short forms) of the knowledge base's hand-curated people. */
export function knownPersonPhrases(kb: ActorKB): PhraseLexicon {
  const lex = new PhraseLexicon();
  for (const e of kb.entries) {
    if (e.kind !== 'person' || e.generic || e.title || e.source.startsWith('universal')) continue;
    const skip = new Set(e.ambiguous ?? []);
    for (const n of [...e.names, ...(e.short ?? [])]) {
      if (skip.has(n)) continue;
      const p = nameWords(n).join(' ');
      if (p.split(' ').length >= 2) lex.add(p, KNOWN_PERSON);
    }
  }
  return lex;
}

/**
 * Mark known people in one sentence's BIO tags (ANERcorp labels; changed in place), over the
 * tokens' clitic-stripped base forms. At each longest match, left to right:
 *  - all its tokens are O (and the token after it does not continue an entity): the match becomes
 *    a person ("بان كي مون");
 *  - it holds exactly one person span of the tagger, wholly inside it, the rest O, and no O token
 *    of it is a person title (ANERcorp leaves titles out: "الملك محمد السادس"): the span is widened
 *    to the whole name ("علي" + "لاريجاني").
 * Any other overlap leaves the tags as they are, and the search goes on at the next token. Returns
 * the number of names marked (a name the tagger already had counts too).
 */
export function markKnownPersons(base: readonly string[], tags: string[], persons: PhraseLexicon, isTitle: (i: number) => boolean): number {
  let marked = 0;
  const n = base.length;
  for (let i = 0; i < n; ) {
    const m = persons.startsPhrase(base[i]!) ? persons.matchAt(base, i) : null;
    if (!m || m.len < 2) {
      i++;
      continue;
    }
    const end = i + m.len;
    let ok = !tags[i]!.startsWith('I-') && !(end < n && tags[end]!.startsWith('I-'));
    let spans = 0;
    for (let k = i; k < end && ok; k++) {
      const t = tags[k]!;
      if (t === 'B-PERS') spans++;
      else if (t === 'O') ok = !isTitle(k);
      else if (t !== 'I-PERS') ok = false;
    }
    if (ok && spans <= 1) {
      for (let k = i; k < end; k++) tags[k] = k === i ? 'B-PERS' : 'I-PERS';
      marked++;
      i = end;
    } else i++; // a shorter name may start inside ("الملك" + "محمد السادس")
  }
  return marked;
}
