/**
 * The actor knowledge base: one loader for data/actors/actors.jsonl (+ anaphors.json and the
 * resolver's context words, context-words.txt), its indexes
 * (a token trie over matching keys, ids, offices) and date-aware lookups that give document-model
 * Actor objects. Loaded once per pipeline (Resources); immutable after loading.
 */
import { readFileSync } from 'node:fs';
import type { Actor } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { defaultCharMap, normalize, type CompiledCharMap } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import { dataPath } from '../util/paths.ts';
import { loadActorContextWords, type ActorContextWords } from './context-words.ts';
import { looseKey, firstWordCandidates } from './keys.ts';
import type { AnaphorDef, KbEntry, KbKind, KbRole } from './types.ts';

/** How a trie entry names its actor. */
export type HitVia = 'name' | 'nisba' | 'capital' | 'short' | 'title' | 'body';

export interface TrieHit {
  entry: KbEntry;
  via: HitVia;
  /** 0 = always matched; 1 = ambiguous form (needs a licence in the document); 2 = short form of a person (needs the full name in the document). */
  gate: 0 | 1 | 2;
}

export interface TrieNode {
  next?: Map<string, TrieNode>;
  hits?: TrieHit[];
}

const KINDS: ReadonlySet<string> = new Set<KbKind>(['country', 'territory', 'place', 'igo', 'ngo', 'armed_group', 'party', 'media', 'company', 'gov_body', 'person', 'agent']);

/** Which offices of people's roles a title's office accepts ("رئيس الحكومة" finds prime ministers and chancellors). */
export const OFFICE_MATCH: Readonly<Record<string, readonly string[]>> = {
  president: ['president'],
  prime_minister: ['prime_minister', 'chancellor'],
  chancellor: ['chancellor'],
  king: ['king', 'emir', 'sultan'],
  emir: ['emir'],
  sultan: ['sultan'],
  crown_prince: ['crown_prince'],
  deputy_crown_prince: ['deputy_crown_prince'],
  supreme_leader: ['supreme_leader'],
  vice_president: ['vice_president'],
  foreign_minister: ['foreign_minister'],
  defence_minister: ['defence_minister'],
  secretary_general: ['secretary_general'],
  speaker: ['speaker'],
  chief_of_staff: ['chief_of_staff'],
  national_security_adviser: ['national_security_adviser'],
  intelligence_chief: ['intelligence_chief'],
};

/** Compare possibly partial ISO dates: a partial start counts from its first day, a partial end to its last. */
function startOf(d: string): string {
  return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d;
}
function endOf(d: string): string {
  return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d;
}
export function roleActive(r: KbRole, date: string): boolean {
  const d = startOf(date);
  if (r.from && startOf(r.from) > d) return false;
  if (r.to && endOf(r.to) < d) return false;
  return true;
}

export class ActorKB {
  readonly entries: readonly KbEntry[];
  readonly root: TrieNode = {};
  /** Normalized anaphor word (with its article) → definition. */
  readonly anaphors = new Map<string, AnaphorDef>();
  readonly loadMs: number;
  private readonly byId = new Map<string, KbEntry>();
  private readonly byOffice = new Map<string, KbEntry[]>();
  private readonly countryByCode = new Map<string, KbEntry>();
  /** Normalized family names (countries' `families`) → the country. */
  private readonly familyCountries = new Map<string, string>();
  readonly charMap: CompiledCharMap;
  /**
   * Corpus frequencies of fully normalized word forms seen 50+ times: the resolver uses them to tell
   * names from ordinary words after a title. They are the text layer's data, given at load
   * (TextResources.wordFreq, from data/text/wordfreq.tsv); empty when none were given, and then the
   * resolver reads every candidate word after a title as a name word.
   */
  readonly wordFreq: ReadonlyMap<string, number>;
  /** The resolver's word lists (data/actors/context-words.txt), normalized with `charMap`. */
  readonly context: ActorContextWords;

  constructor(entries: KbEntry[], anaphors: AnaphorDef[], charMap: CompiledCharMap = defaultCharMap(), loadMs = 0, wordFreq: ReadonlyMap<string, number> = new Map(), context: ActorContextWords = loadActorContextWords(undefined, charMap)) {
    this.entries = entries;
    this.charMap = charMap;
    this.loadMs = loadMs;
    this.wordFreq = wordFreq;
    this.context = context;
    for (const e of entries) {
      this.byId.set(e.id, e);
      if (e.kind === 'country' || e.kind === 'territory') {
        const iso = e.id.slice('country:'.length);
        this.countryByCode.set(iso, e);
        for (const f of e.families ?? []) this.familyCountries.set(this.norm(f), e.country ?? iso);
      }
      for (const r of e.roles ?? []) {
        const l = this.byOffice.get(r.office) ?? [];
        if (!l.includes(e)) l.push(e);
        this.byOffice.set(r.office, l);
      }
      this.index(e);
    }
    for (const a of anaphors) this.anaphors.set(this.norm(a.word), a);
  }

  /**
   * Load and validate the shipped knowledge base. `wordFreq`: the text layer's word frequencies
   * (TextResources.wordFreq), which the resolver needs for names after titles. `contextFile`: the
   * resolver's context words (default data/actors/context-words.txt).
   */
  static load(opts: { file?: string; anaphorFile?: string; contextFile?: string; wordFreq?: ReadonlyMap<string, number> } = {}): ActorKB {
    const { file = dataPath('actors', 'actors.jsonl'), anaphorFile = dataPath('actors', 'anaphors.json'), contextFile } = opts;
    const t0 = performance.now();
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new RasidError('E_RESOURCE_MISSING', 'actor knowledge base not found', { input: file, hint: 'run `node --import tsx scripts/build-actors.ts`', cause: e });
    }
    const entries: KbEntry[] = [];
    const lines = text.split('\n');
    const seen = new Set<string>();
    for (let i = 1; i < lines.length; i++) {
      const l = lines[i]!;
      if (!l) continue;
      let e: KbEntry;
      try {
        e = JSON.parse(l) as KbEntry;
      } catch (err) {
        throw new RasidError('E_RESOURCE_INVALID', `line ${i + 1}: not JSON`, { input: file, cause: err });
      }
      const bad = validateEntry(e);
      if (bad) throw new RasidError('E_RESOURCE_INVALID', `line ${i + 1}: ${bad}`, { input: file, hint: 'rebuild with scripts/build-actors.ts and check data/actors/src' });
      if (seen.has(e.id)) throw new RasidError('E_RESOURCE_INVALID', `line ${i + 1}: duplicate id ${e.id}`, { input: file });
      seen.add(e.id);
      entries.push(e);
    }
    let anaphors: AnaphorDef[] = [];
    try {
      anaphors = (JSON.parse(readFileSync(anaphorFile, 'utf8')) as { anaphors: AnaphorDef[] }).anaphors;
    } catch (e) {
      throw new RasidError('E_RESOURCE_MISSING', 'anaphor list not found or invalid', { input: anaphorFile, cause: e });
    }
    const context = loadActorContextWords(contextFile, defaultCharMap());
    const kb = new ActorKB(entries, anaphors, defaultCharMap(), 0, opts.wordFreq, context);
    (kb as { loadMs: number }).loadMs = performance.now() - t0;
    return kb;
  }

  private norm(s: string): string {
    return tokenize(s, this.charMap).map((t) => t.norm).join(' ');
  }

  /**
   * The country of a person's name by the family name it ends with (countries' `families`: "… الحمد 【الصباح】" → KWT,
   * "… 【آل نهيان】" → ARE): `words` are the name's normalized words; null when it ends with none.
   */
  familyCountry(words: readonly string[], lineages = false): string | null {
    const n = words.length;
    if (n < 2) return null;
    // (a lineage, بن + an ancestor, counts only when the caller asks for it: after a royal title, "الأمير بندر بن عبدالله
    // 【بن عبدالعزيز】"; "الإمام عمر بن عبد العزيز" is no Saudi; three words for one written with a compound name apart)
    const get = (key: string) => (!lineages && key.startsWith('بن ') ? undefined : this.familyCountries.get(key));
    const three = n >= 4 ? get(words[n - 3] + ' ' + words[n - 2] + ' ' + words[n - 1]) : undefined;
    return three ?? get(words[n - 2] + ' ' + words[n - 1]) ?? get(words[n - 1]!) ?? null;
  }

  /** Token keys of a surface form (a fast path for plain Arabic words gives the tokenizer's result). */
  keysOf(form: string): string[] {
    let plain = true;
    for (let i = 0; i < form.length && plain; i++) {
      const c = form.charCodeAt(i);
      plain = c === 0x20 || (c >= 0x621 && c <= 0x64a);
    }
    if (plain) return form.split(' ').filter(Boolean).map((w) => looseKey(normalize(w, this.charMap)));
    return tokenize(form, this.charMap).map((t) => looseKey(t.norm));
  }

  private insert(form: string, hit: TrieHit): void {
    this.insertKeys(this.keysOf(form), hit);
  }

  private insertKeys(keys: string[], hit: TrieHit): void {
    if (!keys.length || (keys.length === 1 && keys[0]!.length < 2)) return;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = {}));
      node = n;
    }
    const hits = (node.hits ??= []);
    const same = hits.find((h) => h.entry === hit.entry);
    if (same) {
      // keep the most permissive gate and the strongest via (name before nisba before capital)
      if (hit.gate < same.gate) same.gate = hit.gate;
      return;
    }
    hits.push(hit);
  }

  private index(e: KbEntry): void {
    const amb = e.ambiguous?.length ? new Set(e.ambiguous.map((a) => this.keysOf(a).join(' '))) : null;
    const put = (f: string, via: HitVia) => {
      const keys = this.keysOf(f);
      this.insertKeys(keys, { entry: e, via, gate: amb && amb.has(keys.join(' ')) ? 1 : 0 });
    };
    const via: HitVia = e.kind === 'agent' ? 'title' : e.generic ? 'body' : 'name';
    for (const n of e.names) put(n, via);
    // a capital marked ambiguous ("سيول") is inserted as a capital before the ambiguous forms, so it keeps that reading
    const capitals = e.capital?.ar ?? [];
    const ambiguousCapital = capitals.map((n) => !!amb?.has(this.keysOf(n).join(' ')));
    capitals.forEach((n, k) => ambiguousCapital[k] && put(n, 'capital'));
    for (const n of e.ambiguous ?? []) this.insert(n, { entry: e, via, gate: 1 });
    for (const n of e.nisba ?? []) put(n, 'nisba');
    capitals.forEach((n, k) => !ambiguousCapital[k] && put(n, 'capital'));
    for (const n of e.short ?? []) this.insert(n, { entry: e, via: 'short', gate: 2 });
  }

  get(id: string): KbEntry | undefined {
    return this.byId.get(id);
  }

  country(iso3: string): KbEntry | undefined {
    return this.countryByCode.get(iso3);
  }

  /** The role a person held on `date` (YYYY-MM-DD or partial); without a date, the current or latest role. */
  roleOn(e: KbEntry, date?: string): KbRole | undefined {
    const roles = e.roles ?? [];
    if (!roles.length) return undefined;
    if (date) {
      const active = roles.filter((r) => roleActive(r, date));
      if (active.length) {
        // the most specific office first (hand-curated offices before "official"), then the latest start
        return active.sort((a, b) => rank(a) - rank(b) || (b.from ?? '').localeCompare(a.from ?? ''))[0];
      }
      // a former office-holder: the last role that ended before the date
      const past = roles.filter((r) => r.to && endOf(r.to) < startOf(date)).sort((a, b) => b.to!.localeCompare(a.to!));
      if (past.length) return past[0];
    }
    const open = roles.filter((r) => !r.to);
    if (open.length) return open.sort((a, b) => rank(a) - rank(b))[0];
    return [...roles].sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''))[0];
  }

  /** The document-model Actor of an entry, with the role held on `date` for people. */
  toActor(e: KbEntry, date?: string): Actor {
    const a: Actor = { id: e.id, code: e.code, country: e.country, sector: e.sector, name: { ...e.name }, kind: e.kind };
    if (e.kind === 'person') {
      const r = this.roleOn(e, date);
      if (r) {
        const orgCode = r.org ? this.byId.get(r.org)?.code : undefined;
        a.country = r.country;
        a.sector = r.sector;
        a.code = r.country ? r.country + (r.sector ?? '') : (orgCode ?? r.sector ?? e.code);
        a.role = { office: r.office, country: r.country, sector: r.sector, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) };
      }
    }
    return a;
  }

  /** A country's sector as an actor (capital metonyms, bodies): id "sector:IRN:GOV", code IRNGOV. */
  sectorActor(country: string, sector: string | null): Actor {
    const c = this.country(country);
    const en = c?.name.en ?? country;
    return {
      id: sector ? `sector:${country}:${sector}` : `country:${country}`,
      code: country + (sector ?? ''),
      country,
      sector,
      name: { ar: c?.name.ar ?? country, en: sector ? `${en} (${sector})` : en },
      kind: sector ? 'gov_body' : (c?.kind ?? 'country'),
    };
  }

  /** People who held one of the offices a title names, for a country or organization, on a date. */
  holders(office: string, where: { country?: string | null; org?: string | null }, date?: string): KbEntry[] {
    const offices = OFFICE_MATCH[office] ?? [office];
    const out: { e: KbEntry; r: KbRole }[] = [];
    for (const o of offices) {
      for (const e of this.byOffice.get(o) ?? []) {
        for (const r of e.roles!) {
          if (r.office !== o) continue;
          if (where.org ? r.org !== where.org : r.country !== (where.country ?? null) || !where.country) continue;
          if (date ? roleActive(r, date) : !r.to) out.push({ e, r });
        }
      }
    }
    // the newest holder first (a handover day belongs to the incoming holder)
    out.sort((a, b) => (b.r.from ?? '').localeCompare(a.r.from ?? ''));
    return [...new Set(out.map((x) => x.e))];
  }

  /** Entries whose forms match the whole of `name` (clitics on the first word allowed). */
  find(name: string): { entry: KbEntry; via: HitVia }[] {
    const toks = tokenize(name, this.charMap);
    if (!toks.length) return [];
    const cands: { key: string; strip: number }[] = [];
    firstWordCandidates(toks[0]!.norm, cands);
    const out: { entry: KbEntry; via: HitVia; strip: number }[] = [];
    for (const c of cands) {
      let node = this.root.next?.get(c.key);
      for (let i = 1; node && i < toks.length; i++) node = node.next?.get(looseKey(toks[i]!.norm));
      if (node?.hits) for (const h of node.hits) if (!out.some((o) => o.entry === h.entry)) out.push({ entry: h.entry, via: h.via, strip: c.strip });
    }
    out.sort((a, b) => a.strip - b.strip || kindRank(a.entry) - kindRank(b.entry));
    return out.map(({ entry, via }) => ({ entry, via }));
  }

  /** `rasid actors lookup`: actors a name denotes, resolved on a date. */
  lookup(name: string, date?: string): Actor[] {
    return this.find(name).map(({ entry, via }) => {
      if (via === 'capital' && entry.country) return this.sectorActor(entry.country, 'GOV');
      return this.toActor(entry, date);
    });
  }

  stats(): { total: number; byKind: Record<string, number>; roles: number; forms: number; loadMs: number } {
    const byKind: Record<string, number> = {};
    let roles = 0;
    let forms = 0;
    for (const e of this.entries) {
      byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
      roles += e.roles?.length ?? 0;
      forms += e.names.length + (e.nisba?.length ?? 0) + (e.capital?.ar.length ?? 0) + (e.short?.length ?? 0) + (e.ambiguous?.length ?? 0);
    }
    return { total: this.entries.length, byKind, roles, forms, loadMs: Math.round(this.loadMs) };
  }
}

function rank(r: KbRole): number {
  return r.office === 'official' ? 1 : 0;
}

/** Preference between entries sharing a form: named actors before generic ones, hand-curated before imported. */
/** A document-level agent of a country and sector, named by the words that stand for it ("agent:SAUGOV"). */
export function agentActor(country: string, sector: string | null, name: string): Actor {
  const code = country + (sector ?? '');
  return { id: `agent:${code}`, code, country, sector, name: { ar: name }, kind: 'agent' };
}

export function kindRank(e: KbEntry): number {
  const k: Record<string, number> = { person: 0, armed_group: 1, party: 1, igo: 1, gov_body: e.generic ? 6 : 1, media: 2, ngo: 2, company: 2, country: 3, territory: 3, place: 4, agent: 5 };
  return (k[e.kind] ?? 5) * 2 + (e.source.startsWith('universal') ? 1 : 0);
}

/** Structural check of one entry (the full JSON Schema is checked in the tests). */
export function validateEntry(e: KbEntry): string | null {
  if (!e || typeof e !== 'object') return 'not an object';
  if (typeof e.id !== 'string' || !e.id) return 'missing id';
  if (!KINDS.has(e.kind)) return `${e.id}: unknown kind ${String(e.kind)}`;
  if (typeof e.code !== 'string') return `${e.id}: code must be a string`;
  if (!Array.isArray(e.names)) return `${e.id}: names must be an array`;
  if (!e.name || typeof e.name.ar !== 'string') return `${e.id}: name.ar missing`;
  if (e.roles) for (const r of e.roles) if (r.from && r.to && startOf(r.from) > endOf(r.to)) return `${e.id}: role ${r.office} ends before it starts`;
  return null;
}
