/**
 * The corpus store: one interface, two implementations (SQLite by default, PostgreSQL for a shared
 * server). Both hold the same tables (docs/corpus.md) and answer the same queries; the query
 * commands and the ingester only see this interface.
 */
import type { DocMeta } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import type { PreparedAnalysis } from './rows.ts';

export type DupKind = 'exact' | 'near';

/** One document ready to be written. */
export interface DocInput {
  /** Stable identity of the record (see docs/corpus.md): a rerun finds it and skips it. */
  key: string;
  text: string;
  meta: DocMeta;
  contentHash: string;
  simhash: string | null;
  bands: number[];
  /** The original this document duplicates: a stored id, or the index of an earlier item of the same batch. */
  duplicateOf: { id: number } | { batchIndex: number } | null;
  dupKind: DupKind | null;
  dupDistance: number | null;
  /** The analysis, serialized, with its table rows (rows.ts prepareAnalysis); null for duplicates (not analyzed). */
  analysis: PreparedAnalysis | null;
  /** Search index text (normalized terms and stems); null for duplicates (not indexed). */
  index: { title: string; body: string; stem: string } | null;
}

export interface DocFilter {
  from?: string;
  to?: string;
  source?: string;
  /** Actor id, code or name: documents that mention it. */
  actor?: string;
}

export interface SearchOptions extends DocFilter {
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: number;
  score: number;
  title: string | null;
  url: string | null;
  source: string | null;
  published: string | null;
  text: string;
}

export interface QuoteFilter {
  speaker?: string;
  actor?: string;
  from?: string;
  to?: string;
  limit?: number;
}

export interface QuoteRow {
  docId: number;
  qid: string;
  kind: string;
  text: string;
  speaker: string | null;
  speakerActor: string | null;
  speakerCode: string | null;
  cue: string | null;
  stance: string | null;
  day: string | null;
  title: string | null;
  url: string | null;
}

export interface EventFilter {
  type?: string;
  source?: string;
  target?: string;
  from?: string;
  to?: string;
  mode?: string;
  limit?: number;
}

export interface EventRow {
  docId: number;
  eid: string;
  day: string | null;
  type: string;
  cameo: string | null;
  mode: string;
  quad: string | null;
  intensity: number | null;
  goldstein: number | null;
  sourceText: string | null;
  sourceCode: string | null;
  sourceActor: string | null;
  targetText: string | null;
  targetCode: string | null;
  targetActor: string | null;
  location: string | null;
  evidence: string;
  title: string | null;
  url: string | null;
  /** The event as the analysis gave it. */
  data: unknown;
}

export interface ActorRow {
  id: string;
  code: string;
  country: string | null;
  sector: string | null;
  nameAr: string;
  nameEn: string | null;
  kind: string | null;
}

export interface ActorProfile {
  query: string;
  actors: ActorRow[];
  mentions: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
  byMonth: { month: string; mentions: number; documents: number }[];
  /** Events with the actor as source or target, grouped by the other side. */
  relations: { direction: 'source' | 'target'; other: string; otherName: string | null; otherCode: string | null; events: number; types: string[] }[];
  /** Actors mentioned in the same documents. */
  coMentions: { actor: string; code: string; name: string; documents: number }[];
  quotes: QuoteRow[];
}

export interface StoreStats {
  documents: number;
  originals: number;
  duplicates: number;
  actors: number;
  mentions: number;
  entities: number;
  quotes: number;
  events: number;
  claims: number;
  /** Size in bytes (SQLite: the pages of the database, WAL included; PostgreSQL: the database on disk). */
  bytes: number;
}

export type ExportTable = 'documents' | 'entities' | 'mentions' | 'actors' | 'quotes' | 'events' | 'claims';

export interface IngestRunCounts {
  read: number;
  ingested: number;
  unchanged: number;
  exactDuplicates: number;
  nearDuplicates: number;
  failed: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** The file path or the URL without its password. */
  readonly location: string;

  /** Which of these keys are already stored. */
  existingKeys(keys: readonly string[]): Promise<Set<string>>;
  /** The first original (non-duplicate) document with each of these content hashes. */
  findExact(contentHashes: readonly string[]): Promise<Map<string, number>>;
  /** Original documents sharing a SimHash band with any of these band keys. */
  findNear(bands: readonly number[]): Promise<{ id: number; simhash: string; bands: number[] }[]>;
  /** Write documents and everything extracted from them in one transaction; returns their ids in order. */
  writeBatch(docs: readonly DocInput[]): Promise<number[]>;

  startRun(args: string[]): Promise<number>;
  finishRun(id: number, counts: IngestRunCounts, failures: { input: string; code: string; message: string }[]): Promise<void>;

  search(query: string, opts?: SearchOptions): Promise<SearchHit[]>;
  quotes(f: QuoteFilter): Promise<QuoteRow[]>;
  events(f: EventFilter): Promise<EventRow[]>;
  /** Actors matching an id, a code or a name (normalized). */
  findActors(q: string): Promise<ActorRow[]>;
  actorProfile(q: string, opts?: { months?: number; limit?: number }): Promise<ActorProfile | null>;
  /** Rows of one table for export, in id order, in pages. */
  exportRows(table: ExportTable, onRow: (row: Record<string, unknown>) => Promise<void> | void): Promise<number>;
  stats(): Promise<StoreStats>;
  /** True when no document is stored. */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

export const DEFAULT_DB = 'rasid.db';

export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** Open the store named by `--db`: a PostgreSQL URL or an SQLite file path (created when missing, unless `mustExist`). */
export async function openStore(spec: string = DEFAULT_DB, opts: { mustExist?: boolean } = {}): Promise<Store> {
  if (isPostgresUrl(spec)) {
    const { PostgresStore } = await import('./postgres.ts');
    return PostgresStore.open(spec);
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) {
    throw new RasidError('E_USAGE', `unsupported database URL "${spec.replace(/\/\/[^@/]*@/, '//***@')}"`, { hint: 'give an SQLite file path or a postgres:// URL' });
  }
  const { SqliteStore } = await import('./sqlite.ts');
  return SqliteStore.open(spec, opts);
}

/**
 * Open a corpus to query it: an SQLite file that must exist, or a PostgreSQL URL; a store
 * without documents is an error too (E_STORE naming the database and what to do).
 */
export async function openCorpus(spec: string = DEFAULT_DB): Promise<Store> {
  const store = await openStore(spec, { mustExist: true });
  if (await store.isEmpty()) {
    await store.close();
    throw new RasidError('E_STORE', 'the corpus holds no documents', { input: store.location, hint: `ingest articles first: rasid ingest FILES --db ${spec}` });
  }
  return store;
}
