/**
 * `npm run eval:quotes [-- --set FILE] [--verbose] [--json]`: scores the quotation layer on the
 * hand-annotated SaudiNewsNet sets under data/quotes/eval/ (format in the file's "$comment" and in
 * docs/quotes.md). The sets hold only offsets: the article text is read from
 * ../shared/data/news/saudinewsnet/articles.jsonl.gz at run time (skipped cleanly when ../shared is
 * absent). Each article becomes a GoldAnnotation (the format of examples/articles/*.gold.json) and
 * is scored by src/eval/score.ts, as `npm run eval` does; this script adds kind accuracy, content
 * span overlap and the per-quotation misses.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Analyzer } from '../src/analyzer.ts';
import type { AnalysisJSON, Quote } from '../src/doc/types.ts';
import { matchForm, scoreAnalysis, type GoldAnnotation } from '../src/eval/score.ts';
import { PROJECT_ROOT, SHARED_ROOT } from '../src/util/paths.ts';

type Span = [number, number];
interface SetQuote { kind: 'direct' | 'indirect'; content: Span; key: Span; speaker: Span[] }
interface SetArticle { line: number; url: string; sha1: string; published: string; quotes: SetQuote[]; optional: Span[]; notQuotes: Span[] }
interface QuoteSet { version: number; source: string; articles: SetArticle[] }

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const setArg = args.indexOf('--set');
const setFile = setArg >= 0 ? path.resolve(args[setArg + 1]!) : path.join(PROJECT_ROOT, 'data/quotes/eval/saudinewsnet-blind.json');

const set = JSON.parse(readFileSync(setFile, 'utf8')) as QuoteSet;
const corpusFile = path.join(SHARED_ROOT, set.source.replace(/^shared\//, ''));
if (!existsSync(corpusFile)) {
  console.error(`eval:quotes: ${corpusFile} is absent; the set ${path.basename(setFile)} is skipped (it stores offsets only)`);
  process.exit(0);
}
const lines = gunzipSync(readFileSync(corpusFile)).toString('utf8').split('\n');
const analyzer = await Analyzer.create();

const slice = (t: string, s: Span) => t.slice(s[0], s[1]);
let gold = 0, found = 0, predicted = 0, correct = 0, kindOk = 0, overlapSum = 0, notQuotes = 0, textFound = 0;
const report: string[] = [];
const perArticle: Record<string, unknown>[] = [];
for (const art of set.articles) {
  const rec = JSON.parse(lines[art.line] ?? 'null') as { url: string; content: string } | null;
  const sha = rec ? createHash('sha1').update(rec.content).digest('hex').slice(0, 12) : '';
  if (!rec || rec.url !== art.url || sha !== art.sha1) {
    console.error(`eval:quotes: line ${art.line} of ${corpusFile} is not the annotated article (${art.url}); the corpus file changed`);
    process.exit(3);
  }
  const text = rec.content;
  const doc = analyzer.analyze(text, { published: art.published, input: art.url }).toJSON();
  // Predictions on an optional span (and on no required key) are neither right nor wrong.
  const keyForms = art.quotes.map((q) => matchForm(slice(text, q.key)));
  const optForms = art.optional.map((s) => matchForm(slice(text, s)));
  const kept = doc.quotes.filter((q) => {
    const f = matchForm(q.text);
    return keyForms.some((k) => f.includes(k)) || !optForms.some((o) => f.includes(o) || o.includes(f));
  });
  const scored: AnalysisJSON = { ...doc, quotes: kept };
  const g: GoldAnnotation = {
    doc: art.url,
    published: art.published,
    quotes: art.quotes.map((q) => ({ kind: q.kind, key: slice(text, q.key), speaker: slice(text, q.speaker[0]!), speaker_alt: q.speaker.slice(1).map((s) => slice(text, s)) })),
    not_quotes: art.notQuotes.map((s) => slice(text, s)),
  };
  const r = scoreAnalysis(scored, g);
  gold += r.quotes.gold;
  predicted += r.quotes.predicted;
  correct += kept.filter((p) => keyForms.some((k) => matchForm(p.text).includes(k))).length;
  found += r.quotes.gold - r.misses.quotes.length;
  notQuotes += r.quotes.notQuotesFound.length;
  // kind and content overlap for the found quotations (same matching as score.ts)
  const lines2: string[] = [];
  for (const [i, q] of art.quotes.entries()) {
    const gq = g.quotes![i]!;
    const want = [gq.speaker, ...(gq.speaker_alt ?? [])].map(matchForm);
    const withText = kept.filter((p) => matchForm(p.text).includes(matchForm(gq.key)));
    if (withText.length) textFound++;
    const hit = withText.find((p) => speakerForms(p).some((n) => want.some((w) => n.includes(w) || (n.length >= 3 && w.includes(n)))));
    if (hit) {
      if (hit.kind === q.kind) kindOk++;
      overlapSum += overlap([hit.start, hit.end], q.content);
      if (hit.kind !== q.kind) lines2.push(`  kind ${hit.kind} ≠ ${q.kind}: «${gq.key}»`);
    } else {
      lines2.push(`  MISSED ${q.kind} ${gq.speaker}: «${gq.key}»` + (withText.length ? `  [text found; speaker: ${withText.map((p) => p.speaker?.text ?? 'none').join(' / ')}]` : ''));
    }
  }
  for (const p of kept) if (!keyForms.some((k) => matchForm(p.text).includes(k))) lines2.push(`  FALSE ${p.kind} [${p.speakerVia}] ${p.speaker?.text ?? '-'}: «${p.text.slice(0, 70)}»`);
  for (const n of r.quotes.notQuotesFound) lines2.push(`  NOT-QUOTE extracted: ${n}`);
  report.push(`line ${art.line}  gold ${r.quotes.gold}  predicted ${r.quotes.predicted}  R ${r.quotes.recall}  P ${r.quotes.precision}`, ...(verbose ? lines2 : []));
  perArticle.push({ line: art.line, gold: r.quotes.gold, predicted: r.quotes.predicted, recall: r.quotes.recall, precision: r.quotes.precision });
}

function speakerForms(q: Quote): string[] {
  const s = q.speaker;
  return [s?.text, s?.name, s?.title, s?.actor?.name.ar, s?.actor?.name.en].filter((x): x is string => !!x).map(matchForm);
}
/** Character-overlap F1 of two spans. */
function overlap(a: Span, b: Span): number {
  const inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  if (!inter) return 0;
  const p = inter / (a[1] - a[0]);
  const r = inter / (b[1] - b[0]);
  return (2 * p * r) / (p + r);
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const summary = {
  set: path.basename(setFile),
  articles: set.articles.length,
  gold,
  predicted,
  recall: r3(found / gold),
  text_recall: r3(textFound / gold),
  precision: r3(predicted ? correct / predicted : 1),
  kind_accuracy: r3(found ? kindOk / found : 1),
  content_overlap: r3(found ? overlapSum / found : 0),
  not_quotes_extracted: notQuotes,
};
if (asJson) console.log(JSON.stringify({ ...summary, perArticle }, null, 1));
else {
  for (const l of report) console.log(l);
  console.log(`\n${summary.set}: ${summary.articles} articles, ${gold} gold quotations, ${predicted} predicted`);
  console.log(`  recall (text and speaker) ${summary.recall}   text recall ${summary.text_recall}   precision ${summary.precision}`);
  console.log(`  kind accuracy ${summary.kind_accuracy}   content overlap (char F1 of found) ${summary.content_overlap}   not-quotes extracted ${notQuotes}`);
}
