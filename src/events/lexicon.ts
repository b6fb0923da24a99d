/**
 * The event lexicon: the one loader of data/events/lexicon.json (built by
 * scripts/build-event-lexicon.ts; format in docs/events.md) and its lookup tables. Every word is
 * re-normalized with the pipeline's character map at load time, so the lexicon and the tokens
 * always agree. Lookups see through proclitics (و ف ب ل ك س, ال, لل) and pronoun enclitics.
 */
import { readFileSync } from 'node:fs';
import { RasidError } from '../errors.ts';
import { defaultCharMap, normalize, type CompiledCharMap } from '../text/normalize.ts';
import { dataPath } from '../util/paths.ts';
import { LEXICON_FORMAT_VERSION, type LexiconFile, type Pattern, type PhraseList, type TriggerEntryJSON } from './lexicon-format.ts';

export type Quad = LexiconFile['types'][string]['quad'];

export interface TriggerEntry extends TriggerEntryJSON {
  id: number;
  /** A phrase headed by a verb: its first word has imperfect forms among its alternatives ("(أطلق|يطلق) النار"). */
  verbHeaded?: boolean;
  /**
   * A verb's forms that agree with a plural or dual subject (هاجموا، يهاجمون، يهاجمان، هاجمتم): another form of
   * the entry plus the suffix. Before an explicit subject a verb stays singular, so after these forms the subject
   * is a pronoun and the next noun is the object ("الذين يقتلون 【المصلين】").
   */
  agreeingForms?: ReadonlySet<string>;
}

export interface PatternRef {
  entry: TriggerEntry;
  pattern: Pattern;
}

/** Single-word cue classes (bit flags). */
export const W = {
  TARGET: 1 << 0,
  PARTNER: 1 << 1,
  BETWEEN: 1 << 2,
  QUANT: 1 << 3,
  STOP: 1 << 4,
  PLACE_PREP: 1 << 5,
  PLACE_HEAD: 1 << 6,
  TARGET_HEAD: 1 << 7,
  NEG: 1 << 8,
  NEG_NOUN: 1 << 9,
  DENY: 1 << 10,
  REPORT: 1 << 11,
  REQUESTED: 1 << 12,
  VICTIM_VERB: 1 << 13,
  VICTIM_NOUN: 1 << 14,
  METAPHOR: 1 << 15,
  CONDITIONAL: 1 << 16,
  NATURAL: 1 << 17,
  REFUSE: 1 << 18,
  EXIST: 1 << 19,
  NATURAL_CAUSE: 1 << 20,
} as const;

/** Multi-word cue classes. */
export type PhraseCue = 'planned' | 'hypothetical' | 'sourceMarkers' | 'requested' | 'negation' | 'metaphor';

const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'ه', 'نا', 'كم'];

/**
 * Candidate base forms of a normalized word: itself, then without a conjunction (و ف), a
 * preposition or the future prefix (ب ل ك س), the article (ال, لل → ال) and a pronoun enclitic.
 * The first form is the word itself; callers try them in order.
 */
export function wordBases(w: string, taMarbuta = false): string[] {
  const out: string[] = [w];
  const heads: string[] = [w];
  const c0 = w.charCodeAt(0);
  // و ف on any word of three letters or more (ومن → من، ولم → لم، فقد → قد)
  if (w.length >= 3 && (c0 === 0x648 || c0 === 0x641)) heads.push(w.slice(1));
  for (let k = 0, n = heads.length; k < n; k++) {
    const h = heads[k]!;
    const c = h.charCodeAt(0);
    // ب ل ك س
    if (h.length > 3 && (c === 0x628 || c === 0x644 || c === 0x643 || c === 0x633)) heads.push(h.slice(1));
    // بأي، لأي: a preposition on a two-letter word
    else if (h.length === 3 && (c === 0x628 || c === 0x644) && h.endsWith('اي')) heads.push(h.slice(1));
    if (h.length > 4 && h.startsWith('لل')) heads.push('ال' + h.slice(2));
  }
  for (let k = 0, n = heads.length; k < n; k++) {
    const h = heads[k]!;
    if (h.length > 4 && h.startsWith('ال')) heads.push(h.slice(2));
  }
  // indefinite accusative: هجوما، اتفاقا، اعتصاما
  for (let k = 0, n = heads.length; k < n; k++) {
    const h = heads[k]!;
    // (not after ه: "مصالحها" is مصالح + ها, no accusative of مصالحة, which is written مصالحةً)
    if (h.length > 4 && h.endsWith('ا') && !h.endsWith('ها') && !h.startsWith('ال')) heads.push(h.slice(0, -1));
  }
  for (const h of heads) if (!out.includes(h)) out.push(h);
  for (const h of heads) {
    if (h.startsWith('ال')) continue;
    for (const suf of ENCLITICS) {
      // a final ه that was ة in the text is no pronoun (وزارة ≠ و + زار + ه)
      if (taMarbuta && suf === 'ه') continue;
      if (h.length - suf.length >= 3 && h.endsWith(suf)) {
        const b = h.slice(0, h.length - suf.length);
        if (!out.includes(b)) out.push(b);
        // a final hamza takes a seat before the pronoun (لقاء → لقائه, لقاؤه: normalized لقايه, لقاوه)
        if (b.length >= 4 && (b.endsWith('اي') || b.endsWith('او'))) {
          const hz = b.slice(0, -1) + 'ء';
          if (!out.includes(hz)) out.push(hz);
        }
        if (b.endsWith('ت')) {
          const t = b.slice(0, -1) + 'ه';
          if (!out.includes(t)) out.push(t);
        }
      }
    }
  }
  return out;
}

/** What the event stage knows about one normalized word form (cached per lexicon). */
export interface WordFacts {
  /** Base forms, the word itself first. */
  bases: readonly string[];
  /** The first base with a cue flag, a light verb or a trigger; else the word. */
  base: string;
  flags: number;
  definite: boolean;
  /** Written with an attached conjunction (وال، ولل، وبال). */
  conj: boolean;
  /** Some base starts an instrument or a sector noun. */
  unitCue: boolean;
  /** Some base starts a trigger pattern. */
  trig: boolean;
}

const FLAG_ENCLITICS = ['هما', 'هم', 'ها', 'ه'];
/** Bound of the word cache; cleared when reached (news vocabulary stays far below it). */
const WORD_CACHE_MAX = 300_000;

/** One of a token's base forms is in the set. */
function anyBase(set: ReadonlySet<string>, bases: readonly string[]): boolean {
  return bases.some((b) => set.has(b));
}

/** Cue-flag lookup forms: without a conjunction, the article or an enclitic only (كيري ≠ ك + يري). */
function flagBases(n: string): string[] {
  const heads = [n];
  if (n.length > 3 && (n[0] === 'و' || n[0] === 'ف')) heads.push(n.slice(1));
  const out: string[] = [];
  for (const h of heads) {
    if (h !== n) out.push(h);
    if (h.startsWith('ال') && h.length > 4) out.push(h.slice(2));
    for (const s of FLAG_ENCLITICS) if (h.length - s.length >= 3 && h.endsWith(s)) out.push(h.slice(0, h.length - s.length));
  }
  return out;
}

export class EventLexicon {
  readonly types: LexiconFile['types'];
  readonly cameo: LexiconFile['cameo'];
  readonly entries: TriggerEntry[];
  readonly sourcesHash: string;
  readonly credits: string[];
  /** First word form → trigger patterns that start with it. */
  private readonly firstWord = new Map<string, PatternRef[]>();
  private readonly wordFlags = new Map<string, number>();
  private readonly phraseCues = new Map<string, { cue: PhraseCue; pattern: Pattern }[]>();
  private readonly light = new Map<string, { prep?: string; inverse?: boolean; noun?: boolean; bare?: boolean; retype?: Record<string, string> }>();
  private readonly qualifiers = new Map<string, { cameo: string; types: string[] }[]>();
  private readonly instruments = new Map<string, { pattern: Pattern; sector: string | null; cameo: string }[]>();
  private readonly sectorNounMap = new Map<string, { pattern: Pattern; sector: string; notAfter?: ReadonlySet<string> }[]>();
  readonly metaphorTypes: Set<string>;
  /** Event types a natural-force subject cancels ("الفيضانات دمرت"). */
  readonly naturalTypes: Set<string>;
  /** Prepositions before a force of nature that make it the cause of a victim verb (natural.causePreps: في، جراء، بسبب). */
  readonly naturalCausePreps = new Set<string>();
  /** Facts per normalized word form (and clitic-layer stem), filled on first sight. */
  private readonly words = new Map<string, WordFacts>();
  /** One-word lists (`roles.ownerHeads`, `announceVerbs`, `incidentNouns`, `gatherVerbs`, `chargeVerbs`, `verbalNounHeads`, `thingNouns`, `premisesNouns`, `sports.words`), kept apart from the word flags. */
  private readonly ownerHeads = new Set<string>();
  private readonly announceVerbs = new Set<string>();
  /** Fronted adverbials (`roles.frontedAdverbials`) by their last word. */
  private readonly frontedByLast = new Map<string, string[][]>();
  /** Clause breaks (`roles.clauseBreaks`) by their first word, and the next words that cancel one. */
  private readonly breaksByFirst = new Map<string, string[][]>();
  private readonly breaksNotBefore = new Set<string>();
  private readonly gatherVerbs = new Set<string>();
  private readonly chargeVerbs = new Set<string>();
  private readonly victimsAfter = new Set<string>();
  private readonly thingNouns = new Set<string>();
  private readonly premisesNouns = new Set<string>();
  private readonly verbalNounHeads = new Set<string>();
  private readonly incidentNouns = new Set<string>();
  private readonly honorificTitles = new Set<string>();
  private readonly againstNouns = new Set<string>();
  private readonly loyalForces = new Set<string>();
  private readonly venueNouns = new Set<string>();
  private readonly topicHeads = new Set<string>();
  private readonly topicPreps = new Set<string>();
  private readonly attributionWords = new Set<string>();
  private readonly timeSpanWords = new Set<string>();
  private readonly timeSpanPreps = new Set<string>();
  private readonly conformityWords = new Set<string>();
  private readonly reportNouns = new Set<string>();
  private readonly patronWords = new Set<string>();
  private readonly platforms = new Set<string>();
  private readonly groupAppositions = new Set<string>();
  private readonly adverbialPreps = new Set<string>();
  private readonly occasionPreps = new Set<string>();
  private readonly affiliationPreps = new Set<string>();
  private readonly planterVerbs = new Set<string>();
  private readonly arrivalVerbs = new Set<string>();
  private readonly carrierWords = new Set<string>();
  private readonly loyalWords = new Set<string>();
  private readonly sportsWords = new Set<string>();
  /** `sports.sentence` / `sports.document`: how many sports words make a sentence or a document a sports report (0: off). */
  readonly sportsSentence: number;
  readonly sportsDocument: number;

  /** The one-word forms of the curated verb triggers (normalized: هاجم، يشيد، تنتقد), for stages that must not read a verb as a name. */
  verbForms(): Set<string> {
    const out = new Set<string>();
    for (const e of this.entries) if (e.pos === 'verb' && e.source !== 'upa') for (const p of e.patterns) if (p.length === 1) for (const f of p[0]!) out.add(f);
    return out;
  }

  constructor(file: LexiconFile, map: CompiledCharMap = defaultCharMap()) {
    const n = (s: string) => normalize(s, map);
    const np = (p: Pattern): Pattern => p.map((alts) => alts.map(n));
    this.types = file.types;
    this.cameo = file.cameo;
    this.sourcesHash = file.sourcesHash;
    this.credits = file.credits;
    this.entries = file.triggers.map((t, id) => ({ ...t, id, args: t.args.map((a) => (a === 'obj' ? a : n(a))), notAfter: t.notAfter?.map(n), notBefore: t.notBefore?.map(n), near: t.near?.map(n), notNear: t.notNear?.map(n), cue: t.cue?.map(n), notPersonObj: t.notPersonObj?.map(n), notCue: t.notCue?.map(n) }));
    for (const e of this.entries) {
      // (UniversalPetrarch facts are verb + object: their first word is always a verb)
      if (e.pos === 'phrase') e.verbHeaded = e.source === 'upa' || e.patterns.some((p) => p[0]!.some((a) => /^[يت]/.test(a)));
      if (e.pos === 'verb') {
        const forms = new Set(e.patterns.filter((p) => p.length === 1).flatMap((p) => p[0]!.map(n)));
        const agreeing = [...forms].filter((f) => /(?:وا|ون|ان|تم)$/.test(f) && forms.has(f.slice(0, -2)));
        if (agreeing.length) e.agreeingForms = new Set(agreeing);
      }
      for (const p0 of e.patterns) {
        const pattern = np(p0);
        for (const f of pattern[0]!) push(this.firstWord, f, { entry: e, pattern });
      }
    }
    const cues = file.cues;
    const flag = (list: PhraseList, bit: number) => {
      for (const words of list) if (words.length === 1) this.wordFlags.set(n(words[0]!), (this.wordFlags.get(n(words[0]!)) ?? 0) | bit);
    };
    const phrases = (cue: PhraseCue, list: PhraseList) => {
      for (const words of list) {
        const pat: Pattern = words.map((w) => [n(w)]);
        push(this.phraseCues, pat[0]![0]!, { cue, pattern: pat });
      }
    };
    flag(cues.roles.target, W.TARGET);
    flag(cues.roles.partner, W.PARTNER);
    flag(cues.roles.between, W.BETWEEN);
    flag(cues.roles.quantifiers, W.QUANT);
    flag(cues.roles.stops, W.STOP);
    flag(cues.roles.placePreps, W.PLACE_PREP);
    flag(cues.roles.placeHeads, W.PLACE_HEAD);
    flag(cues.roles.targetHeads, W.TARGET_HEAD);
    // (apart from the word flags, which other rules read as "not a plain word")
    const oneWords = (list: PhraseList | undefined, into: Set<string>) => {
      for (const words of list ?? []) if (words.length === 1) into.add(n(words[0]!));
    };
    oneWords(cues.roles.ownerHeads, this.ownerHeads);
    oneWords(cues.roles.announceVerbs, this.announceVerbs);
    for (const words of cues.roles.frontedAdverbials ?? []) push(this.frontedByLast, n(words[words.length - 1]!), words.map(n));
    for (const words of cues.roles.clauseBreaks ?? []) push(this.breaksByFirst, n(words[0]!), words.map(n));
    oneWords(cues.roles.clauseBreaksNotBefore, this.breaksNotBefore);
    oneWords(cues.roles.incidentNouns, this.incidentNouns);
    oneWords(cues.roles.honorificTitles, this.honorificTitles);
    oneWords(cues.roles.againstNouns, this.againstNouns);
    oneWords(cues.roles.loyalForces, this.loyalForces);
    oneWords(cues.roles.venueNouns, this.venueNouns);
    oneWords(cues.roles.topicHeads, this.topicHeads);
    oneWords(cues.roles.topicPreps, this.topicPreps);
    oneWords(cues.roles.attributionWords, this.attributionWords);
    oneWords(cues.roles.timeSpanWords, this.timeSpanWords);
    oneWords(cues.roles.timeSpanPreps, this.timeSpanPreps);
    oneWords(cues.roles.conformityWords, this.conformityWords);
    oneWords(cues.roles.reportNouns, this.reportNouns);
    oneWords(cues.roles.patronWords, this.patronWords);
    oneWords(cues.roles.groupAppositions, this.groupAppositions);
    oneWords(cues.roles.adverbialPreps, this.adverbialPreps);
    oneWords(cues.roles.occasionPreps, this.occasionPreps);
    oneWords(cues.roles.affiliationPreps, this.affiliationPreps);
    oneWords(cues.roles.planterVerbs, this.planterVerbs);
    oneWords(cues.roles.arrivalVerbs, this.arrivalVerbs);
    oneWords(cues.roles.carrierWords, this.carrierWords);
    for (const words of cues.roles.platforms ?? []) this.platforms.add(words.map(n).join(' '));
    oneWords(cues.roles.loyalWords, this.loyalWords);
    oneWords(cues.roles.gatherVerbs, this.gatherVerbs);
    oneWords(cues.roles.chargeVerbs, this.chargeVerbs);
    oneWords(cues.victims.after, this.victimsAfter);
    oneWords(cues.roles.thingNouns, this.thingNouns);
    oneWords(cues.roles.premisesNouns, this.premisesNouns);
    oneWords(cues.roles.verbalNounHeads, this.verbalNounHeads);
    flag(cues.modes.negation, W.NEG);
    flag(cues.modes.negationNouns, W.NEG_NOUN);
    flag(cues.modes.denyVerbs, W.DENY);
    flag(cues.modes.refusal ?? [], W.REFUSE);
    flag(cues.modes.existential ?? [], W.EXIST);
    flag(cues.reporting.deny, W.DENY);
    flag(cues.reporting.assert, W.REPORT);
    flag(cues.modes.requested, W.REQUESTED);
    flag(cues.modes.conditional, W.CONDITIONAL);
    flag(cues.victims.verbs, W.VICTIM_VERB);
    flag(cues.victims.nouns, W.VICTIM_NOUN);
    flag(cues.metaphor.words, W.METAPHOR);
    phrases('planned', cues.modes.planned);
    phrases('hypothetical', cues.modes.hypothetical);
    phrases('requested', cues.modes.requested);
    phrases('sourceMarkers', cues.roles.sourceMarkers);
    phrases('metaphor', cues.metaphor.words);
    this.metaphorTypes = new Set(cues.metaphor.types);
    if (cues.natural) flag(cues.natural.words, W.NATURAL);
    if (cues.natural?.causes) flag(cues.natural.causes, W.NATURAL_CAUSE);
    this.naturalTypes = new Set(cues.natural?.types ?? []);
    oneWords(cues.natural?.causePreps, this.naturalCausePreps);
    oneWords(cues.sports?.words, this.sportsWords);
    this.sportsSentence = cues.sports?.sentence ?? 0;
    this.sportsDocument = cues.sports?.document ?? 0;
    for (const l of cues.lightVerbs) for (const f of l.forms) this.light.set(n(f), { prep: l.prep ? n(l.prep) : undefined, inverse: l.inverse, noun: l.noun, bare: l.bare, retype: l.retype });
    for (const q of cues.qualifiers) for (const w of q.words) push(this.qualifiers, n(w), { cameo: q.cameo, types: q.types });
    for (const sn of cues.sectorNouns ?? []) {
      for (const words of sn.forms) {
        const pat: Pattern = words.map((w) => [n(w)]);
        push(this.sectorNounMap, pat[0]![0]!, { pattern: pat, sector: sn.sector, ...(sn.notAfter ? { notAfter: new Set(sn.notAfter.map((w) => n(w.join(' ')))) } : {}) });
      }
    }
    for (const ins of cues.instruments) {
      for (const words of ins.forms) {
        const pat: Pattern = words.map((w) => [n(w)]);
        push(this.instruments, pat[0]![0]!, { pattern: pat, sector: ins.sector, cameo: ins.cameo });
      }
    }
  }

  /**
   * Facts of a normalized word form (computed on first sight, then cached). `taMarbuta`: the
   * written word ends in ة, which normalization folds into ه; such an ه is not a pronoun.
   */
  wordFacts(norm: string, taMarbuta = false): WordFacts {
    const key = taMarbuta ? norm + '\u0629' : norm;
    let f = this.words.get(key);
    if (!f) {
      if (this.words.size >= WORD_CACHE_MAX) this.words.clear();
      f = this.computeFacts(norm, taMarbuta);
      this.words.set(key, f);
    }
    return f;
  }

  private computeFacts(n: string, taMarbuta: boolean): WordFacts {
    let bases = wordBases(n, taMarbuta);
    const definite = n.startsWith('ال') || n.startsWith('لل') || n.startsWith('وال') || n.startsWith('بال') || n.startsWith('فال') || n.startsWith('كال') || n.startsWith('وبال') || n.startsWith('ولل');
    // A finite verb never takes the article: الطالب is "the student", not طالب "he demanded";
    // الفرق is "the teams", not فرق "he dispersed". Verbal nouns of the patterns تفاعل and
    // تفعلل are spelled like their past verbs (التفاوض، التوافق، التجمهر) and keep the verb's
    // triggers.
    if (definite) bases = bases.filter((b, k) => k === 0 || b.startsWith('ال') || (b.length >= 5 && b[0] === 'ت') || !this.onlyVerbs(b));
    let flags = this.flags(n);
    let base = n;
    if (!flags) {
      for (const b of flagBases(n)) {
        const f = this.flags(b);
        if (f) {
          flags = f;
          base = b;
          break;
        }
      }
    }
    if (base === n && !this.lightVerb(n) && !this.triggersAt(n)) {
      for (let k = 1; k < bases.length; k++) {
        if (this.lightVerb(bases[k]!) || this.triggersAt(bases[k]!)) {
          base = bases[k]!;
          break;
        }
      }
    }
    const conj = n.startsWith('وال') || n.startsWith('ولل') || n.startsWith('وبال');
    let unitCue = false;
    let trig = false;
    for (const b of bases) {
      if (this.instruments.has(b) || this.sectorNounMap.has(b)) unitCue = true;
      if (this.firstWord.has(b)) trig = true;
    }
    return { bases, base, flags, definite, conj, unitCue, trig };
  }

  /** Is `base` in the lexicon only as the first word of verb triggers (no other role)? */
  private onlyVerbs(base: string): boolean {
    const refs = this.firstWord.get(base);
    if (!refs || this.light.has(base) || this.instruments.has(base) || this.sectorNounMap.has(base)) return false;
    return refs.every((r) => r.entry.pos === 'verb');
  }

  /** Trigger patterns whose first word is `base`. */
  triggersAt(base: string): PatternRef[] | undefined {
    return this.firstWord.get(base);
  }

  flags(base: string): number {
    return this.wordFlags.get(base) ?? 0;
  }

  phrasesAt(base: string): { cue: PhraseCue; pattern: Pattern }[] | undefined {
    return this.phraseCues.get(base);
  }

  /** A body named before its owner with ل (الأمانة العامة لـ، المكتب الإعلامي لـ): one of the token's base forms. */
  ownerHead(bases: readonly string[]): boolean {
    return anyBase(this.ownerHeads, bases);
  }

  /** A word of sports reports (مباراة، لاعب، المنتخب): one of the token's base forms. */
  sportsWord(bases: readonly string[]): boolean {
    return anyBase(this.sportsWords, bases);
  }

  /** An honorific or rank between a title and a name (الدكتور، الشيخ، اللواء): one of the token's base forms. */
  honorificTitle(bases: readonly string[]): boolean {
    return anyBase(this.honorificTitles, bases);
  }

  /** A head of a topic (`roles.topicHeads`: تداعيات، مستجدات، ملف): an event noun after it is talked about, not told. */
  topicHead(norm: string): boolean {
    return this.topicHeads.has(norm) || (/^[وف]/.test(norm) && this.topicHeads.has(norm.slice(1)));
  }

  /**
   * Whether the word `norm`, followed by the word `next`, opens an attribution: one of `roles.attributionWords` (بحسب، حسب،
   * نقلا), or one of `conformityWords` (وفق، وفقا) before one of `reportNouns` with ل or the article or not ("وفق حصيلة"، "وفقا لبيان");
   * with و / ف or not.
   */
  opensAttribution(norm: string, next: string | undefined): boolean {
    // (فحسب / وحسب is "only", not an attribution: "دعمها السياسي 【فحسب】 دون تقديم أسلحة إلى المعارضة")
    if (norm === 'فحسب' || norm === 'وحسب') return false;
    const w = this.attributionWords.has(norm) || this.conformityWords.has(norm) ? norm : /^[وف]/.test(norm) ? norm.slice(1) : norm;
    if (this.attributionWords.has(w)) return true;
    if (!this.conformityWords.has(w) || next === undefined) return false;
    // (the report noun with or without ل and the article: "وفق حصيلة"، "وفق الحصيلة"، "وفقا لبيان"، "وفقا للبيان")
    const core = next.startsWith('لل') ? next.slice(2) : next.startsWith('ل') ? next.slice(1) : next.startsWith('ال') ? next.slice(2) : next;
    return this.reportNouns.has(next) || this.reportNouns.has(core);
  }

  /** Whether `norm` is a noun or adjective of an unresolved span of time (`roles.timeSpanWords`: الساعات، الماضية). */
  timeSpanWord(norm: string): boolean {
    return this.timeSpanWords.has(norm);
  }

  /** Whether `norm` is a preposition that opens a span of time (`roles.timeSpanPreps`: خلال، طوال). */
  timeSpanPrep(norm: string): boolean {
    return this.timeSpanPreps.has(norm);
  }

  /** A preposition of a topic (`roles.topicPreps`: بشأن، حول), with و / ف or not: the group after it is no party. */
  topicPrep(norm: string): boolean {
    return this.topicPreps.has(norm) || (/^[وف]/.test(norm) && this.topicPreps.has(norm.slice(1)));
  }

  /** A noun of a meeting, a document or a paper that a capital after it names (`roles.venueNouns`: مؤتمر، إعلان، صحيفة);
   * the word itself or without و / ف. */
  venueNoun(norm: string): boolean {
    return this.venueNouns.has(norm) || (/^[وف]/.test(norm) && this.venueNouns.has(norm.slice(1)));
  }

  /**
   * A word of backing before its patron (`roles.patronWords`: مؤيدون، المدعومة), or, with `country` (a patron that is a
   * country, not its government or leader), of loyalty (`roles.loyalWords`: موالون): the patron's country is not the
   * backed group's ("انفصاليون مؤيدون لروسيا", "المتمردون الموالون لروسيا"; but "القوات الموالية للحكومة اليمنية" are Yemen's).
   */
  patronWord(norm: string, country = false): boolean {
    const n = /^[وف]/.test(norm) && !this.patronWords.has(norm) && !this.loyalWords.has(norm) ? norm.slice(1) : norm;
    return this.patronWords.has(n) || (country && this.loyalWords.has(n));
  }

  /** A patron word right before a phrase or before its من: `prev1` and `prev2` are the normalized words one and two
   * tokens before it (undefined when not a word). */
  patronBefore(prev1: string | undefined, prev2: string | undefined, country: boolean): boolean {
    return (prev1 !== undefined && this.patronWord(prev1, country)) || (prev1 === 'من' && prev2 !== undefined && this.patronWord(prev2, country));
  }

  /** A social platform (`roles.platforms`), by its normalized words joined with spaces, with or without a proclitic. */
  platform(norm: string): boolean {
    return this.platforms.has(norm) || this.platforms.has(norm.replace(/^[وفبل]/, ''));
  }

  /** A noun of a group's apposition naming its parent (`roles.groupAppositions`: ذراع، جناح، فرع). */
  groupApposition(bases: readonly string[]): boolean {
    return anyBase(this.groupAppositions, bases);
  }

  /** A preposition of route or time (`roles.adverbialPreps`: عبر، خلال، منذ، عشية), by its normalized form. */
  adverbialPrep(norm: string): boolean {
    return this.adverbialPreps.has(norm);
  }

  /** A preposition of the occasion of an act (`roles.occasionPreps`: خلال، لدى، عقب), by its normalized form. */
  occasionPrep(norm: string): boolean {
    return this.occasionPreps.has(norm);
  }

  /** A preposition of a title's place or body (`roles.affiliationPreps`: في، لدى), by its normalized form. */
  affiliationPrep(norm: string): boolean {
    return this.affiliationPreps.has(norm);
  }

  /** A verb naming who drove or planted an explosive (`roles.planterVerbs`: يقودها، زرعها), by its normalized form. */
  planterVerb(norm: string): boolean {
    return this.planterVerbs.has(norm);
  }

  /** A word of carrying (`roles.carrierWords`: تحمل، محملة), by its normalized form. */
  carrierWord(norm: string): boolean {
    return this.carrierWords.has(norm);
  }

  /** A verb of arriving (`roles.arrivalVerbs`: وصلت، حطت، رست), by its normalized form without و / ف. */
  arrivalVerb(norm: string): boolean {
    return this.arrivalVerbs.has(norm) || (/^[وف]/.test(norm) && this.arrivalVerbs.has(norm.slice(1)));
  }

  /** A word of armed forces that "الموالية ل X" makes X's military (`roles.loyalForces`: القوات، الجيش، الوحدات). */
  loyalForce(bases: readonly string[]): boolean {
    return anyBase(this.loyalForces, bases);
  }

  /** A verbal noun of fighting or countering (`roles.againstNouns`: مكافحة، التصدي، ضد): one of the token's base forms. */
  againstNoun(bases: readonly string[]): boolean {
    return anyBase(this.againstNouns, bases);
  }

  /** A noun of an incident (حادث، واقعة، جريمة): one of the token's base forms. */
  incidentNoun(bases: readonly string[]): boolean {
    return anyBase(this.incidentNouns, bases);
  }

  /** A sector noun that names a building, place or vehicle, which never acts (مدرسة، مسجد، سوق، منزل). */
  thingNoun(bases: readonly string[]): boolean {
    return anyBase(this.thingNouns, bases);
  }
  /** A noun of an actor's premises (سفارة، قنصلية، مقر), which speaks for it but never attacks. */
  premisesNoun(bases: readonly string[]): boolean {
    return anyBase(this.premisesNouns, bases);
  }
  /** A noun after which a verb form is its verbal noun in construct (جريمة قتل، قضية قتل، محاولة اغتيال). */
  verbalNounHead(bases: readonly string[]): boolean {
    return anyBase(this.verbalNounHeads, bases);
  }
  /** A verb of accusing whose charge follows with ب (اتهم، يتهم): without an object before the charge it is passive. */
  chargeVerb(bases: readonly string[]): boolean {
    return anyBase(this.chargeVerbs, bases);
  }
  /** A word right after a victim verb's people that leaves the verb no object (في، برصاص، عندما): the people are its victims. */
  victimAfter(norm: string): boolean {
    return this.victimsAfter.has(norm);
  }
  /** A verb naming a meeting's parties after the meeting noun (جمع، جمعت، يجمع). */
  gatherVerb(bases: readonly string[]): boolean {
    return anyBase(this.gatherVerbs, bases);
  }
  /** A verb of announcing (أعلن، تعلن): one of the token's base forms. */
  /**
   * The number of tokens of a clause break (`roles.clauseBreaks`) starting at token i of `norms` (its first word may
   * carry و / ف), or 0; a next word of `clauseBreaksNotBefore` cancels it ("فيما يتعلق").
   */
  clauseBreakAt(norms: (i: number) => string | undefined, i: number): number {
    let first = norms(i);
    if (!first) return 0;
    let lists = this.breaksByFirst.get(first);
    if (!lists && /^[وف]/.test(first)) lists = this.breaksByFirst.get((first = first.slice(1)));
    if (!lists) return 0;
    let best = 0;
    for (const words of lists) {
      let ok = words.length > best;
      for (let k = 1; k < words.length && ok; k++) ok = norms(i + k) === words[k];
      if (ok) best = words.length;
    }
    if (!best) return 0;
    const next = norms(i + best);
    return next && this.breaksNotBefore.has(next) ? 0 : best;
  }

  /** The fronted adverbials (word lists, normalized) whose last word is `norm`. */
  frontedEndingWith(norm: string): readonly string[][] | undefined {
    return this.frontedByLast.get(norm);
  }

  announceVerb(bases: readonly string[]): boolean {
    return anyBase(this.announceVerbs, bases);
  }

  lightVerb(base: string): { prep?: string; inverse?: boolean; noun?: boolean; bare?: boolean; retype?: Record<string, string> } | undefined {
    return this.light.get(base);
  }

  qualifier(base: string): { cameo: string; types: string[] }[] | undefined {
    return this.qualifiers.get(base);
  }

  instrumentsAt(base: string): { pattern: Pattern; sector: string | null; cameo: string }[] | undefined {
    return this.instruments.get(base);
  }

  /** Sector nouns (people or things of one sector) whose first word is `base`, longest first. */
  sectorNounsAt(base: string): { pattern: Pattern; sector: string; notAfter?: ReadonlySet<string> }[] | undefined {
    return this.sectorNounMap.get(base);
  }

  quadOf(type: string): Quad | undefined {
    return this.types[type]?.quad;
  }

  /** Goldstein value of a CAMEO code (its own, or its parent's). */
  goldstein(code: string | undefined): number | undefined {
    if (!code) return undefined;
    for (let k = code.length; k >= 2; k--) {
      const c = this.cameo[code.slice(0, k)] ?? this.cameo[code.slice(0, k) + '0'];
      if (c) return c.goldstein;
    }
    return undefined;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** Load data/events/lexicon.json (or another file in the same format). */
export function loadEventLexicon(map: CompiledCharMap = defaultCharMap(), file = dataPath('events', 'lexicon.json')): EventLexicon {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new RasidError('E_RESOURCE_MISSING', 'the event lexicon is missing', { input: file, hint: 'rebuild it: node --import tsx scripts/build-event-lexicon.ts' });
  }
  let parsed: LexiconFile;
  try {
    parsed = JSON.parse(raw) as LexiconFile;
  } catch (e) {
    throw new RasidError('E_RESOURCE_INVALID', `the event lexicon is not valid JSON: ${(e as Error).message}`, { input: file, hint: 'rebuild it: node --import tsx scripts/build-event-lexicon.ts' });
  }
  if (parsed.format !== LEXICON_FORMAT_VERSION || !Array.isArray(parsed.triggers) || !parsed.cues || !parsed.types) {
    throw new RasidError('E_RESOURCE_INVALID', `the event lexicon has format ${String(parsed.format)}, expected ${LEXICON_FORMAT_VERSION}`, {
      input: file,
      hint: 'rebuild it: node --import tsx scripts/build-event-lexicon.ts',
    });
  }
  return new EventLexicon(parsed, map);
}
