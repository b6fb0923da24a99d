/**
 * Sentence splitting over tokens, paragraph by paragraph. Rules (docs/text-layer.md):
 *  - a sentence ends after . ! ? ؟ ۔ (and runs of them), together with the closing quotes and
 *    brackets that follow; ؛ and ، are clause separators and do not end a sentence; ellipses
 *    (.. ... …) do not end a sentence;
 *  - a period after a one-letter Arabic word or a listed abbreviation ("د.", "أ.", "م.", "ص.") or
 *    a Latin initial is not an end, nor one inside or right after a spelled acronym ("بي. بي. سي",
 *    "سي. إن. إن. الأمريكية"; src/text/acronyms.ts, when the letter names are given); decimals are single number tokens already; "1." opening a
 *    line (list numbering) is not an end;
 *  - inside a quotation (“…”, «…», "…") that closes within the paragraph and is at most
 *    MAX_QUOTE_TOKENS tokens long, sentence ends are ignored, so a direct quote stays whole;
 *  - a heading or source-line paragraph is one sentence (`heading: true` for headings);
 *  - a paragraph never shares a sentence with another, and sentences cover every token in order.
 */
import type { Paragraph, Sentence, Token } from '../doc/types.ts';
import type { LetterNames } from './acronyms.ts';

/** Longest quotation (in tokens) kept inside one sentence. */
export const MAX_QUOTE_TOKENS = 150;

/** Normalized one- and two-part abbreviations that take a period ("د." doctor, "م." engineer / AD). */
const ABBREVIATIONS = new Set(['د', 'ا', 'م', 'ص', 'ج', 'ق', 'ه', 'هـ', 'ت', 'س', 'ش', 'ب', 'ك', 'ل', 'ف', 'ع', 'ن', 'ر', 'ط', 'ح', 'خ', 'اد', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'gen', 'col', 'sgt', 'lt', 'capt', 'gov', 'sen', 'rep']);

const OPEN_QUOTE: Record<string, string> = { '“': '”', '«': '»', '„': '”', '‹': '›' };
const CLOSERS = new Set(['”', '»', '"', "'", '’', ')', ']', '}', '›', '﴿', '﴾']);

function isTerminal(t: Token): boolean {
  if (t.kind !== 'punct') return false;
  const c = t.text.charCodeAt(0);
  if (c === 0x2e) return t.text.length === 1; // "." — ".." and "..." are ellipses
  return c === 0x21 || c === 0x3f || c === 0x061f || c === 0x06d4;
}

/** Indices of quotation marks paired within [from, to): opener → closer, for short quotes only. */
function quoteRegions(tokens: Token[], from: number, to: number): Int32Array {
  // region[i] = index of the closer for an opener at i, else -1
  const region = new Int32Array(to - from).fill(-1);
  const stack: number[] = [];
  let asciiOpen = -1;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'punct') continue;
    const s = t.text;
    if (OPEN_QUOTE[s] !== undefined) stack.push(i);
    else if (s === '”' || s === '»' || s === '›') {
      // close the nearest matching opener
      for (let k = stack.length - 1; k >= 0; k--) {
        if (OPEN_QUOTE[tokens[stack[k]!]!.text] === s || (s === '”' && tokens[stack[k]!]!.text === '“')) {
          const o = stack[k]!;
          stack.length = k;
          if (i - o <= MAX_QUOTE_TOKENS) region[o - from] = i;
          break;
        }
      }
    } else if (s === '"') {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        if (i - asciiOpen <= MAX_QUOTE_TOKENS) region[asciiOpen - from] = i;
        asciiOpen = -1;
      }
    }
  }
  return region;
}

/** Is the period at token `i` an abbreviation or list-number period? */
function periodIsNotEnd(text: string, tokens: Token[], i: number, first: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || i - 1 < first || prev.end !== tokens[i]!.start) return false;
  if (prev.kind === 'word') {
    // one letter (with marks), or a listed abbreviation
    return ABBREVIATIONS.has(prev.norm) || prev.norm.length === 1;
  }
  if (prev.kind === 'latin') {
    if (prev.text.length === 1 && prev.text >= 'A' && prev.text <= 'Z') return true;
    if (prev.text.includes('.')) return true; // U.S.
    return ABBREVIATIONS.has(prev.norm);
  }
  // "1." opening a line: list numbering
  if (prev.kind === 'number' && i - 1 === first && prev.text.length <= 2) return true;
  void text;
  return false;
}

/**
 * Sentences of a document. `paragraphs` must be in order and the tokens those of `text`.
 * Sentence ids are "s1", "s2", ...; `paragraph` is the index of the paragraph.
 */
export function splitSentences(text: string, tokens: Token[], paragraphs: Paragraph[], letters?: LetterNames): Sentence[] {
  const out: Sentence[] = [];
  // periods inside and right after spelled acronyms ("بي. بي. سي"، "سي. إن. إن. الأمريكية") end no sentence
  const acronymPeriod = new Set<number>();
  if (letters) {
    for (const a of letters.find(tokens)) {
      if (!a.dotted) continue;
      for (let k = a.tokenStart; k < a.tokenEnd; k++) if (tokens[k]!.kind === 'punct') acronymPeriod.add(k);
      // the period closing a dotted acronym ("إن." of "سي. إن. إن.") is its own; an undotted one may end the sentence
      const after = tokens[a.tokenEnd];
      if (after && after.text === '.' && after.start === tokens[a.tokenEnd - 1]!.end) acronymPeriod.add(a.tokenEnd);
    }
  }
  let ti = 0;
  const push = (pi: number, a: number, b: number, heading: boolean) => {
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    const s: Sentence = { id: `s${out.length + 1}`, paragraph: pi, text: text.slice(start, end), start, end, tokenStart: a, tokenEnd: b };
    if (heading) s.heading = true;
    out.push(s);
  };
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    while (ti < tokens.length && tokens[ti]!.end <= p.start) ti++;
    const first = ti;
    while (ti < tokens.length && tokens[ti]!.start < p.end) ti++;
    const last = ti; // exclusive
    if (last === first) continue;
    if (p.kind !== 'body') {
      push(pi, first, last, p.kind === 'heading');
      continue;
    }
    const region = quoteRegions(tokens, first, last);
    let start = first;
    let quoteEnd = -1; // index of the closer of the quote we are inside
    for (let i = first; i < last; i++) {
      const r = region[i - first]!;
      if (r >= 0 && i > quoteEnd) quoteEnd = r;
      if (i < quoteEnd) continue;
      const t = tokens[i]!;
      // a quotation whose last sentence ends inside the marks: “انتهى الأمر.” ثم ...
      const closesAfterEnd = i === quoteEnd && i > first && isTerminal(tokens[i - 1]!) && !(i + 1 < last && isTerminal(tokens[i + 1]!));
      if (!isTerminal(t) && !closesAfterEnd) continue;
      if (t.text === '.' && (acronymPeriod.has(i) || periodIsNotEnd(text, tokens, i, first))) continue;
      // take the terminal run and any closing quotes or brackets after it
      let j = i + 1;
      while (j < last) {
        const u = tokens[j]!;
        if (isTerminal(u) || (u.kind === 'punct' && u.text.length === 1 && CLOSERS.has(u.text) && !(u.text === '"' && region[j - first]! >= 0))) j++;
        else break;
      }
      push(pi, start, j, false);
      start = j;
      i = j - 1;
    }
    if (start < last) push(pi, start, last, false);
  }
  return out;
}
