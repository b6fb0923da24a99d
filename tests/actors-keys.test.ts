import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ActorKB } from '../src/actors/kb.ts';
import { candidateStarts, firstWordCandidates, MAX_CANDIDATES } from '../src/actors/keys.ts';
import { ActorMatcher } from '../src/actors/matcher.ts';
import { CliticAnalyzer } from '../src/text/clitics.ts';
import { loadTextResources } from '../src/text/resources.ts';
import { normalize } from '../src/text/normalize.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'لل', 'ال', 'وال', 'بال', 'وبال', 'فبال', 'ولل', 'فلل', 'وب', 'ول', 'وك'];

test('candidateStarts gives the keys of firstWordCandidates as suffixes', () => {
  const words = ['واشنطن', 'الولايات', 'للولايات', 'وللولايات', 'وبريطانيا', 'بواشنطون', 'والبنتاغون', 'لل', 'للا', 'ولل', 'وال', 'الى', 'ال', 'و', 'ب', '', 'فلسطين', 'كالعاده', 'لبنان', 'ولبنان'];
  for (const base of ['ولايات', 'رياض', 'بيت', 'اب']) for (const p of PROCLITICS) words.push(p + base);
  const starts = new Int32Array(MAX_CANDIDATES);
  const strips = new Int32Array(MAX_CANDIDATES);
  const cands: { key: string; strip: number }[] = [];
  for (const w of words.map((x) => normalize(x))) {
    firstWordCandidates(w, cands);
    const n = candidateStarts(w, starts, strips);
    const fromStarts = Array.from({ length: n }, (_, k) => ({ key: w.slice(starts[k]!), strip: strips[k]! }));
    assert.deepEqual(fromStarts, cands, w);
  }
});

test('the matcher finds the same matches with and without its first-word prefilter', () => {
  const text = loadTextResources();
  const kb = ActorKB.load({ wordFreq: text.wordFreq });
  const clitics = new CliticAnalyzer(text.clitics);
  const fast = new ActorMatcher(kb);
  const slow = new ActorMatcher(kb, { prefilter: false });
  // every first word of the knowledge base with proclitics, and the bundled articles
  const keys = [...(kb.root.next?.keys() ?? [])];
  const texts = [keys.flatMap((k, i) => [PROCLITICS[i % PROCLITICS.length] + k, PROCLITICS[(i * 7 + 3) % PROCLITICS.length] + k]).join(' ')];
  const dir = path.join(PROJECT_ROOT, 'examples/articles');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) texts.push(readFileSync(path.join(dir, f), 'utf8'));
  let matches = 0;
  for (const t of texts) {
    const tokens = tokenize(t);
    clitics.analyzeTokens(tokens); // stems are candidates too
    // the same hit lists (by identity), spans, strips and readings
    const summary = (ms: ReturnType<ActorMatcher['match']>) => ms.map((m) => [m.tokenStart, m.tokenEnd, m.strip, m.lamAl, m.hits]);
    const a = summary(fast.match(tokens));
    const b = summary(slow.match(tokens));
    assert.equal(a.length, b.length);
    for (let k = 0; k < a.length; k++) for (let f = 0; f < 5; f++) assert.equal(a[k]![f], b[k]![f]);
    matches += a.length;
  }
  assert.ok(matches > keys.length / 2, `${matches} matches`);
});
