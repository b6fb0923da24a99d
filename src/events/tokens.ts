/**
 * Per-token facts the event stage looks at: the normalized word, its base forms without clitics,
 * its cue flags, definiteness and an attached conjunction. Computed once per document; the facts
 * of a word form come from the lexicon's word cache (EventLexicon.wordFacts), so each distinct
 * word is analyzed once per pipeline, not once per token.
 */
import type { RasidDocument } from '../doc/document.ts';
import { lastBaseLetter } from '../text/normalize.ts';
import { W, type EventLexicon } from './lexicon.ts';

export interface TokenInfo {
  word: boolean;
  norm: string;
  /** Base forms, the word itself first. */
  bases: readonly string[];
  /** The first base with a cue flag, a light verb or a trigger; else the word. */
  base: string;
  flags: number;
  definite: boolean;
  conjAttached: boolean;
  /** Set when a trigger covers the token. */
  trigger: boolean;
  /** Clause number inside the document (punctuation and sentence starts split clauses: a headline has no full stop). */
  clause: number;
  punct: boolean;
  /** Some base starts an instrument or a sector noun of the lexicon. */
  unitCue: boolean;
  /** Some base starts a trigger pattern. */
  trig: boolean;
  /** The token ends a fronted adverbial that opens its clause ("وعلى 【الفور】", "ومن 【جهته】"): a verb may follow. */
  fronted?: boolean;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '"', '(', ')', '.', '?', '!', '«', '»', '-', '[', ']', '…']);

export function tokenInfo(doc: RasidDocument, lex: EventLexicon): TokenInfo[] {
  const toks = doc.tokens;
  const out: TokenInfo[] = new Array(toks.length);
  let clause = 0;
  const sentenceStart = new Uint8Array(toks.length);
  for (const s of doc.sentences) if (s.tokenStart > 0 && s.tokenStart < toks.length) sentenceStart[s.tokenStart] = 1;
  const dateAside = datesInParentheses(doc);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const word = t.kind === 'word';
    const punct = t.kind === 'punct';
    if ((punct && CLAUSE_PUNCT.has(t.norm) && !dateAside[i]) || sentenceStart[i]) clause++;
    if (!word) {
      out[i] = { word, norm: t.norm, bases: [t.norm], base: t.norm, flags: 0, definite: false, conjAttached: false, trigger: false, clause, punct, unitCue: false, trig: false };
      continue;
    }
    const f = lex.wordFacts(t.norm, lastBaseLetter(t.text) === 0x0629);
    const conjAttached = f.conj || t.words?.[0]?.role === 'conj';
    out[i] = { word, norm: t.norm, bases: f.bases, base: f.base, flags: f.flags, definite: f.definite, conjAttached, trigger: false, clause, punct, unitCue: f.unitCue, trig: f.trig };
    const adverbials = lex.frontedEndingWith(t.norm);
    if (adverbials) out[i]!.fronted = adverbials.some((words) => opensClause(out, toks, i - words.length + 1, words, sentenceStart));
  }
  return out;
}

/**
 * 1 for the marks of a parenthesis that holds only a date ("اليوم 【(】السبت【)】", "أغسطس (آب)"): an aside that
 * does not end the clause ("وصل كيري اليوم (السبت) إلى مصر" is one clause).
 */
function datesInParentheses(doc: RasidDocument): Uint8Array {
  const toks = doc.tokens;
  const out = new Uint8Array(toks.length);
  const dates = doc.dates;
  if (!dates.length) return out;
  let d = 0;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.text !== '(') continue;
    let j = i + 1;
    for (; j < Math.min(toks.length, i + 5) && toks[j]!.kind === 'word'; j++) {
      const t = toks[j]!;
      while (d < dates.length && dates[d]!.end <= t.start) d++;
      if (d >= dates.length || dates[d]!.start > t.start || dates[d]!.end < t.end) break;
    }
    if (j > i + 1 && j < toks.length && toks[j]!.text === ')') out[i] = out[j] = 1;
  }
  return out;
}

/** Whether `words` stand at tokens from..from+n-1 (the first may carry و / ف) and open their clause there. */
function opensClause(info: readonly TokenInfo[], toks: RasidDocument['tokens'], from: number, words: readonly string[], sentenceStart: Uint8Array): boolean {
  if (from < 0) return false;
  for (let k = 0; k < words.length; k++) {
    const norm = toks[from + k]!.norm;
    if (norm !== words[k] && !(k === 0 && /^[وف]/.test(norm) && norm.slice(1) === words[0])) return false;
  }
  const first = toks[from]!.norm;
  return from === 0 || !!sentenceStart[from] || info[from - 1]!.punct || (first !== words[0] && /^[وف]/.test(first));
}

export { W };

/**
 * The preposition (ب، ل، ك) the clitic layer found on token k, past a conjunction, or null: "بانضمام" → ب, "للمقيم" → ل;
 * "بعثة", "برلمان" → null (the layer checks the rest against its vocabulary; the events' word bases list every
 * stripped form and cannot tell).
 */
export function procliticPrep(doc: RasidDocument, k: number): string | null {
  const ws = doc.tokens[k]?.words;
  if (!ws) return null;
  for (const w of ws) {
    if (w.role === 'conj') continue;
    return w.role === 'prep' ? w.norm : null;
  }
  return null;
}
