/**
 * The stored form of an analysis and the flat rows of the structured tables derived from it,
 * shared by both stores so they hold exactly the same data. `prepareAnalysis` runs where the
 * article was analyzed (a worker thread): it serializes the analysis once and builds the rows with
 * document-level actor ids still unscoped; `scopeRows` scopes them when the document id is known.
 * Every field is read defensively: the later stages fill their layers progressively and an absent
 * or partial layer gives fewer rows, never an error.
 */
import type { Actor, AnalysisJSON, Claim, Entity, EventArgument, PoliticalEvent, Quote } from '../doc/types.ts';
import { normalize } from '../text/normalize.ts';

/** The stored form of an analysis: AnalysisJSON without the text and the per-token layers. */
export type StoredAnalysis = Omit<AnalysisJSON, 'text' | 'tokens' | 'paragraphs' | 'sentences'> & {
  counts?: { tokens: number; sentences: number; paragraphs: number };
};

/** An analysis ready to be written: its JSON (serialized once) and its table rows. */
export interface PreparedAnalysis {
  json: string;
  rows: DocRows;
}

/** Reduce an analysis to its stored form. */
export function storedAnalysis(a: AnalysisJSON): StoredAnalysis {
  const { text: _text, tokens, paragraphs, sentences, ...rest } = a;
  return { ...rest, counts: { tokens: tokens.length, sentences: sentences.length, paragraphs: paragraphs.length } };
}

/** Serialize a stored analysis and derive its rows (document-level actor ids unscoped). */
export function prepareAnalysis(a: StoredAnalysis, published: string | null): PreparedAnalysis {
  return { json: JSON.stringify(a), rows: rowsOf(a, published) };
}

export interface ActorRecord {
  id: string;
  code: string;
  country: string | null;
  sector: string | null;
  name_ar: string;
  name_en: string | null;
  name_norm: string;
  kind: string | null;
  data: string;
}

export interface MentionRecord {
  actor_id: string;
  start_off: number;
  end_off: number;
  text: string;
  via: string | null;
}

export interface EntityRecord {
  eid: string;
  start_off: number;
  end_off: number;
  text: string;
  type: string;
  norm: string | null;
  actor_id: string | null;
}

export interface QuoteRecord {
  qid: string;
  kind: string;
  start_off: number;
  end_off: number;
  text: string;
  speaker_text: string | null;
  speaker_name: string | null;
  speaker_norm: string | null;
  speaker_actor: string | null;
  speaker_code: string | null;
  cue: string | null;
  stance: string | null;
  /** Publication date of the document. */
  day: string | null;
}

export interface EventRecord {
  eid: string;
  type: string;
  cameo: string | null;
  mode: string;
  quad: string | null;
  intensity: number | null;
  goldstein: number | null;
  source_text: string | null;
  source_actor: string | null;
  source_code: string | null;
  target_text: string | null;
  target_actor: string | null;
  target_code: string | null;
  location: string | null;
  day: string | null;
  evidence: string;
}

export interface ClaimRecord {
  event_eid: string | null;
  quote_qid: string | null;
  stance: string;
  by_text: string | null;
  by_actor: string | null;
  evidence: string;
}

export interface DocRows {
  actors: ActorRecord[];
  mentions: MentionRecord[];
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  claims: ClaimRecord[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const int = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0);

/** Document-level actor ids ("doc:3") are only unique within their document: scope them by document id. */
export function scopedActorId(id: string, docId: number): string {
  return id.startsWith('doc:') ? `d${docId}:${id.slice(4)}` : id;
}

function scoped<T extends object>(r: T, keys: readonly (keyof T)[], docId: number): T {
  let out: T | null = null;
  for (const k of keys) {
    const v = r[k];
    if (typeof v === 'string' && v.startsWith('doc:')) (out ??= { ...r })[k] = scopedActorId(v, docId) as T[keyof T];
  }
  return out ?? r;
}

/** The rows of one document with its document-level actor ids scoped by its id. */
export function scopeRows(r: DocRows, docId: number): DocRows {
  return {
    actors: r.actors.map((x) => scoped(x, ['id'], docId)),
    mentions: r.mentions.map((x) => scoped(x, ['actor_id'], docId)),
    entities: r.entities.map((x) => scoped(x, ['actor_id'], docId)),
    quotes: r.quotes.map((x) => scoped(x, ['speaker_actor'], docId)),
    events: r.events.map((x) => scoped(x, ['source_actor', 'target_actor'], docId)),
    claims: r.claims.map((x) => scoped(x, ['by_actor'], docId)),
  };
}

function actorRecord(a: Actor): ActorRecord | null {
  if (!a || typeof a !== 'object' || typeof a.id !== 'string') return null;
  const nameAr = str(a.name?.ar) ?? '';
  return {
    id: a.id,
    code: str(a.code) ?? '',
    country: str(a.country),
    sector: str(a.sector),
    name_ar: nameAr,
    name_en: str(a.name?.en),
    name_norm: normalize(nameAr),
    kind: str(a.kind),
    data: JSON.stringify(a),
  };
}

function argActor(arg: EventArgument | null | undefined): { text: string | null; actor: string | null; code: string | null } {
  if (!arg) return { text: null, actor: null, code: null };
  const a = arg.actor;
  let code = str(a?.code);
  if (!code && Array.isArray(arg.members)) {
    const codes = arg.members.map((m) => str(m.actor?.code)).filter((c): c is string => !!c);
    code = codes.length ? codes.join('|') : null;
  }
  return { text: str(arg.text), actor: a && typeof a.id === 'string' ? a.id : null, code };
}

const isObject = <T>(x: T | null | undefined): x is T => !!x && typeof x === 'object';
const listOf = <T>(x: T[] | undefined): T[] => (Array.isArray(x) ? x.filter(isObject) : []);
const claimsOf = (ev: PoliticalEvent): Claim[] => listOf(ev.claims);

/** The id of an event row: its own id, else its position among the document's events. */
export function eventId(ev: PoliticalEvent, k: number): string {
  return str(ev.id) ?? `ev${k}`;
}

/**
 * The objects of an analysis behind the rows of the entities, quotes, events and claims tables,
 * in row order (the k-th row of a document in a table comes from the k-th object here). The
 * tables do not store these objects again: export and the events query read them from here.
 */
export function layerObjects(a: StoredAnalysis): { entities: Entity[]; quotes: Quote[]; events: PoliticalEvent[]; claims: Claim[] } {
  const events = listOf(a.events as PoliticalEvent[]);
  return { entities: listOf(a.entities as Entity[]), quotes: listOf(a.quotes as Quote[]), events, claims: events.flatMap(claimsOf) };
}

/** Rows of one analysis; document-level actor ids stay unscoped ("doc:3"): see scopeRows. */
export function rowsOf(a: StoredAnalysis, published: string | null): DocRows {
  const actors = new Map<string, ActorRecord>();
  const addActor = (x: Actor | undefined | null) => {
    if (!x) return;
    const r = actorRecord(x);
    if (r && !actors.has(r.id)) actors.set(r.id, r);
  };
  for (const x of Array.isArray(a.actors) ? a.actors : []) addActor(x);

  const mentions: MentionRecord[] = [];
  for (const m of Array.isArray(a.actorMentions) ? a.actorMentions : []) {
    if (!m?.actor) continue;
    addActor(m.actor);
    mentions.push({ actor_id: m.actor.id, start_off: int(m.start), end_off: int(m.end), text: str(m.text) ?? '', via: str(m.via) });
  }
  const layers = layerObjects(a);
  const entities: EntityRecord[] = [];
  for (const e of layers.entities) {
    addActor(e.actor);
    entities.push({
      eid: str(e.id) ?? `e${entities.length}`,
      start_off: int(e.start),
      end_off: int(e.end),
      text: str(e.text) ?? '',
      type: str(e.type) ?? 'MISC',
      norm: str(e.norm),
      actor_id: e.actor?.id ?? null,
    });
  }
  // Without an actor layer, entities resolved to actors count as mentions.
  if (!mentions.length) {
    for (const e of entities) if (e.actor_id) mentions.push({ actor_id: e.actor_id, start_off: e.start_off, end_off: e.end_off, text: e.text, via: 'entity' });
  }

  const quotes: QuoteRecord[] = [];
  for (const q of layers.quotes) {
    const sp = q.speaker;
    addActor(sp?.actor);
    const speakerText = str(sp?.text);
    const speakerName = str(sp?.name) ?? speakerText;
    quotes.push({
      qid: str(q.id) ?? `q${quotes.length}`,
      kind: str(q.kind) ?? 'direct',
      start_off: int(q.start),
      end_off: int(q.end),
      text: str(q.text) ?? '',
      speaker_text: speakerText,
      speaker_name: speakerName,
      speaker_norm: speakerName ? normalize(speakerName) : null,
      speaker_actor: sp?.actor?.id ?? null,
      speaker_code: str(sp?.actor?.code),
      cue: str(q.cue?.text),
      stance: str(q.stance),
      day: published,
    });
  }

  const events: EventRecord[] = [];
  const claims: ClaimRecord[] = [];
  for (const ev of layers.events) {
    for (const arg of [ev.source, ev.target, ev.location]) {
      addActor(arg?.actor);
      for (const m of arg?.members ?? []) addActor(m.actor);
    }
    const s = argActor(ev.source);
    const t = argActor(ev.target);
    const eid = eventId(ev, events.length);
    events.push({
      eid,
      type: str(ev.type) ?? 'UNKNOWN',
      cameo: str(ev.cameo),
      mode: str(ev.mode) ?? 'asserted',
      quad: str(ev.quad),
      intensity: num(ev.intensity),
      goldstein: num(ev.goldstein),
      source_text: s.text,
      source_actor: s.actor,
      source_code: s.code,
      target_text: t.text,
      target_actor: t.actor,
      target_code: t.code,
      location: str(ev.location?.text),
      day: str(ev.date?.value) ?? published,
      evidence: str(ev.evidence?.text) ?? '',
    });
    for (const c of claimsOf(ev)) {
      addActor(c.by?.actor);
      claims.push({
        event_eid: eid,
        quote_qid: str(c.quote),
        stance: str(c.stance) ?? 'asserts',
        by_text: str(c.by?.text),
        by_actor: c.by?.actor?.id ?? null,
        evidence: str(c.evidence?.text) ?? '',
      });
    }
  }
  return { actors: [...actors.values()], mentions, entities, quotes, events, claims };
}
