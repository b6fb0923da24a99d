import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ANER_LABELS, BIOES_LABELS, bioToBioes, labelScheme, schemeLabels, toBio } from '../src/ner/labels.ts';
import { allowedEnds, allowedTransitions, decoderFor } from '../src/ner/perceptron.ts';
import { mulberry32 } from '../src/ner/random.ts';

test('bioToBioes: single, multi-token and malformed entities', () => {
  const table: [string, string][] = [
    ['O B-PERS O', 'O S-PERS O'],
    ['B-PERS I-PERS I-PERS O', 'B-PERS I-PERS E-PERS O'],
    ['B-LOC B-LOC I-LOC', 'S-LOC B-LOC E-LOC'],
    ['B-ORG I-ORG B-ORG', 'B-ORG E-ORG S-ORG'],
    // an I- that continues nothing of its type starts an entity, as CoNLL scoring reads it
    ['I-MISC I-MISC O I-LOC', 'B-MISC E-MISC O S-LOC'],
    ['B-PERS I-LOC', 'S-PERS S-LOC'],
    ['', ''],
  ];
  for (const [bio, want] of table) {
    const tags = bio ? bio.split(' ') : [];
    assert.deepEqual(bioToBioes(tags).join(' '), want, bio);
  }
});

test('toBio undoes bioToBioes on valid BIO sequences', () => {
  const rand = mulberry32(3);
  for (let k = 0; k < 200; k++) {
    const tags: string[] = [];
    for (let i = 0; i < 1 + Math.floor(rand() * 8); i++) {
      const l = ANER_LABELS[Math.floor(rand() * ANER_LABELS.length)]!;
      const prev = tags[i - 1];
      // keep it valid BIO: I-X only after B-X / I-X
      tags.push(l.startsWith('I-') && (!prev || prev.slice(2) !== l.slice(2)) ? 'B-' + l.slice(2) : l);
    }
    assert.deepEqual(bioToBioes(tags).map(toBio), tags);
  }
});

test('label schemes are read from the label list', () => {
  assert.equal(labelScheme(ANER_LABELS), 'bio');
  assert.equal(labelScheme(BIOES_LABELS), 'bioes');
  assert.deepEqual(schemeLabels('bioes'), [...BIOES_LABELS]);
  assert.equal(BIOES_LABELS.length, 17);
  assert.equal(allowedEnds(ANER_LABELS), undefined);
});

test('BIOES transitions: an open entity must continue, a continuing label needs one', () => {
  const labels = [...BIOES_LABELS];
  const ok = allowedTransitions(labels);
  const L = labels.length;
  const allowed = (p: string | null, c: string) => ok[(p === null ? L : labels.indexOf(p)) * L + labels.indexOf(c)] === 1;
  const table: [string | null, string, boolean][] = [
    [null, 'B-PERS', true],
    [null, 'S-PERS', true],
    [null, 'I-PERS', false],
    [null, 'E-PERS', false],
    ['O', 'E-LOC', false],
    ['B-PERS', 'E-PERS', true],
    ['B-PERS', 'I-PERS', true],
    ['B-PERS', 'O', false],
    ['B-PERS', 'E-LOC', false],
    ['I-PERS', 'S-PERS', false],
    ['E-PERS', 'B-PERS', true],
    ['E-PERS', 'I-PERS', false],
    ['S-ORG', 'S-ORG', true],
    ['S-ORG', 'E-ORG', false],
  ];
  for (const [p, c, want] of table) assert.equal(allowed(p, c), want, `${p} → ${c}`);
  const ends = allowedEnds(labels)!;
  assert.deepEqual(labels.filter((_, c) => ends[c]), ['O', 'E-PERS', 'S-PERS', 'E-LOC', 'S-LOC', 'E-ORG', 'S-ORG', 'E-MISC', 'S-MISC']);
});

test('BIOES decoding equals exhaustive search over valid sequences and always maps to valid BIO', () => {
  const labels = ['O', 'B-PERS', 'I-PERS', 'E-PERS', 'S-PERS', 'B-LOC', 'I-LOC', 'E-LOC', 'S-LOC'];
  const L = labels.length;
  const ok = allowedTransitions(labels);
  const ends = allowedEnds(labels)!;
  const dec = decoderFor(labels);
  const rand = mulberry32(11);
  for (let trial = 0; trial < 150; trial++) {
    const n = 1 + Math.floor(rand() * 4);
    const em = Float64Array.from({ length: n * L }, () => rand() * 4 - 2);
    const trans = Float64Array.from({ length: (L + 1) * L }, () => rand() * 2 - 1);
    let best = -Infinity;
    let arg: number[] = [];
    const seq: number[] = new Array(n).fill(0);
    const rec = (i: number, prev: number, score: number) => {
      if (i === n) {
        if (ends[prev] && score > best) [best, arg] = [score, [...seq]];
        return;
      }
      for (let c = 0; c < L; c++) {
        if (!ok[prev * L + c]) continue;
        seq[i] = c;
        rec(i + 1, c, score + trans[prev * L + c]! + em[i * L + c]!);
      }
    };
    rec(0, L, 0);
    const got = [...dec.decode(em, n, trans)];
    assert.deepEqual(got, arg);
    // the BIO form re-encodes to the same BIOES sequence
    const bio = got.map((k) => toBio(labels[k]!));
    assert.deepEqual(bioToBioes(bio), got.map((k) => labels[k]!));
  }
});
