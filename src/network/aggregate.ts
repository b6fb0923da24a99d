/**
 * The actor network: a pure aggregation of events into relations between pairs of actors. Per
 * directed pair: counts by PLOVER type and by quad class, summed intensity and Goldstein value,
 * first and last date. Coordinated arguments count once for every member. The corpus store feeds
 * stored events into the same function.
 */
import type { Actor, EventArgument, EventMode, PoliticalEvent } from '../doc/types.ts';

export type Quad = NonNullable<PoliticalEvent['quad']>;
export const QUADS: readonly Quad[] = ['verbal-cooperation', 'material-cooperation', 'verbal-conflict', 'material-conflict'];

export interface NetworkNode {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  events: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  count: number;
  byType: Record<string, number>;
  byQuad: Record<Quad, number>;
  /** Sum of PLOVER intensities (negative: conflict). */
  intensity: number;
  /** Sum of Goldstein values. */
  goldstein: number;
  first?: string;
  last?: string;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Events counted, and events left out (no source or no target, or a mode not asked for). */
  events: number;
  skipped: number;
}

export interface NetworkEvent {
  event: PoliticalEvent;
  /** The event's date, or the article's publication date (YYYY-MM-DD, YYYY-MM or YYYY). */
  date?: string;
}

export interface NetworkOptions {
  /** Modes to count (default: asserted only: denied, planned or hypothetical events did not happen). */
  modes?: readonly EventMode[];
  /** Node identity: the actor code (USAGOV) or its country (USA). */
  level?: 'code' | 'country';
}

function members(a: EventArgument | null): Actor[] {
  if (!a) return [];
  return (a.members ?? [a]).map((m) => m.actor).filter((x): x is Actor => !!x);
}

function nodeId(a: Actor, level: 'code' | 'country'): string {
  return level === 'country' ? a.country ?? a.code : a.code;
}

export function aggregateNetwork(items: Iterable<NetworkEvent>, opts: NetworkOptions = {}): Network {
  const modes = new Set(opts.modes ?? ['asserted']);
  const level = opts.level ?? 'code';
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  let counted = 0;
  let skipped = 0;
  for (const { event: e, date } of items) {
    const src = members(e.source);
    const tgt = members(e.target);
    if (!modes.has(e.mode) || !src.length || !tgt.length) {
      skipped++;
      continue;
    }
    counted++;
    const d = e.date?.value ?? date;
    const touched = new Set<string>();
    for (const s of src) {
      for (const t of tgt) {
        const si = nodeId(s, level);
        const ti = nodeId(t, level);
        if (si === ti) continue;
        for (const [id, a] of [[si, s], [ti, t]] as const) {
          if (!nodes.has(id)) nodes.set(id, { id, name: a.name.en ?? a.name.ar, country: a.country, sector: level === 'country' ? null : a.sector, events: 0 });
          if (!touched.has(id)) {
            nodes.get(id)!.events++;
            touched.add(id);
          }
        }
        const key = `${si}\u0000${ti}`;
        let edge = edges.get(key);
        if (!edge) {
          edge = { source: si, target: ti, count: 0, byType: {}, byQuad: { 'verbal-cooperation': 0, 'material-cooperation': 0, 'verbal-conflict': 0, 'material-conflict': 0 }, intensity: 0, goldstein: 0 };
          edges.set(key, edge);
        }
        edge.count++;
        edge.byType[e.type] = (edge.byType[e.type] ?? 0) + 1;
        if (e.quad) edge.byQuad[e.quad]++;
        edge.intensity += e.intensity ?? 0;
        edge.goldstein += e.goldstein ?? 0;
        if (d) {
          if (!edge.first || d < edge.first) edge.first = d;
          if (!edge.last || d > edge.last) edge.last = d;
        }
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()].sort(strength), events: counted, skipped };
}

/** Strongest first: more events, then more intense. */
export function strength(a: NetworkEdge, b: NetworkEdge): number {
  return b.count - a.count || Math.abs(b.intensity) - Math.abs(a.intensity) || a.source.localeCompare(b.source) || a.target.localeCompare(b.target);
}
