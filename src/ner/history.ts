/**
 * Document memory for the second tagging pass ("extended prediction history", after Ratinov & Roth
 * 2009): names are repeated within a story, and an occurrence the first pass finds helps with the
 * others ("فايزة أبوالنجا ... أبوالنجا"). For each sentence, the memory holds the first pass's
 * entities in the sentences within ±HISTORY_WINDOW of it (the sentence itself excluded), by word
 * and by whole phrase, over clitic-stripped base forms.
 *
 * Features per token: m1 m1-1 m1+1 (first-pass labels), h (majority type of the word elsewhere),
 * hn (how often: 1, 2-3, 4+), hp (position in a phrase found elsewhere: B-/I- + type).
 */
import { bioSpans } from './conll.ts';

export const HISTORY_WINDOW = 20;
const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
const typeIndex = (t: string) => TYPES.indexOf(t as (typeof TYPES)[number]);

interface Contribution {
  words: [string, number][];
  phrases: [string, number][];
}

function contributions(base: readonly string[], tags: readonly string[]): Contribution {
  const words: [string, number][] = [];
  const phrases: [string, number][] = [];
  for (const s of bioSpans(tags)) {
    const ti = typeIndex(s.type);
    if (ti < 0) continue;
    const parts: string[] = [];
    for (let j = s.start; j < s.end; j++) {
      const b = base[j]!;
      parts.push(b);
      if (b.length > 1) words.push([b, ti]);
    }
    if (s.end - s.start <= 6) phrases.push([parts.join(' '), ti]);
  }
  return { words, phrases };
}

class CountMap {
  readonly m = new Map<string, Int32Array>();
  add(key: string, ti: number, d: number): void {
    let c = this.m.get(key);
    if (!c) this.m.set(key, (c = new Int32Array(TYPES.length)));
    c[ti] += d;
  }
  get(key: string): Int32Array | undefined {
    return this.m.get(key);
  }
}

function best(c: Int32Array | undefined, own: Int32Array | undefined): { ti: number; n: number } | null {
  if (!c) return null;
  let ti = -1;
  let n = 0;
  let total = 0;
  for (let k = 0; k < c.length; k++) {
    const v = c[k]! - (own ? own[k]! : 0);
    total += v;
    if (v > n) {
      n = v;
      ti = k;
    }
  }
  return ti < 0 ? null : { ti, n: total };
}

/**
 * Second-pass features for every token of every sentence of a document, given each sentence's
 * base forms and first-pass tags (both in document order).
 */
export function historyFeatures(base: readonly (readonly string[])[], tags: readonly (readonly string[])[], window = HISTORY_WINDOW): string[][][] {
  const nS = base.length;
  const contrib = base.map((b, k) => contributions(b, tags[k]!));
  const words = new CountMap();
  const phrases = new CountMap();
  const apply = (k: number, d: number) => {
    const c = contrib[k]!;
    for (const [w, t] of c.words) words.add(w, t, d);
    for (const [p, t] of c.phrases) phrases.add(p, t, d);
  };
  let lo = 0;
  let hi = -1; // window [lo, hi] currently applied
  const out: string[][][] = new Array(nS);
  for (let k = 0; k < nS; k++) {
    const wantLo = Math.max(0, k - window);
    const wantHi = Math.min(nS - 1, k + window);
    while (hi < wantHi) apply(++hi, 1);
    while (lo < wantLo) apply(lo++, -1);
    // own sentence's counts, to exclude them
    const ownW = new CountMap();
    const ownP = new CountMap();
    for (const [w, t] of contrib[k]!.words) ownW.add(w, t, 1);
    for (const [p, t] of contrib[k]!.phrases) ownP.add(p, t, 1);
    const b = base[k]!;
    const tg = tags[k]!;
    const n = b.length;
    const feats: string[][] = new Array(n);
    const hp: (string | null)[] = new Array(n).fill(null);
    for (let i = 0; i < n; i++) {
      if (!words.get(b[i]!)) continue;
      let key = '';
      let found: { len: number; ti: number } | null = null;
      for (let len = 1; len <= 6 && i + len <= n; len++) {
        key = len === 1 ? b[i]! : key + ' ' + b[i + len - 1]!;
        const r = best(phrases.get(key), ownP.get(key));
        if (r) found = { len, ti: r.ti };
      }
      if (found) {
        hp[i] = 'B-' + TYPES[found.ti];
        for (let j = 1; j < found.len; j++) if (!hp[i + j]) hp[i + j] = 'I-' + TYPES[found.ti];
      }
    }
    for (let i = 0; i < n; i++) {
      const f = ['m1=' + tg[i], 'm1-1=' + (i > 0 ? tg[i - 1] : '<s>'), 'm1+1=' + (i + 1 < n ? tg[i + 1] : '</s>')];
      const r = b[i]!.length > 1 ? best(words.get(b[i]!), ownW.get(b[i]!)) : null;
      if (r) f.push('h=' + TYPES[r.ti], 'hn=' + TYPES[r.ti] + (r.n >= 4 ? '4' : r.n >= 2 ? '2' : '1'), 'hm=' + TYPES[r.ti] + '|' + tg[i]);
      if (hp[i]) f.push('hp=' + hp[i]);
      feats[i] = f;
    }
    out[k] = feats;
  }
  return out;
}
