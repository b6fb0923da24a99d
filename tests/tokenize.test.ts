import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../src/text/tokenize.ts';
import { normalize, normalizeWithMap } from '../src/text/normalize.ts';

test('normalize: table of Arabic folds', () => {
  const cases: [string, string][] = [
    ['أحمد', 'احمد'],
    ['إيران', 'ايران'],
    ['آمال', 'امال'],
    ['مُصْطَفَى', 'مصطفي'],
    ['الأمريكيّة', 'الامريكيه'],
    ['مســؤول', 'مسوول'],
    ['شؤون', 'شوون'],
    ['رئيس', 'رييس'],
    ['٢٠١٤', '2014'],
    ['۱۳۹۳', '1393'],
    ['«نص»', '"نص"'],
    ['،؛؟', ',;?'],
    ['کیری', 'كيري'],
    ['NATO', 'nato'],
  ];
  for (const [a, b] of cases) assert.equal(normalize(a), b, a);
});

test('normalizeWithMap maps every output character back into the input', () => {
  const s = 'مُصْطَفَى «الأمريكيّة»';
  const { text, offsets } = normalizeWithMap(s);
  assert.equal(text, normalize(s));
  assert.equal(offsets.length, text.length + 1);
  for (let k = 0; k < text.length; k++) assert.ok(offsets[k]! >= 0 && offsets[k]! < s.length);
});

test('tokenize: kinds', () => {
  const t = tokenize('قال: «إن 33 ألف مقاتل، و٣٫٥ مليون» https://x.com/a. a.b@c.com #داعش @afp');
  const got = t.map((x) => `${x.kind}:${x.text}`);
  assert.deepEqual(got, [
    'word:قال', 'punct::', 'punct:«', 'word:إن', 'number:33', 'word:ألف', 'word:مقاتل', 'punct:،', 'word:و', 'number:٣٫٥', 'word:مليون', 'punct:»',
    'url:https://x.com/a', 'punct:.', 'email:a.b@c.com', 'hashtag:#داعش', 'mention:@afp',
  ]);
});

test('tokens and the gaps between them reproduce the input', () => {
  const s = 'رحب وزير الخارجية\u200c الأمريكية “إيجابية”...\n\nالمصدر: ميدل إيست آي 😀';
  const toks = tokenize(s);
  let rebuilt = '';
  let pos = 0;
  for (const t of toks) {
    assert.equal(s.slice(t.start, t.end), t.text);
    rebuilt += s.slice(pos, t.start) + t.text;
    pos = t.end;
  }
  rebuilt += s.slice(pos);
  assert.equal(rebuilt, s);
});
