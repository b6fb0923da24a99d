/**
 * `npm run eval:ner`: entity-level (CoNLL) precision, recall and F1 per type and overall of the
 * committed NER model on the development split (last 10% of ANERcorp train by sentence). The
 * shipped model is trained with --all (development split included), so for it these scores are
 * in-sample (a warning says so and gives the held-out figures from its header); for a held-out
 * measurement train without --all into a file and pass it with --model (docs/ner.md).
 *
 * Options: --model FILE   --file CONLL (score another gold file instead of the dev split)
 *          --aqmar (score AQMAR, Wikipedia articles: an out-of-domain check; MISC is defined differently there)
 *          --errors N (print up to N wrong sentences with gold and predicted spans)
 *          --analyze (entity-level error classes of the tagging: boundary, type, miss, spurious; src/ner/errors.ts)
 *          --pred FILE [--col N] (analyze a tagging written by train-ner --dump-preds instead: columns
 *          token, gold, then predictions; N = the prediction column, 0-based, default the last)
 */
import { readFileSync } from 'node:fs';
import { NerTagger } from '../src/ner/model.ts';
import { readAnercorpTrain, readAqmar, repairBio } from '../src/ner/corpora.ts';
import { bioSpans, formatScore, parseConll, scoreEntities, type ConllSentence } from '../src/ner/conll.ts';
import { analyzeErrors, formatErrorAnalysis } from '../src/ner/errors.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const predFile = opt('--pred');
if (predFile) {
  const sents: string[][][] = [];
  let cur: string[][] = [];
  for (const line of readFileSync(predFile, 'utf8').split('\n')) {
    if (!line.trim()) {
      if (cur.length) sents.push(cur);
      cur = [];
    } else cur.push(line.split('\t'));
  }
  if (cur.length) sents.push(cur);
  const col = Number(opt('--col') ?? sents[0]![0]!.length - 1);
  const toks = sents.map((s) => s.map((r) => r[0]!));
  const g = sents.map((s) => s.map((r) => r[1]!));
  const p = sents.map((s) => repairBio(s.map((r) => r[col]!)));
  process.stdout.write(`${predFile}, column ${col}\n\n${formatScore(scoreEntities(g, p))}\n\n${formatErrorAnalysis(analyzeErrors(toks, g, p), toks)}\n`);
  process.exit(0);
}
const t0 = performance.now();
const tagger = NerTagger.load({ modelFile: opt('--model') });
const loadMs = performance.now() - t0;
let gold: ConllSentence[];
let what: string;
const file = opt('--file');
if (args.includes('--aqmar')) {
  gold = readAqmar();
  what = `AQMAR (out of domain): ${gold.length} sentences`;
} else if (file) {
  gold = parseConll(readFileSync(file, 'utf8')).map((s) => ({ tokens: s.tokens, tags: repairBio(s.tags) }));
  what = file;
} else {
  const all = readAnercorpTrain();
  gold = all.slice(all.length - Math.round(all.length * 0.1));
  what = `ANERcorp dev split (last 10% of train by sentence): ${gold.length} sentences`;
}
const t1 = performance.now();
const pred = tagger.tagDocument(gold.map((s) => s.tokens));
const tagMs = performance.now() - t1;
const tokens = gold.reduce((n, s) => n + s.tokens.length, 0);
const score = scoreEntities(
  gold.map((s) => s.tags),
  pred,
);
if (!file && !args.includes('--aqmar') && (tagger.model.header.training as { devHeldOut?: boolean } | undefined)?.devHeldOut === false) {
  const ho = (tagger.model.header.dev as { heldOut?: { overall?: { p: number; r: number; f1: number } } } | undefined)?.heldOut?.overall;
  process.stderr.write(
    'warning: this model was trained on the development split too (npm run train:ner -- --all), so the scores below are IN-SAMPLE, not a measurement.\n' +
      (ho ? `The same configuration with the development split held out scored P ${ho.p} R ${ho.r} F1 ${ho.f1} (model header dev.heldOut).\n` : '') +
      'To measure held out: npm run train:ner -- --out /tmp/ner-heldout.model && npm run eval:ner -- --model /tmp/ner-heldout.model\n' +
      '(npm run train:ner -- --all also leaves that held-out model in $TMPDIR/ner-heldout.model, or where --heldout-out says)\n',
  );
}
process.stdout.write(`${what}, ${tokens} tokens\nmodel loaded in ${loadMs.toFixed(0)} ms; tagged in ${tagMs.toFixed(0)} ms\n\n${formatScore(score)}\n`);
if (args.includes('--analyze')) {
  const toks = gold.map((s) => s.tokens);
  process.stdout.write(`\n${formatErrorAnalysis(analyzeErrors(toks, gold.map((s) => s.tags), pred), toks)}\n`);
}
const nErr = Number(opt('--errors') ?? 0);
if (nErr > 0) {
  let shown = 0;
  for (let k = 0; k < gold.length && shown < nErr; k++) {
    const g = bioSpans(gold[k]!.tags).map((x) => `${x.type}:${gold[k]!.tokens.slice(x.start, x.end).join(' ')}`);
    const p = bioSpans(pred[k]!).map((x) => `${x.type}:${gold[k]!.tokens.slice(x.start, x.end).join(' ')}`);
    const missed = g.filter((x) => !p.includes(x));
    const wrong = p.filter((x) => !g.includes(x));
    if (!missed.length && !wrong.length) continue;
    shown++;
    process.stdout.write(`\n#${k} ${gold[k]!.tokens.join(' ').slice(0, 300)}\n  missed: ${missed.join(' | ')}\n  wrong:  ${wrong.join(' | ')}\n`);
  }
}
