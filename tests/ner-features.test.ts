import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeClitics, type Vocabulary } from '../src/ner/clitics.ts';
import { FeatureExtractor } from '../src/ner/features.ts';
import { ClusterTable, EmbeddingCodes, PhraseLexicon } from '../src/ner/lexicon.ts';
import { normalize } from '../src/text/normalize.ts';

const vocab = (words: string[]): Vocabulary => {
  const m = new Map(words.map((w, i) => [w, i]));
  return { rank: (w) => m.get(w) };
};

test('clitics: base and stem without a vocabulary (only certain splits)', () => {
  const cases: [string, string, string, string][] = [
    // token, pre, base, stem
    ['وبالعراق', 'وب', 'العراق', 'عراق'],
    ['للعراق', 'ل', 'العراق', 'عراق'],
    ['والولايات', 'و', 'الولايات', 'ولايات'],
    ['فالحكومة', 'ف', 'الحكومه', 'حكومه'],
    ['وكالة', '', 'وكاله', 'وكاله'],
    ['وزير', '', 'وزير', 'وزير'],
    ['بريطانيا', '', 'بريطانيا', 'بريطانيا'],
    ['ببروكسل', '', 'ببروكسل', 'ببروكسل'],
    ['الهند', '', 'الهند', 'هند'],
  ];
  for (const [tok, pre, base, stem] of cases) {
    const a = analyzeClitics(normalize(tok));
    assert.deepEqual([a.pre, a.base, a.stem], [pre, base, stem], tok);
  }
});

test('clitics: a vocabulary licenses single-letter proclitics and enclitics', () => {
  const v = vocab(['في', 'بروكسل', 'وزير', 'زير', 'حكومت', 'كندا', 'ندا']);
  const cases: [string, string, string][] = [
    ['ببروكسل', 'ب', 'بروكسل'],
    ['وزير', '', 'وزير'], // "زير" is rarer than "وزير"
    ['كندا', '', 'كندا'],
  ];
  for (const [tok, pre, base] of cases) {
    const a = analyzeClitics(normalize(tok), v);
    assert.deepEqual([a.pre, a.base], [pre, base], tok);
  }
  assert.equal(analyzeClitics('حكومتها', v).stem, 'حكومت');
});

test('features: templates for a token in context', () => {
  const gaz = new PhraseLexicon();
  gaz.add('جون كيري', 'PERS');
  const trig = new PhraseLexicon();
  trig.add('وزير الخارجيه', 'PTITLE');
  const clusters = ClusterTable.parse('# test\nكيري\t3.1.4\nجون\t3.1.2\n');
  const fx = new FeatureExtractor({ gazetteer: gaz, triggers: trig, clusters });
  const toks = ['وزير', 'الخارجية', 'جون', 'كيري', '.'];
  const f = fx.extract(toks);
  assert.equal(f.length, toks.length);
  const has = (i: number, feat: string) => assert.ok(f[i]!.includes(feat), `token ${i} lacks ${feat}: ${f[i]!.join(' ')}`);
  const lacks = (i: number, prefix: string) => assert.ok(!f[i]!.some((x) => x.startsWith(prefix)), `token ${i} has ${prefix}`);
  const table: [number, string][] = [
    [2, 'b'],
    [2, 'w0=جون'],
    [2, 'w-1=الخارجيه'],
    [2, 'w-2=وزير'],
    [2, 'w+1=كيري'],
    [2, 'w+2=.'],
    [2, 'wb-=الخارجيه|جون'],
    [2, 'g0=B-PERS'],
    [3, 'g0=I-PERS'],
    [2, 'ta=PTITLE'],
    [3, 'ta2=PTITLE'],
    [0, 't0=PTITLE'],
    [1, 't0=PTITLE'],
    [2, 't-1=PTITLE'],
    [3, 'c0.0=3'],
    [3, 'c0.1=3.1'],
    [3, 'c0.2=3.1.4'],
    [3, 'c-1.0=3'],
    [2, 'c+1.1=3.1'],
    [1, 'st0=خارجيه'],
    [1, 'pc=+ال'],
    [1, 'x2=يه'],
    [1, 'p2=خا'],
    [0, 'w-1=<s>'],
    [0, 'w-2=<s>'],
    [4, 'w+1=</s>'],
    [4, 'sh=P1'],
    [3, 'sh=A5'],
    [1, 'c0=none'],
  ];
  for (const [i, feat] of table) has(i, feat);
  lacks(0, 'g0=');
  lacks(4, 'c0.');
});

test('features: extract() equals word roles plus context features', () => {
  const fx = new FeatureExtractor({});
  const toks = ['قال', 'الرئيس', 'إن', 'الوضع', 'صعب'];
  const all = fx.extract(toks);
  const info = fx.analyze(toks);
  const roles = info.map((t) => fx.wordRoles(t));
  const ctx = fx.contextFeatures(info, info.map((t) => t.clitics.base));
  for (let i = 0; i < toks.length; i++) {
    const expect = [...ctx[i]!, ...roles[i]!.self];
    if (i > 0) expect.push(...roles[i - 1]!.p1);
    if (i > 1) expect.push(...roles[i - 2]!.p2);
    if (i + 1 < toks.length) expect.push(...roles[i + 1]!.n1);
    if (i + 2 < toks.length) expect.push(...roles[i + 2]!.n2);
    assert.deepEqual([...all[i]!].sort(), expect.sort());
  }
});

test('phrase lexicon: longest match', () => {
  const lex = new PhraseLexicon();
  lex.add('الامم', 'X');
  lex.add('الامم المتحده', 'ORG');
  lex.add('الامم المتحده للطفوله', 'ORG');
  assert.deepEqual(lex.matchAt(['الامم', 'المتحده', 'في'], 0), { len: 2, labels: ['ORG'] });
  assert.deepEqual(lex.matchAt(['الامم', 'في'], 0), { len: 1, labels: ['X'] });
  assert.equal(lex.matchAt(['في', 'الامم'], 0), null);
  assert.deepEqual(PhraseLexicon.fromEntries(lex.entries()).entries(), lex.entries());
});

test('phrase lexicon: a phrase\'s labels are sorted whatever the order they were added in, and survive serialization', () => {
  const a = new PhraseLexicon();
  a.add('عمر', 'PERS');
  a.add('عمر', 'LOC');
  a.add('عمر', 'PERS');
  const b = new PhraseLexicon();
  b.add('عمر', 'LOC');
  b.add('عمر', 'PERS');
  assert.deepEqual(a.get('عمر'), ['LOC', 'PERS']);
  assert.deepEqual(b.get('عمر'), ['LOC', 'PERS']);
  assert.deepEqual(PhraseLexicon.fromEntries(a.entries()).matchAt(['عمر'], 0), { len: 1, labels: ['LOC', 'PERS'] });
});

test('actor word labels: one-word names and words of longer names, by kind; agents, generic bodies and ambiguous forms left out', async () => {
  const { actorWordLabels } = await import('../src/ner/actor-lexicon.ts');
  const e = (id: string, kind: string, names: string[], extra: Record<string, unknown> = {}) => ({ id, kind, code: '', country: null, sector: null, name: { ar: names[0] }, names, source: 'test', ...extra });
  const kb = {
    entries: [
      e('p1', 'person', ['جون كيري'], { short: ['كيري'] }),
      e('c1', 'country', ['فرنسا']),
      e('o1', 'organization', ['الأمم المتحدة', 'أمل'], { ambiguous: ['أمل'] }),
      e('a1', 'agent', ['المتحدث']),
      e('g1', 'gov_body', ['وزارة الخارجية'], { generic: true }),
    ],
  } as unknown as import('../src/actors/kb.ts').ActorKB;
  const m = actorWordLabels(kb);
  assert.equal(m.get('كيري'), 'PER1 PERp');
  assert.equal(m.get('جون'), 'PERp');
  assert.equal(m.get('فرنسا'), 'LOC1');
  assert.equal(m.get('الامم'), 'ORGp');
  for (const w of ['امل', 'المتحدث', 'وزاره']) assert.equal(m.has(w), false, w);
  // as features: the word's own labels, the neighbours' kinds
  const fx = new FeatureExtractor({ actorWords: m });
  const f = fx.extract(['قال', 'كيري', 'في', 'فرنسا']);
  assert.ok(f[1]!.includes('ak0=PER1') && f[1]!.includes('ak0=PERp'));
  assert.ok(f[0]!.includes('ak+1=PER'));
  assert.ok(f[2]!.includes('ak-1=PER') && f[2]!.includes('ak+1=LOC'));
});

test('embedding codes: parsed from word<TAB>codes, one feature per non-zero dimension (e0, and e±1 with the option)', () => {
  const emb = EmbeddingCodes.parse('# header\nكيري\t+0-\nقال\t00+\n');
  assert.equal(emb.size, 2);
  assert.equal(emb.dims, 3);
  assert.equal(emb.get('كيري'), '+0-');
  assert.throws(() => EmbeddingCodes.parse('كيري\t+0-\nقال\t0+\n'), /bad embedding-code line/);
  const feats = (neighbours: boolean) => new FeatureExtractor({ embeddings: emb, options: { embeddingNeighbours: neighbours } }).extract(['قال', 'كيري']).map((f) => f.filter((x) => /^e[-+0]/.test(x)).sort());
  assert.deepEqual(feats(false), [['e0=2+'], ['e0=0+', 'e0=2-']]);
  assert.deepEqual(feats(true), [['e+1=0+', 'e+1=2-', 'e0=2+'], ['e-1=2+', 'e0=0+', 'e0=2-']]);
});

test('quoteSpans: short closed quoted spans, position and the word before the opening mark', async () => {
  const { quoteSpans } = await import('../src/ner/features.ts');
  const cases: [string, number[], number[]][] = [
    ['برنامج « الناس وانا » اليوم', [0, 0, 1, 2, 0, 0], [-1, -1, 0, 0, -1, -1]],
    ["عمل ' ' يونيفل ' ' .", [0, 0, 0, 1, 0, 0, 0], [-1, -1, -1, 0, -1, -1, -1]],
    ['« غير مغلق', [0, 0, 0], [-1, -1, -1]],
    ['" ا ب ج د ه و ز "', [0, 0, 0, 0, 0, 0, 0, 0, 0], [-1, -1, -1, -1, -1, -1, -1, -1, -1]],
    ['" "', [0, 0], [-1, -1]],
  ];
  for (const [s, pos, head] of cases) {
    const r = quoteSpans(s.split(' '));
    assert.deepEqual([...r.pos], pos, s);
    assert.deepEqual([...r.head], head, s);
  }
});
