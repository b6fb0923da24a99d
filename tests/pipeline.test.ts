import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Pipeline } from '../src/pipeline/pipeline.ts';
import type { Stage } from '../src/pipeline/stage.ts';
import { RasidError } from '../src/errors.ts';
import { RasidDocument } from '../src/doc/document.ts';
import type { LayerName } from '../src/doc/types.ts';
import { Analyzer } from '../src/analyzer.ts';

const stage = (name: string, requires: LayerName[], provides: LayerName[], fn: (d: RasidDocument) => void = () => {}): Stage => ({
  name,
  requires,
  provides,
  process: fn,
});

test('building a pipeline with a missing requirement fails early, naming the stage, the layer and the fix', () => {
  const tok = stage('tok', [], ['tokens']);
  const sent = stage('sent', ['tokens'], ['sentences']);
  const quotes = stage('quotes', ['sentences', 'entities'], ['quotes']);
  assert.doesNotThrow(() => new Pipeline([tok, sent]));
  assert.throws(
    () => new Pipeline([sent, tok]),
    (e: unknown) => e instanceof RasidError && e.code === 'E_PIPELINE_REQUIREMENT' && /sent/.test(e.message) && /tokens/.test(e.message) && /put tok before sent/.test(e.hint ?? ''),
  );
  assert.throws(() => new Pipeline([tok, sent, quotes]), (e: unknown) => e instanceof RasidError && /"entities"/.test(e.message));
});

test('a stage that throws is reported as E_PIPELINE_STAGE with the input named; layers record who provided them', () => {
  const boom = stage('boom', [], ['tokens'], () => {
    throw new Error('kaput');
  });
  assert.throws(() => new Pipeline([boom]).analyze('نص', { input: 'x.txt' }), (e: unknown) => e instanceof RasidError && e.code === 'E_PIPELINE_STAGE' && e.input === 'x.txt');
  const ok = new Pipeline([stage('tok', [], ['tokens'])]).analyze('نص');
  assert.equal(ok.provided.get('tokens'), 'tok');
});

test('the default pipeline builds, and two analyzers do not share state', async () => {
  const a = await Analyzer.create({ noLanguageModel: true });
  const b = await Analyzer.create({ noLanguageModel: true });
  const d1 = a.analyze('قال الوزير إن الاجتماع سيعقد غدا.', { published: '2020-05-05' });
  const d2 = b.analyze('نفت الحكومة الخبر.');
  const d3 = a.analyze('قال الوزير إن الاجتماع سيعقد غدا.', { published: '2020-05-05' });
  assert.deepEqual(JSON.parse(JSON.stringify(d1)), JSON.parse(JSON.stringify(d3)));
  assert.ok(d2.tokens.length > 0);
  assert.equal(d1.text, 'قال الوزير إن الاجتماع سيعقد غدا.');
});

test('the whole pipeline survives hostile input: random Unicode, lone marks, surrogate halves, a long line', async () => {
  const a = await Analyzer.create({ noLanguageModel: true });
  let seed = 12345;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const pools = [
    () => String.fromCharCode(0x0600 + Math.floor(rnd() * 0x100)),
    () => String.fromCharCode(0x20 + Math.floor(rnd() * 0x60)),
    () => ' \n\t«»“”"،.:؛؟!'[Math.floor(rnd() * 15)]!,
    () => String.fromCharCode(0xd800 + Math.floor(rnd() * 0x800)),
    () => String.fromCharCode(0x064b + Math.floor(rnd() * 8)),
    () => String.fromCharCode(Math.floor(rnd() * 0xffff)),
  ];
  for (let n = 0; n < 150; n++) {
    let s = '';
    const len = Math.floor(rnd() * 400);
    for (let i = 0; i < len; i++) s += pools[Math.floor(rnd() * pools.length)]!();
    const doc = a.analyze(s);
    for (const t of doc.tokens) assert.ok(t.start >= 0 && t.end <= s.length && t.start < t.end);
  }
  const long = 'قال المتحدث إن “الهجوم ' + 'وقع في المدينة، '.repeat(40000) + '” ';
  const t0 = Date.now();
  const doc = a.analyze(long);
  assert.ok(doc.tokens.length > 100000);
  assert.ok(Date.now() - t0 < 20000, 'a 650 KB line must not take long');
});
