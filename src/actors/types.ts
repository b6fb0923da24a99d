/**
 * Types of the actor knowledge base (data/actors/actors.jsonl; format in data/actors/README.md,
 * JSON Schema in data/actors/actor.schema.json).
 */

export type KbKind =
  | 'country'
  | 'territory'
  | 'place'
  | 'igo'
  | 'ngo'
  | 'armed_group'
  | 'party'
  | 'media'
  | 'company'
  | 'gov_body'
  | 'person'
  | 'agent';

/** A dated role of a person: office (canonical code, see docs/actors.md), country, sector, dates. */
export interface KbRole {
  office: string;
  country: string | null;
  sector: string | null;
  /** Organization the office belongs to (an entry id), e.g. igo:un for the UN Secretary-General. */
  org?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent = unknown. */
  from?: string;
  /** Absent = still in office (or unknown). */
  to?: string;
}

export interface KbEntry {
  id: string;
  kind: KbKind;
  /** CAMEO-style code: country + sector (USAGOV), a group code (IMGMUSISI), or a bare sector for generic bodies and agents. */
  code: string;
  /** ISO 3166 alpha-3 (or a documented user-assigned code such as XKX), null for international or generic. */
  country: string | null;
  sector: string | null;
  name: { ar: string; en?: string };
  /** Arabic names and spelling variants (surface forms, not normalized). */
  names: string[];
  /** Forms that are also ordinary words or name several entries: matched only when the document licenses them. */
  ambiguous?: string[];
  /** People: surname-like short forms, matched only after a full name of the same person in the document. */
  short?: string[];
  source: string;
  // countries and territories
  status?: 'member' | 'observer' | 'disputed' | 'territory';
  iso2?: string;
  nisbaBase?: string[];
  /** Every inflected nisba form (generated from nisbaBase by the documented rule). */
  nisba?: string[];
  capital?: { ar: string[]; en: string };
  /** Ruling (or one-country) family names: a person whose name ends with one is of the country. */
  families?: string[];
  // people
  roles?: KbRole[];
  // generic government bodies
  generic?: boolean;
  class?: string;
  needsCountry?: boolean;
  /** A kingdom's body ("الديوان الملكي"): it takes the story's country only when that is a kingdom. */
  kingdomOnly?: boolean;
  // agents and titles
  office?: string;
  title?: boolean;
  spokes?: boolean;
  plural?: boolean;
}

export interface AnaphorDef {
  word: string;
  targets: string[];
  /** The antecedent when the text names none, by the story's country ("التحالف" in a story on Yemen: the Saudi-led coalition). */
  byStoryCountry?: Record<string, string>;
}
