/**
 * The sequence model: a first-order linear model over BIO or BIOES labels (src/ner/labels.ts),
 * decoded with Viterbi, trained as an averaged structured perceptron (Collins 2002). Scores are sums
 * of weights of (feature, label) pairs plus (previous label, label) transition weights; invalid
 * transitions (O → I-X, B-X → I-Y; in BIOES also B-X → O, O → E-X) and, in BIOES, sentence ends on
 * B-X or I-X are forbidden in decoding.
 */
import { labelScheme } from './labels.ts';
import { mulberry32 } from './random.ts';

/**
 * Which transitions are allowed: allowed[prev * L + cur], prev = L for the sentence start. BIO:
 * I-X only after B-X or I-X. BIOES: I-X and E-X only after B-X or I-X, and B-X or I-X only
 * followed by I-X or E-X (the scheme is read from the labels, src/ner/labels.ts).
 */
export function allowedTransitions(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const bioes = labelScheme(labels) === 'bioes';
  const continuing = (l: string) => l.startsWith('I-') || (bioes && l.startsWith('E-'));
  const open = (l: string | null) => l !== null && (l.startsWith('B-') || l.startsWith('I-'));
  const ok = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    const prev = p < L ? labels[p]! : null;
    for (let c = 0; c < L; c++) {
      const cur = labels[c]!;
      const same = open(prev) && prev!.slice(2) === cur.slice(2);
      // a continuing label needs an open entity of its type; in BIOES an open entity must continue
      const allowed = continuing(cur) ? same : !(bioes && open(prev));
      ok[p * L + c] = allowed ? 1 : 0;
    }
  }
  return ok;
}

/** Which labels may end a sentence (BIOES: not B- or I-; BIO: all), or undefined when all may. */
export function allowedEnds(labels: readonly string[]): Uint8Array | undefined {
  if (labelScheme(labels) !== 'bioes') return undefined;
  return Uint8Array.from(labels, (l) => (l.startsWith('B-') || l.startsWith('I-') ? 0 : 1));
}

/** The decoder for a label list: its transitions and, for BIOES, which labels may end a sentence. */
export function decoderFor(labels: readonly string[]): Viterbi {
  return new Viterbi(allowedTransitions(labels), labels.length, allowedEnds(labels));
}

/**
 * The one Viterbi decoder (training and run time): exact first-order decoding over emission scores
 * `em` (n × L, row-major) and transitions `trans` ((L+1) × L, last row = sentence start), with the
 * BIO-invalid transitions of `allowed` forbidden. The allowed predecessors of each label are listed
 * once; the score and back-pointer buffers are reused between calls (an instance is not shared
 * between concurrent callers). Ties go to the lowest label index.
 */
export class Viterbi {
  private readonly prevOf: Int32Array[];
  private score = new Float64Array(0);
  private back = new Int32Array(0);

  constructor(
    private readonly allowed: Uint8Array,
    readonly L: number,
    private readonly ends?: Uint8Array,
  ) {
    this.prevOf = Array.from({ length: L }, (_, c) => {
      const ps: number[] = [];
      for (let p = 0; p < L; p++) if (allowed[p * L + c]) ps.push(p);
      return Int32Array.from(ps);
    });
  }

  /** Best label index per position into `out` (returned). */
  decode(em: ArrayLike<number>, n: number, trans: ArrayLike<number>, out: Int32Array = new Int32Array(n)): Int32Array {
    if (n === 0) return out;
    const L = this.L;
    if (this.score.length < n * L) {
      const size = Math.max(n * L, 2 * this.score.length, 64 * L);
      this.score = new Float64Array(size);
      this.back = new Int32Array(size);
    }
    const { score, back, allowed, prevOf } = this;
    for (let c = 0; c < L; c++) score[c] = allowed[L * L + c] ? em[c]! + trans[L * L + c]! : -Infinity;
    for (let i = 1; i < n; i++) {
      const row = i * L;
      const prevRow = row - L;
      for (let c = 0; c < L; c++) {
        const ps = prevOf[c]!;
        let best = -Infinity;
        let arg = 0;
        for (let k = 0; k < ps.length; k++) {
          const p = ps[k]!;
          const s = score[prevRow + p]! + trans[p * L + c]!;
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        score[row + c] = best + em[row + c]!;
        back[row + c] = arg;
      }
    }
    let best = -Infinity;
    let arg = 0;
    const last = (n - 1) * L;
    const ends = this.ends;
    for (let c = 0; c < L; c++) {
      if (ends && !ends[c]) continue;
      if (score[last + c]! > best) {
        best = score[last + c]!;
        arg = c;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * L + arg]!;
    }
    return out;
  }
}

/** One-off Viterbi decoding (see Viterbi; allocates its buffers). */
export function viterbi(em: ArrayLike<number>, n: number, L: number, trans: ArrayLike<number>, allowed: Uint8Array, out: Int32Array = new Int32Array(n)): Int32Array {
  return new Viterbi(allowed, L).decode(em, n, trans, out);
}

/** A training sentence: feature ids per token (flattened with offsets) and gold label indices. */
export interface EncodedSentence {
  /** Feature ids of token i are ids[offsets[i] .. offsets[i+1]). */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /**
   * Passive-aggressive (PA-I, Crammer et al. 2006) step size instead of 1: tau = min(pa, loss / |delta phi|^2)
   * with loss = score(predicted) - score(gold) + number of wrong tokens.
   */
  pa?: number;
  /** Called after each epoch with the averaged weights, for dev evaluation; return a score. */
  onEpoch?: (epoch: number, weights: Float32Array, trans: Float32Array) => number;
  log?: (s: string) => void;
}

export interface TrainResult {
  weights: Float32Array;
  trans: Float32Array;
  bestEpoch: number;
  scores: number[];
}

/** Emission scores for one encoded sentence. */
export function emissions(s: { ids: Int32Array; offsets: Int32Array }, n: number, L: number, w: ArrayLike<number>, em: Float64Array): void {
  em.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    const row = i * L;
    for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
      const id = s.ids[k]!;
      if (id < 0) continue;
      const base = id * L;
      for (let c = 0; c < L; c++) em[row + c] += w[base + c]!;
    }
  }
}

/**
 * Averaged structured perceptron. Keeps the weights of the best epoch by `onEpoch`'s score (when
 * given; otherwise the last).
 */
export function trainPerceptron(data: EncodedSentence[], nFeatures: number, labels: readonly string[], opts: TrainOptions): TrainResult {
  const L = labels.length;
  const decoder = decoderFor(labels);
  const w = new Float64Array(nFeatures * L);
  const u = new Float64Array(nFeatures * L); // sum of c * update, for averaging
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const rand = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  const maxN = data.reduce((m, s) => Math.max(m, s.gold.length), 0);
  const em = new Float64Array(maxN * L);
  const pred = new Int32Array(maxN);
  const averaged = (): [Float32Array, Float32Array] => {
    const aw = new Float32Array(w.length);
    for (let k = 0; k < w.length; k++) aw[k] = w[k]! - u[k]! / c;
    const at = new Float32Array(tw.length);
    for (let k = 0; k < tw.length; k++) at[k] = tw[k]! - tu[k]! / c;
    return [aw, at];
  };
  const best = new BestEpoch(opts.epochs, averaged, opts.onEpoch);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let errors = 0;
    let tokens = 0;
    for (const si of order) {
      const s = data[si]!;
      const n = s.gold.length;
      tokens += n;
      emissions(s, n, L, w, em);
      decoder.decode(em, n, tw, pred);
      let diff = false;
      for (let i = 0; i < n; i++) if (pred[i] !== s.gold[i]) diff = true;
      if (diff) {
        let tau = 1;
        if (opts.pa) {
          let loss = 0;
          let norm = 0;
          for (let i = 0; i < n; i++) {
            const g = s.gold[i]!;
            const p = pred[i]!;
            const gPrev = i === 0 ? L : s.gold[i - 1]!;
            const pPrev = i === 0 ? L : pred[i - 1]!;
            loss += em[i * L + p]! - em[i * L + g]! + tw[pPrev * L + p]! - tw[gPrev * L + g]!;
            if (g !== p) {
              loss += 1;
              norm += 2 * (s.offsets[i + 1]! - s.offsets[i]!);
            }
            if (g !== p || gPrev !== pPrev) norm += 2;
          }
          tau = Math.min(opts.pa, loss / norm);
        }
        const tc = tau * c;
        for (let i = 0; i < n; i++) {
          const g = s.gold[i]!;
          const p = pred[i]!;
          const gPrev = i === 0 ? L : s.gold[i - 1]!;
          const pPrev = i === 0 ? L : pred[i - 1]!;
          if (g !== p) {
            errors++;
            for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
              const id = s.ids[k]!;
              if (id < 0) continue;
              w[id * L + g] += tau;
              u[id * L + g] += tc;
              w[id * L + p] -= tau;
              u[id * L + p] -= tc;
            }
          }
          if (g !== p || gPrev !== pPrev) {
            tw[gPrev * L + g] += tau;
            tu[gPrev * L + g] += tc;
            tw[pPrev * L + p] -= tau;
            tu[pPrev * L + p] -= tc;
          }
        }
      }
      c++;
    }
    opts.log?.(`epoch ${epoch}: ${errors} token errors / ${tokens}`);
    best.epochDone(epoch);
  }
  return best.result();
}

/** Seeded Fisher–Yates shuffle of `order`. */
export function shuffleInPlace(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}

/**
 * The weights of the best epoch by `onEpoch`'s score (when given; otherwise the last epoch's),
 * for the learners' training loops. `snapshot` gives the weights to use now (averaged or scaled).
 */
export class BestEpoch {
  readonly scores: number[] = [];
  private best: TrainResult | null = null;
  constructor(
    private readonly epochs: number,
    private readonly snapshot: () => [Float32Array, Float32Array],
    private readonly onEpoch?: (epoch: number, weights: Float32Array, trans: Float32Array) => number,
  ) {}

  /** After an epoch: score the current weights and keep them when they are the best so far. */
  epochDone(epoch: number): void {
    if (!this.onEpoch) return;
    const [aw, at] = this.snapshot();
    const score = this.onEpoch(epoch, aw, at);
    this.scores.push(score);
    if (!this.best || score > this.scores[this.best.bestEpoch - 1]!) this.best = { weights: aw, trans: at, bestEpoch: epoch, scores: this.scores };
  }

  result(): TrainResult {
    if (this.best) return { ...this.best, scores: this.scores };
    const [aw, at] = this.snapshot();
    return { weights: aw, trans: at, bestEpoch: this.epochs, scores: this.scores };
  }
}
