/**
 * Builds data/events/lexicon.json, the one file the event stage loads (src/events/lexicon.ts), from:
 *   - data/events/triggers.curated.tsv  curated trigger words and phrases (the Rasid team)
 *   - data/events/cues.json             curated cue lists: light verbs, modes, roles, instruments
 *   - data/events/cameo.tsv             CAMEO codes with PLOVER type and Goldstein value (public facts)
 *   - ../shared/data/lexicon/universal-petrarch-ar/CAMEO.ar.0.5.txt (optional): verb + object facts of
 *     the Arabic UniversalPetrarch dictionary (Open Event Data Alliance, MIT), kept only where the
 *     CAMEO code maps to a PLOVER type and the object is a plain word.
 * Every word is normalized with src/text/normalize.ts and verbs are inflected here, so the loader only
 * indexes. The output records a hash of the curated sources (checked by tests) and its credits.
 *
 * Usage: node --import tsx scripts/build-event-lexicon.ts [--no-upa] [--out FILE]
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { normalize } from '../src/text/normalize.ts';
import { dataPath, SHARED_ROOT } from '../src/util/paths.ts';
import { expandForms, expandPhrase, LEXICON_FORMAT_VERSION, type LexiconFile, type TriggerEntryJSON } from '../src/events/lexicon-format.ts';

const args = process.argv.slice(2);
const noUpa = args.includes('--no-upa');
const outIdx = args.indexOf('--out');
const outFile = outIdx >= 0 ? args[outIdx + 1]! : dataPath('events', 'lexicon.json');

const SOURCES = ['triggers.curated.tsv', 'cues.json', 'cameo.tsv'];

export function curatedHash(): string {
  const h = createHash('sha256');
  for (const f of SOURCES) h.update(readFileSync(dataPath('events', f)));
  return h.digest('hex').slice(0, 16);
}

function readTsv(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

// ---- CAMEO table ----
const cameo: LexiconFile['cameo'] = {};
for (const [code, plover, gold, name] of readTsv(dataPath('events', 'cameo.tsv'))) {
  cameo[code!] = { type: plover!, goldstein: Number(gold), name: name! };
}
function typeOfCode(code: string): string | undefined {
  for (let n = code.length; n >= 2; n--) {
    const k = code.slice(0, n);
    if (cameo[k]) return cameo[k]!.type;
    if (cameo[k + '0']) return cameo[k + '0']!.type;
  }
  return undefined;
}

// ---- cues ----
const cuesRaw = JSON.parse(readFileSync(dataPath('events', 'cues.json'), 'utf8'));
const types = cuesRaw.types as LexiconFile['types'];

function phraseList(s: string): string[][] {
  return s.split('|').map((p) => p.trim()).filter(Boolean).map((p) => p.split(/\s+/).map((w) => normalize(w)));
}

const cues: LexiconFile['cues'] = {
  lightVerbs: (cuesRaw.lightVerbs as { forms: string; prep?: string; inverse?: boolean; noun?: boolean; bare?: boolean; retype?: Record<string, string> }[]).map((l) => ({
    forms: expandForms(l.forms).map((f) => normalize(f)),
    prep: l.prep ? normalize(l.prep) : undefined,
    inverse: l.inverse || undefined,
    noun: l.noun || undefined,
    bare: l.bare || undefined,
    retype: l.retype,
  })),
  qualifiers: (cuesRaw.qualifiers as { words: string; cameo: string; types: string[] }[]).map((q) => ({
    words: q.words.split('|').map((w) => normalize(w)),
    cameo: q.cameo,
    types: q.types,
  })),
  instruments: (cuesRaw.instruments as { forms: string; sector: string | null; cameo: string }[]).map((i) => ({
    forms: phraseList(i.forms),
    sector: i.sector,
    cameo: i.cameo,
  })),
  sectorNouns: ((cuesRaw.sectorNouns ?? []) as { forms: string; sector: string; notAfter?: string }[]).map((i) => ({ forms: phraseList(i.forms), sector: i.sector, ...(i.notAfter ? { notAfter: phraseList(i.notAfter) } : {}) })),
  metaphor: { types: cuesRaw.metaphor.types, words: phraseList(cuesRaw.metaphor.words) },
  ...(cuesRaw.natural
    ? {
        natural: {
          types: cuesRaw.natural.types as string[],
          words: phraseList(cuesRaw.natural.words),
          ...(cuesRaw.natural.causes ? { causes: phraseList(cuesRaw.natural.causes) } : {}),
          ...(cuesRaw.natural.causePreps ? { causePreps: phraseList(cuesRaw.natural.causePreps) } : {}),
        },
      }
    : {}),
  ...(cuesRaw.sports ? { sports: { words: phraseList(cuesRaw.sports.words), sentence: cuesRaw.sports.sentence as number, document: cuesRaw.sports.document as number } } : {}),
  roles: Object.fromEntries(Object.entries(cuesRaw.roles as Record<string, string>).map(([k, v]) => [k, phraseList(v)])) as LexiconFile['cues']['roles'],
  victims: { verbs: phraseList(cuesRaw.victims.verbs), nouns: phraseList(cuesRaw.victims.nouns), ...(cuesRaw.victims.after ? { after: phraseList(cuesRaw.victims.after) } : {}) },
  modes: Object.fromEntries(
    Object.entries(cuesRaw.modes as Record<string, string>).map(([k, v]) => [k, k === 'futurePrefix' ? [[normalize(v)]] : phraseList(v)]),
  ) as LexiconFile['cues']['modes'],
  reporting: { assert: phraseList(cuesRaw.reporting.assert), deny: phraseList(cuesRaw.reporting.deny) },
};

// ---- curated triggers ----
const triggers: TriggerEntryJSON[] = [];
let line = 0;
for (const row of readTsv(dataPath('events', 'triggers.curated.tsv'))) {
  line++;
  const [pos, forms, type, code, argsCol, gen, flagsCol] = row;
  if (!pos || !forms || !type || !types[type]) throw new Error(`triggers.curated.tsv row ${line}: bad row ${row.join(' | ')}`);
  if (!['verb', 'noun', 'phrase', 'agent'].includes(pos)) throw new Error(`triggers.curated.tsv row ${line}: bad pos ${pos}`);
  const cameoCode = code && code !== '-' ? code : undefined;
  if (cameoCode && !typeOfCode(cameoCode)) throw new Error(`triggers.curated.tsv row ${line}: CAMEO code ${cameoCode} is not in cameo.tsv`);
  const flags = (flagsCol && flagsCol !== '-' ? flagsCol.split(',') : []).map((f) => f.trim());
  const kv = (name: string) => {
    const f = flags.find((x) => x.startsWith(name + '='));
    return f ? f.slice(name.length + 1).split('|').map((w) => normalize(w)) : undefined;
  };
  const participles = pos === 'verb' ? kv('participle') : undefined;
  const verbalCode = kv('verbal')?.[0];
  if (verbalCode && !typeOfCode(verbalCode)) throw new Error(`triggers.curated.tsv row ${line}: verbal CAMEO code ${verbalCode} is not in cameo.tsv`);
  const patterns = pos === 'verb' ? [...expandForms(forms), ...(participles ?? [])].map((f) => [[normalize(f)]]) : expandPhrase(forms).map((p) => p.map((alts) => alts.map((w) => normalize(w))));
  triggers.push({
    pos: pos as TriggerEntryJSON['pos'],
    patterns,
    type,
    cameo: cameoCode,
    args: argsCol && argsCol !== '-' ? argsCol.split(',').map((a) => (a === 'obj' ? 'obj' : normalize(a))) : [],
    gen: gen === 'source' || gen === 'target' ? gen : undefined,
    recip: flags.includes('recip') || undefined,
    passive: flags.includes('passive') || undefined,
    light: flags.includes('light') || undefined,
    nounToo: flags.includes('nounToo') || undefined,
    verbOnly: flags.includes('verbOnly') || undefined,
    hamza: flags.includes('hamza') || undefined,
    taMarbuta: flags.includes('taMarbuta') || undefined,
    forceAgent: flags.includes('forceAgent') || undefined,
    personAgent: flags.includes('personAgent') || undefined,
    verbal: verbalCode,
    participles,
    notAfter: kv('notAfter'),
    notBefore: kv('notBefore'),
    near: kv('near'),
    nearWithin: kv('nearWithin') ? Number(kv('nearWithin')![0]) : undefined,
    nearPlace: flags.includes('nearPlace') || undefined,
    notNear: kv('notNear'),
    cue: kv('cue'),
    notPersonObj: kv('notPersonObj'),
    notCue: kv('notCue'),
    gap: kv('gap') ? Number(kv('gap')![0]) : undefined,
    source: 'rasid',
  });
}

// ---- UniversalPetrarch facts ----
// Which UniversalPetrarch verb + object facts are taken: `petrarchFilter` in cues.json.
const petrarchFilter = cuesRaw.petrarchFilter as { genericVerbs: string; partyObjects: string };
const GENERIC_VERBS = new Set(petrarchFilter.genericVerbs.split('|').map((w) => normalize(w.trim())));
const PARTY_OBJECTS = new Set(petrarchFilter.partyObjects.split('|').map((w) => normalize(w.trim())));
let upaCount = 0;
const upaFile = path.join(SHARED_ROOT, 'data', 'lexicon', 'universal-petrarch-ar', 'CAMEO.ar.0.5.txt');
if (!noUpa) {
  if (!existsSync(upaFile)) {
    process.stderr.write(`build-event-lexicon: ${upaFile} not found; building without UniversalPetrarch facts (use --no-upa to silence)\n`);
  } else {
    const known = new Set<string>();
    for (const t of triggers) for (const p of t.patterns) if (p.length === 1) for (const w of p[0]!) known.add(w);
    const text = readFileSync(upaFile, 'utf8');
    const verbPart = text.slice(text.indexOf('####### VERB PATTERNS'));
    const seen = new Set<string>();
    for (const block of verbPart.split(/\n--- /).slice(1)) {
      const lines = block.split('\n');
      const verbs = new Set<string>();
      const pats: { noun: string; code: string; verbs: string[] }[] = [];
      for (const l of lines.slice(1)) {
        const s = l.trim();
        if (!s) continue;
        if (s.startsWith('-')) {
          // "- * NOUN [code] # ..." with a single plain Arabic word as the object
          // The list after '#' names the verbs the pattern applies to; keep plain one-word verbs.
          const m = /^-\s*\*\s*([\u0621-\u064A]+)\s*\[(\d{3,4})\]\s*#(.*)$/.exec(s);
          if (m) {
            const vs = m[3]!.split(',').map((x) => x.trim()).filter((x) => /^[\u0621-\u064A]{3,}$/.test(x)).map((x) => normalize(x));
            pats.push({ noun: normalize(m[1]!), code: m[2]!, verbs: vs });
          }
          continue;
        }
        const v = s.split(/[\s#[]/)[0]!.split('+')[0]!;
        if (/^[\u0621-\u064A]{3,}$/.test(v)) verbs.add(normalize(v));
      }
      for (const p of pats) {
        const type = typeOfCode(p.code);
        // 01x (public statements) are not events here.
        if (p.code.startsWith('01') || !type || !types[type] || p.noun.length < 3 || known.has(p.noun) || PARTY_OBJECTS.has(p.noun)) continue;
        for (const v of p.verbs) {
          if (!verbs.has(v)) continue;
          if (GENERIC_VERBS.has(v)) continue;
          const key = `${v}|${p.noun}|${p.code}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const vForms = [v, v + 'ت', v + 'وا'];
          const nForms = [p.noun, 'ال' + p.noun];
          triggers.push({ pos: 'phrase', patterns: [[vForms, nForms]], type, cameo: p.code, args: ['obj', normalize('على'), normalize('ضد')], gap: 2, source: 'upa' });
          upaCount++;
        }
      }
    }
  }
}

const out: LexiconFile = {
  $comment:
    'GENERATED by scripts/build-event-lexicon.ts from data/events/{triggers.curated.tsv,cues.json,cameo.tsv} and facts of the Arabic UniversalPetrarch dictionary. Do not edit by hand; edit the sources and rebuild. Format: docs/events.md.',
  format: LEXICON_FORMAT_VERSION,
  sourcesHash: curatedHash(),
  credits: [
    'Curated triggers and cues: the Rasid team.',
    'CAMEO codes and names: CAMEO codebook (Gerner, Schrodt, Yilmaz, Abu-Jabr 2002; Schrodt 2012).',
    'Goldstein values: Goldstein (1992), "A Conflict-Cooperation Scale for WEIS Events Data", as tabulated for CAMEO.',
    'PLOVER types and CAMEO-to-PLOVER mapping: PLOVER manual, Open Event Data Alliance (2021).',
    'Verb + object facts (entries with source "upa"): UniversalPetrarch Arabic dictionary CAMEO.ar.0.5.txt, Open Event Data Alliance, MIT license.',
  ],
  types,
  cameo,
  cues,
  triggers,
};
writeFileSync(outFile, JSON.stringify(out) + '\n');
process.stderr.write(`build-event-lexicon: ${triggers.length - upaCount} curated entries, ${upaCount} UniversalPetrarch phrases -> ${outFile}\n`);
