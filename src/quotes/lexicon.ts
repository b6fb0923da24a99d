/**
 * The quotation lexicon: reporting cues (data/quotes/cues.json) and speaker word classes
 * (data/quotes/speakers.json). This is the one loader for both files; the format is documented in
 * docs/quotes.md and in each file's "$comment". Everything is normalized with the document
 * normalizer (src/text/normalize.ts) so lookups work on `Token.norm`.
 */
import { readFileSync } from 'node:fs';
import type { Stance } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { defaultCharMap, normalize, type CompiledCharMap } from '../text/normalize.ts';
import { dataPath } from '../util/paths.ts';

export type CueForm = 'past' | 'imperf' | 'part' | 'other';

export interface CueEntry {
  lemma: string;
  stance: Stance;
  /** Takes an أن/إن clause. */
  clause: boolean;
  /** Takes a colon or a quotation mark right after the cue phrase. */
  colon: boolean;
  /** Normalized prepositions that introduce a noun-phrase content (أشار إلى وجود ...). */
  preps: string[];
  /** Takes an object (the listener or the accused) between subject and content. */
  object: boolean;
  /** Normalized prepositions of the verb's own complement (أشاد بـ، رحب بـ، طالب بـ): a definite word with one ends the subject. */
  complement: string[];
  /**
   * Normalized prepositions that, attached to the word right after the subject, open a noun-phrase content
   * ("تعهدت بشن هجمات", "أفادت الوزارة بتلقي دورات", "طالب بالإفراج عن"): frame content:X.
   */
  attached: string[];
  /** A verbal noun of the content heads right after the subject (or the cue) opens a noun-phrase content (frame noun). */
  noun: boolean;
  /** Normalized preposition after which the speaker stands (نقل عن). */
  sourcePrep?: string;
  /** Normalized prepositions introducing a listener right after the subject (تحدث إلى). */
  listen: string[];
  /** Normalized preposition of the charge after the object (اتهم X 【ب】الكذب, frame charge:X): the phrase right before it is the one accused. */
  charge?: string;
  /** Ambiguous word: counts only with content. */
  weak: boolean;
  slogan: boolean;
  /** Reports only with its source preposition (علمت … من مصادر): without it the verb is "to know". */
  needsSource: boolean;
}

export interface CueHit {
  entry: CueEntry;
  form: CueForm;
}

interface CueFileEntry {
  lemma: string;
  stance: Stance;
  past?: string[];
  imperf?: string[];
  part?: string[];
  extra?: string[];
  /** Verbal nouns with ب that report after any verb, read as a participle ("واختتم حديثه 【بالقول】 إن"). */
  manner?: string[];
  frames: string[];
  weak?: boolean;
  slogan?: boolean;
  needsSource?: boolean;
  listen?: string[];
}

interface CueFile {
  version: number;
  cues: CueFileEntry[];
  complementizers: { bare: string[]; pronouns: string[]; prepThen: string[]; notAfter: string[] };
  attributions: { phrases: string[][] };
  statements: { nouns: string[]; issue: string[]; resumptive: string[] };
  guards?: { homographs?: string[]; impersonal?: string[]; before?: string[]; needsPrep?: { forms: string[]; prep: string; notAfterPrep?: string[] }; shortNouns?: string[]; notContent?: string[]; onAdverbials?: string[]; nominalEnds?: string[]; nominalEndsNotBefore?: string[]; nounFrameNotAfter?: string[]; linkLine?: string[]; notHeadline?: string[] };
}

interface SpeakerFile {
  version: number;
  titles: string[];
  sources: string[];
  quantifiers: string[];
  nonAgents?: string[];
  contentHeads?: string[];
  strongContentHeads?: string[];
  eponymTitles?: string[];
  overTitles?: string[];
  vague: string[];
  institutions: string[];
  media: string[];
  settings: string[];
  fillers: string[];
  listenerPronouns?: string[];
  circumstantials?: string[];
  divine?: string[];
  time: string[];
  stops: string[];
  pronounSubjects: string[];
  honorifics?: Record<string, string[]>;
  honorificNouns?: string[];
  nameIntroducers: string[];
  /** Audiences after ل that end a speaker phrase ("وزير الدفاع للصحفيين"): the listeners, not part of the title. */
  audiences?: string[];
  mentionCues: string[];
  sloganCues: string[];
}

const STANCES: ReadonlySet<string> = new Set(['assert', 'deny', 'accuse', 'warn', 'welcome', 'demand', 'threaten', 'reject', 'confirm', 'announce', 'report', 'other']);
const FRAMES = /^(clause|colon|object|noun|prep:.+|source:.+|complement:.+|content:.+|charge:.+)$/;

export class QuoteLexicon {
  readonly version: { cues: number; speakers: number };
  private readonly cues = new Map<string, CueHit>();
  /** The finite verb forms of the cues (normalized: قال، يؤكد، أشارت), for stages that must not read a verb as a name. */
  verbForms(): Set<string> {
    const out = new Set<string>();
    for (const [form, hit] of this.cues) if ((hit.form === 'past' || hit.form === 'imperf') && !hit.entry.noun) out.add(form);
    return out;
  }
  /** Complementizer words (أن، إن، بأن and pronoun forms), normalized. */
  readonly complementizers: ReadonlySet<string>;
  readonly prepThen: ReadonlySet<string>;
  readonly notAfter: ReadonlySet<string>;
  readonly attributions: readonly (readonly string[])[];
  /** First words of the attribution phrases: a phrase starts only at a token that is one of them (with or without و/ف). */
  readonly attributionFirst: ReadonlySet<string>;
  readonly statementNouns: ReadonlySet<string>;
  readonly issueVerbs: ReadonlySet<string>;
  readonly resumptive: ReadonlySet<string>;
  /** Cue forms that are more often another word (بين، تبلغ، يعد): they need a strict frame. */
  readonly homographs: ReadonlySet<string>;
  /** First words of a site's link line that repeats the headline ("رابط الخبر بصحيفة الوئام: …"). */
  readonly linkLineWords: ReadonlySet<string>;
  /** First words of a headline's "X:" that name no speaker (تقرير، بالصور، عاجل). */
  readonly notHeadlineSpeakers: ReadonlySet<string>;
  /** Imperfect forms read as impersonal passives before أن with no subject (يذكر أن). */
  readonly impersonal: ReadonlySet<string>;
  /** Words right before a cue that make it non-asserted or non-agentive (ما يشير، كي يرى). */
  readonly beforeCue: ReadonlySet<string>;
  /** Cue forms that count only when they open a clause and their preposition follows (عبر ... عن). */
  readonly needsPrep: ReadonlySet<string>;
  /** That preposition (عن), and the words after it that make it another phrase (عن طريق). */
  readonly needsPrepWord: string;
  readonly needsPrepNotAfter: ReadonlySet<string>;
  /** Two-letter verbal nouns that the clitic analysis leaves glued to their preposition (بشن، برد): a content:X frame reads them. */
  readonly shortNouns: ReadonlySet<string>;
  /** Words that end a noun-phrase content: a new clause begins (فيما، بينما، لكن). */
  readonly nominalEnds: ReadonlySet<string>;
  /** Words after one of those that keep the phrase going ("فيما يتعلق"). */
  readonly nominalEndsNotBefore: ReadonlySet<string>;
  /** Words before a cue that make it the noun reading, so no content opens right after it (تم، جاء، هذا). */
  readonly nounFrameNotAfter: ReadonlySet<string>;
  /** Words that, with a preposition attached, open no content:X frame: settings, causes, attributions (بمناسبة، بسبب، بحسب، بلسان). */
  readonly notContent: ReadonlySet<string>;
  /** Nouns that make على + noun an adverbial (على هامش، على صعيد), not a cue's content (guards.onAdverbials). */
  readonly onAdverbials: ReadonlySet<string>;
  /** Abstract nouns that cannot head a speaker (قيمة، قدرة، نسبة). */
  readonly nonAgents: ReadonlySet<string>;
  /** Verbal nouns that open a report's content right after its subject or cue (frame noun; أهمية، ضرورة، حرص، وصول). */
  readonly contentHeads: ReadonlySet<string>;
  /** Content heads that end a subject after any word, not only after a definite word or a name (ضرورة، أهمية). */
  readonly strongContentHeads: ReadonlySet<string>;
  /** Titles that, after an institution word, are part of its name (مدينة الملك سعود). */
  readonly eponymTitles: ReadonlySet<string>;
  /** Title heads that take their field with على / عن (المشرف العام على …، المسؤول عن …). */
  readonly overTitles: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly quantifiers: ReadonlySet<string>;
  readonly vague: ReadonlySet<string>;
  readonly institutions: ReadonlySet<string>;
  readonly media: ReadonlySet<string>;
  readonly settings: ReadonlySet<string>;
  readonly fillers: ReadonlySet<string>;
  /** The listener's pronoun with ل right after a cue (له، لهم، لي), matched as the whole normalized token only. */
  readonly listenerPronouns: ReadonlySet<string>;
  /** Participles of the manner of speaking (مخاطبا، متوجها): no subject after the cue, or the end of one. */
  readonly circumstantials: ReadonlySet<string>;
  /** Normalized speaker phrases of quoted scripture (الله، رسول الله): never carried, and no speaker after a cue other than قال. */
  readonly divine: readonly string[];
  readonly time: ReadonlySet<string>;
  readonly stops: ReadonlySet<string>;
  /**
   * Titles that fold into a stop word once the hamza is normalized away (إمام the title, أمام "in front of"): the
   * normalized form → the title's spellings as listed, which keep the hamza seat that tells them apart.
   */
  readonly stopTitleSpellings: ReadonlyMap<string, ReadonlySet<string>>;
  readonly pronounSubjects: ReadonlySet<string>;
  /**
   * Honorific pronoun subjects (سموه، معاليه) → their own noun (سمو، معالي: the first word listed) and the
   * titles that introduce the person they stand for (every word listed), without ال.
   */
  readonly honorifics: ReadonlyMap<string, { noun: ReadonlySet<string>; titles: ReadonlySet<string> }>;
  /** Honorifics that are also ordinary nouns (سعادته "his happiness"): no subject after a cue that takes an object. */
  readonly honorificNouns: ReadonlySet<string>;
  readonly nameIntroducers: ReadonlySet<string>;
  readonly audiences: ReadonlySet<string>;
  readonly mentionCues: ReadonlySet<string>;
  readonly sloganCues: ReadonlySet<string>;
  /** Every word of the speaker classes, for telling a word that starts with و from و + word. */
  readonly words: ReadonlySet<string>;

  constructor(cueFile: CueFile, spk: SpeakerFile, map: CompiledCharMap = defaultCharMap(), source = 'data/quotes') {
    const n = (s: string) => normalize(s, map);
    const set = (xs: string[] | undefined, what: string) => {
      if (!Array.isArray(xs)) throw new RasidError('E_RESOURCE_INVALID', `missing list "${what}"`, { input: source, hint: 'see docs/quotes.md for the lexicon format' });
      return new Set(xs.map(n));
    };
    this.version = { cues: cueFile.version, speakers: spk.version };
    if (!Array.isArray(cueFile.cues)) throw new RasidError('E_RESOURCE_INVALID', 'no "cues" list', { input: `${source}/cues.json`, hint: 'see docs/quotes.md' });
    for (const c of cueFile.cues) {
      if (!c.lemma || !STANCES.has(c.stance) || !Array.isArray(c.frames) || c.frames.some((f) => !FRAMES.test(f))) {
        throw new RasidError('E_RESOURCE_INVALID', `bad cue entry ${JSON.stringify(c).slice(0, 120)}`, {
          input: `${source}/cues.json`,
          hint: 'each cue needs lemma, a known stance and frames among clause, colon, object, noun, prep:X, source:X, complement:X, content:X, charge:X',
        });
      }
      const entry: CueEntry = {
        lemma: c.lemma,
        stance: c.stance,
        clause: c.frames.includes('clause'),
        colon: c.frames.includes('colon'),
        preps: c.frames.filter((f) => f.startsWith('prep:')).map((f) => n(f.slice(5))),
        object: c.frames.includes('object'),
        complement: c.frames.filter((f) => f.startsWith('complement:')).map((f) => n(f.slice(11))),
        attached: c.frames.filter((f) => f.startsWith('content:')).map((f) => n(f.slice(8))),
        noun: c.frames.includes('noun'),
        sourcePrep: c.frames.find((f) => f.startsWith('source:')) ? n(c.frames.find((f) => f.startsWith('source:'))!.slice(7)) : undefined,
        listen: (c.listen ?? []).map(n),
        ...(c.frames.some((f) => f.startsWith('charge:')) ? { charge: n(c.frames.find((f) => f.startsWith('charge:'))!.slice(7)) } : {}),
        weak: c.weak === true,
        slogan: c.slogan === true,
        needsSource: c.needsSource === true,
      };
      const add = (form: string, kind: CueForm) => {
        if (form && !this.cues.has(form)) this.cues.set(form, { entry, form: kind });
      };
      for (const p of (c.past ?? []).map(n)) {
        add(p, 'past');
        const weakFinal = p.endsWith('ي') || (p.endsWith('ا') && p.length === 3);
        const stem = weakFinal ? p.slice(0, -1) : p;
        add(stem + 'ت', 'past');
        add(stem + 'وا', 'past');
      }
      for (const i of (c.imperf ?? []).map(n)) {
        add(i, 'imperf');
        if (i.startsWith('ي')) add('ت' + i.slice(1), 'imperf');
        add(i + 'ون', 'imperf');
      }
      for (const m of (c.part ?? []).map(n)) {
        for (const suf of ['ا', 'ه', 'ين', 'تين']) add(m + suf, 'part');
      }
      for (const x of (c.manner ?? []).map(n)) add(x, 'part');
      for (const x of (c.extra ?? []).map(n)) {
        const kind: CueForm = /^[يت]/.test(x) ? 'imperf' : x.endsWith('ا') || x.endsWith('ين') || x.endsWith('ه') ? 'part' : 'past';
        add(x, kind);
      }
    }
    const cz = cueFile.complementizers;
    const bare = set(cz?.bare, 'complementizers.bare');
    const comps = new Set<string>(bare);
    for (const b of bare) for (const p of set(cz.pronouns, 'complementizers.pronouns')) comps.add(b + p);
    this.complementizers = comps;
    this.prepThen = set(cz.prepThen, 'complementizers.prepThen');
    this.notAfter = set(cz.notAfter, 'complementizers.notAfter');
    this.attributions = (cueFile.attributions?.phrases ?? []).map((p) => p.map(n)).sort((a, b) => b.length - a.length);
    for (const p of this.attributions) {
      // a lone glued preposition would start anywhere (the extractor reads a final ل as glued to the next word)
      if (!p.length || (p.length === 1 && p[0] === 'ل')) {
        throw new RasidError('E_RESOURCE_INVALID', `attribution phrase ${JSON.stringify(p)} needs a word before a glued ل`, { input: `${source}/cues.json`, hint: 'see docs/quotes.md' });
      }
    }
    this.attributionFirst = new Set(this.attributions.map((p) => p[0]!));
    this.statementNouns = set(cueFile.statements?.nouns, 'statements.nouns');
    this.issueVerbs = set(cueFile.statements?.issue, 'statements.issue');
    this.resumptive = set(cueFile.statements?.resumptive, 'statements.resumptive');
    this.homographs = set(cueFile.guards?.homographs ?? [], 'guards.homographs');
    this.linkLineWords = set(cueFile.guards?.linkLine ?? [], 'guards.linkLine');
    this.notHeadlineSpeakers = set(cueFile.guards?.notHeadline ?? [], 'guards.notHeadline');
    this.impersonal = set(cueFile.guards?.impersonal ?? [], 'guards.impersonal');
    this.beforeCue = set(cueFile.guards?.before ?? [], 'guards.before');
    const np = cueFile.guards?.needsPrep;
    this.needsPrep = set(np?.forms ?? [], 'guards.needsPrep.forms');
    this.needsPrepWord = np ? n(np.prep) : '';
    this.needsPrepNotAfter = set(np?.notAfterPrep ?? [], 'guards.needsPrep.notAfterPrep');
    this.shortNouns = set(cueFile.guards?.shortNouns ?? [], 'guards.shortNouns');
    this.notContent = set(cueFile.guards?.notContent ?? [], 'guards.notContent');
    this.onAdverbials = set(cueFile.guards?.onAdverbials ?? [], 'guards.onAdverbials');
    this.nominalEnds = set(cueFile.guards?.nominalEnds ?? [], 'guards.nominalEnds');
    this.nominalEndsNotBefore = set(cueFile.guards?.nominalEndsNotBefore ?? [], 'guards.nominalEndsNotBefore');
    this.nounFrameNotAfter = set(cueFile.guards?.nounFrameNotAfter ?? [], 'guards.nounFrameNotAfter');
    // (feminine forms with ة, normalized ه, are generated for title heads)
    const withFeminine = (xs: Set<string>) => {
      for (const t of [...xs]) if (!t.endsWith('ه') && !t.endsWith('ي')) xs.add(t + 'ه');
      return xs;
    };
    this.titles = withFeminine(set(spk.titles, 'titles'));
    this.sources = set(spk.sources, 'sources');
    this.quantifiers = set(spk.quantifiers, 'quantifiers');
    this.nonAgents = set(spk.nonAgents ?? [], 'nonAgents');
    this.strongContentHeads = set(spk.strongContentHeads ?? [], 'strongContentHeads');
    this.contentHeads = new Set([...set(spk.contentHeads ?? [], 'contentHeads'), ...this.strongContentHeads]);
    this.eponymTitles = set(spk.eponymTitles ?? [], 'eponymTitles');
    this.overTitles = withFeminine(set(spk.overTitles ?? [], 'overTitles'));
    this.vague = set(spk.vague, 'vague');
    this.institutions = set(spk.institutions, 'institutions');
    this.media = set(spk.media, 'media');
    this.settings = set(spk.settings, 'settings');
    this.fillers = set(spk.fillers, 'fillers');
    this.listenerPronouns = set(spk.listenerPronouns ?? [], 'listenerPronouns');
    this.circumstantials = set(spk.circumstantials ?? [], 'circumstantials');
    this.divine = [...set(spk.divine ?? [], 'divine')];
    this.time = set(spk.time, 'time');
    this.stops = set(spk.stops, 'stops');
    const stopSpellings = new Set(spk.stops);
    const stopTitleSpellings = new Map<string, Set<string>>();
    for (const t of spk.titles) {
      if (!/[أإآ]/.test(t) || stopSpellings.has(t) || !this.stops.has(n(t))) continue;
      (stopTitleSpellings.get(n(t)) ?? stopTitleSpellings.set(n(t), new Set()).get(n(t))!).add(t);
    }
    this.stopTitleSpellings = stopTitleSpellings;
    this.pronounSubjects = set(spk.pronounSubjects, 'pronounSubjects');
    this.honorificNouns = set(spk.honorificNouns ?? [], 'honorificNouns');
    this.honorifics = new Map(Object.entries(spk.honorifics ?? {}).map(([h, ts]) => [n(h), { noun: set(ts.slice(0, 1), `honorifics.${h}`), titles: set(ts, `honorifics.${h}`) }]));
    this.nameIntroducers = set(spk.nameIntroducers, 'nameIntroducers');
    this.audiences = set(spk.audiences ?? [], 'audiences');
    this.mentionCues = set(spk.mentionCues, 'mentionCues');
    this.sloganCues = set(spk.sloganCues, 'sloganCues');
    // a participle cue form that is also a title or source noun (متحدثة 'spokeswoman') heads a speaker
    // (only words listed as such: the generated feminine of مشير is not a reason to drop مشيرة)
    const listed = set(spk.titles, 'titles');
    for (const [form, hit] of [...this.cues]) if (hit.form === 'part' && (listed.has(form) || this.sources.has(form))) this.cues.delete(form);
    this.words = new Set([...this.titles, ...this.sources, ...this.quantifiers, ...this.vague, ...this.institutions, ...this.media, ...this.settings, ...this.fillers, ...this.circumstantials, ...this.time, ...this.nameIntroducers]);
  }

  /** The cue a normalized token stands for, trying the token as is and without a leading و/ف. */
  cue(norm: string): CueHit | undefined {
    const hit = this.cues.get(norm);
    if (hit) return hit;
    const c = norm.charCodeAt(0);
    if ((c === 0x0648 || c === 0x0641) && norm.length > 3) return this.cues.get(norm.slice(1));
    return undefined;
  }

  /** Whether a speaker phrase (normalized) is quoted scripture: it starts with one of the `divine` phrases as whole words. */
  isDivine(norm: string): boolean {
    return this.divine.some((d) => norm === d || norm.startsWith(d + ' '));
  }

  /** Number of distinct cue forms (for tests and docs). */
  get cueFormCount(): number {
    return this.cues.size;
  }
}

/** Load data/quotes/cues.json and data/quotes/speakers.json. */
export function loadQuoteLexicon(map: CompiledCharMap = defaultCharMap(), dir = dataPath('quotes')): QuoteLexicon {
  const read = <T>(file: string): T => {
    const p = `${dir}/${file}`;
    let raw: string;
    try {
      raw = readFileSync(p, 'utf8');
    } catch (e) {
      throw new RasidError('E_RESOURCE_MISSING', `cannot read the quotation lexicon ${file}`, { input: p, hint: 'the file ships with Rasid under data/quotes/; restore it from git', cause: e });
    }
    try {
      return JSON.parse(raw) as T;
    } catch (e) {
      throw new RasidError('E_RESOURCE_INVALID', `the quotation lexicon ${file} is not valid JSON: ${(e as Error).message}`, { input: p, hint: 'fix the JSON syntax', cause: e });
    }
  };
  return new QuoteLexicon(read<CueFile>('cues.json'), read<SpeakerFile>('speakers.json'), map, dir);
}
