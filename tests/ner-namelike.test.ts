import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { nameNgrams, NameLikeModel } from '../src/ner/namelike.ts';
import { FeatureExtractor } from '../src/ner/features.ts';
import { dataPath } from '../src/util/paths.ts';
import { normalize } from '../src/text/normalize.ts';

const TOY = ['!classes\tPERS\tLOC\tORG\tO', '!total\t30\t30\t30\t30', '!vocab\t50', '^جو\t6\t0\t0\t0', 'ون$\t5\t0\t0\t1', '^ال\t1\t4\t4\t9', 'يا$\t0\t8\t0\t0', 'ة$\t0\t1\t2\t9'].join('\n');

test('namelike: n-grams of 2 to 4 letters with boundary marks', () => {
  assert.deepEqual(nameNgrams('اب'), ['^ا', 'اب', 'ب$', '^اب', 'اب$', '^اب$']);
  const g = nameNgrams('جون');
  assert.equal(g.length, 4 + 3 + 2);
  assert.ok(g.includes('^جو') && g.includes('ون$'));
});

test('namelike: the class with the most likely n-grams is on top, with a confidence bucket', () => {
  const m = NameLikeModel.parse(TOY);
  const cases: [string, string][] = [
    ['جون', 'PERS'],
    ['سوريا', 'LOC'],
    ['الحكومة', 'O'],
  ];
  for (const [w, top] of cases) {
    assert.equal(m.score(w).top, top, w);
    assert.match(m.feature(w)!, new RegExp(`^${top}[0-3]$`));
  }
  assert.ok(m.score('جون').margin > 0);
});

test('namelike: scores equal the mean log-likelihood over the n-gram strings, letters the model never saw included', () => {
  const m = NameLikeModel.parse(TOY);
  // the definition, from the file: log((count + 0.5) / (total + 0.5 × vocab)) per class, unseen n-grams count 0
  const counts = new Map<string, number[]>();
  for (const line of TOY.split('\n')) if (!line.startsWith('!')) counts.set(line.split('\t')[0]!, line.split('\t').slice(1).map(Number));
  const expected = (w: string) => {
    const grams = nameNgrams(w);
    return [0, 1, 2, 3].map((k) => grams.reduce((s, g) => s + Math.log((counts.get(g)?.[k] ?? 0) + 0.5) - Math.log(30 + 0.5 * 50), 0) / grams.length);
  };
  for (const w of ['جون', 'جونيا', 'xجوx', 'ة', 'ژون', 'الحكومة', 'a']) {
    const got = [...m.scores(w)];
    const want = expected(w);
    for (let k = 0; k < 4; k++) assert.ok(Math.abs(got[k]! - want[k]!) < 1e-12, `${w} class ${k}: ${got[k]} vs ${want[k]}`);
  }
});

test('namelike: a malformed file is a typed error', () => {
  assert.throws(() => NameLikeModel.parse('^جو\t1\t2\t3\t4\n'), /E_MODEL_INVALID|classes/);
});

test('namelike: features nl0 / nl-1 / nl+1 on Arabic words only, from the clitic-stripped base', () => {
  const m = NameLikeModel.parse(TOY);
  const fx = new FeatureExtractor({ nameLike: m });
  const f = fx.extract(['قال', 'وجون', '2014']);
  const nl = (i: number) => f[i]!.filter((x) => x.startsWith('nl'));
  assert.ok(nl(1).some((x) => x.startsWith('nl0=PERS')), nl(1).join(' '));
  assert.ok(nl(0).some((x) => x.startsWith('nl+1=PERS')));
  assert.ok(nl(2).some((x) => x.startsWith('nl-1=PERS')));
  assert.ok(!nl(2).some((x) => x.startsWith('nl0=')), 'digits get no name likeness');
});

const SHIPPED = dataPath('models', 'ner-namelike.tsv');
test('namelike: the shipped model separates names from ordinary words', { skip: !existsSync(SHIPPED) }, () => {
  const m = NameLikeModel.parse(readFileSync(SHIPPED, 'utf8'));
  const ordinary = ['الاجتماع', 'الاقتصادية', 'يقول', 'عندما'];
  const names = ['شوارزنيغر', 'فيرناندو', 'ماكسيميليان', 'نيستلروي'];
  for (const w of ordinary) assert.equal(m.score(normalize(w)).top, 'O', w);
  for (const w of names) assert.notEqual(m.score(normalize(w)).top, 'O', w);
});
