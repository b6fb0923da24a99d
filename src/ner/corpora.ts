/**
 * Readers for the NER training corpora under ../shared/data/ner/ (used by the training and
 * evaluation scripts only; nothing here is needed at run time). Every corpus is mapped to the
 * ANERcorp tag set (B-/I- + PERS, LOC, ORG, MISC; O).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { RasidError } from '../errors.ts';
import { normalize } from '../text/normalize.ts';
import { SHARED_ROOT } from '../util/paths.ts';
import { parseConll, type ConllSentence } from './conll.ts';
import { PhraseLexicon } from './lexicon.ts';

export const NER_DATA = path.join(SHARED_ROOT, 'data', 'ner');

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', `cannot read training data ${file}`, { input: file, hint: 'the NER corpora live in ../shared/data/ner/', cause: e });
  }
}

const VALID = new Set(['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC']);

/** Make a tag sequence valid BIO: unknown tags → O, a dangling I-X → B-X. */
export function repairBio(tags: string[]): string[] {
  const out = tags.map((t) => (VALID.has(t) ? t : 'O'));
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.startsWith('I-')) {
      const prev = i > 0 ? out[i - 1]! : 'O';
      if (prev === 'O' || prev.slice(2) !== t.slice(2)) out[i] = 'B-' + t.slice(2);
    }
  }
  return out;
}

/** ANERcorp training part (CAMeL Lab split). */
export function readAnercorpTrain(): ConllSentence[] {
  return parseConll(readText(path.join(NER_DATA, 'anercorp', 'train.txt'))).map((s) => ({ tokens: s.tokens, tags: repairBio(s.tags) }));
}

/** AQMAR (Wikipedia): PER → PERS, MIS* → MISC. */
export function readAqmar(): ConllSentence[] {
  const dir = path.join(NER_DATA, 'aqmar');
  if (!existsSync(dir)) return [];
  const out: ConllSentence[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    for (const s of parseConll(readText(path.join(dir, f)))) {
      const tags = s.tags.map((t) => {
        const m = /^([BI])-(PER|LOC|ORG|MIS)/.exec(t);
        if (!m) return 'O';
        return `${m[1]}-${m[2] === 'PER' ? 'PERS' : m[2] === 'MIS' ? 'MISC' : m[2]}`;
      });
      out.push({ tokens: s.tokens, tags: repairBio(tags) });
    }
  }
  return out;
}

/** Wojood sample (outermost tag of each token): PERS, ORG, GPE/LOC/FAC → LOC, other named types → O. */
export function readWojood(parts: string[] = ['train', 'val', 'test']): ConllSentence[] {
  const out: ConllSentence[] = [];
  for (const p of parts) {
    const file = path.join(NER_DATA, 'wojood-sample', `${p}.txt`);
    if (!existsSync(file)) continue;
    for (const s of parseConll(readText(file))) {
      const tags = s.tags.map((t) => {
        const m = /^([BI])-(\w+)/.exec(t);
        if (!m) return 'O';
        const ty = m[2] === 'PERS' ? 'PERS' : m[2] === 'ORG' ? 'ORG' : m[2] === 'GPE' || m[2] === 'LOC' || m[2] === 'FAC' ? 'LOC' : null;
        return ty ? `${m[1]}-${ty}` : 'O';
      });
      out.push({ tokens: s.tokens, tags: repairBio(tags) });
    }
  }
  return out;
}

/** ANERgazet person, location and organization lists as a normalized phrase lexicon. */
export function readAnerGazet(): PhraseLexicon {
  const lex = new PhraseLexicon();
  const files: [string, string][] = [
    ['PERS', 'ANERGazet.AlignedPersGazetteer.txt'],
    ['LOC', 'ANERGazet.AlignedLocGazetteer.txt'],
    ['ORG', 'ANERGazet.AlignedOrgGazetteer.txt'],
  ];
  for (const [label, f] of files) {
    for (const line of readText(path.join(NER_DATA, 'gazetteers', f)).split('\n')) {
      const p = normalize(line.trim()).replace(/\s+/g, ' ');
      if (!p || /^=+$/.test(p) || !/[\u0621-\u064a]/.test(p)) continue;
      lex.add(p, label);
    }
  }
  return lex;
}
