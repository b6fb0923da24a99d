/**
 * Word classes by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998), in the
 * predictive form of Uszkoreit & Brants (2008), made two-sided: the classes maximize the
 * likelihood of
 *
 *   P(w_i | w_{i-1}) = P(c(w_i) | w_{i-1}) · P(w_i | c(w_i))   and, mirrored,
 *   P(w_i | w_{i+1}) = P(c(w_i) | w_{i+1}) · P(w_i | c(w_i)).
 *
 * Up to terms that do not depend on the classes, the log-likelihood is
 *
 *   Σ_{v,c} f(L[v,c]) + Σ_{u,c} f(R[u,c]) − 2 Σ_c f(N[c]),   f(x) = x log x,
 *
 * where L[v,c] counts the bigrams "v w" with w in class c, R[u,c] the bigrams "w u", and N[c] the
 * occurrences of the class's words. Each step takes one word out of its class and puts it into the
 * class that gains most; the gain of class c needs only the rows of the word's neighbours
 * (Σ_v f(L[v,c] + n) − f(L[v,c]) − f(n) over the neighbours v seen n times, nonzero entries
 * only), so an iteration costs (distinct bigrams) × (classes).
 *
 * Brown-style classes group words by the words around them in running text, like the SVD
 * clusters of scripts/train-clusters.ts, but through a class language model instead of a vector
 * space: a second, different view of the same news for the tagger's cluster features.
 * Pure function of its input: no randomness, deterministic.
 */

export interface ExchangeInput {
  /** Token ids in text order; -1 is a boundary (paragraph start or end). */
  seq: Int32Array;
  /** Number of valid entries of `seq`. */
  length: number;
  /** For each token id, the index of the word to cluster (0..words-1, most frequent first), or -1. */
  wordOf: Int32Array;
  words: number;
  /** For each token id, its context index (0..contexts-2); contexts-1 is the boundary. */
  contextOf: Int32Array;
  contexts: number;
  classes: number;
  iterations: number;
  /** Progress lines (to stderr in the training script). */
  log?: (line: string) => void;
}

/** Neighbour lists of each word: for word t, pairs (context, count) at ctx/cnt[start[t]..start[t+1]). */
interface NeighbourLists {
  start: Int32Array;
  ctx: Int32Array;
  cnt: Int32Array;
}

function neighbourLists(inp: ExchangeInput, side: -1 | 1): NeighbourLists {
  const { seq, length: n, wordOf, contextOf, contexts: C, words: V } = inp;
  const boundary = C - 1;
  let m = 0;
  for (let j = 0; j < n; j++) if (seq[j]! >= 0 && wordOf[seq[j]!]! >= 0) m++;
  const keys = new Float64Array(m);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const id = seq[j]!;
    if (id < 0) continue;
    const t = wordOf[id]!;
    if (t < 0) continue;
    const nb = j + side;
    const c = nb < 0 || nb >= n || seq[nb]! < 0 ? boundary : contextOf[seq[nb]!]!;
    keys[k++] = t * C + c;
  }
  keys.sort();
  let distinct = 0;
  for (let i = 0; i < m; i++) if (i === 0 || keys[i] !== keys[i - 1]) distinct++;
  const start = new Int32Array(V + 1);
  const ctx = new Int32Array(distinct);
  const cnt = new Int32Array(distinct);
  let d = -1;
  for (let i = 0; i < m; i++) {
    if (i === 0 || keys[i] !== keys[i - 1]) {
      d++;
      const key = keys[i]!;
      const t = Math.floor(key / C);
      ctx[d] = key - t * C;
      start[t + 1] = d + 1;
    }
    cnt[d]!++;
  }
  // words without neighbours (none in practice) get empty ranges
  for (let t = 1; t <= V; t++) if (start[t]! < start[t - 1]!) start[t] = start[t - 1]!;
  return { start, ctx, cnt };
}

const TABLE = 1 << 22;

/** Class of each word (index 0..words-1), 0..classes-1. */
export function exchangeClusters(inp: ExchangeInput): Int32Array {
  const V = inp.words;
  const K = inp.classes;
  const C = inp.contexts;
  const log = inp.log ?? (() => {});
  const lists = [neighbourLists(inp, -1), neighbourLists(inp, 1)];
  log(`exchange: ${V} words, ${C} contexts, ${K} classes; ${lists[0]!.ctx.length} + ${lists[1]!.ctx.length} distinct bigrams`);

  const fTable = new Float64Array(TABLE);
  for (let x = 1; x < TABLE; x++) fTable[x] = x * Math.log(x);
  const f = (x: number) => (x < TABLE ? fTable[x]! : x * Math.log(x));

  const occ = new Float64Array(V);
  {
    const l = lists[0]!;
    for (let t = 0; t < V; t++) for (let i = l.start[t]!; i < l.start[t + 1]!; i++) occ[t] += l.cnt[i]!;
  }
  const cls = new Int32Array(V);
  for (let t = 0; t < V; t++) cls[t] = t % K;
  const rows = [new Int32Array(C * K), new Int32Array(C * K)];
  const total = new Float64Array(K);
  const move = (t: number, c: number, sign: number) => {
    for (let s = 0; s < 2; s++) {
      const l = lists[s]!;
      const row = rows[s]!;
      for (let i = l.start[t]!; i < l.start[t + 1]!; i++) row[l.ctx[i]! * K + c] += sign * l.cnt[i]!;
    }
    total[c] += sign * occ[t]!;
  };
  for (let t = 0; t < V; t++) move(t, cls[t]!, 1);

  const gain = new Float64Array(K);
  for (let it = 0; it < inp.iterations; it++) {
    let moved = 0;
    for (let t = 0; t < V; t++) {
      const a = cls[t]!;
      move(t, a, -1);
      gain.fill(0);
      for (let s = 0; s < 2; s++) {
        const l = lists[s]!;
        const row = rows[s]!;
        for (let i = l.start[t]!; i < l.start[t + 1]!; i++) {
          const nn = l.cnt[i]!;
          const fn = f(nn);
          const off = l.ctx[i]! * K;
          for (let c = 0; c < K; c++) {
            const x = row[off + c]!;
            if (x !== 0) gain[c] += f(x + nn) - f(x) - fn;
          }
        }
      }
      const o = occ[t]!;
      let best = a;
      let bestGain = gain[a]! - 2 * (f(total[a]! + o) - f(total[a]!));
      for (let c = 0; c < K; c++) {
        if (c === a) continue;
        const g = gain[c]! - 2 * (f(total[c]! + o) - f(total[c]!));
        if (g > bestGain + 1e-9) {
          bestGain = g;
          best = c;
        }
      }
      move(t, best, 1);
      if (best !== a) {
        cls[t] = best;
        moved++;
      }
    }
    log(`exchange ${K} classes, iteration ${it + 1}: ${moved} words moved`);
    if (moved === 0) break;
  }
  return cls;
}
