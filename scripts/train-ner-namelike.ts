/**
 * `npm run train:ner-namelike`: trains the name-likeness model (src/ner/namelike.ts) and writes
 * data/models/ner-namelike.tsv. Deterministic, a few seconds.
 *
 * Classes and their words (normalized; one count per distinct word, not per occurrence):
 *   PERS / LOC / ORG  words of ANERgazet names (../shared/data/ner/gazetteers/), words of the actor
 *                     knowledge base's names of each kind (src/ner/actor-lexicon.ts actorWordLabels),
 *                     induced-lexicon words (data/models/ner-induced-lexicon.tsv, MISC left out)
 *   O                 the most frequent words of data/text/wordfreq.tsv (clitic-stripped base forms) that
 *                     are in none of those lists (--negatives N, default 30000)
 * A word listed under several name classes counts for each. No ANERcorp label is read.
 *
 * Options: --negatives N  --min-total N (prune n-grams seen fewer times, default 2)  --out FILE
 *          --actor-words-from MODEL (the actor words stored in a NER model file instead of the knowledge base)
 *          --auto-lexicon FILE (the induced lexicon to read, default data/models/ner-induced-lexicon.tsv)
 *          --name-lists DIR (add the words of the team's name lists, src/ner/name-lists.ts; MISC left out)
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { readAnerGazet } from '../src/ner/corpora.ts';
import { actorWordLabels } from '../src/ner/actor-lexicon.ts';
import { ActorKB } from '../src/actors/kb.ts';
import { parseModel } from '../src/ner/model.ts';
import { analyzeClitics } from '../src/ner/clitics.ts';
import { nameNgrams, NameLikeModel } from '../src/ner/namelike.ts';
import { addNameListLabels, loadNameLists, withoutListLabels } from '../src/ner/name-lists.ts';
import { normalize } from '../src/text/normalize.ts';
import { dataPath } from '../src/util/paths.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1]! : def;
};
const log = (s: string) => process.stderr.write(s + '\n');
const NEG = Number(opt('--negatives', '30000'));
const MIN_TOTAL = Number(opt('--min-total', '2'));
const OUT = path.resolve(opt('--out', dataPath('models', 'ner-namelike.tsv')));
const AW_FROM = opt('--actor-words-from', '');

const CLASSES = ['PERS', 'LOC', 'ORG', 'O'];
const words: Set<string>[] = CLASSES.map(() => new Set());
const ARABIC = /^[\u0621-\u064a]{2,}$/;
const addWord = (cls: number, w: string) => {
  if (ARABIC.test(w)) words[cls]!.add(w);
};

// ANERgazet: every word of every phrase
let gazN = 0;
for (const line of readAnerGazet().entries()) {
  const [type, phrase] = line.split('\t');
  const cls = CLASSES.indexOf(type!);
  if (cls < 0 || cls > 2) continue;
  for (const w of phrase!.split(' ')) addWord(cls, w);
  gazN++;
}
// actor knowledge base: words of the names of each kind
const actorWords = AW_FROM ? withoutListLabels(parseModel(readFileSync(AW_FROM), AW_FROM).actorWords) ?? new Map<string, string>() : actorWordLabels(ActorKB.load());
const KIND: Record<string, number> = { PER: 0, LOC: 1, ORG: 2 };
const addLabelled = (w: string, labels: string) => {
  for (const lab of labels.split(' ')) {
    const k = KIND[lab.slice(0, 3)];
    if (k !== undefined) addWord(k, w);
  }
};
for (const [w, labels] of actorWords) addLabelled(w, labels);
// --name-lists DIR: the words of the team's name lists (src/ner/name-lists.ts) too (MISC left out)
const NL_DIR = opt('--name-lists', '');
const nameLists = NL_DIR ? loadNameLists(NL_DIR) : { files: [], entries: [] };
for (const [w, labels] of addNameListLabels(undefined, nameLists.entries)) addLabelled(w, labels);
// induced lexicon (PERS / LOC / ORG)
const AUTO = path.resolve(opt('--auto-lexicon', dataPath('models', 'ner-induced-lexicon.tsv')));
let autoN = 0;
if (existsSync(AUTO)) {
  for (const line of readFileSync(AUTO, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [type, w] = line.split('\t');
    const cls = CLASSES.indexOf(type!);
    if (cls < 0 || cls > 2) continue;
    addWord(cls, w!);
    autoN++;
  }
}
const names = new Set<string>();
for (let c = 0; c < 3; c++) for (const w of words[c]!) names.add(w);
// ordinary words: frequent base forms of the word-frequency table in none of the lists
for (const line of readFileSync(dataPath('text', 'wordfreq.tsv'), 'utf8').split('\n')) {
  if (words[3]!.size >= NEG) break;
  if (!line || line.startsWith('#')) continue;
  const form = normalize(line.slice(0, line.indexOf('\t')));
  const base = analyzeClitics(form).base;
  if (names.has(form) || names.has(base)) continue;
  addWord(3, base);
}
log(`words: ${CLASSES.map((c, k) => `${c} ${words[k]!.size}`).join(', ')} (ANERgazet ${gazN} phrases, actor words ${actorWords.size}, induced lexicon ${autoN}, name lists ${nameLists.entries.length} names)`);

function countNgrams(sets: Set<string>[], skip?: (cls: number, w: string) => boolean) {
  const counts = new Map<string, number[]>();
  const totals = CLASSES.map(() => 0);
  sets.forEach((set, k) => {
    for (const w of set) {
      if (skip?.(k, w)) continue;
      for (const g of nameNgrams(w)) {
        let c = counts.get(g);
        if (!c) counts.set(g, (c = CLASSES.map(() => 0)));
        c[k]!++;
        totals[k]!++;
      }
    }
  });
  return { counts, totals };
}

// held-out check: every 10th word (in sorted order) of each class held out
const held = (w: string) => {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return (h >>> 0) % 10 === 0;
};
{
  const { counts, totals } = countNgrams(words, (_k, w) => held(w));
  const m = new NameLikeModel(CLASSES, totals, counts.size, counts);
  const conf = CLASSES.map(() => CLASSES.map(() => 0));
  words.forEach((set, k) => {
    for (const w of set) if (held(w)) conf[k]![CLASSES.indexOf(m.score(w).top)]!++;
  });
  let ok = 0;
  let all = 0;
  conf.forEach((row, k) => row.forEach((x, j) => ((all += x), (ok += k === j ? x : 0))));
  log(`held-out words (1 in 10): accuracy ${((100 * ok) / all).toFixed(1)}%; rows gold, columns predicted (${CLASSES.join(' ')}):`);
  conf.forEach((row, k) => log(`  ${CLASSES[k]}: ${row.join(' ')}`));
}

const { counts, totals } = countNgrams(words);
const kept = [...counts].filter(([, c]) => c.reduce((a, b) => a + b, 0) >= MIN_TOTAL).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
const lines = [
  '# Rasid NER name-likeness model (src/ner/namelike.ts documents the format): character 2-4-gram counts of words per class.',
  `# Built by scripts/train-ner-namelike.ts: PERS/LOC/ORG = words of ANERgazet names (Benajiba et al. 2007), of the Rasid actor knowledge base's names`,
  '# (data/actors/actors.jsonl, its own credits there) and of the induced lexicon (data/models/ner-induced-lexicon.tsv, from SaudiNewsNet, Alshehri 2015, CC BY-NC-SA 4.0);',
  `# O = the ${words[3]!.size} most frequent base forms of data/text/wordfreq.tsv (SaudiNewsNet and ANERcorp text) in none of those lists. No ANERcorp labels used.`,
  `# Actor words: ${actorWords.size}${AW_FROM ? ` (stored in ${path.relative(dataPath('..'), path.resolve(AW_FROM))})` : ' (data/actors/actors.jsonl)'}${nameLists.entries.length ? `; words of the name lists (${nameLists.files.length} files of data/ner/name-lists/, ${nameLists.entries.length} names)` : ''}. n-grams seen fewer than ${MIN_TOTAL} times pruned.`,
  ['!classes', ...CLASSES].join('\t'),
  ['!words', ...words.map((s) => s.size)].join('\t'),
  ['!total', ...totals].join('\t'),
  `!vocab\t${counts.size}`,
  ...kept.map(([g, c]) => [g, ...c].join('\t')),
];
writeFileSync(OUT, lines.join('\n') + '\n');
log(`${kept.length} of ${counts.size} n-grams kept -> ${OUT}`);
// bucket distribution over the training words (sanity)
const model = NameLikeModel.parse(readFileSync(OUT, 'utf8'), OUT);
const dist = new Map<string, number>();
for (const set of words) for (const w of set) {
  const f = model.feature(w) ?? '-';
  dist.set(f, (dist.get(f) ?? 0) + 1);
}
log('features over the training words: ' + [...dist].sort().map(([f, n]) => `${f} ${n}`).join(', '));
