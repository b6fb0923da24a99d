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
