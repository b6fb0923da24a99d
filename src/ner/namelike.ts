/**
 * Name likeness: a character n-gram naive Bayes model that says from the SPELLING of a word alone
 * whether it looks like a word of a person name, a place name, an organization name or an
 * ordinary word (classes PERS, LOC, ORG, O). Trained by scripts/train-ner-namelike.ts from lists
 * that are not the ANERcorp labels (ANERgazet names, the actor knowledge base's names, the induced
 * lexicon; ordinary words = frequent words of data/text/wordfreq.tsv in none of those lists).
 * Used by the tagger as word-level features nl0 / nl-1 / nl+1 (src/ner/features.ts), computed once
 * per distinct word (the tagger caches word features), so its run-time cost is nil.
 *
 * File format (data/models/ner-namelike.tsv, UTF-8):
 *   lines starting with "#"  comments (provenance, credits)
 *   "!classes<TAB>PERS<TAB>LOC<TAB>ORG<TAB>O"      class order
 *   "!words<TAB>n1<TAB>n2<TAB>n3<TAB>n4"           training words per class
 *   "!total<TAB>t1<TAB>t2<TAB>t3<TAB>t4"           n-gram occurrences per class (before pruning)
 *   "!vocab<TAB>V"                                  distinct n-grams before pruning (smoothing)
 *   "ngram<TAB>c1<TAB>c2<TAB>c3<TAB>c4"             n-gram counts per class (pruned: total >= 2)
 * N-grams are 2 to 4 letters of "^" + word + "$", where word is the normalized, clitic-stripped base
 * form (src/ner/clitics.ts; article kept).
 */
import { RasidError } from '../errors.ts';

export const NAMELIKE_MIN_N = 2;
export const NAMELIKE_MAX_N = 4;
/** Additive smoothing of the n-gram counts. */
const ALPHA = 0.5;

/** The n-grams (2..4 letters) of a word with boundary marks. */
export function nameNgrams(word: string): string[] {
  const s = '^' + word + '$';
  const out: string[] = [];
  for (let n = NAMELIKE_MIN_N; n <= NAMELIKE_MAX_N; n++) for (let a = 0; a + n <= s.length; a++) out.push(s.slice(a, a + n));
  return out;
}

export interface NameLikeScore {
  /** Most likely class. */
  top: string;
  /** Mean per-n-gram log-likelihood margin of the top class over the second one. */
  margin: number;
}

export class NameLikeModel {
  readonly classes: string[];
  /** log P(unseen ngram | class). */
  private readonly unseen: Float64Array;
  /**
   * The n-grams as integers (see gramKey) → row in `logp`: scoring a word then builds no strings.
   * Letters get small ids (1..B-1) in `letterIds` (by UTF-16 code unit; 0 = never seen); a letter the model never saw makes every n-gram
   * holding it unseen.
   */
  private readonly letterIds = new Uint16Array(0x10000);
  private readonly base: number;
  private readonly rows = new Map<number, number>();
  /** log P(ngram | class), K values per row. */
  private readonly logp: Float64Array;
  /** Scores of the word being scored (reused). */
  private readonly acc: Float64Array;

  constructor(classes: string[], totals: number[], vocab: number, counts: Map<string, number[]>) {
    this.classes = classes;
    const K = classes.length;
    const denom = totals.map((t) => Math.log(t + ALPHA * vocab));
    this.unseen = Float64Array.from(denom, (d) => Math.log(ALPHA) - d);
    this.acc = new Float64Array(K);
    let letters = 0;
    for (const g of counts.keys()) for (let i = 0; i < g.length; i++) if (!this.letterIds[g.charCodeAt(i)]) this.letterIds[g.charCodeAt(i)] = ++letters;
    this.base = letters + 1;
    // keys must stay small integers: (NAMELIKE_MAX_N + 1) * base^NAMELIKE_MAX_N
    if ((NAMELIKE_MAX_N + 1) * this.base ** NAMELIKE_MAX_N >= 2 ** 30) {
      throw new RasidError('E_MODEL_INVALID', `name-likeness model has ${letters} distinct letters; at most ${Math.floor((2 ** 30 / (NAMELIKE_MAX_N + 1)) ** (1 / NAMELIKE_MAX_N)) - 1} are supported`, { hint: 'rebuild it with npm run train:ner-namelike from normalized words' });
    }
    this.logp = new Float64Array(counts.size * K);
    let r = 0;
    for (const [g, c] of counts) {
      for (let k = 0; k < K; k++) this.logp[r * K + k] = Math.log((c[k] ?? 0) + ALPHA) - denom[k]!;
      this.rows.set(this.gramKey(g, 0, g.length), r);
      r++;
    }
  }

  get size(): number {
    return this.rows.size;
  }

  /** The integer key of s[a, a+n), or -1 when it holds a letter the model never saw. */
  private gramKey(s: string, a: number, n: number): number {
    let key = n;
    for (let i = a; i < a + n; i++) {
      const id = this.letterIds[s.charCodeAt(i)]!;
      if (id === 0) return -1;
      key = key * this.base + id;
    }
    return key;
  }

  /** Class scores of a word (uniform class prior): mean log-likelihood per n-gram. The array is reused by the next call. */
  scores(word: string): Float64Array {
    const K = this.classes.length;
    const s = this.acc.fill(0);
    const w = '^' + word + '$';
    let count = 0;
    for (let n = NAMELIKE_MIN_N; n <= NAMELIKE_MAX_N; n++) {
      for (let a = 0; a + n <= w.length; a++) {
        const key = this.gramKey(w, a, n);
        const r = key < 0 ? undefined : this.rows.get(key);
        if (r === undefined) for (let k = 0; k < K; k++) s[k] += this.unseen[k]!;
        else for (let k = 0; k < K; k++) s[k] += this.logp[r * K + k]!;
        count++;
      }
    }
    for (let k = 0; k < K; k++) s[k] /= count || 1;
    return s;
  }

  score(word: string): NameLikeScore {
    const s = this.scores(word);
    let a = 0;
    let b = -1;
    for (let k = 1; k < s.length; k++) {
      if (s[k]! > s[a]!) {
        b = a;
        a = k;
      } else if (b < 0 || s[k]! > s[b]!) b = k;
    }
    return { top: this.classes[a]!, margin: b >= 0 ? s[a]! - s[b]! : 0 };
  }

  /**
   * The feature value of a word: top class and a confidence bucket ("PERS2"), or null for
   * ordinary words scored with low confidence. Buckets of the margin: 0 < 0.15 ≤ 1 < 0.4 ≤ 2 < 0.8 ≤ 3.
   */
  feature(word: string): string | null {
    const { top, margin } = this.score(word);
    const b = margin < 0.15 ? 0 : margin < 0.4 ? 1 : margin < 0.8 ? 2 : 3;
    return top + b;
  }

  static parse(text: string, input = 'name-likeness model'): NameLikeModel {
    let classes: string[] | undefined;
    let totals: number[] | undefined;
    let vocab = 0;
    const counts = new Map<string, number[]>();
    for (const line of text.split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const f = line.split('\t');
      if (f[0] === '!classes') classes = f.slice(1);
      else if (f[0] === '!total') totals = f.slice(1).map(Number);
      else if (f[0] === '!vocab') vocab = Number(f[1]);
      else if (f[0] === '!words') continue;
      else counts.set(f[0]!, f.slice(1).map(Number));
    }
    if (!classes || !totals || totals.length !== classes.length || !vocab) {
      throw new RasidError('E_MODEL_INVALID', `${input} lacks its !classes / !total / !vocab lines`, { input, hint: 'rebuild it with npm run train:ner-namelike' });
    }
    return new NameLikeModel(classes, totals, vocab, counts);
  }
}
