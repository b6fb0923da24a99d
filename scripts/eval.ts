/**
 * `npm run eval`: analyzes the bundled examples (and the reference article in ../shared when
 * present) and scores them against their hand annotations.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Analyzer } from '../src/analyzer.ts';
import { scoreAnalysis, type GoldAnnotation } from '../src/eval/score.ts';
import { PROJECT_ROOT, SHARED_ROOT } from '../src/util/paths.ts';

const verbose = process.argv.includes('--verbose');
const analyzer = await Analyzer.create();
const sets: { name: string; text: string; gold: GoldAnnotation }[] = [];
const exDir = path.join(PROJECT_ROOT, 'examples/articles');
for (const f of readdirSync(exDir).filter((f) => f.endsWith('.gold.json')).sort()) {
  const gold = JSON.parse(readFileSync(path.join(exDir, f), 'utf8')) as GoldAnnotation;
  sets.push({ name: gold.doc, text: readFileSync(path.join(exDir, gold.doc), 'utf8'), gold });
}
const ref = path.join(SHARED_ROOT, 'examples/kerry-iran-coalition.gold.json');
if (existsSync(ref)) {
  const gold = JSON.parse(readFileSync(ref, 'utf8')) as GoldAnnotation;
  sets.push({ name: `shared/${gold.doc}`, text: readFileSync(path.join(SHARED_ROOT, 'examples', gold.doc), 'utf8'), gold });
}
for (const s of sets) {
  const doc = analyzer.analyze(s.text, { published: s.gold.published, input: s.name }).toJSON();
  const r = scoreAnalysis(doc, s.gold);
  console.log(`\n${s.name}`);
  console.log(`  entities  P ${r.entities.precision}  R ${r.entities.recall}  F1 ${r.entities.f1}  (${r.entities.predicted} predicted, ${r.entities.gold} gold)`);
  console.log(`  quotes    P ${r.quotes.precision}  R ${r.quotes.recall}  (${r.quotes.predicted} predicted, ${r.quotes.gold} gold)${r.quotes.notQuotesFound.length ? `  NOT-QUOTES FOUND: ${r.quotes.notQuotesFound.join(', ')}` : ''}`);
  console.log(`  events    core recall ${r.events.coreRecall}  precision ${r.events.precision}  mode accuracy ${r.events.modeAccuracy}  (${r.events.predicted} predicted, ${r.events.core} core)`);
  console.log(`  actors    ${r.actors.resolved}/${r.actors.gold} resolved   dates ${r.dates.resolved}/${r.dates.gold} resolved`);
  if (verbose) for (const [k, v] of Object.entries(r.misses)) if (v.length) console.log(`  missed ${k}:\n    - ${v.join('\n    - ')}`);
}
