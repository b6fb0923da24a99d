/**
 * A linear-chain CRF over the same features, labels and BIO constraints as the perceptron
 * (src/ner/perceptron.ts), trained by stochastic gradient descent on the L2-regularized negative
 * log-likelihood (as in Tsuruoka et al. 2009 and CRFsuite's l2sgd): for each sentence in a seeded
 * shuffled order, forward-backward gives the label marginals, and the weights move by
 * eta × (observed − expected counts); the L2 penalty shrinks all weights through one scale factor,
 * so an update costs only the sentence's own features. The learning rate decays as
 * eta0 / (1 + epoch / decay). Deterministic for a seed. The result is the same kind of weight and
 * transition tables as the perceptron's, decoded with the same Viterbi.
 */
import { allowedTransitions, BestEpoch, shuffleInPlace, type EncodedSentence, type TrainResult } from './perceptron.ts';
import { mulberry32 } from './random.ts';

export interface CrfOptions {
  epochs: number;
  seed: number;
  /** L2 coefficient of the whole objective (sum over sentences of −log p + c2/2 ‖w‖²). */
  c2: number;
  /** Initial learning rate. */
  eta0: number;
  /** Epochs over which the learning rate halves (eta = eta0 / (1 + epoch / decay)). */
  decay?: number;
  onEpoch?: (epoch: number, weights: Float32Array, trans: Float32Array) => number;
  log?: (s: string) => void;
}

export function trainCrf(data: EncodedSentence[], nFeatures: number, labels: readonly string[], opts: CrfOptions): TrainResult {
  const L = labels.length;
  const allowed = allowedTransitions(labels);
  const N = data.length;
  const v = new Float64Array(nFeatures * L); // weights = scale * v
  let scale = 1;
  const tw = new Float64Array((L + 1) * L); // transitions (not scaled; regularized directly)
  const rand = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  const maxN = data.reduce((m, s) => Math.max(m, s.gold.length), 0);
  const em = new Float64Array(maxN * L);
  const alpha = new Float64Array(maxN * L);
  const beta = new Float64Array(maxN * L);
  const z = new Float64Array(maxN);
  const M = new Float64Array((L + 1) * L);
  const texp = new Float64Array((L + 1) * L);
  const lambda = opts.c2 / N;
  const decay = opts.decay ?? 2;
  const snapshot = (): [Float32Array, Float32Array] => {
    const aw = new Float32Array(v.length);
    for (let k = 0; k < v.length; k++) aw[k] = v[k]! * scale;
    return [aw, Float32Array.from(tw)];
  };
  const best = new BestEpoch(opts.epochs, snapshot, opts.onEpoch);
  let step = 0;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffleInPlace(order, rand);
    let loss = 0;
    for (const si of order) {
      const eta = opts.eta0 / (1 + step / (decay * N));
      step++;
      const s = data[si]!;
      const n = s.gold.length;
      if (!n) continue;
      // emission scores with the current weights
      em.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        const row = i * L;
        for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
          const id = s.ids[k]!;
          if (id < 0) continue;
          const b = id * L;
          for (let c = 0; c < L; c++) em[row + c] += v[b + c]!;
        }
        for (let c = 0; c < L; c++) em[row + c] *= scale;
      }
      for (let k = 0; k < M.length; k++) M[k] = allowed[k] ? Math.exp(tw[k]!) : 0;
      // scaled forward
      let logZ = 0;
      for (let i = 0; i < n; i++) {
        const row = i * L;
        let mx = -Infinity;
        for (let c = 0; c < L; c++) if (em[row + c]! > mx) mx = em[row + c]!;
        logZ += mx;
        for (let c = 0; c < L; c++) em[row + c] = Math.exp(em[row + c]! - mx); // em now holds exp-potentials
        let sum = 0;
        for (let c = 0; c < L; c++) {
          let a = 0;
          if (i === 0) a = M[L * L + c]!;
          else for (let p = 0; p < L; p++) a += alpha[row - L + p]! * M[p * L + c]!;
          a *= em[row + c]!;
          alpha[row + c] = a;
          sum += a;
        }
        z[i] = sum;
        logZ += Math.log(sum);
        for (let c = 0; c < L; c++) alpha[row + c] /= sum;
      }
      // backward
      const last = (n - 1) * L;
      for (let c = 0; c < L; c++) beta[last + c] = 1;
      for (let i = n - 2; i >= 0; i--) {
        const row = i * L;
        const nx = row + L;
        for (let p = 0; p < L; p++) {
          let b = 0;
          for (let c = 0; c < L; c++) b += M[p * L + c]! * em[nx + c]! * beta[nx + c]!;
          beta[row + p] = b / z[i + 1]!;
        }
      }
      // gold score (for the loss)
      let goldScore = 0;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const pv = i === 0 ? L : s.gold[i - 1]!;
        goldScore += tw[pv * L + g]!;
        for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
          const id = s.ids[k]!;
          if (id >= 0) goldScore += v[id * L + g]! * scale;
        }
      }
      loss += logZ - goldScore;
      // L2 shrink (all weights at once through the scale)
      scale *= 1 - eta * lambda;
      if (scale < 1e-6) {
        for (let k = 0; k < v.length; k++) v[k] *= scale;
        scale = 1;
      }
      const stepW = eta / scale;
      // feature updates: observed - expected
      for (let i = 0; i < n; i++) {
        const row = i * L;
        const g = s.gold[i]!;
        for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
          const id = s.ids[k]!;
          if (id < 0) continue;
          const b = id * L;
          for (let c = 0; c < L; c++) {
            const p = alpha[row + c]! * beta[row + c]!;
            v[b + c] -= stepW * p;
          }
          v[b + g] += stepW;
        }
      }
      // transitions: observed - expected pair counts
      texp.fill(0);
      for (let c = 0; c < L; c++) texp[L * L + c] = alpha[c]! * beta[c]!;
      for (let i = 1; i < n; i++) {
        const row = i * L;
        const pr = row - L;
        const zi = z[i]!;
        for (let p = 0; p < L; p++) {
          const ap = alpha[pr + p]!;
          if (!ap) continue;
          for (let c = 0; c < L; c++) {
            const m = M[p * L + c]!;
            if (m) texp[p * L + c] += (ap * m * em[row + c]! * beta[row + c]!) / zi;
          }
        }
      }
      for (let k = 0; k < tw.length; k++) {
        if (!allowed[k]) continue;
        tw[k] = tw[k]! * (1 - eta * lambda) - eta * texp[k]!;
      }
      tw[L * L + s.gold[0]!] += eta;
      for (let i = 1; i < n; i++) tw[s.gold[i - 1]! * L + s.gold[i]!] += eta;
    }
    let norm = 0;
    for (let k = 0; k < v.length; k++) norm += v[k]! * v[k]!;
    norm *= scale * scale;
    opts.log?.(`epoch ${epoch}: loss ${(loss + (opts.c2 / 2) * norm).toFixed(1)} (data ${loss.toFixed(1)})`);
    best.epochDone(epoch);
  }
  return best.result();
}
