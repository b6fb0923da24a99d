// Check a name-list file before it joins data/ner/name-lists/ (docs/ner.md, "Name lists"):
//   npx tsx scripts/check-name-list.ts FILE.tsv [--top N]
// Reports malformed lines (the loader's error), duplicates inside the file, names already in the
// shipped lists under the same kind (by normalized form), and words that are frequent in the news
// (rank < N, default 15000, among the folded forms of data/text/wordfreq.tsv; words of one or two letters get no label, so
// they are not checked): for PER entries every word; for LOC/ORG/MISC one-word names and the words of
// longer names that no shipped list or earlier entry of the file already labels. Frequent words are
// not errors by themselves ("بغداد" is frequent and a name): judge each one; an ordinary word or a
// common Arabic given name once folded must go.
// Exit code: 0 when the file is clean apart from frequent words to judge, 1 when it has duplicates or
// names already listed, 2 for a usage error or an unreadable or malformed file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RasidError } from '../src/errors.ts';
import { nameWords } from '../src/ner/actor-lexicon.ts';
import { parseNameList, type NameListEntry } from '../src/ner/name-lists.ts';
import { fullFormFrequencies, loadCliticData } from '../src/text/clitics.ts';
import { dataPath } from '../src/util/paths.ts';

const USAGE = 'usage: npx tsx scripts/check-name-list.ts FILE.tsv [--top N]';
function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

let file: string;
let top: number;
try {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string' } }, allowPositionals: true });
  if (positionals.length !== 1) fail(USAGE);
  file = positionals[0]!;
  top = values.top === undefined ? 15000 : Number(values.top);
  if (!Number.isInteger(top) || top <= 0) fail(`--top ${values.top}: give a positive whole number of words\n${USAGE}`);
} catch (e) {
  fail(`${(e as Error).message}\n${USAGE}`);
}
if (!existsSync(file)) fail(`${file}: no such file; give the path of a name-list .tsv file`);

function parseFile(f: string): NameListEntry[] {
  try {
    return parseNameList(readFileSync(f, 'utf8'), f);
  } catch (e) {
    if (e instanceof RasidError) fail(`${f}: ${e.message} (${e.hint ?? 'fix the line'})`);
    throw e;
  }
}

// ranks of the folded word forms in data/text/wordfreq.tsv, read through its one reader
const rank = new Map<string, number>();
const counts = fullFormFrequencies(loadCliticData().freq, undefined, 1);
[...counts.entries()].sort((x, y) => y[1] - x[1]).forEach(([w], i) => rank.set(w, i + 1));
// the shipped lists, less the file under check when it is one of them
const dir = dataPath('ner', 'name-lists');
const shippedNames = new Map<string, string>();
const labelled = new Set<string>();
for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith('.tsv') || path.resolve(dir, f) === path.resolve(file)) continue;
  for (const e of parseFile(path.join(dir, f))) {
    const ws = nameWords(e.name);
    const key = e.kind + ' ' + ws.join(' ');
    if (!shippedNames.has(key)) shippedNames.set(key, f);
    for (const w of ws) labelled.add(w);
  }
}
const own = parseFile(file);
const seen = new Set<string>();
let dup = 0;
let already = 0;
const freq: string[] = [];
for (const e of own) {
  const ws = nameWords(e.name);
  const key = e.kind + ' ' + ws.join(' ');
  if (seen.has(key)) {
    dup++;
    process.stdout.write(`duplicate in the file (the same once normalized): ${e.kind}\t${e.name}\n`);
    continue;
  }
  seen.add(key);
  if (shippedNames.has(key)) {
    already++;
    process.stdout.write(`already in ${shippedNames.get(key)}: ${e.kind}\t${e.name}\n`);
    continue;
  }
  const check = e.kind === 'PER' || ws.length === 1 ? ws : ws.filter((w) => !labelled.has(w));
  for (const w of check) {
    const k = rank.get(w);
    if (w.length >= 3 && k !== undefined && k < top) freq.push(`frequent word (rank ${k}): "${w}" in ${e.kind}\t${e.name}`);
  }
  for (const w of ws) labelled.add(w);
}
for (const f of freq) process.stdout.write(`${f}\n`);
process.stdout.write(`${own.length} entries, ${seen.size} distinct; ${dup} duplicates in the file, ${already} already in the shipped lists, ${freq.length} frequent words to judge\n`);
process.exitCode = dup || already ? 1 : 0;
