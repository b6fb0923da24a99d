import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedTransitions, decoderFor, trainPerceptron, viterbi, Viterbi, type EncodedSentence } from '../src/ner/perceptron.ts';
import { toBio } from '../src/ner/labels.ts';
import { biasedF1, biasGroups, tuneLabelBias, type ScoredSentence } from '../src/ner/bias.ts';
import { NerTagger, parseAutoLexicon, parseModel, serializeModel, type ModelData } from '../src/ner/model.ts';
import { PhraseLexicon } from '../src/ner/lexicon.ts';
import { bioSpans, formatConllSentence, parseConll, scoreEntities } from '../src/ner/conll.ts';
import { historyFeatures } from '../src/ner/history.ts';
import { mulberry32 } from '../src/ner/random.ts';

const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC'];

function bruteForce(em: Float64Array, n: number, L: number, trans: Float64Array, allowed: Uint8Array): number[] {
  let best = -Infinity;
  let arg: number[] = [];
  const seq = new Array(n).fill(0);
  const rec = (i: number, prev: number, score: number) => {
    if (i === n) {
      if (score > best) {
        best = score;
        arg = [...seq];
      }
      return;
    }
    for (let c = 0; c < L; c++) {
      if (!allowed[prev * L + c]) continue;
      seq[i] = c;
      rec(i + 1, c, score + trans[prev * L + c]! + em[i * L + c]!);
    }
  };
  rec(0, L, 0);
  return arg;
}

test('allowed transitions follow BIO', () => {
  const ok = allowedTransitions(LABELS);
  const L = LABELS.length;
  const allowed = (p: string | null, c: string) => ok[(p === null ? L : LABELS.indexOf(p)) * L + LABELS.indexOf(c)] === 1;
  const table: [string | null, string, boolean][] = [
    [null, 'I-PERS', false],
    [null, 'B-PERS', true],
    ['O', 'I-LOC', false],
    ['B-PERS', 'I-PERS', true],
    ['I-PERS', 'I-PERS', true],
    ['B-PERS', 'I-LOC', false],
    ['I-LOC', 'B-PERS', true],
    ['B-LOC', 'O', true],
  ];
  for (const [p, c, want] of table) assert.equal(allowed(p, c), want, `${p} → ${c}`);
});

test('viterbi equals exhaustive search on random small problems', () => {
  const rand = mulberry32(42);
  const L = LABELS.length;
  const allowed = allowedTransitions(LABELS);
  for (let trial = 0; trial < 50; trial++) {
    const n = 1 + Math.floor(rand() * 5);
    const em = Float64Array.from({ length: n * L }, () => rand() * 4 - 2);
    const trans = Float64Array.from({ length: (L + 1) * L }, () => rand() * 2 - 1);
    const got = [...viterbi(em, n, L, trans, allowed)];
    assert.deepEqual(got, bruteForce(em, n, L, trans, allowed));
  }
});

test('one Viterbi instance reused over sentences of varying length gives the exhaustive-search result', () => {
  const rand = mulberry32(7);
  const L = LABELS.length;
  const allowed = allowedTransitions(LABELS);
  const dec = new Viterbi(allowed, L);
  for (const n of [6, 1, 3, 2, 5, 4, 1, 6]) {
    const em = Float64Array.from({ length: n * L }, () => rand() * 4 - 2);
    const trans = Float64Array.from({ length: (L + 1) * L }, () => rand() * 2 - 1);
    assert.deepEqual([...dec.decode(em, n, trans)], bruteForce(em, n, L, trans, allowed));
  }
});

test('label bias groups and tuning: a bias toward entities repairs under-predicted names', () => {
  const L = LABELS.length;
  const dec = new Viterbi(allowedTransitions(LABELS), L);
  assert.deepEqual(biasGroups(LABELS, 'type'), [[1, 2], [3, 4]]);
  assert.deepEqual(biasGroups(LABELS, 'o'), [[1, 2, 3, 4]]);
  assert.deepEqual(biasGroups(LABELS, 'bi'), [[1], [2], [3], [4]]);
  // every gold PERS token scores 0.6 below O; LOC tokens are right; O tokens prefer O by 2
  const rand = mulberry32(3);
  const data: ScoredSentence[] = [];
  for (let k = 0; k < 20; k++) {
    const gold = Int32Array.from([0, 1, 2, 0, 3, 0]);
    const em = new Float64Array(gold.length * L);
    gold.forEach((g, i) => {
      for (let c = 0; c < L; c++) em[i * L + c] = -2 + rand() * 0.1;
      em[i * L] = 0;
      if (g === 1 || g === 2) em[i * L + g] = -0.6;
      if (g === 3) em[i * L + 3] = 1;
    });
    data.push({ em, trans: new Float64Array((L + 1) * L), gold });
  }
  const r = tuneLabelBias(data, LABELS, dec, { mode: 'type', step: 0.25, range: 2 });
  assert.ok(r.before < r.after && r.after === 1, `F1 ${r.before} -> ${r.after}`);
  assert.equal(r.bias[0], 0);
  assert.ok(r.bias[1]! > 0.6 && r.bias[1] === r.bias[2], `PERS bias ${r.bias[1]}`);
  assert.equal(biasedF1(data, LABELS, r.bias, dec), r.after);
});

test('viterbi never outputs an invalid BIO sequence', () => {
  const L = LABELS.length;
  const allowed = allowedTransitions(LABELS);
  // emissions strongly prefer I-PERS everywhere
  const em = new Float64Array(3 * L);
  for (let i = 0; i < 3; i++) em[i * L + 2] = 10;
  const got = [...viterbi(em, 3, L, new Float64Array((L + 1) * L), allowed)].map((k) => LABELS[k]);
  assert.deepEqual(got, ['B-PERS', 'I-PERS', 'I-PERS']);
});

test('perceptron learns a tiny separable task', () => {
  // features: 0 = "capitalised name word", 1 = "place word", 2 = "other", 3 = "follows a name word"
  const mk = (feats: number[][], gold: string[]): EncodedSentence => {
    const ids: number[] = [];
    const offsets = [0];
    for (const f of feats) {
      ids.push(...f);
      offsets.push(ids.length);
    }
    return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: Int32Array.from(gold, (g) => LABELS.indexOf(g)) };
  };
  const data = [
    mk([[2], [0], [0, 3], [2], [1]], ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']),
    mk([[0], [2], [1]], ['B-PERS', 'O', 'B-LOC']),
    mk([[1], [2], [0], [0, 3]], ['B-LOC', 'O', 'B-PERS', 'I-PERS']),
    mk([[0], [2]], ['B-PERS', 'O']),
  ];
  const r = trainPerceptron(data, 4, LABELS, { epochs: 40, seed: 1 });
  const L = LABELS.length;
  const allowed = allowedTransitions(LABELS);
  for (const s of data) {
    const n = s.gold.length;
    const em = new Float64Array(n * L);
    for (let i = 0; i < n; i++) for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) for (let c = 0; c < L; c++) em[i * L + c] += r.weights[s.ids[k]! * L + c]!;
    assert.deepEqual([...viterbi(em, n, L, r.trans, allowed)], [...s.gold]);
  }
  // deterministic for a seed
  const r2 = trainPerceptron(data, 4, LABELS, { epochs: 40, seed: 1 });
  assert.deepEqual([...r2.weights], [...r.weights]);
});

function tinyModel(): ModelData {
  const L = LABELS.length;
  const features = ['b', 'w0=كيري', 'w0=بروكسل', 'w-1=في', 'w0=جون', 'w+1=كيري'];
  const weights = new Float32Array(features.length * L);
  const set = (f: string, label: string, v: number) => (weights[features.indexOf(f) * L + LABELS.indexOf(label)] = v);
  set('b', 'O', 1);
  set('w0=كيري', 'I-PERS', 3);
  set('w0=كيري', 'B-PERS', 2);
  set('w0=جون', 'B-PERS', 3);
  set('w+1=كيري', 'B-PERS', 1);
  set('w0=بروكسل', 'B-LOC', 2);
  set('w-1=في', 'B-LOC', 1);
  const gaz = new PhraseLexicon();
  gaz.add('بروكسل', 'LOC');
  return { header: { labels: LABELS, seed: 1, credits: ['test'] }, features, weights, trans: new Float32Array((L + 1) * L), gazetteer: gaz, triggers: new PhraseLexicon() };
}

test('model: save/load round trip keeps weights, lexicons and tagging', () => {
  const m = tinyModel();
  const back = parseModel(serializeModel(m));
  assert.deepEqual(back.features, m.features);
  assert.deepEqual([...back.weights], [...m.weights]);
  assert.deepEqual([...back.trans], [...m.trans]);
  assert.deepEqual(back.gazetteer.entries(), m.gazetteer.entries());
  assert.equal(back.header.seed, 1);
  assert.equal(back.stage2, undefined);
  const a = new NerTagger(m, {});
  const b = new NerTagger(back, {});
  const sent = ['قال', 'جون', 'كيري', 'في', 'بروكسل'];
  assert.deepEqual(a.tag(sent), ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']);
  assert.deepEqual(b.tag(sent), a.tag(sent));
  // with a second pass
  const two: ModelData = { ...m, stage2: { features: m.features, weights: m.weights, trans: m.trans } };
  const back2 = parseModel(serializeModel(two));
  assert.ok(back2.stage2);
  assert.deepEqual(new NerTagger(back2, {}).tagDocument([sent, sent]), [a.tag(sent), a.tag(sent)]);
});

test('model: the induced lexicon survives a round trip and feeds the al features', () => {
  const m = { ...tinyModel(), autoLexicon: parseAutoLexicon('# header\nPERS\tكيري\t0.91\t120\nLOC\tبروكسل\t0.55\t40\n') };
  assert.deepEqual([...m.autoLexicon!], [['كيري', 'PERS+'], ['بروكسل', 'LOC']]);
  const back = parseModel(serializeModel(m));
  assert.deepEqual([...back.autoLexicon!].sort(), [...m.autoLexicon!].sort());
  const fx = new NerTagger(back, {}).extractor;
  const f = fx.extract(['جون', 'كيري', 'في', 'بروكسل']);
  assert.ok(f[1]!.includes('al0=PERS+'));
  assert.ok(f[0]!.includes('al+1=PERS+'));
  assert.ok(f[3]!.includes('al0=LOC'));
});

test('model: corrupt files fail with E_MODEL_INVALID', () => {
  assert.throws(() => parseModel(Buffer.from('not gzip')), { code: 'E_MODEL_INVALID' });
  const good = serializeModel(tinyModel());
  assert.throws(() => parseModel(good.subarray(0, good.length - 40)), (e: { code?: string }) => e.code === 'E_MODEL_INVALID');
});

test('conll: parse, spans and entity-level scores', () => {
  const s = parseConll('جون B-PERS\nكيري I-PERS\nفي O\n\n\nبروكسل B-LOC\r\n.\n');
  assert.deepEqual(s.map((x) => x.tokens), [['جون', 'كيري', 'في'], ['بروكسل', '.']]);
  assert.deepEqual(s[1]!.tags, ['B-LOC', 'O']);
  assert.equal(formatConllSentence(['a', 'b'], ['O', 'B-LOC']), 'a\tO\nb\tB-LOC\n\n');
  assert.deepEqual(bioSpans(['I-LOC', 'I-LOC', 'O', 'B-PERS', 'I-ORG']), [
    { type: 'LOC', start: 0, end: 2 },
    { type: 'PERS', start: 3, end: 4 },
    { type: 'ORG', start: 4, end: 5 },
  ]);
  const sc = scoreEntities([['B-PERS', 'I-PERS', 'O', 'B-LOC']], [['B-PERS', 'O', 'O', 'B-LOC']]);
  assert.deepEqual([sc.byType.PERS!.tp, sc.byType.PERS!.fp, sc.byType.PERS!.fn], [0, 1, 1]);
  assert.deepEqual([sc.byType.LOC!.tp, sc.overall.tp, sc.overall.fp, sc.overall.fn], [1, 1, 1, 1]);
  assert.equal(sc.overall.f1, 0.5);
});

test('history: a name found in one sentence is remembered in the others, not in its own', () => {
  const base = [['قال', 'ابوالنجا'], ['وصلت', 'فايزه', 'ابوالنجا'], ['ابوالنجا']];
  const tags = [['O', 'O'], ['O', 'B-PERS', 'I-PERS'], ['O']];
  const h = historyFeatures(base, tags, 5);
  assert.ok(h[0]![1]!.includes('h=PERS'));
  assert.ok(h[0]![1]!.includes('hp=B-PERS') === false); // the phrase "فايزه ابوالنجا" is not there
  assert.ok(!h[1]![2]!.includes('h=PERS'), 'own sentence excluded');
  assert.ok(h[2]![0]!.includes('h=PERS'));
  assert.ok(h[0]![0]!.includes('m1=O'));
  // beyond the window nothing is remembered
  const far = historyFeatures(base, tags, 0);
  assert.ok(!far[0]![1]!.some((f) => f.startsWith('h=')));
});

test('crf: learns the tiny task too, deterministically', async () => {
  const { trainCrf } = await import('../src/ner/crf.ts');
  const mk = (feats: number[][], gold: string[]): EncodedSentence => {
    const ids: number[] = [];
    const offsets = [0];
    for (const f of feats) {
      ids.push(...f);
      offsets.push(ids.length);
    }
    return { ids: Int32Array.from(ids), offsets: Int32Array.from(offsets), gold: Int32Array.from(gold, (g) => LABELS.indexOf(g)) };
  };
  const data = [
    mk([[2], [0], [0, 3], [2], [1]], ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC']),
    mk([[0], [2], [1]], ['B-PERS', 'O', 'B-LOC']),
    mk([[1], [2], [0], [0, 3]], ['B-LOC', 'O', 'B-PERS', 'I-PERS']),
  ];
  const opts = { epochs: 60, seed: 3, c2: 0.01, eta0: 0.5 };
  const r = trainCrf(data, 4, LABELS, opts);
  const L = LABELS.length;
  const allowed = allowedTransitions(LABELS);
  for (const s of data) {
    const n = s.gold.length;
    const em = new Float64Array(n * L);
    for (let i = 0; i < n; i++) for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) for (let c = 0; c < L; c++) em[i * L + c] += r.weights[s.ids[k]! * L + c]!;
    assert.deepEqual([...viterbi(em, n, L, r.trans, allowed)], [...s.gold]);
  }
  assert.deepEqual([...trainCrf(data, 4, LABELS, opts).weights], [...r.weights]);
});

const BIOES_SMALL = ['O', 'B-PERS', 'I-PERS', 'E-PERS', 'S-PERS', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC'];

for (const [scheme, labels] of [['BIO', LABELS], ['BIOES', BIOES_SMALL]] as const) {
  test(`tagger (${scheme} model): the fast path (cached word sums, integer context rows, history codes) equals decoding the feature strings`, async () => {
    const { FeatureExtractor } = await import('../src/ner/features.ts');
    const { historyFeatures: hf } = await import('../src/ner/history.ts');
    const gaz = new PhraseLexicon();
    gaz.add('بروكسل', 'LOC');
    gaz.add('جون كيري', 'PERS');
    // a phrase with two labels, added in the reverse of the model section's sorted order: training
    // and the tagger must name its features alike ("g0=B-LOC/PERS")
    gaz.add('جون كيري', 'LOC');
    const trig = new PhraseLexicon();
    trig.add('وزير الخارجيه', 'PTITLE');
    trig.add('قال', 'SAY');
    const actorWords = new Map([['كيري', 'PER1 PERp']]);
    const autoLexicon = new Map([['بروكسل', 'LOC+']]);
    const { NameLikeModel } = await import('../src/ner/namelike.ts');
    const nameLike = NameLikeModel.parse('!classes\tPERS\tLOC\tORG\tO\n!total\t20\t20\t20\t20\n!vocab\t40\n^ك\t5\t0\t0\t1\nري\t4\t0\t1\t0\nكس\t0\t6\t0\t0\n^ق\t0\t0\t0\t7\n');
    const docs = [
      ['قال وزير الخارجية جون كيري في بروكسل .', 'وصل كيري إلى بروكسل', 'كيري | قال'],
      ['ومن بروكسل قال جون كيري', 'جون'],
      ['قال برنامج « الناس وانا » و " كيري " في بروكسل', "عمل ' ' يونيفل ' ' و « غير مغلق"],
    ].map((d) => d.map((s) => s.split(' ')));
    // every feature string the extractor and the history produce gets a random weight
    const fx = new FeatureExtractor({ gazetteer: gaz, triggers: trig, autoLexicon, actorWords, nameLike, options: { clusterBigrams: true, quotes: true } });
    const rand = mulberry32(7);
    const L = labels.length;
    const out = labels.map(toBio);
    const feats = new Set<string>();
    for (const d of docs) for (const s of d) for (const f of fx.extract(s)) for (const x of f) feats.add(x);
    for (const t of LABELS.concat('<s>', '</s>')) ['m1=', 'm1-1=', 'm1+1='].forEach((p) => feats.add(p + t));
    for (const ty of ['PERS', 'LOC']) for (const x of ['h=' + ty, `hn=${ty}1`, `hn=${ty}2`, 'hp=B-' + ty, 'hp=I-' + ty, ...LABELS.map((l) => `hm=${ty}|${l}`)]) feats.add(x);
    for (const ty of ['PERS', 'LOC']) feats.add('h-1=' + ty).add('h+1=' + ty);
    const features = [...feats];
    const rw = () => Float32Array.from({ length: features.length * L }, () => Math.round((rand() * 4 - 2) * 64) / 64);
    const trans = Float32Array.from({ length: (L + 1) * L }, () => Math.round((rand() * 2 - 1) * 64) / 64);
    const model: ModelData = { header: { labels: [...labels], historyWindow: 3, historyNeighbours: true, featureOptions: { clusterBigrams: true, quotes: true } }, features, weights: rw(), trans, stage2: { features, weights: rw(), trans }, gazetteer: gaz, triggers: trig, autoLexicon, actorWords };
    const tagger = new NerTagger(parseModel(serializeModel(model)), { nameLike });
    assert.ok(features.some((f) => f.startsWith('nl0=')) && features.some((f) => f.startsWith('nl+1=')), 'name-likeness features present');
    const index = new Map(features.map((f, i) => [f, i]));
    const decoder = decoderFor(labels);
    const decode = (fs: string[][], w: Float32Array) => {
      const n = fs.length;
      const em = new Float64Array(n * L);
      fs.forEach((f, i) => f.forEach((x) => { const id = index.get(x); if (id !== undefined) for (let c = 0; c < L; c++) em[i * L + c] += w[id * L + c]!; }));
      return [...decoder.decode(em, n, trans)].map((k) => out[k]!);
    };
    for (const d of docs) {
      const ex = d.map((s) => fx.extractWithBase(s));
      const first = ex.map((e) => decode(e.feats, model.weights));
      const hist = hf(ex.map((e) => e.base), first, 3, true);
      const want = ex.map((e, k) => decode(e.feats.map((f, i) => f.concat(hist[k]![i]!)), model.stage2!.weights));
      assert.deepEqual(tagger.tagDocument(d), want);
      assert.deepEqual(tagger.tagDocument(d), want, 'again, from the word cache');
    }
  });
}
