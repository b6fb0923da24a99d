/**
 * `npm run train:clusters`: unsupervised word clusters for the NER tagger, learned by our own code
 * from unlabeled Arabic news (SaudiNewsNet, ../shared/data/news/saudinewsnet/articles.jsonl.gz).
 *
 * Method (docs/ner.md):
 *  1. Tokenize every article with src/text/tokenize.ts; a word is its normalized form (normalize()).
 *     Numbers become "<num>", each paragraph is bounded by "<s>".
 *  2. Context counts: for every word with frequency >= MIN_FREQ, counts of the top CTX1 forms at
 *     positions -1 and +1 and of the top CTX2 forms at -2 and +2 (dense rows, one block a position).
 *  3. Positive PMI with context-distribution smoothing (alpha 0.75), then a randomized truncated SVD
 *     (seeded Gaussian range finder, one power iteration, CholeskyQR, Jacobi eigen-solver) to DIM dimensions,
 *     singular values weighted by their square root, rows L2-normalized.
 *  4. Hierarchical spherical k-means (seeded k-means++ then Lloyd iterations): LEVELS branching
 *     factors, so each word gets a path "a.b.c" whose prefixes are clusters at three granularities.
 *
 *  5. With --vectors FILE: the word vectors binarized after Guo et al. (2014), for the tagger's
 *     embedding features: for each of the first VEC_DIMS dimensions (largest singular values), "+"
 *     when the value is above the mean of the positive values of that dimension, "-" when below the
 *     mean of the negative values, else "0" (gzip-compressed TSV: word<TAB>codes).
 *
 * With --method exchange (instead of steps 2–4): Brown-style word classes by the exchange algorithm
 *  (src/ner/exchange-clusters.ts), one clustering per entry of --classes (default 64,256,1024; the path
 *  "a.b.c" lists the word's class in each), contexts = the --ctx-vocab (20,000) most frequent forms,
 *  --iters (10) passes over the vocabulary. About 13 minutes for the default on one core.
 *  --nested (experiment, not shipped): the finest clustering on the words, each coarser one on the
 *  classes below, so the path is a hierarchy; --fine-from FILE takes the finest classes from the last
 *  path component of an existing table.
 *
 * Output: data/models/ner-clusters.tsv — header lines starting with "#" (provenance, settings),
 * then `word<TAB>path`. Deterministic for a seed. Run: node --import tsx scripts/train-clusters.ts [--seed N]
 */
import { createReadStream, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { createGunzip, gzipSync } from 'node:zlib';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { tokenize } from '../src/text/tokenize.ts';
import { dataPath, SHARED_ROOT } from '../src/util/paths.ts';
import { mulberry32 } from '../src/ner/random.ts';
import { exchangeClusters } from '../src/ner/exchange-clusters.ts';
import { ClusterTable } from '../src/ner/lexicon.ts';

const args = process.argv.slice(2);
const argVal = (name: string, def: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const SEED = argVal('--seed', 7);
const MIN_FREQ = argVal('--min-freq', 3);
const MAX_VOCAB = argVal('--max-vocab', 200000);
const CTX1 = argVal('--ctx1', 1500);
const CTX2 = argVal('--ctx2', 500);
const DIM = argVal('--dim', 120);
const LIMIT = argVal('--limit', Infinity);
const LEVELS = [32, 16, 8];
const VEC_DIMS = argVal('--vec-dims', 50);
const vecIdx = args.indexOf('--vectors');
const vecFile = vecIdx >= 0 ? path.resolve(args[vecIdx + 1]!) : undefined;
const argStr = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1]! : def;
};
const METHOD = argStr('--method', 'svd');
if (METHOD !== 'svd' && METHOD !== 'exchange') {
  process.stderr.write(`train-clusters: unknown --method ${METHOD}; use svd (default) or exchange\n`);
  process.exit(2);
}
const ITERS = argVal('--iters', METHOD === 'exchange' ? 10 : 12);
// --method exchange: one clustering per entry of --classes (path "a.b.c"); contexts = the CTX_VOCAB most frequent forms
const CLASSES = argStr('--classes', '64,256,1024').split(',').map(Number);
const CTX_VOCAB = argVal('--ctx-vocab', 20000);
const NESTED = args.includes('--nested');
const FINE_FROM = argStr('--fine-from', '');

const input = path.join(SHARED_ROOT, 'data/news/saudinewsnet/articles.jsonl.gz');
const outIdx = args.indexOf('--out');
const outFile = outIdx >= 0 ? path.resolve(args[outIdx + 1]!) : dataPath('models', 'ner-clusters.tsv');
const log = (s: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${s}\n`);

if (!existsSync(input)) {
  log(`missing ${input}: the unlabeled news corpus is needed to build clusters`);
  process.exit(3);
}

// ---- 1. read and tokenize -------------------------------------------------
const formId = new Map<string, number>();
const forms: string[] = [];
const freq: number[] = [];
let seq = new Int32Array(1 << 24);
let n = 0;
const BOUND = -1;
function push(id: number) {
  if (n === seq.length) {
    const s2 = new Int32Array(seq.length * 2);
    s2.set(seq);
    seq = s2;
  }
  seq[n++] = id;
}
function idOf(f: string): number {
  let id = formId.get(f);
  if (id === undefined) {
    id = forms.length;
    formId.set(f, id);
    forms.push(f);
    freq.push(0);
  }
  freq[id]!++;
  return id;
}
let articles = 0;
const rl = createInterface({ input: createReadStream(input).pipe(createGunzip()), crlfDelay: Infinity });
for await (const line of rl) {
  if (!line) continue;
  if (articles >= LIMIT) break;
  const rec = JSON.parse(line) as { content?: string; title?: string };
  articles++;
  for (const para of `${rec.title ?? ''}\n${rec.content ?? ''}`.split('\n')) {
    if (!para.trim()) continue;
    push(BOUND);
    for (const t of tokenize(para)) {
      if (t.kind === 'url' || t.kind === 'email') continue;
      push(idOf(t.kind === 'number' ? '<num>' : t.norm));
    }
  }
  if (articles % 5000 === 0) log(`${articles} articles, ${n} tokens, ${forms.length} forms`);
}
push(BOUND);
log(`read ${articles} articles, ${n} tokens, ${forms.length} distinct forms`);

// ---- 2. vocabulary and contexts --------------------------------------------
const byFreq = forms.map((_, i) => i).sort((a, b) => freq[b]! - freq[a]! || (forms[a]! < forms[b]! ? -1 : 1));
const isWord = (f: string) => /[\u0621-\u064a\u0671-\u06d3a-z]/.test(f);
const targets = byFreq.filter((i) => freq[i]! >= MIN_FREQ && isWord(forms[i]!)).slice(0, MAX_VOCAB);
const tIndex = new Int32Array(forms.length).fill(-1);
targets.forEach((id, k) => (tIndex[id] = k));

if (METHOD === 'exchange') {
  // ---- exchange-algorithm word classes (src/ner/exchange-clusters.ts) instead of steps 2–4 ----
  const contextOf = new Int32Array(forms.length).fill(CTX_VOCAB);
  byFreq.slice(0, CTX_VOCAB).forEach((id, k) => (contextOf[id] = k));
  /** Classes of the units that `wordOf` maps token ids to (words, or the classes of a finer level). */
  const classesOf = (wordOf: Int32Array, units: number, classes: number) =>
    exchangeClusters({ seq, length: n, wordOf, words: units, contextOf, contexts: CTX_VOCAB + 2, classes, iterations: ITERS, log });
  let perLevel: Int32Array[];
  if (NESTED) {
    // --nested: the finest clustering on the words, then each coarser one on the classes of the
    // level below (a class is one unit with its words' neighbours), so the path is a hierarchy
    const sizes = [...CLASSES].sort((a, b) => b - a);
    let fine: Int32Array;
    if (FINE_FROM) {
      const table = ClusterTable.parse(readFileSync(FINE_FROM, 'utf8'), FINE_FROM);
      fine = Int32Array.from(targets, (id) => Number(table.get(forms[id]!)?.at(-1)?.split('.').pop() ?? 0));
      log(`fine classes from ${FINE_FROM}`);
    } else fine = classesOf(tIndex, targets.length, sizes[0]!);
    const levels = [fine];
    let unitOf = Int32Array.from(tIndex, (t) => (t < 0 ? -1 : fine[t]!));
    for (let k = 1; k < sizes.length; k++) {
      const coarse = classesOf(unitOf, sizes[k - 1]!, sizes[k]!);
      levels.push(Int32Array.from(levels[k - 1]!, (c) => coarse[c]!));
      unitOf = Int32Array.from(unitOf, (u) => (u < 0 ? -1 : coarse[u]!));
    }
    perLevel = levels.reverse();
  } else {
    perLevel = CLASSES.map((k) => classesOf(tIndex, targets.length, k));
  }
  const header = [
    NESTED
      ? `# Rasid NER word clusters (format: rasid-clusters 1). Lines: word<TAB>path; path "a.b.c" = a hierarchy of classes (the finest clustered on words, each coarser one on the classes below).`
      : `# Rasid NER word clusters (format: rasid-clusters 1). Lines: word<TAB>path; path "a.b.c" = the word's class in ${CLASSES.length} separate clusterings.`,
    `# Built by scripts/train-clusters.ts from SaudiNewsNet (Alshehri 2015, CC BY-NC-SA 4.0): ${articles} articles, ${n} tokens.`,
    `# Settings: method=exchange minFreq=${MIN_FREQ} vocab=${targets.length} contexts=${CTX_VOCAB} classes=${CLASSES.join(',')}${NESTED ? ' nested' : ''} iters=${ITERS}; two-sided predictive class bigram model, exchange algorithm (Uszkoreit & Brants 2008).`,
    '# Words are normalize() forms (src/text/normalize.ts).',
  ];
  const lines = targets.map((id, t) => `${forms[id]}\t${perLevel.map((c) => c[t]).join('.')}`);
  writeFileSync(outFile, header.join('\n') + '\n' + lines.join('\n') + '\n');
  log(`wrote ${outFile}: ${targets.length} words`);
  process.exit(0);
}
const c1 = new Int32Array(forms.length + 1).fill(-1);
const c2 = new Int32Array(forms.length + 1).fill(-1);
byFreq.slice(0, CTX1).forEach((id, k) => (c1[id] = k));
byFreq.slice(0, CTX2).forEach((id, k) => (c2[id] = k));
const BOUND_CTX = forms.length; // "<s>" as a context gets its own slot (the last of each block)
c1[BOUND_CTX] = CTX1;
c2[BOUND_CTX] = CTX2;
const B1 = CTX1 + 1;
const B2 = CTX2 + 1;
const W = 2 * B1 + 2 * B2; // -1 | +1 | -2 | +2
const V = targets.length;
log(`vocabulary ${V} words (freq >= ${MIN_FREQ}); context width ${W}`);
const counts = new Float32Array(V * W);
const ctxAt = (j: number) => (j < 0 || j >= n || seq[j] === BOUND ? BOUND_CTX : seq[j]!);
for (let j = 0; j < n; j++) {
  const id = seq[j]!;
  if (id === BOUND) continue;
  const t = tIndex[id]!;
  if (t < 0) continue;
  const row = t * W;
  const l1 = c1[ctxAt(j - 1)]!;
  if (l1 >= 0) counts[row + l1]!++;
  const r1 = c1[ctxAt(j + 1)]!;
  if (r1 >= 0) counts[row + B1 + r1]!++;
  // positions ±2 only within the paragraph
  if (seq[j - 1] !== BOUND) {
    const l2 = c2[ctxAt(j - 2)]!;
    if (l2 >= 0) counts[row + 2 * B1 + l2]!++;
  }
  if (j + 1 < n && seq[j + 1] !== BOUND) {
    const r2 = c2[ctxAt(j + 2)]!;
    if (r2 >= 0) counts[row + 2 * B1 + B2 + r2]!++;
  }
}
log('counted contexts');

// ---- 3. PPMI + random projection -------------------------------------------
const colSum = new Float64Array(W);
const rowSum = new Float64Array(V);
for (let t = 0; t < V; t++) {
  const row = t * W;
  let s = 0;
  for (let c = 0; c < W; c++) {
    const x = counts[row + c]!;
    if (x) {
      colSum[c] += x;
      s += x;
    }
  }
  rowSum[t] = s;
}
const colPow = new Float64Array(W);
let colPowTotal = 0;
for (let c = 0; c < W; c++) {
  colPow[c] = Math.pow(colSum[c]!, 0.75);
  colPowTotal += colPow[c]!;
}
let total = 0;
for (let t = 0; t < V; t++) total += rowSum[t]!;
const rand = mulberry32(SEED);
const gauss = () => {
  const u = rand() || 1e-12;
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
};
// PPMI as a sparse row matrix (CSR)
const rowPtr = new Int32Array(V + 1);
let nnz = 0;
for (let t = 0; t < V; t++) {
  const row = t * W;
  for (let c = 0; c < W; c++) {
    const x = counts[row + c]!;
    if (x && Math.log((x * colPowTotal) / (rowSum[t]! * colPow[c]!)) > 0) nnz++;
  }
  rowPtr[t + 1] = nnz;
}
const cols = new Int32Array(nnz);
const vals = new Float32Array(nnz);
{
  let k = 0;
  for (let t = 0; t < V; t++) {
    const row = t * W;
    for (let c = 0; c < W; c++) {
      const x = counts[row + c]!;
      if (!x) continue;
      const pmi = Math.log((x * colPowTotal) / (rowSum[t]! * colPow[c]!));
      if (pmi > 0) {
        cols[k] = c;
        vals[k++] = pmi;
      }
    }
  }
}
log(`PPMI matrix: ${nnz} non-zero cells`);
// randomized truncated SVD (Halko et al. 2011): range of M Ω with one power iteration
const K = DIM + 12;
const POWER = argVal('--power', 1);
const mulM = (X: Float64Array, out: Float64Array) => {
  // out (V × K) = M (V × W) · X (W × K)
  out.fill(0);
  for (let t = 0; t < V; t++) {
    const o = t * K;
    for (let q = rowPtr[t]!; q < rowPtr[t + 1]!; q++) {
      const v = vals[q]!;
      const xo = cols[q]! * K;
      for (let d = 0; d < K; d++) out[o + d] += v * X[xo + d]!;
    }
  }
};
const mulMt = (Y: Float64Array, out: Float64Array) => {
  // out (W × K) = Mᵀ · Y (V × K)
  out.fill(0);
  for (let t = 0; t < V; t++) {
    const yo = t * K;
    for (let q = rowPtr[t]!; q < rowPtr[t + 1]!; q++) {
      const v = vals[q]!;
      const o = cols[q]! * K;
      for (let d = 0; d < K; d++) out[o + d] += v * Y[yo + d]!;
    }
  }
};
/** Orthonormalize the K columns of a rows × K row-major matrix in place (CholeskyQR, applied twice). */
const orthonormalize = (Y: Float64Array, rows: number) => {
  for (let pass = 0; pass < 2; pass++) {
    // Gram matrix G = Yᵀ Y, accumulated row by row (contiguous)
    const G = new Float64Array(K * K);
    for (let r = 0; r < rows; r++) {
      const o = r * K;
      for (let a = 0; a < K; a++) {
        const ya = Y[o + a]!;
        if (ya === 0) continue;
        const ga = a * K;
        for (let b = a; b < K; b++) G[ga + b] += ya * Y[o + b]!;
      }
    }
    // Cholesky G = Rᵀ R (upper R), with a small ridge for rank deficiency
    const R = new Float64Array(K * K);
    for (let a = 0; a < K; a++) {
      for (let b = a; b < K; b++) {
        let sum = G[a * K + b]!;
        for (let k = 0; k < a; k++) sum -= R[k * K + a]! * R[k * K + b]!;
        if (a === b) R[a * K + a] = Math.sqrt(Math.max(sum, 1e-10));
        else R[a * K + b] = sum / R[a * K + a]!;
      }
    }
    // Y ← Y R⁻¹, row by row (forward substitution on each row)
    const row = new Float64Array(K);
    for (let r = 0; r < rows; r++) {
      const o = r * K;
      for (let b = 0; b < K; b++) {
        let sum = Y[o + b]!;
        for (let k = 0; k < b; k++) sum -= row[k]! * R[k * K + b]!;
        row[b] = sum / R[b * K + b]!;
      }
      for (let b = 0; b < K; b++) Y[o + b] = row[b]!;
    }
  }
};
const omega = new Float64Array(W * K);
for (let k = 0; k < omega.length; k++) omega[k] = gauss();
const Y = new Float64Array(V * K);
const Z = new Float64Array(W * K);
mulM(omega, Y);
orthonormalize(Y, V);
for (let p = 0; p < POWER; p++) {
  mulMt(Y, Z);
  orthonormalize(Z, W);
  mulM(Z, Y);
  orthonormalize(Y, V);
}
log('range found');
// B = Qᵀ M (K × W) as Z = Mᵀ Q (W × K); then the K × K matrix G = B Bᵀ = Zᵀ Z, eigen-decomposed (Jacobi)
mulMt(Y, Z);
const G = new Float64Array(K * K);
for (let a = 0; a < K; a++)
  for (let b = a; b < K; b++) {
    let dot = 0;
    for (let r = 0; r < W; r++) dot += Z[r * K + a]! * Z[r * K + b]!;
    G[a * K + b] = dot;
    G[b * K + a] = dot;
  }
const E = new Float64Array(K * K);
for (let a = 0; a < K; a++) E[a * K + a] = 1;
for (let sweep = 0; sweep < 30; sweep++) {
  let off = 0;
  for (let p = 0; p < K; p++) for (let q = p + 1; q < K; q++) off += G[p * K + q]! ** 2;
  if (off < 1e-12) break;
  for (let p = 0; p < K; p++)
    for (let q = p + 1; q < K; q++) {
      const apq = G[p * K + q]!;
      if (Math.abs(apq) < 1e-15) continue;
      const theta = (G[q * K + q]! - G[p * K + p]!) / (2 * apq);
      const tt = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
      const cs = 1 / Math.sqrt(tt * tt + 1);
      const sn = tt * cs;
      for (let k = 0; k < K; k++) {
        const gkp = G[k * K + p]!;
        const gkq = G[k * K + q]!;
        G[k * K + p] = cs * gkp - sn * gkq;
        G[k * K + q] = sn * gkp + cs * gkq;
      }
      for (let k = 0; k < K; k++) {
        const gpk = G[p * K + k]!;
        const gqk = G[q * K + k]!;
        G[p * K + k] = cs * gpk - sn * gqk;
        G[q * K + k] = sn * gpk + cs * gqk;
      }
      for (let k = 0; k < K; k++) {
        const ekp = E[k * K + p]!;
        const ekq = E[k * K + q]!;
        E[k * K + p] = cs * ekp - sn * ekq;
        E[k * K + q] = sn * ekp + cs * ekq;
      }
    }
}
const eig = Array.from({ length: K }, (_, a) => ({ a, v: G[a * K + a]! })).sort((x, y) => y.v - x.v).slice(0, DIM);
log(`top singular values: ${eig.slice(0, 5).map((e) => Math.sqrt(Math.max(0, e.v)).toFixed(1)).join(' ')}`);
// word vectors: U = Q E, scaled by sqrt(singular value) (eigenvalue weighting p = 0.5)
const vec = new Float32Array(V * DIM);
for (let t = 0; t < V; t++) {
  const out = t * DIM;
  for (let d = 0; d < DIM; d++) {
    const a = eig[d]!.a;
    let s = 0;
    for (let k = 0; k < K; k++) s += Y[t * K + k]! * E[k * K + a]!;
    vec[out + d] = s * Math.pow(Math.max(0, eig[d]!.v), 0.25);
  }
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += vec[out + d]! * vec[out + d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) vec[out + d] /= norm;
}
void total;
log('projected PPMI vectors');
if (vecFile) {
  const D = Math.min(VEC_DIMS, DIM);
  const pos = new Float64Array(D);
  const neg = new Float64Array(D);
  const np = new Float64Array(D);
  const nn = new Float64Array(D);
  for (let t = 0; t < V; t++) {
    for (let d = 0; d < D; d++) {
      const x = vec[t * DIM + d]!;
      if (x > 0) {
        pos[d] += x;
        np[d]!++;
      } else if (x < 0) {
        neg[d] += x;
        nn[d]!++;
      }
    }
  }
  for (let d = 0; d < D; d++) {
    pos[d] = np[d] ? pos[d]! / np[d]! : 0;
    neg[d] = nn[d] ? neg[d]! / nn[d]! : 0;
  }
  const rows: string[] = [
    '# Rasid NER binarized word embeddings (format: rasid-embcodes 1). Lines: word<TAB>codes, one character per dimension:',
    '# "+" above the mean of the positive values of the dimension, "-" below the mean of the negative values, "0" between (Guo et al. 2014).',
    `# Built by scripts/train-clusters.ts from SaudiNewsNet (Alshehri 2015, CC BY-NC-SA 4.0): ${articles} articles, ${n} tokens.`,
    `# Settings: seed=${SEED} minFreq=${MIN_FREQ} vocab=${V} ctx1=${CTX1} ctx2=${CTX2} dim=${DIM}, first ${D} dimensions; PPMI(alpha .75) + randomized truncated SVD, rows L2-normalized.`,
  ];
  for (let t = 0; t < V; t++) {
    let code = '';
    for (let d = 0; d < D; d++) {
      const x = vec[t * DIM + d]!;
      code += x > pos[d]! ? '+' : x < neg[d]! ? '-' : '0';
    }
    rows.push(`${forms[targets[t]!]}\t${code}`);
  }
  writeFileSync(vecFile, gzipSync(Buffer.from(rows.join('\n') + '\n', 'utf8'), { level: 9 }));
  log(`wrote ${vecFile}: ${V} words × ${D} codes`);
}

// ---- 4. hierarchical spherical k-means --------------------------------------
function kmeans(members: Int32Array, k: number): Int32Array {
  const m = members.length;
  const assign = new Int32Array(m);
  if (m <= k) {
    for (let i = 0; i < m; i++) assign[i] = i;
    return assign;
  }
  const cent = new Float32Array(k * DIM);
  // k-means++ seeding on (at most) 20k members, deterministic
  const sampleN = Math.min(m, 20000);
  const sample = new Int32Array(sampleN);
  for (let i = 0; i < sampleN; i++) sample[i] = members[Math.floor((i * m) / sampleN)]!;
  const best = new Float64Array(sampleN).fill(Infinity);
  let pick = sample[Math.floor(rand() * sampleN)]!;
  for (let c = 0; c < k; c++) {
    cent.set(vec.subarray(pick * DIM, pick * DIM + DIM), c * DIM);
    let sum = 0;
    for (let i = 0; i < sampleN; i++) {
      const o = sample[i]! * DIM;
      let dot = 0;
      for (let d = 0; d < DIM; d++) dot += vec[o + d]! * cent[c * DIM + d]!;
      const dist = Math.max(0, 1 - dot);
      if (dist < best[i]!) best[i] = dist;
      sum += best[i]!;
    }
    let r = rand() * sum;
    let chosen = sampleN - 1;
    for (let i = 0; i < sampleN; i++) {
      r -= best[i]!;
      if (r <= 0) {
        chosen = i;
        break;
      }
    }
    pick = sample[chosen]!;
  }
  for (let it = 0; it < ITERS; it++) {
    let changed = 0;
    for (let i = 0; i < m; i++) {
      const o = members[i]! * DIM;
      let bi = 0;
      let bv = -Infinity;
      for (let c = 0; c < k; c++) {
        const co = c * DIM;
        let dot = 0;
        for (let d = 0; d < DIM; d++) dot += vec[o + d]! * cent[co + d]!;
        if (dot > bv) {
          bv = dot;
          bi = c;
        }
      }
      if (assign[i] !== bi || it === 0) changed++;
      assign[i] = bi;
    }
    cent.fill(0);
    for (let i = 0; i < m; i++) {
      const o = members[i]! * DIM;
      const co = assign[i]! * DIM;
      for (let d = 0; d < DIM; d++) cent[co + d] += vec[o + d]!;
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < DIM; d++) norm += cent[c * DIM + d]! * cent[c * DIM + d]!;
      norm = Math.sqrt(norm);
      if (norm === 0) continue; // empty cluster keeps zero centroid
      for (let d = 0; d < DIM; d++) cent[c * DIM + d] /= norm;
    }
    if (changed === 0) break;
  }
  return assign;
}

const paths: string[] = new Array(V).fill('');
let groups: Int32Array[] = [Int32Array.from({ length: V }, (_, i) => i)];
for (let level = 0; level < LEVELS.length; level++) {
  const next: Int32Array[] = [];
  for (const g of groups) {
    const a = kmeans(g, LEVELS[level]!);
    const buckets: number[][] = Array.from({ length: LEVELS[level]! }, () => []);
    for (let i = 0; i < g.length; i++) {
      const w = g[i]!;
      paths[w] = level === 0 ? String(a[i]) : `${paths[w]}.${a[i]}`;
      buckets[a[i]!]!.push(w);
    }
    for (const b of buckets) if (b.length) next.push(Int32Array.from(b));
  }
  groups = next;
  log(`level ${level + 1}: ${groups.length} clusters`);
}

// ---- output -------------------------------------------------------------------
const header = [
  '# Rasid NER word clusters (format: rasid-clusters 1). Lines: word<TAB>path; path "a.b.c" = cluster ids at 3 granularities.',
  `# Built by scripts/train-clusters.ts from SaudiNewsNet (Alshehri 2015, CC BY-NC-SA 4.0): ${articles} articles, ${n} tokens.`,
  `# Settings: seed=${SEED} minFreq=${MIN_FREQ} vocab=${V} ctx1=${CTX1} ctx2=${CTX2} dim=${DIM} levels=${LEVELS.join('x')} iters=${ITERS}; PPMI(alpha .75) + randomized truncated SVD + hierarchical spherical k-means.`,
  '# Words are normalize() forms (src/text/normalize.ts).',
];
const lines = targets.map((id, t) => `${forms[id]}\t${paths[t]}`);
writeFileSync(outFile, header.join('\n') + '\n' + lines.join('\n') + '\n');
log(`wrote ${outFile}: ${V} words`);
