/**
 * PostgreSQL store (pg): the same tables and queries as the SQLite store (sql.ts), for a shared
 * server. Full-text search runs on a tsvector built with the 'simple' configuration over the same
 * normalized and stemmed text (title weight A, normalized terms B, stems C); snippets are made by
 * the shared snippet code from the original text. This file holds the connection, migrations
 * under an advisory lock, multi-row writes and the tsvector ranking.
 */
import pg from 'pg';
import { RasidError } from '../errors.ts';
import { SearchText, type QueryTerm } from './searchtext.ts';
import { ACTOR_COLUMNS, ACTOR_UPSERT, batchRows, DOC_COLUMNS, documentValues, duplicateOfId, MIGRATIONS, MIGRATIONS_TABLE, ROW_COLUMNS, SqlStore, type Params, type Row, type RowTable } from './sql.ts';
import type { DocInput, IngestRunCounts } from './store.ts';

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
async function insertRows(c: Q, table: string, cols: readonly string[], rows: readonly object[], tail = ''): Promise<void> {
  const per = Math.max(1, Math.floor(60000 / cols.length));
  for (let i = 0; i < rows.length; i += per) {
    const params: unknown[] = [];
    const values = rows.slice(i, i + per).map((r) => `(${cols.map((k) => `$${params.push((r as Row)[k] ?? null)}`).join(',')})`);
    await c.query(`INSERT INTO ${table} (${cols.join(',')}) VALUES ${values.join(',')} ${tail}`, params);
  }
}

export class PostgresStore extends SqlStore {
  readonly kind = 'postgres' as const;

  private constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    private readonly searchText: SearchText,
  ) {
    super();
  }

  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined);
    try {
      const c = await pool.connect();
      try {
        await c.query('SELECT pg_advisory_lock(727361)');
        await c.query(MIGRATIONS_TABLE('postgres'));
        const done = new Set((await c.query('SELECT version FROM migrations')).rows.map((r) => Number(r.version)));
        for (const m of MIGRATIONS) {
          const sql = m.sql('postgres');
          if (done.has(m.version) || sql === null) continue;
          await c.query('BEGIN');
          try {
            await c.query(sql);
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

  protected async all<T = Row>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return (await this.pool.query(sql, params as unknown[])).rows as T[];
  }

  protected async sizeBytes(): Promise<number> {
    const [r] = await this.all<{ bytes: number }>('SELECT pg_database_size(current_database())::float8 AS bytes', []);
    return r!.bytes;
  }

  protected async ranked(query: string, filter: (p: Params) => string, limit: number, offset: number): Promise<{ id: number; score: number }[]> {
    const terms = this.searchText.query(query);
    if (!terms.length) return [];
    const p = this.params();
    const q = p.add(tsQuery(terms));
    const f = filter(p);
    const rows = await this.all<{ id: number; score: number }>(
      `SELECT d.id, ts_rank(d.tsv, q, 1) AS score FROM documents d, to_tsquery('simple', ${q}) q
       WHERE d.tsv @@ q${f ? ` AND ${f}` : ''} ORDER BY score DESC, d.id LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`,
      p.values,
    );
    return rows.map((r) => ({ id: Number(r.id), score: Number(r.score) }));
  }

  async writeBatch(docs: readonly DocInput[]): Promise<number[]> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SET LOCAL synchronous_commit = off');
      const at = new Date().toISOString();
      // Documents in statements of up to 100 rows; a duplicate's original is always in an earlier
      // statement or earlier in the same one (ids are assigned in VALUES order by the sequence).
      const ids: number[] = [];
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
          const dupOf = duplicateOfId(d, ids);
          const vals = documentValues({ ...d, text: d.text.replace(/\u0000/g, '') }, dupOf, d.analysis ? d.analysis.json.replace(/\\u0000/g, '') : null, at);
          const idx = dupOf === null ? d.index : null;
          const tsv = idx
            ? (['title', 'body', 'stem'] as const).map((k, w) => `setweight(to_tsvector('simple', $${params.push(idx[k].slice(0, MAX_TSV_CHARS))}::text), '${'ABC'[w]}')`).join(' || ')
            : 'NULL';
          return `(${vals.map((v) => `$${params.push(v)}`).join(',')}, ${tsv})`;
        });
        const r = await c.query(`INSERT INTO documents (${DOC_COLUMNS.join(', ')}, tsv) VALUES ${values.join(',')} RETURNING id, key`, params);
        const byKey = new Map(r.rows.map((x) => [x.key as string, Number(x.id)]));
        for (const d of part) ids.push(byKey.get(d.key)!);
        i = j;
      }
      const { actors, ...rows } = batchRows(docs, ids);
      // Each actor once per batch (batchRows): ON CONFLICT cannot update a row twice in one statement.
      await insertRows(c, 'actors', ACTOR_COLUMNS, actors, ACTOR_UPSERT);
      for (const t of Object.keys(rows) as RowTable[]) await insertRows(c, t, ROW_COLUMNS[t], rows[t]);
      await c.query('COMMIT');
      return ids;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw new RasidError('E_STORE', `writing ${docs.length} documents failed: ${(e as Error).message}`, { input: this.location, hint: 'check the server log and disk space', cause: e });
    } finally {
      c.release();
    }
  }

  async finishRun(id: number, counts: IngestRunCounts, failures: { input: string; code: string; message: string }[]): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('UPDATE ingest_runs SET finished_at = now(), counts = $1 WHERE id = $2', [JSON.stringify(counts), id]);
      await insertRows(c, 'ingest_failures', ['run_id', 'input', 'code', 'message'], failures.slice(0, 10000).map((f) => ({ run_id: id, ...f })));
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  /** Drop every Rasid table (tests start from an empty database). */
  async dropAll(): Promise<void> {
    await this.pool.query('DROP TABLE IF EXISTS ingest_failures, ingest_runs, claims, events, quotes, entities, mentions, actors, simbands, documents, migrations CASCADE');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
