/**
 * Hand-annotated sets of whole news articles whose text lives outside the repository
 * (`data/eval/*.json`, format in docs/evaluation.md). A set stores, for each article, the corpus
 * line, URL and SHA-1 prefix that identify it, the names of its entities as text, and every
 * longer excerpt (quotation keys, event evidence, not-quotes) as character offsets into the
 * article; `loadArticleSet` reads the corpus and rebuilds each article's annotation in the format
 * of examples/articles/*.gold.json, so that `scoreAnalysis` scores it like the bundled examples.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { RasidError } from '../errors.ts';
import { SHARED_ROOT } from '../util/paths.ts';
import type { GoldAnnotation } from './score.ts';

export type Span = [number, number];

export interface SetArticleAnnotation {
  id: string;
  split: string;
  line: number;
  url: string;
  sha1: string;
  published: string;
  notes?: string[];
  entities: { text: string; type: string }[];
  acceptable_extra_entities: string[];
  quotes: { speaker: string; speaker_alt?: string[]; kind?: string; key: Span }[];
  not_quotes: Span[];
  events: { core?: boolean; type: string; type_alt?: string[]; source: string; target: string; mode?: string; evidence: Span; location?: string }[];
  actor_resolution: { surface: string; actor: string }[];
  dates: { surface: string; date: string }[];
}

export interface ArticleSetFile {
  version: number;
  /** The corpus, relative to the shared directory ("shared/data/news/…jsonl.gz"). */
  source: string;
  articles: SetArticleAnnotation[];
}

export interface LoadedArticle {
  id: string;
  split: string;
  url: string;
  text: string;
  gold: GoldAnnotation;
}

/** The corpus file of a set, or null when ../shared is absent (callers skip the set). */
export function articleSetCorpus(set: ArticleSetFile, sharedRoot = SHARED_ROOT): string | null {
  const file = path.join(sharedRoot, set.source.replace(/^shared\//, ''));
  return existsSync(file) ? file : null;
}

export function readArticleSet(file: string): ArticleSetFile {
  let set: ArticleSetFile;
  try {
    set = JSON.parse(readFileSync(file, 'utf8')) as ArticleSetFile;
  } catch (cause) {
    throw new RasidError('E_INPUT_JSON', `the article set ${file} is not valid JSON`, { input: file, hint: 'restore it from git', cause });
  }
  if (set.version !== 1 || !Array.isArray(set.articles) || typeof set.source !== 'string')
    throw new RasidError('E_INPUT_FORMAT', `${file} is not an article set (version 1 with "source" and "articles")`, { input: file, hint: 'see docs/evaluation.md for the format' });
  return set;
}

/**
 * Reads the articles of a set from its corpus (one JSON object a line, gzip) and rebuilds their
 * annotations. Throws when a line no longer holds the annotated article (URL or SHA-1 differ).
 */
export function loadArticleSet(set: ArticleSetFile, corpusFile: string, splits?: readonly string[]): LoadedArticle[] {
  const lines = gunzipSync(readFileSync(corpusFile)).toString('utf8').split('\n');
  const out: LoadedArticle[] = [];
  for (const a of set.articles) {
    if (splits && !splits.includes(a.split)) continue;
    const rec = JSON.parse(lines[a.line] ?? 'null') as { url: string; content: string } | null;
    const sha = rec ? createHash('sha1').update(rec.content).digest('hex').slice(0, 12) : '';
    if (!rec || rec.url !== a.url || sha !== a.sha1)
      throw new RasidError('E_INPUT_FORMAT', `line ${a.line} of ${corpusFile} is not the annotated article ${a.id} (${a.url})`, { input: corpusFile, hint: 'the corpus file changed; re-anchor the set or restore the corpus' });
    const text = rec.content;
    const at = (s: Span) => text.slice(s[0], s[1]);
    out.push({
      id: a.id,
      split: a.split,
      url: a.url,
      text,
      gold: {
        doc: a.id,
        published: a.published,
        entities: a.entities,
        acceptable_extra_entities: a.acceptable_extra_entities,
        quotes: a.quotes.map((q) => ({ speaker: q.speaker, speaker_alt: q.speaker_alt, kind: q.kind, key: at(q.key) })),
        not_quotes: a.not_quotes.map(at),
        events: a.events.map((e) => ({ core: e.core, type: e.type, type_alt: e.type_alt, source: e.source, target: e.target, mode: e.mode, evidence: at(e.evidence) })),
        actor_resolution: a.actor_resolution,
        dates: a.dates,
      },
    });
  }
  return out;
}
