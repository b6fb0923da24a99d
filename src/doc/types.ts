/**
 * The document model. One analyzed text, never modified, and standoff layers over it.
 * Every span is `start`/`end` in JavaScript string indices (UTF-16 code units) into `text`,
 * `end` exclusive. Raw (`text`) and normalized (`norm`) forms are kept side by side.
 * The JSON form (schemaVersion 1) is documented in docs/document-model.md and
 * docs/schema/analysis.schema.json.
 */

export const SCHEMA_VERSION = 1 as const;

export interface Span {
  start: number;
  end: number;
}

/** Layer names a stage may require or provide. */
export type LayerName =
  | 'paragraphs'
  | 'sentences'
  | 'tokens'
  | 'words'
  | 'dates'
  | 'numbers'
  | 'language'
  | 'actors'
  | 'titles'
  | 'entities'
  | 'coref'
  | 'quotes'
  | 'events'
  | 'partialEvents';

export interface DocMeta {
  id?: string;
  title?: string;
  /** Publication date, YYYY-MM-DD. Relative dates are resolved against it. */
  published?: string;
  source?: string;
  url?: string;
  author?: string;
  /** ISO 639-1 code of the detected language ("ar"), or "und". */
  language?: string;
  /** Confidence of the language guess, 0..1. */
  languageConfidence?: number;
  /** Where the text came from: a file path, "-" for stdin, "jsonl:FILE:LINE", a URL. */
  input?: string;
  /** Encoding the input was decoded from (utf-8, utf-16le, utf-16be, windows-1256). */
  encoding?: string;
  warnings?: Warning[];
}

export interface Warning {
  code: string;
  message: string;
}

export type ParagraphKind = 'heading' | 'body' | 'source-line';

export interface Paragraph extends Span {
  id: string;
  kind: ParagraphKind;
  text: string;
}

export interface Sentence extends Span {
  id: string;
  /** Index of the paragraph this sentence lies in. */
  paragraph: number;
  text: string;
  /** True for a heading line kept as its own unit. */
  heading?: boolean;
  /** Index of the first token and one past the last token of the sentence. */
  tokenStart: number;
  tokenEnd: number;
}

export type TokenKind = 'word' | 'latin' | 'number' | 'url' | 'email' | 'hashtag' | 'mention' | 'punct' | 'symbol';

/** A sub-token word: a proclitic, the stem, or an enclitic. */
export type WordRole = 'conj' | 'prep' | 'fut' | 'det' | 'stem' | 'pron';

export interface Word extends Span {
  text: string;
  norm: string;
  role: WordRole;
}

export interface Token extends Span {
  /** Position of the token in the document's token list. */
  i: number;
  text: string;
  norm: string;
  kind: TokenKind;
  /** Clitic analysis for Arabic words: proclitics, stem, enclitics, in order. Absent when the token is one word. */
  words?: Word[];
  /** Normalized stem (the token without its clitics); equals `norm` when the token has no clitics. */
  stem?: string;
}

export interface DateMention extends Span {
  id: string;
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  /** 'absolute' when the text says the date; 'relative' when resolved against the publication date. */
  kind: 'absolute' | 'relative';
  /** Dates whose day could not be fixed keep a coarser value; `approx` marks "نهاية سبتمبر" style values. */
  approx?: boolean;
}

export interface NumberMention extends Span {
  id: string;
  text: string;
  value: number;
  /** Unit or counted noun when stated: "ألف مقاتل" → "مقاتل". */
  unit?: string;
  /** Vague quantities ("عشرات", "مئات", "آلاف" alone): the value is the scale. */
  approx?: boolean;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'GPE' | 'MISC';

/** A canonical actor (CAMEO style). */
export interface Actor {
  /** Stable id: a knowledge-base id, or "doc:N" for a document-level actor made from a mention. */
  id: string;
  /** CAMEO-style code: country + sector, e.g. USAGOV, IRNMIL; or a group code. */
  code: string;
  /** ISO 3166 alpha-3, or null for international or unknown. */
  country: string | null;
  /** Sector code (GOV, MIL, LEG, REB, COP, MED, IGO, ...), or null. */
  sector: string | null;
  name: { ar: string; en?: string };
  kind?: string;
  /** For people: the role held on the document's date. */
  role?: { office?: string; country?: string | null; sector?: string | null; from?: string; to?: string };
}

/** How an actor mention was recognised. */
export type MentionVia = 'name' | 'alias' | 'nisba' | 'capital' | 'title' | 'coref';

/** A span of text that the actor knowledge base resolves to an actor (layer "actors"). */
export interface ActorMention extends Span {
  text: string;
  /** Normalized matched form (clitics stripped). */
  norm: string;
  actor: Actor;
  via: MentionVia;
  /** Knowledge-base id of the city or region the mention names when `actor` is its country ("سنجار" → IRQ, place:IRQ:sinjar). */
  place?: string;
  /** First token and one past the last token of the mention. */
  tokenStart: number;
  tokenEnd: number;
}

/** A title or generic-agent phrase ("وزير الخارجية", "المتحدث باسم", "العقيد", "مسؤولون") (layer "titles"). */
export interface TitleMention extends Span {
  text: string;
  /** Canonical office or agent name, e.g. "foreign minister", "spokesperson". */
  office: string;
  /** Sector the title implies (GOV, MIL, ...), when it does. */
  sector: string | null;
  /** Country the phrase names through a nisba or organization ("الإيرانية" → IRN), when it does. */
  country: string | null;
  /** True for plural agents (مسؤولون, متظاهرون). */
  plural?: boolean;
  tokenStart: number;
  tokenEnd: number;
}

export interface Entity extends Span {
  id: string;
  text: string;
  type: EntityType;
  /** Normalized form of the entity text with clitics of the first token stripped. */
  norm?: string;
  actor?: Actor;
  /** Title or role phrase attached to the mention ("وزير الخارجية الأمريكية"). */
  title?: { start: number; end: number; text: string };
  /** Which component found it: lexicon, tagger, title, coref. */
  source?: string;
  /** Id of the entity this one refers back to (short names, anaphora). */
  ref?: string;
  confidence?: number;
}

export interface SpeakerRef extends Span {
  text: string;
  name?: string;
  title?: string;
  entity?: string;
  actor?: Actor;
}

export type Stance = 'assert' | 'deny' | 'accuse' | 'warn' | 'welcome' | 'demand' | 'threaten' | 'reject' | 'confirm' | 'announce' | 'report' | 'other';

export interface Quote extends Span {
  id: string;
  kind: 'direct' | 'indirect';
  /** The quotation's content without the marks. */
  text: string;
  cue?: { start: number; end: number; text: string; lemma?: string };
  speaker: SpeakerRef | null;
  /** How the speaker was found: explicit, carried over (وأضاف), title-only, unnamed source, headline. */
  speakerVia?: string;
  listener?: { start: number; end: number; text: string; actor?: Actor };
  stance?: Stance;
  /** Chants and slogans kept as such. */
  slogan?: boolean;
}

export type EventMode = 'asserted' | 'denied' | 'planned' | 'hypothetical' | 'requested';

export interface EventArgument extends Span {
  text: string;
  actor?: Actor;
  /** Coordinated actors ("السعودية والإمارات والأردن") as a list. */
  members?: EventArgument[];
  /** Codes of all members of a coordinated argument. */
  codes?: string[];
  /** True when the argument was not stated in the event's sentence but inferred (a pronoun's antecedent, the quotation's speaker, the article's main target). */
  inferred?: boolean;
}

export interface Claim {
  stance: 'asserts' | 'denies';
  by: SpeakerRef | null;
  /** Id of the quotation that makes the claim, when there is one. */
  quote?: string;
  evidence: { start: number; end: number; text: string };
}

export interface PoliticalEvent {
  id: string;
  /** PLOVER event type. */
  type: string;
  cameo?: string;
  /** PLOVER intensity and Goldstein value. */
  intensity?: number;
  goldstein?: number;
  quad?: 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict';
  mode: EventMode;
  source: EventArgument | null;
  target: EventArgument | null;
  location?: EventArgument;
  date?: { start: number; end: number; text: string; value: string };
  instrument?: { start: number; end: number; text: string };
  trigger?: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
  /** Further evidence spans merged into this event. */
  mentions?: { start: number; end: number; text: string }[];
  claims?: Claim[];
}

/** The JSON form of an analysis, schemaVersion 1. */
export interface AnalysisJSON {
  schemaVersion: typeof SCHEMA_VERSION;
  text: string;
  meta: DocMeta;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
  numbers: NumberMention[];
  entities: Entity[];
  quotes: Quote[];
  events: PoliticalEvent[];
  /**
   * Events the stage found with one side it could not identify (no target, or no agent; until session 25 an attack
   * on a named target stayed in `events`); kept apart from `events`, which are dyadic (docs/events.md, "Dyadic
   * events"). Absent in analyses stored before session 11.
   */
  partialEvents?: PoliticalEvent[];
  actors: Actor[];
  actorMentions: ActorMention[];
  titles: TitleMention[];
  stages: string[];
}
