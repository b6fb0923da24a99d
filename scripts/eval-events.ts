/**
 * `npm run eval:events`: runs the REAL default pipeline (Analyzer, actor knowledge base, NER,
 * quotations, events) over hand-labelled Arabic news sentences (tests/fixtures/events-news.jsonl)
 * and prints, per split: type accuracy, source country / country+sector accuracy, target likewise,
 * and the misses.
 *
 *   npm run eval:events                      # the tuning split (default)
 *   npm run eval:events -- --split holdout   # the 50 sentences kept aside
 *   npm run eval:events -- --split blind     # 107 sentences written before any tuning for the blind check (read since)
 *   npm run eval:events -- --split blind2    # 100 sentences written in session 8 by a helper that never saw the engine
 *   npm run eval:events -- --split all --quiet
 *   npm run eval:events -- --no-date         # analyze without a publication date
 *
 * Scoring (same in tests/events-news.test.ts, through src/events/eval-news.ts): each sentence has
 * one labelled event (type, source codes, target codes; a label may list accepted alternatives).
 * Among the predicted events of the labelled type, the one agreeing best with the labels is
 * scored. Country = the first three letters of the CAMEO-style code (IRQ, IMG for the Islamic
 * State), country+sector = the first six (IRQMIL, IMGMUS, YEMREB) or the whole code when shorter;
 * a coordinated argument is right when one member is.
 */
import { Analyzer } from '../src/analyzer.ts';
import { loadNewsSet, scoreNewsSet } from '../src/events/eval-news.ts';

const argv = process.argv.slice(2);
const split = argv.includes('--split') ? argv[argv.indexOf('--split') + 1]! : 'tune';
const quiet = argv.includes('--quiet');
const items = loadNewsSet().filter((x) => split === 'all' || x.split === split);
const analyzer = await Analyzer.create({ noLanguageModel: true });
const noDate = argv.includes('--no-date');
const r = scoreNewsSet(analyzer, items, { noDate });
const pct = (n: number) => `${((n / r.n) * 100).toFixed(1)} %`.padStart(7);
console.log(`events on labelled news sentences (split ${split}, ${r.n} sentences, real pipeline${noDate ? ', no publication date' : ''})`);
console.log(`  type                   ${pct(r.type)}  (${r.type}/${r.n})`);
console.log(`  source country         ${pct(r.sourceCountry)}  (${r.sourceCountry}/${r.n})`);
console.log(`  source country+sector  ${pct(r.sourceFull)}  (${r.sourceFull}/${r.n})`);
console.log(`  target country         ${pct(r.targetCountry)}  (${r.targetCountry}/${r.n})`);
console.log(`  target country+sector  ${pct(r.targetFull)}  (${r.targetFull}/${r.n})`);
console.log(`  type + source + target ${pct(r.all)}  (${r.all}/${r.n}, country+sector)`);
if (!quiet) {
  console.log('\nmisses (want → got):');
  for (const m of r.misses) console.log(`  ${m.id} ${m.text}\n      ${m.want}\n   →  ${m.got}`);
}
