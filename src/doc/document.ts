/**
 * RasidDocument: the one object every stage receives and fills. The text is frozen; stages add
 * layers. `toJSON()` gives the versioned JSON form.
 */
import { partitionPoint } from '../util/search.ts';
import {
  SCHEMA_VERSION,
  type Actor,
  type ActorMention,
  type TitleMention,
  type AnalysisJSON,
  type DateMention,
  type DocMeta,
  type Entity,
  type LayerName,
  type NumberMention,
  type Paragraph,
  type PoliticalEvent,
  type Quote,
  type Sentence,
  type Token,
  type Warning,
} from './types.ts';

export class RasidDocument {
  readonly text: string;
  meta: DocMeta;
  paragraphs: Paragraph[] = [];
  sentences: Sentence[] = [];
  tokens: Token[] = [];
  dates: DateMention[] = [];
  numbers: NumberMention[] = [];
  entities: Entity[] = [];
  quotes: Quote[] = [];
  /** Dyadic events: both sides identified, or a mobilization with its force (layer "events"). */
  events: PoliticalEvent[] = [];
  /** Events with a side the stage could not identify (layer "partialEvents"). */
  partialEvents: PoliticalEvent[] = [];
  /** Spans resolved to actors by the knowledge base (layer "actors"). */
  actorMentions: ActorMention[] = [];
  /** Title and generic-agent phrases (layer "titles"). */
  titles: TitleMention[] = [];
  /** Actors referred to in this document, by id (knowledge-base actors and document-level ones). */
  readonly actors = new Map<string, Actor>();
  /** Layers filled so far, and by which stage. */
  readonly provided = new Map<LayerName, string>();
  /** Free-form per-stage scratch data that later stages may read (kept out of the JSON). */
  readonly scratch = new Map<string, unknown>();

  constructor(text: string, meta: DocMeta = {}) {
    this.text = text;
    this.meta = { ...meta };
  }

  /** The original text of a span. */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  warn(w: Warning): void {
    (this.meta.warnings ??= []).push(w);
  }

  has(layer: LayerName): boolean {
    return this.provided.has(layer);
  }

  /** Every event the stage found: the dyadic ones (`events`) and those with a side missing (`partialEvents`). */
  allEvents(): PoliticalEvent[] {
    return [...this.events, ...this.partialEvents].sort((a, b) => a.evidence.start - b.evidence.start);
  }

  /** Index of the token containing offset `pos`, or of the first token after it; tokens.length if none. */
  tokenAt(pos: number): number {
    const t = this.tokens;
    return partitionPoint(t.length, (i) => t[i]!.end <= pos);
  }

  /** Index of the sentence containing offset `pos`, or -1. */
  sentenceAt(pos: number): number {
    const s = this.sentences;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = s[mid]!;
      if (pos < x.start) hi = mid - 1;
      else if (pos >= x.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  toJSON(): AnalysisJSON {
    return {
      schemaVersion: SCHEMA_VERSION,
      text: this.text,
      meta: this.meta,
      paragraphs: this.paragraphs,
      sentences: this.sentences,
      tokens: this.tokens,
      dates: this.dates,
      numbers: this.numbers,
      entities: this.entities,
      quotes: this.quotes,
      events: this.events,
      partialEvents: this.partialEvents,
      actors: [...this.actors.values()],
      actorMentions: this.actorMentions,
      titles: this.titles,
      stages: [...new Set(this.provided.values())],
    };
  }
}
