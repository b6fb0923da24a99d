/**
 * PostgreSQL store (pg): the same tables and queries as the SQLite store, for a shared server.
 * Full-text search runs on a tsvector built with the 'simple' configuration over the same
 * normalized and stemmed text (title weight A, normalized terms B, stems C); snippets are made by
 * the shared snippet code from the original text.
 */
import pg from 'pg';
import { RasidError } from '../errors.ts';
import { normalize } from '../text/normalize.ts';
import { rowsOf, type DocRows } from './rows.ts';
import { SearchText, type QueryTerm } from './searchtext.ts';
import type {
  ActorProfile,
  ActorRow,
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

const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'documents, structured tables, full-text index',
    sql: `
CREATE TABLE documents (
  id SERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  ext_id TEXT, url TEXT, source TEXT, title TEXT, author TEXT, published TEXT, language TEXT, input TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  simhash TEXT,
  duplicate_of INTEGER REFERENCES documents(id),
  dup_kind TEXT,
  dup_distance INTEGER,
  analysis JSONB,
  tsv TSVECTOR,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX documents_hash ON documents(content_hash) WHERE duplicate_of IS NULL;
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(lower(source));
CREATE INDEX documents_dup ON documents(duplicate_of);
CREATE INDEX documents_tsv ON documents USING GIN (tsv);
CREATE TABLE simbands (band INTEGER NOT NULL, doc_id INTEGER NOT NULL REFERENCES documents(id));
CREATE INDEX simbands_band ON simbands(band);
CREATE TABLE actors (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, country TEXT, sector TEXT,
  name_ar TEXT NOT NULL, name_en TEXT, name_norm TEXT NOT NULL, kind TEXT, data JSONB
);
CREATE INDEX actors_code ON actors(code);
CREATE INDEX actors_name ON actors(name_norm);
CREATE TABLE mentions (
  rid BIGSERIAL PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), actor_id TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, via TEXT
);
CREATE INDEX mentions_actor ON mentions(actor_id, doc_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE TABLE entities (
  rid BIGSERIAL PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), eid TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
  norm TEXT, actor_id TEXT, data JSONB
);
CREATE INDEX entities_doc ON entities(doc_id);
CREATE INDEX entities_norm ON entities(norm);
CREATE TABLE quotes (
  rid BIGSERIAL PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), qid TEXT NOT NULL, kind TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL,
  speaker_text TEXT, speaker_name TEXT, speaker_norm TEXT, speaker_actor TEXT, speaker_code TEXT,
  cue TEXT, stance TEXT, day TEXT, data JSONB
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_actor ON quotes(speaker_actor);
CREATE INDEX quotes_code ON quotes(speaker_code);
CREATE TABLE events (
  rid BIGSERIAL PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), eid TEXT NOT NULL, type TEXT NOT NULL, cameo TEXT,
  mode TEXT NOT NULL, quad TEXT, intensity DOUBLE PRECISION, goldstein DOUBLE PRECISION,
  source_text TEXT, source_actor TEXT, source_code TEXT,
  target_text TEXT, target_actor TEXT, target_code TEXT,
  location TEXT, day TEXT, evidence TEXT NOT NULL, data JSONB
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_actor);
CREATE INDEX events_target ON events(target_actor);
CREATE INDEX events_type ON events(type);
CREATE TABLE claims (
  rid BIGSERIAL PRIMARY KEY, doc_id INTEGER NOT NULL REFERENCES documents(id), event_eid TEXT, quote_qid TEXT, stance TEXT NOT NULL,
  by_text TEXT, by_actor TEXT, evidence TEXT NOT NULL, data JSONB
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE TABLE ingest_runs (
  id SERIAL PRIMARY KEY, started_at TIMESTAMPTZ NOT NULL DEFAULT now(), finished_at TIMESTAMPTZ, args JSONB, counts JSONB
);
CREATE TABLE ingest_failures (
  run_id INTEGER NOT NULL REFERENCES ingest_runs(id), input TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL
);
`,
  },
];

/** Largest text passed to to_tsvector (PostgreSQL refuses tsvectors over 1 MB). */
const MAX_TSV_CHARS = 300_000;

/** tsquery: every term as its normalized form (title or body) or its stem (title or stems). */
export function tsQuery(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `('${t.norm}':AB | '${t.stem}':AC)`).join(' & ');
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]*)(:[^@/]*)?@/, '//$1@');
}

type Q = pg.Pool | pg.PoolClient;

/** Multi-row INSERT in chunks (the protocol allows 65535 parameters). */
async function insertRows(c: Q, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!);
  const per = Math.max(1, Math.floor(60000 / cols.length));
  for (let i = 0; i < rows.length; i += per) {
    const part = rows.slice(i, i + per);
    const params: unknown[] = [];
    const values = part.map((r) => `(${cols.map((k) => (params.push(r[k] ?? null), `$${params.length}`)).join(',')})`);
    await c.query(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${values.join(',')}`, params);
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  private constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    private readonly searchText: SearchText,
  ) {}

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined);
    try {
      const c = await pool.connect();
      try {
        await c.query('SELECT pg_advisory_lock(727361)');
        await c.query('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
        const done = new Set((await c.query('SELECT version FROM migrations')).rows.map((r) => Number(r.version)));
        for (const m of MIGRATIONS) {
          if (done.has(m.version)) continue;
          await c.query('BEGIN');
          try {
            await c.query(m.sql);
            await c.query('INSERT INTO migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
            await c.query('COMMIT');
          } catch (e) {
            await c.query('ROLLBACK');
            throw e;
          }
        }
      } finally {
        await c.query('SELECT pg_advisory_unlock(727361)').catch(() => undefined);
        c.release();
      }
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new RasidError('E_STORE', `cannot open the PostgreSQL database: ${(e as Error).message}`, { input: redact(url), hint: 'check that the server runs and the URL (user, password, database) is right', cause: e });
    }
    return new PostgresStore(pool, redact(url), SearchText.load());
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const r = await this.pool.query('SELECT key FROM documents WHERE key = ANY($1::text[])', [keys]);
    return new Set(r.rows.map((x) => x.key as string));
  }

  async findExact(contentHashes: readonly string[]): Promise<Map<string, number>> {
    if (!contentHashes.length) return new Map();
    const r = await this.pool.query('SELECT content_hash, min(id) AS id FROM documents WHERE content_hash = ANY($1::text[]) AND duplicate_of IS NULL GROUP BY content_hash', [contentHashes]);
    return new Map(r.rows.map((x) => [x.content_hash as string, Number(x.id)]));
  }

  async findNear(bands: readonly number[]): Promise<{ id: number; simhash: string; bands: number[] }[]> {
    if (!bands.length) return [];
    const r = await this.pool.query(
      'SELECT d.id, d.simhash, array_agg(b.band) AS bands FROM simbands b JOIN documents d ON d.id = b.doc_id WHERE b.band = ANY($1::int[]) AND d.duplicate_of IS NULL GROUP BY d.id, d.simhash',
      [[...new Set(bands)]],
    );
    return r.rows.map((x) => ({ id: Number(x.id), simhash: x.simhash as string, bands: (x.bands as (number | string)[]).map(Number) }));
  }

  async writeBatch(docs: readonly DocInput[]): Promise<number[]> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SET LOCAL synchronous_commit = off');
      const ids: number[] = [];
      const bands: Record<string, unknown>[] = [];
      const all: { id: number; rows: DocRows; day: string | null }[] = [];
      const actors = new Map<string, Record<string, unknown>>();
      // Documents in statements of up to 100 rows; a duplicate's original is always in an earlier
      // statement or earlier in the same one (ids are assigned in VALUES order by the sequence).
      const docIds: number[] = [];
      for (let i = 0; i < docs.length; ) {
        let j = i;
        while (j < docs.length && j - i < 100) {
          const ref = docs[j]!.duplicateOf;
          if (ref && 'batchIndex' in ref && ref.batchIndex >= i) break;
          j++;
        }
        if (j === i) j = i + 1;
        const part = docs.slice(i, j);
        const params: unknown[] = [];
        const values = part.map((d) => {
          const dupOf = d.duplicateOf === null ? null : 'id' in d.duplicateOf ? d.duplicateOf.id : docIds[d.duplicateOf.batchIndex]!;
          const m = d.meta;
          const idx = dupOf === null ? d.index : null;
          const ps = [
            d.key, m.id ?? null, m.url ?? null, m.source ?? null, m.title ?? null, m.author ?? null, m.published ?? null, m.language ?? null, m.input ?? null,
            d.text.replace(/\u0000/g, ''), d.contentHash, d.simhash, dupOf, d.dupKind, d.dupDistance,
            d.analysis ? JSON.stringify(d.analysis).replace(/\\u0000/g, '') : null,
          ].map((v) => `$${params.push(v)}`);
          const tsv = idx
            ? `setweight(to_tsvector('simple', $${params.push(idx.title.slice(0, MAX_TSV_CHARS))}::text), 'A') || setweight(to_tsvector('simple', $${params.push(idx.body.slice(0, MAX_TSV_CHARS))}::text), 'B') || setweight(to_tsvector('simple', $${params.push(idx.stem.slice(0, MAX_TSV_CHARS))}::text), 'C')`
            : 'NULL';
          return `(${ps.join(',')}, ${tsv})`;
        });
        const r = await c.query(
          `INSERT INTO documents (key, ext_id, url, source, title, author, published, language, input, text, content_hash, simhash, duplicate_of, dup_kind, dup_distance, analysis, tsv)
           VALUES ${values.join(',')} RETURNING id, key`,
          params,
        );
        const byKey = new Map(r.rows.map((x) => [x.key as string, Number(x.id)]));
        for (const d of part) docIds.push(byKey.get(d.key)!);
        i = j;
      }
      for (let k = 0; k < docs.length; k++) {
        const d = docs[k]!;
        const id = docIds[k]!;
        ids.push(id);
        if (d.duplicateOf !== null) continue;
        for (const b of d.bands) bands.push({ band: b, doc_id: id });
        if (d.analysis) {
          const rows = rowsOf(d.analysis, id, d.meta.published ?? null);
          for (const a of rows.actors) actors.set(a.id, a as unknown as Record<string, unknown>);
          all.push({ id, rows, day: d.meta.published ?? null });
        }
      }
      await insertRows(c, 'simbands', bands);
      if (actors.size) {
        const list = [...actors.values()];
        for (let i = 0; i < list.length; i += 5000) {
          const part = list.slice(i, i + 5000);
          const params: unknown[] = [];
          const values = part.map((a) => `(${['id', 'code', 'country', 'sector', 'name_ar', 'name_en', 'name_norm', 'kind', 'data'].map((k) => (params.push(a[k] ?? null), `$${params.length}`)).join(',')})`);
          await c.query(
            `INSERT INTO actors (id, code, country, sector, name_ar, name_en, name_norm, kind, data) VALUES ${values.join(',')}
             ON CONFLICT (id) DO UPDATE SET code = excluded.code, country = excluded.country, sector = excluded.sector, name_ar = excluded.name_ar,
             name_en = COALESCE(excluded.name_en, actors.name_en), name_norm = excluded.name_norm, kind = COALESCE(excluded.kind, actors.kind), data = excluded.data`,
            params,
          );
        }
      }
      const flat = <K extends keyof DocRows>(k: K, extra: (x: { id: number; day: string | null }) => Record<string, unknown>) =>
        all.flatMap((x) => (x.rows[k] as object[]).map((r) => ({ doc_id: x.id, ...extra(x), ...(r as Record<string, unknown>) })));
      await insertRows(c, 'mentions', flat('mentions', () => ({})));
      await insertRows(c, 'entities', flat('entities', () => ({})));
      await insertRows(c, 'quotes', flat('quotes', (x) => ({ day: x.day })));
      await insertRows(c, 'events', flat('events', () => ({})));
      await insertRows(c, 'claims', flat('claims', () => ({})));
      await c.query('COMMIT');
      return ids;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw new RasidError('E_STORE', `writing ${docs.length} documents failed: ${(e as Error).message}`, { input: this.location, hint: 'check the server log and disk space', cause: e });
    } finally {
      c.release();
    }
  }

  async startRun(args: string[]): Promise<number> {
    const r = await this.pool.query('INSERT INTO ingest_runs (args) VALUES ($1) RETURNING id', [JSON.stringify(args)]);
    return Number(r.rows[0].id);
  }

  async finishRun(id: number, counts: IngestRunCounts, failures: { input: string; code: string; message: string }[]): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('UPDATE ingest_runs SET finished_at = now(), counts = $1 WHERE id = $2', [JSON.stringify(counts), id]);
      await insertRows(c, 'ingest_failures', failures.slice(0, 10000).map((f) => ({ run_id: id, input: f.input, code: f.code, message: f.message })));
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const terms = this.searchText.query(query);
    if (!terms.length) return [];
    const params: unknown[] = [tsQuery(terms)];
    const parts: string[] = [];
    if (opts.from) parts.push(`d.published >= $${params.push(opts.from)}`);
    if (opts.to) parts.push(`d.published <= $${params.push(opts.to)}`);
    if (opts.source) parts.push(`lower(d.source) = lower($${params.push(opts.source)})`);
    if (opts.actor) {
      const ids = (await this.findActors(opts.actor)).map((a) => a.id);
      parts.push(`d.id IN (SELECT doc_id FROM mentions WHERE actor_id = ANY($${params.push(ids)}::text[]))`);
    }
    params.push(opts.limit ?? 20, opts.offset ?? 0);
    const r = await this.pool.query(
      `SELECT d.id, ts_rank(d.tsv, q, 1) AS score, d.title, d.url, d.source, d.published, d.text
       FROM documents d, to_tsquery('simple', $1) q
       WHERE d.tsv @@ q${parts.length ? ' AND ' + parts.join(' AND ') : ''}
       ORDER BY score DESC, d.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return r.rows.map((x) => ({ ...x, id: Number(x.id), score: Number(x.score) })) as SearchHit[];
  }

  async findActors(q: string): Promise<ActorRow[]> {
    const r = await this.pool.query(
      `SELECT id, code, country, sector, name_ar AS "nameAr", name_en AS "nameEn", kind FROM actors
       WHERE id = $1 OR code = $2 OR name_norm = $3 OR lower(name_en) = lower($4) ORDER BY id LIMIT 500`,
      [q, q.toUpperCase(), normalize(q.trim()), q.trim()],
    );
    return r.rows as ActorRow[];
  }

  private static readonly QUOTE_COLS = `q.doc_id AS "docId", q.qid, q.kind, q.text, q.speaker_name AS speaker, q.speaker_actor AS "speakerActor", q.speaker_code AS "speakerCode",
      q.cue, q.stance, q.day, d.title, d.url`;

  async quotes(f: QuoteFilter): Promise<QuoteRow[]> {
    const params: unknown[] = [];
    const parts: string[] = [];
    if (f.actor) {
      const ids = (await this.findActors(f.actor)).map((a) => a.id);
      parts.push(`(q.speaker_code = $${params.push(f.actor.toUpperCase())} OR q.speaker_actor = ANY($${params.push(ids)}::text[]))`);
    }
    if (f.speaker) {
      const ids = (await this.findActors(f.speaker)).map((a) => a.id);
      parts.push(`(q.speaker_norm LIKE $${params.push(`%${normalize(f.speaker.trim())}%`)} OR q.speaker_actor = ANY($${params.push(ids)}::text[]))`);
    }
    if (f.from) parts.push(`q.day >= $${params.push(f.from)}`);
    if (f.to) parts.push(`q.day <= $${params.push(f.to)}`);
    params.push(f.limit ?? 50);
    const r = await this.pool.query(
      `SELECT ${PostgresStore.QUOTE_COLS} FROM quotes q JOIN documents d ON d.id = q.doc_id
       ${parts.length ? 'WHERE ' + parts.join(' AND ') : ''} ORDER BY q.day DESC NULLS LAST, q.doc_id DESC, q.start_off LIMIT $${params.length}`,
      params,
    );
    return r.rows as QuoteRow[];
  }

  async events(f: EventFilter): Promise<EventRow[]> {
    const params: unknown[] = [];
    const parts: string[] = [];
    for (const side of ['source', 'target'] as const) {
      const v = f[side];
      if (!v) continue;
      const ids = (await this.findActors(v)).map((a) => a.id);
      parts.push(`(e.${side}_code LIKE $${params.push(`${v.toUpperCase()}%`)} OR e.${side}_actor = ANY($${params.push(ids)}::text[]))`);
    }
    if (f.type) parts.push(`upper(e.type) = upper($${params.push(f.type)})`);
    if (f.mode) parts.push(`e.mode = $${params.push(f.mode)}`);
    if (f.from) parts.push(`e.day >= $${params.push(f.from)}`);
    if (f.to) parts.push(`e.day <= $${params.push(f.to)}`);
    params.push(f.limit ?? 100);
    const r = await this.pool.query(
      `SELECT e.doc_id AS "docId", e.eid, e.day, e.type, e.cameo, e.mode, e.quad, e.intensity, e.goldstein,
        e.source_text AS "sourceText", e.source_code AS "sourceCode", e.source_actor AS "sourceActor",
        e.target_text AS "targetText", e.target_code AS "targetCode", e.target_actor AS "targetActor",
        e.location, e.evidence, d.title, d.url, e.data
       FROM events e JOIN documents d ON d.id = e.doc_id
       ${parts.length ? 'WHERE ' + parts.join(' AND ') : ''} ORDER BY e.day DESC NULLS LAST, e.doc_id DESC, e.eid LIMIT $${params.length}`,
      params,
    );
    return r.rows as EventRow[];
  }

  async actorProfile(q: string, opts: { months?: number; limit?: number } = {}): Promise<ActorProfile | null> {
    const actors = await this.findActors(q);
    if (!actors.length) return null;
    const ids = actors.map((a) => a.id);
    const limit = opts.limit ?? 10;
    const tot = (
      await this.pool.query(
        `SELECT count(*)::int AS mentions, count(DISTINCT m.doc_id)::int AS documents, min(d.published) AS "firstSeen", max(d.published) AS "lastSeen"
         FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.actor_id = ANY($1::text[])`,
        [ids],
      )
    ).rows[0] as { mentions: number; documents: number; firstSeen: string | null; lastSeen: string | null };
    const byMonth = (
      await this.pool.query(
        `SELECT substring(d.published, 1, 7) AS month, count(*)::int AS mentions, count(DISTINCT m.doc_id)::int AS documents
         FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.actor_id = ANY($1::text[]) AND d.published IS NOT NULL
         GROUP BY month ORDER BY month DESC LIMIT $2`,
        [ids, opts.months ?? 24],
      )
    ).rows.reverse() as ActorProfile['byMonth'];
    const rel = async (dir: 'source' | 'target') => {
      const other = dir === 'source' ? 'target' : 'source';
      const r = await this.pool.query(
        `SELECT COALESCE(e.${other}_actor, e.${other}_text) AS other, max(e.${other}_code) AS "otherCode", count(*)::int AS events, string_agg(DISTINCT e.type, ',') AS types
         FROM events e WHERE e.${dir}_actor = ANY($1::text[]) AND COALESCE(e.${other}_actor, e.${other}_text) IS NOT NULL
         GROUP BY 1 ORDER BY events DESC LIMIT $2`,
        [ids, limit],
      );
      return r.rows.map((x) => ({ direction: dir, other: x.other as string, otherCode: (x.otherCode as string | null) ?? null, events: x.events as number, types: x.types ? (x.types as string).split(',') : [] }));
    };
    const relations = [...(await rel('source')), ...(await rel('target'))].sort((a, b) => b.events - a.events || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0)).slice(0, limit);
    const coMentions = (
      await this.pool.query(
        `SELECT a.id AS actor, a.code, a.name_ar AS name, count(DISTINCT m2.doc_id)::int AS documents
         FROM mentions m1 JOIN mentions m2 ON m2.doc_id = m1.doc_id AND NOT (m2.actor_id = ANY($1::text[]))
         JOIN actors a ON a.id = m2.actor_id
         WHERE m1.actor_id = ANY($1::text[]) GROUP BY a.id ORDER BY documents DESC, a.id LIMIT $2`,
        [ids, limit],
      )
    ).rows as ActorProfile['coMentions'];
    const quotes = (
      await this.pool.query(
        `SELECT ${PostgresStore.QUOTE_COLS} FROM quotes q JOIN documents d ON d.id = q.doc_id
         WHERE q.speaker_actor = ANY($1::text[]) ORDER BY q.day DESC NULLS LAST, q.doc_id DESC LIMIT $2`,
        [ids, limit],
      )
    ).rows as QuoteRow[];
    return { query: q, actors, ...tot, byMonth, relations, coMentions, quotes };
  }

  async exportRows(table: ExportTable, onRow: (row: Record<string, unknown>) => Promise<void> | void): Promise<number> {
    const key = table === 'actors' ? 'id' : table === 'documents' ? 'id' : 'rid';
    let last: number | string = table === 'actors' ? '' : 0;
    let n = 0;
    for (;;) {
      const r = await this.pool.query(`SELECT * FROM ${table} WHERE ${key} > $1 ORDER BY ${key} LIMIT 1000`, [last]);
      if (!r.rows.length) break;
      for (const row of r.rows as Record<string, unknown>[]) {
        last = row[key] as number | string;
        if (key === 'rid') last = Number(last);
        delete row.rid;
        delete row.tsv;
        // Same shapes as SQLite: JSON columns as text, timestamps as ISO strings.
        for (const k of ['data', 'analysis']) if (row[k] !== null && row[k] !== undefined && typeof row[k] !== 'string') row[k] = JSON.stringify(row[k]);
        if (row.ingested_at instanceof Date) row.ingested_at = row.ingested_at.toISOString();
        await onRow(row);
        n++;
      }
    }
    return n;
  }

  async stats(): Promise<StoreStats> {
    const r = await this.pool.query(`SELECT
      (SELECT count(*) FROM documents)::int AS documents,
      (SELECT count(*) FROM documents WHERE duplicate_of IS NULL)::int AS originals,
      (SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL)::int AS duplicates,
      (SELECT count(*) FROM actors)::int AS actors,
      (SELECT count(*) FROM mentions)::int AS mentions,
      (SELECT count(*) FROM entities)::int AS entities,
      (SELECT count(*) FROM quotes)::int AS quotes,
      (SELECT count(*) FROM events)::int AS events,
      (SELECT count(*) FROM claims)::int AS claims,
      pg_database_size(current_database())::float8 AS bytes`);
    return r.rows[0] as StoreStats;
  }

  /** Drop every Rasid table (tests start from an empty database). */
  async dropAll(): Promise<void> {
    await this.pool.query('DROP TABLE IF EXISTS ingest_failures, ingest_runs, claims, events, quotes, entities, mentions, actors, simbands, documents, migrations CASCADE');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
