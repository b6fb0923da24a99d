/**
 * Decoding-time label biases (after Minkov et al. 2006, "NER systems that suit user's preferences"):
 * a constant added to the emission score of each label trades precision for recall without
 * retraining. A perceptron tagger trained on ANERcorp predicts O too often (precision ~10 points
 * above recall), so a bias for the entity labels over O, tuned on cross-validated emission scores
 * of the training part (never on the development split), raises F1.
 *
 * The tuned vector is folded into the weights of the always-present bias feature `b` of the pass it
 * was tuned for (scripts/train-ner.ts), so every decoder applies it without a special case; the
 * model header records it (settings.labelBias).
 */
import { Viterbi } from './perceptron.ts';

/** Emission scores of one sentence (n × L) with the transitions of the model that produced them, and its gold label indices. */
export interface ScoredSentence {
  em: Float64Array;
  trans: ArrayLike<number>;
  gold: Int32Array;
}

/**
 * How the labels share parameters: `type` = one bias per entity type on both its B- and I- labels
 * (4 parameters), `bi` = one per label other than O (8), `o` = one for all entity labels (1).
 * O keeps 0 (adding a constant to every label changes nothing).
 */
export type BiasMode = 'o' | 'type' | 'bi';

/** Label groups of a mode: each group's labels share one parameter. Labels as in ANER_LABELS (O first). */
export function biasGroups(labels: readonly string[], mode: BiasMode): number[][] {
  const ent = labels.map((_, c) => c).filter((c) => labels[c] !== 'O');
  if (mode === 'o') return [ent];
  if (mode === 'bi') return ent.map((c) => [c]);
  const byType = new Map<string, number[]>();
  for (const c of ent) {
    const t = labels[c]!.slice(2);
    let g = byType.get(t);
    if (!g) byType.set(t, (g = []));
    g.push(c);
  }
  return [...byType.values()];
}

/** Entity spans "type:start:end" of BIO label indices (as the decoder outputs them: valid BIO). */
function spansOf(tags: ArrayLike<number>, labels: readonly string[], out: Set<string>): void {
  out.clear();
  const n = tags.length;
  for (let i = 0; i < n; ) {
    const l = labels[tags[i]!]!;
    if (l === 'O') {
      i++;
      continue;
    }
    const type = l.slice(2);
    let j = i + 1;
    while (j < n && labels[tags[j]!] === 'I-' + type) j++;
    out.add(`${type}:${i}:${j}`);
    i = j;
  }
}

/** Entity-level F1 of decoding `data` with `bias` added to every emission row. */
export function biasedF1(data: readonly ScoredSentence[], labels: readonly string[], bias: ArrayLike<number>, decoder: Viterbi): number {
  const L = labels.length;
  let tp = 0;
  let np = 0;
  let ng = 0;
  let buf = new Float64Array(0);
  const g = new Set<string>();
  const p = new Set<string>();
  for (const s of data) {
    const n = s.gold.length;
    if (!n) continue;
    if (buf.length < n * L) buf = new Float64Array(n * L * 2);
    for (let i = 0; i < n; i++) for (let c = 0; c < L; c++) buf[i * L + c] = s.em[i * L + c]! + bias[c]!;
    const pred = decoder.decode(buf, n, s.trans);
    spansOf(s.gold, labels, g);
    spansOf(pred, labels, p);
    for (const x of p) if (g.has(x)) tp++;
    np += p.size;
    ng += g.size;
  }
  return np + ng ? (2 * tp) / (np + ng) : 0;
}

/**
 * Coordinate ascent over the group biases on a grid of `step` multiples in [-range, range]:
 * each round tries every grid value for each group in turn, keeping a change only when it raises
 * F1 (ties keep the current value). Deterministic. Returns the bias per label and the F1 before
 * and after.
 */
export function tuneLabelBias(
  data: readonly ScoredSentence[],
  labels: readonly string[],
  decoder: Viterbi,
  opts: { mode?: BiasMode; step: number; range: number; rounds?: number },
): { bias: Float64Array; before: number; after: number } {
  const L = labels.length;
  const groups = biasGroups(labels, opts.mode ?? 'type');
  const value = new Float64Array(groups.length);
  const vec = () => {
    const b = new Float64Array(L);
    groups.forEach((g, k) => {
      for (const c of g) b[c] = value[k]!;
    });
    return b;
  };
  const before = biasedF1(data, labels, vec(), decoder);
  let best = before;
  const steps = Math.round(opts.range / opts.step);
  for (let round = 0; round < (opts.rounds ?? 2); round++) {
    let changed = false;
    for (let k = 0; k < groups.length; k++) {
      const cur = value[k]!;
      let bestV = cur;
      for (let s = -steps; s <= steps; s++) {
        const v = s * opts.step;
        if (v === cur) continue;
        value[k] = v;
        const f = biasedF1(data, labels, vec(), decoder);
        if (f > best + 1e-12) {
          best = f;
          bestV = v;
        }
      }
      value[k] = bestV;
      if (bestV !== cur) changed = true;
    }
    if (!changed) break;
  }
  return { bias: vec(), before, after: best };
}
