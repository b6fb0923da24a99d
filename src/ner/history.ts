/**
 * Document memory for the second tagging pass ("extended prediction history", after Ratinov & Roth
 * 2009): names are repeated within a story, and an occurrence the first pass finds helps with the
 * others ("فايزة أبوالنجا ... أبوالنجا"). For each sentence, the memory holds the first pass's
 * entities in the sentences within ±HISTORY_WINDOW of it (the sentence itself excluded), by word
 * and by whole phrase, over clitic-stripped base forms.
 *
 * Features per token: m1 m1-1 m1+1 (first-pass labels), h (majority type of the word elsewhere),
 * hn (how often: 1, 2-3, 4+), hp (position in a phrase found elsewhere: B-/I- + type); with the
 * model option historyNeighbours also h-1 h+1 (the neighbours' h).
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
 * Document-memory codes of one sentence's tokens (src/ner/model.ts turns them into feature rows
 * without building strings): `h` the majority type index elsewhere (-1 none), `hn` its count bucket
 * (1, 2 or 4 for 1, 2-3, 4+), `hp` the phrase position (0 none, 1 + 2 × type for B-, 2 + 2 × type for I-).
 */
export interface HistoryCodes {
  h: Int8Array;
  hn: Int8Array;
  hp: Int8Array;
}

/** History codes for every sentence of a document, given each sentence's base forms and first-pass tags (both in document order). */
export function historyCodes(base: readonly (readonly string[])[], tags: readonly (readonly string[])[], window = HISTORY_WINDOW): HistoryCodes[] {
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
  const out: HistoryCodes[] = new Array(nS);
  for (let k = 0; k < nS; k++) {
    const wantLo = Math.max(0, k - window);
    const wantHi = Math.min(nS - 1, k + window);
    while (hi < wantHi) apply(++hi, 1);
    while (lo < wantLo) apply(lo++, -1);
    const b = base[k]!;
    const n = b.length;
    const codes: HistoryCodes = { h: new Int8Array(n).fill(-1), hn: new Int8Array(n), hp: new Int8Array(n) };
    out[k] = codes;
    if (words.m.size === 0) continue;
    // own sentence's counts, to exclude them
    const own = contrib[k]!;
    let ownW: CountMap | null = null;
    let ownP: CountMap | null = null;
    if (own.words.length) {
      ownW = new CountMap();
      for (const [w, t] of own.words) ownW.add(w, t, 1);
    }
    if (own.phrases.length) {
      ownP = new CountMap();
      for (const [p, t] of own.phrases) ownP.add(p, t, 1);
    }
    const hp = codes.hp;
    for (let i = 0; i < n; i++) {
      const bi = b[i]!;
      const wc = words.get(bi);
      if (!wc) continue;
      let key = '';
      let found: { len: number; ti: number } | null = null;
      for (let len = 1; len <= 6 && i + len <= n; len++) {
        key = len === 1 ? bi : key + ' ' + b[i + len - 1]!;
        const r = best(phrases.get(key), ownP?.get(key));
        if (r) found = { len, ti: r.ti };
      }
      if (found) {
        hp[i] = 1 + 2 * found.ti;
        for (let j = 1; j < found.len; j++) if (!hp[i + j]) hp[i + j] = 2 + 2 * found.ti;
      }
      if (bi.length > 1) {
        const r = best(wc, ownW?.get(bi));
        if (r) {
          codes.h[i] = r.ti;
          codes.hn[i] = r.n >= 4 ? 4 : r.n >= 2 ? 2 : 1;
        }
      }
    }
  }
  return out;
}

/**
 * Second-pass features for every token of every sentence of a document, given each sentence's
 * base forms and first-pass tags (both in document order).
 */
export function historyFeatures(base: readonly (readonly string[])[], tags: readonly (readonly string[])[], window = HISTORY_WINDOW, neighbours = false): string[][][] {
  const codes = historyCodes(base, tags, window);
  return codes.map((c, k) => {
    const tg = tags[k]!;
    const n = tg.length;
    const feats: string[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const f = ['m1=' + tg[i], 'm1-1=' + (i > 0 ? tg[i - 1] : '<s>'), 'm1+1=' + (i + 1 < n ? tg[i + 1] : '</s>')];
      const ti = c.h[i]!;
      if (ti >= 0) f.push('h=' + TYPES[ti], 'hn=' + TYPES[ti] + c.hn[i], 'hm=' + TYPES[ti] + '|' + tg[i]);
      const hp = c.hp[i]!;
      if (hp) f.push('hp=' + (hp & 1 ? 'B-' : 'I-') + TYPES[(hp - 1) >> 1]);
      if (neighbours) {
        if (i > 0 && c.h[i - 1]! >= 0) f.push('h-1=' + TYPES[c.h[i - 1]!]);
        if (i + 1 < n && c.h[i + 1]! >= 0) f.push('h+1=' + TYPES[c.h[i + 1]!]);
      }
      feats[i] = f;
    }
    return feats;
  });
}

export { TYPES as HISTORY_TYPES };

/** Topic words (data/ner/topics.tsv): normalized base form → topic. */
export type TopicWords = ReadonlyMap<string, string>;
/** Sentences each side whose topic words count towards a sentence's topic. */
export const TOPIC_WINDOW = 10;
/** Topic words needed in the window for a sentence to get the topic. */
export const TOPIC_MIN = 8;

/** Parse data/ner/topics.tsv ("TOPIC<TAB>word"; "#" comments); words normalized by `norm`. */
export function parseTopicWords(text: string, norm: (s: string) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [topic, word] = line.split('\t');
    if (topic && word) out.set(norm(word.trim()), topic.trim());
  }
  return out;
}

/**
 * The topic of each sentence: the topic with the most words (over base forms) in the sentences
 * within ±window of it, its own included, when it has at least `min`; else null. Linear in the
 * number of tokens (a sliding sum).
 */
export function sentenceTopics(base: readonly (readonly string[])[], words: TopicWords, window = TOPIC_WINDOW, min = TOPIC_MIN): (string | null)[] {
  const topics = [...new Set(words.values())].sort();
  const T = topics.length;
  const per = base.map((s) => {
    const c = new Int32Array(T);
    for (const b of s) {
      const t = words.get(b);
      if (t !== undefined) c[topics.indexOf(t)]++;
    }
    return c;
  });
  const sum = new Int32Array(T);
  const out: (string | null)[] = new Array(base.length).fill(null);
  const n = base.length;
  for (let k = 0; k < Math.min(n, window); k++) for (let t = 0; t < T; t++) sum[t] += per[k]![t]!;
  for (let k = 0; k < n; k++) {
    if (k + window < n) for (let t = 0; t < T; t++) sum[t] += per[k + window]![t]!;
    if (k - window - 1 >= 0) for (let t = 0; t < T; t++) sum[t] -= per[k - window - 1]![t]!;
    let best = -1;
    for (let t = 0; t < T; t++) if (sum[t]! >= min && (best < 0 || sum[t]! > sum[best]!)) best = t;
    if (best >= 0) out[k] = topics[best]!;
  }
  return out;
}
