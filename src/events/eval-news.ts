/**
 * Scoring events on hand-labelled news sentences (tests/fixtures/events-news.jsonl): one labelled
 * event per sentence (PLOVER type, accepted source codes, accepted target codes). Used by
 * `npm run eval:events` (scripts/eval-events.ts) and tests/events-news.test.ts.
 *
 * Among the predicted events of the labelled type, the one agreeing best with the labels is scored.
 * Country = the first three letters of the CAMEO-style code (IRQ; IMG for the Islamic State);
 * country+sector = the first six (IRQMIL, IMGMUS, YEMREB), or the whole code when it is shorter (a
 * bare country label "SYR" wants a bare country). A coordinated argument is right when one member is; an
 * empty label ([]: the sentence names none) is right when no argument is given.
 */
import { readFileSync } from 'node:fs';
import type { RasidDocument } from '../doc/document.ts';
import type { DocMeta, EventArgument, PoliticalEvent } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { PROJECT_ROOT } from '../util/paths.ts';
import path from 'node:path';

export interface NewsItem {
  id: string;
  split: 'tune' | 'holdout' | 'blind' | 'blind2';
  type: string;
  source: string[];
  target: string[];
  text: string;
  published?: string;
}

export interface NewsScore {
  n: number;
  type: number;
  sourceCountry: number;
  sourceFull: number;
  targetCountry: number;
  targetFull: number;
  /** Type, source and target (country+sector) all right. */
  all: number;
  misses: { id: string; text: string; want: string; got: string }[];
}

export const NEWS_FIXTURE = path.join(PROJECT_ROOT, 'tests/fixtures/events-news.jsonl');
const DEFAULT_DATE = '2016-06-01';

export function loadNewsSet(file = NEWS_FIXTURE): NewsItem[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new RasidError('E_RESOURCE_MISSING', 'the labelled news sentences are missing', { input: file, hint: 'restore tests/fixtures/events-news.jsonl' });
  }
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as NewsItem);
}

const codesOf = (a: EventArgument | null | undefined): string[] => (a ? (a.members ?? [a]).map((m) => m.actor?.code ?? '').filter(Boolean) : []);
const country = (c: string) => c.slice(0, 3);
const full = (c: string) => c.slice(0, 6);

/** [country right, country+sector right] for an argument against accepted labels. */
export function argScore(a: EventArgument | null | undefined, want: string[]): [boolean, boolean] {
  const got = codesOf(a);
  // an empty label: the sentence names no such argument, so none is right
  if (!want.length) return [!got.length, !got.length];
  return [got.some((g) => want.some((w) => country(g) === country(w))), got.some((g) => want.some((w) => full(g) === full(w)))];
}

function describe(e: PoliticalEvent | undefined): string {
  if (!e) return 'no event';
  const a = (x: EventArgument | null) => (x ? `${codesOf(x).join('+') || '?'} «${x.text}»` : '-');
  return `${e.type} ${a(e.source)} → ${a(e.target)} [${e.trigger?.text ?? ""}]`;
}

/** Analyze every sentence with `analyzer` (the real pipeline) and score it. */
export function scoreNewsSet(analyzer: { analyze(text: string, meta?: DocMeta): RasidDocument }, items: NewsItem[], opts: { noDate?: boolean } = {}): NewsScore {
  const r: NewsScore = { n: items.length, type: 0, sourceCountry: 0, sourceFull: 0, targetCountry: 0, targetFull: 0, all: 0, misses: [] };
  for (const it of items) {
    const doc = analyzer.analyze(it.text, opts.noDate ? {} : { published: it.published ?? DEFAULT_DATE });
    const evs = doc.allEvents().filter((e) => e.type === it.type);
    let best: PoliticalEvent | undefined;
    let bestS = -1;
    let bestV: [boolean, boolean, boolean, boolean] = [false, false, false, false];
    for (const e of evs) {
      const [sc, sf] = argScore(e.source, it.source);
      const [tc, tf] = argScore(e.target, it.target);
      const s = +sc + 2 * +sf + +tc + 2 * +tf;
      if (s > bestS) {
        best = e;
        bestS = s;
        bestV = [sc, sf, tc, tf];
      }
    }
    if (best) r.type++;
    r.sourceCountry += +bestV[0];
    r.sourceFull += +bestV[1];
    r.targetCountry += +bestV[2];
    r.targetFull += +bestV[3];
    const ok = !!best && bestV[1] && bestV[3];
    if (ok) r.all++;
    else {
      const got = best ? describe(best) : doc.allEvents().length ? `wrong type: ${doc.allEvents().map(describe).join(' ; ')}` : 'no event';
      r.misses.push({ id: it.id, text: it.text, want: `${it.type} ${it.source.join('|')} → ${it.target.join('|')}`, got });
    }
  }
  return r;
}
