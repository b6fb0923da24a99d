/**
 * `npm run train:clusters`: unsupervised word clusters for the NER tagger, learned by our own code
 * from unlabeled Arabic news (SaudiNewsNet, ../shared/data/news/saudinewsnet/articles.jsonl.gz).
 *
 * Method (docs/ner.md):
 *  1. Tokenize every article with src/text/tokenize.ts; a word is its normalized form (normalize()).
 *     Numbers become "<num>", each paragraph is bounded by "<s>".
 *  2. Context counts: for every word with frequency >= MIN_FREQ, counts of the top CTX1 forms at
 *     positions -1 and +1 and of the top CTX2 forms at -2 and +2 (dense rows, one block a position).
 *  3. Positive PMI with context-distribution smoothing (alpha 0.75), then a seeded Gaussian random
 *     projection to DIM dimensions, rows L2-normalized.
 *  4. Hierarchical spherical k-means (seeded k-means++ then Lloyd iterations): LEVELS branching
 *     factors, so each word gets a path "a.b.c" whose prefixes are clusters at three granularities.
 *
 * Output: data/models/ner-clusters.tsv — header lines starting with "#" (provenance, settings),
 * then `word<TAB>path`. Deterministic for a seed. Run: node --import tsx scripts/train-clusters.ts [--seed N]
 */
import { createReadStream, writeFileSync, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { tokenize } from '../src/text/tokenize.ts';
import { dataPath, SHARED_ROOT } from '../src/util/paths.ts';
import { mulberry32 } from '../src/ner/random.ts';

const args = process.argv.slice(2);
const argVal = (name: string, def: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const SEED = argVal('--seed', 7);
const MIN_FREQ = argVal('--min-freq', 4);
const MAX_VOCAB = argVal('--max-vocab', 200000);
const CTX1 = argVal('--ctx1', 1500);
const CTX2 = argVal('--ctx2', 500);
const DIM = argVal('--dim', 160);
const LIMIT = argVal('--limit', Infinity);
const LEVELS = [32, 16, 8];
const ITERS = 12;

const input = path.join(SHARED_ROOT, 'data/news/saudinewsnet/articles.jsonl.gz');
const outFile = dataPath('models', 'ner-clusters.tsv');
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
const proj = new Float32Array(W * DIM);
for (let k = 0; k < proj.length; k++) proj[k] = gauss();
const vec = new Float32Array(V * DIM);
for (let t = 0; t < V; t++) {
  const row = t * W;
  const out = t * DIM;
  const rs = rowSum[t]!;
  if (!rs) continue;
  for (let c = 0; c < W; c++) {
    const x = counts[row + c]!;
    if (!x) continue;
    const pmi = Math.log((x * colPowTotal) / (rs * colPow[c]!));
    if (pmi <= 0) continue;
    const p = c * DIM;
    for (let d = 0; d < DIM; d++) vec[out + d] += pmi * proj[p + d]!;
  }
  let norm = 0;
  for (let d = 0; d < DIM; d++) norm += vec[out + d]! * vec[out + d]!;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < DIM; d++) vec[out + d] /= norm;
}
void total;
log('projected PPMI vectors');

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
  `# Settings: seed=${SEED} minFreq=${MIN_FREQ} vocab=${V} ctx1=${CTX1} ctx2=${CTX2} dim=${DIM} levels=${LEVELS.join('x')} iters=${ITERS}; PPMI(alpha .75) + Gaussian random projection + hierarchical spherical k-means.`,
  `# Words are normalize() forms (src/text/normalize.ts). Built ${new Date().toISOString().slice(0, 10)}.`,
];
const lines = targets.map((id, t) => `${forms[id]}\t${paths[t]}`);
writeFileSync(outFile, header.join('\n') + '\n' + lines.join('\n') + '\n');
log(`wrote ${outFile}: ${V} words`);
