/**
 * Lexicon induction for the NER tagger (self-training at the word level): tag the ~30,000
 * SaudiNewsNet articles with the current model, and keep the words that the tagger, over many
 * occurrences, mostly puts inside one entity type. The result is a feature source for the next
 * model (`npm run train:ner -- --auto-lexicon FILE`), stored inside that model file.
 *
 * Output (default data/models/ner-induced-lexicon.tsv), after '#' header lines: TYPE<TAB>word<TAB>entity share (0..1)<TAB>occurrences. Words are clitic-stripped
 * base forms (src/ner/clitics.ts). Run: node --import tsx scripts/induce-ner-lexicon.ts [--out FILE]
 *   [--min-count N (default 5)] [--min-share X (default 0.5)] [--model FILE]
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { tokenize } from '../src/text/tokenize.ts';
import { NerTagger } from '../src/ner/model.ts';
import { bioSpans } from '../src/ner/conll.ts';
import { dataPath, SHARED_ROOT } from '../src/util/paths.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : def;
};
const OUT = path.resolve(opt('--out', dataPath('models', 'ner-induced-lexicon.tsv')));
const MIN_COUNT = Number(opt('--min-count', '5'));
const MIN_SHARE = Number(opt('--min-share', '0.5'));
const LIMIT = Number(opt('--limit', 'Infinity'));
const log = (s: string) => process.stderr.write(`[induce ${((Date.now() - T0) / 1000).toFixed(0)}s] ${s}\n`);
const T0 = Date.now();

const tagger = NerTagger.load({ modelFile: args.includes('--model') ? opt('--model', '') : undefined });
const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];
const total = new Map<string, number>();
const typed = new Map<string, Int32Array>();
const input = path.join(SHARED_ROOT, 'data/news/saudinewsnet/articles.jsonl.gz');
const rl = createInterface({ input: createReadStream(input).pipe(createGunzip()), crlfDelay: Infinity });
let articles = 0;
let tokens = 0;
for await (const line of rl) {
  if (!line) continue;
  if (articles >= LIMIT) break;
  const rec = JSON.parse(line) as { content?: string };
  articles++;
  const sents: string[][] = [];
  for (const para of (rec.content ?? '').split('\n')) {
    let cur: string[] = [];
    for (const t of tokenize(para)) {
      if (t.kind === 'url' || t.kind === 'email') continue;
      cur.push(t.text);
      if (t.kind === 'punct' && /^[.!?؟]+$/.test(t.text)) {
        sents.push(cur);
        cur = [];
      }
    }
    if (cur.length) sents.push(cur);
  }
  const tags = tagger.tagDocument(sents);
  sents.forEach((s, k) => {
    const base = tagger.extractor.analyze(s).map((t) => t.clitics.base);
    tokens += s.length;
    for (const b of base) total.set(b, (total.get(b) ?? 0) + 1);
    for (const sp of bioSpans(tags[k]!)) {
      const ti = TYPES.indexOf(sp.type);
      if (ti < 0) continue;
      for (let i = sp.start; i < sp.end; i++) {
        const b = base[i]!;
        let c = typed.get(b);
        if (!c) typed.set(b, (c = new Int32Array(TYPES.length)));
        c[ti]!++;
      }
    }
  });
  if (articles % 5000 === 0) log(`${articles} articles, ${tokens} tokens`);
}
const out: string[] = [];
for (const [b, c] of typed) {
  const n = total.get(b) ?? 0;
  if (n < MIN_COUNT || b.length < 2) continue;
  let ti = 0;
  for (let k = 1; k < c.length; k++) if (c[k]! > c[ti]!) ti = k;
  const share = c[ti]! / n;
  if (share >= MIN_SHARE) out.push(`${TYPES[ti]}\t${b}\t${share.toFixed(2)}\t${n}`);
}
out.sort();
const header = [
  '# Rasid NER induced lexicon. Lines: TYPE<TAB>word<TAB>entity share<TAB>occurrences; words are clitic-stripped base forms.',
  `# Built by scripts/induce-ner-lexicon.ts: ${articles} SaudiNewsNet articles (Alshehri 2015, CC BY-NC-SA 4.0), ${tokens} tokens, tagged by the NER model then in data/models/ner.model`,
  `# (trained on ANERcorp, Benajiba et al. 2007, CC BY-SA 4.0); kept: words seen >= ${MIN_COUNT} times, >= ${MIN_SHARE} of them inside entities of one type.`,
];
writeFileSync(OUT, header.join('\n') + '\n' + out.join('\n') + '\n');
log(`${articles} articles, ${tokens} tokens; wrote ${out.length} words to ${OUT}`);
