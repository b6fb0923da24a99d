import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprint, hamming, NEAR_DISTANCE } from '../src/corpus/fingerprint.ts';
import { SearchText, makeSnippet } from '../src/corpus/searchtext.ts';
import { article } from './corpus-fixtures.ts';

const st = SearchText.load();

test('query and document forms meet on the same stem (clitics, suffixes, broken plurals, diacritics)', () => {
  const cases: [string, string][] = [
    ['الهجمات', 'هجمات'],
    ['الهجمات', 'هجوم'],
    ['هجوم', 'بالهجمات'],
    ['الدولة', 'والدول'],
    ['وزراء', 'الوزير'],
    ['المسؤولين', 'مسؤول'],
    ['السعودية', 'السعودي'],
    ['الولايات', 'ولاية'],
    ['غزّة', 'غزة'],
    ['إيران', 'ايران'],
    ['الاتفاقيات', 'اتفاق'],
  ];
  for (const [q, doc] of cases) {
    const qt = st.query(q)[0]!;
    const idx = st.index(doc);
    const found = idx.body.split(' ').includes(qt.norm) || idx.stem.split(' ').includes(qt.stem);
    assert.ok(found, `${q} should find ${doc} (query stem ${qt.stem}, doc stems ${idx.stem})`);
  }
});

test('different words keep different stems', () => {
  const pairs: [string, string][] = [
    ['الهجمات', 'الدول'],
    ['وزير', 'سفير'],
    ['إيران', 'العراق'],
  ];
  for (const [a, b] of pairs) assert.notEqual(st.stemOf(st.terms(a)[0]!), st.stemOf(st.terms(b)[0]!));
});

test('a bare one-letter proclitic indexes both readings; stopwords drop from mixed queries', () => {
  assert.ok(st.index('بهجوم').stem.split(' ').includes('هجوم'));
  assert.ok(st.index('وقال').stem.split(' ').includes('قال'));
  assert.deepEqual(st.query('الهجوم في غزة').map((t) => t.norm), ['الهجوم', 'غزه']);
  assert.deepEqual(st.query('في').map((t) => t.norm), ['في']);
});

test('highlight spans point into the original text and the snippet marks them', () => {
  const text = 'قال مسؤولون إنّ الهجماتِ على غزّة استمرت، وأكد الهجوم الأخير.';
  const spans = st.matches(text, st.query('هجوم'));
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['الهجماتِ', 'الهجوم']);
  const snip = makeSnippet(text, spans, { open: '<b>', close: '</b>' });
  assert.ok(snip.includes('<b>الهجماتِ</b>') && snip.includes('<b>الهجوم</b>'), snip);
});

test('snippets are linear on a 1 MB line', () => {
  const big = 'كلمة '.repeat(200_000) + 'هجوم';
  const t0 = Date.now();
  const spans = st.matches(big, st.query('هجوم'));
  assert.equal(spans.length, 1);
  assert.ok(makeSnippet(big, spans).includes('[هجوم]'));
  assert.ok(Date.now() - t0 < 5000);
});

test('fingerprints: exact copies share the hash, small edits stay near, other texts are far', () => {
  const a = article(1, 200);
  const terms = (s: string) => st.terms(s);
  const fa = fingerprint(terms(a));
  assert.equal(fingerprint(terms(a.replace(/\n/g, ' \n  ').replace(/الوزير/g, 'الوَزير'))).contentHash, fa.contentHash);
  const words = a.split(' ');
  words[50] = 'تعديل';
  const fb = fingerprint(terms(words.join(' ')));
  assert.notEqual(fb.contentHash, fa.contentHash);
  assert.ok(hamming(fa.simhash!, fb.simhash!) <= NEAR_DISTANCE, `edit distance ${hamming(fa.simhash!, fb.simhash!)}`);
  for (let s = 2; s < 12; s++) assert.ok(hamming(fa.simhash!, fingerprint(terms(article(s, 200))).simhash!) > NEAR_DISTANCE);
  assert.equal(fingerprint(terms('نص قصير')).simhash, null);
});
