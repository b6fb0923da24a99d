import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CliticAnalyzer, loadCliticData, parseCliticData } from '../src/text/clitics.ts';
import { tokenize } from '../src/text/tokenize.ts';
import type { Word } from '../src/doc/types.ts';

const data = loadCliticData();
const an = new CliticAnalyzer(data);
const seg = (w: string) => an.segments(w).map((s) => `${s.text}:${s.role}`).join(' + ');

test('clitics: names and words that merely begin with clitic letters stay whole', () => {
  for (const w of ['وزير', 'بريطانيا', 'فرنسا', 'كندا', 'لندن', 'واشنطن', 'بغداد', 'ليبيا', 'كابول', 'فلسطين', 'وزارة', 'ولاية', 'بنك', 'بيان', 'كبير', 'فقط', 'لجنة', 'سيارة', 'سوريا', 'التزام', 'الذي', 'الله', 'كما', 'ذلك', 'هناك', 'وجه', 'اتجاه', 'مياه', 'واصل', 'وافق', 'فكرة', 'بيزل', 'بوشار']) {
    assert.equal(seg(w), `${w}:stem`, w);
  }
});

test('clitics: proclitics, article and enclitics split with the right roles', () => {
  const cases: [string, string][] = [
    ['وبريطانيا', 'و:conj + بريطانيا:stem'],
    ['بواشنطون', 'ب:prep + واشنطون:stem'],
    ['للولايات', 'ل:prep + ل:det + ولايات:stem'],
    ['وللولايات', 'و:conj + ل:prep + ل:det + ولايات:stem'],
    ['والصادرات', 'و:conj + ال:det + صادرات:stem'],
    ['وبالتالي', 'و:conj + ب:prep + ال:det + تالي:stem'],
    ['بالقاهرة', 'ب:prep + ال:det + قاهرة:stem'],
    ['الأمريكية', 'ال:det + أمريكية:stem'],
    ['وقال', 'و:conj + قال:stem'],
    ['وأضاف', 'و:conj + أضاف:stem'],
    // a protected word with a pronoun keeps its و (والد + هما, not و + ال + دهما)
    ['والدهما', 'والد:stem + هما:pron'],
    ['سيلتقي', 'س:fut + يلتقي:stem'],
    ['لأنه', 'ل:prep + أن:stem + ه:pron'],
    ['حكومته', 'حكومت:stem + ه:pron'],
    ['عليها', 'علي:stem + ها:pron'],
    ['إليه', 'إلي:stem + ه:pron'],
    ['بينهم', 'بين:stem + هم:pron'],
    ['نظيره', 'نظير:stem + ه:pron'],
    ['للقاء', 'ل:prep + لقاء:stem'],
  ];
  for (const [w, want] of cases) assert.equal(seg(w), want, w);
});

test('clitics: stems are normalized and restore ta marbuta / alef maqsura', () => {
  assert.equal(an.analyzeWord('حكومته').stem, 'حكومه');
  assert.equal(an.analyzeWord('مستواه').stem, 'مستوي');
  assert.equal(an.analyzeWord('للولايات').stem, 'ولايات');
  assert.equal(an.analyzeWord('وزير').stem, 'وزير');
});

test('clitics: word offsets are exact, with diacritics and tatweel, and cover the token', () => {
  const text = 'قالَ وَبِالتَّعاوُنِ مع حكومـتِهِ للولايات';
  const toks = tokenize(text);
  an.analyzeTokens(toks);
  for (const t of toks) {
    const ws = t.words;
    if (!ws) continue;
    assert.equal(ws[0]!.start, t.start);
    assert.equal(ws[ws.length - 1]!.end, t.end);
    for (let k = 0; k < ws.length; k++) {
      const w: Word = ws[k]!;
      assert.equal(text.slice(w.start, w.end), w.text);
      if (k) assert.equal(w.start, ws[k - 1]!.end);
    }
  }
  const w = toks.find((t) => t.text.startsWith('وَبِ'))!.words!;
  assert.deepEqual(w.map((x) => [x.text, x.norm, x.role]), [['وَ', 'و', 'conj'], ['بِ', 'ب', 'prep'], ['ال', 'ال', 'det'], ['تَّعاوُنِ', 'تعاون', 'stem']]);
  const h = toks.find((t) => t.text.startsWith('حكومـ'))!;
  assert.deepEqual(h.words!.map((x) => x.text), ['حكومـتِ', 'هِ']);
  assert.equal(h.stem, 'حكومه');
});

test('clitics: a lexicon hook (the actor knowledge base) informs splits', () => {
  assert.equal(seg('وفلانستان'), 'وفلانستان:stem');
  const withKb = new CliticAnalyzer(data, { isKnownStem: (n) => n === 'فلانستان' || n === 'بوشار' });
  assert.equal(withKb.segments('وفلانستان').map((s) => s.text).join('+'), 'و+فلانستان');
  assert.equal(withKb.segments('بفلانستان').map((s) => s.text).join('+'), 'ب+فلانستان');
  // a known whole word is never split
  assert.equal(withKb.segments('بوشار').length, 1);
});

test('clitics: data file format is checked', () => {
  assert.throws(() => parseCliticData('[proclitics]\nو conj\n', ''), /GAMMA/);
  assert.throws(() => parseCliticData('وزير\n', ''), /outside/);
  const d = parseCliticData('[protected]\nإلى\n[short]\nأن\n', 'في\t10\n');
  assert.ok(d.protected.has('إلي') && d.protected.has('الي'));
  assert.equal(d.freq.get('في'), 10);
});

test('clitics: non-word tokens are left alone; every Arabic word gets a stem', () => {
  const toks = tokenize('قال 33 ألف NATO، وبريطانيا');
  an.analyzeTokens(toks);
  for (const t of toks) {
    if (t.kind === 'word') assert.ok(typeof t.stem === 'string' && t.stem.length > 0);
    else assert.equal(t.stem, undefined);
  }
});
