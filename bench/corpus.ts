/**
 * The benchmark corpus: ../shared/data/news/saudinewsnet/sample-3000.jsonl when present,
 * otherwise the bundled example articles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, SHARED_ROOT } from '../src/util/paths.ts';

export interface BenchArticle {
  id: string;
  text: string;
  published?: string;
}

export function loadBenchCorpus(limit = Infinity): { name: string; articles: BenchArticle[] } {
  const sample = path.join(SHARED_ROOT, 'data/news/saudinewsnet/sample-3000.jsonl');
  if (existsSync(sample)) {
    const articles: BenchArticle[] = [];
    for (const line of readFileSync(sample, 'utf8').split('\n')) {
      if (!line.trim() || articles.length >= limit) continue;
      const r = JSON.parse(line) as { id?: string; content?: string; date_extracted?: string };
      if (r.content) articles.push({ id: String(r.id ?? articles.length), text: r.content, published: r.date_extracted?.slice(0, 10) });
    }
    return { name: 'saudinewsnet sample-3000', articles };
  }
  const dir = path.join(PROJECT_ROOT, 'examples/articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: f, text: readFileSync(path.join(dir, f), 'utf8') }));
  return { name: 'bundled examples', articles };
}

/** Count words (Arabic and Latin word tokens) the cheap way, for rates. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
