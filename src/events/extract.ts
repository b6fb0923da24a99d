/**
 * Event extraction: triggers over tokens, then per trigger its predicate (a light verb that governs
 * it, or the verb itself), source, target, location, date, instrument, mode and the claim that
 * reports it. Works with whatever earlier layers exist: actor mentions, titles, entities, dates,
 * quotes and sentences are used when present.
 */
import { partitionPoint } from '../util/search.ts';
import type { RasidDocument } from '../doc/document.ts';
import type { Claim, EventMode, Quote, SpeakerRef } from '../doc/types.ts';
import type { EventLexicon, PatternRef, TriggerEntry } from './lexicon.ts';
import { W } from './lexicon.ts';
import { agentActor } from '../actors/kb.ts';
import { DERIVED_VERBAL_NOUN } from '../text/word-shapes.ts';
import { lastBaseLetter } from '../text/normalize.ts';
import { procliticPrep, tokenInfo, type TokenInfo } from './tokens.ts';
import { buildGroups, buildUnits, closingQuoteAt, eventMentions, soundPlural, unitPrep, type Group } from './units.ts';

export interface TriggerHit {
  i: number;
  /** One past the last token. */
  end: number;
  entry: TriggerEntry;
}

/** One event mention, before merging. */
export interface Mention {
  hit: TriggerHit;
  sentence: number;
  /** The predicate token: a governing light verb, or the trigger itself. */
  pred: number;
  type: string;
  cameo?: string;
  mode: EventMode;
  source: Group | null;
  target: Group | null;
  sourceInferred?: boolean;
  targetInferred?: boolean;
  /** The source was named after "بقيادة" / "التي تقودها": a state leading a coalition or force (its military). */
  sourceLed?: boolean;
  /** The genitive or nisba right after a noun trigger, when there is one. */
  genitive?: Group | null;
  location: Group | null;
  /** The place named nearest in the sentence (the location when there is one): the country of sector-only agents. */
  placeHint?: Group | null;
  /** With no place named: the country of the nearest actor of the sentence that has one (شركة فسفاط قفصة → TUN). */
  countryHint?: string | null;
  /** An attack with no target in a sentence that reports victims without naming them: its target is the civilians of its country. */
  unnamedVictims?: boolean;
  /** The verb agrees with a plural or dual subject, which is therefore a pronoun: its referent comes before the verb. */
  pronounSubject?: boolean;
  /** The verb's subject is the pronoun of إنه / أنها … that opens a quotation and agrees with its verb of saying: the speaker. */
  speakerSubject?: boolean;
  /** A passive verb (its agent after على يد / من قبل) whose one acted upon, before it, names no actor: none is guessed. */
  undergoerUnnamed?: boolean;
  /** The verb's object is people counted with no side named ("اعتقلت 16 آخرين"): the people of the country where it happens. */
  unnamedObject?: boolean;
  date?: { start: number; end: number; text: string; value: string };
  instrument?: { start: number; end: number; text: string };
  claim: Claim;
  evidence: { start: number; end: number; text: string };
}

export interface SentenceSpan {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
}

function sameActors(a: Group, b: Group): boolean {
  const key = (g: Group) => g.units.map((u) => u.actor?.code ?? '').sort().join('+');
  return key(a) === key(b);
}

/** A group whose units all name one person (a title and the name in apposition: "الرئيس الفلسطيني، محمود عباس"). */
function samePerson(g: Group): boolean {
  const first = g.units[0]!.actor;
  return !!first && first.kind === 'person' && g.units.every((u) => u.actor?.id === first.id);
}

/** Prepositions of place before the people or building an attack hit (normalized). */
const NEAR = new Set(['قرب', 'وسط', 'داخل', 'امام', 'بجوار', 'عند', 'في', 'بالقرب']);
/** Verbs of carrying after a vehicle (normalized): سيارة تقل / كانت تقل / تنقل. */
const CARRY = new Set(['تقل', 'يقل', 'تنقل', 'ينقل', 'تقلان', 'كانت تقل']);
/** Complementizers (normalized) that open a reported clause. */
const COMPLEMENTIZERS: ReadonlySet<string> = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'بانهم']);

/** Past forms of كان (normalized): a new clause after an object. */
const COPULAS: ReadonlySet<string> = new Set(['كان', 'كانت', 'كانوا', 'كانا', 'كانتا']);

/** Last words of the source markers of leadership (normalized): بقيادة، التي تقودها، الذي يقوده. */
const LEAD_WORDS = new Set(['بقياده', 'تقودها', 'يقوده', 'يقودها', 'تقوده']);
const ARMED_SECTORS = new Set(['MIL', 'COP', 'REB', 'SPY', 'UAF']);
/** Armed sectors whose people named alone may fight themselves (leaders of armed groups, agents); police and army people attack in words. */
const IRREGULAR_ARMED_SECTORS = new Set(['REB', 'SPY', 'UAF']);
/** Sectors of civilian life, whose actors report attacks and arrests but do not carry them out (civilianGroup). */
const CIVILIAN_SECTORS = new Set(['BUS', 'MED', 'CVL', 'EDU', 'HLH', 'REL', 'NGO']);
/** Sectors of titles (الوزير، النائب، الصحفي، الداعية) and of bodies (الحكومة، البرلمان) that "attack" in words (unarmedAgent). */
const VERBAL_OFFICE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'OPP', 'PTY', 'MED', 'REL', 'EDU', 'IGO']);
const VERBAL_BODY_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MED', 'IGO']);
const HAMZA = /[\u0621-\u0626]/;
/** Nouns that count the dead or wounded after a victim noun (قتلى، قتيلا، جرحى، مصابين، ضحايا، شهداء). */
const CASUALTY_NOUN = /^(?:قتلي|قتيل|قتيلا|قتيلين|قتيلان|جرحي|جريح|جريحا|مصابين|مصابا|ضحايا|ضحيه|شهداء|شهيد|شهيدا)$/;
/** The trigger carries the ل of purpose (لدعم، لإغاثة; not a word of its own that begins with ل). */
function purposeLam(t: TokenInfo): boolean {
  return /^[وف]?ل[^ل]/.test(t.norm) && t.base !== t.norm && !t.base.startsWith('ل');
}

/** "تابعة", "التابعة", "تابعين": a unit belonging to the owner named after it with ل. */
const OWNED_BY = /^(?:ال)?تابع(?:ه|ين|ون|ان)?$/;
/** Relative pronouns (normalized). */
/** Free-standing prepositions that introduce a group (a group after one is no subject). */
const PREPOSITIONS = new Set(['من', 'الى', 'عن', 'في', 'ب', 'ل', 'قبل', 'لدي']);
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذان', 'اللتان', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);
/**
 * Whether the proclitics written before a verb form are possible on a verb: و / ف, the future س and
 * the subjunctive ل before an imperfect (سيهاجم، ليهاجم); not ب / ك, nor ل / س before a past form
 * ("لهاتف" is ل + the noun هاتف, "بحث" is the verb itself).
 */
function verbProclitics(norm: string, base: string): boolean {
  let w = norm;
  if (w.startsWith(base)) return true;
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > base.length) w = w.slice(1);
  if (w.startsWith(base)) return true;
  const pre = w[0]!;
  if (!w.startsWith(base, 1)) return true;
  if (pre === 'ب' || pre === 'ك') return false;
  if (pre === 'ل' || pre === 'س') return /^[يتن]/.test(base);
  return true;
}

/** A verb written with an object pronoun (تدعمهم، أطلقها، واتهمته): its subject comes after it. */
function objectPronounAt(info: readonly TokenInfo[], k: number): boolean {
  const t = info[k]!;
  return t.norm !== t.base && /(?:ها|هما|هم|هن|ه)$/.test(t.norm) && !t.base.endsWith(t.norm.slice(-2));
}

/** Whether token k carries the conjunction و / ف: by the clitic analysis, or, for a verb or light verb the text layer
 * left whole ("وشنّ"), by a base without it that is a trigger or light verb while the whole word is none. */
function conjOn(info: readonly TokenInfo[], k: number, lex: EventLexicon): boolean {
  const t = info[k]!;
  if (t.conjAttached) return true;
  const rest = t.norm.slice(1);
  const known = (w: string) => !!lex.lightVerb(w) || !!lex.triggersAt(w);
  return /^[وف]/.test(t.norm) && rest.length >= 2 && t.bases.includes(rest) && known(rest) && !known(t.norm);
}

/**
 * Whether a light verb joined by و at token p is rather the verbal noun of its spelling, coordinated with a noun before
 * it: the word before ends in ة or a pronoun ("ومحاسبتها 【وفرض】 عقوبات", "بمخاطبة 【وعقد】 لقاءات"), or its event noun
 * at `noun` carries a possessive pronoun ("بعد مطاردة أميركا له، 【وشن】 غاراتها").
 */
function nounCoordinated(info: readonly TokenInfo[], p: number, noun: number): boolean {
  const before = info[p - 1];
  if (before?.word && /(?:ه|ها|هم|هما)$/.test(before.norm)) return true;
  return noun === p + 1 && /(?:ه|ها|هم|هما)$/.test(info[noun]!.norm) && info[noun]!.base !== info[noun]!.norm;
}

/** Whether token p is a light verb that is a verb, not a verbal noun of the lexicon (شن، نفذ; not تنفيذ). */
function verbalLightVerb(info: readonly TokenInfo[], p: number, lex: EventLexicon): boolean {
  return info[p]!.bases.some((b) => {
    const lv = lex.lightVerb(b);
    return !!lv && !lv.noun;
  });
}

/**
 * Whether a verb form can agree with the relative pronoun before it as its subject: "التي" takes a feminine form
 * (تستهدف، استهدفت), "الذي" a masculine one (يستهدف، استهدف), "الذين" a plural one. A verb whose stem begins with ت
 * ("تظاهر") counts as feminine only when the entry also has the form with ي.
 */
function relativeAgrees(rel: string, form: string, e: TriggerEntry, plural: boolean): boolean {
  const forms = e.patterns.filter((p) => p.length === 1).flatMap((p) => p[0]!);
  const feminine = (form.startsWith('ت') && forms.includes('ي' + form.slice(1))) || (form.endsWith('ت') && forms.includes(form.slice(0, -1)));
  const masculine = !feminine && !plural && (form.startsWith('ي') || !/[تا]$/.test(form));
  if (rel === 'التي') return feminine;
  if (rel === 'الذي') return masculine;
  if (rel === 'الذين') return plural;
  return true;
}

/** A nominative plural (ـون) noun at k: the subject of the verb before it ("ينتقد بعض المتطرفون"). */
function nominativePluralAt(info: readonly TokenInfo[], k: number): boolean {
  const t = info[k];
  return !!t && t.word && !t.trigger && t.norm.length > 4 && t.norm.endsWith('ون') && !/^[وف]?[يت]/.test(t.norm.replace(/^ال/, ''));
}

/**
 * A group that opens with a definite sound masculine plural in the oblique case (المتطرفين، المواطنين، الحوثيين): at
 * least three letters between the article and ـين, and no name of a place, person or body (البحرين، الحسين، الكرملين).
 */
function obliquePluralAt(info: readonly TokenInfo[], g: Group): boolean {
  const t = info[g.tokenStart]!;
  const w = t.norm.replace(/^[وف]?(?:ب|ل|ك)?/, '');
  if (!t.definite || !/^(?:ال|ل)\S{3,}ين$/.test(w)) return false;
  const u = g.units[0];
  const a = u?.actor;
  // (a country by its people's nisba is such a plural, "الفلسطينيين", and so are generic agents and armed groups,
  // "المواطنين", "الحوثيين"; a body's name is no plural: "الكرملين")
  return !a || !!u?.nisba || !!u?.head || a.kind === 'agent' || a.kind === 'title' || a.kind === 'armed_group';
}

/** An indefinite dual or sound plural in ـين of people (جنديين، شرطيين، مسلحين): the accusative, an object, not a subject. */
function obliqueIndefinite(info: readonly TokenInfo[], g: Group): boolean {
  const t = info[g.tokenStart]!;
  const u = g.units[0]!;
  return !t.definite && /^\S{3,}ين$/.test(t.norm.replace(/^[وف]/, '')) && !u.place && u.actor?.kind !== 'country' && u.actor?.kind !== 'person';
}

/** A group with an instrument, an armed sector or an armed group among its units. */
function armedGroup(g: Group | null | undefined): boolean {
  return !!g && g.units.some((u) => u.instrument || (!!u.actor && (ARMED_SECTORS.has(u.actor.sector ?? '') || u.actor.kind === 'armed_group')));
}

/** إن / أن (also with ب or ل) carrying a subject pronoun, normalized: the pronoun's person ("m", "f", "pl"). */
const PRONOUN_COMP = /^(?:ب|ل)?ان(ه|ها|هم|هما)$/;
/** Particles between such a pronoun and its verb (normalized): "أنه 【لن】 يزور". */
const PRE_VERB_PARTICLES = new Set(['قد', 'لن', 'لم', 'سوف', 'لا', 'ما', 'لقد']);

/**
 * Who a verb of saying introduces, by its form: "f" for a feminine singular (قالت، تؤكد، مشيرة), "pl" for a plural
 * (قالوا، مشيرين), "m" for a masculine singular verb or participle (قال، أكد، يرى، مضيفا); null for a noun or a
 * preposition (بحسب، بيان). A verb before its subject is singular even for a plural subject ("قال المسؤولون").
 */
export function cueAgreement(cue: string): 'm' | 'f' | 'pl' | null {
  const raw = cue.replace(/[\u064B-\u0652\u0640]/g, '');
  if (/^و?وفق/.test(raw)) return null;
  const w = raw.replace(/^[وف](?=..)/, '');
  if (/^(?:ب|ل|وفق|حسب|في|عن|نقل)/.test(w) && !/^(?:بين|بينت|لفت|لفتت|لافت|لافتا|لافتة|مبينا|مبينة)$/.test(w)) return null;
  if (w === 'لفت') return 'm';
  if (/(?:وا|ون|ين)$/.test(w) && w.length > 4) return 'pl';
  if (/[تة]$/.test(w) || /^ت/.test(w)) return 'f';
  if (/^[يأاإ]/.test(w) || /ا$/.test(w) || w.length <= 4) return 'm';
  return null;
}

/** A preposition with a pronoun (عنهم، له، فيها، عليه): after a verb in a relative clause it refers back to the antecedent. */
const RESUMPTIVE_PREP = /^(?:عن|ل|ب|في|مع|علي|على|من|الي|منه|عنه)(?:ه|ها|هم|هما|هن)$/;


/** Types of act that a refusal before them negates (see mode()). */
const REFUSABLE = new Set(['COOPERATE', 'AGREE', 'CONSULT', 'AID', 'RETREAT', 'CONCEDE', 'SUPPORT']);
/** Independent pronouns of the third person, with و / ف or not, that may stand right before their verb (normalized). */
const INDEPENDENT_PRONOUNS = new Set(['هو', 'هي', 'هم', 'هما', 'وهو', 'وهي', 'وهم', 'وهما', 'فهو', 'فهي', 'فهم', 'فهما']);

/** The participle "issued" that opens a source marker (normalized): الصادر عن X. */
const ISSUED = new Set(['الصادر', 'الصادره']);
/** Prepositions of time: a noun after one is a time phrase, not the object of a verbal noun before it. */
const TIME_PREPS = new Set(['قبل', 'بعد', 'خلال', 'منذ', 'اثناء', 'عقب', 'اثر', 'ابان', 'حتي', 'حتى']);

/** Words after which a clause may begin with its subject (إن الجيش قصف، وكان الوزير زار، بينما إيران تدعم). */
const CLAUSE_OPENERS = new Set(['ان', 'انه', 'انها', 'بان', 'بانه', 'بانها', 'لكن', 'كان', 'كانت', 'قد', 'لقد', 'كما', 'بينما', 'فيما', 'حيث', 'اذ', 'بعدما', 'عندما', 'حين', 'حينما', 'لما', 'ثم', 'اما', 'ليس', 'لان', 'بل', 'اذا', 'لو', 'كلما', 'طالما']);
/** Sectors of actors that arrest, strike and kill as agents (a victim verb after one of them is active). */
const AGENT_SECTORS = new Set(['COP', 'MIL', 'SPY', 'GOV', 'JUD']);
/** Opening quotation marks (normalized; a closing one may read as either). */
const OPENING_QUOTES = new Set(['«', '“', '"']);
/** Quotation marks around a name (normalized). */
const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”', "'"]);
const SVO_BRIDGE = new Set(['قد', 'لقد', 'التي', 'الذي', 'الذين', 'ان', 'انه', 'انها', 'فقد', 'وقد']);
/** Words that link the parts of a long name (بن، آل). */
const NAME_LINKS = new Set(['بن', 'ابن', 'بنت', 'ال']);
/** Dual nouns that stand for the two parties named before them (بين البلدين، الجانبين، الطرفين). */
const DUAL_ANAPHORS: ReadonlySet<string> = new Set(['البلدين', 'البلدان', 'الجانبين', 'الجانبان', 'الطرفين', 'الطرفان', 'الدولتين', 'الدولتان']);
/** The duals of DUAL_ANAPHORS that name the sides of a meeting rather than two countries. */
const SIDES_DUALS: ReadonlySet<string> = new Set(['الجانبين', 'الجانبان', 'الطرفين', 'الطرفان']);
/** Events that have topics (talks, agreements, cooperation): a noun event after a preposition inside one is its topic. */
const TOPIC_TYPES = new Set(['CONSULT', 'AGREE', 'COOPERATE']);
/** People of no stated side among the victims of an attack (شخص، أشخاص، مواطنا، مدنيين، طفلا، امرأة). */
/** People counted as arrested or wanted, besides PEOPLE_WORD (normalized): "16 آخرين", "23 عنصرا", "عددا من المطلوبين". */
const COUNTED_SUSPECTS = /^[وف]?(?:ال)?(?:اخرين|اخر|عنصرا|عناصر|مطلوبا|مطلوبين|متهما|متهمين|مشتبها|مشتبهين|موقوفا|موقوفين)$/;
const PEOPLE_WORD = /^[وف]?(?:ال)?(?:شخص|اشخاص|شخصا|مواطن|مواطنا|مواطنين|مدني|مدنيا|مدنيين|طفل|طفلا|اطفال|امراه|نساء|فرد|افراد|قتيل|قتيلا|قتلي)$/;
/** Cells and members of a group (خلية، شبكة، عصابة، مجموعة، عناصر، أعضاء، أفراد), with و / ب / ال. */
const CELL_NOUN = /^[وف]?[بل]?(?:ال)?(?:خلي[هة]|خلايا|شبك[هة]|عصاب[هة]|مجموع[هة]|عناصر|اعضاء|افراد)$/;
/** Prepositions after which a word is no verb. */
const NOUN_AFTER = new Set(['عن', 'علي', 'في', 'من', 'الي', 'مع', 'ضد', 'حول', 'بشان', 'تجاه', 'ازاء', 'عبر']);
const VERB_LEADERS = new Set(['و', 'ف', 'قد', 'لقد', 'ثم', 'كما', 'ان', 'لن', 'لم', 'لا', 'وقد', 'فقد', 'حيث', 'سوف', 'ما', 'عندما', 'بعدما', 'فيما', 'بينما', 'اذ', 'التي', 'الذي', 'الذين']);

/** Sentences from the sentence layer, or split at final punctuation and line breaks. */
export function sentenceSpans(doc: RasidDocument): SentenceSpan[] {
  if (doc.sentences.length) return doc.sentences;
  const out: SentenceSpan[] = [];
  let s = 0;
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const next = toks[i + 1];
    const brk = (t.kind === 'punct' && (t.norm === '.' || t.norm === '?' || t.norm === '!')) || !next || doc.text.slice(t.end, next.start).includes('\n');
    if (brk) {
      out.push({ start: toks[s]!.start, end: t.end, tokenStart: s, tokenEnd: i + 1 });
      s = i + 1;
    }
  }
  return out;
}

/** All trigger matches, longest first, curated before dictionary facts, non-overlapping. */
export function findTriggers(doc: RasidDocument, info: TokenInfo[], lex: EventLexicon, sentences: SentenceSpan[], dateCover: Uint8Array): TriggerHit[] {
  const hits: TriggerHit[] = [];
  // Words inside a name are not triggers (منظمة الأمن والتعاون, مجلس التعاون الخليجي).
  const inName = new Uint8Array(info.length);
  const mentions = eventMentions(doc);
  for (const m of mentions) if (m.tokenEnd - m.tokenStart > 1) for (let k = m.tokenStart + 1; k < m.tokenEnd && k < info.length; k++) inName[k] = 1;
  for (const e of doc.entities) {
    if (e.type !== 'ORG' && e.type !== 'PER') continue;
    const a = doc.tokenAt(e.start);
    const b = doc.tokenAt(e.end - 1);
    for (let k = a; k <= b && k < info.length; k++) inName[k] = 1;
  }
  // (words of a name after its first word, and a named group after its head word, "منظمة 【القاعدة】"; a bare
  // "القاعدة" after an attack verb stays the base of the verb + object fact)
  const nameEnd = new Uint8Array(info.length);
  for (const m of mentions) for (let k = m.tokenStart + 1; k < m.tokenEnd && k < info.length; k++) nameEnd[k] = 1;
  for (const e of doc.entities) {
    if (e.type !== 'ORG' && e.type !== 'PER') continue;
    const a = doc.tokenAt(e.start);
    const b = doc.tokenAt(e.end - 1);
    for (let k = a + 1; k <= b && k < info.length; k++) nameEnd[k] = 1;
    if (a > 0 && GROUP_HEADS.has(info[a - 1]!.norm.replace(/^[وف]/, ''))) nameEnd[a] = 1;
  }
  // a number or a quantifier counts nouns: a verb form right after one is the noun it spells
  // ("1700 طالب" students, "أي طالب", not "طالب" demanded); dates excepted ("في 2015 طالب الوزير")
  const counted = new Uint8Array(info.length + 1);
  const mark = (k: number) => {
    if (k + 1 < info.length && !dateCover[k]) counted[k + 1] = 1;
  };
  // (not an ordinal or a quantifier with the article or a pronoun, which can be the subject: "الأولى قتلت", "بعضهم يتهم")
  // (with the article, only before a counted noun in the accusative: "الخمسة والعشرين 【متهما】")
  for (const d of doc.numbers) {
    const last = doc.tokenAt(d.end - 1);
    const nx = info[last + 1];
    if (!info[doc.tokenAt(d.start)]!.definite || (nx && nx.word && !nx.definite && nx.norm.endsWith('ا') && nx.norm.length > 3)) mark(last);
  }
  for (let k = 0; k < info.length; k++) if (doc.tokens[k]!.kind === 'number' || info[k]!.norm === 'اي' || info[k]!.norm === 'كل') mark(k);
  // tokens that start a person's name or title (for notPersonObj; built when first needed)
  let personStart: Uint8Array | null = null;
  const personStarts = (): Uint8Array => {
    if (personStart) return personStart;
    const ps = (personStart = new Uint8Array(info.length));
    for (const e of doc.entities) if (e.type === 'PER') ps[doc.tokenAt(e.start)] = 1;
    for (const m of mentions) if (m.actor.kind === 'person') ps[m.tokenStart] = 1;
    for (const t of doc.titles) ps[t.tokenStart] = 1;
    return ps;
  };
  // tokens that start a named place (a place, country or capital the actor layer knows, or a place entity), built on first use
  let placeStart: Uint8Array | undefined;
  const placeStarts = (): Uint8Array => {
    if (placeStart) return placeStart;
    const ps = (placeStart = new Uint8Array(info.length));
    for (const e of doc.entities) if (e.type === 'GPE' || e.type === 'LOC') ps[doc.tokenAt(e.start)] = 1;
    for (const m of mentions) if (m.via !== 'nisba' && (m.via === 'capital' || m.actor.kind === 'place' || m.actor.kind === 'country' || m.actor.kind === 'territory')) ps[m.tokenStart] = 1;
    return ps;
  };
  // indefinite nisbas: a word before one is a noun ("قصف روسي", "غارات إسرائيلية"), not a verb
  const nisbaNext = new Uint8Array(info.length + 1);
  for (const m of mentions) if (m.via === 'nisba' && m.tokenStart > 0 && !info[m.tokenStart]!.definite) nisbaNext[m.tokenStart - 1] = 1;
  const nouns = new Map<TriggerEntry, TriggerEntry>();
  const verbalNounOf = (e: TriggerEntry): TriggerEntry => {
    let n = nouns.get(e);
    if (!n) {
      n = { ...e, pos: 'noun', gen: e.args.includes('obj') ? 'target' : undefined, agreeingForms: undefined };
      nouns.set(e, n);
    }
    return n;
  };
  let si = 0;
  for (let i = 0; i < info.length; i++) {
    while (si < sentences.length && sentences[si]!.tokenEnd <= i) si++;
    const sEnd = sentences[si]?.tokenEnd ?? info.length;
    const ti = info[i]!;
    if (!ti.trig || inName[i]) continue;
    let best: { ref: PatternRef; len: number; base: string } | null = null;
    for (const b of ti.bases) {
      const refs = lex.triggersAt(b);
      if (!refs) continue;
      for (const ref of refs) {
        const len = matchAt(ref, info, i, sEnd);
        if (!len) continue;
        // (a phrase whose last word is part of a name is the verb and that actor: "هاجمت منظمة 【القاعدة】 الأبراج" is an
        // attack by al-Qaeda, not on a base)
        if (len > 1 && nameEnd[i + len - 1] && !nameEnd[i]) continue;
        if (!best || len > best.len || (len === best.len && preferred(ref.entry, best.ref.entry, info, i, nisbaNext[i] === 1))) best = { ref, len, base: b };
      }
      // (a verb reading right after a preposition lets the other bases be tried: "عن ادانتها" is إدانتها +
      // ها, not أدانت + ها)
      if (best && !(best.ref.entry.pos === 'verb' && NOUN_AFTER.has(info[i - 1]?.norm ?? ''))) break;
    }
    if (!best) continue;
    const e = best.ref.entry;
    // a verb of the shape فاعل written with the article is a participle or adjective, no event: "رفضهما 【القاطع】"
    // (decisive, not a boycott), "【الداهم】" (imminent), "【الساعد】" (the forearm); the verbal nouns of other verbs keep
    // that spelling ("التفاوض"، "القتل")
    if (e.pos === 'verb' && best.base.length === 4 && best.base[1] === 'ا' && /^[وف]?(?:[بلك]|لل)?ال/.test(ti.norm) && ti.norm.endsWith(best.base)) continue;
    // a preposition on a verb form, or the accusative ending, makes it a noun ("لهاتف سامسونج", "هاتفا": a phone; flag verbOnly: for most verbs it is
    // the verbal noun of the same event, "المتهم بقتل", "بدعم من", "لبحث الأزمة")
    const prepOnVerb = e.pos === 'verb' && !verbProclitics(ti.norm, best.base);
    // (or its tanween: "اعتقلت قوات الاحتلال 【فجراً】 شاباً" is "at dawn")
    if (e.verbOnly && (prepOnVerb || ti.norm.replace(/^[وف]/, '') === best.base + 'ا' || /[\u064B-\u064D]/.test(doc.tokens[i]!.text))) continue;
    // a form that the normalizer made into another word: "هنأ" (congratulated) is written with its hamza, "هنا" is here
    if (e.hamza && !HAMZA.test(doc.tokens[i]!.text)) continue;
    // (a pronoun after the ت of ة is no matter: "مساعدته")
    if (e.taMarbuta && /[^ت]ه$/.test(info[i]!.norm) && lastBaseLetter(doc.tokens[i]!.text) !== 0x0629) continue;
    // a counted word is a noun ("1700 طالب"); so is a verb form that is also a noun before an indefinite
    // nisba ("طالب سعودي"; but "طعن فلسطيني جنديا" is a verb and its subject)
    if (e.pos === 'verb' && !ti.conjAttached && (counted[i] || (e.nounToo && nisbaNext[i + best.len - 1]))) continue;
    const prev = info[i - 1];
    const next = info[i + best.len];
    if (e.notAfter && prev && prev.bases.some((b) => e.notAfter!.includes(b))) continue;
    if (e.notBefore && next && next.bases.some((b) => e.notBefore!.includes(b))) continue;
    // (or, for a verb of taking ground, a named place after its preposition: "سيطرت القوات الموالية لحكومة هادي 【على زنجبار】")
    if (e.near && !nearWord(info, i + best.len, sEnd, e.near, e.nearWithin) && !(e.nearPlace && placeAfterPrep(info, i + best.len, sEnd, e.args, placeStarts()))) continue;
    if (e.notNear && nearWord(info, i + best.len, sEnd, e.notNear, 4)) continue;
    const sStart = sentences[si]?.tokenStart ?? 0;
    if (e.cue && !aroundTrigger(info, i, i + best.len, sStart, sEnd, e.cue)) continue;
    if (e.notCue && aroundTrigger(info, i, i + best.len, sStart, sEnd, e.notCue)) continue;
    if (e.notPersonObj && personObject(info, i + best.len, sEnd, e.notPersonObj, personStarts())) continue;
    if (lex.metaphorTypes.has(e.type) && isMetaphor(info, i + best.len, lex)) continue;
    if (lex.naturalTypes.has(e.type) && naturalSubject(info, i, i + best.len, sentences[si]?.tokenStart ?? 0, sEnd, placeStarts, lex)) continue;
    // (for the others the form with a preposition is the verbal noun, whose genitive is the verb's object: "نددت
    // المنظمة 【بقتل】 المدنيين", not the civilians killing; not support, whose genitive is as often the supporter:
    // "【بدعم】 طيران التحالف")
    // (so is one right after a noun it is the genitive of, "جريمة 【قتل】 المواطن", "في قضية 【قتل】" (roles.verbalNounHeads), or
    // after a preposition written apart: "المشتبه بهم في 【حرق】 الطفل"; not من, also "who": "من قتل")
    // (attacks and coercion only, whose genitive is the one they hit; "مع رفض جنوب أفريقيا تنفيذ المذكرة" names the
    // one who rejects)
    const afterHead =
      e.pos === 'verb' && (e.type === 'ASSAULT' || e.type === 'COERCE') && !ti.conjAttached && i > 0 && info[i - 1]!.word && (lex.verbalNounHead(info[i - 1]!.bases) || (NOUN_AFTER.has(info[i - 1]!.norm) && info[i - 1]!.norm !== 'من'));
    // (and a form with a possessive pronoun that is the object of a verb of announcing and its subject: "جددت الكويت
    // 【رفضها】 للتدخلات الإيرانية", her rejection, not "he rejected her"; without أنّ no verb stands there)
    const announced = e.pos === 'verb' && objectPronounAt(info, i) && announcedObject(info, i, lex);
    hits.push({ i, end: i + best.len, entry: ((prepOnVerb || afterHead) && e.type !== 'SUPPORT' && e.type !== 'AID') || announced ? verbalNounOf(e) : e });
    // A phrase with a gap ("أطلق مسلحون النار") marks its own words only, not the subject between them.
    if (e.gap) {
      info[i]!.trigger = true;
      info[i + best.len - 1]!.trigger = true;
    } else for (let k = i; k < i + best.len; k++) info[k]!.trigger = true;
    i += best.len - 1;
  }
  return hits;
}

/** A verb of announcing (roles.announceVerbs) two to five words before token i, with only plain words (its subject) between. */
function announcedObject(info: TokenInfo[], i: number, lex: EventLexicon): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    const t = info[k]!;
    if (!t.word || t.trigger) return false;
    if (lex.announceVerb(t.bases)) return true;
  }
  return false;
}

/**
 * One of the trigger's prepositions (`args`, attached or written apart) within fifteen words after k in the same clause,
 * followed right away (or after one word: "على مدينة زنجبار" is the near word's case) by a named place.
 */
function placeAfterPrep(info: TokenInfo[], k: number, sEnd: number, args: readonly string[], places: Uint8Array): boolean {
  const clause = info[k]?.clause;
  for (let j = k; j < Math.min(sEnd, k + 15) && info[j]!.clause === clause; j++) {
    const t = info[j]!;
    if (!t.word) continue;
    if (args.includes(t.norm)) return j + 1 < sEnd && places[j + 1] === 1;
    // (an attached preposition: "بزنجبار")
    if (places[j] && args.some((a) => a.length === 1 && t.norm.startsWith(a) && t.norm !== t.base)) return true;
  }
  return false;
}

/** One of `words` among the `span` (eight) words from `k` on, within the sentence (subject and object may come between: "حملت الحكومة السودانية قوات الدعم السريع مسؤولية"). */
function nearWord(info: TokenInfo[], k: number, sEnd: number, words: readonly string[], span = 8): boolean {
  // (words are counted, not quotation marks or commas: "تستهدف شركة "أرامكو" 【زيادة】 …" is within four)
  for (let j = k, n = 0; j < sEnd && n < span; j++) {
    if (!info[j]!.word) continue;
    n++;
    if (info[j]!.bases.some((b) => words.includes(b))) return true;
  }
  return false;
}

/** 1 for each of the first `n` tokens that lies inside one of `spans` (dates, numbers). */
function tokensCovered(doc: RasidDocument, spans: readonly { start: number; end: number }[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (const d of spans) for (let k = doc.tokenAt(d.start); k < n && doc.tokens[k]!.end <= d.end; k++) out[k] = 1;
  return out;
}

const PEOPLE_PRONOUNS = new Set(['به', 'بهم', 'بهما', 'بكم', 'بكما', 'بكن', 'بهن', 'بك', 'بنا']);

/**
 * Whether the first word with the preposition ب among the eight from `k` (within the sentence) is a
 * person: a pronoun of people, a token starting a person's name or title, or one of `words` (its base).
 */
function personObject(info: TokenInfo[], k: number, sEnd: number, words: readonly string[], personStart: Uint8Array): boolean {
  for (let j = k; j < Math.min(sEnd, k + 8); j++) {
    const t = info[j]!;
    if (PEOPLE_PRONOUNS.has(t.norm)) return true;
    if (!t.word || !t.norm.startsWith('ب') || t.norm === 'بن' || !t.bases.includes(t.norm.slice(1))) continue;
    return personStart[j] === 1 || t.bases.some((b) => words.includes(b));
  }
  return false;
}

/** One of `words` among the six words before the trigger [i, end) or the eight after it, within the sentence. */
function aroundTrigger(info: TokenInfo[], i: number, end: number, sStart: number, sEnd: number, words: readonly string[]): boolean {
  return nearWord(info, end, sEnd, words) || wordBefore(info, i, sStart, words, 6);
}

/** One of `words` among the `span` words before `k`, within the sentence (from `sStart`). */
function wordBefore(info: TokenInfo[], k: number, sStart: number, words: readonly string[], span: number): boolean {
  for (let j = k - 1; j >= Math.max(sStart, k - span); j--) if (info[j]!.word && info[j]!.bases.some((b) => words.includes(b))) return true;
  return false;
}

/**
 * A natural force as the subject of the trigger [i, end): one of the two words before it (within the
 * sentence, "الفيضانات والسيول دمرت") or the word right after it ("دمرت السيول الجسور"); or, for a victim verb, a force of
 * nature (natural.causes) as the cause in the eight words after it, after one of natural.causePreps or with ب ("قتل ثلاثة
 * أشخاص على الأقل، 【في زلزال】", "أصيب ثلاثة 【جراء السيول】"; not a place: "هدد بقتل السفير الأميركي في 【سيول】").
 */
function naturalSubject(info: TokenInfo[], i: number, end: number, sStart: number, sEnd: number, places: () => Uint8Array, lex: EventLexicon): boolean {
  for (let j = Math.max(sStart, i - 2); j < i; j++) if (info[j]!.word && info[j]!.flags & W.NATURAL) return true;
  if (end < sEnd && !!info[end]!.word && (info[end]!.flags & W.NATURAL) !== 0) return true;
  if (!(info[i]!.flags & W.VICTIM_VERB)) return false;
  for (let j = end + 1; j < Math.min(sEnd, end + 9); j++) {
    const t = info[j]!;
    if (!t.word || !(t.flags & W.NATURAL_CAUSE) || places()[j]) continue;
    const prev = info[j - 1]!;
    if ((prev.word && (lex.naturalCausePreps.has(prev.norm) || lex.naturalCausePreps.has(prev.norm.replace(/^[وف]/, '')))) || (/^[وف]?ب/.test(t.norm) && t.bases.some((b) => b !== t.norm && !b.startsWith('ب')))) return true;
  }
  return false;
}

function isMetaphor(info: TokenInfo[], k: number, lex: EventLexicon): boolean {
  for (let j = k; j < Math.min(info.length, k + 2); j++) {
    const t = info[j]!;
    if (!t.word) return false;
    if (t.flags & W.METAPHOR) return true;
    for (const b of t.bases) {
      for (const p of lex.phrasesAt(b) ?? []) {
        if (p.cue !== 'metaphor') continue;
        let ok = true;
        for (let w = 1; w < p.pattern.length && ok; w++) ok = !!info[j + w]?.bases.some((x) => p.pattern[w]!.includes(x));
        if (ok) return true;
      }
    }
  }
  return false;
}

/** Head words of a named group's name ("منظمة القاعدة", "تنظيم داعش"). */
const GROUP_HEADS = new Set(['منظمه', 'تنظيم', 'جماعه', 'حركه', 'ميليشيا', 'مليشيا']);

/** Demonstratives (normalized) before a noun that refer back to something already told. */
const POINTING_BACK = new Set(['هذه', 'هذا', 'هذين', 'هاتين', 'هذان', 'هاتان', 'تلك', 'ذلك', 'هولاء', 'اوليك', 'وهذه', 'وهذا', 'وتلك', 'وذلك']);

/** Complementizers and relative pronouns (normalized) that open a clause inside a gap phrase's gap. */
const GAP_STOPS = new Set([...COMPLEMENTIZERS, 'لان', ...RELATIVE_PRONOUNS]);

function matchAt(ref: PatternRef, info: TokenInfo[], i: number, sEnd: number): number {
  const p = ref.pattern;
  if (p.length === 1) return 1;
  const gap = ref.entry.gap ?? 0;
  let k = i + 1;
  for (let w = 1; w < p.length; w++) {
    const alts = p[w]!;
    let found = -1;
    const limit = w === 1 ? gap : 0;
    for (let g = 0; g <= limit && k + g < sEnd; g++) {
      const t = info[k + g]!;
      // (a gap never runs into a clause of its own: "وأكد البيان 【أن】 التزام الولايات المتحدة" is no pledge of the statement)
      if (!t.word || GAP_STOPS.has(t.norm)) break;
      if (t.bases.some((b) => alts.includes(b))) {
        found = k + g;
        break;
      }
    }
    if (found < 0) return 0;
    k = found + 1;
  }
  return k - i;
}

/** Between two entries matching the same words: curated first; verb or noun by position. */
function preferred(a: TriggerEntry, b: TriggerEntry, info: TokenInfo[], i: number, beforeNisba = false): boolean {
  if (a.source !== b.source) return a.source === 'rasid';
  if (a.pos === b.pos) return false;
  // (a form with a pronoun followed by ل + noun is the verbal noun and its object: "ودعمها للحوثيين", her support
  // for the Houthis; a verb with an object pronoun takes no ل-object)
  const t = info[i]!;
  const nx = info[i + 1];
  const nounLam = t.norm !== t.base && /(?:ها|هم|هما|ه)$/.test(t.norm) && !!nx?.word && /^لل?/.test(nx.norm) && nx.bases.some((b) => b !== nx.norm);
  const verbish = isVerbPosition(info, i) && !beforeNisba && !nounLam;
  if (a.pos === 'verb') return verbish;
  if (b.pos === 'verb') return !verbish;
  return false;
}

function isVerbPosition(info: TokenInfo[], i: number, verbForm = false): boolean {
  const t = info[i]!;
  // (a verb form that begins like the article is no definite noun: ألقت، التقى)
  if (t.definite && !verbForm) return false;
  const prev = info[i - 1];
  // (after a fronted adverbial too: "وعلى الفور 【عززت】 قوات الأمن حضورها")
  if (!prev || prev.punct || prev.fronted) return true;
  // (with و or ف on the particle: "ولم تقطع", "ولن يشارك")
  if (VERB_LEADERS.has(prev.norm) || (prev.norm.length > 2 && /^[وف]/.test(prev.norm) && VERB_LEADERS.has(prev.norm.slice(1)))) return true;
  // (أنّ with its pronoun subject: "وأعلن الجيش التركي 【أنه قصف】 مواقع")
  if (/^[وفبل]?ان(?:ه|ها|هم|هما|نا)$/.test(prev.norm)) return true;
  if (t.norm.startsWith('و') && !t.definite && t.norm !== t.base) return true;
  return subjectAfterComplementizer(info, i);
}

/** Complementizers whose clause may open with its subject: "إن طيران التحالف 【قصف】 معسكر اللواء 55". */
const SUBJECT_FIRST = new Set(['ان', 'بان', 'وان', 'لكن', 'ولكن']);

/**
 * A definite noun phrase of one to three words right after إن / أن / لكن and right before token i: the subject of
 * a verbal predicate, so a bare verb form there is the verb ("أن الجيش قصف المدينة"), not its verbal noun.
 */
function subjectAfterComplementizer(info: TokenInfo[], i: number): boolean {
  if (!info[i - 1]?.definite) return false;
  for (let j = i - 2; j >= Math.max(0, i - 4); j--) {
    const w = info[j]!;
    if (SUBJECT_FIRST.has(w.norm)) return true;
    if (!w.word || w.trigger || w.trig || NOUN_AFTER.has(w.norm)) return false;
  }
  return false;
}

/**
 * Sentences of a sports report (`sports` in cues.json): those with at least `sentence` sports words, and, in a
 * document with at least `document` of them, every sentence with one. Their triggers are matches, transfers and
 * contracts ("يلتقي نظيره المكسيكي", "هجوم يوفنتوس", "اتفاق مع المدرب"), no political events.
 */
function sportsSentences(info: TokenInfo[], sentences: SentenceSpan[], lex: EventLexicon): Set<number> {
  const out = new Set<number>();
  if (!lex.sportsSentence) return out;
  const counts = new Array<number>(sentences.length).fill(0);
  let total = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (info[k]!.word && lex.sportsWord(info[k]!.bases)) counts[si]!++;
    total += counts[si]!;
  }
  for (let si = 0; si < sentences.length; si++) if (counts[si]! >= lex.sportsSentence || (counts[si]! > 0 && lex.sportsDocument > 0 && total >= lex.sportsDocument)) out.add(si);
  return out;
}

/** Run the whole extraction over a document. */
export function extractMentions(doc: RasidDocument, lex: EventLexicon): Mention[] {
  const info = tokenInfo(doc, lex);
  const sentences = sentenceSpans(doc);
  const dateCover = tokensCovered(doc, doc.dates, info.length);
  const hits = findTriggers(doc, info, lex, sentences, dateCover);
  if (!hits.length) return [];
  const units = buildUnits(doc, lex, info);
  const groups = buildGroups(units, info, doc);
  const ctx = new Context(doc, lex, info, groups, sentences, dateCover, hits);
  const out: Mention[] = [];
  let si = 0;
  const protestSentences = new Set<number>();
  for (const h of hits) {
    if (h.entry.pos === 'agent') continue;
    while (si < sentences.length && sentences[si]!.tokenEnd <= h.i) si++;
    if (h.entry.type === 'PROTEST') protestSentences.add(si);
  }
  // Sentences with an attack noun: a victim verb there only counts casualties ("قتل خمسة جنود في هجوم").
  const assaultNoun = new Set<number>();
  si = 0;
  for (const h of hits) {
    while (si < sentences.length && sentences[si]!.tokenEnd <= h.i) si++;
    if (h.entry.type === 'ASSAULT' && h.entry.pos !== 'verb') assaultNoun.add(si);
  }
  const sports = sportsSentences(info, sentences, lex);
  si = 0;
  for (const h of hits) {
    while (si < sentences.length && sentences[si]!.tokenEnd <= h.i) si++;
    // a trigger outside every sentence of the sentence layer (a gap, trailing tokens): no event
    const sent = sentences[si];
    if (!sent || sent.tokenStart > h.i) continue;
    if (sports.has(si)) continue;
    // a noun after a demonstrative points back to an act already told ("وتأتي 【هذه】 المساعدات إنفاذًا لتوجيهات …"):
    // no event of its own (its sides are not beside it)
    if (h.entry.pos !== 'verb' && h.i > sent.tokenStart && POINTING_BACK.has(info[h.i - 1]!.norm)) continue;
    // nor does one in the genitive of a topic's head ("بحث مع نظيره 【تداعيات】 الاتفاق النووي الإيراني", roles.topicHeads)
    if (h.entry.pos !== 'verb' && h.i > sent.tokenStart && lex.topicHead(info[h.i - 1]!.norm)) continue;
    if (h.entry.pos === 'agent' && protestSentences.has(si)) continue;
    if (h.entry.pos === 'verb' && h.entry.type === 'ASSAULT' && assaultNoun.has(si) && info[h.i]!.flags & W.VICTIM_VERB && !ctx.activeVerb(h, sent)) continue;
    // a victim verb with an agent phrase after it is passive: "قتل ضابط شرطة برصاص مسلحين" (the noun reports the attack)
    if (h.entry.pos === 'verb' && h.entry.type === 'ASSAULT' && info[h.i]!.flags & W.VICTIM_VERB && agentPhraseAfter(h, hits, info, sent)) continue;
    const m = ctx.analyze(h, si);
    // A heading is a fragment: keep only events with both parties named.
    if (m && (sentences[si] as { heading?: boolean }).heading && (!m.source || !m.target)) continue;
    if (m) out.push(m);
  }
  // An attack noun without an agent beside an attack verb with one is the same attack ("قتل مسلحون ثلاثة
  // شرطيين في هجوم على نقطة تفتيش"): the verb's mention reports it.
  const verbAttack = new Map<number, Mention>();
  for (const m of out) if (m.type === 'ASSAULT' && m.hit.entry.pos === 'verb' && m.source) verbAttack.set(m.sentence, m);
  if (verbAttack.size) {
    for (let k = out.length - 1; k >= 0; k--) {
      const m = out[k]!;
      const v = verbAttack.get(m.sentence);
      if (v && m !== v && m.type === 'ASSAULT' && m.hit.entry.pos !== 'verb' && (!m.source || m.target === v.source)) out.splice(k, 1);
    }
  }
  // A verb joined by و to an earlier event of the sentence shares its agent: "قصفت الطائرات الروسية حلب
  // وقتلت مدنيين" (the group after the second verb is its object, not its subject).
  for (let k = 1; k < out.length; k++) {
    const m = out[k]!;
    if (m.hit.entry.pos !== 'verb' || m.target || !m.source || !info[m.hit.i]!.conjAttached || objectPronounAt(info, m.hit.i)) continue;
    const prev = out[k - 1]!;
    if (prev.sentence !== m.sentence || !prev.source || prev.source === m.source || m.source.tokenStart < m.hit.i) continue;
    if (m.source.units.some((u) => u.instrument || (u.actor && (ARMED_SECTORS.has(u.actor.sector ?? '') || u.actor.kind === 'armed_group')))) continue;
    m.target = m.source;
    m.source = prev.source;
    m.sourceInferred = true;
  }
  // A verb joined by و to an earlier event of the sentence, with no subject of its own, has that event's agent:
  // "استولى التنظيم على بلدات 【وقتل】 بعض الأجانب"; so has one whose "subject" before it is the earlier event's
  // object: "قتلت قوات الأمن التونسية مسلحا 【واعتقلت】 16 آخرين" (not the gunman); a light verb is such a verb too:
  // "واستولى التنظيم على بلدات 【وشن】 هجمات على سفارات" (not a verbal noun: "وتنفيذ هجمات")
  for (let k = 1; k < out.length; k++) {
    const m = out[k]!;
    const p = m.pred;
    const light = p < m.hit.i && verbalLightVerb(info, p, lex);
    if (!(m.hit.entry.pos === 'verb' || (light && !nounCoordinated(info, p, m.hit.i))) || !conjOn(info, p, lex) || objectPronounAt(info, p)) continue;
    const prev = out[k - 1]!;
    if (prev.sentence !== m.sentence || !prev.source || prev.hit.i >= p) continue;
    // (a "subject" between the earlier verb's object and this verb is part of that object: "مسلحا 【متشددا】")
    if (m.source && !(prev.target && prev.target.tokenStart > prev.hit.i && m.source.tokenStart >= prev.target.tokenStart && m.source.tokenEnd <= p)) continue;
    if (m.target && m.target.tokenStart === prev.source.tokenStart && m.target.tokenEnd === prev.source.tokenEnd) continue;
    m.source = prev.source;
    m.sourceInferred = true;
  }
  // With no earlier event's agent to share, such a verb has the subject of the verb its sentence
  // opens with: "واستغل تنظيم داعش الفوضى واستولى على بلدات، 【وشن】 هجمات على سفارات" (not across a complementizer or
  // a relative pronoun, which open a clause of their own)
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    if (m.source || m.pronounSubject) continue;
    const p = m.pred;
    // (a light verb only: a verb form alone may be its verbal noun, "من تشجيع 【ودعم】 سخي")
    const light = p < m.hit.i && verbalLightVerb(info, p, lex);
    if (!light || nounCoordinated(info, p, m.hit.i) || !conjOn(info, p, lex) || objectPronounAt(info, p)) continue;
    const subj = ctx.openingVerbSubject(sentences[m.sentence]!, p);
    if (!subj || subj === m.target || (m.target && sameActors(subj, m.target))) continue;
    m.source = subj;
    m.sourceInferred = true;
  }
  // The act someone is accused of, with ب, has the accused as its agent, and the accuser claims it: "بعد اتهامه
  // من قبل الرئيس التركي بتنفيذ 【تفجير】 سوروج" (the bombing by the Islamic State, as Erdogan says)
  // (mentions are in text order: only the later ones of the same sentence are looked at)
  const hitTok = new Set(out.map((o) => o.hit.i));
  for (let ai = 0; ai < out.length; ai++) {
    const a = out[ai]!;
    if (a.type !== 'ACCUSE' || !a.target) continue;
    const from = Math.max(a.hit.end, a.target.tokenEnd);
    for (let xi = ai + 1; xi < out.length && out[xi]!.sentence === a.sentence; xi++) {
      const x = out[xi]!;
      if (x.source || x.hit.i < from || x.type === 'ACCUSE') continue;
      if (x.hit.i - from > 12) break;
      // (ب on the act, or on a light verb's noun before it: "بقصف"، "بتنفيذ تفجير"، "بشن هجمات")
      const withBa = (k: number) => k >= from && /^[وف]?ب/.test(info[k]!.norm) && info[k]!.bases.length > 1;
      // (or a verb after بأن: "اتهمت المؤسسة الحكومة بأنها 【قصفت】 ناقلات نفط")
      const charged = withBa(x.hit.i) || (x.hit.i - 1 >= from && withBa(x.hit.i - 1) && info[x.hit.i - 1]!.bases.some((b) => lex.lightVerb(b)?.noun)) || (x.hit.entry.pos === 'verb' && x.hit.i - 1 >= from && /^(?:بان|بانه|بانها|بانهم)$/.test(info[x.hit.i - 1]!.norm));
      if (!charged) continue;
      let between = false;
      for (let k = from; k < x.hit.i && !between; k++) between = (hitTok.has(k) && k !== a.hit.i) || info[k]!.norm === '.';
      if (between) continue;
      x.source = a.target;
      x.sourceInferred = true;
      if (a.source && !x.claim.by) {
        const g = a.source;
        x.claim = { stance: 'asserts', by: { start: g.start, end: g.end, text: doc.text.slice(g.start, g.end), ...(g.units[0]?.actor ? { actor: g.units[0].actor } : {}) }, evidence: a.evidence };
      }
      break;
    }
  }
  // Protesters who act on a building or an institution protest against it: "هاجم محتجون إيرانيون السفارة
  // السعودية" (the object of the verb they are the subject of), "أحرق متظاهرون مبنى القنصلية الإيرانية".
  const withTarget = new Map<Group, Mention>();
  for (const m of out) if (m.source && m.target && !withTarget.has(m.source)) withTarget.set(m.source, m);
  for (const m of out) {
    if (m.type !== 'PROTEST' || m.hit.entry.pos !== 'agent' || !m.source || (m.target && !m.targetInferred)) continue;
    const o = withTarget.get(m.source);
    const other = o && o !== m ? o : undefined;
    const t = other?.target ?? ctx.institutionAfter(m.source, sentences[m.sentence]!);
    if (t) {
      m.target = t;
      m.targetInferred = false;
    }
  }
  // Protesters who are the object of another event are not protesting there ("هاجمت الشرطة المحتجين").
  const targets = new Set<Group>();
  for (const m of out) if (m.target && m.hit.entry.pos !== 'agent') targets.add(m.target);
  return out.filter((m) => !(m.hit.entry.pos === 'agent' && m.source && targets.has(m.source)));
}

/** A noun trigger of the same sentence, a few words after `h`, with ب attached and its agent as genitive (برصاص، بنيران). */
function agentPhraseAfter(h: TriggerHit, hits: TriggerHit[], info: TokenInfo[], sent: SentenceSpan): boolean {
  for (const o of hits) {
    if (o.i <= h.i) continue;
    if (o.i >= sent.tokenEnd || o.i - h.end > 6) break;
    if (o.entry.pos === 'noun' && o.entry.type === 'ASSAULT' && o.entry.gen === 'source' && /^[وف]?ب/.test(info[o.i]!.norm)) return true;
  }
  return false;
}

class Context {
  private readonly groupAt: Map<number, Group> = new Map();
  private readonly hitAt: Map<number, TriggerHit> = new Map();
  /** The announcer found for an event noun, by its trigger token (a noun coordinated after it shares it). */
  private readonly announcedBy: Map<number, Group> = new Map();
  private readonly groupCover: Int32Array;
  private readonly mentionCover: Uint8Array;
  private readonly numberCover: Uint8Array;
  /** 1: inside a title of the titles layer; 2: first token of a person entity. */
  private readonly titleOrName: Uint8Array;
  /** Running maximum of the quotations' ends (quotations are in text order), for quoteAt; null when out of order. */
  private readonly quoteMaxEnd: Int32Array | null;

  constructor(
    readonly doc: RasidDocument,
    readonly lex: EventLexicon,
    readonly info: TokenInfo[],
    readonly groups: Group[],
    readonly sentences: SentenceSpan[],
    /** Tokens inside a date (tokensCovered over doc.dates), computed once by extractMentions. */
    private readonly dateCover: Uint8Array,
    hits: TriggerHit[] = [],
  ) {
    for (const h of hits) this.hitAt.set(h.i, h);
    this.groupCover = new Int32Array(info.length).fill(-1);
    groups.forEach((g, gi) => {
      this.groupAt.set(g.tokenStart, g);
      for (let k = g.tokenStart; k < g.tokenEnd && k < info.length; k++) this.groupCover[k] = gi;
    });
    this.numberCover = tokensCovered(doc, doc.numbers, info.length);
    // titles ("الشيخ", "الناطق الإعلامي") and the first token of each person's name
    this.titleOrName = new Uint8Array(info.length);
    for (const t of doc.titles) for (let k = t.tokenStart; k < t.tokenEnd && k < info.length; k++) this.titleOrName[k] = 1;
    for (const e of doc.entities) if (e.type === 'PER') this.titleOrName[doc.tokenAt(e.start)] |= 2;
    this.mentionCover = new Uint8Array(info.length);
    for (const m of eventMentions(doc)) for (let k = m.tokenStart; k < m.tokenEnd && k < info.length; k++) this.mentionCover[k] = 1;
    const qs = doc.quotes;
    let sorted = true;
    const maxEnd = new Int32Array(qs.length);
    for (let i = 0; i < qs.length; i++) {
      if (i > 0 && qs[i]!.start < qs[i - 1]!.start) sorted = false;
      maxEnd[i] = Math.max(i > 0 ? maxEnd[i - 1]! : 0, qs[i]!.end);
    }
    this.quoteMaxEnd = sorted ? maxEnd : null;
  }

  private groupStarting(k: number): Group | undefined {
    return this.groupAt.get(k);
  }

  /** Whether the group is introduced by a preposition (attached ب/ل/في or a preposition word before it). */
  private prepBefore(g: Group): string | null {
    // attached preposition: the mention starts after the token start, or the token begins with بال / لل
    const att = unitPrep(g.units[0]!, this.doc, this.info);
    if (att) return att;
    const prev = this.info[g.tokenStart - 1];
    // "عدد من", "عناصر من", "مسلحي من": members of the group
    const before = this.info[g.tokenStart - 2];
    if (prev && prev.norm === 'من' && before && (before.flags & (W.QUANT | W.TARGET_HEAD) || before.bases.some((b) => this.lex.flags(b) & W.QUANT) || this.numberCovers(g.tokenStart - 2))) return null;
    if (prev && prev.word && (prev.flags & (W.TARGET | W.PARTNER | W.BETWEEN | W.PLACE_PREP) || PREPOSITIONS.has(prev.base))) return prev.base;
    // a topic, no party: "اجتماع 【بشأن】 سوريا", "محادثات حول اليمن"
    if (prev && prev.word && this.lex.topicPrep(prev.norm)) return prev.norm;

    // with a conjunction attached: "وفي العراق نفذت ..." (a fronted place, not the subject)
    if (prev && prev.word && (prev.norm[0] === 'و' || prev.norm[0] === 'ف') && PREPOSITIONS.has(prev.norm.slice(1))) return prev.norm.slice(1);
    return null;
  }

  analyze(h: TriggerHit, si: number): Mention | null {
    const { doc, info, lex } = this;
    // Work within a window around the trigger: a run-on "sentence" of a megabyte stays linear.
    const s = this.window(this.sentences[si]!, h);
    const e = h.entry;
    const clause = info[h.i]!.clause;
    let type = e.type;
    let cameo = e.cameo;
    // the parties a meeting noun brought together, named after it (found once: read by the light-verb check and the sides)
    const gathered = e.type === 'CONSULT' && e.pos !== 'verb' ? this.gatheredParties(h, s) : null;

    // ---- predicate: a light verb (chain) that governs a noun trigger ----
    let pred = h.i;
    let light: { prep?: string; inverse?: boolean; noun?: boolean; bare?: boolean; retype?: Record<string, string> } | undefined;
    let lightPronoun = false;
    let subjBetween: Group | null = null;
    let unknownSkipped = 0;
    let titleSkipped = 0;
    let linksSkipped = 0;
    let placeSkipped = 0;
    let timeSkipped = 0;
    if (e.pos !== 'verb') {
      // (eight words back; twelve past the links or title of a long name)
      for (let k = h.i - 1, steps = 0; k >= s.tokenStart && (steps < 8 || (steps < 12 && linksSkipped + titleSkipped > 0)); k--, steps++) {
        const t = info[k]!;
        // a parenthetical between dashes or brackets: "طائرات الفانتوم الإيرانية -المتبقية من عهد الشاه- بعدد"
        if (t.punct && (t.norm === '-' || t.norm === ')')) {
          const open = t.norm === '-' ? '-' : '(';
          let j = k - 1;
          while (j > s.tokenStart && k - j < 10 && info[j]!.norm !== open) j--;
          if (j > s.tokenStart && info[j]!.norm === open) {
            k = j;
            continue;
          }
          break;
        }
        // a count between the light verb and the noun: "شنت الطائرات 15 غارة"
        if (this.numberCovers(k) && !t.trigger) continue;
        // a comma after the date of the clause: "خاضت المقاومة الشعبية اليوم (الاثنين)【،】 معارك"
        if (t.punct && t.norm === ',' && k - 1 > s.tokenStart && (this.dateCovers(k - 1) || info[k - 1]!.norm === ')')) continue;
        // a place word before the place of the clause: "خاضت المقاومة الشعبية في 【جنوب】 اليمن معارك"
        if (t.word && t.flags & W.PLACE_PREP && t.norm !== 'في' && placeSkipped < 2 && this.groupCover[k + 1]! >= 0) {
          placeSkipped++;
          continue;
        }
        // the links of a long name: "قام الأمير محمد بن سلمان بن عبدالعزيز آل سعود بزيارة"
        if (t.word && NAME_LINKS.has(t.norm) && k - 1 >= s.tokenStart && info[k - 1]!.word) {
          linksSkipped++;
          continue;
        }
        if (!t.word || t.trigger) break;
        const lv0 = lex.lightVerb(t.base) ?? lex.lightVerb(t.norm);
        // a verb takes no article: "كرة القدم" is no قدم
        const lv = lv0 && !lv0.noun && t.definite ? undefined : lv0;
        if (lv) {
          if (lv.prep && !this.prepFollows(lv.prep, k, h.i)) break;
          if (lv.bare && t.norm !== t.base && /(?:ها|هم|ه|هما)$/.test(t.norm)) break;
          pred = k;
          light = lv;
          lightPronoun = t.norm !== t.base && /(?:ها|هم|ه|هما)$/.test(t.norm) && !t.base.endsWith(t.norm.slice(-2));
          continue;
        }
        const gi = this.groupCover[k]!;
        if (gi >= 0) {
          const g = this.groups[gi]!;
          // support with its giver: "شنت القوات الموالية 【بدعم جوي من التحالف】 هجمات" (the giver is no subject)
          const sup = this.supportBefore(g, s.tokenStart);
          if (sup >= 0) {
            k = sup;
            continue;
          }
          if (pred === h.i) subjBetween = g;
          k = g.tokenStart;
          continue;
        }
        if (t.flags & (W.QUANT | W.TARGET_HEAD) || t.bases.some((b) => lex.flags(b) & W.QUANT)) continue;
        // a preposition with a pronoun pointing back to a relative antecedent: "صنعاء التي يفرض 【عليها】 الحوثيون حصارا"
        if (RESUMPTIVE_PREP.test(t.norm) && unknownSkipped < 2) {
          unknownSkipped++;
          continue;
        }
        // the light verb's own preposition standing alone: "توصلت تركيا إلى تفاهم", "قام الجيش ب…"
        if (lex.lightVerb(t.norm) === undefined && (t.norm === 'في' || t.norm === 'ب' || t.norm === 'الي')) continue;
        if (this.dateCovers(k)) continue;
        // a span of time the date layer leaves: "قامت طائرات التحالف 【خلال الساعات الماضية】 بشن غارات", "في 【الأيام الأخيرة】"
        // (its words after a preposition or another of them; the preposition only before one: "خلال 【مهلة】" is none)
        const spanWord = lex.timeSpanWord(t.norm) && k - 1 > s.tokenStart && (lex.timeSpanWord(info[k - 1]!.norm) || lex.timeSpanPrep(info[k - 1]!.norm) || info[k - 1]!.norm === 'في');
        if ((spanWord || (lex.timeSpanPrep(t.norm) && lex.timeSpanWord(info[k + 1]!.norm))) && timeSkipped < 4) {
          timeSkipped++;
          continue;
        }
        // a source marker between the light verb and the noun: شن التحالف بقيادة السعودية غارات، التي تقودها
        if (t.bases.some((b) => lex.phrasesAt(b)?.some((p) => p.cue === 'sourceMarkers'))) continue;

        if (LEAD_WORDS.has(t.norm)) continue;
        // up to two unresolved words (a name the actor layer did not know; "من طراز رافال")
        if (!t.flags && unknownSkipped < 2 && k > s.tokenStart && (unknownSkipped === 0 || !t.norm.startsWith('ال'))) {
          unknownSkipped++;
          continue;
        }
        if (t.norm === 'من' && unknownSkipped > 0 && this.groupCovering(k - 1)) continue;
        // the title before a name between the light verb and the noun: "قام صاحب السمو الملكي الأمير محمد … بزيارة"
        // (words without a preposition: "لخدمة المزارعين" is a purpose, no title)
        if (subjBetween && !t.flags && titleSkipped < 4 && !this.doc.tokens[k]!.words?.some((w) => w.role === 'prep')) {
          titleSkipped++;
          continue;
        }
        break;
      }
      // (a light noun counts without its light verb when a verb after it names the parties: "قمة … التي جمعت …")
      if (e.light && pred === h.i && !gathered) return null;
    }
    if (e.pos === 'verb' && e.light && !e.args.some((a) => a !== 'obj')) return null;
    // a verb whose subject is an attack noun ("هجوم استهدف ...", "قصف روسي يستهدف ..."): the noun reports the event
    if (e.pos === 'verb' && this.nounSubject(h, s)) return null;
    // a verb followed by an attack noun as its subject ("استهدف هجوم انتحاري مقرا للشرطة"): the noun reports it
    if (e.pos === 'verb' && pred === h.i) {
      const o = this.hitAt.get(h.end);
      if (o && o.entry.pos !== 'verb' && !o.entry.light && o.entry.type === e.type && !info[h.end]!.norm.startsWith('ب')) return null;
    }

    // ---- source and target ----
    let source: Group | null = null;
    let target: Group | null = null;
    let sourceInferred = false;
    let pronounSubject = false;
    let speakerSubject = false;
    let undergoerUnnamed = false;
    let unnamedObject = false;
    const inClause = (k: number) => k < s.tokenEnd && info[k]!.clause === info[pred]!.clause;

    // explicit source markers after the trigger: من قبل X, بقيادة X, التي تقودها X
    let mk = this.sourceMarker(h.end, Math.min(s.tokenEnd, h.end + 8)) ?? (pred < h.i ? this.sourceMarker(pred + 1, h.i) : null) ?? (e.pos === 'verb' ? this.byHandOf(h.end, s.tokenEnd) : null);
    // (aircraft or weapons after بواسطة are the means, when the verb names its subject right after it: "هاجمت منظمة
    // القاعدة الأبراج … 【بواسطة الطائرات】 المدنية")
    if (mk && e.pos === 'verb' && (mk.g.units.every((u) => u.instrument) || info[mk.g.tokenStart - 1]?.norm === 'بواسطه')) {
      // (the subject may follow a head word the name does not include: "منظمة 【القاعدة】")
      const subj = this.groupStarting(h.end) ?? (info[h.end]?.word && !info[h.end]!.trigger && !info[h.end]!.definite ? this.groupStarting(h.end + 1) : undefined);
      if (subj && subj.units.some((u) => u.actor && !u.place && !u.instrument && !u.nisba)) mk = null;
    }
    const marker = mk?.g ?? null;
    // a coalition or force led by a named state acts as that state's military (التحالف بقيادة السعودية)
    const ledBy = !!mk?.led;
    if (marker) source = marker;

    // passive participle: the phrase before is the target
    if (e.passive) {
      for (let k = h.i, n = 0; k > s.tokenStart && n < 3; k--, n++) {
        const before = this.groupEndingNear(k, s.tokenStart);
        if (before) {
          target = before;
          break;
        }
        const t = info[k - 1]!;
        if (!t.word || t.flags || t.trigger) break;
      }
    }

    // ... and the phrase right after it with ب is the agent: "القوات النظامية مدعومة 【بطائرات التحالف】", also past a
    // word of members with the ب ("مدعومة بعناصر 【حزب الله】", "مدعومة بمقاتلين من 【حزب الله】"); with من the source
    // markers find it ("المدعومة من إيران")
    if (e.passive && !source && h.end < s.tokenEnd) {
      const t = info[h.end]!;
      let g = this.groupStarting(h.end);
      if (g && g.units[0]!.prep !== 'ب') g = undefined;
      if (!g && t.word && t.norm.startsWith('ب') && this.lex.flags(t.norm.slice(1)) & W.QUANT && !this.groupCovering(h.end)) {
        const k = info[h.end + 1]?.norm === 'من' ? h.end + 2 : h.end + 1;
        g = k < s.tokenEnd ? this.groupStarting(k) : undefined;
      }
      if (g && !g.units.every((u) => u.place && !u.capital)) source = g;
      // (and with من right after it, when the markers did not reach: "مليشيات مدعومة 【من إيران】")
      if (!source && t.norm === 'من' && h.end + 1 < s.tokenEnd) {
        const m = this.groupStarting(h.end + 1);
        if (m && !m.units.every((u) => u.place && !u.capital && u.actor?.kind !== 'country')) source = m;
      }
    }

    // support with ب and its giver after من, past one adjective: "وشنت القوات الموالية للحكومة 【بدعم جوي من التحالف】
    // هجمات": the giver is the source, the subject of the clause (the phrase before, or the verb's subject between the
    // verb and the noun) the one supported
    if (!source && e.type === 'SUPPORT' && e.pos === 'noun' && info[h.i]!.norm.startsWith('ب') && info[h.i]!.base !== info[h.i]!.norm) {
      let k = h.end;
      if (k < s.tokenEnd && info[k]!.word && !info[k]!.definite && !info[k]!.trigger && /(?:ي|يه|ية)$/.test(info[k]!.norm)) k++;
      const giver = k + 1 < s.tokenEnd && info[k]!.norm === 'من' ? this.groupStarting(k + 1) : undefined;
      if (giver && !giver.units.every((u) => u.place && !u.capital)) {
        source = giver;
        // (only the sentence's subject: not "منذ تحريرها من ميليشيا الحوثي والمخلوع صالح بدعم من قوات التحالف")
        const backed = this.groupEndingNear(h.i, s.tokenStart);
        if (backed && !this.prepBefore(backed) && backed.tokenStart === this.mainSubject(s)?.tokenStart) target = backed;
      }
    }

    // a claim of responsibility: "أعلن تنظيم الدولة مسؤوليته عن تفجير ..." → the claimant is the agent (also with the
    // article: "وأعلنت حركة طالبان 【المسؤولية】 عن الهجوم")
    // (not a responsibility laid on someone by a blame before it: "وحملت الحكومة حركة طالبان المسؤولية عن الهجوم")
    const blamed = (k: number) => { for (let j = k - 1; j >= Math.max(s.tokenStart, k - 10); j--) if (this.hitAt.get(j)?.entry.type === 'ACCUSE') return true; return false; };
    if (!source && e.pos !== 'verb' && h.i >= 2 && info[h.i - 1]!.norm === 'عن' && /^(?:مسووليت|مسيوليت|مسوليت|المسووليه$|المسيوليه$|المسوليه$)/.test(info[h.i - 2]!.norm) && !blamed(h.i - 2)) {
      const claimant = this.groupEndingNear(h.i - 2, s.tokenStart);
      if (claimant && !claimant.units.every((u) => u.place)) source = claimant;
    }
    // the same with the claimant in construct: "نفى مسؤولية الجماعة عن الهجوم", "تبنى مسؤولية داعش عن"
    if (!source && e.pos !== 'verb' && h.i >= 3 && info[h.i - 1]!.norm === 'عن') {
      const g = this.groupCovering(h.i - 2);
      if (g && g.tokenEnd === h.i - 1 && g.tokenStart > s.tokenStart && /^(?:مسوولي|مسيولي|مسولي)/.test(info[g.tokenStart - 1]!.norm) && !g.units.every((u) => u.place)) source = g;
    }

    // an act announced by its agent: "أعلن حزب الله استهداف موقع", "أعلنت جماعة الحوثي إطلاق صاروخ" (the
    // group right between the verb of announcing and the event noun; an inner agent, "تنفيذ الاستخبارات
    // عمليات اعتقال", stands between them and is found as usual)
    // (taken below, when the noun has no agent of its own: "أكد الوزير دعم بلاده" → بلاده)
    let announcer: Group | null = null;
    // a noun after a verb of saying with the resumptive pronoun of the call or statement it is said in: its speaker
    // ("اتصالا هاتفيا من الرئيس التركي أعرب فيه عن 【إدانته】")
    if (!source && e.pos !== 'verb' && pred === h.i) {
      const an = info[h.i - 1]?.norm === 'عن' ? h.i - 1 : h.i;
      const caller = an - 2 >= s.tokenStart ? this.resumptiveSpeaker(an - 2) : null;
      if (caller && caller !== target) source = caller;
    }
    // (also with عن between them: "أعلنت الوزارة عن إطلاق …", "أعربت دولة الكويت عن إدانتها")
    if (!source && e.pos !== 'verb' && pred === h.i && h.i >= 2) {
      const an = info[h.i - 1]!.norm === 'عن' && h.i >= 3 ? h.i - 1 : h.i;
      const g = this.groupCovering(an - 1);
      if (g && g.tokenEnd === an && g.tokenStart > s.tokenStart && !this.prepBefore(g) && lex.announceVerb(info[g.tokenStart - 1]!.bases)) announcer = g;
      // a noun coordinated with و after an announced one shares its announcer: "أعلنت وزارة الداخلية تفكيك خلايا
      // إرهابية 【واعتقال】 431 شخصا" (within ten words, no punctuation between)
      if (!announcer && info[h.i]!.conjAttached && /^و/.test(info[h.i]!.norm)) {
        for (let k = h.i - 1; k >= Math.max(s.tokenStart, h.i - 10) && !info[k]!.punct; k--) {
          const prev = this.announcedBy.get(k);
          if (prev) {
            announcer = prev;
            break;
          }
          // (or the announcing verb's subject itself, when the first noun was no event: "أعلنت الوزارة ضبط أسلحة
          // واعتقال …")
          const hk = this.hitAt.get(k);
          if ((hk && hk.entry.pos === 'verb') || info[k]!.norm === 'ان' || info[k]!.norm === 'بان') break;
          const g = this.groupCovering(k);
          if (g && g.tokenStart > s.tokenStart && !this.prepBefore(g) && lex.announceVerb(info[g.tokenStart - 1]!.bases)) {
            announcer = g;
            break;
          }
          if (g) k = g.tokenStart;
        }
      }
      if (announcer) this.announcedBy.set(h.i, announcer);
    }

    let genitive: Group | null = null;
    // a phrase opening with an imperfect verb after its subject: "قوات الأمن تطلق النار"
    // (or any verb-headed phrase after its subject: "عناصر تنظيم داعش أطلقوا عشرات الصواريخ")
    const imperfect = e.pos === 'phrase' && !info[h.i]!.definite && (/^[وف]?[يت]/.test(info[h.i]!.norm) || !!e.verbHeaded) && !!this.groupEndingNear(h.i, s.tokenStart);
    // (a verb-headed phrase right after a date opens its clause: "وفي وقت سابق هذا العام 【وقعت】 الهند وبنغلاديش اتفاقا")
    const afterDate = !!e.verbHeaded && h.i > s.tokenStart && !info[h.i]!.definite && this.dateCovers(h.i - 1);
    // (a phrase of ours whose gap holds its agent reads like a verb's, subject then object: "أكد وقوف 【دولة الكويت】 الكامل إلى
    // جانب المملكة")
    const gapGroup = e.pos === 'phrase' && !!e.gap && e.source === 'rasid' ? this.groupStarting(h.i + 1) : null;
    const gapAgent = !!gapGroup && !this.prepBefore(gapGroup) && gapGroup.tokenEnd < h.end;
    const isVerbPred = e.pos === 'verb' || light !== undefined || (e.pos === 'phrase' && (isVerbPosition(info, h.i, !!e.verbHeaded) || imperfect || afterDate || gapAgent));
    let afterSubj = h.end;
    if (isVerbPred) {
      // subject after the verb (VSO), skipping dates and quantifiers
      let subj: Group | null = null;
      const from = pred === h.i ? (e.gap ? h.i + 1 : h.end) : pred + 1;
      // a count right after a victim verb: "قتل خمسة جنود" (not "هاجم عناصر من داعش")
      const victimPassive = pred === h.i && e.type === 'ASSAULT' && !!(info[h.i]!.flags & W.VICTIM_VERB) && this.looksPassive(h.end, s.tokenEnd) && !this.armedAgentAfter(h, s);
      // an accusation verb with its charge (ب) right after it, or after one phrase with no other before the charge, is
      // the passive "اُتُّهم": "الصحفي الذي 【اتهم】 بالتجسس", "واتهم وزير الخارجية الإيراني بالكذب" (the one accused is
      // the target; undefined: not that passive, null: the accused stands before the verb)
      const charged = e.pos === 'verb' && pred === h.i && e.type === 'ACCUSE' && !objectPronounAt(info, h.i) && lex.chargeVerb(info[h.i]!.bases) ? this.passiveCharge(h, s) : undefined;
      // a subject right before the verb (SVO: "إيران تتهم الولايات المتحدة", "أن السعودية تدعم المعارضة"):
      // the group after the verb is then its object
      // (a verb phrase too: "عناصر تنظيم داعش أطلقوا عشرات الصواريخ")
      const verbPhrase = e.pos === 'phrase' && !info[h.i]!.definite;
      // a circumstantial participle ("…، مطالبا روسيا بوقف دعمها", "مشيدا بدور تركيا") has the subject of the main
      // clause as its agent; the group after it is its object
      const participle = e.pos === 'verb' && pred === h.i && !!e.participles?.includes(info[h.i]!.norm.replace(/^[وف]/, ''));
      // a verb that agrees with a plural or dual subject has it as a pronoun: the phrase after it is its object
      // ("الذين يقتلون المصلين", "المسلحون هاجموا القاعدة")
      const agreeing = e.pos === 'verb' && pred === h.i && !!e.agreeingForms?.has(info[h.i]!.base);
      // a verb right after إنه / أنها / بأنهم whose pronoun agrees with the verb of saying that opens the quotation
      // has the speaker as its subject: "وأعلن شتاينماير 【أنه】 سيزور المملكة" (the phrase after the verb is its object)
      const bySpeaker = e.pos === 'verb' && pred === h.i && this.speakerPronoun(h, s);
      // an imperfect verb right after an independent pronoun (وهو، وهي، وهم) has it as its subject: the phrase after the
      // verb is its object ("وظهر الرئيس 【وهو】 ينتقد الحكومة"; the pronoun's referent is not guessed; "وهو طالب" is a
      // student)
      const pronounBefore = e.pos === 'verb' && pred === h.i && h.i > s.tokenStart && INDEPENDENT_PRONOUNS.has(info[h.i - 1]!.norm) && /^[يت]/.test(info[h.i]!.base);
      pronounSubject = agreeing || bySpeaker || pronounBefore;
      speakerSubject = bySpeaker;
      // so does a verb right after a relative pronoun with no pronoun pointing back to it: the relative is the
      // subject ("الحادثان اللذان استهدفا المصلين", "من يفجر مسجدا"; not "المسجد الذي هاجمه مسلحون")
      // ("من" only before an imperfect form: "من قتل" may be "from killing")
      // (a verb that does not agree with the relative has a subject of its own: "الحقول التي 【يهدد】 صدام باستهدافها";
      // so has one followed by a nominative plural: "الذي ينتقد بعض 【المتطرفون】 علاقاته")
      // (also past كان before an imperfect: "الهجمات التي 【كانت】 تستهدف مساجد")
      const kana = h.i - 2 >= s.tokenStart && /^(?:كان|كانت|كانوا|كانا|كانتا)$/.test(info[h.i - 1]!.norm) && RELATIVE_PRONOUNS.has(info[h.i - 2]!.norm) && /^[يت]/.test(info[h.i]!.base);
      // (not with a pronoun pointing back to the relative a few words on: "«داعش» التي كانت ترفض تركيا أي اقتراب 【منها】")
      let pointsBack = false;
      for (let k = h.end; kana && k < Math.min(s.tokenEnd, h.end + 6) && !info[k]!.punct; k++) if (RESUMPTIVE_PREP.test(info[k]!.norm)) pointsBack = true;
      const relAt = kana && !pointsBack ? h.i - 2 : h.i - 1;
      // (a relative joined by و to the adjectives before it is one too: "العملية الإرهابية الآثمة 【والتي】 استهدفت المصلين")
      const prevRaw = relAt >= s.tokenStart ? info[relAt]!.norm : '';
      const prevNorm = prevRaw.startsWith('و') && RELATIVE_PRONOUNS.has(prevRaw.slice(1)) ? prevRaw.slice(1) : prevRaw;
      const relativeSubject = charged === undefined && e.pos === 'verb' && pred === h.i && (RELATIVE_PRONOUNS.has(prevNorm) || (prevNorm === 'من' && /^[يت]/.test(info[h.i]!.base))) && !objectPronounAt(info, pred) && !RESUMPTIVE_PREP.test(info[pred + 1]?.norm ?? '') && relativeAgrees(prevNorm, info[h.i]!.base, e, agreeing) && !nominativePluralAt(info, h.end) && !nominativePluralAt(info, h.end + 1);
      // a plural victim verb with nothing but a preposition of circumstance after it, right after the people it counts,
      // is the passive "قُتلوا": they are its victims, not its agents ("أن 【54 من الحوثيين】 وحلفائهم قتلوا في معارك
      // الحوطة", "【12 جنديا يمنيا】 قتلوا في هجوم للحوثيين")
      const countedVictims = agreeing && e.type === 'ASSAULT' && !!(info[h.i]!.flags & W.VICTIM_VERB) && !objectPronounAt(info, h.i) && (h.end >= s.tokenEnd || info[h.end]!.punct || lex.victimAfter(info[h.end]!.norm)) ? this.countedGroupBefore(pred, s.tokenStart) : null;
      if (countedVictims) pronounSubject = false;
      const preverbal = participle || pronounBefore || victimPassive || countedVictims || bySpeaker || charged !== undefined || marker || light?.inverse || light?.noun || (!light && e.pos !== 'verb' && !verbPhrase) ? null : this.preverbalSubject(pred, s.tokenStart);
      const caller = this.resumptiveSpeaker(pred);
      if (caller) subj = caller;
      else if (preverbal) subj = preverbal;
      else if (participle) {
        const main = this.mainSubject(s);
        // (not a news outlet that learned or reported the clause: "وعلمت «عكاظ» أن طارق صالح يفاوض …، 【مطالبا】")
        if (main && main.tokenEnd <= h.i && !main.units.every((u) => u.actor?.kind === 'media')) subj = main;
      } else if (!victimPassive && !countedVictims && !agreeing && !pronounBefore && !relativeSubject && !bySpeaker && charged === undefined) {
        let resumptive = -1;
        let owner = -1;
        const clauseInitial = h.i === s.tokenStart || info[h.i]!.conjAttached || (!!info[h.i - 1]?.punct && info[h.i - 1]!.norm !== ',');
        for (let k = from, skipped = 0; k < s.tokenEnd && skipped <= 3; k++) {
          const g = this.groupStarting(k);
          if (g) {
            const prep = this.prepBefore(g);
            const afterHead = prep === 'ل' && !!(info[g.tokenStart - 1]!.flags & W.TARGET_HEAD);
            // "مواقع لحماس" after the verb is its object when a subject stands before it ("طائراته قصفت مواقع لحماس")
            // "استنكرت الأمانة العامة لمنظمة التعاون الإسلامي": the owner of a body named before it with ل
            const ofOwner = prep === 'ل' && owner >= 0 && g.tokenStart - owner <= 2;
            // (people counted in the accusative are the victims or the object, never the agent: "أعدمت 289 【شخصا】")
            const accusativePeople = g.units.length === 1 && !!g.units[0]!.head && !info[g.tokenStart]!.definite && g.tokenEnd - g.tokenStart === 1 && info[g.tokenStart]!.norm.endsWith('ا');
            // (nor is a definite plural in ـين right after a verb, the accusative: "يطالب 【الحوثيين】 بالانسحاب",
            // "ودعا 【الفلسطينيين】 إلى الوحدة"; the nominative subject is ـون; not a name or a singular such as الأمين)
            const obliquePlural = k === from && pred === h.i && (e.pos === 'verb' || (e.pos === 'phrase' && !info[h.i]!.definite)) && (obliquePluralAt(info, g) || (!!(info[h.i]!.flags & W.VICTIM_VERB) && obliqueIndefinite(info, g)));
            if ((!prep || ofOwner || resumptive === g.tokenStart - 1 || (afterHead && !this.groupEndingNear(pred, s.tokenStart))) && !accusativePeople && !obliquePlural) subj = g;
            break;
          }
          const t = info[k]!;
          // (an opening quotation mark around a name: "وقصفت 【«】جبهة النصرة» مواقع")
          // (right after a verb that opens its clause, around a short name that the mark closes: not a quotation, "حثت
          // "الأثرياء المصريين في لندن على …", nor the object of a verb whose subject stands before it)
          if (t.punct && OPENING_QUOTES.has(t.norm) && k === from && pred === h.i && clauseInitial && this.shortQuotedGroup(k + 1)) continue;
          if (t.trigger && k >= h.i && k !== h.i) break;
          // a person the knowledge base does not know, right after the verb, is its subject: the group after the name
          // is the object ("واستقبل 【فهد الحربي】 وزير الخارجية الأمريكي")
          if (k === from && this.titleOrName[k]! & 2 && !(this.titleOrName[k]! & 1)) break;
          // a definite noun right after the verb that is no actor is its subject, the group after it the object:
          // "هنأ 【الوفد】 خادم الحرمين الشريفين" (not a nisba after it, which is the subject's: "صرح المصدر السعودي")
          // (not a title or an honorific before a name: "دعا 【الشيخ】 محمد حسين", "التقى 【المهندس】 محمد المخرج")
          if (k === from && t.word && t.definite && !t.flags && !this.dateCovers(k) && !(this.titleOrName[k]! & 1) && !(this.titleOrName[k + 1]! & 2)) {
            const nx = this.groupStarting(k + 1);
            // (nor a body's head before its adjective: "أدان المكتب 【الإعلامي】 لمجلس التعاون")
            const adj = !!nx && this.info[k + 1]!.definite && /(?:ي|يه)$/.test(this.info[k + 1]!.norm);
            if (nx && !this.prepBefore(nx) && !nx.units[0]!.nisba && !adj && !lex.ownerHead(t.bases) && !(this.info[k + 1]!.flags & W.QUANT)) break;
          }
          // the head of a body before its owner with ل: "الأمانة العامة لمنظمة التعاون الإسلامي"
          if (owner < 0 && t.definite && !t.flags && lex.ownerHead(t.bases)) {
            owner = k;
            skipped++;
            continue;
          }
          // an adjective of the body: "الأمانة العامة"، "المكتب الإعلامي"
          if (owner === k - 1 && t.definite && t.word && !t.flags && !t.trigger) continue;
          // a pronoun pointing back to a relative antecedent: "الصحفيين الذين اعتدى عليهم رجال الشرطة"
          // (after a light verb too: "صنعاء التي يفرض عليها الحوثيون حصارا")
          if (k === from && (pred === h.i || light) && RESUMPTIVE_PREP.test(t.norm) && RELATIVE_PRONOUNS.has(info[pred - 1]?.norm ?? '')) {
            resumptive = k;
            skipped++;
            continue;
          }
          // "هاجم عناصر من تنظيم داعش": members of the group after من
          if (t.norm === 'من' && k > from && info[k - 1]!.flags & (W.QUANT | W.TARGET_HEAD)) {
            skipped++;
            continue;
          }
          // a verbal noun right after the verb is its object, and the phrase after it that noun's genitive, not the verb's
          // subject: "رفضت 【مبايعة】 الزعيم الملا أختر منصور", "قررت 【مقاطعة】 الحكومة"
          if (k === from && e.pos === 'verb' && pred === h.i && t.word && !t.flags && !t.trigger && !t.definite && !t.conjAttached && DERIVED_VERBAL_NOUN.test(t.norm)) break;
          // (two plain words before a nominative plural nisba, which can only be the subject's:
          // "اتهم ممثلو ادعاء بريطانيون رجلا")
          if (t.flags & (W.QUANT | W.TARGET_HEAD) || this.dateCovers(k) || this.numberCovers(k) || (t.word && !t.flags && !t.trigger && (skipped < 1 || (skipped < 2 && this.nominativeNisbaAt(k + 1))) && !lex.lightVerb(t.base))) {
            skipped++;
            continue;
          }
          // a long title the actor layer did not resolve, before the person it introduces: "أدان وكيل إمارة
          // منطقة الباحة الدكتور حامد الشمراني", "طالب الأمين العام لرابطة العالم الإسلامي الشيخ عبدالله التركي"
          if (k === from + skipped) {
            const p = this.personAfterTitle(k, s.tokenEnd);
            if (p) subj = p;
          }
          break;
        }
      }
      // an attack noun right before the verb is its subject ("التفجير الذي استهدف مسجد ...", "هجوم استهدف
      // مقرا"): the phrase after the verb is then its object, not its agent
      // so is one right after it ("استهدف هجوم مسجد ..."; the noun's own mention carries the event)
      const nounAfter = this.hitAt.get(from);
      const attackAfter = !!nounAfter && nounAfter.entry.pos !== 'verb' && nounAfter.entry.type === 'ASSAULT' && !!subj && subj.tokenStart >= nounAfter.end;
      if (subj && subj !== preverbal && e.type === 'ASSAULT' && pred === h.i && (attackAfter || this.attackNounBefore(h.i, s.tokenStart))) {
        target = target ?? subj;
        subj = null;
      }
      if (subj && light && pred !== h.i && subj.tokenStart > h.i) subj = null;
      if (subj && subjBetween === null && light && subj.tokenStart < h.i) subjBetween = subj;
      if (light?.inverse) {
        // (the one subjected to it may stand before the verb: "أوباما 【اصطدم】 بمعارضة الجمهوريين")
        const undergoer = subj ?? (pred > s.tokenStart ? this.preverbalSubject(pred, s.tokenStart) : null);
        if (undergoer) target = target ?? undergoer;
        subj = null;
        // the noun's agent is its genitive: "بمعارضة 【الجمهوريين】", "لهجوم 【الطائرات】"
        if (!source && e.pos !== 'verb' && e.gen === 'source') {
          const g = this.genitiveAfter(h.end, s.tokenEnd);
          if (g && g !== target && g.tokenStart === h.end) source = g;
        }
        // or the one it came from, after من: "تلقى الملك سلمان اتصالا هاتفيا 【من】 الرئيس الأمريكي"
        if (!source && e.pos !== 'verb') {
          const from = this.prepTarget({ ...e, args: ['من'] }, h.end, Math.min(s.tokenEnd, h.end + 6), target);
          if (from && from !== target) source = from;
        }
      }
      if (charged !== undefined) {
        const accused = charged ?? this.groupEndingNear(pred, s.tokenStart);
        if (accused) target = target ?? accused;
      } else if (subj) {
        if (!source) source = subj;
        afterSubj = Math.max(h.end, subj.tokenEnd);
        // the subject's leader or sponsor after it ("طائرات التحالف بقيادة السعودية") is not the object
        if (marker && marker.tokenStart >= afterSubj && marker.tokenStart - afterSubj <= 3) afterSubj = marker.tokenEnd;
      } else if (!light?.inverse && !countedVictims) {
        // subject before the verb (SVO) or an antecedent for a pronoun (قيامها)
        const before = this.groupEndingNear(pred, s.tokenStart);
        if (before && !source) source = before;
        else if (marker && source === marker && e.pos === 'verb' && pred === h.i && marker.tokenStart > h.i && !target) {
          // a verb whose agent follows على يد / من قبل is passive: the phrase before it is the one acted upon ("ثلاثة
          // صحفيين 【اعتقلوا】 على أيدي مسلحي الحوثي"), past a relative clause without its pronoun whose verb points back to
          // it ("مقاتلين من المعارضة 【دربهم الجيش الأمريكي】 اعتقلوا على أيدي …": not the army); when that phrase names no
          // actor, none is guessed in its place
          const u = this.undergoerBefore(pred, s.tokenStart);
          if (u === 'unnamed') undergoerUnnamed = true;
          else if (u) target = u;
        } else if (lightPronoun && !source) {
          const ante = this.antecedent(pred, s.tokenStart);
          if (ante) {
            source = ante;
            sourceInferred = true;
          }
        }
      }
      // the antecedent of a relative clause is its subject, whatever its own preposition: "غطاء جوي من 【طائرات التحالف】
      // التي قصفت القاعدة"
      if (!source && relativeSubject && RELATIVE_PRONOUNS.has(prevNorm) && relAt > s.tokenStart) {
        const ante = this.groupCovering(relAt - 1);
        if (ante && ante.tokenEnd === relAt && !ante.units.every((u) => u.place)) source = ante;
      }
      // the antecedent of a relative clause whose verb has an object pronoun is its object
      // ("الميليشيات التي تدعمها إيران", "المسجد الذي هاجمه مسلحون")
      if (!target && ((pred === h.i && objectPronounAt(this.info, pred)) || ((pred === h.i || light) && RESUMPTIVE_PREP.test(info[pred + 1]?.norm ?? '')))) {
        const ante = this.groupEndingNear(pred, s.tokenStart);
        if (ante && ante !== source && RELATIVE_PRONOUNS.has(info[pred - 1]!.norm)) target = ante;
      }
      if (victimPassive) {
        const v = this.groupStartingWithin(h.end, Math.min(s.tokenEnd, h.end + 4));
        if (v) target = target ?? v;
      }
      if (countedVictims) target = countedVictims;
      // a light verb's noun keeps its own object genitive: "تواصل القوات العراقية قتال تنظيم داعش"
      // (the noun in construct, without the article: "حضر اللقاء نائب الرئيس" names who attended)
      if (!target && light && pred !== h.i && type === 'ASSAULT' && e.pos !== 'verb' && e.gen === 'target' && !info[h.end - 1]!.definite) {
        const g = this.genitiveAfter(h.end, s.tokenEnd);
        if (g && g !== source) target = g;
      }
      // direct object
      if (!target && e.args.includes('obj') && pred === h.i) {
        // a verb + object fact of UniversalPetrarch ends with its object noun: "هاجموا 【قاعدة】 للجيش العراقي"
        // (the noun itself is a common noun there, "هاجموا القاعدة" the base, not al-Qaeda: only a sector noun or the
        // noun with its owner is taken from inside)
        const inner = e.source === 'upa' && afterSubj === h.end ? this.groupStarting(h.end - 1) : undefined;
        let objFrom = inner && (inner.tokenEnd > h.end || inner.units[0]!.head) ? h.end - 1 : afterSubj;
        // (past the clause's date and a comma after it: "اتهمت الحكومة الأوكرانية اليوم【،】 الانفصاليين الموالين لروسيا")
        let d = objFrom;
        let objClause = clause;
        // (also a date set off by commas on both sides: "استهدفت طائرات الأباتشي السعودية【، اليوم،】 تجمعات لمليشيات الحوثي")
        if (d + 1 < s.tokenEnd && info[d]!.punct && (info[d]!.norm === ',' || info[d]!.norm === '،') && this.dateCovers(d + 1)) d++;
        while (d < s.tokenEnd && this.dateCovers(d)) d++;
        if (d > objFrom && d + 1 < s.tokenEnd && info[d]!.punct && info[d]!.norm === ',') {
          objFrom = d + 1;
          objClause = info[objFrom]!.clause;
        }
        // (past an occasion phrase between the subject and the object: "والتقى وزير الخارجية 【خلال زيارة إلى القاهرة】 الأمين
        // العام للجامعة العربية")
        objFrom = this.pastOccasion(objFrom, s.tokenEnd);
        const obj = this.objectAfter(objFrom, s.tokenEnd, objClause, type === 'ACCUSE', type === 'ASSAULT');
        if (obj) target = obj;
        // people counted with no side named as the object of an arrest ("واعتقلت 16 آخرين"، "اعتقلت 23 عنصرا جنائيا"),
        // before any place where it happened ("ثلاثة من أعضائه في كراتشي": no one arrests a city)
        if (type === 'COERCE' && (!obj || obj.units.every((u) => u.place)) && this.countedPeopleAt(objFrom, s.tokenEnd)) {
          unnamedObject = true;
          target = null;
        }
        // two offices of one person before the name ("شجب 【وزير العدل】 【رئيس المجلس الأعلى للقضاء الدكتور وليد
        // الصمعاني】، العمل الإرهابي", "أدان وزير الخارجية نائب رئيس الوزراء الشيخ صباح الخالد التفجير"): the subject runs
        // to the name when a definite object of the verb follows it; with none the title and name are the object ("استقبل
        // وزير الخارجية رئيس مجلس الشورى عبدالله آل الشيخ في مكتبه")
        const chain = obj && source ? this.officeChain(source, obj, s.tokenEnd) : null;
        if (chain) {
          source = chain.subject;
          target = chain.object;
        }
      }
    } else {
      // noun trigger: genitive or nisba right after it
      // a noun with its own possessive pronoun ("دعمه لقرارات العبادي", "قطع علاقاتها الدبلوماسية") has no
      // genitive agent after it
      let g = announcer && /(?:ها|هما|هم|ه)$/.test(doc.tokens[h.end - 1]!.text) ? null : this.genitiveAfter(h.end, s.tokenEnd, e.gen === 'source' && !e.args.includes('ل'), e.args);
      // a definite noun has no genitive: an indefinite phrase right after it is the subject of the clause
      // ("قتل في الهجوم ثلاثة جنود أمريكيين", "استشهد في الغارة ضباط أمن إيرانيون": after a victim verb, the victims)
      // (not after لل, which may be ل + a noun beginning with ل: "للقاء مسؤولين عراقيين")
      if (g && info[h.end - 1]!.definite && !/^[وف]?لل/.test(info[h.end - 1]!.norm) && info[h.end]!.word && !info[h.end]!.definite && !info[g.tokenStart]!.definite && !g.units[0]!.nisba && !this.prepBefore(g)) {
        let p = h.i - 1;
        if (p >= s.tokenStart && info[p]!.norm === 'في') p--;
        if (type === 'ASSAULT' && p >= s.tokenStart && info[p]!.flags & W.VICTIM_VERB && g !== source) target = target ?? g;
        g = null;
      }
      // a city after a meeting or agreement noun is where it is held, not a party: "مفاوضات 【فيينا】", "اتفاق 【لوزان】",
      // "مؤتمر 【جنيف】" (a capital read as its government, "طهران", too)
      if (g && (type === 'CONSULT' || type === 'AGREE') && g.tokenStart === h.end && g.units.length === 1 && (g.units[0]!.capital || (g.units[0]!.place && g.units[0]!.actor?.kind !== 'country'))) g = null;
      genitive = g;
      // a singular adjective right after an attack noun is its agent: "قصف روسي", "تفجير انتحاري"
      // (and a definite one after a definite noun: "القصف الروسي", "التفجير الإرهابي")
      // (so is a nisba adjective after any act whose genitive would be its object: "العقوبات 【الأمريكية】 على إيران",
      // "الاحتلال 【الإسرائيلي】", "التدخل 【الإيراني】")
      // (one word: "استهداف 【دورية الأمن】" is a noun and its genitive, whatever دورية ends in)
      const adjAgent = !!g && (type === 'ASSAULT' || (e.gen === 'target' && !!g.units[0]!.nisba)) && g.tokenStart === h.end && g.tokenEnd === g.tokenStart + 1 && g.units.length === 1 && info[g.tokenStart]!.definite === info[h.end - 1]!.definite && /(?:ي|يه)$/.test(info[g.tokenStart]!.norm) && !g.units[0]!.place && (!!g.units[0]!.nisba || g.units[0]!.actor?.kind === 'armed_group' || (g.units[0]!.actor?.kind === 'title' && ARMED_SECTORS.has(g.units[0]!.actor.sector ?? '')));
      if (g && adjAgent) source = source ?? g;
      else if (g) {
        // a definite genitive followed by the object with ل is the agent: "استهداف الجيش الإسرائيلي للمدنيين",
        // "قصف الحوثيين لمنطقة سكنية" (an indefinite one is owned: "قتل عنصرين لداعش" = two of its members)
        const lam = e.gen === 'target' && !source && g.tokenStart === h.end ? this.lamObjectAfter(g, s.tokenEnd) : null;
        // aircraft or artillery right after an attack noun fire it: "قصف طائرات التحالف مواقع التنظيم",
        // "قصف الطيران الروسي" (the object, if any, follows them)
        // (and a state's army, police or forces after a noun that says so: "قصف القوات الأوكرانية", "قصف الجيش")
        const fired = !lam && type === 'ASSAULT' && (e.cameo ?? '').startsWith('19') && e.gen === 'target' && !source && g.tokenStart === h.end && (this.armedInstrumentAt(g.tokenStart) || (!!e.forceAgent && this.stateForce(g)));
        if (lam) {
          source = g;
          if (lam !== true) target = target ?? lam;
        } else if (fired) {
          source = g;
          const o = this.groupStarting(g.tokenEnd);
          if (o && !this.prepBefore(o)) target = target ?? o;
        } else if (e.gen === 'target') target = target ?? g;
        // (a capital speaks for its government, "دعم 【طهران】 لنظام الأسد", but names where attacks, talks and agreements
        // happen: "هجمات كابل", "حوار الرياض")
        else if (e.gen === 'source' && !g.units.every((u) => u.place && !(u.capital && type !== 'ASSAULT' && type !== 'CONSULT' && type !== 'AGREE'))) {
          // (after the ل of purpose the genitive of aid or support is its object: "الجهود التي تبذلها السعودية 【لدعم】
          // الشعب اليمني"; not "تعرضت لهجوم القوات النظامية")
          if ((type === 'AID' || type === 'SUPPORT' || type === 'COOPERATE') && pred === h.i && purposeLam(info[h.i]!)) target = target ?? g;
          // (a conviction's genitive followed by its charge with ب is the convicted: "إدانة 【مواطن】 بالانضمام إلى
          // جبهة النصرة"; "إدانة السعودية للهجوم" has its condemner and the condemned with ل)
          else if (type === 'ACCUSE' && /^[وف]?ب(?:ال|ت)/.test(info[g.tokenEnd]?.norm ?? '') && info[g.tokenEnd]!.word && !this.groupStarting(g.tokenEnd)) target = target ?? g;
          else source = source ?? g;
        }
      }
      if (subjBetween && !source && pred !== h.i) source = subjBetween;
      // "قصف مدفعي لقوات النظام": an armed owner after ل is the agent of an attack noun
      if (!source && type === 'ASSAULT' && e.gen === 'target' && !g) {
        const own = this.genitiveAfter(h.end, s.tokenEnd, true);
        if (own && this.prepBefore(own) === 'ل' && own.units.some((u) => u.instrument || (u.actor && (ARMED_SECTORS.has(u.actor.sector ?? '') || u.actor.kind === 'armed_group')))) source = own;
      }
    }

    // a light verb right before its noun with no subject of its own ("وتواصل القصف الإسرائيلي لقطاع غزة"): the noun's
    // nisba is its agent, as without the light verb, and an object with ل after it its target
    if (!source && light && pred === h.i - 1 && e.pos !== 'verb' && (type === 'ASSAULT' || e.gen === 'target')) {
      const g = this.groupStarting(h.end);
      if (g && g.units.length === 1 && g.units[0]!.nisba && !this.prepBefore(g) && info[g.tokenStart]!.definite === info[h.end - 1]!.definite) {
        source = g;
        const lam = target ? null : this.lamObjectAfter(g, s.tokenEnd);
        if (lam && lam !== true) target = lam;
      }
    }
    // (a company, an outlet or civilians that confirm an attack or an arrest report it; they do not carry it out:
    // "وأكدت الشركة خطف سالوبيك")
    if (!source && announcer && !((type === 'ASSAULT' || type === 'COERCE') && this.civilianGroup(announcer))) source = announcer;
    // a force in a state of alert: "والقوات التونسية في حالة تأهب قصوى" → the forces before في
    if (!source && type === 'MOBILIZE' && e.pos !== 'verb' && h.i > s.tokenStart + 1 && info[h.i - 1]!.norm === 'في') {
      const g = this.groupEndingNear(h.i - 1, s.tokenStart);
      if (g && !g.units.every((u) => u.place)) source = g;
    }
    // a relative clause whose light verb takes the noun back as its object: "المشاورات التي أجراها وزير
    // الخارجية سامح شكري مع …", "الغارات التي شنتها طائرات التحالف" → the subject after that verb
    if (!source && e.pos !== 'verb' && pred === h.i) {
      const rs = this.relativeLightSubject(h.end, s.tokenEnd);
      if (rs && rs !== target) source = rs;
    }
    // a noun with its own possessive pronoun (ه / ها) stands for the actor named last before it in the
    // sentence: "طالب تركيا بوقف غاراتها" → Turkey; "أكد الوزير دعمه" → the minister
    // (only for a noun whose genitive is its agent: "اعتقاله", "احتلالها" name the one arrested, the place occupied)
    // (not an accusation or coercion, whose pronoun is mostly the accused: "عن اتهامه بـ"; an attack noun only
    // in the plural: "غاراتها"، "هجماتها", not "ضربها")
    // (and a reciprocal noun with its partner after مع / ب: "أشار أردوغان إلى لقائه بنظيره الأمريكي")
    // (after a preposition of occasion inside a quotation, the speaker's, also for a meeting noun whose other party
    // follows it: "أكد الوزير أن … وذلك خلال 【لقائه】 نظيره الأمريكي")
    // (and in the setting between a report's cue and its content, with or without the pronoun, the speaker's: "وأضاف
    // خلال 【زيارة】 إلى ماليزيا «…»")
    if (!source && e.pos !== 'verb' && (e.gen === 'source' || e.recip) && pred === h.i && type !== 'ACCUSE' && type !== 'COERCE') {
      const sp = this.settingSpeaker(h.i, s.tokenStart);
      if (sp && sp !== target && !(target && sameActors(sp, target))) {
        source = sp;
        sourceInferred = true;
      }
    }
    if (!source && e.pos !== 'verb' && (e.gen === 'source' || e.recip) && pred === h.i && type !== 'ACCUSE' && type !== 'COERCE' && possessiveNoun(info[h.end - 1]!)) {
      const sp = this.occasionSpeaker(h.i, s.tokenStart);
      if (sp && sp !== target && !(target && sameActors(sp, target))) {
        source = sp;
        sourceInferred = true;
      }
    }
    const partnerAt = e.recip ? this.partnerAhead(h.end, s.tokenEnd) : -1;
    const recipPartner = partnerAt >= 0;
    if (!source && e.pos !== 'verb' && (e.gen === 'source' || recipPartner) && pred === h.i && type !== 'ACCUSE' && type !== 'COERCE') {
      const t = info[h.end - 1]!;
      if (possessiveNoun(t) && (type !== 'ASSAULT' || t.base.endsWith('ات'))) {
        const ante = this.antecedent(h.i, s.tokenStart);
        // (the partner after مع / ب is someone else: "أطلع المجلس على نتائج اجتماعه مع الرئيس عمر البشير")
        const partner = recipPartner ? this.groupStartingWithin(partnerAt, Math.min(s.tokenEnd, partnerAt + 2)) : null;
        if (ante && ante !== target && !(target && sameActors(ante, target)) && !(partner && sameActors(ante, partner)) && !ante.units.every((u) => u.place && u.actor?.kind !== 'country')) {
          source = ante;
          sourceInferred = true;
        }
      }
    }

    // an accusation or arrest noun with its own pronoun followed by its agent (من قبل) or the charge (بـ):
    // the pronoun is the one accused or arrested ("بعد اتهامه من قبل الرئيس التركي بتنفيذ التفجير")
    if (!target && e.pos !== 'verb' && pred === h.i && (type === 'ACCUSE' || type === 'COERCE') && h.end < s.tokenEnd) {
      const t = info[h.end - 1]!;
      const nx = info[h.end]!;
      const passiveAgent = nx.norm === 'من' && info[h.end + 1]?.norm === 'قبل';
      const charge = nx.word && /^ب/.test(nx.norm) && !this.groupStarting(h.end);
      if ((passiveAgent || charge) && t.norm !== t.base && /[^ه](?:ها|هم|ه)$/.test(t.norm)) {
        const ante = this.antecedent(h.i, s.tokenStart);
        if (ante && ante !== source && !(source && sameActors(ante, source)) && !ante.units.every((u) => u.place && u.actor?.kind !== 'country')) {
          target = ante;
        }
      }
    }

    // a verbal noun with its own pronoun and an accusative object after it: the pronoun is its agent, the
    // actor named before it ("اختبر تنظيم داعش … بمهاجمته مركزًا تركيًا"; a nisba or a place is no antecedent)
    if (!source && e.pos !== 'verb' && e.gen === 'target' && pred === h.i && h.end < s.tokenEnd) {
      const t = info[h.end - 1]!;
      const o = info[h.end]!;
      const accusative = o.word && !o.definite && (/\u064B/.test(doc.tokens[h.end]!.text) || (o.norm.length > 3 && o.norm.endsWith('ا') && !o.norm.endsWith('ها')));
      if (accusative && t.norm !== t.base && /[^ه](?:ها|هم|ه)$/.test(t.norm)) {
        for (let j = h.i - 1; j >= s.tokenStart && !this.hitAt.has(j); j--) {
          const g = this.groupCovering(j);
          if (!g) continue;
          j = g.tokenStart;
          if (this.prepBefore(g) || g.units.every((u) => u.nisba || u.place)) continue;
          // (nor the subject of another event's verb: "ندد الوزير بمهاجمتهم")
          if (g !== target && !this.hitAt.has(g.tokenStart - 1)) {
            source = g;
            sourceInferred = true;
          }
          break;
        }
        // the object's actor: "مركزًا تركيًا" → Turkey
        if (source && !target) {
          const og = this.groupStartingWithin(h.end + 1, Math.min(s.tokenEnd, h.end + 3));
          if (og && og !== source && !this.prepBefore(og)) target = og;
        }
      }
    }

    // "بحث الجانبان …", "اتفق الطرفان على …": the dual subject stands for the two states named last before it
    if (!source && !target && TOPIC_TYPES.has(type) && DUAL_ANAPHORS.has(info[pred + 1]?.norm ?? '')) {
      const pair = this.lastTwoStates(pred, info[pred + 1]!.norm);
      if (pair) [source, target] = pair;
    }

    // between X and Y (symmetric events)
    if (e.recip || e.args.includes('بين')) {
      const pair = !source || !target || e.pos !== 'verb' ? this.between(h.end, Math.min(s.tokenEnd, h.end + 15), type) : null;
      // (right after a noun, "بين X و Y" names its parties even when an agent stood before it: "وتأمل لافروف 【حوار
      // بين إيران ودول الخليج】")
      if (pair && e.pos !== 'verb' && source && pair[0].tokenStart <= h.end + 2 && info[pair[0].tokenStart - 1]!.flags & W.BETWEEN) {
        source = pair[0];
        target = pair[1];
      } else if (pair && (!source || !target) && !(speakerSubject && target)) {
        // (not for a verb whose subject is the speaker's pronoun with its partner named: "لافتًا إلى أنه 【سيبحث】 مع القيادة
        // المصرية تعزيز العلاقات الثنائية بين البلدين" is the speaker's meeting)
        if (!source && !speakerSubject) source = pair[0];
        if (!target) target = pair[1];
      }
    }
    // prepositional target / partner
    // (after a person in a noun's genitive with offices after the name, past them: "زيارة الأمير محمد بن سلمان ولي ولي
    // العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع 【للقاهرة】")
    if (!target) {
      let offices = 0;
      if (source && source === genitive) {
        const past = this.pastTitles(source.tokenEnd, s.tokenEnd);
        let titled = past > source.tokenEnd;
        for (let k = source.tokenStart + 1; k < source.tokenEnd && !titled; k++) titled = (this.titleOrName[k]! & 1) === 1;
        if (titled) offices = past;
      }
      target = this.prepTarget(e, Math.max(h.end, afterSubj, offices), s.tokenEnd, source);
    }
    // an attack noun's places of a group: "غارات لمراكز تابعة لتنظيم داعش" → the group
    if (!target && type === 'ASSAULT' && e.pos !== 'verb') {
      const owner = this.headOwnerAfter(h.end, s.tokenEnd);
      if (owner && owner !== source) target = owner;
    }
    // a cell or members of a group arrested or attacked: "ضبط شبكة إرهابية تابعة لتنظيم داعش" → the group
    if (!target && (type === 'COERCE' || type === 'ASSAULT')) {
      const owner = this.cellOwnerAfter(h.end, s.tokenEnd);
      if (owner && owner !== source) target = owner;
    }
    // aid carried by what arrives goes where it arrives: "وصلت إلى مطار عدن الدولي طائرة إماراتية تحمل 【مساعدات】"
    // (the arrival verb within twelve words before the noun, no punctuation between; with no destination of its own, an
    // earlier one of the sentence, within thirty words: "وصلت إلى مطار عدن الطائرة السعودية، كما 【وصلت】 طائرة إماراتية
    // تحمل مساعدات")
    if (!target && type === 'AID' && e.pos !== 'verb') {
      let near = true;
      for (let k = h.i - 1; k >= s.tokenStart && h.i - k <= 30 && (!near || h.i - k <= 12); k--) {
        if (info[k]!.punct && (near || info[k]!.norm !== ',')) break;
        if (!info[k]!.word || !lex.arrivalVerb(info[k]!.norm)) continue;
        const g = this.prepTarget({ ...e, args: ['الي'] }, k + 1, h.i, source);
        if (g && g !== source && !(source && sameActors(g, source))) {
          target = g;
          break;
        }
        if (!near) break;
        near = false;
      }
    }
    // aid and arms come "from" their source: مساعدات من السعودية إلى اليمن
    if (!source && (type === 'AID' || type === 'SUPPORT')) {
      const from = this.prepTarget({ ...e, args: ['من'] }, h.end, s.tokenEnd, target);
      if (from && from !== target) source = from;
    }
    // (else) aid is given by what carries it: "طائرة إماراتية 【تحمل】 مساعدات"، "سفينة سعودية 【محملة】 بمساعدات"
    if (!source && type === 'AID' && e.pos !== 'verb' && h.i - 1 > s.tokenStart && lex.carrierWord(info[h.i - 1]!.norm)) {
      const g = this.groupCovering(h.i - 2);
      if (g && g.tokenEnd === h.i - 1 && !this.prepBefore(g) && g !== target && g.units.some((u) => u.actor?.country)) source = g;
    }
    // the group before a noun trigger heading the clause: "القوات الإيرانية ... مساعدة" stays unassigned
    // victims of an attack
    let targetInferred = false;
    if (source && target && (source === target || sameActors(source, target))) target = null;
    // the leader named after a led force ("قوات التحالف العربي، الذي 【تقوده】 المملكة،") describes that force: it is no object;
    // after support it is the supporter ("مقاتلون محليون تدعمهم غارات جوية لتحالف 【تقوده】 السعودية")
    if (target && target.tokenStart > h.end && LEAD_WORDS.has(info[target.tokenStart - 1]?.norm ?? '')) {
      if (source && (type === 'SUPPORT' || type === 'AID') && source.tokenStart < h.i) [source, target] = [target, source];
      else target = null;
    }
    // the members of a group named before, with their pronoun after على / ضد: "الغارة التي شنتها طائرات إسرائيلية 【على بعض
    // عناصره】" (حزب الله named before the noun)
    if (type === 'ASSAULT' && !target) {
      const owner = this.ownedMembersTarget(h, s, source);
      if (owner) target = owner;
    }
    if (type === 'ASSAULT' && !target) {
      const v = this.victims(s);
      if (v && v !== source) target = v;
    } else if (type === 'ASSAULT' && e.pos !== 'verb' && target && target.tokenStart > h.i && (target.units.every((u) => u.place || u.head || u.owned) || (info[target.tokenStart]!.flags & W.TARGET_HEAD) !== 0 || (info[target.tokenStart - 1]?.flags ?? 0) & W.TARGET_HEAD)) {
      // the people killed before an attack noun are its target, not the place or thing it hit:
      // "قتل جنديان أمريكيان في هجوم على قاعدة عسكرية" → the soldiers
      // (only when the victims' clause leads straight into the noun: "… في / خلال / جراء هجوم")
      const v = this.victims(s);
      let near = !!v && v.tokenEnd <= h.i && h.i - v.tokenEnd <= 2;
      for (let k = v ? v.tokenEnd : h.i; near && k < h.i; k++) if (!this.lex.victimAfter(info[k]!.norm)) near = false;
      if (v && near && v !== source && !v.units.every((u) => u.place)) target = v;
    }
    // the one who drove or planted the explosive of an explosion verb: "انفجرت سيارة مفخخة 【يقودها】 انتحاري", "انفجرت
    // عبوة ناسفة 【زرعها】 مسلحون" (within the explosive's phrase, four words after the verb)
    if (type === 'ASSAULT' && !source && e.pos === 'verb') {
      for (let k = h.end; k < Math.min(s.tokenEnd - 1, h.end + 5); k++) {
        const t = info[k]!;
        if (!t.word) break;
        if (!lex.planterVerb(t.norm)) continue;
        const g = this.groupStarting(k + 1);
        if (g && !this.prepBefore(g) && g.units.some((u) => u.instrument || (u.actor && (ARMED_SECTORS.has(u.actor.sector ?? '') || u.actor.kind === 'armed_group')))) source = g;
        break;
      }
    }
    // an attack noun followed by a verb of its own ("تفجير انتحاري استهدف زوارا"): that verb's object
    if (e.pos !== 'verb' && type === 'ASSAULT' && (!target || !source)) {
      const v = this.verbAfterNoun(h, s);
      if (v) {
        // its subject after it ("عبوة ناسفة زرعها مسلحون"), then its object
        let from = v.end;
        // only a verb with an object pronoun has its subject after it ("زرعها مسلحون"; "استهدف مدرعة" has an object)
        const vt = info[v.i]!;
        const withPronoun = vt.norm !== vt.base && /(?:ها|ه|هم)$/.test(vt.norm);
        const subj = withPronoun ? this.groupStartingWithin(v.end, Math.min(s.tokenEnd, v.end + 2)) : null;
        if (subj && !this.prepBefore(subj) && subj.units.some((u) => u.instrument || (u.actor && ARMED_SECTORS.has(u.actor.sector ?? '')) || u.actor?.kind === 'armed_group')) {
          if (!source) source = subj;
          from = subj.tokenEnd;
        }
        if (!target) target = this.objectAfter(from, s.tokenEnd, clause);
      } else if (!target) {
        // the subject of a verb of its own before it: "استهدف هجوم انتحاري مقرا للشرطة" → the verb's object
        const before = this.hitAt.get(h.i - 1);
        if (before && before.entry.pos === 'verb' && before.entry.type === type && before.end === h.i) target = this.objectAfter(genitive ? Math.max(h.end, genitive.tokenEnd) : h.end, s.tokenEnd, clause);
      }
    }
    if (source && target && (source === target || sameActors(source, target))) target = null;
    // "وصل X إلى Y في زيارة": the visit's visitor is the main subject, its host the place after إلى
    if (e.pos !== 'verb' && (e.cameo === '042' || e.cameo === '043') && h.i > s.tokenStart && info[h.i - 1]!.norm === 'في') {
      const subj = this.mainSubject(s);
      if (subj && subj.tokenEnd <= h.i && !source) {
        source = subj;
        sourceInferred = true;
      }
      if (!target && subj) {
        for (let k = subj.tokenEnd; k < h.i - 1; k++) {
          if (info[k]!.norm !== 'الي') continue;
          const g = this.groupStarting(k + 1);
          if (g) target = g;
          break;
        }
      }
    }
    // a purpose clause (لمنع تمرير العقوبات, لاتخاذ موقف) has the agent of the sentence's main clause, or of the verb right
    // before it with its subject: "الدور الذي تقوم به 【المملكة】 لإغاثة الشعب اليمني", "الجهود التي تبذلها 【السعودية】 لدعم"
    if (!source && pred === h.i && e.pos !== 'verb' && this.inPurposeClause(h.i, s) && !this.passiveBefore(h.i, s)) {
      const subj = this.verbSubjectBefore(h.i, s) ?? this.relativeAntecedentBefore(h.i, s) ?? this.commaClauseSubject(h.i, s) ?? this.mainSubject(s);
      // (a city or region is no agent of a purpose: "لحج", "الباحة")
      if (subj && subj !== target && !subj.units.every((u) => u.place && !u.capital && (u.city || u.actor?.kind !== 'country'))) {
        source = subj;
        sourceInferred = true;
      }
    }
    // the parties a meeting noun brought together, named after it ("قمة كامب ديفيد التي جمعت الرئيس الأمريكي بقادة
    // دول مجلس التعاون"): they replace what the noun's genitive or object search found
    if (gathered) {
      if (gathered.a) {
        source = gathered.a;
        sourceInferred = false;
      }
      target = gathered.b;
    }
    // symmetric events between coordinated parties: "وقعت مصر والسعودية اتفاقا"
    // (also for a reciprocal verb whose object came later without مع: "واتفق عريقات وشالوم على إطلاع عباس ونتنياهو" is an
    // agreement between the two, the rest its topic)
    const pairedVerb = !!target && e.recip && e.pos === 'verb' && type !== 'ASSAULT' && !!source && source.tokenStart < target.tokenStart && source.units.length === 2 && (info[source.units[1]!.tokenStart]!.conjAttached || info[source.units[1]!.tokenStart - 1]?.norm === 'و') && this.prepBefore(target) !== 'مع' && !(info[target.tokenStart - 1]?.flags & W.PARTNER);
    if ((e.recip || type === 'CONSULT') && source && (!target || pairedVerb) && source.units.length >= 2 && !samePerson(source)) {
      const [a, ...rest] = source.units;
      const last = rest[rest.length - 1]!;
      source = { start: a!.start, end: a!.end, tokenStart: a!.tokenStart, tokenEnd: a!.tokenEnd, units: [a!] };
      target = { start: rest[0]!.start, end: last.end, tokenStart: rest[0]!.tokenStart, tokenEnd: last.tokenEnd, units: rest };
    }

    // "طائراته قصفت": an instrument with a possessive pronoun acts for the actor named before it (its military)
    let pronounOwner = false;
    if (source && source.units.length === 1 && source.units[0]!.pronoun) {
      const ante = this.antecedent(source.tokenStart, s.tokenStart);
      if (ante && !ante.units.every((u) => u.place && u.actor?.kind !== 'country' && !u.capital) && ante !== target) {
        source = ante;
        sourceInferred = true;
        pronounOwner = true;
      }
    }
    void inClause;

    // a cooperative act's party named after a word of fighting or countering is what the cooperation is against: "نشرت
    // الولايات المتحدة ست مقاتلات … دعماً 【للتصدي】 لتنظيم داعش", "دعم المملكة لجهود 【مكافحة】 تنظيم داعش" (no party
    // is guessed in its place: the act supports an effort, not an actor)
    if (lex.quadOf(type)?.endsWith('cooperation')) {
      const against = (g: Group | null) => !!g && g.tokenStart >= h.end && this.againstBetween(h.end, g.tokenStart);
      const dropTarget = against(target);
      const dropSource = against(source);
      if (dropTarget) target = null;
      if (dropSource) source = null;
      if ((dropTarget || dropSource) && (!target || !source)) return null;
    }

    // ---- location, date, instrument, cameo refinement ----
    const { loc: location, hint: placeHint } = this.location(s, h.i);
    // (argument and preposition forms are normalized: على → علي)
    if (type === 'ASSAULT' && !target && location && e.args.includes('علي') && (this.prepOf(location) === 'علي' || this.onBefore(location, h.end))) {
      target = location;
      targetInferred = false;
    }
    // an attack whose object is the bomb or the attacker himself ("فجر انتحاري نفسه داخل كنيسة"، "فجر سيارة
    // مفخخة قرب مقر الحكومة"): the people or place named after قرب / وسط / داخل / أمام / في
    if (type === 'ASSAULT' && (!target || target.units.every((u) => u.place))) {
      const near = this.nearTarget(h.end, s.tokenEnd, source);
      if (near) target = near;
    }
    if (type === 'PROTEST' && e.pos === 'agent') {
      // the protesters themselves are the agent ("لتفريق المحتجين" is not a protest by the police)
      const cover = this.groupCovering(h.i);
      const g = cover ?? this.genitiveAfter(h.end, s.tokenEnd);
      if (cover) source = cover;
      else if (g && !source) source = g;
    }
    // the object noun of a verb + object fact is a common noun, no name: "هاجموا القاعدة" is a base, not al-Qaeda
    if (e.source === 'upa') {
      const noun = this.groupStarting(h.end - 1);
      if (noun && noun.tokenEnd === h.end && !noun.units[0]!.head) {
        if (target === noun) target = null;
        if (source === noun) source = null;
      }
    }
    const date = this.date(s, h.i);
    const instrument = this.instrument(s, h.i);
    const q = this.qualify(e, h, instrument?.cameo);
    if (q) cameo = q;

    // ---- mode and claim ----
    let mode = this.mode(s, h, pred, light !== undefined);
    // a present verb whose clause names a date after the day of publication tells a plan: "يزور لافروف قطر 【غدا】"
    if (mode === 'asserted' && this.futureDate(s, pred)) mode = 'planned';
    // a requested event's agent is the addressee of the request: دعت الأمم المتحدة إسرائيل إلى وقف الغارات
    if (mode === 'requested' && (!source || this.isRequester(source, pred, s))) {
      const addressee = this.addressee(pred, s);
      if (addressee) source = addressee;
    }
    // a building, a place or a vehicle named by its common noun does not act: it is what the act is aimed at
    // ("«داعش» دمر أكثر من 1500 【مدرسة】", "زار 【مسجد】 الصنع", "يستهدف 【المساجد】")
    // (nor does an embassy attack: "، استهدف 【السفارة الأميركية】 في أنقرة" is the attack's target)
    if (source && (this.thingGroup(source) || (e.type === 'ASSAULT' && this.premisesGroup(source)))) {
      if (!target) target = source;
      source = null;
    }
    // a visit to a building or place named by its common noun is an inspection, no consultation ("زار الرحيلي 【مدرسة】
    // الرشاد للإطلاع على الترميم", "زار المستشفى")
    if (e.type === 'CONSULT' && target && this.thingGroup(target)) return null;
    // an act only a person does this way: "وصل الرئيس الأميركي إلى كينيا" (a visit), not "وصلت المساعدات إلى"; and
    // one who arrives in his own country comes home ("ووصل وزير الداخلية اليمني … إلى اليمن")
    if (e.personAgent) {
      const who = source?.units[0]?.actor;
      if (!who || sourceInferred || who.kind !== 'person') return null;
      if (who.country && target?.units.some((u) => u.actor?.country === who.country)) return null;
    }
    const claim = this.claim(s, pred, mode);
    // a light verb that changes the kind of act: "تقديم الدعم / النصح" is material aid, not verbal support
    // (praise keeps its type: "قدم التهنئة" congratulates, CAMEO 051)
    type = (e.cameo !== '051' ? light?.retype?.[e.type] : undefined) ?? e.type;
    if (type !== e.type && lex.cameo[cameo ?? '']?.type !== type) cameo = type === 'AID' ? '070' : cameo;
    // a politician or a civilian body "attacks" in words ("هاجم الرئيس الإيراني السعودية", "شن الوزير هجوما حادا على")
    // (only an agent the text names for this act, not one inferred from elsewhere; a noun only as the object of a light
    // verb, whose subject is its agent)
    // (or a noun whose genitive is a person, its agent: "هجوم الوزير على …"; a body's attack may be an armed one, "هجوم
    // السلطات")
    if (e.verbal && source && !sourceInferred && (e.pos === 'verb' || light !== undefined || (source === genitive && source.units[0]?.actor?.kind === 'person')) && this.unarmedAgent(source) && !instrument) {
      cameo = e.verbal;
      type = lex.cameo[e.verbal]?.type ?? type;
    }
    const ev = { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) };
    return {
      hit: h,
      sentence: si,
      pred,
      type,
      cameo,
      mode,
      source,
      target,
      sourceInferred,
      targetInferred,
      ...((ledBy && source === marker) || pronounOwner ? { sourceLed: true } : {}),
      genitive,
      location,
      placeHint,
      countryHint: placeHint ? null : this.nearestCountry(s, h.i),
      ...(type === 'ASSAULT' && !target && this.unnamedVictims(s) ? { unnamedVictims: true } : {}),
      ...(pronounSubject ? { pronounSubject: true } : {}),
      ...(speakerSubject ? { speakerSubject: true } : {}),
      ...(undergoerUnnamed && !target ? { undergoerUnnamed: true } : {}),
      ...(unnamedObject && !target ? { unnamedObject: true } : {}),
      date,
      instrument: instrument ? { start: instrument.start, end: instrument.end, text: instrument.text } : undefined,
      claim,
      evidence: ev,
    };
  }

  /**
   * A victim verb with a stated armed agent is the attack itself ("قتل مسلحون ثلاثة شرطيين في
   * هجوم", "القوات العراقية قتلت 30 عنصرا"); without one it only counts the casualties of the
   * attack noun in the sentence ("قتل خمسة جنود في هجوم").
   */
  activeVerb(h: TriggerHit, s: SentenceSpan): boolean {
    const before = this.groupEndingNear(h.i, s.tokenStart);
    if (before && !before.units.every((u) => u.place) && armedGroup(before)) return true;
    return this.armedAgentAfter(h, s);
  }

  /** An armed agent right after a victim verb (past a count), with an object after it: "قتل 【أربعة مسلحين】 67 شخصا". */
  private armedAgentAfter(h: TriggerHit, s: SentenceSpan): boolean {
    // (a count before the agent: "قتل 【أربعة】 مسلحين من حركة الشباب 67 شخصا")
    let a = h.end;
    while (a < Math.min(s.tokenEnd, h.end + 3) && (this.numberCovers(a) || this.info[a]!.flags & W.QUANT)) a++;
    const after = this.groupStarting(a);
    if (!after || this.prepBefore(after)) return false;
    // (people of no arms are the agent too when a count of victims follows them at once: "قتلت مجموعة من القرويين 【خمس】
    // نساء")
    const armed = armedGroup(after);
    // an agent after the verb has an object after it ("قتل مسلحون ثلاثة شرطيين"); "قتل شرطيان في تفجير" is passive
    // (a partitive من continues the agent: "قتل تسعة جنود 【من قوات الجيش】 في هجوم" is passive)
    let end = after.tokenEnd;
    if (end < s.tokenEnd && this.info[end]!.norm === 'من') {
      const owner = this.groupStartingWithin(end + 1, Math.min(s.tokenEnd, end + 3));
      if (!owner) return false;
      end = owner.tokenEnd;
    }
    if (!armed) {
      const victims = end + 1 < s.tokenEnd && this.numberCovers(end) && !this.info[end]!.conjAttached && this.info[end]!.norm !== 'و' ? this.groupStarting(end + 1) : null;
      return !!victims && !this.prepBefore(victims);
    }
    for (let k = end; k < Math.min(s.tokenEnd, end + 3); k++) {
      // (one more victim coordinated with و is no object: "قتل شرطي مصري 【وآخر】 من المارة", "قتل 9 من مسلحي الحوثيين 【و】6 من …")
      if (this.info[k]!.conjAttached || this.info[k]!.norm === 'و') return false;
      const g = this.groupStarting(k);
      if ((g && !this.prepBefore(g)) || this.numberCovers(k) || this.info[k]!.flags & W.QUANT) return true;
      if (g || this.info[k]!.flags & (W.PLACE_PREP | W.TARGET | W.STOP) || this.info[k]!.trigger) return false;
    }
    return false;
  }

  /** A sector noun or an institution after a preposition of place (قرب، وسط، داخل، أمام، في) after the trigger. */
  private nearTarget(from: number, end: number, source: Group | null): Group | null {
    for (let k = from, n = 0; k < end && n < 8; k++, n++) {
      const t = this.info[k]!;
      if (t.punct && (t.norm === '.' || t.norm === '،' || t.norm === ',')) return null;
      if (!t.word || !NEAR.has(t.norm)) continue;
      const g = this.groupStarting(k + 1);
      if (!g || g === source) continue;
      const u = g.units[0]!;
      if (u.head || u.owned || (u.actor?.kind === 'gov_body' && !u.place)) return g;
    }
    return null;
  }

  /** The direct object after a group when it is an institution (an embassy, a government seat): its government. */
  institutionAfter(g: Group, s: SentenceSpan): Group | null {
    const o = this.objectAfter(g.tokenEnd, s.tokenEnd, this.info[g.tokenStart]!.clause);
    if (!o || o.units.length !== 1) return null;
    const a = o.units[0]!.actor;
    return a && a.country && (a.sector === 'GOV' || a.sector === 'COP') && !o.units[0]!.place ? o : null;
  }

  /** An attack noun of the same type right before a verb trigger (skipping its nisba, genitive or adjectives). */
  private nounSubject(h: TriggerHit, s: SentenceSpan): boolean {
    for (let k = h.i - 1, n = 0; k >= s.tokenStart && n < 4; k--, n++) {
      const t = this.info[k]!;
      if (!t.word) return false;
      const o = this.hitAt.get(k);
      if (o) return o.entry.pos !== 'verb' && !o.entry.light && o.entry.type === h.entry.type && o.end <= h.i;
      if (t.trigger) continue;
      const g = this.groupCovering(k);
      if (g) {
        k = g.tokenStart;
        continue;
      }
      if (t.flags) return false;
    }
    return false;
  }

  /** The verb trigger right after an attack noun (its nisba, genitive or adjectives between). */
  private verbAfterNoun(h: TriggerHit, s: SentenceSpan): TriggerHit | null {
    for (let k = h.end, n = 0; k < s.tokenEnd && n < 4; k++, n++) {
      const t = this.info[k]!;
      if (!t.word) return null;
      const o = this.hitAt.get(k);
      if (o) return o.entry.pos === 'verb' && o.entry.type === h.entry.type ? o : null;
      const g = this.groupCovering(k);
      if (g) {
        k = g.tokenEnd - 1;
        continue;
      }
      if (t.flags) return null;
    }
    return null;
  }

  /**
   * The subject of a verb right before token i: a group ending at i - 1, with no preposition, after a verb form (a word
   * of no flag that is no group, optionally with به / بها after it) — "تقوم به 【المملكة】", "تبذلها 【السعودية】".
   */
  private verbSubjectBefore(i: number, s: SentenceSpan): Group | null {
    const g = this.groupCovering(i - 1);
    if (!g || g.tokenEnd !== i || this.prepBefore(g) || g.units.every((u) => u.nisba || (u.place && u.actor?.kind !== 'country'))) return null;
    let k = g.tokenStart - 1;
    if (k >= s.tokenStart && /^(?:به|بها|بهم|فيه|فيها)$/.test(this.info[k]!.norm)) k--;
    if (k <= s.tokenStart) return null;
    const t = this.info[k]!;
    const prev = this.info[k - 1]!;
    // (a verb of a relative clause: "التي / الذي" right before it, the verb in the imperfect or with an object pronoun)
    if (!t.word || t.definite || this.groupCovering(k) || !RELATIVE_PRONOUNS.has(prev.norm)) return null;
    return g;
  }

  /**
   * The antecedent of a relative clause whose verb has no subject of its own, within six words before token i with no
   * punctuation: "الملك سلمان 【الذي】 اتخذ قرارا شجاعا للوقوف مع الشعب اليمني" → the king.
   */
  private relativeAntecedentBefore(i: number, s: SentenceSpan): Group | null {
    for (let k = i - 1; k > s.tokenStart && k >= i - 6; k--) {
      const t = this.info[k]!;
      if (!t.word) return null;
      if (!RELATIVE_PRONOUNS.has(t.norm)) continue;
      // (the word after the pronoun is its verb, no group: "التي تبذلها السعودية" has a subject of its own)
      if (k + 1 >= i || this.groupCovering(k + 1) || !this.info[k + 1]!.word || this.info[k + 1]!.definite) return null;
      for (let x = k + 2; x < i; x++) if (this.groupCovering(x)) return null;
      const g = this.groupCovering(k - 1);
      return g && g.tokenEnd === k && !g.units.every((u) => u.place || u.nisba) ? g : null;
    }
    return null;
  }

  /**
   * The subject right after the verb that opens the comma-framed clause token i is in (VSO): "…، وفي خطوة نادرة، 【دخلت
   * الشرطة الإسرائيلية】 إلى المسجد الأقصى لطرد فلسطينيين" (not the first words of the sentence before the comma).
   */
  private commaClauseSubject(i: number, s: SentenceSpan): Group | null {
    let k = i - 1;
    for (let n = 0; k > s.tokenStart && n < 15; k--, n++) if (this.info[k]!.punct) break;
    if (k <= s.tokenStart || k === i - 1 || this.info[k]!.norm !== ',') return null;
    const v = this.info[k + 1]!;
    if (!v.word || v.definite || v.trigger || v.flags || this.groupCovering(k + 1) || RELATIVE_PRONOUNS.has(v.norm) || COMPLEMENTIZERS.has(v.norm)) return null;
    const g = this.groupStarting(k + 2);
    return g && g.tokenEnd <= i && !this.prepBefore(g) && !g.units.every((u) => u.place || u.nisba) ? g : null;
  }

  /** The passive auxiliary تم / يتم within the six words before token i, no punctuation between ("عبوات 【تم】 زرعها لاستهداف"). */
  private passiveBefore(i: number, s: SentenceSpan): boolean {
    for (let k = i - 1; k >= s.tokenStart && k >= i - 6; k--) {
      const t = this.info[k]!;
      if (t.punct) return false;
      if (/^[وف]?[يت]?تم$/.test(t.norm)) return true;
    }
    return false;
  }

  /** The noun follows "ل" + a verbal noun within a few words (لمنع تمرير المزيد من العقوبات). */
  private inPurposeClause(i: number, s: SentenceSpan): boolean {
    // the trigger itself after ل: "استخدمت الشرطة خراطيم المياه لتفريق المحتجين"
    const ti = this.info[i]!;
    if (/^[وف]?ل[^ل]/.test(ti.norm) && ti.base !== ti.norm && !ti.base.startsWith('ل')) return true;
    for (let k = i - 1, n = 0; k >= s.tokenStart && n < 5; k--, n++) {
      const t = this.info[k]!;
      if (!t.word) return false;
      // (a time phrase of its own: "لدعم العراق 【قبل】 الغزو")
      if (TIME_PREPS.has(t.norm)) return false;
      // (not an incident: "إدانتها لحادث التفجير" is about the bombing)
      // (nor a quantifier: "مقطع فيديو 【لأحد】 المصابين في تفجير" is of one of the injured)
      if (t.norm.startsWith('ل') && t.norm.length >= 4 && !t.norm.startsWith('لل') && !t.flags && !this.groupCovering(k) && !this.lex.incidentNoun(t.bases) && !this.quantityWord(t)) return true;
    }
    return false;
  }

  /**
   * The parties a meeting noun brought together, named after it by a verb of gathering (`roles.gatherVerbs`): "قمة كامب
   * ديفيد التي 【جمعت】 الرئيس الأمريكي بقادة دول مجلس التعاون", "لقاء جمع وزير الخارجية ونظيره" (up to four words between:
   * the meeting's name or adjectives and a relative pronoun). The second party follows with ب, مع or و; a pronoun on
   * the verb ("اللقاء الذي جمعه بالرئيس") is the one named before the noun.
   */
  private gatheredParties(h: TriggerHit, s: SentenceSpan): { a: Group | null; b: Group | null } | null {
    const { info, lex } = this;
    let k = h.end;
    for (let n = 0; k < s.tokenEnd && !lex.gatherVerb(info[k]!.bases); n++, k++) {
      if (n >= 4 || !info[k]!.word || info[k]!.trigger) return null;
    }
    if (k >= s.tokenEnd) return null;
    const verb = k;
    const pronoun = objectPronounAt(info, verb);
    const first = pronoun ? null : this.groupStarting(verb + 1);
    if (!pronoun && !first) return null;
    const from = first ? first.tokenEnd : verb + 1;
    const withMa = from < s.tokenEnd && info[from]!.norm === 'مع';
    const second = this.groupStarting(withMa ? from + 1 : from);
    // (both parties in one coordinated phrase: "جمع وزير الخارجية السعودي ونظيره الأمريكي", split below as for
    // symmetric events)
    if ((!second || second === first) && first && first.units.length >= 2) return { a: first, b: null };
    if (!second || second === first) return null;
    if (!withMa && this.prepBefore(second) !== 'ب' && !info[second.tokenStart]!.conjAttached) return null;
    const a = first ?? this.antecedent(h.i, s.tokenStart);
    return { a, b: second };
  }

  /**
   * The subject of a sentence that opens with a verb, for a verb joined by و at token `until`: the group right after the
   * sentence's first word when that word is a plain word without the article (a verb: "واستغل 【تنظيم داعش】 الفوضى"),
   * no reporting verb, function word or number, the group takes no preposition and is no place, and no complementizer
   * or relative pronoun stands between it and `until`.
   */
  openingVerbSubject(s: SentenceSpan, until: number): Group | null {
    const info = this.info;
    const k = s.tokenStart;
    const t = info[k];
    if (!t || !t.word || t.definite || t.trigger || t.flags & (W.REPORT | W.STOP | W.QUANT | W.PLACE_PREP | W.NEG)) return null;
    if (this.doc.tokens[k]!.kind !== 'word') return null;
    // (the group's head word or a quotation mark may come first: "واستغل تنظيم 【"داعش"】")
    let g: Group | undefined;
    for (let j = k + 1; j <= k + 3 && j < until && !g; j++) {
      g = this.groupStarting(j);
      if (g) break;
      const w = info[j]!;
      if (w.punct ? !QUOTE_MARKS.has(w.norm) : !w.word || w.definite || w.flags) return null;
    }
    if (!g || g.tokenEnd > until || this.prepBefore(g) || g.units.every((u) => u.place)) return null;
    for (let j = g.tokenEnd; j < until; j++) if (SVO_BRIDGE.has(info[j]!.norm) || /^[وفبل]?ان(?:ه|ها|هم|هما)?$/.test(info[j]!.norm) || RELATIVE_PRONOUNS.has(info[j]!.norm)) return null;
    return g;
  }

  /** The subject of the sentence's first verb: the first group in its first eight words, not after a preposition. */
  private mainSubject(s: SentenceSpan): Group | null {
    // (past a byline or dateline that opens the sentence: "سبق- أبها: دعا رئيس اللجنة …، مطالبًا …", "القاهرة – ")
    // (a colon counts only after such a dash: "وأضاف اللواء العتيبي: إن …" is speech, its subject before the colon)
    // (a byline has no conjunction or comma before its dash: "وكما هو متوقع، أعرب فيلدرز – وهو …" is no byline)
    let from = s.tokenStart;
    let dash = false;
    for (let k = s.tokenStart; k < Math.min(s.tokenEnd, s.tokenStart + 8); k++) {
      const t = this.info[k]!;
      if (!dash && t.word && this.doc.tokens[k]!.words?.some((w) => w.role === 'conj')) break;
      if (!t.punct) continue;
      if (!dash && (t.norm === ',' || t.norm === '.')) break;
      if (t.norm === '-' || t.norm === '–' || t.norm === '—') {
        dash = true;
        from = k + 1;
      } else if (t.norm === ':' && dash) from = k + 1;
    }
    for (let k = from; k < Math.min(s.tokenEnd, from + 8); k++) {
      const g = this.groupStarting(k);
      if (g) return this.prepBefore(g) ? null : g;
    }
    return null;
  }

  private requestVerb(pred: number, s: SentenceSpan): number {
    for (let k = pred - 1, n = 0; k >= s.tokenStart && n < 10; k--, n++) if (this.info[k]!.flags & W.REQUESTED) return k;
    return -1;
  }

  private isRequester(g: Group, pred: number, s: SentenceSpan): boolean {
    const k = this.requestVerb(pred, s);
    return k >= 0 && g.tokenStart > k && g.tokenStart <= k + 2;
  }

  /** The second group after the request verb (its object), before the requested event. */
  private addressee(pred: number, s: SentenceSpan): Group | null {
    const k = this.requestVerb(pred, s);
    if (k < 0) return null;
    const found: Group[] = [];
    for (let j = k + 1; j < pred; j++) {
      const g = this.groupStarting(j);
      if (!g) continue;
      if (!this.prepBefore(g)) found.push(g);
      j = g.tokenEnd - 1;
    }
    return found.length >= 2 ? found[1]! : null;
  }

  private window(sent: SentenceSpan, h: TriggerHit): SentenceSpan {
    const W_SIZE = 40;
    if (sent.tokenEnd - sent.tokenStart <= 2 * W_SIZE + (h.end - h.i)) return sent;
    const a = Math.max(sent.tokenStart, h.i - W_SIZE);
    const b = Math.min(sent.tokenEnd, h.end + W_SIZE);
    return { start: this.doc.tokens[a]!.start, end: this.doc.tokens[b - 1]!.end, tokenStart: a, tokenEnd: b };
  }

  /** The light verb's preposition appears attached to or right before a token in (k, end]. */
  private prepFollows(prep: string, k: number, end: number): boolean {
    for (let j = k + 1; j <= end; j++) {
      const t = this.info[j]!;
      if (!t.word) continue;
      if (prep.length === 1) {
        let n = t.norm;
        if (n.startsWith('و') || n.startsWith('ف')) n = n.slice(1);
        if (n.startsWith(prep) && n.length >= 3) return true;
        if (t.norm === prep) return true;
      } else if (t.norm === prep || t.base === prep) return true;
    }
    return false;
  }

  /**
   * The subject of a light verb in a relative clause right after a noun trigger (up to two adjectives
   * between), when the verb carries the noun back as its object pronoun: "التي أجراها", "التي شنتها".
   */
  private relativeLightSubject(from: number, end: number): Group | null {
    const info = this.info;
    for (let k = from, adj = 0; k < end - 2 && adj <= 2; k++) {
      const t = info[k]!;
      if (RELATIVE_PRONOUNS.has(t.norm)) {
        const v = info[k + 1]!;
        // (the verb with its object pronoun; a final ى before the pronoun is written ا: أجراها is أجرى + ها)
        const lv = v.word && /(?:ها|ه|هم|هما)$/.test(v.norm) ? v.bases.filter((b) => b !== v.norm).map((b) => this.lex.lightVerb(b) ?? (b.endsWith('ا') ? this.lex.lightVerb(b.slice(0, -1) + 'ي') : undefined)).find((x) => x) : undefined;
        if (!lv || lv.noun) return null;
        for (let j = k + 2; j < end && j <= k + 4; j++) {
          const g = this.groupStarting(j);
          if (g) return this.prepBefore(g) ? null : g;
          if (!this.dateCovers(j) && !(info[j]!.flags & W.QUANT)) break;
        }
        return this.personAfterTitle(k + 2, end);
      }
      if (!t.word || !t.definite || t.flags || t.trigger) return null;
      adj++;
    }
    return null;
  }

  /** A nisba of people in the nominative plural (ـيون) starts a group at token k: "بريطانيون", "مسؤولون أمريكيون". */
  private nominativeNisbaAt(k: number): boolean {
    const g = this.groupStarting(k);
    return !!g && !!g.units[0]!.nisba && /يون$/.test(this.info[k]!.norm);
  }

  /**
   * Whether the verb at h stands right after إنه / أنها / بأنهم (a particle such as لن between them) that opens a
   * quotation with a speaker, and the pronoun agrees with the quotation's verb of saying: ه with a masculine verb,
   * ها with a feminine one, هم with a plural one or a masculine one before its subject ("قال المسؤولون إنهم …").
   * Not the pronoun of the matter before a victim verb and its victims ("قال المصدر إنه قتل 20 شخصا" may be
   * "that 20 were killed").
   */
  private speakerPronoun(h: TriggerHit, s: SentenceSpan): boolean {
    const info = this.info;
    let k = h.i - 1;
    if (k > s.tokenStart && PRE_VERB_PARTICLES.has(info[k]!.norm)) k--;
    if (k < s.tokenStart) return false;
    const pm = PRONOUN_COMP.exec(info[k]!.norm);
    if (!pm) return false;
    const tok = this.doc.tokens[k]!;
    const q = this.quoteAt(tok.start) ?? this.quoteAt(tok.end);
    if (!q || !q.speaker || !q.cue || q.start > this.doc.tokens[h.i]!.start || q.start < tok.start - 1) return false;
    const said = cueAgreement(q.cue.text);
    const pron = pm[1]!;
    const agrees = pron === 'ه' ? said === 'm' : pron === 'ها' ? said === 'f' : pron === 'هم' ? said === 'pl' || said === 'm' : false;
    if (!agrees) return false;
    if (pron === 'ه' && info[h.i]!.flags & W.VICTIM_VERB && this.looksPassive(h.end, s.tokenEnd)) return false;
    // (nor before a feminine verb, which ه cannot be the subject of: "أعلن المرصد أنه 【قصفت】 قوات النظام" — the pronoun of
    // the matter, the subject after the verb)
    if (pron === 'ه' && h.entry.pos === 'verb' && k === h.i - 1 && /ت$/.test(info[h.i]!.norm.replace(/^[وف]/, ''))) return false;
    return true;
  }

  /** A group of one sector noun that names a building, place or vehicle (roles.thingNouns: مدرسة، مسجد، سوق، منزل). */
  private thingGroup(g: Group): boolean {
    // (a named one too: "زار 【مستشفى الملك فهد】", "مدرسة الرشاد"; not a place, "قرية الدراز", which may stand for its people)
    const u = g.units[0]!;
    return g.units.length === 1 && (!!u.head || (!u.place && !!u.actor && u.actor.kind !== 'person')) && this.lex.thingNoun(this.info[u.tokenStart]!.bases);
  }

  /**
   * A group of one agent that fights with words: a named person of no armed sector or civilian crowd ("الرئيس الإيراني
   * حسن روحاني", "الصحفي محمد حسنين هيكل"), a singular title of a political office ("الوزير"), or a government,
   * legislature, court, medium or international body; not a state named by its country, a party (its members may
   * fight: "عناصر حزب الاتحاد الديمقراطي"), civilians ("المستوطنين"), a force, an armed group or an instrument.
   */
  private unarmedAgent(g: Group): boolean {
    if (g.units.length !== 1) return false;
    const u = g.units[0]!;
    const a = u.actor;
    if (!a || u.instrument || u.place || u.head || !a.sector || a.sector === 'CVL') return false;
    // (one person of the police or the army named alone attacks in words: "هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا
    // الحوثي، واصفا إياها"; forces, titles and leaders of armed groups may fight)
    if (a.kind === 'person') return !IRREGULAR_ARMED_SECTORS.has(a.sector);
    if (ARMED_SECTORS.has(a.sector)) return false;
    if (a.kind === 'title' || a.kind === 'agent') return VERBAL_OFFICE_SECTORS.has(a.sector) && !soundPlural(this.info[u.tokenEnd - 1]!.norm);
    return (a.kind === 'gov_body' || a.kind === 'igo' || a.kind === 'media') && VERBAL_BODY_SECTORS.has(a.sector);
  }

  /** A group of one actor of a civilian sector: a company, an outlet, civilians, a school, hospital or religious body. */
  private civilianGroup(g: Group): boolean {
    const a = g.units.length === 1 ? g.units[0]!.actor : null;
    return !!a && !!a.sector && CIVILIAN_SECTORS.has(a.sector) && a.kind !== 'armed_group';
  }

  /** A group of one unit that names an actor's premises (roles.premisesNouns: السفارة الأميركية، القنصلية). */
  private premisesGroup(g: Group): boolean {
    return g.units.length === 1 && this.lex.premisesNoun(this.info[g.units[0]!.tokenStart]!.bases);
  }

  /**
   * After an accusation verb h: null when its charge with ب follows right away ("اتهم 【بالتجسس】"), the phrase
   * between when one phrase and then the charge follow ("اتهم 【وزير الخارجية الإيراني】 بالكذب") and no subject stands
   * before the verb, undefined otherwise (the active verb with subject and object: "اتهم الوزير إسرائيل بالكذب").
   */
  private passiveCharge(h: TriggerHit, s: SentenceSpan): Group | null | undefined {
    // (a word with ب that names an actor is none: "اتهمت 【باكستان】 الهند")
    const charge = (j: number) => j < s.tokenEnd && /^[وف]?ب/.test(this.info[j]!.norm) && this.info[j]!.bases.length > 1 && !this.groupCovering(j);
    if (charge(h.end)) return null;
    const g = this.groupStarting(h.end);
    // (a subject right before the verb makes it active: "والدول 【تتهم】 تركيا بدعم التنظيم")
    return g && !this.prepBefore(g) && charge(g.tokenEnd) && !this.preverbalSubject(h.i, s.tokenStart) ? g : undefined;
  }

  private looksPassive(k: number, end: number): boolean {
    const t = this.doc.tokens[k];
    if (!t || k >= end) return false;
    if (this.numberCovers(k) || (this.info[k]!.flags & W.QUANT) !== 0) return true;
    // the people named right after the verb with no object after them: "قتل جنديان أمريكيان في سوريا",
    // "قتل شرطي برصاص مسلحين" (the victims of a passive), unlike "قتل الجيش مسلحين"
    const g = this.groupStarting(k);
    if (!g || this.prepBefore(g)) return false;
    // (people in the accusative, a dual or plural in ـين, are the object of an active verb: "إنه قتل 【جنديين】")
    if (obliquePluralAt(this.info, g) || obliqueIndefinite(this.info, g)) return false;
    let n = g.tokenEnd;
    // (past the adjective "other": "قتل جنديان 【آخران】 عندما …")
    if (n < end && /^اخر(?:ون|ين|ان|ي|يان)?$/.test(this.info[n]!.norm)) n++;
    if (n >= end || this.info[n]!.punct) return true;
    const nx = this.info[n]!;
    // another victim coordinated with "آخر": "قتل جندي تركي وآخر من تنظيم داعش"
    if (/^واخر(?:ون|ين|ان|ي)?$/.test(nx.norm)) return true;
    return this.lex.victimAfter(nx.norm) || (/^(?:ب|جراء|اثر)/.test(nx.norm) && !this.groupStarting(n));
  }

  private numberCovers(k: number): boolean {
    return this.doc.tokens[k]!.kind === 'number' || this.numberCover[k] === 1;
  }

  private dateCovers(k: number): boolean {
    return this.dateCover[k] === 1;
  }

  /**
   * The speaker of a verb followed by a resumptive pronoun for the call, message or statement it is said in ("تلقى الملك
   * اتصالا هاتفيا من الرئيس التركي 【أعرب فيه】 عن إدانته"): the quotation stage found who that is (the caller after من,
   * the statement's issuer); the group of the speaker's actor.
   */
  private resumptiveSpeaker(pred: number): Group | null {
    if (!/^(?:فيه|فيها|خلاله|خلالها)$/.test(this.info[pred + 1]?.norm ?? '')) return null;
    const t = this.doc.tokens[pred]!;
    const q = this.doc.quotes.find((x) => x.cue && x.cue.start <= t.start && t.start < x.cue.end);
    return q ? this.speakerGroup(q) : null;
  }

  /**
   * The speaker of the quotation a noun with its own pronoun is said in, after a preposition of occasion ("أكد الوزير
   * أن … وذلك 【خلال لقائه】 نظيره الأمريكي"): the occasion is the speaker's, not of the actor named last in the content.
   */
  private occasionSpeaker(k: number, sStart: number): Group | null {
    const p = k - 1;
    if (p < sStart || !this.lex.occasionPrep(this.info[p]!.norm.replace(/^و(?=.{3})/, ''))) return null;
    // (set off from the clause before by a comma or وذلك: right after a clause's subject the occasion is that
    // subject's, "قدمها المبعوث إسماعيل ولد الشيخ خلال لقائه الرئيس")
    const b = this.info[p - 1];
    if (!b || !((b.punct && (b.norm === '،' || b.norm === ',')) || b.norm === 'وذلك')) return null;
    const t = this.doc.tokens[k]!;
    const q = this.doc.quotes.find((x) => x.start <= t.start && t.start < x.end && !!x.speaker && x.speaker.end <= x.start);
    if (q) return this.speakerGroup(q);
    // (outside a quotation, the subject of the sentence's first verb: "بحث الأمير … سبل التعاون، وذلك 【لدى استقباله】 …")
    const s = this.doc.sentences[this.doc.sentenceAt(t.start)]!;
    const subj = this.mainSubject(s);
    return subj && subj.tokenEnd < p && !subj.units.every((u) => u.place && u.actor?.kind !== 'country') ? subj : null;
  }

  /**
   * The speaker of the report whose setting a noun after a preposition of occasion stands in, between the cue and the
   * content: "وأضاف خلال 【زيارة】 إلى ماليزيا «…»", "وقال أثناء زيارته للعراق إن …".
   */
  private settingSpeaker(k: number, sStart: number): Group | null {
    const p = k - 1;
    if (p <= sStart || !this.lex.occasionPrep(this.info[p]!.norm)) return null;
    const t = this.doc.tokens[k]!;
    const q = this.doc.quotes.find((x) => x.cue && x.cue.end <= this.doc.tokens[p]!.start && t.end <= x.start && this.doc.sentenceAt(x.cue.start) === this.doc.sentenceAt(t.start) && !!x.speaker);
    return q ? this.speakerGroup(q) : null;
  }

  /**
   * The token after an occasion phrase at k (a preposition of occasion, its indefinite noun, and a place after إلى / ل
   * or في): "خلال زيارة إلى القاهرة", "أثناء جولة في المنطقة"; k when there is none or nothing follows it in the clause.
   */
  private pastOccasion(k: number, end: number): number {
    const { info } = this;
    if (k + 2 >= end || !info[k]!.word || !this.lex.occasionPrep(info[k]!.norm)) return k;
    let j = k + 1;
    const noun = info[j]!;
    if (!noun.word || noun.definite || this.groupCovering(j) || noun.punct) return k;
    j++;
    if (j < end && (info[j]!.norm === 'الي' || info[j]!.norm === 'في')) {
      const g = this.groupStarting(j + 1);
      if (!g || !g.units.every((u) => u.place)) return k;
      j = g.tokenEnd;
    } else {
      // (the noun's own object or place: "خلال زيارته 【واشنطن】", "أثناء زيارته 【للعراق】")
      const g = this.groupStarting(j);
      if (g && (!this.prepBefore(g) || (this.prepBefore(g) === 'ل' && g.units.every((u) => u.place)))) j = g.tokenEnd;
    }
    return j < end && this.groupStarting(j) && !this.prepBefore(this.groupStarting(j)!) ? j : k;
  }

  /** The group of a quotation's speaker: the one holding its actor, else the first in its span. */
  private speakerGroup(q: Quote): Group | null {
    const sp = q.speaker;
    if (!sp?.actor) return null;
    let first: Group | null = null;
    for (let k = this.doc.tokenAt(sp.start), end = this.doc.tokenAt(sp.end - 1); k >= 0 && k <= end; k++) {
      const g = this.groupCovering(k);
      if (!g) continue;
      if (g.units.some((u) => u.actor?.id === sp.actor!.id)) return g;
      first ??= g;
      k = g.tokenEnd - 1;
    }
    return first;
  }

  private groupCovering(k: number): Group | null {
    const gi = this.groupCover[k]!;
    return gi >= 0 ? this.groups[gi]! : null;
  }

  private groupStartingWithin(from: number, to: number): Group | null {
    for (let k = from; k < to; k++) {
      const g = this.groupStarting(k);
      if (g) return g;
      const t = this.info[k]!;
      if (t.punct) return null;
    }
    return null;
  }

  /** A group ending right before token k (allowing قد / التي / أن and a date between), in the same clause. */
  /**
   * The token of a support noun with ب right before group g's من, past one adjective ("【بدعم】 جوي من التحالف"), or -1:
   * the group is the support's giver.
   */
  private supportBefore(g: Group, sStart: number): number {
    const info = this.info;
    let k = g.tokenStart;
    if (info[k]!.norm === 'من') k--;
    else if (this.prepBefore(g) !== 'من' || info[k - 1]?.norm !== 'من') return -1;
    else k -= 2;
    if (k > sStart && !info[k]!.trigger && /(?:ي|يه|ية)$/.test(info[k]!.norm)) k--;
    if (k < sStart) return -1;
    const sup = this.hitAt.get(k);
    return sup && sup.entry.type === 'SUPPORT' && sup.entry.pos === 'noun' && info[k]!.norm.startsWith('ب') && info[k]!.base !== info[k]!.norm ? k : -1;
  }

  private groupEndingNear(k: number, sStart: number): Group | null {
    let j = k - 1;
    // (an opening quotation mark right before the verb: "ان كيري 【«】رحب بقرار تركيا»", the subject outside it, when أنّ
    // introduces that subject; after a verb of saying the group is the speaker: "قال مدير المرصد «تهدم جزء …»")
    if (j > sStart + 1 && this.info[j]!.punct && OPENING_QUOTES.has(this.info[j]!.norm) && this.doc.tokens[j]!.end === this.doc.tokens[k]!.start) {
      const g = this.groupCovering(j - 1);
      const before = g && g.tokenEnd === j ? this.info[g.tokenStart - 1]?.norm : undefined;
      if (!before || !/^[وفبل]?ان$/.test(before)) return null;
      j--;
    }
    let bridged = 0;
    while (j >= sStart && bridged < 3 && this.info[j]!.word && (SVO_BRIDGE.has(this.info[j]!.norm) || this.companionAt(j) || this.info[j]!.flags & W.NEG || (this.info[j]!.norm.startsWith('ك') && this.info[j]!.norm.length > 3 && !this.info[j]!.flags && !this.info[j]!.trigger && !this.groupCovering(j)))) {
      j--;
      bridged++;
    }
    // a date between the group and k: "أعلن تنظيم داعش 【أمس الخميس】 مسؤوليته عن هجوم"
    let dated = 0;
    while (j >= sStart && dated < 4 && this.dateCovers(j)) {
      j--;
      dated++;
    }
    if (j < sStart) return null;
    // a phrase of backing between the group and k: "قوات النظام 【مدعومة بالطيران الروسي】 قصفت", "400 من الانفصاليين
    // 【مدعومين بدبابات】 هاجموا" (a passive participle of support, then its giver after ب or من, up to four words)
    for (let p = j - 1; p >= sStart && p >= j - 4; p--) {
      const t = this.info[p]!;
      if (!t.word) break;
      const hit = this.hitAt.get(p);
      if (!hit) continue;
      const next = this.info[p + 1]!;
      if (hit.entry.type === 'SUPPORT' && hit.entry.passive && hit.end === p + 1 && (next.norm === 'من' || /^ب/.test(next.norm)) && p > sStart) j = p - 1;
      break;
    }
    // an adjective of no actor after the group: "قوات البيشمركة 【الكردية】 شنت", "الجماعات 【المسلحة】 هاجمت"
    const adj = this.info[j]!;
    // (only after a force or a government, which such adjectives describe: "الحكومة اليمنية 【الشرعية】")
    const held = j > sStart && adj.word && adj.definite && !adj.flags && !adj.trigger && !this.numberCovers(j) && /(?:يه|ي|ه)$/.test(adj.norm) && !this.groupCovering(j) ? this.groupCovering(j - 1) : null;
    const heldBy = held?.units[held.units.length - 1]?.actor;
    if (held && held.tokenEnd === j && heldBy && (heldBy.kind === 'armed_group' || ARMED_SECTORS.has(heldBy.sector ?? '') || heldBy.sector === 'GOV')) j--;
    let g = this.groupCovering(j);
    if (!g || g.tokenEnd !== j + 1) return null;
    // the last of coordinated countries after a preposition, with و, is a new clause's subject when the verb follows it
    // right away: "أجندات في ليبيا 【وتونس】 ترفض أي تدخل"
    const last = g.units[g.units.length - 1]!;
    if (g.units.length > 1 && g.tokenEnd === k && this.prepBefore(g) && this.info[last.tokenStart]!.conjAttached && last.actor?.kind === 'country' && !last.city && !last.capital) {
      return { start: last.start, end: last.end, tokenStart: last.tokenStart, tokenEnd: last.tokenEnd, units: [last] };
    }
    if (g.units.every((u) => u.place)) {
      // the subject before its place: "وكانت المقاومة الشعبية 【في محافظة إب】 تعهدت" (في or ب, with a place head or not)
      // (the preposition on the place, "بتعز", on its head, "بمحافظة تعز", or before them, "في محافظة إب")
      let end = -1;
      const p = g.tokenStart - 1;
      if (this.doc.tokens[g.tokenStart]!.start < g.start && /^[وف]?ب/.test(this.info[g.tokenStart]!.norm)) end = g.tokenStart;
      else if (p >= sStart && this.info[p]!.word && /^ب/.test(this.info[p]!.norm) && this.info[p]!.flags & (W.PLACE_HEAD | W.PLACE_PREP)) end = p;
      else if (p >= sStart && /^(?:في|ب)$/.test(this.info[p]!.norm)) end = p;
      else if (p > sStart && this.info[p]!.flags & W.PLACE_HEAD && /^(?:في|ب)$/.test(this.info[p - 1]!.norm)) end = p - 1;
      if (end < 0) {
        if (this.prepBefore(g)) return null;
        end = -2;
      }
      if (end !== -2) {
        const h = end > sStart ? this.groupCovering(end - 1) : null;
        if (!h || h.tokenEnd !== end || this.prepBefore(h) || h.units.every((u) => u.place)) return null;
        g = h;
      }
    }
    const prep = this.prepBefore(g);
    // the owner after "تابعة ل" stands for the unit before it: "قوة أمنية تابعة لقوات البيشمركة شنت …"
    if (prep && prep !== 'ان' && !(prep === 'ل' && OWNED_BY.test(this.info[g.tokenStart - 1]?.norm ?? ''))) return null;
    return g;
  }

  /**
   * The subject written before a verb at `pred`: the group ending right before it (groupEndingNear),
   * when the verb carries no conjunction ("اتهم الرئيس إسرائيل وطالب": وطالب has the earlier
   * subject), is not a victim verb ("جنديان قتلا": a passive reading) and is not a relative clause
   * whose verb has an object pronoun ("المسجد الذي هاجمه مسلحون": the group is its object).
   */
  /**
   * People counted right before a verb: a number or a quantity word before the group, with من or not ("54 من
   * الحوثيين", "عشرات الحوثيين", "12 جنديا يمنيا"); null when the group is not counted or has another preposition.
   */
  private countedGroupBefore(pred: number, sStart: number): Group | null {
    const g = this.groupEndingNear(pred, sStart);
    if (!g || g.units.every((u) => u.place)) return null;
    const p = this.prepBefore(g);
    if (p && p !== 'من') return null;
    let b = g.tokenStart - 1;
    if (p === 'من') {
      // (من on its own token: the count stands before it)
      if (this.info[b]?.norm !== 'من') return null;
      b--;
    }
    if (b < sStart) return null;
    return this.numberCovers(b) || this.quantityWord(this.info[b]!) ? g : null;
  }

  /** A quantity word (roles.quantifiers: عشرات، بعض، أحد), bare or with a clitic ("لأحد"). */
  private quantityWord(t: TokenInfo): boolean {
    return !!(t.flags & W.QUANT) || t.bases.some((x) => this.lex.flags(x) & W.QUANT);
  }

  private preverbalSubject(pred: number, sStart: number): Group | null {
    const v = this.info[pred]!;
    if (v.conjAttached || /^[وف]/.test(v.norm) || objectPronounAt(this.info, pred)) return null;
    let g = this.groupEndingNear(pred, sStart);
    if (!g) return null;
    // (a member's apposition after its state is no subject: "وتركيا 【العضو في الحلف الأطلسي】 رفضت" → Turkey)
    if (/^(?:ال)?عضو$/.test(this.info[g.tokenStart]!.norm) && g.tokenStart > sStart) {
      const state = this.groupCovering(g.tokenStart - 1);
      if (state && state.tokenEnd === g.tokenStart && !this.prepBefore(state)) g = state;
    }
    // before a victim verb, people are its victims ("12 سوريا قتلوا"، "جنديان قتلا"); a named state, body or
    // group, or a definite force, is its agent ("أن الشرطة المصرية اعتقلت …"، "القوات الأمريكية قتلت …")
    if (v.flags & W.VICTIM_VERB) {
      const a = g.units[0]!.actor;
      const named = !!a && (a.kind === 'country' || a.kind === 'gov_body' || a.kind === 'armed_group' || a.kind === 'igo');
      const force = !!a && AGENT_SECTORS.has(a.sector ?? '') && this.info[g.tokenStart]!.definite && !(this.info[g.tokenStart - 1]?.flags & W.QUANT);
      if (g.units.length !== 1 || g.units[0]!.nisba || g.units[0]!.place || !(named || force)) return null;
    }
    // a relative clause: the antecedent is the subject unless a pronoun after the verb points back to it
    // ("الإرهابيين الذين تبحث عنهم الاستخبارات")
    for (let k = g.tokenEnd; k < pred; k++) if (RELATIVE_PRONOUNS.has(this.info[k]!.norm)) return RESUMPTIVE_PREP.test(this.info[pred + 1]?.norm ?? '') ? null : g;
    // otherwise the group must open its clause: "الأزمة السورية", "قرارات العبادي" are no subjects
    let b = g.tokenStart - 1;
    // the unit the owner after "تابعة ل" stands for opens the clause: "إن 【قوة أمنية تابعة】 لقوات البيشمركة شنت"
    // (the ل on a head word of no actor before the group: "التابعة 【لنظام】 الأسد")
    const lamHead = b - 1 > sStart && this.info[b]!.word && /^ل[^ل]/.test(this.info[b]!.norm) && !this.info[b]!.trigger && !this.groupCovering(b) && OWNED_BY.test(this.info[b - 1]!.norm);
    if (lamHead) b--;
    if (this.prepBefore(g) === 'ل' || lamHead) {
      b--;
      // (an instrument of no one's own too: "أن 【الطائرات الحربية التابعة】 لنظام الأسد ألقت")
      const bare = (k: number) => { const c = this.groupCovering(k); return !c || c.units.every((u) => u.instrument && !u.actor); };
      for (let n = 0; n < 3 && b > sStart && this.info[b]!.word && !this.info[b]!.trigger && bare(b) && !(this.info[b]!.flags & ~(W.QUANT | W.TARGET_HEAD)); n++) b--;
      // a force of no country before it, opening the clause, is the owner's ("أن 【الطائرات الحربية】 التابعة لنظام الأسد
      // ألقت" → the Syrian military)
      const force = this.groupCovering(b);
      const fa = force && force !== g && force.units.length === 1 ? force.units[0]!.actor : undefined;
      // (a group's or party's force is the group itself: "إن الميليشيات التابعة لحزب الله قصفت" → Hezbollah)
      const owner = g.units[0]!.actor;
      const country = owner?.country;
      if (force && fa && fa.sector && !fa.country && country && force.tokenEnd > b) {
        const o = force.tokenStart - 1;
        if (o < sStart || this.info[o]!.punct || CLAUSE_OPENERS.has(this.info[o]!.norm) || CLAUSE_OPENERS.has(this.info[o]!.norm.replace(/^[وف]/, ''))) {
          if (!(owner?.kind === 'country' || owner?.sector === 'GOV' || owner?.sector === 'MIL')) return g;
          const text = this.doc.text.slice(force.start, g.end);
          return { start: force.start, end: g.end, tokenStart: force.tokenStart, tokenEnd: g.tokenEnd, units: [{ ...force.units[0]!, end: g.end, tokenEnd: g.tokenEnd, actor: agentActor(country, fa.sector, text) }] };
        }
      }
    }
    // members or a count of the group before it: "عناصر تنظيم داعش أطلقوا", "مقاتلو الحوثي هاجموا"
    while (b > sStart && this.info[b]!.word && this.info[b]!.flags & (W.QUANT | W.TARGET_HEAD)) b--;
    // a person's title with its complement before the name: "وكان 【زعيم الحزب المقرب من الأكراد في تركيا】 صلاح الدين
    // دمرتاش دعا الحكومة التركية" (up to eight words back to the title's first word, no punctuation or event word between)
    if (b === g.tokenStart - 1 && g.units[0]!.actor?.kind === 'person') {
      let t = -1;
      // (not across a clause opener: "وقال المسؤول 【ان】 كيري رحب" has the title in the clause before)
      for (let c = b; c >= sStart && c > b - 8 && this.info[c]!.word && !this.info[c]!.trigger && !CLAUSE_OPENERS.has(this.info[c]!.norm.replace(/^[وف]/, '')); c--) if (this.titleOrName[c]! & 1) t = c;
      if (t >= 0) {
        b = t - 1;
        while (b > sStart && this.titleOrName[b]! & 1) b--;
      }
    }
    // (a count of weapons is the object of the verb after them: "عشرات القذائف أطلقها المسلحون")
    if (b < g.tokenStart - 1 && g.units.every((u) => u.instrument)) return null;
    if (b < sStart || this.info[b]!.punct || this.info[g.tokenStart]!.conjAttached) return g;
    // the agent of an event noun before it acts through it ("غارات التحالف لم تستهدف"); not a verb's subject
    // inside a relative clause ("التي تدعمها إيران هاجمت")
    const nounHit = this.hitAt.get(b);
    if (nounHit && nounHit.entry.pos !== 'verb') return g;
    const bn = this.info[b]!.norm;
    return CLAUSE_OPENERS.has(bn) || CLAUSE_OPENERS.has(bn.replace(/^[وف]/, '')) ? g : null;
  }

  /**
   * A coordinated noun with a pronoun that points back to the actor before it ("الولايات المتحدة
   * وحلفاؤها نفذوا", "الرئيس وأنصاره"): written و + noun + ها / ه / هم / هما, without the article and
   * not itself a trigger or actor. The subject before the verb is the actor it follows.
   */
  private companionAt(j: number): boolean {
    const t = this.info[j]!;
    if (t.flags || t.trigger || this.groupCovering(j)) return false;
    const raw = this.doc.tokens[j]!.text;
    return raw.length >= 5 && raw.startsWith('و') && !raw.startsWith('وال') && /[^و](?:ها|هما|هم|ه)$/.test(raw) && this.groupCovering(j - 1) !== null;
  }

  /**
   * Where the partner of a reciprocal noun begins: مع, or a group with ب, right after it or after its setting (an
   * adjective, a date, a place: "اجتماعه المقرر في الـ3 من أغسطس المقبل 【بوزراء】 خارجية …"), within eight words,
   * no punctuation or other trigger between; -1 when there is none.
   */
  private partnerAhead(from: number, end: number): number {
    for (let k = from; k < Math.min(end, from + 8); k++) {
      const t = this.info[k]!;
      if (t.punct || (k > from && this.hitAt.has(k))) return -1;
      if (!t.word) continue;
      if (t.norm === 'مع') return k;
      const g = t.norm.startsWith('ب') ? this.groupStarting(k) : null;
      // (a place with ب is the setting: "في اجتماعها الطارئ 【بالقاهرة】")
      if (g && !g.units.every((u) => u.place || u.capital)) return k;
    }
    return -1;
  }

  /**
   * After على / ضد within six words of an attack trigger, past a quantifier, a target head with a possessive pronoun
   * (عناصره، مقاتليها، مواقعه): the group named before the trigger that the pronoun points to (not the attacker, not a
   * place).
   */
  private ownedMembersTarget(h: TriggerHit, s: SentenceSpan, source: Group | null): Group | null {
    const { info } = this;
    for (let k = h.end, n = 0; k + 1 < s.tokenEnd && n < 6; k++, n++) {
      const t = info[k]!;
      if (t.punct) return null;
      if (t.norm !== 'علي' && t.norm !== 'ضد') continue;
      let j = k + 1;
      if (j < s.tokenEnd && info[j]!.flags & W.QUANT && !(info[j]!.flags & W.TARGET_HEAD)) j++;
      const w = info[j];
      // (a pronoun, not the ta marbuta that normalization writes ه: "على 【القاعدة】")
      const pronoun = !!w && (possessiveNoun(w) || (w.norm !== w.base && /[^ه]هم$/.test(w.norm) && !w.base.endsWith('هم')));
      if (!w || !w.word || this.groupCovering(j) || !(w.flags & W.TARGET_HEAD) || !pronoun) return null;
      // (the pronoun agrees: ه a masculine singular, not "قوات الأمن" or "الحكومة"; ها or هم anything)
      const masc = possessiveNoun(w) && !w.norm.endsWith('ها');
      // (within the reported clause: not the reporter before أن, "وذكر المرصد السوري أن الطيران الروسي شن غارات على
      // مواقعه"; no outlet or monitor)
      for (let a = h.i - 1; a >= s.tokenStart; a--) {
        if (info[a]!.word && COMPLEMENTIZERS.has(info[a]!.norm)) return null;
        const g = this.groupCovering(a);
        if (!g) continue;
        a = g.tokenStart;
        if (g === source || (source && sameActors(g, source)) || g.units.every((u) => u.place)) continue;
        if (g.units.some((u) => u.actor?.kind === 'media' || u.actor?.kind === 'ngo' || u.actor?.sector === 'NGO' || u.actor?.sector === 'MED')) continue;
        const head = info[g.tokenStart]!.base;
        if (masc && (/(?:ات|ه)$/.test(head) || g.units.length > 1)) continue;
        return g;
      }
      return null;
    }
    return null;
  }

  /** The nearest earlier actor in the sentence that is not a place or a prepositional phrase (pronoun antecedent). */
  private antecedent(k: number, sStart: number): Group | null {
    for (let j = k - 1; j >= sStart; j--) {
      const g = this.groupCovering(j);
      if (!g) continue;
      j = g.tokenStart;
      if (this.prepBefore(g)) continue;
      // (nor a place after a place head after a preposition: "كثفت المقاومة الشعبية في 【محافظة】 أبين من هجماتها")
      const ph = g.tokenStart - 1;
      if (g.units.every((u) => u.place) && ph > sStart && this.info[ph]!.flags & W.PLACE_HEAD && (this.info[ph - 1]!.flags & W.PLACE_PREP || PREPOSITIONS.has(this.info[ph - 1]!.base) || (/^[وف]?[بل]/.test(this.info[ph]!.norm) && this.info[ph]!.norm !== this.info[ph]!.base))) continue;
      // (the subject of a relative clause whose verb has its pronoun is not what the clause describes: "طائرات التحالف
      // العربي الذي 【تقوده】 السعودية، غاراتها" are the coalition's)
      const v = g.tokenStart - 1;
      if (v - 1 > sStart && this.info[v]!.word && !this.groupCovering(v) && /[^ه](?:ه|ها|هم)$/.test(this.info[v]!.norm) && RELATIVE_PRONOUNS.has(this.info[v - 1]!.norm)) {
        const ante = this.groupCovering(v - 2);
        if (ante && ante.tokenEnd === v - 1 && !this.prepBefore(ante)) return ante;
      }
      return g;
    }
    return null;
  }

  /** Direct object: the next group not introduced by a preposition; an event noun's own actors count. */
  /**
   * A bare title subject and a title with a person's name right after it that are one person holding two offices, when
   * the verb's own object follows the name (a definite word or a group with no preposition, past one comma): the
   * subject over both, and the group of that object (or null); null when they are not such a chain.
   */
  private officeChain(subj: Group, obj: Group, end: number): { subject: Group; object: Group | null } | null {
    const a = subj.units.length === 1 ? subj.units[0]!.actor : null;
    const u = obj.units.length === 1 ? obj.units[0]! : null;
    if (!a || !u || a.kind !== 'title' || u.actor?.kind !== 'person' || u.prep || obj.tokenStart !== subj.tokenEnd) return null;
    if (this.info[obj.tokenStart]!.conjAttached || this.info[obj.tokenStart]!.punct) return null;
    // (a title of another country is another person: "استقبل وزير الخارجية رئيس الوزراء العراقي حيدر العبادي")
    if (a.country && u.actor.country && a.country !== u.actor.country) return null;
    let k = obj.tokenEnd;
    if (k < end && this.info[k]!.punct && (this.info[k]!.norm === '،' || this.info[k]!.norm === ',')) k++;
    if (k >= end || !this.info[k]!.word || this.dateCovers(k) || this.numberCovers(k)) return null;
    const g = this.groupStarting(k);
    // (a definite one: "سلم الوزير رئيس الوزراء حيدر العبادي 【رسالة】" has two objects)
    if (g ? this.prepBefore(g) || g.units.every((x) => x.place || x.nisba) : !this.info[k]!.definite || this.info[k]!.conjAttached) return null;
    const subject: Group = { start: subj.start, end: obj.end, tokenStart: subj.tokenStart, tokenEnd: obj.tokenEnd, units: [{ ...u, start: subj.start, tokenStart: subj.tokenStart }] };
    return { subject, object: g ?? null };
  }

  private objectAfter(from: number, end: number, clause: number, charge = false, attack = false): Group | null {
    let lastHead = -10;
    let carry = -10;
    let placeEnd = -10;
    for (let k = from, n = 0; k < end && n < 10; k++, n++) {
      const t = this.info[k]!;
      // (a relative clause set off by commas right after the subject describes it: "ودعا التنظيم، 【الذي يصفه مسؤولون أميركيون
      // بأنه الفرع الأخطر】، إلى شن …"; its own subject is no object)
      if (k <= from + 1 && t.word && RELATIVE_PRONOUNS.has(t.norm) && k > 0 && this.info[k - 1]!.punct) {
        let c = k + 1;
        while (c < end && c - k <= 14 && !(this.info[c]!.punct && (this.info[c]!.norm === '،' || this.info[c]!.norm === ','))) c++;
        if (c >= end || c - k > 14) return null;
        k = c;
        continue;
      }
      // (a comma right after the place of the act goes on to the object: "قصفت فصائل معارضة في حلب، مواقع للجيش")
      if (t.punct && k > from && !(k === placeEnd && (t.norm === '،' || t.norm === ','))) return null;
      // the charge of an accusation (بالتآمر لمهاجمة عسكريين): the accused stands before it
      // (not an adverb: "أدانت بشدة", "بأشد العبارات")
      if (charge && t.word && !this.groupStarting(k) && (/^[وف]?(?:بال|بتهم)/.test(t.norm) || (t.norm.startsWith('ب') && this.hitAt.has(k)))) return null;
      // (an attack told in a relative clause after the object has victims of its own: "أدانت الهيئة العمل الإجرامي 【الذي
      // استهدف】 مسجدًا" condemns the act, not the mosque; "التصريحات التي أدلى بها المالكي" still names the one meant)
      if (k > from && t.word && RELATIVE_PRONOUNS.has(t.norm.replace(/^و/, '')) && this.hitAt.get(k + 1)?.entry.type === 'ASSAULT') return null;
      // (an attack's object ends at a relative clause with a verb of its own, whose subject is no object: "تستهدف تجمعات
      // حزب العمال 【الذي تعده】 أنقرة منظمة إرهابية"; not one whose pronoun after the verb points back to a place held by
      // that subject: "قصفت القاعدة التي يتمركز 【فيها】 الحوثيون")
      if (attack && k > from && t.word && RELATIVE_PRONOUNS.has(t.norm.replace(/^و/, '')) && k + 1 < end && this.info[k + 1]!.word && !this.groupStarting(k + 1) && !(k + 2 < end && RESUMPTIVE_PREP.test(this.info[k + 2]!.norm))) return null;
      // (a past copula opens a new clause about the object: "دمرت القوات ثلاث عجلات مفخخة 【كانت】 معدة لاستهداف آليات
      // الجيش")
      if (k > from && t.word && COPULAS.has(t.norm)) return null;
      if (t.flags & W.TARGET_HEAD) lastHead = k;
      // a vehicle carrying people of a group: "سيارة تقل قياديين في حزب العمال" → the group
      if (CARRY.has(t.norm)) carry = k;
      const g = this.groupStarting(k);
      if (g) {
        const prep = this.prepBefore(g);
        // (the genitive of a noun after a preposition is in that adverbial, no object: "المستوردة عبر منافذ 【المملكة】")
        const before = this.info[g.tokenStart - 1];
        if (!prep && k - 2 >= from && before?.word && this.lex.adverbialPrep(this.info[k - 2]!.norm)) {
          k = g.tokenEnd - 1;
          continue;
        }
        // (nor is a place after a word of place written apart: "داخل أحد أسواق قضاء الحويجة 【غربي】 كركوك")
        // (nor, for an act other than an attack, after a head of place that is in such an adverbial: "اعتقلت … بجنوب 【مدينة】
        // العريش", "【بمدينة】 العريش")
        // (an attack's place stays its target: "استهدفت سيارة في بلدة الحضر في ريف القنيطرة")
        const headInAdverbial = !attack && !!before?.word && !!(before.flags & W.PLACE_HEAD) && (/^[وف]?[بل]/.test(before.norm) && before.norm !== before.base ? true : k - 2 >= from && !!this.info[k - 2]!.word && !!((this.info[k - 2]!.flags | this.lex.flags(this.info[k - 2]!.norm.replace(/^[وف]?ب/, ''))) & W.PLACE_PREP));
        if (!prep && k > from && before?.word && (before.flags & W.PLACE_PREP || headInAdverbial) && g.units.every((u) => u.place)) {
          k = g.tokenEnd - 1;
          continue;
        }
        if (!prep || this.info[g.tokenStart - 1]?.trigger) return g;
        if (prep === 'ل' && k - lastHead <= 2) return g;
        // (an attack's object that no actor names, owned by an armed group after ل: "استهدفت المقاتلات 【استعراضا عسكريا
        // لتنظيم داعش】", "قصفت الطائرات تجمعا للحوثيين")
        if (attack && prep === 'ل' && k - from <= 3 && armedGroup(g)) return g;
        if ((prep === 'في' || prep === 'من') && k - carry <= 3) return g;
        if (prep === 'في' && g.units.every((u) => u.place)) placeEnd = g.tokenEnd;
        k = g.tokenEnd - 1;
        continue;
      }
      if (t.flags & W.REPORT && k > from) return null;
      void clause;
    }
    return null;
  }

  /**
   * The object with ل right after a verbal noun's genitive, when that genitive can be the agent: definite
   * (article or a known actor's name), not a city or region, and the ل-phrase an actor or a sector noun;
   * `true` when the genitive is an armed force and ل opens a plain noun ("قصف الحوثيين لمنطقة سكنية":
   * the agent, the object not an actor); null when the genitive is the object.
   */
  private lamObjectAfter(g: Group, end: number): Group | true | null {
    if (g.tokenEnd >= end) return null;
    const first = this.info[g.tokenStart]!;
    // (a capital speaks for its government: "تسليح 【طهران】 للحوثيين")
    const named = g.units.every((u) => u.actor && !u.head && !u.nisba && (!u.place || u.actor.kind === 'country' || u.capital));
    if (!first.definite && !named) return null;
    if (g.units.some((u) => u.place && u.actor?.kind !== 'country' && !u.capital)) return null;
    const o = this.groupStarting(g.tokenEnd);
    if (o) return this.prepBefore(o) === 'ل' && !sameActors(o, g) ? o : null;
    const t = this.info[g.tokenEnd]!;
    const armed = g.units.every((u) => u.actor && (u.actor.kind === 'armed_group' || ARMED_SECTORS.has(u.actor.sector ?? '')));
    if (!armed || !t.word || t.flags || t.trigger || !/^لل?/.test(t.norm) || t.norm.length < 4) return null;
    if (this.dateCovers(g.tokenEnd) || this.numberCovers(g.tokenEnd)) return null;
    return true;
  }

  /** Whether the group opens with a state's armed force (army, police, security forces), not an armed group. */
  private stateForce(g: Group): boolean {
    const u = g.units[0]!;
    const a = u.actor;
    // (the force itself, not a thing of it: "قصف ثكنة قوات مشاة البحرية", "قصف معسكر اللواء 55")
    // (its first word is the force's own: definite, "الجيش", "القوات الأوكرانية", or "قوات" in construct: "قوات النظام")
    const first = this.info[g.tokenStart]!;
    const own = first.definite || /^[وفبل]?قوات$/.test(first.norm);
    return !!a && own && u.tokenStart === g.tokenStart && !u.head && !u.owned && a.kind !== 'armed_group' && (a.sector === 'MIL' || a.sector === 'COP');
  }

  /** Whether token k is an instrument of an armed sector (طائرات، الطيران، مدفعية، مقاتلات), not a weapon alone. */
  private armedInstrumentAt(k: number): boolean {
    return this.info[k]!.bases.some((b) => this.lex.instrumentsAt(b)?.some((x) => !!x.sector && x.pattern.length === 1));
  }

  /**
   * Genitive or nisba right after a noun trigger, skipping up to three plain words (adjectives); `lamGenitive`: ل may
   * mark it ("هجوم لمسلحين"); `objectPreps`: the prepositions of the noun's object, whose word ends the search.
   */
  private genitiveAfter(from: number, end: number, lamGenitive = false, objectPreps: readonly string[] = []): Group | null {
    for (let k = from, skipped = 0; k < end && skipped <= 3; k++) {
      const g = this.groupStarting(k);
      if (g) {
        const prep = this.prepBefore(g);
        // "هجوم لمسلحين", "غارات للتحالف": ل marks the agent of an attack noun
        if (prep && !(lamGenitive && prep === 'ل')) return null;
        return g;
      }
      const t = this.info[k]!;
      if (!t.word || t.trigger) return null;
      if (t.flags & (W.STOP | W.TARGET | W.PARTNER | W.BETWEEN | W.REPORT | W.DENY)) return null;
      // a word with the preposition of the noun's object opens that object: "دعمها 【لنظام】 الأسد" (الأسد is not the
      // genitive of دعمها); other prepositions are passed ("الاجتماع الدوري لمديري الشرطة": its participants)
      const att = /^[وف]?([بل])/.exec(t.norm)?.[1];
      if (att && objectPreps.includes(att) && t.bases.includes(t.norm.replace(/^[وف]?[بل]/, '')) && !(lamGenitive && att === 'ل')) return null;
      if (t.flags & W.QUANT || !t.flags) {
        skipped++;
        continue;
      }
      return null;
    }
    return null;
  }

  /**
   * A person's group after up to seven words of a title the actor layer did not resolve (plain words, ل + a
   * word, no trigger, verb of report or punctuation), starting at token k.
   */
  private personAfterTitle(k: number, end: number): Group | null {
    const { info } = this;
    for (let j = k, n = 0; j < end && n < 8; j++, n++) {
      const g = this.groupStarting(j);
      if (g) {
        if (j > k && g.units[0]!.actor?.kind === 'person' && !this.prepBefore(g)) return g;
        // a place or body inside the title ("وكيل إمارة منطقة الباحة", "لرابطة العالم الإسلامي")
        if (g.units.every((u) => u.place || u.nisba || (u.actor && u.actor.kind !== 'person'))) {
          j = g.tokenEnd - 1;
          continue;
        }
        return null;
      }
      const t = info[j]!;
      if (!t.word || t.trigger || (t.flags & ~(W.QUANT | W.PLACE_HEAD)) !== 0 || this.dateCovers(j)) return null;
    }
    return null;
  }

  /**
   * A count of people at k (past a date) with no actor named in it or after من: "16 آخرين", "23 عنصرا جنائيا", "عددا
   * من المطلوبين".
   */
  private countedPeopleAt(k: number, end: number): boolean {
    const { info } = this;
    while (k < end && this.dateCovers(k)) k++;
    if (k + 1 >= end || info[k]!.norm === 'من' || !(this.numberCovers(k) || info[k]!.flags & W.QUANT)) return false;
    while (k < end && info[k]!.norm !== 'من' && (this.numberCovers(k) || info[k]!.flags & W.QUANT)) k++;
    // (people, not things seized: "احتجزت الشرطة 3 سيارات"; a part of people named by من: "اثنين من أعضائه"، "عددا منهم")
    const partitive = k + 1 < end && info[k]!.norm === 'من' && info[k + 1]!.word && !this.groupCovering(k + 1);
    if (partitive) k++;
    else if (k < end && /^منه(?:م|ن)$/.test(info[k]!.norm)) return true;
    if (k >= end || !info[k]!.word || this.groupCovering(k) || info[k]!.trigger || !(partitive || PEOPLE_WORD.test(info[k]!.norm) || COUNTED_SUSPECTS.test(info[k]!.norm))) return false;
    for (let j = k + 1; j < Math.min(end, k + 4); j++) {
      if (info[j]!.punct) break;
      if (this.groupCovering(j) && !this.groupCovering(j)!.units.every((u) => u.place)) return false;
    }
    return true;
  }

  /** The sentence reports people killed, wounded or fallen victim without naming who they are ("قتل 15 شخصا"، "راح ضحيته 31 شخصا"). */
  private unnamedVictims(s: SentenceSpan): boolean {
    let unnamed = false;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = this.info[k]!;
      if (!(t.flags & (W.VICTIM_VERB | W.VICTIM_NOUN) || /^[وف]?(?:ضحيت|ضحايا)/.test(t.norm))) continue;
      // the victims after it: a count or people of no stated side ("مقتل 17 شخصا"، "راح ضحيته 31 شخصا"); a
      // named group or side among them ("مقتل 260 متمردا كرديا"، "قتلى من الحوثيين") names them
      for (let j = k + 1, n = 0; j < s.tokenEnd && n < 5; j++, n++) {
        if (this.groupCovering(j)) return false;
        const tj = this.info[j]!;
        if (PEOPLE_WORD.test(tj.norm)) {
          // (unless a side follows them: "17 شخصا من عناصر داعش")
          let side = false;
          for (let q = j + 1; q < Math.min(s.tokenEnd, j + 4) && !side; q++) side = this.info[q]!.norm === 'من' && !!this.groupStartingWithin(q + 1, Math.min(s.tokenEnd, q + 4));
          if (!side) unnamed = true;
          break;
        }
        if (tj.punct) break;
      }
    }
    return unnamed;
  }

  /**
   * The group whose cell or members follow within a few words: "خلية إرهابية تابعة لتنظيم داعش", "عناصر
   * من حركة الشباب", "شبكة تنتمي لداعش" (the cell noun first, up to three words, then the group after ل / من / في).
   */
  private cellOwnerAfter(from: number, end: number): Group | null {
    const { info } = this;
    for (let k = from, n = 0; k < end && n < 3; k++, n++) {
      const t = info[k]!;
      if (!t.word) return null;
      if (!CELL_NOUN.test(t.norm)) continue;
      for (let j = k + 1, m = 0; j < end && m < 4; j++, m++) {
        const g = this.groupStarting(j);
        if (g) {
          const p = this.prepBefore(g);
          return p === 'ل' || p === 'من' || p === 'في' || (!p && j === k + 1) ? g : null;
        }
        const tj = info[j]!;
        if (!tj.word || tj.trigger) return null;
      }
      return null;
    }
    return null;
  }

  /**
   * The owner after ل of a target head right after a noun ("لمراكز تابعة لتنظيم داعش", "مواقع للحوثيين"),
   * past a count or an adjective before the head and one word (تجمع، تابعة) between the head and ل.
   */
  private headOwnerAfter(from: number, end: number): Group | null {
    const { info } = this;
    let head = -1;
    for (let k = from, n = 0; k < end && n < 8; k++, n++) {
      const t = info[k]!;
      if (!t.word || t.trigger) return null;
      if (head < 0) {
        if (t.flags & W.TARGET_HEAD) head = k;
        else if (!(this.numberCovers(k) || t.flags & W.QUANT || !t.flags)) return null;
        continue;
      }
      const g = this.groupStarting(k);
      if (g) return this.prepBefore(g) === 'ل' && k - head <= 3 ? g : null;
      if (t.flags || k - head >= 3) return null;
    }
    return null;
  }

  /**
   * The first token from k on that is no part of a title (the offices after a person's name): k when no title starts
   * there. A title that opens with a preposition is the next phrase, not an office of the person ("اتهام العائلة
   * 【للمقيم】 السوداني").
   */
  private pastTitles(k: number, end: number): number {
    let j = k;
    for (; j < end; j++) {
      const t = this.info[j]!;
      if (t.punct && t.norm === ',' && this.titleOrName[j + 1]! & 1) continue;
      if (!(this.titleOrName[j]! & 1)) break;
      if ((j === k || !(this.titleOrName[j - 1]! & 1)) && /^[بل]$/.test(procliticPrep(this.doc, j) ?? '')) break;
    }
    return j;
  }

  /** A target introduced by one of the entry's prepositions (ضد X, على X, مع X, للمسؤولين). */
  private prepTarget(e: TriggerEntry, from: number, end: number, source: Group | null): Group | null {
    const preps = e.args.filter((a) => a !== 'obj');
    if (!preps.length) return null;
    const { info } = this;
    for (let k = from, n = 0; k < end && n < 12; k++, n++) {
      const t = info[k]!;
      if (t.punct && (t.norm === '.' || t.norm === ';' || t.norm === ':')) return null;
      if (t.trigger && k > from && n > 0) {
        // another event starts; stop unless it is a nominal continuation (ضد مقاتلي ...)
        if (this.lex.lightVerb(t.base)) return null;
        // a clause of its own after a comma: "أشاد بالاتفاق مع إيران، 【مطالبا】 روسيا بوقف دعمها لنظام الأسد"
        // (or a conjunct of its own: "دعمها للإرهاب، 【ودعمها】 لتجارة السلاح")
        if (this.hitAt.has(k) && this.info[k - 1]?.punct) return null;
      }
      // a noun event of another kind with partners of its own: "تطرق اللقاء إلى الاتفاق النووي بين إيران
      // ومجموعة …" (Iran is the agreement's party, not the meeting's)
      if (k > from && this.topicNoun(k, e.type)) return null;
      if (!t.word) continue;
      const standalone = preps.includes(t.norm) || preps.includes(t.base);
      if (standalone && (t.norm === t.base || preps.includes(t.norm))) {
        const g = this.groupAfterPrep(k + 1, end);
        if (g && g !== source) return g;
        continue;
      }
      // attached preposition (للمسؤولين، بأي جهود عسكرية إيرانية)
      let nn = t.norm;
      if (nn.startsWith('و') || nn.startsWith('ف')) nn = nn.slice(1);
      const att = nn[0];
      // (not a topic preposition that begins with ب: "اجتماعا 【بشأن】 اليمن", "بخصوص")
      if (this.lex.topicPrep(nn)) continue;
      if (att && (att === 'ب' || att === 'ل') && preps.includes(att) && nn.length >= 3) {
        const g = this.groupAfterPrep(k, end, 4);
        // (a city or capital with ب is where a meeting is held, not whom it is held with: "اجتمع الجبير 【بجدة】 مع شكري")
        if (g && g !== source && !(e.type === 'CONSULT' && att === 'ب' && g.units.every((u) => u.city || u.capital))) return g;
      }
    }
    return null;
  }

  private groupAfterPrep(k: number, end: number, reach = 3): Group | null {
    const stop = Math.min(end, this.info.length);
    for (let j = k, n = 0; j < stop && n <= reach; j++, n++) {
      const g = this.groupStarting(j);
      if (g) return g;
      const t = this.info[j]!;
      if (!t.word) return null;
      // (not past a topic preposition: "التقى … بوفد 【حول】 اليمن")
      if (j > k && this.lex.topicPrep(t.norm)) return null;
      if (t.flags & (W.TARGET_HEAD | W.QUANT | W.PLACE_HEAD) || (!t.flags && !t.trigger)) continue;
      if (t.trigger) continue;
      return null;
    }
    return null;
  }

  /**
   * A noun event introduced by a preposition after talks, an agreement or cooperation ("تطرق اللقاء إلى الاتفاق النووي بين
   * إيران ومجموعة …"): its partners are its own, not the first event's ("بحث علاقات التعاون بين …", the
   * object of a verb, still names the meeting's).
   */
  private topicNoun(k: number, type: string): boolean {
    const o = this.hitAt.get(k);
    if (!o || o.entry.pos === 'verb' || o.entry.type === type || !TOPIC_TYPES.has(type)) return false;
    const t = this.info[k]!;
    const n = t.norm.replace(/^[وف]/, '');
    return NOUN_AFTER.has(this.info[k - 1]?.norm ?? '') || ((n[0] === 'ب' || n[0] === 'ل') && !t.base.startsWith(n[0]));
  }

  /** The groups of the last two different states (or bodies of states) named before token k (within 150 tokens), older first. */
  private lastTwoStates(k: number, dual: string): [Group, Group] | null {
    // "the two sides" (الجانبان، الطرفين) of a meeting are the two people of different countries named last ("بحث الجبير مع
    // نظيره الإيطالي جينتيلوني في روما القضية الفلسطينية. كما بحث 【الجانبان】 …": Saudi Arabia and Italy, not Rome and
    // Palestine); "the two countries" (البلدين، الدولتين) are the two states or bodies of states named last
    return this.lastTwo(k, SIDES_DUALS.has(dual) ? 150 : 60) ?? this.lastTwo(k, 150, false);
  }

  private lastTwo(k: number, window: number, people = true): [Group, Group] | null {
    const found: Group[] = [];
    const seen = new Set<string>();
    for (let j = k - 1; j >= 0 && k - j < window && found.length < 2; j--) {
      const g = this.groupCovering(j);
      if (!g) continue;
      j = g.tokenStart;
      if (g.units.length !== 1) continue;
      const a = g.units[0]!.actor;
      if (people && a?.kind !== 'person') continue;
      // (a state or a body of states: "بين مجلس التعاون والولايات المتحدة … بين الجانبين"; or a person of one:
      // "المنسق الإقليمي للعمليات الإنسانية في اليمن عامر الداوودي" of the UN)
      const key = a?.country ?? (a?.kind === 'igo' || (a?.kind === 'person' && a.code.startsWith('IGO')) ? a.code : null);
      if (!a || !key || a.kind === 'media' || a.kind === 'company' || seen.has(key)) continue;
      seen.add(key);
      found.push(g);
    }
    return found.length === 2 ? [found[1]!, found[0]!] : null;
  }

  /** بين X و Y → [X, Y]. */
  private between(from: number, end: number, type: string): [Group, Group] | null {
    for (let k = from; k < end; k++) {
      const t = this.info[k]!;
      // (the partners of another noun event in a phrase after this one are its own)
      if (k > from && this.topicNoun(k, type)) return null;
      // (past the trigger's own phrase: "اشتباكات في مناطق بريف حمص القريبة من الحدود مع لبنان 【بين】 تنظيم داعش
      // والقوات الحكومية"; not past a clause break or another event's word)
      if (k > from + 4 && (t.punct || t.trigger)) return null;
      if (!(t.flags & W.BETWEEN)) continue;
      // "بين البلدين / الجانبين / الطرفين": the two states named last before it
      if (DUAL_ANAPHORS.has(this.info[k + 1]?.norm ?? '')) return this.lastTwoStates(k, this.info[k + 1]!.norm);
      const g = this.groupAfterPrep(k + 1, end + 4, 2);
      if (!g) return null;
      // "بين X وY من جهة، وZ من جهة أخرى": the sides are the phrases each side of من جهة, whatever each holds
      // (past an adjective or two the group left out: "والجيش 【الوطني】 من جهة")
      let side = -1;
      // (or a coordinated phrase of no known actor: "وقوات الدفاع الوطني من جهة")
      for (let x = g.tokenEnd; x <= g.tokenEnd + 5 && side < 0; x++) {
        side = this.sideMarkEnd(x);
        if (side < 0 && (!this.info[x]?.word || this.info[x]!.trigger || this.groupCovering(x))) break;
      }
      if (side > 0) {
        let j = side;
        while (j < this.info.length && j < side + 3 && (this.info[j]!.norm === ',' || this.info[j]!.norm === 'و')) j++;
        const g2 = this.groupStarting(j) ?? this.groupAfterPrep(j, Math.min(this.info.length, j + 6), 3);
        // (a side mark, not "from the direction of": a comma or و before the second side, or a mark after it: "من جهة
        // 【مطار】 دير الزور" is a place)
        const marked = !!g2 && (j > side || this.info[g2.tokenStart]!.conjAttached || this.sideMarkEnd(g2.tokenEnd) > 0);
        // (an instrument is no side: "والفصائل الإسلامية 【والمقاتلة】 من جهة أخرى" is an adjective, not a fighter jet)
        if (g2 && marked && g2 !== g && !g2.units.every((u) => u.instrument || u.place)) return [g, g2];
        if (g2 && marked) return null;
      }
      if (g.units.length >= 2) {
        const [a, ...rest] = g.units;
        const ga: Group = { start: a!.start, end: a!.end, tokenStart: a!.tokenStart, tokenEnd: a!.tokenEnd, units: [a!] };
        const last = rest[rest.length - 1]!;
        const gb: Group = { start: rest[0]!.start, end: last.end, tokenStart: rest[0]!.tokenStart, tokenEnd: last.tokenEnd, units: rest };
        return [ga, gb];
      }
      return null;
    }
    return null;
  }

  /** A group starting at k that a closing quotation mark follows at once, within five tokens: a quoted name ("«جبهة النصرة»"). */
  private shortQuotedGroup(k: number): boolean {
    const g = this.groupStarting(k);
    return !!g && g.tokenEnd - k <= 5 && closingQuoteAt(this.doc, g.tokenEnd);
  }

  /** Where "من جهة" / "من جانب" / "من طرف" (with أخرى / آخر or not) right at token k ends, or -1: it closes one side of a بين phrase. */
  private sideMarkEnd(k: number): number {
    const a = this.info[k];
    const b = this.info[k + 1];
    if (!a || !b || a.norm !== 'من' || !/^(?:جهه|جانب|طرف)$/.test(b.norm)) return -1;
    return /^(?:اخري|اخر)$/.test(this.info[k + 2]?.norm ?? '') ? k + 3 : k + 2;
  }

  /** A word of fighting or countering (`roles.againstNouns`) among the tokens from..to (exclusive), no farther than 6. */
  private againstBetween(from: number, to: number): boolean {
    for (let k = from; k < to && k < from + 6; k++) if (this.info[k]!.word && this.lex.againstNoun(this.info[k]!.bases)) return true;
    return false;
  }

  /**
   * The phrase before a passive verb, the one it acts upon, past a relative clause without its pronoun whose verb
   * carries an object pronoun pointing back to the phrase ("مقاتلين من المعارضة 【دربهم الجيش الأمريكي】 اعتقلوا");
   * 'unnamed' when that phrase names no actor (the relative clause's subject is not the one acted upon); null when
   * nothing but a place stands before the verb.
   */
  private undergoerBefore(pred: number, sStart: number): Group | 'unnamed' | null {
    const g = this.groupEndingNear(pred, sStart);
    if (!g) return null;
    const v = g.tokenStart - 1;
    if (v > sStart && this.info[v]!.word && objectPronounAt(this.info, v) && !this.groupCovering(v)) {
      const ante = this.groupEndingNear(v, sStart);
      return ante && ante.tokenEnd === v ? ante : 'unnamed';
    }
    return g.units.every((u) => u.place && u.actor?.kind !== 'country') ? null : g;
  }

  /**
   * "على يد X" / "على أيدي X" further after a verb than the other markers reach, past commas: "قتل المرشح الرئاسي عن الحزب
   * الديمقراطي، روبرت كينيدي في عام 1967، 【على يد】 الفلسطيني سرحان سرحان" (within 20 tokens, no other trigger, no
   * break between clauses).
   */
  private byHandOf(from: number, end: number): { g: Group; led: boolean } | null {
    const { info, lex } = this;
    for (let k = from, n = 0; k + 2 < end && n < 20; k++, n++) {
      const t = info[k]!;
      if (t.trigger || (t.punct && t.norm !== ',' && t.norm !== '،') || (t.word && lex.clauseBreakAt((j) => info[j]?.norm, k) > 0)) return null;
      if (t.norm === 'علي' && (info[k + 1]!.norm === 'يد' || info[k + 1]!.norm === 'ايدي')) {
        const g = this.groupStarting(k + 2);
        return g && !g.units.every((u) => u.place) ? { g, led: false } : null;
      }
    }
    return null;
  }

  /** من قبل X / بقيادة X / التي تقودها X after the trigger; `led` for the markers of leadership. */
  private sourceMarker(from: number, end: number): { g: Group; led: boolean } | null {
    const { info, lex } = this;
    for (let k = from; k < end; k++) {
      const t = info[k]!;
      if (t.punct || (t.trigger && k > from)) return null;
      for (const b of t.bases) {
        const ps = lex.phrasesAt(b);
        if (!ps) continue;
        for (const p of ps) {
          if (p.cue !== 'sourceMarkers') continue;
          // "الصادر(ة) عن X" is an adjective of the noun right before it ("مذكرات الاعتقال 【الصادرة عن】 المحكمة"),
          // not of a trigger further back ("الاتفاق النووي والقرار 2231 الصادر من مجلس الأمن")
          if (k > from + 1 && p.pattern[0]!.some((w) => ISSUED.has(w))) continue;
          let ok = true;
          for (let w = 1; w < p.pattern.length; w++) {
            const tw = info[k + w];
            if (!tw || !tw.bases.some((x) => p.pattern[w]!.includes(x))) {
              ok = false;
              break;
            }
          }
          if (!ok) continue;
          const g = this.groupAfterPrep(k + p.pattern.length, end + 4, 2);
          // (a phrase with its own preposition after a marker verb is no agent: "هجوم شنته 【من عدن】" is where it came from)
          if (g && g.tokenStart !== k + p.pattern.length && this.prepBefore(g)) continue;
          if (g) return { g, led: p.pattern[p.pattern.length - 1]!.some((x) => LEAD_WORDS.has(x)) };
        }
      }
    }
    return null;
  }

  private victims(s: SentenceSpan): Group | null {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = this.info[k]!;
      if (!(t.flags & (W.VICTIM_VERB | W.VICTIM_NOUN))) continue;
      // the people before a victim verb with no object after it: "أن 12 سوريا قتلوا في قصف …"
      if (t.flags & W.VICTIM_VERB && k > s.tokenStart && k + 1 < s.tokenEnd && this.lex.victimAfter(this.info[k + 1]!.norm)) {
        const g = this.groupCovering(k - 1);
        if (g && g.tokenEnd === k && !this.prepBefore(g) && !g.units.every((u) => u.place)) return g;
      }
      // (a count of the dead, then their side with من: "سقوط خمسة 【قتلى من】 عناصر حزب الله")
      let casualties = false;
      for (let j = k + 1, n = 0; j < s.tokenEnd && n < 5; j++, n++) {
        const g = this.groupStarting(j);
        if (g) {
          const p = this.prepBefore(g);
          if (!p || p === 'ل' || (p === 'من' && casualties)) return g;
          break;
        }
        const tj = this.info[j]!;
        if (CASUALTY_NOUN.test(tj.norm)) {
          casualties = true;
          continue;
        }
        if (casualties && tj.norm === 'من') continue;
        if (this.doc.tokens[j]!.kind === 'number' || tj.flags & W.QUANT || (tj.word && !tj.flags && !tj.trigger)) continue;
        break;
      }
    }
    return null;
  }

  /** "على" a few words before a place, after the trigger, with only unresolved words between (على مدن جنوب إسرائيل). */
  private onBefore(g: Group, from: number): boolean {
    for (let k = g.tokenStart - 1, n = 0; k >= from && n < 3; k--, n++) {
      const t = this.info[k]!;
      if (!t.word || t.trigger || this.groupCovering(k)) return false;
      if (t.norm === 'على' || t.norm === 'علي') return true;
      if (t.flags & ~(W.PLACE_HEAD | W.PLACE_PREP | W.STOP)) return false;
    }
    return false;
  }

  private prepOf(g: Group): string | null {
    return this.prepBefore(g);
  }

  /**
   * The place of the event: a place after a place preposition or a place head (في بغداد، بمدينة
   * حلب، في العاصمة التونسية), nearest after the trigger; a country named right after it
   * ("طرابلس شمالي لبنان") wins. `hint`: the nearest place named anywhere in the sentence, for the
   * country of agents named only by their sector.
   */
  private location(s: SentenceSpan, at: number): { loc: Group | null; hint: Group | null } {
    let best: Group | null = null;
    let bestDist = Infinity;
    let hint: Group | null = null;
    let hintDist = Infinity;
    const groups = this.groupsIn(s);
    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi]!;
      const head = this.info[g.tokenStart - 1];
      const afterHead = !!head && !!(head.flags & (W.PLACE_HEAD | W.PLACE_PREP));
      const placeLike = g.units.every((u) => u.place) || (afterHead && g.units.every((u) => u.nisba && u.actor?.country && !u.actor.sector));
      if (!placeLike || this.patronBefore(g)) continue;
      const d = g.tokenStart >= at ? g.tokenStart - at : (at - g.tokenEnd) * 2 + 10;
      if (d < hintDist) {
        hint = g;
        hintDist = d;
      }
      const prep = this.prepBefore(g);
      const ok = prep === 'ب' || prep === 'في' || prep === 'علي' || prep === 'داخل' || afterHead;
      if (!ok) continue;
      if (d < bestDist) {
        best = g;
        bestDist = d;
      }
    }
    if (best) {
      // "في مدينة طرابلس شمالي لبنان": the country named next to the place
      const k = groups.indexOf(best);
      const next = groups[k + 1];
      const c = (g: Group) => g.units[0]?.actor?.country;
      if (next && next.tokenStart - best.tokenEnd <= 2 && next.units.every((u) => u.place) && c(next) && c(next) !== c(best)) {
        let between = true;
        for (let j = best.tokenEnd; j < next.tokenStart; j++) if (!this.info[j]!.bases.some((b) => this.lex.flags(b) & (W.PLACE_PREP | W.PLACE_HEAD | W.STOP))) between = false;
        if (between) best = next;
      }
    }
    return { loc: best, hint: best ?? hint };
  }

  /** The country of the actor nearest to token `at` in the sentence (people and bodies too, not only places). */
  /** A word of backing or loyalty right before the group, or before its من ("مؤيدون لروسيا", "مدعومة من إيران"). */
  private patronBefore(g: Group): boolean {
    const word = (k: number) => (this.info[k]?.word ? this.info[k]!.norm : undefined);
    return this.lex.patronBefore(word(g.tokenStart - 1), word(g.tokenStart - 2), g.units.every((u) => u.actor?.kind === 'country'));
  }

  private nearestCountry(s: SentenceSpan, at: number): string | null {
    let best: string | null = null;
    let bestD = Infinity;
    for (const g of this.groupsIn(s)) {
      // a news outlet names no place of the event ("قال حاكم الولاية لوكالة فرانس برس: فجر انتحاري …"), nor a
      // coalition its leader's ("غارات التحالف الدولي … استهداف المدنيين": not American civilians)
      const c = g.units.find((u) => u.actor?.country && u.actor.kind !== 'media' && u.actor.kind !== 'igo')?.actor?.country;
      if (!c) continue;
      // nor a patron: "انفصاليون 【مؤيدون】 لروسيا", "ميليشيات مدعومة من إيران" are not Russian or Iranian
      if (this.patronBefore(g)) continue;
      const d = Math.abs(g.tokenStart - at);
      if (d < bestD) {
        best = c;
        bestD = d;
      }
    }
    return best;
  }

  private groupsIn(s: SentenceSpan): Group[] {
    const out: Group[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const g = this.groupStarting(k);
      if (g) out.push(g);
    }
    return out;
  }

  /**
   * Whether the predicate at pred is a present verb and a date mention in its clause, within eight words after it,
   * falls after the document's publication day (compared at the date's own precision: "2015-09" is after
   * "2015-08-04").
   */
  private futureDate(s: SentenceSpan, pred: number): boolean {
    const published = this.doc.meta.published?.slice(0, 10);
    if (!published) return false;
    const p = this.info[pred]!;
    // (a present verb only: a noun's date is as often another act's, "انسحابها من دورة … الأسبوع المقبل")
    if (!p.word || !/^[وف]?[يتن]/.test(p.norm) || (this.hitAt.get(pred)?.entry.pos ?? 'verb') !== 'verb') return false;
    const clause = p.clause;
    const from = this.doc.tokens[pred]!.end;
    const to = this.doc.tokens[Math.min(s.tokenEnd, pred + 9) - 1]!.end;
    const dates = this.doc.dates;
    for (let di = partitionPoint(dates.length, (i) => dates[i]!.start < from); di < dates.length && dates[di]!.start < to; di++) {
      const d = dates[di]!;
      if (d.end > to) continue;
      const k = this.doc.tokenAt(d.start);
      if (k < 0 || this.info[k]!.clause !== clause || !d.value || !/^\d{4}(?:-\d{2}){0,2}$/.test(d.value)) continue;
      if (d.value > published.slice(0, d.value.length)) return true;
    }
    return false;
  }

  private date(s: SentenceSpan, at: number): Mention['date'] {
    const t = this.doc.tokens[at]!;
    let best: Mention['date'];
    let bestD = Infinity;
    const dates = this.doc.dates;
    for (let di = partitionPoint(dates.length, (i) => dates[i]!.start < s.start); di < dates.length && dates[di]!.start < s.end; di++) {
      const d = dates[di]!;
      if (d.end > s.end) continue;
      const dist = Math.abs(d.start - t.start);
      if (dist < bestD) {
        bestD = dist;
        best = { start: d.start, end: d.end, text: d.text, value: d.value };
      }
    }
    return best;
  }

  private instrument(s: SentenceSpan, at: number): { start: number; end: number; text: string; cameo: string } | null {
    const { info, lex, doc } = this;
    let best: { start: number; end: number; text: string; cameo: string } | null = null;
    let bestD = Infinity;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = info[k]!;
      if (!t.word) continue;
      for (const b of t.bases) {
        const ins = lex.instrumentsAt(b);
        if (!ins) continue;
        for (const x of ins) {
          let len = 0;
          for (let w = 0; w < x.pattern.length; w++) {
            const tw = info[k + w];
            if (!tw || !tw.bases.some((y) => x.pattern[w]!.includes(y))) {
              len = 0;
              break;
            }
            len = w + 1;
          }
          if (!len) continue;
          let e = k + len;
          // a name right after the instrument ("طائرات الفانتوم")
          while (e < s.tokenEnd && e < k + len + 1 && info[e]!.word && !info[e]!.flags && !info[e]!.trigger && !this.mentionCover[e]) e++;
          const d = Math.abs(k - at);
          if (d < bestD) {
            bestD = d;
            const t0 = doc.tokens[k]!;
            const t1 = doc.tokens[e - 1]!;
            best = { start: t0.start, end: t1.end, text: doc.text.slice(t0.start, t1.end), cameo: x.cameo };
          }
          break;
        }
        break;
      }
    }
    return bestD <= 12 ? best : null;
  }

  /** A more specific CAMEO code from words around the trigger ("غارات جوية" → 195). */
  private qualify(e: TriggerEntry, h: TriggerHit, instrumentCameo?: string): string | undefined {
    const generic = !e.cameo || /^(190|180|070|060|040)$/.test(e.cameo);
    if (!generic) return undefined;
    for (let k = Math.max(0, h.i - 2); k < Math.min(this.info.length, h.end + 3); k++) {
      const t = this.info[k]!;
      if (!t.word) continue;
      for (const b of t.bases) {
        const qs = this.lex.qualifier(b);
        if (!qs) continue;
        for (const q of qs) if (q.types.includes(e.type)) return q.cameo;
      }
    }
    if (instrumentCameo && e.type === 'ASSAULT') return instrumentCameo;
    return undefined;
  }

  /** Mode from cues before the predicate: negation or denial, request, condition, plan. */
  private mode(s: SentenceSpan, h: TriggerHit, pred: number, hasLight: boolean): EventMode {
    const { info, lex } = this;
    const clause = info[pred]!.clause;
    // negation right before the predicate (لا تقوم, لم يشن, لن), or عدم before a noun
    for (let k = pred - 1, n = 0; k >= s.tokenStart && n < 3; k--, n++) {
      const t = info[k]!;
      if (!t.word) break;
      if (t.flags & W.NEG_NOUN) return t.norm.startsWith('ل') ? 'hypothetical' : 'denied';
      if (t.flags & W.NEG) return 'denied';
      // a cooperative act (or one carried out with a light verb) refused by its subject did not happen: "رفضت
      // جنوب أفريقيا التعاون", "الرافض للتعاون", "رفض تنفيذ مذكرة توقيف"; a refused attack may have happened
      // ("رفضت الحكومة الهجوم على المسجد" condemns it)
      if (t.flags & W.REFUSE && k !== h.i && (hasLight || REFUSABLE.has(h.entry.type))) return 'denied';
      if (t.norm === 'قد' || t.norm === 'ان' || t.flags & W.QUANT || this.groupCovering(k)) continue;
      break;
    }
    if (!hasLight && h.entry.pos !== 'verb') {
      // a negated verb of existing or occurring a few words before the noun, in its clause: "لا يوجد أي تنسيق", "لم تقع
      // أعمال شغب", "ولم تشهد شوارع المدن اضطرابات" (modes.existential)
      for (let k = h.i - 1, n = 0; k >= s.tokenStart && n < 5 && info[k]!.clause === clause; k--, n++) {
        const t = info[k]!;
        if (t.flags & W.NEG_NOUN) return t.norm.startsWith('ل') ? 'hypothetical' : 'denied';
        // (not the relative ما: "ما حدث لن يتكرر", "أن ما وقع")
        if (t.flags & W.NEG && t.norm !== 'ما' && info[k + 1] && info[k + 1]!.flags & W.EXIST) return 'denied';
      }
    }
    // a denial verb earlier in the sentence governs the event of its complement (نفى ... وجود أي تنسيق),
    // not one inside a quotation after it (نفى ... مؤكداً أن "المشاورات ...")
    for (let k = pred - 1; k >= s.tokenStart; k--) {
      const t = info[k]!;
      if (t.flags & W.DENY && !(t.flags & W.NEG)) return 'denied';
      if (t.flags & W.REPORT) break;
      if (t.punct && (t.norm === '"' || t.norm === '«' || t.norm === '»')) break;
    }
    // future prefix on the predicate (سيلتقي)
    const pn = info[pred]!;
    if (pn.word && /^(?:و|ف)?س[يتنا]/.test(pn.norm) && pn.base !== pn.norm && !pn.base.startsWith('س')) return 'planned';
    // cues before the predicate within the sentence (nearest wins)
    for (let k = pred - 1, n = 0; k >= s.tokenStart && n < 10; k--, n++) {
      const t = info[k]!;
      if (t.flags & W.REPORT || t.flags & W.DENY) break;
      // a cue outside a relative clause does not govern the event inside it ("تسعى المدونة، التي
      // أنشئت أثناء أعمال الشغب")
      if (RELATIVE_PRONOUNS.has(t.norm)) break;
      if (t.flags & W.REQUESTED && !t.trigger) return 'requested';
      for (const b of t.bases) {
        const ps = lex.phrasesAt(b);
        if (!ps) continue;
        for (const p of ps) {
          if (!this.phraseAt(p.pattern, k)) continue;
          if (p.cue === 'planned') return 'planned';
          if (p.cue === 'hypothetical') return 'hypothetical';
          if (p.cue === 'requested') return 'requested';
        }
      }
      // conditional إن / وإن / فإن directly before the predicate (a verb: before a noun, إن is the
      // complementizer of reported speech, "قال إن المشاورات …")
      if (t.flags & W.CONDITIONAL && k === pred - 1 && (h.entry.pos === 'verb' || pred !== h.i) && /^[وف]?إن$/.test(this.doc.tokens[k]!.text.replace(/[\u064B-\u065F]/g, ''))) return 'hypothetical';
    }
    // planned adjectives after a noun trigger (الزيارة المرتقبة, الاجتماع المقبل)
    for (let k = h.end; k < Math.min(s.tokenEnd, h.end + 3); k++) {
      const t = info[k]!;
      if (!t.word) break;
      if (t.bases.some((b) => lex.phrasesAt(b)?.some((p) => p.cue === 'planned' && p.pattern.length === 1))) return 'planned';
    }
    return 'asserted';
  }

  private phraseAt(pattern: string[][], k: number): boolean {
    for (let w = 0; w < pattern.length; w++) {
      const t = this.info[k + w];
      if (!t || !t.bases.some((b) => pattern[w]!.includes(b))) return false;
    }
    return true;
  }

  /** Who says so: the quotation that holds the trigger, else the sentence's reporting verb and its subject. */
  private claim(s: SentenceSpan, pred: number, mode: EventMode): Claim {
    const { doc, info } = this;
    const t = doc.tokens[pred]!;
    const stance: Claim['stance'] = mode === 'denied' ? 'denies' : 'asserts';
    const q = this.quoteAt(t.start);
    if (q) {
      return { stance, by: q.speaker, quote: q.id, evidence: { start: q.start, end: q.end, text: doc.text.slice(q.start, q.end) } };
    }
    for (let k = pred - 1; k >= s.tokenStart; k--) {
      const ti = info[k]!;
      if (!(ti.flags & (W.REPORT | W.DENY)) || ti.trigger) continue;
      let g = this.groupStartingWithin(k + 1, Math.min(s.tokenEnd, k + 4));
      if (!g || g.tokenStart > pred) g = this.groupEndingNear(k, s.tokenStart);
      // a place is no claimant ("يذكر أن مدينة درنة تشهد معارك"); a capital may stand for its government
      if (g && g.units.every((u) => u.place && !u.capital)) g = null;
      const by: SpeakerRef | null = g
        ? { start: g.start, end: g.end, text: doc.text.slice(g.start, g.end), ...(g.units[0]?.actor ? { actor: g.units[0].actor } : {}) }
        : null;
      const tk = doc.tokens[k]!;
      return { stance, by, evidence: { start: tk.start, end: s.end, text: doc.text.slice(tk.start, s.end) } };
    }
    return { stance, by: null, evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) } };
  }

  /** Does an attack noun (a non-verb ASSAULT trigger) end right before token i, a relative pronoun allowed between? */
  private attackNounBefore(i: number, sStart: number): boolean {
    let k = i - 1;
    if (k >= sStart && RELATIVE_PRONOUNS.has(this.info[k]!.norm)) k--;
    for (let j = k; j >= sStart && j >= k - 3; j--) {
      const hb = this.hitAt.get(j);
      if (hb && hb.end === k + 1) return hb.entry.pos !== 'verb' && hb.entry.type === 'ASSAULT';
    }
    return false;
  }

  private quoteAt(pos: number): Quote | null {
    // quotes may nest or overlap: the last one in the list that holds pos
    const qs = this.doc.quotes;
    const maxEnd = this.quoteMaxEnd;
    if (maxEnd) {
      // in text order: from the last quotation starting at or before pos, back while one could still reach pos
      for (let i = partitionPoint(qs.length, (k) => qs[k]!.start <= pos) - 1; i >= 0 && maxEnd[i]! > pos; i--) {
        const q = qs[i]!;
        if (pos < q.end) return q;
      }
      return null;
    }
    for (let i = qs.length - 1; i >= 0; i--) {
      const q = qs[i]!;
      if (q.start <= pos && pos < q.end) return q;
    }
    return null;
  }
}

/** A noun with its own singular possessive pronoun (ه / ها) that is no part of its base ("لقائه", "دعمها"; not "وجه"). */
function possessiveNoun(t: TokenInfo): boolean {
  return t.norm !== t.base && /[^ه](?:ها|ه)$/.test(t.norm) && !t.base.endsWith(t.norm.slice(-1));
}
