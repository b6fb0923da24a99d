/**
 * The same query suite on SQLite and PostgreSQL. PostgreSQL tests skip with a message when no
 * server answers (.ci/postgres.sh starts one), except under CI=true where they must run.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Actor } from '../src/doc/types.ts';
import { eventToPlover } from '../src/corpus/export.ts';
import { fingerprint } from '../src/corpus/fingerprint.ts';
import { PostgresStore } from '../src/corpus/postgres.ts';
import { SearchText } from '../src/corpus/searchtext.ts';
import { SqliteStore } from '../src/corpus/sqlite.ts';
import { prepareAnalysis, type StoredAnalysis } from '../src/corpus/rows.ts';
import type { DocInput, Store } from '../src/corpus/store.ts';
import { PG_URL, article, pgUnavailable, tmpDir } from './corpus-fixtures.ts';
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { RasidError } from '../src/errors.ts';
import { openCorpus } from '../src/corpus/store.ts';
import { MIGRATIONS } from '../src/corpus/sql.ts';

const st = SearchText.load();
const KERRY: Actor = { id: 'kb:kerry', code: 'USAGOV', country: 'USA', sector: 'GOV', name: { ar: 'جون كيري', en: 'John Kerry' }, kind: 'person' };
const ZARIF: Actor = { id: 'kb:zarif', code: 'IRNGOV', country: 'IRN', sector: 'GOV', name: { ar: 'محمد جواد ظريف', en: 'Mohammad Javad Zarif' }, kind: 'person' };
const IRAN: Actor = { id: 'kb:irn', code: 'IRN', country: 'IRN', sector: null, name: { ar: 'إيران', en: 'Iran' }, kind: 'country' };

function analysis(text: string, day: string, k: number): StoredAnalysis {
  const at = (w: string) => {
    const i = text.indexOf(w);
    return { start: i, end: i + w.length, text: w };
  };
  const kerry = at('كيري');
  const iran = at('إيران');
  return {
    schemaVersion: 1,
    meta: { published: day, language: 'ar' },
    dates: [],
    numbers: [],
    entities: [{ id: 'e1', ...kerry, type: 'PER', norm: 'كيري', actor: KERRY }],
    quotes: [{ id: 'q1', kind: 'direct', ...at(`الاتفاق ${k} مهم`), speaker: { ...kerry, name: 'جون كيري', actor: KERRY }, stance: 'assert', cue: { ...at('قال'), lemma: 'قال' } }],
    events: [
      {
        id: 'ev1',
        type: k % 2 ? 'ACCUSE' : 'CONSULT',
        cameo: k % 2 ? '112' : '040',
        mode: k % 3 === 0 ? 'denied' : 'asserted',
        quad: 'verbal-conflict',
        source: { ...kerry, actor: KERRY },
        target: { ...iran, actor: k % 2 ? IRAN : ZARIF },
        evidence: at(`قال كيري`),
        claims: [{ stance: 'asserts', by: { ...kerry, actor: KERRY }, quote: 'q1', evidence: at(`الاتفاق ${k} مهم`) }],
      },
    ],
    actors: [KERRY, IRAN, ZARIF, { id: 'doc:1', code: '', country: null, sector: null, name: { ar: 'مسؤول' } }],
    actorMentions: [
      { ...kerry, norm: 'كيري', actor: KERRY, via: 'name', tokenStart: 0, tokenEnd: 1 },
      { ...iran, norm: 'ايران', actor: IRAN, via: 'name', tokenStart: 0, tokenEnd: 1 },
    ],
    titles: [],
    stages: ['test'],
  };
}

/** The fixture corpus: 6 analyzed articles over 3 months, 1 exact duplicate, 2 sources. */
function fixtureDocs(): DocInput[] {
  const docs: DocInput[] = [];
  for (let k = 0; k < 6; k++) {
    const day = `2015-0${7 + Math.floor(k / 2)}-1${k}`;
    const text = `قال كيري إن الاتفاق ${k} مهم مع إيران. ${k === 2 ? 'وتواصلت الهجمات على المدينة. ' : ''}${article(700 + k, 60)}`;
    const title = k === 4 ? 'الهجوم على الحدود' : `عنوان الخبر ${k}`;
    const t = st.index(title);
    const b = st.index(text);
    const fp = fingerprint(st.terms(text));
    docs.push({
      key: `test:${k}`,
      text,
      meta: { title, published: day, source: k % 2 ? 'okaz' : 'aawsat', url: `http://example.test/${k}` },
      contentHash: fp.contentHash,
      simhash: fp.simhash,
      bands: fp.bands,
      duplicateOf: null,
      dupKind: null,
      dupDistance: null,
      analysis: prepareAnalysis(analysis(text, day, k), day),
      index: { title: `${t.body} ${t.stem}`, body: b.body, stem: b.stem },
    });
  }
  const copy = docs[1]!;
  docs.push({ ...copy, key: 'test:copy', meta: { ...copy.meta, url: 'http://mirror.test/1' }, duplicateOf: { batchIndex: 1 }, dupKind: 'exact', dupDistance: 0, analysis: null, index: null, bands: [] });
  return docs;
}

/** Every query of the suite, in a comparable form. */
async function suite(s: Store) {
  const ids = await s.writeBatch(fixtureDocs());
  const norm = (id: number) => ids.indexOf(id);
  const search = async (q: string, o = {}) => (await s.search(q, o)).map((h) => norm(h.id));
  const out = {
    hits: {
      attacks: await search('الهجمات'),
      attackTitle: (await search('هجوم'))[0],
      iranJune: await search('إيران', { from: '2015-08-01', to: '2015-08-31' }),
      okaz: await search('كيري', { source: 'okaz' }),
      byActor: (await search('الاتفاق', { actor: 'IRNGOV' })).sort(),
      none: await search('كلمةغيرموجودة'),
    },
    quotesKerry: (await s.quotes({ speaker: 'كيري' })).map((q) => [norm(q.docId), q.text, q.speakerCode]),
    quotesCode: (await s.quotes({ actor: 'USAGOV', from: '2015-09-01' })).length,
    events: {
      accuse: (await s.events({ type: 'accuse' })).map((e) => norm(e.docId)),
      denied: (await s.events({ mode: 'denied' })).map((e) => [norm(e.docId), e.sourceCode, e.targetCode]),
      toIran: (await s.events({ source: 'USA', target: 'إيران' })).length,
      window: (await s.events({ from: '2015-08-01', to: '2015-08-31' })).map((e) => e.day),
    },
    profile: await (async () => {
      const p = (await s.actorProfile('John Kerry'))!;
      return { names: p.relations.map((r) => r.otherName).sort(), mentions: p.mentions, documents: p.documents, first: p.firstSeen, last: p.lastSeen, months: p.byMonth, relations: p.relations.map((r) => [r.direction, r.other, r.events, r.types.sort()]), co: p.coMentions.map((c) => [c.actor, c.documents]), quotes: p.quotes.length };
    })(),
    actorsByCode: (await s.findActors('USAGOV')).map((a) => a.id),
    stats: { ...(await s.stats()), bytes: 0 },
    exported: await (async () => {
      const rows: Record<string, unknown>[] = [];
      await s.exportRows('events', (r) => void rows.push(r));
      const docs: Record<string, unknown>[] = [];
      await s.exportRows('documents', (r) => void docs.push(r));
      const actors: Record<string, unknown>[] = [];
      await s.exportRows('actors', (r) => void actors.push(r));
      const p = eventToPlover(rows[0]!);
      const analyses = docs.map((d) => (d.analysis === null ? null : (JSON.parse(d.analysis as string) as StoredAnalysis)));
      return {
        events: rows.length,
        docs: docs.length,
        dupOf: docs.filter((d) => d.duplicate_of !== null).map((d) => norm(d.duplicate_of as number)),
        actors: actors.map((a) => a.id),
        plover: [p.event, p.source, p.target, p.factuality, p.date],
        // The analysis comes back whole (SQLite stores it compressed), null for the duplicate.
        analyses: analyses.map((a) => (a ? [a.stages, a.quotes.length, a.events[0]!.type] : null)),
        eventData: (rows[0]!.data as string).length > 0 && JSON.parse(rows[0]!.data as string).id,
        // Rows of the layer tables come back with their analysis objects as `data`.
        layerData: await (async () => {
          const out: Record<string, unknown[]> = {};
          for (const t of ['entities', 'quotes', 'claims'] as const) {
            const rs: Record<string, unknown>[] = [];
            await s.exportRows(t, (r) => void rs.push(r));
            out[t] = rs.map((r) => {
              const d = JSON.parse(r.data as string) as { actor?: Actor; text?: string; quote?: string };
              return t === 'entities' ? d.actor!.id : t === 'quotes' ? d.text === r.text : d.quote;
            });
          }
          return out;
        })(),
        queriedData: (await s.events({ type: 'accuse' })).map((e) => (e.data as { claims: unknown[]; id: string }).claims.length),
      };
    })(),
  };
  return out;
}

const results: Record<string, unknown> = {};

describe('query suite: SQLite', () => {
  test('search, quotes, events, actor profile, export', async () => {
    const s = SqliteStore.open(path.join(tmpDir(), 'q.db'));
    const r = await suite(s);
    results.sqlite = r;
    await s.close();
    assert.deepEqual(r.hits.attacks, [2, 4], 'الهجمات finds هجمات in a text and هجوم in a title');
    assert.equal(r.hits.attackTitle, 4, 'a title match ranks first');
    assert.deepEqual([...r.hits.iranJune].sort(), [2, 3]);
    assert.deepEqual([...r.hits.okaz].sort(), [1, 3, 5]);
    assert.deepEqual(r.hits.byActor, [], 'IRNGOV is never mentioned (only an event target): no documents');
    assert.deepEqual(r.hits.none, []);
    assert.equal(r.quotesKerry.length, 6);
    assert.deepEqual(r.quotesKerry[0], [5, 'الاتفاق 5 مهم', 'USAGOV'], 'latest first');
    assert.equal(r.quotesCode, 2);
    assert.deepEqual([...r.events.accuse].sort(), [1, 3, 5]);
    assert.deepEqual(r.events.denied, [[3, 'USAGOV', 'IRN'], [0, 'USAGOV', 'IRNGOV']]);
    assert.equal(r.events.toIran, 3);
    assert.deepEqual(r.events.window, ['2015-08-13', '2015-08-12']);
    assert.equal(r.profile.mentions, 6);
    assert.equal(r.profile.first, '2015-07-10');
    assert.deepEqual(r.profile.months.map((m) => m.month), ['2015-07', '2015-08', '2015-09']);
    assert.deepEqual(r.profile.relations[0], ['source', 'kb:irn', 3, ['ACCUSE']]);
    assert.deepEqual(r.profile.co, [['kb:irn', 6]]);
    assert.deepEqual(r.actorsByCode, ['kb:kerry']);
    assert.equal(r.stats.documents, 7);
    assert.equal(r.stats.duplicates, 1);
    assert.equal(r.stats.claims, 6);
    assert.deepEqual(r.exported.dupOf, [1]);
    assert.ok(r.exported.actors.includes('d1:1') && r.exported.actors.includes('d6:1'), 'document-level actors are scoped by document');
    assert.deepEqual(r.exported.plover, ['CONSULT', 'USAGOV', 'IRNGOV', 'denied', '2015-07-10']);
    assert.deepEqual(r.exported.analyses, [...[0, 1, 2, 3, 4, 5].map((k) => [['test'], 1, k % 2 ? 'ACCUSE' : 'CONSULT']), null]);
    assert.equal(r.exported.eventData, 'ev1');
    assert.deepEqual(r.exported.layerData, { entities: Array(6).fill('kb:kerry'), quotes: Array(6).fill(true), claims: Array(6).fill('q1') });
    assert.deepEqual(r.exported.queriedData, [1, 1, 1]);
    assert.deepEqual(r.profile.names, ['إيران', 'محمد جواد ظريف']);
  });
});

describe('query suite: PostgreSQL', () => {
  let why: string | null = null;
  before(async () => {
    why = await pgUnavailable();
  });
  test('the same answers as SQLite', async (t) => {
    if (why) return t.skip(why);
    const s0 = await PostgresStore.open(PG_URL);
    await s0.dropAll();
    await s0.close();
    const s = await PostgresStore.open(PG_URL);
    try {
      const r = await suite(s);
      assert.ok(results.sqlite, 'the SQLite suite ran first');
      const sq = results.sqlite as typeof r;
      // Ranking functions differ (bm25 vs ts_rank): compare result sets, and the top title match.
      const sorted = (x: typeof r) => ({ ...x, hits: Object.fromEntries(Object.entries(x.hits).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])) });
      assert.deepEqual(sorted(r), sorted(sq));
    } finally {
      await s.dropAll();
      await s.close();
    }
  });
  test('ingest into PostgreSQL: duplicates, idempotence, search', async (t) => {
    if (why) return t.skip(why);
    const { ingest } = await import('../src/corpus/ingest/ingest.ts');
    const { writeFileSync } = await import('node:fs');
    const file = path.join(tmpDir(), 'pg.jsonl');
    const recs = [0, 1, 2, 3].map((k) => ({ url: `http://pg.test/${k}`, title: `عنوان ${k}`, content: article(800 + k, 60) }));
    recs.push({ url: 'http://pg.test/copy', title: 'نسخة', content: recs[0]!.content });
    writeFileSync(file, recs.map((r) => JSON.stringify(r)).join('\n'));
    const s0 = await PostgresStore.open(PG_URL);
    await s0.dropAll();
    await s0.close();
    const s = await PostgresStore.open(PG_URL);
    try {
      const opts = { workers: 0, batchSize: 2, followLinks: false, analyzer: { noLanguageModel: true } };
      const r1 = await ingest(s, [file], opts);
      assert.deepEqual([r1.ingested, r1.exactDuplicates, r1.failed], [4, 1, 0]);
      const r2 = await ingest(s, [file], opts);
      assert.deepEqual([r2.ingested, r2.unchanged], [0, 5]);
      assert.equal((await s.stats()).documents, 5);
      const hits = await s.search('عنوان 2');
      assert.equal(hits[0]?.url, 'http://pg.test/2');
    } finally {
      await s.dropAll();
      await s.close();
    }
  });
});

describe('opening a corpus to query it', () => {
  const storeError = (re: RegExp) => (e: unknown) => e instanceof RasidError && e.code === 'E_STORE' && re.test(`${e.input} ${e.message} ${e.hint}`);
  test('a missing file, an empty corpus and a foreign database are E_STORE errors naming the path and what to do', async () => {
    const dir = tmpDir();
    const missing = path.join(dir, 'missing.db');
    await assert.rejects(openCorpus(missing), storeError(/missing\.db.*no corpus database.*rasid ingest/));
    assert.equal(existsSync(missing), false, 'a query does not create the file');
    const empty = path.join(dir, 'empty.db');
    (await SqliteStore.open(empty)).close();
    await assert.rejects(openCorpus(empty), storeError(/empty\.db.*no documents.*rasid ingest/));
    const foreign = path.join(dir, 'foreign.db');
    const d = new Database(foreign);
    d.exec('CREATE TABLE notes (x TEXT)');
    d.close();
    await assert.rejects(openCorpus(foreign), storeError(/foreign\.db.*not a Rasid corpus/));
    const d2 = new Database(foreign, { readonly: true });
    assert.deepEqual(d2.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all(), ['notes'], 'left untouched');
    d2.close();
    const s = SqliteStore.open(path.join(dir, 'one.db'));
    await s.writeBatch(fixtureDocs().slice(0, 1));
    await s.close();
    const c = await openCorpus(path.join(dir, 'one.db'));
    assert.equal((await c.stats()).documents, 1);
    await c.close();
  });
  test('an empty PostgreSQL corpus is E_STORE', async (t) => {
    const why = await pgUnavailable();
    if (why) return t.skip(why);
    const s0 = await PostgresStore.open(PG_URL);
    await s0.dropAll();
    await s0.close();
    await assert.rejects(openCorpus(PG_URL), storeError(/no documents/));
    const s = await PostgresStore.open(PG_URL);
    await s.dropAll();
    await s.close();
  });
});

test('a corpus made before migration 3 (row copies, uncompressed analysis) is migrated and reads the same', async () => {
  const file = path.join(tmpDir(), 'old.db');
  const doc = fixtureDocs()[0]!;
  const old = new Database(file);
  old.exec('CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.filter((x) => x.version < 3)) {
    old.exec(m.sql('sqlite')!);
    old.prepare('INSERT INTO migrations VALUES (?, ?, ?)').run(m.version, m.name, '2015-01-01');
  }
  old.prepare("INSERT INTO documents (id, key, text, content_hash, published, analysis, ingested_at) VALUES (1, 'old:1', ?, ?, '2015-07-10', ?, '2015-01-01')").run(doc.text, doc.contentHash, doc.analysis!.json);
  const ent = JSON.parse(doc.analysis!.json).entities[0];
  old.prepare("INSERT INTO entities (doc_id, eid, start_off, end_off, text, type, norm, actor_id, data) VALUES (1, 'e1', 0, 4, 'كيري', 'PER', 'كيري', 'kb:kerry', ?)").run(JSON.stringify(ent));
  old.close();
  const s = SqliteStore.open(file);
  const rows: Record<string, unknown>[] = [];
  await s.exportRows('entities', (r) => void rows.push(r));
  const docs: Record<string, unknown>[] = [];
  await s.exportRows('documents', (r) => void docs.push(r));
  await s.close();
  assert.equal(rows.length, 1);
  assert.deepEqual(Object.keys(rows[0]!), ['doc_id', 'eid', 'start_off', 'end_off', 'text', 'type', 'norm', 'actor_id', 'data'], 'data is still exported last');
  assert.deepEqual(JSON.parse(rows[0]!.data as string), ent);
  assert.equal(docs[0]!.analysis, doc.analysis!.json, 'an uncompressed analysis reads as it was stored');
});
