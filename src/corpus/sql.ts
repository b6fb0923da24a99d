/**
 * What the SQLite and PostgreSQL stores share: the schema (one definition in two dialects), the
 * written columns, the batch rows, and every query but full-text search, in `SqlStore`, a base
 * class that runs them through its backend's `all()`. A backend adds connection handling,
 * migrations, writing (prepared statements in SQLite, multi-row INSERTs in PostgreSQL) and
 * full-text search (FTS5, tsvector).
 */
import { inflateSync } from 'node:zlib';
import { normalize } from '../text/normalize.ts';
import { eventId, layerObjects, scopeRows, type ActorRecord, type DocRows, type StoredAnalysis } from './rows.ts';
import type {
  ActorProfile,
  ActorRow,
  DocFilter,
  DocInput,
  EventFilter,
  EventRow,
  ExportTable,
  IngestRunCounts,
  QuoteFilter,
  QuoteRow,
  SearchHit,
  SearchOptions,
  Store,
  StoreStats,
} from './store.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  name: string;
  /** The statements for a dialect; null where the migration does not apply to it. */
  sql: (d: Dialect) => string | null;
}

/** The tables (docs/corpus.md). SQLite and PostgreSQL differ only in column types and indexes. */
function schemaSql(d: Dialect): string {
  const pg = d === 'postgres';
  const json = pg ? 'JSONB' : 'TEXT';
  // PostgreSQL has no rowid: a serial key gives the export order.
  const rid = pg ? 'rid BIGSERIAL PRIMARY KEY, ' : '';
  return `
CREATE TABLE documents (
  id ${pg ? 'SERIAL' : 'INTEGER'} PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  ext_id TEXT, url TEXT, source TEXT, title TEXT, author TEXT, published TEXT, language TEXT, input TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  simhash TEXT,
  duplicate_of INTEGER REFERENCES documents(id),
  dup_kind TEXT,
  dup_distance INTEGER,
  analysis ${json},${pg ? '\n  tsv TSVECTOR,' : ''}
  ingested_at ${pg ? 'TIMESTAMPTZ NOT NULL DEFAULT now()' : 'TEXT NOT NULL'}
);
CREATE INDEX documents_hash ON documents(content_hash) WHERE duplicate_of IS NULL;
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(${pg ? 'lower(source)' : 'source'});
CREATE INDEX documents_dup ON documents(duplicate_of);
${pg ? 'CREATE INDEX documents_tsv ON documents USING GIN (tsv);' : "CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, stem, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');"}
CREATE TABLE simbands (band INTEGER NOT NULL, doc_id INTEGER NOT NULL REFERENCES documents(id));
CREATE INDEX simbands_band ON simbands(band);
CREATE TABLE actors (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, country TEXT, sector TEXT,
  name_ar TEXT NOT NULL, name_en TEXT, name_norm TEXT NOT NULL, kind TEXT, data ${json}
);
CREATE INDEX actors_code ON actors(code);
CREATE INDEX actors_name ON actors(name_norm);
CREATE TABLE mentions (
  ${rid}doc_id INTEGER NOT NULL REFERENCES documents(id), actor_id TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, via TEXT
);
CREATE INDEX mentions_actor ON mentions(actor_id, doc_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE TABLE entities (
  ${rid}doc_id INTEGER NOT NULL REFERENCES documents(id), eid TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
  norm TEXT, actor_id TEXT, data ${json}
);
CREATE INDEX entities_doc ON entities(doc_id);
CREATE INDEX entities_norm ON entities(norm);
CREATE TABLE quotes (
  ${rid}doc_id INTEGER NOT NULL REFERENCES documents(id), qid TEXT NOT NULL, kind TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL,
  speaker_text TEXT, speaker_name TEXT, speaker_norm TEXT, speaker_actor TEXT, speaker_code TEXT,
  cue TEXT, stance TEXT, day TEXT, data ${json}
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_actor ON quotes(speaker_actor);
CREATE INDEX quotes_code ON quotes(speaker_code);
CREATE TABLE events (
  ${rid}doc_id INTEGER NOT NULL REFERENCES documents(id), eid TEXT NOT NULL, type TEXT NOT NULL, cameo TEXT,
  mode TEXT NOT NULL, quad TEXT, intensity ${pg ? 'DOUBLE PRECISION' : 'REAL'}, goldstein ${pg ? 'DOUBLE PRECISION' : 'REAL'},
  source_text TEXT, source_actor TEXT, source_code TEXT,
  target_text TEXT, target_actor TEXT, target_code TEXT,
  location TEXT, day TEXT, evidence TEXT NOT NULL, data ${json}
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_actor);
CREATE INDEX events_target ON events(target_actor);
CREATE INDEX events_type ON events(type);
CREATE TABLE claims (
  ${rid}doc_id INTEGER NOT NULL REFERENCES documents(id), event_eid TEXT, quote_qid TEXT, stance TEXT NOT NULL,
  by_text TEXT, by_actor TEXT, evidence TEXT NOT NULL, data ${json}
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE TABLE ingest_runs (
  id ${pg ? 'SERIAL' : 'INTEGER'} PRIMARY KEY, started_at ${pg ? 'TIMESTAMPTZ NOT NULL DEFAULT now()' : 'TEXT NOT NULL'}, finished_at ${pg ? 'TIMESTAMPTZ' : 'TEXT'}, args ${json}, counts ${json}
);
CREATE TABLE ingest_failures (
  run_id INTEGER NOT NULL REFERENCES ingest_runs(id), input TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL
);
`;
}

/** Schema migrations, applied in order, each once (table `migrations`). */
export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'documents, structured tables, full-text index', sql: schemaSql },
  {
    version: 2,
    name: 'full-text rank: bm25 weights title 4, normalized terms 2, stems 1',
    sql: (d) => (d === 'sqlite' ? `INSERT INTO docs_fts(docs_fts, rank) VALUES ('rank', 'bm25(4.0, 2.0, 1.0)');` : null),
  },
  {
    version: 3,
    name: 'no copies of the analysis objects in the row tables (read from documents.analysis)',
    sql: () => ['entities', 'quotes', 'events', 'claims'].map((t) => `ALTER TABLE ${t} DROP COLUMN data;`).join('\n'),
  },
];

/** Tables whose rows stand for objects of the analysis (rows.ts layerObjects), exported with them as `data`. */
const LAYER_TABLES = new Set<string>(['entities', 'quotes', 'events', 'claims']);

export const MIGRATIONS_TABLE = (d: Dialect) =>
  `CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at ${d === 'postgres' ? 'TIMESTAMPTZ NOT NULL DEFAULT now()' : 'TEXT NOT NULL'})`;

/** Columns written to `documents` (besides the search index), in order. */
export const DOC_COLUMNS = ['key', 'ext_id', 'url', 'source', 'title', 'author', 'published', 'language', 'input', 'text', 'content_hash', 'simhash', 'duplicate_of', 'dup_kind', 'dup_distance', 'analysis', 'ingested_at'] as const;

/** Columns written to each row table, in order (`doc_id` first). */
export const ROW_COLUMNS = {
  simbands: ['band', 'doc_id'],
  mentions: ['doc_id', 'actor_id', 'start_off', 'end_off', 'text', 'via'],
  entities: ['doc_id', 'eid', 'start_off', 'end_off', 'text', 'type', 'norm', 'actor_id'],
  quotes: ['doc_id', 'qid', 'kind', 'start_off', 'end_off', 'text', 'speaker_text', 'speaker_name', 'speaker_norm', 'speaker_actor', 'speaker_code', 'cue', 'stance', 'day'],
  events: ['doc_id', 'eid', 'type', 'cameo', 'mode', 'quad', 'intensity', 'goldstein', 'source_text', 'source_actor', 'source_code', 'target_text', 'target_actor', 'target_code', 'location', 'day', 'evidence'],
  claims: ['doc_id', 'event_eid', 'quote_qid', 'stance', 'by_text', 'by_actor', 'evidence'],
} as const;
export type RowTable = keyof typeof ROW_COLUMNS;
export type Row = Record<string, unknown>;

export const ACTOR_COLUMNS = ['id', 'code', 'country', 'sector', 'name_ar', 'name_en', 'name_norm', 'kind', 'data'] as const;
/** An actor seen again keeps its English name and kind when the new record has none. */
export const ACTOR_UPSERT = `ON CONFLICT (id) DO UPDATE SET code = excluded.code, country = excluded.country, sector = excluded.sector, name_ar = excluded.name_ar,
  name_en = COALESCE(excluded.name_en, actors.name_en), name_norm = excluded.name_norm, kind = COALESCE(excluded.kind, actors.kind), data = excluded.data`;

/** The stored id of a document's original: a stored id, or the id given to an earlier document of the batch. */
export function duplicateOfId(d: DocInput, batchIds: readonly number[]): number | null {
  if (d.duplicateOf === null) return null;
  return 'id' in d.duplicateOf ? d.duplicateOf.id : batchIds[d.duplicateOf.batchIndex]!;
}

/** The `documents` values of a document, in DOC_COLUMNS order. */
export function documentValues(d: DocInput, duplicateOf: number | null, analysis: unknown, at: string): unknown[] {
  const m = d.meta;
  return [
    d.key, m.id ?? null, m.url ?? null, m.source ?? null, m.title ?? null, m.author ?? null, m.published ?? null, m.language ?? null, m.input ?? null,
    d.text, d.contentHash, d.simhash, duplicateOf, d.dupKind, d.dupDistance, analysis, at,
  ];
}

/** Everything a batch writes besides the documents: SimHash bands and table rows of its originals, actors once each. */
export function batchRows(docs: readonly DocInput[], ids: readonly number[]): { actors: ActorRecord[] } & Record<RowTable, Row[]> {
  const out: { actors: ActorRecord[] } & Record<RowTable, Row[]> = { actors: [], simbands: [], mentions: [], entities: [], quotes: [], events: [], claims: [] };
  const actors = new Map<string, ActorRecord>();
  docs.forEach((d, k) => {
    if (d.duplicateOf !== null) return;
    const id = ids[k]!;
    for (const b of d.bands) out.simbands.push({ band: b, doc_id: id });
    if (!d.analysis) return;
    const rows = scopeRows(d.analysis.rows, id);
    for (const a of rows.actors) actors.set(a.id, a);
    for (const t of ['mentions', 'entities', 'quotes', 'events', 'claims'] as const satisfies readonly (keyof DocRows)[]) {
      for (const r of rows[t]) out[t].push({ doc_id: id, ...r });
    }
  });
  out.actors = [...actors.values()];
  return out;
}

/** Query parameters: placeholders in the dialect's form, values in order. */
export class Params {
  readonly values: unknown[] = [];
  constructor(readonly dialect: Dialect) {}

  add(v: unknown): string {
    this.values.push(v);
    return this.dialect === 'sqlite' ? '?' : `$${this.values.length}`;
  }

  /** `col` is one of `list` (false for an empty list). */
  in(col: string, list: readonly (string | number)[], type: 'text' | 'int' = 'text'): string {
    if (this.dialect === 'postgres') return `${col} = ANY(${this.add(list)}::${type}[])`;
    return list.length ? `${col} IN (${list.map((v) => this.add(v)).join(',')})` : '0';
  }
}

const where = (parts: string[]) => (parts.length ? 'WHERE ' + parts.join(' AND ') : '');

const QUOTE_COLS = `q.doc_id AS "docId", q.qid, q.kind, q.text, q.speaker_name AS speaker, q.speaker_actor AS "speakerActor", q.speaker_code AS "speakerCode",
  q.cue, q.stance, q.day, d.title, d.url`;

const EVENT_COLS = `e.doc_id AS "docId", e.eid, e.day, e.type, e.cameo, e.mode, e.quad, e.intensity, e.goldstein,
  e.source_text AS "sourceText", e.source_code AS "sourceCode", e.source_actor AS "sourceActor",
  e.target_text AS "targetText", e.target_code AS "targetCode", e.target_actor AS "targetActor",
  e.location, e.evidence, d.title, d.url`;

const STATS_SQL = `SELECT
  (SELECT CAST(count(*) AS INTEGER) FROM documents) AS documents,
  (SELECT CAST(count(*) AS INTEGER) FROM documents WHERE duplicate_of IS NULL) AS originals,
  (SELECT CAST(count(*) AS INTEGER) FROM documents WHERE duplicate_of IS NOT NULL) AS duplicates,
  (SELECT CAST(count(*) AS INTEGER) FROM actors) AS actors,
  (SELECT CAST(count(*) AS INTEGER) FROM mentions) AS mentions,
  (SELECT CAST(count(*) AS INTEGER) FROM entities) AS entities,
  (SELECT CAST(count(*) AS INTEGER) FROM quotes) AS quotes,
  (SELECT CAST(count(*) AS INTEGER) FROM events) AS events,
  (SELECT CAST(count(*) AS INTEGER) FROM claims) AS claims`;

/** A JSON column as read back: SQLite gives text (or zlib-compressed bytes), PostgreSQL parsed JSONB. */
export function jsonText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return inflateSync(v).toString('utf8');
  return JSON.stringify(v);
}

function jsonValue<T>(v: unknown): T | null {
  if (v === null || v === undefined) return null;
  return (typeof v === 'string' || v instanceof Uint8Array ? JSON.parse(jsonText(v)!) : v) as T;
}

/** The store logic over SQL; a backend supplies the connection, writing and full-text search. */
export abstract class SqlStore implements Store {
  abstract readonly kind: Dialect;
  abstract readonly location: string;

  /** Rows of a query (placeholders in the backend's dialect). */
  protected abstract all<T = Row>(sql: string, params: readonly unknown[]): Promise<T[]>;
  /** Database size in bytes. */
  protected abstract sizeBytes(): Promise<number>;
  /** Document ids matching the full-text query, best first, with their scores; `filter` is SQL over alias `d`. */
  protected abstract ranked(query: string, filter: (p: Params) => string, limit: number, offset: number): Promise<{ id: number; score: number }[]>;

  abstract writeBatch(docs: readonly DocInput[]): Promise<number[]>;
  abstract finishRun(id: number, counts: IngestRunCounts, failures: { input: string; code: string; message: string }[]): Promise<void>;
  abstract close(): Promise<void>;

  protected params(): Params {
    return new Params(this.kind);
  }

  async startRun(args: string[]): Promise<number> {
    const p = this.params();
    const [r] = await this.all<{ id: number }>(`INSERT INTO ingest_runs (started_at, args) VALUES (${p.add(new Date().toISOString())}, ${p.add(JSON.stringify(args))}) RETURNING id`, p.values);
    return Number(r!.id);
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const p = this.params();
    const rows = await this.all<{ key: string }>(`SELECT key FROM documents WHERE ${p.in('key', keys)}`, p.values);
    return new Set(rows.map((r) => r.key));
  }

  async findExact(contentHashes: readonly string[]): Promise<Map<string, number>> {
    if (!contentHashes.length) return new Map();
    const p = this.params();
    const rows = await this.all<{ h: string; id: number }>(
      `SELECT content_hash AS h, min(id) AS id FROM documents WHERE ${p.in('content_hash', contentHashes)} AND duplicate_of IS NULL GROUP BY content_hash`,
      p.values,
    );
    return new Map(rows.map((r) => [r.h, Number(r.id)]));
  }

  async findNear(bands: readonly number[]): Promise<{ id: number; simhash: string; bands: number[] }[]> {
    if (!bands.length) return [];
    const p = this.params();
    const rows = await this.all<{ band: number; id: number; simhash: string }>(
      `SELECT b.band, d.id, d.simhash FROM simbands b JOIN documents d ON d.id = b.doc_id WHERE ${p.in('b.band', [...new Set(bands)], 'int')} AND d.duplicate_of IS NULL`,
      p.values,
    );
    const byId = new Map<number, { id: number; simhash: string; bands: number[] }>();
    for (const r of rows) {
      const x = byId.get(r.id) ?? { id: Number(r.id), simhash: r.simhash, bands: [] };
      x.bands.push(Number(r.band));
      byId.set(x.id, x);
    }
    return [...byId.values()];
  }

  /** Document filter over alias `d`: dates, source, documents mentioning one of the actors. */
  private docFilter(p: Params, f: DocFilter, actorIds: string[] | null): string {
    const parts: string[] = [];
    if (f.from) parts.push(`d.published >= ${p.add(f.from)}`);
    if (f.to) parts.push(`d.published <= ${p.add(f.to)}`);
    if (f.source) parts.push(`lower(d.source) = lower(${p.add(f.source)})`);
    if (actorIds) parts.push(`d.id IN (SELECT doc_id FROM mentions WHERE ${p.in('actor_id', actorIds)})`);
    return parts.join(' AND ');
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const actorIds = opts.actor ? await this.actorIds(opts.actor) : null;
    const ranked = await this.ranked(query, (p) => this.docFilter(p, opts, actorIds), opts.limit ?? 20, opts.offset ?? 0);
    if (!ranked.length) return [];
    const p = this.params();
    const docs = await this.all<Omit<SearchHit, 'score'>>(`SELECT id, title, url, source, published, text FROM documents WHERE ${p.in('id', ranked.map((r) => r.id), 'int')}`, p.values);
    const byId = new Map(docs.map((d) => [Number(d.id), d]));
    return ranked.filter((r) => byId.has(r.id)).map((r) => ({ ...byId.get(r.id)!, id: r.id, score: r.score }));
  }

  async findActors(q: string): Promise<ActorRow[]> {
    const p = this.params();
    return this.all<ActorRow>(
      `SELECT id, code, country, sector, name_ar AS "nameAr", name_en AS "nameEn", kind FROM actors
       WHERE id = ${p.add(q)} OR code = ${p.add(q.toUpperCase())} OR name_norm = ${p.add(normalize(q.trim()))} OR lower(name_en) = lower(${p.add(q.trim())}) ORDER BY id LIMIT 500`,
      p.values,
    );
  }

  private async actorIds(q: string): Promise<string[]> {
    return (await this.findActors(q)).map((a) => a.id);
  }

  async quotes(f: QuoteFilter): Promise<QuoteRow[]> {
    const p = this.params();
    const parts: string[] = [];
    if (f.actor) {
      const ids = await this.actorIds(f.actor);
      parts.push(`(q.speaker_code = ${p.add(f.actor.toUpperCase())} OR ${p.in('q.speaker_actor', ids)})`);
    }
    if (f.speaker) {
      const ids = await this.actorIds(f.speaker);
      parts.push(`(q.speaker_norm LIKE ${p.add(`%${normalize(f.speaker.trim())}%`)} OR ${p.in('q.speaker_actor', ids)})`);
    }
    if (f.from) parts.push(`q.day >= ${p.add(f.from)}`);
    if (f.to) parts.push(`q.day <= ${p.add(f.to)}`);
    return this.all<QuoteRow>(
      `SELECT ${QUOTE_COLS} FROM quotes q JOIN documents d ON d.id = q.doc_id
       ${where(parts)} ORDER BY q.day DESC NULLS LAST, q.doc_id DESC, q.start_off LIMIT ${p.add(f.limit ?? 50)}`,
      p.values,
    );
  }

  async events(f: EventFilter): Promise<EventRow[]> {
    const p = this.params();
    const parts: string[] = [];
    for (const side of ['source', 'target'] as const) {
      const v = f[side];
      if (!v) continue;
      const ids = await this.actorIds(v);
      parts.push(`(e.${side}_code LIKE ${p.add(`${v.toUpperCase()}%`)} OR ${p.in(`e.${side}_actor`, ids)})`);
    }
    if (f.type) parts.push(`upper(e.type) = upper(${p.add(f.type)})`);
    if (f.mode) parts.push(`e.mode = ${p.add(f.mode)}`);
    if (f.from) parts.push(`e.day >= ${p.add(f.from)}`);
    if (f.to) parts.push(`e.day <= ${p.add(f.to)}`);
    const rows = await this.all<EventRow>(
      `SELECT ${EVENT_COLS} FROM events e JOIN documents d ON d.id = e.doc_id
       ${where(parts)} ORDER BY e.day DESC NULLS LAST, e.doc_id DESC, e.eid LIMIT ${p.add(f.limit ?? 100)}`,
      p.values,
    );
    // Each event as the analysis gave it, from its document's analysis.
    const byDoc = new Map<number, Map<string, unknown>>();
    const docIds = [...new Set(rows.map((r) => Number(r.docId)))];
    for (let i = 0; i < docIds.length; i += 500) {
      const p2 = this.params();
      for (const d of await this.all<{ id: number; analysis: unknown }>(`SELECT id, analysis FROM documents WHERE ${p2.in('id', docIds.slice(i, i + 500), 'int')}`, p2.values)) {
        const a = jsonValue<StoredAnalysis>(d.analysis);
        byDoc.set(Number(d.id), new Map(a ? layerObjects(a).events.map((ev, k) => [eventId(ev, k), ev]) : []));
      }
    }
    for (const r of rows) r.data = byDoc.get(Number(r.docId))?.get(r.eid) ?? null;
    return rows;
  }

  /** The analysis objects behind a document's rows of one table, in row order (cached for the last document). */
  private layerCache: { id: number; layers: ReturnType<typeof layerObjects> | null } | null = null;
  private async layersOf(docId: number): Promise<ReturnType<typeof layerObjects> | null> {
    if (this.layerCache?.id !== docId) {
      const p = this.params();
      const [d] = await this.all<{ analysis: unknown }>(`SELECT analysis FROM documents WHERE id = ${p.add(docId)}`, p.values);
      const a = jsonValue<StoredAnalysis>(d?.analysis);
      this.layerCache = { id: docId, layers: a ? layerObjects(a) : null };
    }
    return this.layerCache.layers;
  }

  async actorProfile(q: string, opts: { months?: number; limit?: number } = {}): Promise<ActorProfile | null> {
    const actors = await this.findActors(q);
    if (!actors.length) return null;
    const ids = actors.map((a) => a.id);
    const limit = opts.limit ?? 10;
    let p = this.params();
    const [tot] = await this.all<{ mentions: number; documents: number; firstSeen: string | null; lastSeen: string | null }>(
      `SELECT CAST(count(*) AS INTEGER) AS mentions, CAST(count(DISTINCT m.doc_id) AS INTEGER) AS documents, min(d.published) AS "firstSeen", max(d.published) AS "lastSeen"
       FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE ${p.in('m.actor_id', ids)}`,
      p.values,
    );
    p = this.params();
    const byMonth = await this.all<ActorProfile['byMonth'][number]>(
      `SELECT substr(d.published, 1, 7) AS month, CAST(count(*) AS INTEGER) AS mentions, CAST(count(DISTINCT m.doc_id) AS INTEGER) AS documents
       FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE ${p.in('m.actor_id', ids)} AND d.published IS NOT NULL
       GROUP BY substr(d.published, 1, 7) ORDER BY month DESC LIMIT ${p.add(opts.months ?? 24)}`,
      p.values,
    );
    byMonth.reverse();
    const types = this.kind === 'sqlite' ? 'group_concat(DISTINCT e.type)' : "string_agg(DISTINCT e.type, ',')";
    const rel = async (dir: 'source' | 'target') => {
      const other = dir === 'source' ? 'target' : 'source';
      const p2 = this.params();
      // The other side: its actor (named from the actors table), else its text.
      const rows = await this.all<{ other: string; otherName: string | null; otherCode: string | null; events: number; types: string | null }>(
        `SELECT r.other, a.name_ar AS "otherName", r."otherCode", r.events, r.types FROM (
           SELECT COALESCE(e.${other}_actor, e.${other}_text) AS other, max(e.${other}_code) AS "otherCode", CAST(count(*) AS INTEGER) AS events, ${types} AS types
           FROM events e WHERE ${p2.in(`e.${dir}_actor`, ids)} AND COALESCE(e.${other}_actor, e.${other}_text) IS NOT NULL
           GROUP BY COALESCE(e.${other}_actor, e.${other}_text) ORDER BY events DESC LIMIT ${p2.add(limit)}) r
         LEFT JOIN actors a ON a.id = r.other`,
        p2.values,
      );
      return rows.map((r) => ({ direction: dir, other: r.other, otherName: r.otherName ?? null, otherCode: r.otherCode ?? null, events: r.events, types: r.types ? r.types.split(',') : [] }));
    };
    const relations = [...(await rel('source')), ...(await rel('target'))].sort((a, b) => b.events - a.events || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0)).slice(0, limit);
    p = this.params();
    const coMentions = await this.all<ActorProfile['coMentions'][number]>(
      `SELECT a.id AS actor, a.code, a.name_ar AS name, CAST(count(DISTINCT m2.doc_id) AS INTEGER) AS documents
       FROM mentions m1 JOIN mentions m2 ON m2.doc_id = m1.doc_id AND NOT (${p.in('m2.actor_id', ids)})
       JOIN actors a ON a.id = m2.actor_id
       WHERE ${p.in('m1.actor_id', ids)} GROUP BY a.id, a.code, a.name_ar ORDER BY documents DESC, a.id LIMIT ${p.add(limit)}`,
      p.values,
    );
    p = this.params();
    const quotes = await this.all<QuoteRow>(
      `SELECT ${QUOTE_COLS} FROM quotes q JOIN documents d ON d.id = q.doc_id
       WHERE ${p.in('q.speaker_actor', ids)} ORDER BY q.day DESC NULLS LAST, q.doc_id DESC LIMIT ${p.add(limit)}`,
      p.values,
    );
    return { query: q, actors, ...tot!, byMonth, relations, coMentions, quotes };
  }

  async exportRows(table: ExportTable, onRow: (row: Row) => Promise<void> | void): Promise<number> {
    // Page by key: actors by id, documents by id, row tables by SQLite's rowid or PostgreSQL's rid.
    const key = table === 'actors' || table === 'documents' ? 'id' : this.kind === 'sqlite' ? 'rowid' : 'rid';
    const cols = key === 'rowid' ? 'rowid AS rid, *' : '*';
    let last: number | string = table === 'actors' ? '' : 0;
    let n = 0;
    // Rows of a layer table get their analysis object back as `data` (the k-th row of a document is its k-th object).
    const layer = LAYER_TABLES.has(table) ? (table as 'entities' | 'quotes' | 'events' | 'claims') : null;
    const position = new Map<number, number>();
    for (;;) {
      const p = this.params();
      const rows = await this.all(`SELECT ${cols} FROM ${table} WHERE ${key} > ${p.add(last)} ORDER BY ${key} LIMIT 1000`, p.values);
      if (!rows.length) break;
      for (const row of rows) {
        last = table === 'actors' ? (row.id as string) : Number(row[key === 'rowid' ? 'rid' : key]);
        delete row.rid;
        delete row.tsv;
        // The same shapes from both stores: JSON columns as text, timestamps as ISO strings.
        for (const k of ['data', 'analysis']) if (k in row) row[k] = jsonText(row[k]);
        if (layer) {
          const doc = Number(row.doc_id);
          const k = position.get(doc) ?? 0;
          position.set(doc, k + 1);
          const obj = (await this.layersOf(doc))?.[layer][k];
          row.data = obj === undefined ? null : JSON.stringify(obj);
        }
        if (row.ingested_at instanceof Date) row.ingested_at = row.ingested_at.toISOString();
        await onRow(row);
        n++;
      }
    }
    return n;
  }

  async isEmpty(): Promise<boolean> {
    return (await this.all('SELECT 1 AS one FROM documents LIMIT 1', [])).length === 0;
  }

  async stats(): Promise<StoreStats> {
    const [counts] = await this.all<Omit<StoreStats, 'bytes'>>(STATS_SQL, []);
    return { ...counts!, bytes: await this.sizeBytes() };
  }
}
