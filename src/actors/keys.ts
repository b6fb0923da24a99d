/**
 * Matching keys for the actor matcher. A token's key is its normalized form (src/text/normalize.ts:
 * alef, ya and ta-marbuta variants already folded) without a leading definite article, so that
 * the knowledge base's forms and the text's forms meet with or without the article:
 *   البنتاغون / بنتاغون, البصرة / بصرة. Inflected forms (nisbas) are listed in the data, not folded here.
 * The same function is applied to the knowledge base and to the text.
 */

/** Loose key of one normalized word: the word without a leading definite article. */
export function looseKey(w: string): string {
  // keep very short words whole ("الى" is not al- + ى)
  if (w.length >= 4 && w.charCodeAt(0) === 0x627 && w.charCodeAt(1) === 0x644) return w.slice(2);
  return w;
}

const PROCLITIC_CONJ = new Set([0x648, 0x641]); // و ف
const PROCLITIC_PREP = new Set([0x628, 0x644, 0x643]); // ب ل ك

/**
 * Candidate keys of a normalized word standing first in a name, with the number of proclitic
 * characters stripped: the word itself, then without و/ف, then without ب/ل/ك (with "لل" read as ل + ال).
 * Stripped candidates must leave at least `minStem` letters.
 */
export function firstWordCandidates(w: string, out: { key: string; strip: number }[], minStem = 3): void {
  out.length = 0;
  out.push({ key: looseKey(w), strip: 0 });
  const tryPrep = (x: string, base: number) => {
    if (x.length < minStem + 1) return;
    const c = x.charCodeAt(0);
    if (!PROCLITIC_PREP.has(c)) return;
    if (c === 0x644 && x.charCodeAt(1) === 0x644) {
      // لل = ل + ال (the alef of the article dropped): للولايات → الولايات
      const rest = 'ال' + x.slice(2);
      out.push({ key: looseKey(rest), strip: base + 1 });
    }
    const rest = x.slice(1);
    if (rest.length >= minStem) out.push({ key: looseKey(rest), strip: base + 1 });
  };
  const c0 = w.charCodeAt(0);
  if (PROCLITIC_CONJ.has(c0) && w.length >= minStem + 1) {
    const w1 = w.slice(1);
    out.push({ key: looseKey(w1), strip: 1 });
    tryPrep(w1, 1);
  }
  tryPrep(w, 0);
}
