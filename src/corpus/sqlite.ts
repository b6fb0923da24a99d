/**
 * SQLite store (better-sqlite3 12): one file, WAL journal, schema migrations, FTS5 over the
 * normalized and stemmed text. Every batch of documents is one transaction, so a killed ingest
 * leaves whole batches and a rerun completes the rest.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { RasidError } from '../errors.ts';
import { normalize } from '../text/normalize.ts';
import { rowsOf } from './rows.ts';
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

type DB = Database.Database;

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Schema migrations, applied in order; each runs once (table `migrations`). */
const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents, structured tables, full-text index',
    sql: `
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  ext_id TEXT, url TEXT, source TEXT, title TEXT, author TEXT, published TEXT, language TEXT, input TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  simhash TEXT,
  duplicate_of INTEGER REFERENCES documents(id),
  dup_kind TEXT,
  dup_distance INTEGER,
  analysis TEXT,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash) WHERE duplicate_of IS NULL;
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_dup ON documents(duplicate_of);
CREATE TABLE simbands (band INTEGER NOT NULL, doc_id INTEGER NOT NULL REFERENCES documents(id));
CREATE INDEX simbands_band ON simbands(band);
CREATE VIRTUAL TABLE docs_fts USING fts5(title, body, stem, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
CREATE TABLE actors (
  id TEXT PRIMARY KEY, code TEXT NOT NULL, country TEXT, sector TEXT,
  name_ar TEXT NOT NULL, name_en TEXT, name_norm TEXT NOT NULL, kind TEXT, data TEXT
);
CREATE INDEX actors_code ON actors(code);
CREATE INDEX actors_name ON actors(name_norm);
CREATE TABLE mentions (
  doc_id INTEGER NOT NULL REFERENCES documents(id), actor_id TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, via TEXT
);
CREATE INDEX mentions_actor ON mentions(actor_id, doc_id);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE TABLE entities (
  doc_id INTEGER NOT NULL REFERENCES documents(id), eid TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL,
  norm TEXT, actor_id TEXT, data TEXT
);
CREATE INDEX entities_doc ON entities(doc_id);
CREATE INDEX entities_norm ON entities(norm);
CREATE TABLE quotes (
  doc_id INTEGER NOT NULL REFERENCES documents(id), qid TEXT NOT NULL, kind TEXT NOT NULL,
  start_off INTEGER NOT NULL, end_off INTEGER NOT NULL, text TEXT NOT NULL,
  speaker_text TEXT, speaker_name TEXT, speaker_norm TEXT, speaker_actor TEXT, speaker_code TEXT,
  cue TEXT, stance TEXT, day TEXT, data TEXT
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_actor ON quotes(speaker_actor);
CREATE INDEX quotes_code ON quotes(speaker_code);
CREATE TABLE events (
  doc_id INTEGER NOT NULL REFERENCES documents(id), eid TEXT NOT NULL, type TEXT NOT NULL, cameo TEXT,
  mode TEXT NOT NULL, quad TEXT, intensity REAL, goldstein REAL,
  source_text TEXT, source_actor TEXT, source_code TEXT,
  target_text TEXT, target_actor TEXT, target_code TEXT,
  location TEXT, day TEXT, evidence TEXT NOT NULL, data TEXT
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_source ON events(source_actor);
CREATE INDEX events_target ON events(target_actor);
CREATE INDEX events_type ON events(type);
CREATE TABLE claims (
  doc_id INTEGER NOT NULL REFERENCES documents(id), event_eid TEXT, quote_qid TEXT, stance TEXT NOT NULL,
  by_text TEXT, by_actor TEXT, evidence TEXT NOT NULL, data TEXT
);
CREATE INDEX claims_doc ON claims(doc_id);
CREATE TABLE ingest_runs (
  id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, args TEXT, counts TEXT
);
CREATE TABLE ingest_failures (
  run_id INTEGER NOT NULL REFERENCES ingest_runs(id), input TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'full-text rank: bm25 weights title 4, normalized terms 2, stems 1',
    sql: `INSERT INTO docs_fts(docs_fts, rank) VALUES ('rank', 'bm25(4.0, 2.0, 1.0)');`,
  },
];

export const SQLITE_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

function now(): string {
  return new Date().toISOString();
}

/** FTS5 match expression: every query term, as its normalized form (title or body) or its stem (title or stems). */
export function ftsMatch(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `({title body}: "${t.norm}" OR {title stem}: "${t.stem}")`).join(' AND ');
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly st: ReturnType<SqliteStore['prepare']>;

  private constructor(
    private readonly db: DB,
    readonly location: string,
    private readonly searchText: SearchText,
  ) {
    this.st = this.prepare();
  }

  static open(file: string, opts: { readonly?: boolean } = {}): SqliteStore {
    const abs = path.resolve(file);
    if (opts.readonly && !existsSync(abs)) {
      throw new RasidError('E_STORE', 'no such database', { input: file, hint: 'ingest articles first (rasid ingest FILES --db PATH) or give the right --db' });
    }
    let db: DB;
    try {
      mkdirSync(path.dirname(abs), { recursive: true });
      db = new Database(abs);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 10000');
      db.pragma('cache_size = -65536');
    } catch (e) {
      throw new RasidError('E_STORE', `cannot open the SQLite database: ${(e as Error).message}`, { input: file, hint: 'check the path and its permissions', cause: e });
    }
    try {
      migrate(db);
    } catch (e) {
      db.close();
      throw new RasidError('E_STORE', `cannot prepare the database schema: ${(e as Error).message}`, { input: file, hint: 'is this a Rasid database? give another --db path', cause: e });
    }
    return new SqliteStore(db, abs, SearchText.load());
  }

  private prepare() {
    const db = this.db;
    return {
      hasKey: db.prepare('SELECT 1 FROM documents WHERE key = ?').pluck(),
      exact: db.prepare('SELECT id FROM documents WHERE content_hash = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1').pluck(),
      near: db.prepare('SELECT d.id, d.simhash FROM simbands b JOIN documents d ON d.id = b.doc_id WHERE b.band = ? AND d.duplicate_of IS NULL'),
      insDoc: db.prepare(`INSERT INTO documents (key, ext_id, url, source, title, author, published, language, input, text, content_hash, simhash, duplicate_of, dup_kind, dup_distance, analysis, ingested_at)
        VALUES (@key, @ext_id, @url, @source, @title, @author, @published, @language, @input, @text, @content_hash, @simhash, @duplicate_of, @dup_kind, @dup_distance, @analysis, @ingested_at)`),
      insBand: db.prepare('INSERT INTO simbands (band, doc_id) VALUES (?, ?)'),
      insFts: db.prepare('INSERT INTO docs_fts (rowid, title, body, stem) VALUES (?, ?, ?, ?)'),
      insActor: db.prepare(`INSERT INTO actors (id, code, country, sector, name_ar, name_en, name_norm, kind, data) VALUES (@id, @code, @country, @sector, @name_ar, @name_en, @name_norm, @kind, @data)
        ON CONFLICT(id) DO UPDATE SET code = excluded.code, country = excluded.country, sector = excluded.sector, name_ar = excluded.name_ar,
        name_en = COALESCE(excluded.name_en, actors.name_en), name_norm = excluded.name_norm, kind = COALESCE(excluded.kind, actors.kind), data = excluded.data`),
      insMention: db.prepare('INSERT INTO mentions (doc_id, actor_id, start_off, end_off, text, via) VALUES (@doc_id, @actor_id, @start_off, @end_off, @text, @via)'),
      insEntity: db.prepare('INSERT INTO entities (doc_id, eid, start_off, end_off, text, type, norm, actor_id, data) VALUES (@doc_id, @eid, @start_off, @end_off, @text, @type, @norm, @actor_id, @data)'),
      insQuote: db.prepare(`INSERT INTO quotes (doc_id, qid, kind, start_off, end_off, text, speaker_text, speaker_name, speaker_norm, speaker_actor, speaker_code, cue, stance, day, data)
        VALUES (@doc_id, @qid, @kind, @start_off, @end_off, @text, @speaker_text, @speaker_name, @speaker_norm, @speaker_actor, @speaker_code, @cue, @stance, @day, @data)`),
      insEvent: db.prepare(`INSERT INTO events (doc_id, eid, type, cameo, mode, quad, intensity, goldstein, source_text, source_actor, source_code, target_text, target_actor, target_code, location, day, evidence, data)
        VALUES (@doc_id, @eid, @type, @cameo, @mode, @quad, @intensity, @goldstein, @source_text, @source_actor, @source_code, @target_text, @target_actor, @target_code, @location, @day, @evidence, @data)`),
      insClaim: db.prepare('INSERT INTO claims (doc_id, event_eid, quote_qid, stance, by_text, by_actor, evidence, data) VALUES (@doc_id, @event_eid, @quote_qid, @stance, @by_text, @by_actor, @evidence, @data)'),
    };
  }

  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const k of keys) if (this.st.hasKey.get(k)) out.add(k);
    return out;
  }

  async findExact(contentHashes: readonly string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const h of contentHashes) {
      const id = this.st.exact.get(h) as number | undefined;
      if (id !== undefined) out.set(h, id);
    }
    return out;
  }

  async findNear(bands: readonly number[]): Promise<{ id: number; simhash: string; bands: number[] }[]> {
    const seen = new Map<number, { id: number; simhash: string; bands: number[] }>();
    for (const b of new Set(bands)) {
      for (const r of this.st.near.all(b) as { id: number; simhash: string }[]) {
        const x = seen.get(r.id) ?? { ...r, bands: [] };
        x.bands.push(b);
        seen.set(r.id, x);
      }
    }
    return [...seen.values()];
  }

  async writeBatch(docs: readonly DocInput[]): Promise<number[]> {
    const st = this.st;
    const tx = this.db.transaction((items: readonly DocInput[]) => {
      const ids: number[] = [];
      const at = now();
      for (const d of items) {
        const dupOf = d.duplicateOf === null ? null : 'id' in d.duplicateOf ? d.duplicateOf.id : ids[d.duplicateOf.batchIndex]!;
        const m = d.meta;
        const id = Number(
          st.insDoc.run({
            key: d.key,
            ext_id: m.id ?? null,
            url: m.url ?? null,
            source: m.source ?? null,
            title: m.title ?? null,
            author: m.author ?? null,
            published: m.published ?? null,
            language: m.language ?? null,
            input: m.input ?? null,
            text: d.text,
            content_hash: d.contentHash,
            simhash: d.simhash,
            duplicate_of: dupOf,
            dup_kind: d.dupKind,
            dup_distance: d.dupDistance,
            analysis: d.analysis ? JSON.stringify(d.analysis) : null,
            ingested_at: at,
          }).lastInsertRowid,
        );
        ids.push(id);
        if (dupOf !== null) continue;
        for (const b of d.bands) st.insBand.run(b, id);
        if (d.index) st.insFts.run(id, d.index.title, d.index.body, d.index.stem);
        if (!d.analysis) continue;
        const rows = rowsOf(d.analysis, id, m.published ?? null);
        for (const a of rows.actors) st.insActor.run(a);
        for (const r of rows.mentions) st.insMention.run({ doc_id: id, ...r });
        for (const r of rows.entities) st.insEntity.run({ doc_id: id, ...r });
        for (const r of rows.quotes) st.insQuote.run({ doc_id: id, day: m.published ?? null, ...r });
        for (const r of rows.events) st.insEvent.run({ doc_id: id, ...r });
        for (const r of rows.claims) st.insClaim.run({ doc_id: id, ...r });
      }
      return ids;
    });
    try {
      return tx.immediate(docs);
    } catch (e) {
      throw new RasidError('E_STORE', `writing ${docs.length} documents failed: ${(e as Error).message}`, { input: this.location, hint: 'check the disk space and that no other program holds the database', cause: e });
    }
  }

  async startRun(args: string[]): Promise<number> {
    return Number(this.db.prepare('INSERT INTO ingest_runs (started_at, args) VALUES (?, ?)').run(now(), JSON.stringify(args)).lastInsertRowid);
  }

  async finishRun(id: number, counts: IngestRunCounts, failures: { input: string; code: string; message: string }[]): Promise<void> {
    const ins = this.db.prepare('INSERT INTO ingest_failures (run_id, input, code, message) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('UPDATE ingest_runs SET finished_at = ?, counts = ? WHERE id = ?').run(now(), JSON.stringify(counts), id);
      for (const f of failures.slice(0, 10000)) ins.run(id, f.input, f.code, f.message);
    })();
  }

  /** Document-filter SQL over alias `d`. */
  private docFilter(f: { from?: string; to?: string; source?: string; actor?: string }, actorIds: string[] | null): { sql: string; params: unknown[] } {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (f.from) {
      parts.push('d.published >= ?');
      params.push(f.from);
    }
    if (f.to) {
      parts.push('d.published <= ?');
      params.push(f.to);
    }
    if (f.source) {
      parts.push('lower(d.source) = lower(?)');
      params.push(f.source);
    }
    if (actorIds) {
      parts.push(`d.id IN (SELECT doc_id FROM mentions WHERE actor_id IN (${actorIds.map(() => '?').join(',') || 'NULL'}))`);
      params.push(...actorIds);
    }
    return { sql: parts.length ? ' AND ' + parts.join(' AND ') : '', params };
  }

  async search(query: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    const terms = this.searchText.query(query);
    if (!terms.length) return [];
    const actorIds = opts.actor ? (await this.findActors(opts.actor)).map((a) => a.id) : null;
    const f = this.docFilter(opts, actorIds);
    // Rank inside the full-text index first (FTS5's rank: bm25 with the column weights set by
    // migration 2), then fetch only the top documents.
    const sql = `SELECT d.id, r.rank AS score, d.title, d.url, d.source, d.published, d.text
      FROM (SELECT rowid AS id, rank FROM docs_fts WHERE docs_fts MATCH ?${f.sql ? ` AND rowid IN (SELECT d.id FROM documents d WHERE 1${f.sql})` : ''}
            ORDER BY rank LIMIT ? OFFSET ?) r
      JOIN documents d ON d.id = r.id ORDER BY r.rank`;
    const rows = this.db.prepare(sql).all(ftsMatch(terms), ...f.params, opts.limit ?? 20, opts.offset ?? 0) as SearchHit[];
    for (const r of rows) r.score = -r.score;
    return rows;
  }

  async findActors(q: string): Promise<ActorRow[]> {
    const rows = this.db
      .prepare(`SELECT id, code, country, sector, name_ar AS nameAr, name_en AS nameEn, kind FROM actors
        WHERE id = ? OR code = ? OR name_norm = ? OR lower(name_en) = lower(?) ORDER BY id LIMIT 500`)
      .all(q, q.toUpperCase(), normalize(q.trim()), q.trim()) as ActorRow[];
    return rows;
  }

  async quotes(f: QuoteFilter): Promise<QuoteRow[]> {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (f.actor) {
      const ids = (await this.findActors(f.actor)).map((a) => a.id);
      parts.push(`(q.speaker_code = ? OR q.speaker_actor IN (${ids.map(() => '?').join(',') || 'NULL'}))`);
      params.push(f.actor.toUpperCase(), ...ids);
    }
    if (f.speaker) {
      const ids = (await this.findActors(f.speaker)).map((a) => a.id);
      parts.push(`(q.speaker_norm LIKE ? OR q.speaker_actor IN (${ids.map(() => '?').join(',') || 'NULL'}))`);
      params.push(`%${normalize(f.speaker.trim())}%`, ...ids);
    }
    if (f.from) {
      parts.push('q.day >= ?');
      params.push(f.from);
    }
    if (f.to) {
      parts.push('q.day <= ?');
      params.push(f.to);
    }
    const sql = `SELECT q.doc_id AS docId, q.qid, q.kind, q.text, q.speaker_name AS speaker, q.speaker_actor AS speakerActor, q.speaker_code AS speakerCode,
      q.cue, q.stance, q.day, d.title, d.url FROM quotes q JOIN documents d ON d.id = q.doc_id
      ${parts.length ? 'WHERE ' + parts.join(' AND ') : ''} ORDER BY q.day DESC, q.doc_id DESC, q.start_off LIMIT ?`;
    return this.db.prepare(sql).all(...params, f.limit ?? 50) as QuoteRow[];
  }

  async events(f: EventFilter): Promise<EventRow[]> {
    const parts: string[] = [];
    const params: unknown[] = [];
    for (const side of ['source', 'target'] as const) {
      const v = f[side];
      if (!v) continue;
      const ids = (await this.findActors(v)).map((a) => a.id);
      parts.push(`(e.${side}_code LIKE ? OR e.${side}_actor IN (${ids.map(() => '?').join(',') || 'NULL'}))`);
      params.push(`${v.toUpperCase()}%`, ...ids);
    }
    if (f.type) {
      parts.push('upper(e.type) = upper(?)');
      params.push(f.type);
    }
    if (f.mode) {
      parts.push('e.mode = ?');
      params.push(f.mode);
    }
    if (f.from) {
      parts.push('e.day >= ?');
      params.push(f.from);
    }
    if (f.to) {
      parts.push('e.day <= ?');
      params.push(f.to);
    }
    const sql = `SELECT e.doc_id AS docId, e.eid, e.day, e.type, e.cameo, e.mode, e.quad, e.intensity, e.goldstein,
      e.source_text AS sourceText, e.source_code AS sourceCode, e.source_actor AS sourceActor,
      e.target_text AS targetText, e.target_code AS targetCode, e.target_actor AS targetActor,
      e.location, e.evidence, d.title, d.url, e.data
      FROM events e JOIN documents d ON d.id = e.doc_id
      ${parts.length ? 'WHERE ' + parts.join(' AND ') : ''} ORDER BY e.day DESC, e.doc_id DESC, e.eid LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, f.limit ?? 100) as EventRow[];
    for (const r of rows) r.data = r.data ? JSON.parse(r.data as string) : null;
    return rows;
  }

  async actorProfile(q: string, opts: { months?: number; limit?: number } = {}): Promise<ActorProfile | null> {
    const actors = await this.findActors(q);
    if (!actors.length) return null;
    const ids = actors.map((a) => a.id);
    const inIds = `(${ids.map(() => '?').join(',')})`;
    const limit = opts.limit ?? 10;
    const tot = this.db
      .prepare(`SELECT count(*) AS mentions, count(DISTINCT m.doc_id) AS documents, min(d.published) AS firstSeen, max(d.published) AS lastSeen
        FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.actor_id IN ${inIds}`)
      .get(...ids) as { mentions: number; documents: number; firstSeen: string | null; lastSeen: string | null };
    const byMonth = this.db
      .prepare(`SELECT substr(d.published, 1, 7) AS month, count(*) AS mentions, count(DISTINCT m.doc_id) AS documents
        FROM mentions m JOIN documents d ON d.id = m.doc_id WHERE m.actor_id IN ${inIds} AND d.published IS NOT NULL
        GROUP BY month ORDER BY month DESC LIMIT ?`)
      .all(...ids, opts.months ?? 24) as ActorProfile['byMonth'];
    byMonth.reverse();
    const rel = (dir: 'source' | 'target') => {
      const other = dir === 'source' ? 'target' : 'source';
      return (
        this.db
          .prepare(`SELECT COALESCE(e.${other}_actor, e.${other}_text) AS other, e.${other}_code AS otherCode, count(*) AS events, group_concat(DISTINCT e.type) AS types
          FROM events e WHERE e.${dir}_actor IN ${inIds} AND COALESCE(e.${other}_actor, e.${other}_text) IS NOT NULL
          GROUP BY other ORDER BY events DESC LIMIT ?`)
          .all(...ids, limit) as { other: string; otherCode: string | null; events: number; types: string }[]
      ).map((r) => ({ direction: dir, other: r.other, otherCode: r.otherCode, events: r.events, types: r.types ? r.types.split(',') : [] }));
    };
    const relations = [...rel('source'), ...rel('target')].sort((a, b) => b.events - a.events || (a.other < b.other ? -1 : a.other > b.other ? 1 : 0)).slice(0, limit);
    const coMentions = this.db
      .prepare(`SELECT a.id AS actor, a.code, a.name_ar AS name, count(DISTINCT m2.doc_id) AS documents
        FROM mentions m1 JOIN mentions m2 ON m2.doc_id = m1.doc_id AND m2.actor_id NOT IN ${inIds}
        JOIN actors a ON a.id = m2.actor_id
        WHERE m1.actor_id IN ${inIds} GROUP BY a.id ORDER BY documents DESC LIMIT ?`)
      .all(...ids, ...ids, limit) as ActorProfile['coMentions'];
    const quotes = (
      this.db
        .prepare(`SELECT q.doc_id AS docId, q.qid, q.kind, q.text, q.speaker_name AS speaker, q.speaker_actor AS speakerActor, q.speaker_code AS speakerCode,
          q.cue, q.stance, q.day, d.title, d.url FROM quotes q JOIN documents d ON d.id = q.doc_id
          WHERE q.speaker_actor IN ${inIds} ORDER BY q.day DESC, q.doc_id DESC LIMIT ?`)
        .all(...ids, limit) as QuoteRow[]
    );
    return { query: q, actors, ...tot, byMonth, relations, coMentions, quotes };
  }

  async exportRows(table: ExportTable, onRow: (row: Record<string, unknown>) => Promise<void> | void): Promise<number> {
    const key = table === 'actors' ? 'id' : 'rowid';
    const cols = table === 'actors' ? '*' : 'rowid AS _rowid, *';
    let last: number | string = table === 'actors' ? '' : 0;
    let n = 0;
    const stmt = this.db.prepare(`SELECT ${cols} FROM ${table} WHERE ${key} > ? ORDER BY ${key} LIMIT 1000`);
    for (;;) {
      const rows = stmt.all(last) as Record<string, unknown>[];
      if (!rows.length) break;
      for (const r of rows) {
        last = (table === 'actors' ? r.id : r._rowid) as number | string;
        delete r._rowid;
        await onRow(r);
        n++;
      }
    }
    return n;
  }

  async stats(): Promise<StoreStats> {
    const c = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    let bytes = 0;
    for (const f of [this.location, this.location + '-wal']) if (existsSync(f)) bytes += statSync(f).size;
    return {
      documents: c('SELECT count(*) FROM documents'),
      originals: c('SELECT count(*) FROM documents WHERE duplicate_of IS NULL'),
      duplicates: c('SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL'),
      actors: c('SELECT count(*) FROM actors'),
      mentions: c('SELECT count(*) FROM mentions'),
      entities: c('SELECT count(*) FROM entities'),
      quotes: c('SELECT count(*) FROM quotes'),
      events: c('SELECT count(*) FROM events'),
      claims: c('SELECT count(*) FROM claims'),
      bytes,
    };
  }

  /** Run SQLite's own consistency checks (tests, `rasid ingest --check`). */
  integrityCheck(): string[] {
    const out = this.db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const bad = out.map((r) => r.integrity_check).filter((s) => s !== 'ok');
    this.db.prepare("INSERT INTO docs_fts(docs_fts, rank) VALUES ('integrity-check', 0)").run();
    return bad;
  }

  async close(): Promise<void> {
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      /* another connection may hold the WAL; it is checkpointed later */
    }
    this.db.close();
  }
}

function migrate(db: DB): void {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT version FROM migrations').pluck().all() as number[]);
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      // Another process may have applied it meanwhile (the write lock serializes us).
      if (db.prepare('SELECT 1 FROM migrations WHERE version = ?').get(m.version)) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now());
    }).immediate();
  }
}
