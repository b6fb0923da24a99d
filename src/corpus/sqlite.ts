/**
 * SQLite store (better-sqlite3 12): one file, WAL journal, schema migrations, FTS5 over the
 * normalized and stemmed text. Every batch of documents is one transaction, so a killed ingest
 * leaves whole batches and a rerun completes the rest. The queries are shared with PostgreSQL
 * (sql.ts); this file holds the connection, the writes and the full-text ranking.
 *
 * The analysis JSON is stored zlib-compressed (about 5 times smaller; read by export and the events query).
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { RasidError } from '../errors.ts';
import { SearchText, type QueryTerm } from './searchtext.ts';
import { ACTOR_COLUMNS, ACTOR_UPSERT, batchRows, DOC_COLUMNS, documentValues, duplicateOfId, MIGRATIONS, MIGRATIONS_TABLE, ROW_COLUMNS, SqlStore, type Params, type Row, type RowTable } from './sql.ts';
import type { DocInput, IngestRunCounts } from './store.ts';

type DB = Database.Database;

/** zlib level of the analysis column: 3 compresses about 5.4 times at two thirds of the CPU of the default 6 (5.9 times). */
const DEFLATE_LEVEL = 3;

function now(): string {
  return new Date().toISOString();
}

/** FTS5 match expression: every query term, as its normalized form (title or body) or its stem (title or stems). */
export function ftsMatch(terms: readonly QueryTerm[]): string {
  return terms.map((t) => `({title body}: "${t.norm}" OR {title stem}: "${t.stem}")`).join(' AND ');
}

/** An INSERT with positional parameters (faster to bind than named ones), and a binder from a record. */
function inserter(db: DB, table: string, cols: readonly string[], tail = ''): (r: object) => void {
  const stmt = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) ${tail}`);
  const vals = new Array<unknown>(cols.length);
  return (r) => {
    for (let i = 0; i < cols.length; i++) vals[i] = (r as Row)[cols[i]!] ?? null;
    stmt.run(vals);
  };
}

export class SqliteStore extends SqlStore {
  readonly kind = 'sqlite' as const;
  private readonly st: ReturnType<SqliteStore['prepare']>;
  /** Prepared query statements by SQL text. */
  private readonly cache = new Map<string, Database.Statement>();

  private constructor(
    private readonly db: DB,
    readonly location: string,
    private readonly searchText: SearchText,
  ) {
    super();
    this.st = this.prepare();
  }

  static open(file: string, opts: { mustExist?: boolean } = {}): SqliteStore {
    const abs = path.resolve(file);
    if (opts.mustExist && !existsSync(abs)) {
      throw new RasidError('E_STORE', 'no corpus database at this path', { input: abs, hint: `give the right --db, or ingest articles first: rasid ingest FILES --db ${file}` });
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
      throw new RasidError('E_STORE', `cannot open the SQLite database: ${(e as Error).message}`, { input: file, hint: 'check the path and its permissions, and that it is a corpus made by rasid ingest', cause: e });
    }
    // A database to read that holds other tables but no Rasid migrations is someone else's: leave it untouched.
    if (opts.mustExist && !db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'migrations'").get() && db.prepare('SELECT 1 FROM sqlite_schema').get()) {
      db.close();
      throw new RasidError('E_STORE', 'not a Rasid corpus (no migrations table)', { input: abs, hint: 'give the --db of a corpus made by rasid ingest' });
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
      insDoc: db.prepare(`INSERT INTO documents (${DOC_COLUMNS.join(', ')}) VALUES (${DOC_COLUMNS.map(() => '?').join(', ')})`),
      insFts: db.prepare('INSERT INTO docs_fts (rowid, title, body, stem) VALUES (?, ?, ?, ?)'),
      insActor: inserter(db, 'actors', ACTOR_COLUMNS, ACTOR_UPSERT),
      rows: Object.fromEntries(Object.entries(ROW_COLUMNS).map(([t, cols]) => [t, inserter(db, t, cols)])) as Record<RowTable, (r: object) => void>,
    };
  }

  protected async all<T = Row>(sql: string, params: readonly unknown[]): Promise<T[]> {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      if (this.cache.size > 256) this.cache.clear();
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt.all(...params) as T[];
  }

  /** The database's pages (as the file will be once the WAL is checkpointed). */
  protected async sizeBytes(): Promise<number> {
    return (this.db.pragma('page_count', { simple: true }) as number) * (this.db.pragma('page_size', { simple: true }) as number);
  }

  protected async ranked(query: string, filter: (p: Params) => string, limit: number, offset: number): Promise<{ id: number; score: number }[]> {
    const terms = this.searchText.query(query);
    if (!terms.length) return [];
    // Ranked inside the full-text index (FTS5's rank: bm25 with the column weights of migration 2).
    const p = this.params();
    const match = p.add(ftsMatch(terms));
    const f = filter(p);
    const rows = await this.all<{ id: number; score: number }>(
      `SELECT rowid AS id, rank AS score FROM docs_fts WHERE docs_fts MATCH ${match}${f ? ` AND rowid IN (SELECT d.id FROM documents d WHERE ${f})` : ''}
       ORDER BY rank LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    );
    return rows.map((r) => ({ id: r.id, score: -r.score }));
  }

  async writeBatch(docs: readonly DocInput[]): Promise<number[]> {
    const st = this.st;
    const tx = this.db.transaction((items: readonly DocInput[]) => {
      const ids: number[] = [];
      const at = now();
      for (const d of items) {
        const dupOf = duplicateOfId(d, ids);
        const id = Number(st.insDoc.run(documentValues(d, dupOf, d.analysis ? deflateSync(d.analysis.json, { level: DEFLATE_LEVEL }) : null, at)).lastInsertRowid);
        ids.push(id);
        if (dupOf === null && d.index) st.insFts.run(id, d.index.title, d.index.body, d.index.stem);
      }
      const { actors, ...rows } = batchRows(items, ids);
      for (const a of actors) st.insActor(a);
      for (const t of Object.keys(rows) as RowTable[]) for (const r of rows[t]) st.rows[t](r);
      return ids;
    });
    try {
      return tx.immediate(docs);
    } catch (e) {
      throw new RasidError('E_STORE', `writing ${docs.length} documents failed: ${(e as Error).message}`, { input: this.location, hint: 'check the disk space and that no other program holds the database', cause: e });
    }
  }

  async finishRun(id: number, counts: IngestRunCounts, failures: { input: string; code: string; message: string }[]): Promise<void> {
    const ins = this.db.prepare('INSERT INTO ingest_failures (run_id, input, code, message) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('UPDATE ingest_runs SET finished_at = ?, counts = ? WHERE id = ?').run(now(), JSON.stringify(counts), id);
      for (const f of failures.slice(0, 10000)) ins.run(id, f.input, f.code, f.message);
    })();
  }

  /** Run SQLite's own consistency checks (tests). */
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
  db.exec(MIGRATIONS_TABLE('sqlite'));
  const done = new Set(db.prepare('SELECT version FROM migrations').pluck().all() as number[]);
  for (const m of MIGRATIONS) {
    const sql = m.sql('sqlite');
    if (done.has(m.version) || sql === null) continue;
    db.transaction(() => {
      // Another process may have applied it meanwhile (the write lock serializes us).
      if (db.prepare('SELECT 1 FROM migrations WHERE version = ?').get(m.version)) return;
      db.exec(sql);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, now());
    }).immediate();
  }
}
