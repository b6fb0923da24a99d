// Check a new name-list file before it joins data/ner/name-lists/:
//   npx tsx scripts/check-name-list.ts FILE.tsv [--top N]
// Reports malformed lines (the loader's error), duplicates inside the file, names already in the
// shipped lists (by normalized form), and words that are frequent in the news (rank < N, default
// 15000 in data/text/wordfreq.tsv): for PER entries every word; for LOC/ORG/MISC one-word names and
// the words of longer names that no shipped list or earlier entry already labels. Frequent words
// are not errors by themselves ("بغداد" is frequent and a name); judge each one: an ordinary word
// or a common Arabic given name after folding must go.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNameList } from '../src/ner/name-lists.ts';
import { nameWords } from '../src/ner/actor-lexicon.ts';
import { normalize } from '../src/text/normalize.ts';

const args = process.argv.slice(2);
const file = args[0];
if (!file) {
  console.error('usage: npx tsx scripts/check-name-list.ts FILE.tsv [--top N]');
  process.exit(2);
}
const top = Number(args.includes('--top') ? args[args.indexOf('--top') + 1] : 15000);
const rank = new Map<string, number>();
let r = 0;
for (const l of readFileSync('data/text/wordfreq.tsv', 'utf8').split('\n')) {
  if (!l || l.startsWith('#')) continue;
  const w = normalize(l.split('\t')[0]!);
  r++;
  if (!rank.has(w)) rank.set(w, r);
}
// the shipped lists, less the file under check when it is one of them
const dir = 'data/ner/name-lists';
const shippedNames = new Map<string, string>();
const shippedWords = new Set<string>();
for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith('.tsv') || path.resolve(dir, f) === path.resolve(file)) continue;
  for (const e of parseNameList(readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f))) {
    const ws = nameWords(e.name);
    const key = e.kind + ' ' + ws.join(' ');
    if (!shippedNames.has(key)) shippedNames.set(key, f);
    for (const w of ws) shippedWords.add(w);
  }
}
const own = parseNameList(readFileSync(file, 'utf8'), file);
const seen = new Set<string>();
let dup = 0, already = 0;
const freq: string[] = [];
for (const e of own) {
  const ws = nameWords(e.name);
  const key = e.kind + ' ' + ws.join(' ');
  if (seen.has(key)) { dup++; console.log(`duplicate in the file (the same once normalized): ${e.kind}\t${e.name}`); continue; }
  seen.add(key);
  if (shippedNames.has(key)) { already++; console.log(`already in ${shippedNames.get(key)}: ${e.kind}\t${e.name}`); continue; }
  const check = e.kind === 'PER' || ws.length === 1 ? ws : ws.filter((w) => !shippedWords.has(w));
  for (const w of check) {
    const k = rank.get(w);
    if (w.length >= 3 && k !== undefined && k < top) freq.push(`frequent word (rank ${k}): "${w}" in ${e.kind}\t${e.name}`);
  }
}
for (const f of freq) console.log(f);
console.log(`${own.length} entries, ${seen.size} distinct; ${dup} duplicates in the file, ${already} already in the shipped lists, ${freq.length} frequent words to judge`);
