/**
 * The whole-article evaluation set (data/eval/saudinewsnet-articles.json): its format, and that every
 * stored offset rebuilds an excerpt of its article. Reads the corpus from ../shared and skips cleanly
 * when it is absent.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from 'node:test';
import { articleSetCorpus, loadArticleSet, readArticleSet, type ArticleSetFile } from '../src/eval/article-set.ts';
import { RasidError } from '../src/errors.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';

const SET = path.join(PROJECT_ROOT, 'data/eval/saudinewsnet-articles.json');

test('article set: format, splits and annotation counts', () => {
  const set = readArticleSet(SET);
  assert.equal(set.version, 1);
  assert.equal(set.articles.length, 82);
  const splits = new Map<string, number>();
  for (const a of set.articles) splits.set(a.split, (splits.get(a.split) ?? 0) + 1);
  assert.deepEqual([...splits.entries()].sort(), [['blind', 41], ['dev', 41]]);
  assert.equal(new Set(set.articles.map((a) => a.line)).size, 82, 'no article twice');
  for (const a of set.articles) {
    assert.match(a.sha1, /^[0-9a-f]{12}$/);
    assert.ok(a.entities.length > 0 && a.events.every((e) => e.evidence[0] < e.evidence[1]) && a.quotes.every((q) => q.key[0] < q.key[1]), a.id);
  }
});

test('article set: every offset rebuilds its excerpt from the corpus (skipped without ../shared)', (t) => {
  const set = readArticleSet(SET);
  const corpus = articleSetCorpus(set);
  if (!corpus) {
    t.skip('../shared is absent');
    return;
  }
  const arts = loadArticleSet(set, corpus);
  assert.equal(arts.length, 82);
  for (const a of arts) {
    for (const q of a.gold.quotes ?? []) assert.ok(q.key.trim().split(/\s+/).length >= 2 && a.text.includes(q.key), `${a.id}: ${q.key}`);
    for (const e of a.gold.events ?? []) assert.ok(a.text.includes(e.evidence), `${a.id}: ${e.evidence}`);
  }
  assert.deepEqual(loadArticleSet(set, corpus, ['blind']).map((a) => a.split), Array(41).fill('blind'));
});

test('article set: a corpus line that is no longer the annotated article is a typed error', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasid-set-'));
  const corpus = path.join(dir, 'c.jsonl.gz');
  writeFileSync(corpus, gzipSync(JSON.stringify({ url: 'http://example.test/a', content: 'نص آخر' }) + '\n'));
  const set: ArticleSetFile = {
    version: 1,
    source: 'shared/c.jsonl.gz',
    articles: [{ id: 'x', split: 'dev', line: 0, url: 'http://example.test/a', sha1: '000000000000', published: '2015-07-01', entities: [], acceptable_extra_entities: [], quotes: [], not_quotes: [], events: [], actor_resolution: [], dates: [] }],
  };
  assert.throws(() => loadArticleSet(set, corpus), (e: unknown) => e instanceof RasidError && e.code === 'E_INPUT_FORMAT' && /line 0/.test(e.message));
  const bad = path.join(dir, 'bad.json');
  writeFileSync(bad, '{"version": 2}');
  assert.throws(() => readArticleSet(bad), (e: unknown) => e instanceof RasidError && e.code === 'E_INPUT_FORMAT');
});
