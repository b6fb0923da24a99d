/**
 * Matching keys for the actor matcher. A token's key is its normalized form (src/text/normalize.ts:
 * alef, ya and ta-marbuta variants already folded) without a leading definite article, so that
 * the knowledge base's forms and the text's forms meet with or without the article:
 *   البنتاغون / بنتاغون, البصرة / بصرة. Inflected forms (nisbas) are listed in the data, not folded here.
 * The same function is applied to the knowledge base and to the text.
 */

/** Loose key of one normalized word: the word without a leading definite article. */
export function looseKey(w: string): string {
  return looseKeyStart(w) ? w.slice(2) : w;
}

/** Where the loose key starts in `w`: 2 after a definite article, else 0. */
export function looseKeyStart(w: string): number {
  // keep very short words whole ("الى" is not al- + ى)
  return w.length >= 4 && w.charCodeAt(0) === 0x627 && w.charCodeAt(1) === 0x644 ? 2 : 0;
}

/** Length of a definite article at position `i` of `w` when the rest would be a loose key (looseKeyStart of w.slice(i)). */
function articleAt(w: string, i: number): number {
  return w.length - i >= 4 && w.charCodeAt(i) === 0x627 && w.charCodeAt(i + 1) === 0x644 ? 2 : 0;
}

function isConj(c: number): boolean {
  return c === 0x648 || c === 0x641; // و ف
}
function isPrep(c: number): boolean {
  return c === 0x628 || c === 0x644 || c === 0x643; // ب ل ك
}

/** Most candidates of one word: the word, without و/ف, and two readings of a preposition after each. */
export const MAX_CANDIDATES = 6;

/**
 * The candidate keys of a normalized word standing first in a name (firstWordCandidates) as offsets:
 * each key is the suffix `w.slice(starts[k])`, with `strips[k]` proclitic characters stripped. Written
 * to the arrays (MAX_CANDIDATES long), the count returned; no strings are built, so a prefilter can
 * hash the candidates cheaply (src/actors/matcher.ts). `minStem` (at least 3) as in firstWordCandidates.
 */
export function candidateStarts(w: string, starts: Int32Array, strips: Int32Array, minStem = 3): number {
  starts[0] = articleAt(w, 0);
  strips[0] = 0;
  let n = 1;
  if (isConj(w.charCodeAt(0)) && w.length >= minStem + 1) {
    starts[n] = 1 + articleAt(w, 1);
    strips[n++] = 1;
    n = prepStarts(w, 1, 1, minStem, starts, strips, n);
  }
  return prepStarts(w, 0, 0, minStem, starts, strips, n);
}

/** The candidates after a preposition at offset `at` (after `base` stripped letters), appended at `n`; the new count. */
function prepStarts(w: string, at: number, base: number, minStem: number, starts: Int32Array, strips: Int32Array, n: number): number {
  if (w.length - at < minStem + 1 || !isPrep(w.charCodeAt(at))) return n;
  // لل = ل + ال (the alef of the article dropped): للولايات → الولايات, whose loose key is ولايات
  if (w.charCodeAt(at) === 0x644 && w.charCodeAt(at + 1) === 0x644) {
    starts[n] = at + 2;
    strips[n++] = base + 1;
  }
  if (w.length - at - 1 >= minStem) {
    starts[n] = at + 1 + articleAt(w, at + 1);
    strips[n++] = base + 1;
  }
  return n;
}

/**
 * Candidate keys of a normalized word standing first in a name, with the number of proclitic
 * characters stripped: the word itself, then without و/ف, then without ب/ل/ك (with "لل" read as ل + ال).
 * Stripped candidates must leave at least `minStem` letters.
 */
export function firstWordCandidates(w: string, out: { key: string; strip: number }[], minStem = 3): void {
  const starts = new Int32Array(MAX_CANDIDATES);
  const strips = new Int32Array(MAX_CANDIDATES);
  const n = candidateStarts(w, starts, strips, minStem);
  out.length = 0;
  for (let k = 0; k < n; k++) out.push({ key: w.slice(starts[k]!), strip: strips[k]! });
}
