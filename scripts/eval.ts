/**
 * `npm run eval`: analyzes the bundled examples (and the reference article in ../shared when
 * present) and scores them against their hand annotations.
 *
 * `npm run eval -- --set FILE [--split NAME[,NAME]] [--quiet] [--verbose]`: scores a set of
 * hand-annotated news articles whose text is read from ../shared (data/eval/*.json, see
 * docs/evaluation.md) and prints the totals over the set (micro-averaged). `--quiet` prints the
 * totals only, so that a blind split can be measured without reading what it misses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Analyzer } from '../src/analyzer.ts';
import { articleSetCorpus, loadArticleSet, readArticleSet } from '../src/eval/article-set.ts';
import { scoreAnalysis, type GoldAnnotation, type Scores } from '../src/eval/score.ts';
import { PROJECT_ROOT, SHARED_ROOT } from '../src/util/paths.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const quiet = args.includes('--quiet');
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const setFile = opt('--set');
const splits = opt('--split')?.split(',');

const sets: { name: string; text: string; gold: GoldAnnotation }[] = [];
if (setFile) {
  const set = readArticleSet(path.resolve(setFile));
  const corpus = articleSetCorpus(set);
  if (!corpus) {
    console.error(`eval: the corpus of ${setFile} (${set.source}) is absent; the set is skipped (it stores offsets only)`);
    process.exit(0);
  }
  for (const a of loadArticleSet(set, corpus, splits)) sets.push({ name: `${a.id} (${a.split}) ${a.url}`, text: a.text, gold: a.gold });
  if (!sets.length) {
    console.error(`eval: no article of ${setFile} is in the split(s) ${splits?.join(', ')}`);
    process.exit(2);
  }
} else {
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
}

const analyzer = await Analyzer.create();
const all: Scores[] = [];
/** Core events by how they fail (counts only, safe on a blind split): matched, or what the engine has in the evidence sentence. */
const coreClasses: Record<string, number> = {};
for (const s of sets) {
  const doc = analyzer.analyze(s.text, { published: s.gold.published, input: s.name }).toJSON();
  const r = scoreAnalysis(doc, s.gold);
  all.push(r);
  for (const g of s.gold.events ?? []) {
    if (!g.core) continue;
    const one = scoreAnalysis(doc, { doc: s.gold.doc, events: [g] });
    let k = 'matched';
    if (!one.events.coreFound) {
      const at = s.text.indexOf(g.evidence);
      const sent = doc.sentences.find((x) => x.start <= at && at < x.end);
      // (events with a side not identified count here: they show what the engine found)
      const evs = sent ? [...doc.events, ...(doc.partialEvents ?? [])].filter((e) => e.trigger && e.trigger.start >= sent.start && e.trigger.start < sent.end) : [];
      const types = [g.type, ...(g.type_alt ?? [])];
      k = evs.some((e) => types.includes(e.type)) ? 'right type, other actors' : evs.length ? 'another type only' : 'no event in the sentence';
    }
    coreClasses[k] = (coreClasses[k] ?? 0) + 1;
  }
  if (quiet) continue;
  console.log(`\n${s.name}`);
  console.log(`  entities  P ${r.entities.precision}  R ${r.entities.recall}  F1 ${r.entities.f1}  (${r.entities.predicted} predicted, ${r.entities.gold} gold)`);
  console.log(`  quotes    P ${r.quotes.precision}  R ${r.quotes.recall}  (${r.quotes.predicted} predicted, ${r.quotes.gold} gold)${r.quotes.notQuotesFound.length ? `  NOT-QUOTES FOUND: ${r.quotes.notQuotesFound.join(', ')}` : ''}`);
  console.log(`  events    core recall ${r.events.coreRecall}  precision ${r.events.precision}  mode accuracy ${r.events.modeAccuracy}  (${r.events.predicted} predicted, ${r.events.core} core)`);
  console.log(`  actors    ${r.actors.resolved}/${r.actors.gold} resolved   dates ${r.dates.resolved}/${r.dates.gold} resolved`);
  if (verbose) for (const [k, v] of Object.entries(r.misses)) if (v.length) console.log(`  missed ${k}:\n    - ${v.join('\n    - ')}`);
}

if (setFile) {
  const sum = (f: (r: Scores) => number) => all.reduce((a, r) => a + f(r), 0);
  const r3 = (a: number, b: number) => (b ? (a / b).toFixed(3) : '–');
  const f1 = (p: number, r: number) => (p + r ? ((2 * p * r) / (p + r)).toFixed(3) : '0');
  const eP = sum((r) => r.entities.correct) / Math.max(1, sum((r) => r.entities.predicted));
  const eR = sum((r) => r.entities.found) / Math.max(1, sum((r) => r.entities.gold));
  const qP = sum((r) => r.quotes.correct) / Math.max(1, sum((r) => r.quotes.predicted));
  const qR = sum((r) => r.quotes.found) / Math.max(1, sum((r) => r.quotes.gold));
  console.log(`\n${setFile}${splits ? ` [${splits.join(',')}]` : ''}: ${all.length} articles (micro-averaged)`);
  console.log(`  entities  P ${eP.toFixed(3)}  R ${eR.toFixed(3)}  F1 ${f1(eP, eR)}  (${sum((r) => r.entities.predicted)} predicted, ${sum((r) => r.entities.gold)} gold)`);
  console.log(`  quotes    P ${qP.toFixed(3)}  R ${qR.toFixed(3)}  F1 ${f1(qP, qR)}  text recall ${r3(sum((r) => r.quotes.textFound), sum((r) => r.quotes.gold))}  (${sum((r) => r.quotes.predicted)} predicted, ${sum((r) => r.quotes.gold)} gold)`);
  console.log(`  events    core recall ${r3(sum((r) => r.events.coreFound), sum((r) => r.events.core))}  precision ${r3(sum((r) => r.events.correct), sum((r) => r.events.predicted))}  (${sum((r) => r.events.predicted)} predicted, ${sum((r) => r.events.core)} core)`);
  console.log(`  actors    ${sum((r) => r.actors.resolved)}/${sum((r) => r.actors.gold)} resolved   dates ${sum((r) => r.dates.resolved)}/${sum((r) => r.dates.gold)} resolved`);
  console.log(`  core events: ${Object.entries(coreClasses).map(([k, n]) => `${k} ${n}`).join(', ')}`);
}
