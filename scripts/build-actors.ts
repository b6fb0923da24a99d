/**
 * Builds data/actors/actors.jsonl (the actor knowledge base) and data/actors/anaphors.json from the
 * hand-curated sources in data/actors/src/, the Arabic country names of i18n-iso-countries (MIT) and,
 * when ../shared is present, the UniversalPetrarch Arabic actor and agent dictionaries (MIT).
 *
 *   node --import tsx scripts/build-actors.ts [--no-petrarch]
 *
 * The output is committed: the engine never reads ../shared at run time. The build is deterministic
 * (same inputs → same bytes). Rules (nisba inflection, PETRARCH cleaning) are documented in
 * data/actors/README.md and docs/actors.md; the word lists of the cleaning (short-form stop words, the
 * title, organization and noun words of the import filter) are sections of data/actors/context-words.txt,
 * read with the resolver's loader.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { dataPath, SHARED_ROOT } from '../src/util/paths.ts';
import { normalize } from '../src/text/normalize.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { loadActorContextWords } from '../src/actors/context-words.ts';
import { looseKey } from '../src/actors/keys.ts';
import { fullFormFrequencies, loadCliticData } from '../src/text/clitics.ts';
import { defaultCharMap } from '../src/text/normalize.ts';
import { LetterNames } from '../src/text/acronyms.ts';
import type { KbEntry, KbRole } from '../src/actors/types.ts';

const require = createRequire(import.meta.url);
const SRC = dataPath('actors', 'src');
const usePetrarch = !process.argv.includes('--no-petrarch');
const PETRARCH_DIR = path.join(SHARED_ROOT, 'data', 'lexicon', 'universal-petrarch-ar');
/** Word lists of data/actors/context-words.txt (normalized; the build reads [short_form_stop] and [import_*]). */
const context = loadActorContextWords();

const log = (s: string) => process.stderr.write(s + '\n');

function lines(file: string): string[][] {
  const out: string[][] = [];
  for (const raw of readFileSync(path.join(SRC, file), 'utf8').split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('#')) continue;
    out.push(l.split('|').map((c) => c.trim()));
  }
  return out;
}
const list = (s: string | undefined): string[] =>
  (s ?? '').split(';').map((x) => x.trim().replace(/\s+/g, ' ')).filter(Boolean);
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];
/** Key used to detect duplicate Arabic forms. */
const nkey = (s: string): string => tokenize(s).map((t) => looseKey(t.norm)).join(' ');

const entries: KbEntry[] = [];
const byId = new Map<string, KbEntry>();
function add(e: KbEntry): void {
  if (byId.has(e.id)) throw new Error(`duplicate id ${e.id}`);
  byId.set(e.id, e);
  entries.push(e);
}

/** Split a names list into plain names and "~" ambiguous forms; "!" standalone short forms. */
function splitNames(names: string[]): { names: string[]; ambiguous: string[]; standalone: string[] } {
  const out = { names: [] as string[], ambiguous: [] as string[], standalone: [] as string[] };
  for (const n of names) {
    if (n.startsWith('~')) out.ambiguous.push(n.slice(1).trim());
    else if (n.startsWith('!')) out.standalone.push(n.slice(1).trim());
    else out.names.push(n);
  }
  return out;
}

// ---------------------------------------------------------------- nisba inflection (documented rule)
/**
 * From a masculine singular nisba (أمريكي) generate: fem. sg. (أمريكية), masc. pl. nominative and
 * oblique (أمريكيون / أمريكيين), dual (أمريكيان), fem. pl. (أمريكيات), and the definite form of each
 * (ال + form; every ي-final word of a multi-word nisba is inflected and takes ال: الكوري الشمالي), and the
 * indefinite accusative (إسرائيليا / إسرائيلياً: tanwin is dropped by normalization), indefinite only.
 */
export function inflectNisba(base: string): string[] {
  const words = base.split(' ');
  const suffixes = ['', 'ة', 'ون', 'ين', 'ان', 'ات', 'ا'];
  const out: string[] = [];
  for (const suf of suffixes) {
    for (const def of suf === 'ا' ? [false] : [false, true]) {
      out.push(
        words
          .map((w) => {
            if (!w.endsWith('ي')) return w;
            const f = w + suf;
            return def ? 'ال' + f : f;
          })
          .join(' '),
      );
    }
  }
  return uniq(out);
}

// ---------------------------------------------------------------- countries
const isoCountries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getName(code: string, lang: string): string | undefined;
  alpha3ToAlpha2(code: string): string | undefined;
};
isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json'));
/** Sub-national or non-ISO territories: the sovereign state their actors belong to. */
const PARENT: Record<string, string> = { KRD: 'IRQ', CYN: 'CYP', ABK: 'GEO' };
const countryIds = new Set<string>();
for (const [iso3, status, en, ar, nisba, capAr, capEn, families] of lines('countries.txt')) {
  const names = list(ar);
  const iso2 = isoCountries.alpha3ToAlpha2(iso3!);
  const isoAr = iso2 ? isoCountries.getName(iso2, 'ar') : undefined;
  if (isoAr && !names.some((n) => nkey(n) === nkey(isoAr))) names.push(isoAr);
  const sp = splitNames(names);
  // a "~" base is also an ordinary word (مالي = "financial"): its forms are listed as ambiguous too
  const ambBases = list(nisba).filter((b) => b.startsWith('~')).map((b) => b.slice(1));
  // "=" marks a form taken as it is (a broken plural: أتراك، أفغان), with and without the article, and its accusative (أتراكاً)
  const literal = list(nisba).filter((b) => b.startsWith('=')).map((b) => b.slice(1));
  const bases = list(nisba).filter((b) => !b.startsWith('=')).map((b) => b.replace(/^~/, ''));
  sp.ambiguous.push(...ambBases.flatMap(inflectNisba));
  const country = PARENT[iso3!] ?? iso3!;
  countryIds.add(iso3!);
  add({
    id: `country:${iso3}`,
    kind: status === 'territory' || status === 'disputed' ? 'territory' : 'country',
    code: iso3 === country ? iso3! : `${country}${iso3}`,
    country,
    sector: null,
    name: { ar: sp.names[0]!, en: en! },
    names: uniq(sp.names),
    ...(sp.ambiguous.length ? { ambiguous: uniq(sp.ambiguous) } : {}),
    status: status as KbEntry['status'],
    ...(iso2 ? { iso2 } : {}),
    nisbaBase: bases,
    // an accusative form that is the country's own name (سوري → سوريا، تركي → تركيا) stays a name
    nisba: uniq([...bases.flatMap(inflectNisba).filter((f) => !f.endsWith('يا') || !sp.names.some((n) => nkey(n) === nkey(f))), ...literal.flatMap((f) => [f, 'ال' + f, f + 'ا'])]),
    capital: { ar: list(capAr), en: capEn! },
    ...(families ? { families: list(families) } : {}),
    source: isoAr ? 'hand+i18n-iso-countries' : 'hand',
  });
}

// ---------------------------------------------------------------- organizations
for (const file of ['igos.txt', 'orgs.txt']) {
  for (const [id, kind, code, ctry, sector, en, ar] of lines(file)) {
    const sp = splitNames(list(ar));
    const country = ctry === '-' ? null : ctry!;
    add({
      id: id!,
      kind: kind as KbEntry['kind'],
      code: code!,
      country,
      sector: sector === '-' ? null : sector!,
      name: { ar: sp.names[0] ?? sp.ambiguous[0]!, en: en! },
      names: uniq(sp.names),
      ...(sp.ambiguous.length ? { ambiguous: sp.ambiguous } : {}),
      source: 'hand',
    });
  }
}
for (const [id, sector, cls, flags, en, ar] of lines('bodies.txt')) {
  add({
    id: id!,
    kind: 'gov_body',
    code: sector!,
    country: null,
    sector: sector!,
    name: { ar: list(ar)[0]!, en: en! },
    names: list(ar),
    generic: true,
    class: cls!,
    ...(flags!.includes('C') ? { needsCountry: true } : {}),
    ...(flags!.includes('K') ? { kingdomOnly: true } : {}),
    source: 'hand',
  });
}
for (const [id, office, sector, flags, en, ar, country] of lines('agents.txt')) {
  add({
    id: id!,
    kind: 'agent',
    // an optional seventh column: the one country the title belongs to ("خادم الحرمين الشريفين": the Saudi king)
    code: (country || '') + (sector === '-' ? '' : sector!),
    country: country || null,
    sector: sector === '-' ? null : sector!,
    name: { ar: list(ar)[0]!, en: en! },
    names: uniq(list(ar)),
    office: office!,
    ...(flags!.includes('T') ? { title: true } : {}),
    ...(flags!.includes('S') ? { spokes: true } : {}),
    ...(flags!.includes('P') ? { plural: true } : {}),
    source: 'hand',
  });
}

// ---------------------------------------------------------------- people
const slug = (s: string) =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
/** Last name words that give no short form ([short_form_stop]). */
const SHORT_STOP = context.shortFormStop;
interface PersonAcc { en: string; names: string[]; standalone: string[]; ambiguous: string[]; roles: KbRole[] }
const people = new Map<string, PersonAcc>();
for (const file of ['people-west.txt', 'people-mena.txt', 'people-more.txt', 'people-news.txt']) {
  let block: { country: string | null; office: string; sector: string | null; org?: string } | null = null;
  for (const raw of readFileSync(path.join(SRC, file), 'utf8').split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('#')) continue;
    if (l.startsWith('@')) {
      const [c, office, sector, org] = l.slice(1).split('|').map((x) => x.trim());
      block = { country: c === '-' ? null : (PARENT[c!] ?? c!), office: office!, sector: sector === '-' ? null : sector!, ...(org ? { org } : {}) };
      if (c !== '-' && !countryIds.has(c!)) throw new Error(`${file}: unknown country ${c}`);
      if (org && !byId.has(org)) throw new Error(`${file}: unknown organization ${org}`);
      continue;
    }
    if (!block) throw new Error(`${file}: holder line before any @ block: ${l}`);
    const [from, to, en, ar] = l.split('|').map((x) => x.trim());
    const sp = splitNames(list(ar));
    const id = `per:${slug(en!)}`;
    const p = people.get(id) ?? { en: en!, names: [], standalone: [], ambiguous: [], roles: [] };
    p.names.push(...sp.names);
    p.standalone.push(...sp.standalone);
    p.ambiguous.push(...sp.ambiguous);
    const role: KbRole = { office: block.office, country: block.country, sector: block.sector };
    if (block.org) role.org = block.org;
    if (from) role.from = from;
    if (to) role.to = to;
    p.roles.push(role);
    people.set(id, p);
  }
}
/** Country nisbas (التركي، المصري): a surname that is one is an adjective too often to stand alone as a short form. */
const NISBA_KEYS = new Set(entries.flatMap((e) => (e.nisba ?? []).map((f) => normalize(f))));
function shortForms(names: string[]): string[] {
  const out: string[] = [];
  for (const n of names) {
    const w = n.split(' ');
    if (w.length < 2) continue;
    const last = w[w.length - 1]!;
    const prev = normalize(w[w.length - 2]!);
    if (['ال', 'بن', 'ابن', 'ابو', 'ولد', 'عبد', 'اب'].includes(prev) || prev === 'آل') continue;
    // (the stop list holds whole words, "الله", "العربي", and bare ones, "محمد": try both)
    if (normalize(last).length < 3 || SHORT_STOP.has(normalize(last)) || SHORT_STOP.has(looseKey(normalize(last))) || NISBA_KEYS.has(normalize(last))) continue;
    out.push(last);
  }
  return uniq(out);
}
function personCode(roles: KbRole[]): { code: string; country: string | null; sector: string | null } {
  // The latest role gives the default code (a role-less lookup); dated lookups use the role of the day.
  const r = [...roles].sort((a, b) => (b.to ?? '9999').localeCompare(a.to ?? '9999') || (b.from ?? '').localeCompare(a.from ?? ''))[0];
  if (!r) return { code: '', country: null, sector: null };
  return { code: (r.country ?? (r.org ? byId.get(r.org)?.code ?? '' : '')) + (r.country ? r.sector ?? '' : ''), country: r.country, sector: r.sector };
}
for (const [id, p] of [...people].sort((a, b) => a[0].localeCompare(b[0]))) {
  const names = uniq(p.names);
  const standalone = uniq(p.standalone);
  const short = shortForms(names).filter((s) => !standalone.some((x) => nkey(x) === nkey(s)));
  const c = personCode(p.roles);
  add({
    id,
    kind: 'person',
    code: c.code,
    country: c.country,
    sector: c.sector,
    name: { ar: names[0]!, en: p.en },
    names: uniq([...names, ...standalone]),
    ...(p.ambiguous.length ? { ambiguous: uniq(p.ambiguous) } : {}),
    ...(short.length ? { short } : {}),
    roles: p.roles,
    source: 'hand',
  });
}

// ---------------------------------------------------------------- UniversalPetrarch (optional)
interface PetrarchCounts { read: number; persons: number; merged: number; dropped: number; places: number; agents: number }
const pc: PetrarchCounts = { read: 0, persons: 0, merged: 0, dropped: 0, places: 0, agents: 0 };
const TITLE_WORDS = context.importTitleWords;
const ORG_WORDS = context.importOrgWords;
const PERSON_OFFICE = /\b(spokes\w*|minister|president|chief|commander|director|official|ambassador|envoy|leader|general|officer|head|chairman|chairwoman|secretary|governor|mayor|judge|prosecutor|deputy|adviser|advisor|senator|lawmaker|legislator|diplomat|colonel|major|captain|lieutenant|admiral|mufti|imam|cleric|sheikh|king|prince|emir|sultan|consul|attorney|lawyer|professor|editor|journalist|correspondent|reporter|analyst|expert|researcher)\b/;
// head nouns of camps, crossings, prisons, rivers and blocs that the imported dictionary lists as
// people ("مخيم بلاطة", "معبر المنطار", "كتلة الصدرية"): such a "person" is dropped
const NOT_PERSON_HEADS = context.importNotPersonHeads;
const TITLE_PREFIXES = [...context.importTitlePrefixes];
const VALID_SECTORS = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'REB', 'OPP', 'PTY', 'MED', 'BUS', 'EDU', 'NGO', 'IGO', 'SPY', 'CVL', 'REL', 'LAB', 'HLH', 'REF', 'AGR', 'ENV', 'DEV', 'ELI', 'UAF', 'CRM', 'IMG', 'SEP', 'INS', 'MOD', 'RAD']);
function petrarchDate(s: string): string | undefined {
  if (!/^\d{8}$/.test(s) || s === '18000101' || s === '19700101') return undefined;
  const y = +s.slice(0, 4);
  if (y < 1900 || y > 2030) return undefined;
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}
function parseCode(c: string): KbRole | null {
  const m = /^\[~?\s*([A-Z]+)\s*(.*?)\]?\s*$/.exec(c.trim());
  if (!m) return null;
  const code = m[1]!;
  let country: string | null = null;
  let rest = code;
  if (code.length >= 3 && countryIds.has(code.slice(0, 3)) && !VALID_SECTORS.has(code.slice(0, 3))) {
    country = PARENT[code.slice(0, 3)] ?? code.slice(0, 3);
    rest = code.slice(3);
  } else if (code.length >= 3 && !VALID_SECTORS.has(code.slice(0, 3))) return null; // unknown country code
  const sector = rest.length >= 3 && VALID_SECTORS.has(rest.slice(0, 3)) ? rest.slice(0, 3) : null;
  const role: KbRole = { office: 'official', country, sector };
  const d = m[2]!.replace(/\s+/g, '');
  let from: string | undefined, to: string | undefined;
  if (d.startsWith('>')) from = petrarchDate(d.slice(1));
  else if (d.startsWith('<')) to = petrarchDate(d.slice(1));
  else if (d.includes('-')) {
    const [a, b] = d.split('-');
    from = petrarchDate(a!);
    to = petrarchDate(b!);
  }
  if (from && to && to < from) to = undefined; // PETRARCH writes placeholder end dates before the start
  if (from) role.from = from;
  if (to) role.to = to;
  return role;
}

const wordFreq = fullFormFrequencies(loadCliticData().freq, defaultCharMap());
const nameIndex = new Map<string, string>(); // nkey → person id (hand people)
for (const e of entries) if (e.kind === 'person') for (const n of e.names) nameIndex.set(nkey(n), e.id);
const allNameKeys = new Map<string, string>(); // nkey → any entry id
for (const e of entries) for (const n of [...e.names, ...(e.nisba ?? []), ...(e.capital?.ar ?? [])]) if (!allNameKeys.has(nkey(n))) allNameKeys.set(nkey(n), e.id);

/** Words of agent phrases and organization names: a "person" made of them is a common noun phrase. */
const NOUN_WORDS = new Set<string>();
const NAME_WORDS = new Set<string>();
for (const e of entries) {
  if (e.kind === 'person') for (const n of e.names) for (const w of n.split(' ')) NAME_WORDS.add(looseKey(normalize(w)));
}
for (const e of entries) if (e.kind !== 'person' && e.kind !== 'country' && e.kind !== 'territory') {
  for (const n of e.names) for (const w of n.split(' ')) { const k = looseKey(normalize(w)); if (k.length >= 3 && !NAME_WORDS.has(k)) NOUN_WORDS.add(k); }
}
for (const w of context.importNounWords) NOUN_WORDS.add(w);
if (usePetrarch && existsSync(path.join(PETRARCH_DIR, 'actor_dict_ar_v4.txt'))) {
  const agentsText = readFileSync(path.join(PETRARCH_DIR, 'agents.all.ar.txt'), 'utf8');
  for (const l of agentsText.split('\n')) {
    const m = /\]\s*([^#]*)/.exec(l);
    if (m) for (const w of m[1]!.replace(/[^\u0600-\u06FF ]/g, ' ').split(/\s+/)) { const k = looseKey(normalize(w)); if (k.length >= 3 && !NAME_WORDS.has(k)) NOUN_WORDS.add(k); }
  }
  const text = readFileSync(path.join(PETRARCH_DIR, 'actor_dict_ar_v4.txt'), 'utf8');
  type Raw = { name: string; codes: string[] };
  const raws: Raw[] = [];
  let cur: Raw | null = null;
  for (const l of text.split('\n')) {
    if (!l.trim() || l.trim().startsWith('#')) continue;
    if (/^\s+\[/.test(l) && cur) {
      cur.codes.push(l.trim());
      continue;
    }
    const m = /^\s*(\S+)\s*(.*)$/.exec(l);
    if (!m) continue;
    cur = { name: m[1]!, codes: m[2]!.trim().startsWith('[') ? [m[2]!.trim()] : [] };
    raws.push(cur);
  }
  pc.read = raws.length;
  const petPeople = new Map<string, { name: string; roles: KbRole[] }>();
  for (const r of raws) {
    // the dictionary splits a letter off when it looks like a proclitic: in a person's name it is the name's own
    // ("ب_اسم_نعيم", "أم_ك_ثوم") and goes back onto the next word; elsewhere it is a preposition ("ب_ولاية_هلمند")
    // and the entry is no name; a lone و is the conjunction ("و_كندا")
    const name = r.name.replace(/_/g, ' ').replace(/\u0670/g, '').replace(/\s+/g, ' ').trim();
    const joined = name.replace(/(^| )([بلكف]) (?=\S)/g, '$1$2');
    if (!name || /[A-Za-z0-9]/.test(name) || /(^| )و( |$)/.test(name)) { pc.dropped++; continue; }
    const words = name.split(' ');
    const normWords = words.map((w) => looseKey(normalize(w)));
    const roles = r.codes.map(parseCode).filter((x): x is KbRole => x !== null);
    if (!roles.length) { pc.dropped++; continue; }
    // a person: two to five words, none a title or organization word, a country+sector or a dated role
    const personLike = words.length >= 2 && words.length <= 5 && !normWords.some((w) => TITLE_WORDS.has(w) || ORG_WORDS.has(w)) && !NOT_PERSON_HEADS.has(normWords[0]!) &&
      !normWords.some((w) => w.length >= 4 && w.endsWith('ي') && allNameKeys.has(w)) &&
      !normWords.some((w) => TITLE_PREFIXES.some((t) => w.startsWith(t) && w.length > t.length + 1)) &&
      !normWords.some((w) => NOUN_WORDS.has(w)) &&
      (roles.some((x) => x.from) || roles.some((x) => x.sector && x.country)) && roles.some((x) => x.sector || x.country);
    // "عبد X" is one compound first name, not a person
    if (personLike && !(words.length === 2 && normWords[0] === 'عبد')) {
      const name = joined;
      const k = nkey(name);
      const hand = nameIndex.get(k);
      if (hand) { pc.merged++; continue; } // hand-curated roles win
      if (allNameKeys.has(k)) { pc.dropped++; continue; }
      const p = petPeople.get(k) ?? { name, roles: [] };
      for (const ro of roles) if (!p.roles.some((x) => JSON.stringify(x) === JSON.stringify(ro))) p.roles.push(ro);
      petPeople.set(k, p);
      continue;
    }
    if (joined !== name) { pc.dropped++; continue; }
    const k = nkey(name);
    // a place: one or two words, a bare country code, not a nisba form or a known name
    const bare = roles.every((x) => x.country && !x.sector);
    // a one-word place that the corpus mostly writes with the article is an ordinary noun (صورة، طاقة)
    if (bare && words.length === 1 && !normalize(name).startsWith('ال')) {
      const f = wordFreq.get(normalize(name)) ?? 0;
      const fa = wordFreq.get('ال' + normalize(name)) ?? 0;
      if (fa > 50 && fa * 2 > f) { pc.dropped++; continue; }
    }
    if (bare && words.length <= 2 && !normWords.some((w) => ORG_WORDS.has(w) || TITLE_WORDS.has(w) || (w.endsWith('ي') && w.length >= 4) || w.endsWith('يون') || w.endsWith('يين'))
        && !allNameKeys.has(k) && normalize(name).length >= 3) {
      const country = roles[0]!.country!;
      const id = `place:${country}:${normWords.join('_')}`;
      if (byId.has(id)) { pc.dropped++; continue; }
      if (new Set(roles.map((x) => x.country)).size > 1) { pc.dropped++; continue; }
      add({ id, kind: 'place', code: country, country, sector: null, name: { ar: name }, names: [name], source: 'universal-petrarch' });
      allNameKeys.set(k, id);
      pc.places++;
      continue;
    }
    pc.dropped++;
  }
  for (const [k, p] of [...petPeople].sort((a, b) => a[0].localeCompare(b[0]))) {
    const id = `per:up-${k.replace(/ /g, '_')}`;
    // keep roles with a known sector or a country; order by start date
    const roles = p.roles.filter((r) => r.country || r.sector).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    if (!roles.length || byId.has(id)) continue;
    const c = personCode(roles);
    const short = shortForms([p.name]);
    add({
      id, kind: 'person', code: c.code, country: c.country, sector: c.sector, name: { ar: p.name }, names: [p.name],
      ...(short.length ? { short } : {}), roles, source: 'universal-petrarch',
    });
    pc.persons++;
  }
  // generic agents: "ENGLISH [~SEC]arabic / arabic" lines
  const agents = readFileSync(path.join(PETRARCH_DIR, 'agents.all.ar.txt'), 'utf8');
  const seen = new Set<string>();
  for (const e of entries) if (e.kind === 'agent') for (const n of e.names) seen.add(nkey(n));
  const agentMap = new Map<string, { en: string; sector: string; names: string[] }>();
  const handHeads = new Set<string>();
  for (const e of entries) if ((e.kind === 'agent' || e.generic) && !e.source.startsWith('universal')) for (const n of e.names) handHeads.add(nkey(n));
  for (const l of agents.split('\n')) {
    const m = /^([A-Z][A-Z_!\-']*)[^[]*\[~([A-Z]{3})[A-Z]*\]?\s*([^#\[]*)/.exec(l.trim());
    if (!m) continue;
    const en = m[1]!.replace(/!/g, '').replace(/_/g, ' ').trim().toLowerCase();
    const sector = m[2]!;
    if (!VALID_SECTORS.has(sector)) continue;
    for (const alt of m[3]!.split('/')) {
      const ar = alt.replace(/[^\u0600-\u06FF ]/g, ' ').replace(/\s+/g, ' ').trim();
      const nw = ar.split(' ').length;
      // one-word PETRARCH agents are mostly ordinary nouns and adjectives (دولة، ولاية، إدارة): keep phrases only
      if (!ar || nw < 2 || nw > 3 || normalize(ar).length < 4) continue;
      const k = nkey(ar);
      if (seen.has(k) || allNameKeys.has(k)) continue;
      // a phrase that starts with a hand-curated title or body ("الناطق باسم" + "الحكومة") is composed at run time
      const ws = k.split(' ');
      if (ws.length > 1 && (handHeads.has(ws[0]!) || handHeads.has(ws.slice(0, 2).join(' ')))) continue;
      seen.add(k);
      const a = agentMap.get(en) ?? { en, sector, names: [] };
      a.names.push(ar);
      agentMap.set(en, a);
    }
  }
  for (const [en, a] of [...agentMap].sort((x, y) => x[0].localeCompare(y[0]))) {
    let id = `ag:up-${slug(en)}`;
    for (let i = 2; byId.has(id); i++) id = `ag:up-${slug(en)}-${i}`;
    add({
      id, kind: 'agent', code: a.sector, country: null, sector: a.sector, name: { ar: a.names[0]!, en },
      names: a.names, office: slug(en).replace(/-/g, '_'),
      // a singular office ("government spokesperson", "deputy minister") can head a person's name
      ...(PERSON_OFFICE.test(en) && !/(s|men|people|forces|troops)$/.test(en) ? { title: true } : {}),
      source: 'universal-petrarch',
    });
    pc.agents++;
  }
} else if (usePetrarch) {
  log(`build-actors: ${PETRARCH_DIR} not found; building from the hand-curated sources only`);
}

// ---------------------------------------------------------------- cleaning: duplicate forms, ambiguity
// A form (normalized key) used by several entries is kept where it is unambiguous; across entries of
// different countries it is marked ambiguous on each (resolved by document context at run time).
const formOwners = new Map<string, Set<string>>();
const formsOf = (e: KbEntry): string[] => [...e.names, ...(e.ambiguous ?? []), ...(e.nisba ?? []), ...(e.capital?.ar ?? [])];
for (const e of entries) for (const f of formsOf(e)) {
  const k = nkey(f);
  (formOwners.get(k) ?? formOwners.set(k, new Set()).get(k)!).add(e.id);
}
let ambiguousMarked = 0;
let removedDup = 0;
for (const [k, owners] of formOwners) {
  if (owners.size < 2) continue;
  const es = [...owners].map((id) => byId.get(id)!);
  const hand = es.filter((e) => !e.source.startsWith('universal'));
  // PETRARCH entries lose forms that hand-curated entries own
  if (hand.length) for (const e of es) if (e.source.startsWith('universal') && hand.length) {
    e.names = e.names.filter((n) => nkey(n) !== k);
    removedDup++;
  }
  const keep = hand.length ? hand : es;
  const countries = new Set(keep.map((e) => e.country ?? e.id));
  const kinds = new Set(keep.map((e) => e.kind));
  // a person who lists the form as "~" already yields it to the one entry that does not: Sudan's nisba
  // "السوداني" stays Sudan's, and the surname of Mohammed Shia al-Sudani counts only where his full name licenses it
  // (only people yield: a country's "~" nisba that is also an ordinary word, "مالية", yields to no capital "ماليه")
  const yields = (e: KbEntry) => e.kind === 'person' && (e.ambiguous ?? []).some((a) => nkey(a) === k);
  if (keep.length > 1 && keep.filter((e) => !yields(e)).length === 1) continue;
  // a person's bare name and another entry's name with the article are two words in text, not one ("كاميرون" the
  // prime minister, "الكاميرون" the country): no ambiguity between them
  const formsAt = (e: KbEntry) => formsOf(e).filter((f) => nkey(f) === k).map((f) => normalize(f));
  if (keep.length === 2 && keep.some((e) => e.kind === 'person') && keep.some((e) => e.kind !== 'person')) {
    const person = formsAt(keep.find((e) => e.kind === 'person')!);
    const other = formsAt(keep.find((e) => e.kind !== 'person')!);
    if (person.every((f) => !f.startsWith('ال')) && other.every((f) => f.startsWith('ال'))) continue;
  }
  if (keep.length > 1 && (countries.size > 1 || kinds.size > 1)) {
    for (const e of keep) {
      for (const f of formsOf(e)) if (nkey(f) === k && !(e.ambiguous ?? []).some((a) => nkey(a) === k)) {
        (e.ambiguous ??= []).push(f);
        ambiguousMarked++;
      }
    }
  }
}
// forms that are also ordinary words (data/actors/src/common-words.txt): ~ ambiguous, - dropped
let commonMarked = 0;
{
  const amb = new Set<string>();
  const drop = new Set<string>();
  for (const raw of readFileSync(path.join(SRC, 'common-words.txt'), 'utf8').split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('#')) continue;
    if (l.startsWith('-')) drop.add(nkey(l.slice(1).trim()));
    else amb.add(nkey(l.replace(/^~/, '').trim()));
  }
  for (const e of entries) {
    const before = e.names.length;
    const moved = e.names.filter((n) => amb.has(nkey(n)));
    e.names = e.names.filter((n) => !amb.has(nkey(n)) && !drop.has(nkey(n)));
    for (const n of moved) if (!(e.ambiguous ?? []).some((a) => nkey(a) === nkey(n))) (e.ambiguous ??= []).push(n);
    commonMarked += before - e.names.length;
    // a capital that is also an ordinary word (سيول "floods", العيون "the eyes") stays a capital, marked ambiguous
    for (const c of e.capital?.ar ?? []) if (amb.has(nkey(c)) && !(e.ambiguous ?? []).some((a) => nkey(a) === nkey(c))) {
      (e.ambiguous ??= []).push(c);
      commonMarked++;
    }
    // an entry whose only names were dropped goes (its display name would bring the form back)
    if (!e.names.length && !(e.ambiguous ?? []).length && !(e.nisba ?? []).length && drop.has(nkey(e.name.ar))) e.name.ar = '';
  }
}
// spelled acronyms ("بي بي سي", "سي آي إيه") are also written with periods ("بي. بي. سي", "سي.آي.إيه"):
// add the dotted form (one form covers every spacing, since the tokenizer splits the periods off)
let dottedAdded = 0;
{
  const letters = LetterNames.load();
  for (const e of entries) {
    const add: string[] = [];
    for (const n of e.names) {
      const words = n.split(' ');
      if (words.length < 2 || n.startsWith('ال')) continue;
      if (!words.every((w) => letters.letterOf(normalize(w)) !== undefined)) continue;
      const dotted = words.join('. ');
      if (!e.names.includes(dotted)) add.push(dotted);
    }
    e.names.push(...add);
    dottedAdded += add.length;
  }
}
const final = entries.filter((e) => e.name.ar && (e.names.length || (e.ambiguous ?? []).length || (e.nisba ?? []).length));
for (const e of final) if (!e.names.length) e.names = [e.name.ar];

// ---------------------------------------------------------------- anaphors
const anaphors = lines('anaphors.txt').map(([word, targets, defaults]) => {
  // third column: the antecedent when the text names none, by the story's country ("YEM=igo:arabcoalition IRQ=igo:coalition")
  const byStoryCountry: Record<string, string> = {};
  for (const pair of (defaults ?? '').split(/\s+/).filter(Boolean)) {
    const m = /^([A-Z]{3})=(\S+)$/.exec(pair);
    if (!m) throw new Error(`anaphors.txt: bad default "${pair}" for ${word} (expected COUNTRY=actor-id)`);
    if (!final.some((e) => e.id === m[2])) throw new Error(`anaphors.txt: unknown actor ${m[2]} for ${word}`);
    byStoryCountry[m[1]!] = m[2]!;
  }
  return { word: word!, targets: targets!.split(',').map((t) => t.trim()).filter((t) => t !== '-'), ...(Object.keys(byStoryCountry).length ? { byStoryCountry } : {}) };
});

// ---------------------------------------------------------------- write
const header = {
  $comment: 'Rasid actor knowledge base, built by scripts/build-actors.ts from data/actors/src/* (hand-curated), i18n-iso-countries (MIT) and UniversalPetrarch (MIT). One JSON object per line after this header; format in data/actors/README.md, schema in data/actors/actor.schema.json.',
  format: 'rasid-actors',
  version: 1,
  entries: final.length,
  sources: ['hand-curated (data/actors/src)', 'i18n-iso-countries (MIT)', ...(pc.read ? ['UniversalPetrarch Arabic dictionaries (MIT, Open Event Data Alliance)'] : [])],
};
const outLines = [JSON.stringify(header), ...final.map((e) => JSON.stringify(e))];
writeFileSync(dataPath('actors', 'actors.jsonl'), outLines.join('\n') + '\n');
writeFileSync(dataPath('actors', 'anaphors.json'), JSON.stringify({ $comment: 'Anaphoric nouns, built from data/actors/src/anaphors.txt', anaphors }, null, 1) + '\n');
const byKind = new Map<string, number>();
for (const e of final) byKind.set(e.kind, (byKind.get(e.kind) ?? 0) + 1);
log(`build-actors: ${final.length} entries ${JSON.stringify(Object.fromEntries(byKind))}`);
log(`build-actors: petrarch ${JSON.stringify(pc)}; duplicate forms removed ${removedDup}; ambiguous forms marked ${ambiguousMarked}; common-word forms ${commonMarked}; dotted acronym forms ${dottedAdded}`);
