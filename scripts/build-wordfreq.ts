/**
 * Builds data/text/wordfreq.tsv: how often each normalized Arabic word form occurs in public
 * news text, the evidence the clitic analyzer (src/text/clitics.ts) weighs splits with.
 * Sources (read from ../shared, never copied): SaudiNewsNet articles (Alshehri 2015, CC BY-NC-SA 4.0)
 * and the ANERcorp training part (Benajiba et al. 2007, CC BY-SA 4.0). Only aggregate counts of
 * single word forms are written, no text.
 *
 *   node --import tsx scripts/build-wordfreq.ts [--min 3]
 */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { tokenize } from '../src/text/tokenize.ts';
import { normalize } from '../src/text/normalize.ts';
import { compileLightMap } from '../src/text/clitics.ts';
import { dataPath, SHARED_ROOT } from '../src/util/paths.ts';

const minIdx = process.argv.indexOf('--min');
const MIN = minIdx > 0 ? Number(process.argv[minIdx + 1]) : 3;
const light = compileLightMap();
const counts = new Map<string, number>();
const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
let docs = 0;
let words = 0;

const news = path.join(SHARED_ROOT, 'data/news/saudinewsnet/articles.jsonl.gz');
const sample = path.join(SHARED_ROOT, 'data/news/saudinewsnet/sample-3000.jsonl');
const newsFile = existsSync(news) ? news : sample;
if (!existsSync(newsFile)) throw new Error(`no news corpus under ${SHARED_ROOT}`);
const input = newsFile.endsWith('.gz') ? createReadStream(newsFile).pipe(createGunzip()) : createReadStream(newsFile);
for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const r = JSON.parse(line) as { content?: string; title?: string };
  for (const text of [r.title ?? '', r.content ?? '']) {
    for (const t of tokenize(text)) if (t.kind === 'word') { add(normalize(t.text, light)); words++; }
  }
  docs++;
}
const aner = path.join(SHARED_ROOT, 'data/ner/anercorp/train.txt');
if (existsSync(aner)) {
  for (const line of readFileSync(aner, 'utf8').split('\n')) {
    const w = line.split(' ')[0];
    if (!w) continue;
    const n = normalize(w, light);
    if (/^[\u0621-\u064a]+$/.test(n)) { add(n); words++; }
  }
}
const rows = [...counts].filter(([, c]) => c >= MIN).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const header = [
  '# Word-form frequencies for the clitic analyzer (src/text/clitics.ts, loadWordFreq).',
  '# Format: one "form<TAB>count" per line (forms normalized as in clitics.ts compileLightMap: full normalization except that أ إ آ stay distinct from ا);',
  '# most frequent first; lines starting with # are comments.',
  `# Built by scripts/build-wordfreq.ts from ${path.basename(newsFile)} (SaudiNewsNet, Alshehri 2015, CC BY-NC-SA 4.0; ${docs} articles)`,
  `# and the ANERcorp training part (Benajiba et al. 2007, CC BY-SA 4.0): ${words} words; forms seen at least ${MIN} times.`,
];
writeFileSync(dataPath('text', 'wordfreq.tsv'), header.join('\n') + '\n' + rows.map(([w, c]) => `${w}\t${c}`).join('\n') + '\n');
console.error(`${rows.length} forms from ${words} words`);
