import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RasidDocument } from '../src/doc/document.ts';
import { TextLayer } from '../src/text/layer.ts';
import { loadTextResources } from '../src/text/resources.ts';
import { PROJECT_ROOT, SHARED_ROOT } from '../src/util/paths.ts';

const layer = new TextLayer(loadTextResources());

/** Every invariant of the text layer's offsets over one document; throws on the first violation. */
function checkLayers(doc: RasidDocument, label: string): void {
  const text = doc.text;
  const n = text.length;
  // tokens and the gaps between them rebuild the text; gaps are white space or invisible marks only
  let pos = 0;
  let rebuilt = '';
  for (const t of doc.tokens) {
    if (!(t.start >= pos && t.end > t.start && t.end <= n)) assert.fail(`${label}: token ${t.i} out of order or range`);
    if (text.slice(t.start, t.end) !== t.text) assert.fail(`${label}: token ${t.i} text`);
    rebuilt += text.slice(pos, t.start) + t.text;
    pos = t.end;
    if (t.words) {
      if (t.words[0]!.start !== t.start || t.words[t.words.length - 1]!.end !== t.end) assert.fail(`${label}: words of token ${t.i} do not cover it`);
      for (let k = 0; k < t.words.length; k++) {
        const w = t.words[k]!;
        if (w.end <= w.start || (k && w.start !== t.words[k - 1]!.end) || text.slice(w.start, w.end) !== w.text) assert.fail(`${label}: word ${k} of token ${t.i}`);
      }
    }
  }
  rebuilt += text.slice(pos);
  if (rebuilt !== text) assert.fail(`${label}: tokens and gaps do not rebuild the text`);
  // paragraphs in order, without overlap, every token inside exactly one
  let pe = 0;
  for (const p of doc.paragraphs) {
    if (!(p.start >= pe && p.end > p.start && p.end <= n) || text.slice(p.start, p.end) !== p.text) assert.fail(`${label}: paragraph ${p.id}`);
    pe = p.end;
  }
  // sentences in order, inside their paragraph, and together covering every token once
  let next = 0;
  let se = 0;
  for (const s of doc.sentences) {
    const p = doc.paragraphs[s.paragraph]!;
    if (s.tokenStart !== next || s.tokenEnd <= s.tokenStart) assert.fail(`${label}: sentence ${s.id} tokens ${s.tokenStart}..${s.tokenEnd}, expected from ${next}`);
    if (s.start < se || s.start < p.start || s.end > p.end || text.slice(s.start, s.end) !== s.text) assert.fail(`${label}: sentence ${s.id} span`);
    next = s.tokenEnd;
    se = s.end;
  }
  if (next !== doc.tokens.length) assert.fail(`${label}: sentences cover ${next} of ${doc.tokens.length} tokens`);
  for (const d of [...doc.dates, ...doc.numbers]) {
    if (!(d.start >= 0 && d.end > d.start && d.end <= n) || text.slice(d.start, d.end) !== d.text) assert.fail(`${label}: mention ${d.id}`);
  }
  for (const d of doc.dates) if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.value)) assert.fail(`${label}: date value ${d.value}`);
}

const examplesDir = path.join(PROJECT_ROOT, 'examples/articles');
const examples = existsSync(examplesDir) ? readdirSync(examplesDir).filter((f) => f.endsWith('.txt')) : [];

test('round trip: bundled examples', { skip: examples.length === 0 && 'no bundled examples' }, () => {
  for (const f of examples) {
    const doc = layer.analyze(readFileSync(path.join(examplesDir, f), 'utf8'), { published: '2024-05-14' });
    checkLayers(doc, f);
    assert.ok(doc.sentences.length > 1 && doc.paragraphs.length > 1, f);
  }
});

const SAMPLE = path.join(SHARED_ROOT, 'data/news/saudinewsnet/sample-3000.jsonl');
test('round trip: every article of the SaudiNewsNet sample', { skip: !existsSync(SAMPLE) && 'no ../shared sample' }, () => {
  let n = 0;
  for (const line of readFileSync(SAMPLE, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id: string; content: string; date_extracted?: string };
    checkLayers(layer.analyze(r.content, { published: r.date_extracted?.slice(0, 10) }), r.id);
    n++;
  }
  assert.equal(n, 3000);
});

/** A small seeded generator (mulberry32). */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('randomized: random Unicode, mixed scripts, lone marks, surrogate halves, huge lines', () => {
  const rand = rng(20141204);
  const pools = [
    'وبالولايات المتحدة قال إن 33 ألف مقاتل. الأربعاء الماضي «نعم» “لا” ؟!؛،',
    'ًٌٍَُِّْـ\u0670', // lone marks and tatweel
    'abc U.S. Dr. e.g. 3.5 1,000 http://x.y/z a@b.co #وسم @x',
    '\n\r\u2028\u2029\u200c\u200d\u200f\ufeff \t\u00a0',
    '()[]{}«»“”"\'.:..…-–—/\\%٪٫٬',
    '٠١٢٣٤٥٦٧٨٩۰۱۲۳',
  ];
  const inputs: string[] = [];
  for (let k = 0; k < 300; k++) {
    const len = Math.floor(rand() * 400);
    let s = '';
    for (let j = 0; j < len; j++) {
      const r = rand();
      if (r < 0.1) s += String.fromCharCode(Math.floor(rand() * 0x10000)); // any code unit, surrogate halves included
      else if (r < 0.12) s += String.fromCharCode(0xd800 + Math.floor(rand() * 0x800));
      else {
        const p = pools[Math.floor(rand() * pools.length)]!;
        s += p[Math.floor(rand() * p.length)]!;
      }
    }
    inputs.push(s);
  }
  // a 1 MB single line: words, quotes that never close, no sentence end
  const words = ['وقال', 'الوزير', '«', 'إن', '33', 'ألف', 'مقاتل', 'الأربعاء', 'الماضي', '“', 'ببروكسل', 'للولايات'];
  let big = '';
  while (big.length < 1_000_000) big += words[Math.floor(rand() * words.length)] + ' ';
  inputs.push(big);
  inputs.push('.'.repeat(200_000) + 'ـ'.repeat(200_000) + 'ً'.repeat(200_000));
  const t0 = Date.now();
  for (let k = 0; k < inputs.length; k++) {
    const doc = layer.analyze(inputs[k]!, { published: '2015-08-07' });
    checkLayers(doc, `random input ${k}`);
  }
  assert.ok(Date.now() - t0 < 20_000, 'the randomized inputs take seconds, not minutes');
});
