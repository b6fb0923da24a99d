/**
 * Speaker noun phrases: the subject after a reporting cue ("قال وزير الخارجية الأمريكية جون كيري"),
 * or before it ("لكن طهران نفت"), its name and title parts, the listener, and the link to
 * entities and actors from earlier layers when they exist. Token-based, bounded windows only.
 */
import { partitionPoint } from '../util/search.ts';
import type { RasidDocument } from '../doc/document.ts';
import type { Actor, ActorMention, Entity, SpeakerRef, Token } from '../doc/types.ts';
import type { CueHit, QuoteLexicon } from './lexicon.ts';
import { agentActor } from '../actors/kb.ts';
import { FAMILY_NISBA_OFFICES } from '../actors/resolve.ts';
import { DERIVED_VERBAL_NOUN_OR_PLURAL } from '../text/word-shapes.ts';

/** A noun phrase over tokens [s, e), with the token range of the name inside it when there is one. */
export interface NP {
  s: number;
  e: number;
  nameS: number;
  nameE: number;
  /** Head class: a title phrase, an unnamed source, a name or organization alone, a quoted name. */
  head: 'title' | 'source' | 'name';
  /** True when the phrase is a single generic plural ("الخبراء", "التقارير"). */
  vague: boolean;
}

const AL = 'ال';
/** Bits of TokenView's person marks. */
const PER_START = 1;
const PER_SINGLE = 2;
const PER_MULTI = 4;
/** A participle with the accusative tanween written out (متهكماً، مبتسماً، مضيفةً): an adverb of manner. */
const CIRCUMSTANTIAL_TANWEEN = /^[وف]?م[\u0621-\u064A]{3,}(?:اً|ًا|ةً)$/u;
/** Words after which a verb opens a clause (for cues that need one: عبر). */
const CLAUSE_LEAD: ReadonlySet<string> = new Set(['قد', 'لقد', 'كما', 'فيما', 'بينما', 'ثم', 'حيث', 'و', 'ف']);
/** كان and its forms open a clause whose subject precedes the verb: "وكانت صحيفة «هآرتس» قد ذكرت". */
const AUX: ReadonlySet<string> = new Set(['كان', 'كانت', 'كانوا', 'يكون', 'تكون']);

/** Token-level view used by the quotation extractor: normalized forms and word classes. */
export class TokenView {
  readonly toks: Token[];
  /** For each token, the index of the mention span (quoted name) containing it, or -1. */
  mentionEnd: Int32Array;
  /** For each token inside a mention span, the span's first token, or -1. */
  mentionStart: Int32Array;
  /** The clitic layer ran: use its analysis instead of guessing proclitics. */
  readonly hasWords: boolean;
  /**
   * Per-token memos of the derived forms the extractor asks for again and again (each token is looked
   * at from many windows): filled on first use, for this document only. They save rebuilding the
   * same substrings and joins on every call.
   */
  private readonly noConjMemo: (string | undefined)[];
  private readonly lookupMemo: (readonly string[] | undefined)[];
  private readonly cueMemo: (CueHit | null | undefined)[];
  private readonly prepMemo: ({ prep: string; rest: string } | null | undefined)[];
  constructor(
    readonly doc: RasidDocument,
    readonly lex: QuoteLexicon,
  ) {
    this.toks = doc.tokens;
    const T = this.toks.length;
    this.mentionEnd = new Int32Array(T).fill(-1);
    this.mentionStart = new Int32Array(T).fill(-1);
    this.hasWords = doc.has('words');
    this.noConjMemo = new Array<string | undefined>(T);
    this.lookupMemo = new Array<readonly string[] | undefined>(T);
    this.cueMemo = new Array<CueHit | null | undefined>(T);
    this.prepMemo = new Array<{ prep: string; rest: string } | null | undefined>(T);
  }

  /** Per token, what the entity layer's person entities say of it (PER_START / PER_SINGLE / PER_MULTI bits); built on first use. */
  private perMarks: Uint8Array | undefined;
  private personMarks(): Uint8Array {
    if (this.perMarks) return this.perMarks;
    const marks = new Uint8Array(this.toks.length);
    for (const e of this.doc.entities) {
      if (e.type !== 'PER') continue;
      const a = this.doc.tokenAt(e.start);
      let b = a;
      while (b + 1 < this.toks.length && this.toks[b + 1]!.start < e.end) b++;
      marks[a]! |= PER_START;
      const t = this.toks[a];
      if (t && t.start === e.start && t.end === e.end) marks[a]! |= PER_SINGLE;
      if (b > a) for (let x = a; x <= b; x++) marks[x]! |= PER_MULTI;
    }
    return (this.perMarks = marks);
  }

  /**
   * Token i is a definite sound masculine plural in the accusative or genitive (ـين: المستهلكين، المواطنين): no plural
   * nisba (العسكريين), no person's name (الحسين), and no adjective agreeing with a dual or plural right before it
   * (الحرمين 【الشريفين】).
   */
  accusativePlural(i: number): boolean {
    const n = this.noConj(i);
    const core = n.startsWith('ال') ? n.slice(2) : n;
    if (!this.isDefinite(i) || core.length <= 5 || !core.endsWith('ين') || core.endsWith('يين') || this.perStart(i)) return false;
    return !(i > 0 && this.isWord(i - 1) && this.noConj(i - 1).endsWith('ين'));
  }

  /** Per token, 1 where an entity of any type starts; built on first use. */
  private entStarts: Uint8Array | undefined;
  /** True when an entity of the entities layer (a person, place or body) starts at token i. */
  entityStarts(i: number): boolean {
    if (!this.entStarts) {
      const marks = new Uint8Array(this.toks.length);
      for (const e of this.doc.entities) {
        const t = this.doc.tokenAt(e.start);
        if (t >= 0 && t < marks.length) marks[t] = 1;
      }
      this.entStarts = marks;
    }
    return this.entStarts[i] === 1;
  }

  /** True when the entity layer starts a person's name at token i. */
  perStart(i: number): boolean {
    return (this.personMarks()[i]! & PER_START) !== 0;
  }

  /** True when the entity layer tags token i alone as a person ("المعلم" the minister, not "the teacher"). */
  perSingle(i: number): boolean {
    return (this.personMarks()[i]! & PER_SINGLE) !== 0;
  }

  /** True when token i lies in a person entity of two tokens or more. */
  perMulti(i: number): boolean {
    return (this.personMarks()[i]! & PER_MULTI) !== 0;
  }

  norm(i: number): string {
    return this.toks[i]!.norm;
  }

  /** The token without a leading و/ف conjunction (when more than two letters remain). */
  noConj(i: number): string {
    return (this.noConjMemo[i] ??= this.computeNoConj(i));
  }

  private computeNoConj(i: number): string {
    const t = this.toks[i]!;
    const n = t.norm;
    if (this.hasWords) {
      // the clitic layer knows whether the first letter is a conjunction (وكيري) or not (وزارة)
      const w = t.words;
      if (!w || w[0]!.role !== 'conj') return n;
      return w.slice(1).map((x) => x.norm).join('') || n;
    }
    const c = n.charCodeAt(0);
    return (c === 0x0648 || c === 0x0641) && n.length > 3 ? n.slice(1) : n;
  }

  /** True when the clitic layer found a possessive or object pronoun on the token (إعجابه، قولها). */
  hasPronoun(i: number): boolean {
    const w = this.toks[i]!.words;
    return !!w && w[w.length - 1]!.role === 'pron';
  }

  /** Is the token in a lexicon word class? Tries it as is, without ال, without و/ف, without both. */
  has(set: ReadonlySet<string>, i: number): boolean {
    const forms = (this.lookupMemo[i] ??= lookupForms(this.toks[i]!.norm));
    for (let k = 0; k < forms.length; k++) if (set.has(forms[k]!)) return true;
    return false;
  }

  isWord(i: number): boolean {
    const k = this.toks[i]!.kind;
    return k === 'word' || k === 'latin';
  }

  isPunct(i: number, ch?: string): boolean {
    const t = this.toks[i]!;
    if (t.kind !== 'punct') return false;
    return ch === undefined || t.norm === ch;
  }

  /** A quotation mark (or a brace of a quoted verse) as its own token: where a direct quotation may open. */
  isMark(i: number): boolean {
    const t = this.toks[i]!;
    return t.kind === 'punct' && /^["«»“”„‟'{]/.test(t.text);
  }

  /**
   * A verbal noun that opens a report's content (frame noun: "حرص المملكة"، "قلقه"): a content head of the
   * lexicon, with no preposition or article glued to it, and not a word of a person's name.
   */
  contentHead(i: number, heads: ReadonlySet<string> = this.lex.contentHeads): boolean {
    const t = this.toks[i]!;
    if (t.kind !== 'word' || this.perStart(i) || this.perMulti(i)) return false;
    // (heads that begin with ا + ل are whole words: إلغاء، إلقاء، التزام; the article shows in the clitic analysis)
    let stem = this.noConj(i);
    const w = t.words;
    if (w) {
      // (an article and a possessive pronoun never go together: "التزامها" is التزام + ها, whatever the clitic
      // analysis says)
      const owned = /^(ال.+?)(ها|هما|هم|هن|ه|نا|كم)$/.exec(stem);
      const det = w.some((x) => x.role === 'det') && !w.some((x) => x.role === 'prep');
      if (owned && heads.has(owned[1]!) && det) stem = owned[1]!;
      // (with the article before إلى, which only the verbal noun takes: "وأكد الوزير 【الحاجة】 إلى حل سياسي")
      else if (det && stem.startsWith('ال') && heads.has(stem.slice(2)) && i + 1 < this.toks.length && this.toks[i + 1]!.norm === 'الي') stem = stem.slice(2);
      else {
        stem = '';
        for (const x of w) {
          if (x.role === 'prep' || x.role === 'det') return false;
          if (x.role === 'stem') stem = x.norm;
        }
      }
    }
    if (!heads.has(stem)) return false;
    // an honorific before a title ("سعادة السفير") or a name before a clause ("وأكد عودة أن"): not a content
    // (ضرورة and أهمية take an أن clause: "أهمية أن يكون الحل سياسيا")
    const n = i + 1;
    if (n < this.toks.length && this.isWord(n) && ((this.honorificNouns().has(stem) && this.has(this.lex.titles, n)) || (this.isComplementizer(n) && !this.lex.strongContentHeads.has(stem)))) return false;
    return true;
  }

  private honorificNounSet: ReadonlySet<string> | undefined;
  /** The honorifics' own nouns (سمو، معالي، سعادة، فضيلة). */
  private honorificNouns(): ReadonlySet<string> {
    return (this.honorificNounSet ??= new Set([...this.lex.honorifics.values()].flatMap((h) => [...h.noun])));
  }

  /** An honorific's own noun at token i (فخامة، جلالة، سمو، معالي): in construct with the title of the person it names. */
  isHonorific(i: number): boolean {
    return this.honorificNouns().has(this.core(i));
  }

  /** The article on the token by the clitic layer when there is one (a verb may begin with ال: التقى), else by its form. */
  hasArticle(i: number): boolean {
    return this.hasWords ? this.toks[i]!.words?.some((w) => w.role === 'det') === true : this.isDefinite(i);
  }

  isDefinite(i: number): boolean {
    const n = this.noConj(i);
    return n.startsWith(AL) || (n.startsWith('لل') && n.length > 3);
  }

  /** A token made of a preposition ب/ل glued to a definite or known noun: {rest} without the preposition. */
  prepSplit(i: number): { prep: string; rest: string } | null {
    const memo = this.prepMemo[i];
    if (memo !== undefined) return memo;
    return (this.prepMemo[i] = this.computePrepSplit(i));
  }

  private computePrepSplit(i: number): { prep: string; rest: string } | null {
    if (this.hasWords) {
      const n0 = this.noConj(i);
      if (n0 === 'باسم') return { prep: 'ب', rest: 'اسم' };
      const w = this.toks[i]!.words;
      if (!w) return null;
      const k = w.findIndex((x) => x.role === 'prep');
      if (k < 0) return null;
      const p = w[k]!.norm;
      if (p !== 'ب' && p !== 'ل') return null;
      const rest = w.slice(k + 1).filter((x) => x.role !== 'pron').map((x) => x.norm).join('');
      return rest.length >= 2 ? { prep: p, rest } : null;
    }
    const n = this.noConj(i);
    if (n.length < 3) return null;
    const p = n[0]!;
    if (p !== 'ب' && p !== 'ل') return null;
    let rest = n.slice(1);
    if (p === 'ل' && rest.startsWith('ل')) rest = 'ا' + rest; // للوكالة → الوكالة
    if (rest === 'اسم') return { prep: p, rest };
    const core = rest.startsWith(AL) ? rest.slice(2) : rest;
    if (rest.startsWith(AL) && rest.length > 3) return { prep: p, rest };
    const L = this.lex;
    if (L.institutions.has(core) || L.media.has(core) || L.settings.has(core) || L.titles.has(core) || L.sources.has(core)) return { prep: p, rest };
    return null;
  }

  /** The token without conjunction and article — unless the whole word is a lexicon word (وزارة، وكالة). */
  core(i: number): string {
    const full = this.toks[i]!.norm;
    const fullCore = full.startsWith(AL) && full.length > 3 ? full.slice(2) : full;
    if (this.lex.words.has(fullCore)) return fullCore;
    const n = this.noConj(i);
    return n.startsWith(AL) && n.length > 3 ? n.slice(2) : n;
  }

  isComplementizer(i: number): boolean {
    if (!(this.lex.complementizers.has(this.noConj(i)) || this.lex.complementizers.has(this.norm(i)))) return false;
    // "فان" (فإن without its hamza) inside a person's name is the name ("لويس فان جال"); "بان" stays a
    // particle there (the tagger takes "باخ بان بلاتر" for one name, after "بان كي مون")
    // (nor is a letter of a spelled acronym: "سي.إن.إن")
    return !(this.norm(i) === 'فان' && this.inPersonName(i)) && !this.inDotted(i);
  }

  isStop(i: number): boolean {
    const n = this.norm(i);
    const nc = this.noConj(i);
    // with the clitic layer the conjunction is known (ولكن = و + لكن); without it only short words are split
    if (!(this.lex.stops.has(n) || (nc !== n && this.lex.stops.has(nc) && (this.hasWords || n.length <= 3)))) return false;
    // a title written with the hamza seat that sets it apart from the stop word: "【إمام】 المسجد الحرام", "الإمام"
    // (not "أمام المحكمة"; a spelling with no hamza stays the stop)
    const spellings = this.lex.stopTitleSpellings.get(nc) ?? this.lex.stopTitleSpellings.get(n);
    if (spellings) {
      const raw = this.toks[i]!.text.replace(/[\u064B-\u0652\u0640]/g, '').replace(/^[وف](?=.{3})/, '').replace(/^ال(?=.{3})/, '');
      if (spellings.has(raw)) return false;
    }
    return !this.inPersonName(i);
  }

  /**
   * A particle's spelling without a hamza inside a person's name of two words or more is part of the name
   * ("علي" in "عبدالله بن علي الغامدي", "فان" in "لويس فان جال"), no particle.
   */
  private inPersonName(i: number): boolean {
    return !/[أإ]/.test(this.toks[i]!.text) && this.toks[i]!.text.length > 2 && this.perMulti(i);
  }

  /**
   * A word of manner between the speaker and the content: a listed participle ("مخاطبا", "ضاحكة"), or any participle
   * written with its accusative tanween ("متهكماً", "مبتسمةً").
   */
  isCircumstantial(i: number): boolean {
    return this.has(this.lex.circumstantials, i) || CIRCUMSTANTIAL_TANWEEN.test(this.toks[i]!.text);
  }

  /**
   * Token i is a period glued between two short words (of at most four letters): the dots of a
   * spelled acronym written without spaces ("إم.تي.في", "جي.بي.مورجان"; "بي. بي. سي" with spaces is not joined here).
   */
  dottedJoin(i: number): boolean {
    const t = this.toks;
    if (!(i > 0 && i + 1 < t.length && t[i]!.text === '.' && t[i - 1]!.end === t[i]!.start && t[i]!.end === t[i + 1]!.start && this.isWord(i - 1) && this.isWord(i + 1) && t[i - 1]!.text.length <= 4)) return false;
    // a long word after the period only as the last part of a longer run ("جي.بي.مورجان"; not a missing space: "إن.الأسعار")
    return t[i + 1]!.text.length <= 4 || (i >= 2 && t[i - 2]!.text === '.' && t[i - 2]!.end === t[i - 1]!.start);
  }

  /** Token i is a letter of a glued spelled acronym (see dottedJoin). */
  inDotted(i: number): boolean {
    return this.dottedJoin(i - 1) || this.dottedJoin(i + 1);
  }

  /** A time word ("أمس", "الخميس", a month) or a token of a date; not a month name inside an organization's or person's name ("نيسان موتور", "شركة نيسان"). */
  isTime(i: number): boolean {
    return this.dateMarks()[i] === 1 || (this.has(this.lex.time, i) && this.nameMarks()[i] !== 1);
  }

  /** Per token, 1 where a title of the actor layer with its country ends right before it; built on first use. */
  private titleEnds: Uint8Array | undefined;
  /** A title phrase of the titles layer with its country ("مفتي السعودية", "وزير الخارجية السعودي") ends right before token i. */
  titleEndsAt(i: number): boolean {
    if (!this.titleEnds) {
      const marks = new Uint8Array(this.toks.length + 1);
      // (only a title with its country, which is whole: "مفتي السعودية", "وزير الخارجية السعودي"; the layer also has
      // bare heads, "مدير" of "مدير الدفاع المدني")
      if (this.doc.has('titles')) for (const t of this.doc.titles) if (t.country && t.tokenEnd <= this.toks.length) marks[t.tokenEnd] = 1;
      this.titleEnds = marks;
    }
    return this.titleEnds[i] === 1;
  }

  /** Per token, 1 where a place, region or country named by the actor layer ends (the token after it); built on first use. */
  private placeEnds: Uint8Array | undefined;
  /** A place, region or country named by name ends right before token i ("أمير منطقة 【عسير】", "محافظ 【جدة】"). */
  placeEndsAt(i: number): boolean {
    if (!this.placeEnds) {
      const marks = new Uint8Array(this.toks.length + 1);
      if (this.doc.has('actors')) {
        for (const m of this.doc.actorMentions) {
          const k = m.actor.kind;
          if (m.via !== 'name' || (k !== 'country' && k !== 'place' && k !== 'territory')) continue;
          const t = this.doc.tokenAt(m.end - 1);
          if (t >= 0 && this.toks[t]!.end === m.end) marks[t + 1] = 1;
        }
      }
      this.placeEnds = marks;
    }
    return this.placeEnds[i] === 1;
  }

  /** Per token, 1 where an actor mention of the actor layer ends (the token after it); 2 where one runs on over it. */
  private mentionEdges: Uint8Array | undefined;
  private actorEdges(): Uint8Array {
    if (!this.mentionEdges) {
      const marks = new Uint8Array(this.toks.length + 1);
      if (this.doc.has('actors')) {
        for (const m of this.doc.actorMentions) {
          const a = this.doc.tokenAt(m.start);
          const t = this.doc.tokenAt(m.end - 1);
          if (a < 0 || t < 0) continue;
          if (this.toks[t]!.end === m.end) marks[t + 1]! |= 1;
          for (let k = a + 1; k <= t; k++) marks[k]! |= 2;
        }
      }
      this.mentionEdges = marks;
    }
    return this.mentionEdges;
  }
  /** An actor mention ends right before token i and none runs on over it ("مجلس الوزراء الكويتي | التفجير"). */
  actorEndsAt(i: number): boolean {
    const m = this.actorEdges()[i]!;
    return (m & 1) !== 0 && (m & 2) === 0;
  }

  /** Per token, 1 inside a date of the dates layer ("قالت 【أول من أمس】 إن …": no subject); built on first use. */
  private inDate: Uint8Array | undefined;
  /** Per token, 1 inside a person or organization entity (layer `entities`); built on first use. */
  private inName: Uint8Array | undefined;
  private nameMarks(): Uint8Array {
    if (this.inName) return this.inName;
    const marks = new Uint8Array(this.toks.length);
    if (this.doc.has('entities')) {
      for (const e of this.doc.entities) {
        if (e.type !== 'ORG' && e.type !== 'PER') continue;
        for (let t = this.doc.tokenAt(e.start); t >= 0 && t < this.toks.length && this.toks[t]!.start < e.end; t++) marks[t] = 1;
      }
    }
    return (this.inName = marks);
  }

  private dateMarks(): Uint8Array {
    if (this.inDate) return this.inDate;
    const marks = new Uint8Array(this.toks.length);
    if (this.doc.has('dates')) {
      for (const d of this.doc.dates) {
        for (let t = this.doc.tokenAt(d.start); t >= 0 && t < this.toks.length && this.toks[t]!.start < d.end; t++) if (this.toks[t]!.end <= d.end && this.toks[t]!.start >= d.start) marks[t] = 1;
      }
    }
    return (this.inDate = marks);
  }

  /** The reporting cue the token is (QuoteLexicon.cue of its normalized form), or undefined. */
  cue(i: number): CueHit | undefined {
    // (the fast path stays small: this is called for every token from many windows)
    const c = this.cueMemo[i];
    return c === undefined ? this.fillCue(i) : (c ?? undefined);
  }

  private fillCue(i: number): CueHit | undefined {
    let c = this.lex.cue(this.norm(i)) ?? null;
    if (c && this.lex.needsPrep.has(this.noConj(i)) && !this.prepVerb(i)) c = null;
    this.cueMemo[i] = c;
    return c ?? undefined;
  }

  /**
   * A form that is a cue only with its preposition (عبر 'expressed' vs عبر 'via'): it opens a clause
   * and the preposition follows within eight words with no punctuation between (عبر الوزير عن
   * ارتياحه), not in a fixed phrase (عن طريق). Written with its shadda (عبّر) it need not open a clause.
   */
  private prepVerb(i: number): boolean {
    const L = this.lex;
    const t = this.toks[i]!;
    const shadda = t.text.includes('\u0651');
    if (!shadda && i > 0 && this.isWord(i - 1) && this.noConj(i) === t.norm && !CLAUSE_LEAD.has(this.norm(i - 1)) && !this.afterOpener(i)) return false;
    for (let j = i + 1; j < this.toks.length && j <= i + 8; j++) {
      if (!this.isWord(j)) return false;
      if (this.noConj(j) === L.needsPrepWord || this.norm(j) === L.needsPrepWord) return !(j + 1 < this.toks.length && this.isWord(j + 1) && L.needsPrepNotAfter.has(this.noConj(j + 1)));
    }
    return false;
  }

  isCue(i: number): boolean {
    return this.cue(i) !== undefined;
  }

  /**
   * The length of an opener phrase at token i: "من جهته" / "من جانبها" (2), "من جهة أخرى" / "من ناحية ثانية" (3);
   * 0 when none starts there.
   */
  openerLength(i: number): number {
    if (i + 1 >= this.toks.length || this.norm(i) !== 'من') return 0;
    const h = this.norm(i + 1);
    if (!(h.startsWith('جه') || h.startsWith('جانب') || h === 'ناحيه')) return 0;
    const o = i + 2 < this.toks.length ? this.norm(i + 2) : '';
    return o === 'اخري' || o === 'ثانيه' ? 3 : h === 'ناحيه' ? 0 : 2;
  }

  /** Token i follows a sentence opener: a filler (بدوره، من جهته) or "من جهة أخرى" / "من ناحية ثانية". */
  private afterOpener(i: number): boolean {
    if (i < 1 || !this.isWord(i - 1)) return false;
    if (this.has(this.lex.fillers, i - 1)) return true;
    return i >= 3 && this.openerLength(i - 3) === 3;
  }
}

/** The forms TokenView.has tries, in order: as is, without ال, without و/ف, without both. */
function lookupForms(n: string): readonly string[] {
  const out = [n];
  if (n.startsWith(AL) && n.length > 3) out.push(n.slice(2));
  const c = n.charCodeAt(0);
  if ((c === 0x0648 || c === 0x0641) && n.length > 2) {
    const m = n.slice(1);
    out.push(m);
    if (m.startsWith(AL) && m.length > 3) out.push(m.slice(2));
  }
  return out;
}

/** A person's name (tagged by the entity layer) starts within six words, before any break. */
function personAhead(v: TokenView, from: number, lim: number, span = 7): number {
  for (let k = from; k < lim && k < from + span; k++) {
    // (not past a statement and a content: "أعلنت القيادة 【في بيان】 لها استشهاد الرقيب ماجد")
    if (!v.isWord(k) || v.isCue(k) || v.isComplementizer(k) || v.has(v.lex.settings, k) || (k > from && v.contentHead(k))) return -1;
    if (v.perStart(k)) return k > from ? k : -1;
    if (v.isStop(k)) return -1;
  }
  return -1;
}

/** Prepositions with an object pronoun (normalized) that may stand between a verb and its subject. */
const PREP_PRONOUN: ReadonlySet<string> = new Set(['اليه', 'اليها', 'اليهم', 'عليه', 'عليها', 'عليهم', 'عنه', 'عنها', 'عنهم', 'منه', 'منها', 'منهم', 'له', 'لها', 'لهم', 'به', 'بها', 'بهم', 'فيه', 'فيها', 'فيهم']);

/** The token is a speech-setting noun with a pronoun (حديثها، كلمته، تصريحاتهم). */
export function settingStem(v: TokenView, i: number): boolean {
  const w = v.toks[i]!.words;
  if (!w) return false;
  const base = w.filter((x) => x.role !== 'pron' && x.role !== 'conj' && x.role !== 'det').map((x) => x.norm).join('');
  return v.lex.settings.has(base) || v.lex.statementNouns.has(base) || (base.endsWith('ت') && v.lex.settings.has(base.slice(0, -1) + 'ه'));
}

/** Prepositions of an occasion (normalized): "خلال زيارة", "أثناء حديثه". */
export const DURING: ReadonlySet<string> = new Set(['خلال', 'اثناء']);

/** Prepositions that open a report's content ("تحدث عن"، "أكد على"): a setting phrase ends before them (not إلى, which an
 * occasion takes: "خلال زيارة إلى ماليزيا"; "أشار خلال كلمته إلى أن" ends at أن). */
const CONTENT_PREPS: ReadonlySet<string> = new Set(['عن', 'علي']);

/** Title words written before a bare name without the article ("د. محمد"، "دكتور محمد"). */
const ABBREV_TITLES: ReadonlySet<string> = new Set(['د', 'دكتور', 'دكتوره', 'بروفيسور', 'بروفسور', 'م', 'أ', 'ا']);

/** Name connectors: بن، ابن، بنت، أبو، عبد، آل. */
const CONNECTORS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'عبد', 'ال', 'ولد']);
function hasConnector(v: TokenView, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (CONNECTORS.has(v.noConj(i))) return true;
  return false;
}

function nameHasDefinite(v: TokenView, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (v.isDefinite(i)) return true;
  return false;
}

/** Plural-looking noun (ـون، ـين، ـات) — an object after a name, not an apposition title. */
function looksPlural(n: string): boolean {
  return n.length > 4 && (n.endsWith('ون') || n.endsWith('ين') || n.endsWith('ات'));
}

/** Nisba adjective (ـي، ـية، ـيون، ـيين) — after a source head it qualifies it: مصدر دبلوماسي أوروبي. */
export function looksNisba(n: string): boolean {
  return n.length > 3 && (n.endsWith('ي') || n.endsWith('يه') || n.endsWith('يون') || n.endsWith('يين'));
}

/** First words of compound given names whose second word has the article: عبد الستار، أبو الفضل. */
const COMPOUND_FIRST = new Set(['عبد', 'ابو']);

/**
 * The subject noun phrase starting at token `i0` (after the cue and any fillers), up to `lim`.
 * `objectVerb`: the cue takes an object, so the subject ends after the name.
 * `prefixedStart`: the first token carries a glued preposition to skip (وفقاً للمرصد).
 */
export function subjectAfter(v: TokenView, i0: number, lim: number, objectVerb: boolean, prefixedStart = false, complement: readonly string[] = [], contentPreps: readonly string[] = []): NP | null {
  const L = v.lex;
  let i = i0;
  while (i < lim && !prefixedStart) {
    if (v.has(L.fillers, i) && !v.isCue(i)) {
      i++;
      continue;
    }
    // the listener's pronoun: "وقالت له «…»", "قال لهم إن …" (whole token: not الله, اللهم)
    // (not a name's word: "لي" is also Lee, "قال لي كه تشيانغ")
    if (L.listenerPronouns.has(v.norm(i)) && !v.perMulti(i)) {
      i++;
      continue;
    }
    // a participle of the manner of speaking: the cue has no subject of its own, and the words after it, up to the
    // content, are its object, the addressee ("وأضاف مخاطبا حبري: «…»": the speaker is carried over)
    if (v.has(L.circumstantials, i)) {
      i++;
      while (i < lim && v.isWord(i) && !v.isComplementizer(i) && !v.isCue(i)) i++;
      continue;
    }
    // the verb's prepositional object pronoun before its subject: "أشار إليها الطرفان"
    if (i === i0 && PREP_PRONOUN.has(v.norm(i)) && i + 1 < lim && v.isWord(i + 1)) {
      i++;
      continue;
    }
    // "من جهته"، "من جانبها"
    if (v.norm(i) === 'من' && i + 1 < lim && /^(جه|جانب)/.test(v.norm(i + 1))) {
      i += 2;
      continue;
    }
    // "كل من X و Y" (both X and Y): the first of them names the speakers
    if (i === i0 && v.norm(i) === 'كل' && i + 2 < lim && v.norm(i + 1) === 'من' && v.isWord(i + 2)) {
      i += 2;
      continue;
    }
    // the occasion after خلال / أثناء, with its complement: "اعتبر خلال 【خطابه حول حالة الاتحاد】 أن" (no speaker); any
    // occasion, not only a talk: "وأضاف خلال 【زيارة إلى ماليزيا】 «…»" (not a title, source or name: "خلال لقائه رئيس …")
    // (another occasion only when the content follows it at once: a quotation mark, a colon or أن / إن)
    // (the one spoken to after it is no speaker: "وقال خلال حديثه 【لـ«الرياض»】 إن", "خلال حديثهم لصحيفة …")
    const during = i > i0 && DURING.has(v.norm(i - 1));
    const setting = during && (v.has(L.settings, i) || settingStem(v, i));
    if (during && (setting || (v.isWord(i) && !v.isComplementizer(i) && !v.isCue(i) && !v.has(L.titles, i) && !v.has(L.sources, i) && !v.has(L.institutions, i) && !v.has(L.media, i) && !v.perStart(i)))) {
      const from = i;
      let x = i + 1;
      const listener = (j: number) => v.norm(j) === 'ل' || (v.prepSplit(j)?.prep === 'ل' && v.has(L.media, j));
      // (nor the cue's own preposition of its content: "وتحدث خلال اجتماعه 【عن】 البرنامج")
      // (على before an adverbial stays in the setting: "خلال لقائه على هامش القمة")
      const contentPrep = (y: number) => CONTENT_PREPS.has(v.norm(y)) && !(v.norm(y) === 'علي' && y + 1 < lim && v.has(L.onAdverbials, y + 1));
      /** Where the occasion ends: no word, the listener, the content, a report, a title, a source or a name. */
      const ends = (y: number) => !v.isWord(y) || listener(y) || v.isComplementizer(y) || v.isCue(y) || v.has(L.titles, y) || v.has(L.sources, y) || v.perStart(y);
      while (x < lim && x - from < 6 && !ends(x) && !contentPrep(x)) x++;
      // (a long occasion of a talk that runs on to the content: "وأضاف خلال كلمة في الاحتفال الرسمي بافتتاح مشروع قناة السويس
      // الجديدة في الإسماعيلية «…»")
      if (setting && x < lim && x - from >= 6 && v.isWord(x)) {
        let y = x;
        while (y < lim && y - from < 16 && !ends(y)) y++;
        if (y < lim && (v.isComplementizer(y) || v.isPunct(y, ':') || v.isMark(y))) x = y;
      }
      if (setting && x < lim && listener(x)) return null;
      if (setting || (x < lim && (v.isComplementizer(x) || v.isPunct(x, ':') || v.isMark(x)))) {
        i = x;
        continue;
      }
    }
    // "يوم الثلاثاء", "الأربعاء الماضي"; the talk itself: "واستكمل الحديث مشيراً"
    if (v.isTime(i) || (i === i0 && v.isDefinite(i) && v.has(L.settings, i) && !v.has(L.statementNouns, i) && i + 1 < lim && (v.cue(i + 1)?.form === 'part' || v.isPunct(i + 1, ':') || v.isComplementizer(i + 1) || v.isPunct(i + 1, ',')))) {
      i++;
      continue;
    }
    break;
  }
  if (i >= lim) return null;
  const start = i;
  let titleMode = false;
  let head: NP['head'] = 'name';
  let lastInst = false;
  let nameS = -1;
  let nameE = -1;
  let sawSourceHead = false;
  let introduced = false;
  let orgMode = false;
  let sawTitleHead = false;
  let lastDef = false;
  /** An apposition title after the name: "ستيفن وارين المتحدث باسم البنتاغون". */
  let appos = false;
  /** Inside an institution named after a person: "مدينة الملك سعود الطبية", "مطار الأمير محمد بن عبدالعزيز". */
  let instName = false;
  let j = i;
  for (; j < lim && j - start < 18; j++) {
    if (v.mentionEnd[j]! >= 0) {
      // a quoted name inside the phrase (حركة «حماس») or as the whole phrase (قالت «هآرتس»)
      if (j === start) {
        nameS = j;
        nameE = v.mentionEnd[j]!;
      }
      j = v.mentionEnd[j]! - 1;
      lastInst = false;
      continue;
    }
    // the dots of a spelled acronym: "شبكة تلفزيون إم.تي.في"
    if (j > start && v.dottedJoin(j)) continue;
    if (!v.isWord(j) || v.norm(j) === '') {
      // the period of an abbreviated title: "د. فهد العتيبي", "م. خالد"
      if (v.isPunct(j, '.') && j > start && j + 1 < lim && v.isWord(j + 1) && v.toks[j]!.start === v.toks[j - 1]!.end && ABBREV_TITLES.has(v.noConj(j - 1))) continue;
      // a slash between a title and the name: "الدكتور/ محمد إسماعيل", "المهندس / فلان"
      if (v.isPunct(j, '/') && j > start && j + 1 < lim && v.isWord(j + 1) && v.isWord(j - 1) && v.has(L.titles, j - 1)) continue;
      // a name in parentheses after the head of a body or outlet: "منظمة (بتسيلم) الإسرائيلية", "موقع قناة (سي إن إن)
      // الإخباري" (one to four words, dots allowed)
      if (v.isPunct(j, '(') && j > start && v.isWord(j - 1) && (v.has(L.institutions, j - 1) || v.has(L.media, j - 1) || lastInst)) {
        let c = j + 1;
        while (c < lim && c - j <= 5 && (v.isWord(c) || v.isPunct(c, '.'))) c++;
        // (not a setting or an adjective in parentheses: "وزارة الخارجية (في بيان لها)"، "الجيش (الإسرائيلي)")
        const first = j + 1;
        const setting = v.isStop(first) || v.prepSplit(first) !== null || v.has(L.settings, first) || v.isTime(first) || (c === first + 1 && v.isDefinite(first) && looksNisba(v.core(first)));
        if (c > j + 1 && c < lim && v.isPunct(c, ')') && !setting) {
          if (nameS < 0) {
            nameS = j + 1;
            nameE = c;
          }
          lastInst = false;
          lastDef = false;
          j = c;
          continue;
        }
      }
      break;
    }
    if (j > start && (v.noConj(j).startsWith('قول') || v.noConj(j) === 'القول')) break; // قوله، قولها، "عن المسؤول القول إن"
    // "أكد الوزير أهمية …", "أعلن المحافظ نايف البكري وصول …": a verbal noun after a definite word or a name's end
    // is the report's content (in construct after an indefinite word it is part of the phrase: "صندوق دعم")
    // ("النائب نعمة طعمة ضرورة التمسك …": ضرورة and أهمية after any word)
    // (an honorific pronoun is definite too: "وأكد سموه حرص المملكة")
    // (and after an indefinite nisba adjective, which ends a noun phrase: "وأكد مصدر أمني مقتل …", "مسؤولون أميركيون وجود …")
    if (j > start && v.contentHead(j) && (v.isDefinite(j - 1) || v.hasPronoun(j - 1) || (nameS >= 0 && j === nameE) || !v.isWord(j - 1) || looksNisba(v.norm(j - 1)) || v.contentHead(j, L.strongContentHeads))) break;
    if (j > start && v.hasPronoun(j) && settingStem(v, j)) break; // "وختمت X حديثها بالقول", "كلمتها"
    if (j > start && v.hasPronoun(j) && !(nameS >= 0 && j === nameE && !v.isDefinite(j) && !nameHasDefinite(v, nameS, nameE))) break; // إعجابه — but خطيب زاده
    const intro = v.has(L.nameIntroducers, j);
    // (a cue's form after بن / أبو / عبد is a name: "خالد بن 【طالب】")
    const linked = j > start && CONNECTORS.has(v.noConj(j - 1));
    if ((v.isCue(j) && !intro && !linked) || (j > start && v.isComplementizer(j))) break;
    if (v.norm(j) === 'ل') break; // "مصدر مطلع لـ«العربية.نت»": the listener follows
    if (j === start && v.isComplementizer(j)) break;
    if (v.isTime(j) && !(j === start && prefixedStart)) break;
    // (a participle written with its tanween too: "وقال برودكين 【متهكماً】 …")
    if (j > start && (v.has(L.fillers, j) || v.isCircumstantial(j) || (L.listenerPronouns.has(v.norm(j)) && !v.perMulti(j)))) break;
    // affiliation of a title or source: "مسؤول في وزارة الطاقة", "مصدر من الرئاسة"
    // (a generic plural with its institution is identifiable, like an unnamed source: "المحللون في بنك جيفريز")
    const vagueAffiliated = j === start + 1 && v.isDefinite(start) && v.has(L.vague, start) && v.norm(j) === 'في';
    if ((titleMode || vagueAffiliated) && nameS < 0 && (v.norm(j) === 'في' || v.norm(j) === 'من') && j + 1 < lim && v.has(L.institutions, j + 1) && !v.has(L.media, j + 1)) {
      if (vagueAffiliated) {
        head = 'title';
        titleMode = true;
        sawTitleHead = true;
      }
      lastInst = false;
      continue;
    }
    // "علي" is a name after a title (المرشد الأعلى الإيراني علي خامنئي), not the preposition على
    const nameAli = titleMode && nameS < 0 && v.toks[j]!.text === 'علي' && j + 1 < lim && v.isWord(j + 1) && !v.isStop(j + 1) && !v.isDefinite(j + 1);
    // "المستثمر في قطاع الاستقدام يوسف باداود", "رئيس البعثة في أفغانستان نيكولاس هايسوم": a title's
    // field or place before the person's name (the entity layer tags the name within a few words)
    // "سفير المملكة لدى مصر أحمد القطان": an ambassador's host country (لدى) likewise
    // (and what the title is over or in charge of, after على or عن written as the preposition: "المشرف العام 【على】 إدارة
    // الإعلام والمتحدث الرسمي لجامعة تبوك الدكتور سمير النجدي", "المسؤول 【عن】 الملف فلان"; a longer field, up to ten words)
    const overField = titleMode && (v.toks[j]!.text === 'على' || v.toks[j]!.text === 'عن') && j > start && (v.has(L.overTitles, j - 1) || (j - 1 > start && v.isDefinite(j - 1) && v.has(L.overTitles, j - 2)));
    if ((titleMode || lastDef) && nameS < 0 && (v.norm(j) === 'في' || v.norm(j) === 'لدي' || overField)) {
      const p = personAhead(v, j + 1, lim, overField ? 10 : 7);
      if (p > 0) {
        titleMode = true;
        sawTitleHead = true;
        lastInst = false;
        lastDef = false;
        j = p - 1; // the words up to the name are the title's field or place
        continue;
      }
    }
    // a partitive after a quantifier: "عدد من الطلاب المتضررين", "بعض من المسؤولين"
    if (v.norm(j) === 'من' && j === start + 1 && v.has(L.quantifiers, start) && j + 1 < lim && v.isWord(j + 1) && !v.isStop(j + 1)) continue;
    // غير before a nisba adjective negates it: "منظمة 【غير حكومية】", "مصادر غير رسمية"
    if (v.norm(j) === 'غير' && j > start && j + 1 < lim && v.isWord(j + 1) && looksNisba(v.norm(j + 1)) && !v.isStop(j + 1) && !v.isCue(j + 1)) {
      j++;
      continue;
    }
    if (v.isStop(j) && !nameAli && !v.inDotted(j)) break;
    const pre = j === start && prefixedStart ? null : v.prepSplit(j);
    // the audience after ل is the listener: "وزير الدفاع الأمريكي اشتون كارتر للصحفيين"
    if (pre && j > start && pre.prep === 'ل' && (L.audiences.has(pre.rest) || L.audiences.has('ال' + pre.rest))) break;
    if (pre) {
      if (pre.rest === 'اسم') {
        if (j === start) break;
        titleMode = true;
        if (nameS >= 0) appos = true;
        head = head === 'name' && nameS < 0 ? 'title' : head;
        lastInst = false;
        continue;
      }
      if (j === start) break;
      const core = pre.rest.startsWith(AL) ? pre.rest.slice(2) : pre.rest;
      if (L.settings.has(core)) break;
      // after a name an indefinite ب/ل word is the verb's complement ("منصور الربيش بإيصال الكتب",
      // "محمد المخرج بزوار الحديقة"), not an affiliation (بوزارة، بالجامعة)
      if (nameS >= 0 && !pre.rest.startsWith(AL) && !L.institutions.has(core) && !L.media.has(core)) break;
      if (L.media.has(core) && !pre.rest.startsWith(AL)) break;
      // the cue's attached content ("وأفادت وزارة الداخلية 【بتلقي】 دورات"): an indefinite word with its preposition
      // that is no institution begins the content, not a construct
      if (contentPreps.includes(pre.prep) && !pre.rest.startsWith(AL) && !L.institutions.has(core)) break;
      if (pre.prep === 'ل' && L.media.has(core) && !titleMode) break;
      // the verb's own complement ("وأشاد الوزير بالجهود المبذولة"، "ورحب محمد العلي بالقرار"): a definite word
      // with its preposition that names no institution, outlet or actor and is no affiliation before a name
      // (a bare word after it may begin the name: "مدير الكرة بالنادي سمير السعود")
      if (complement.includes(pre.prep) && pre.rest.startsWith(AL) && !L.institutions.has(core) && !L.media.has(core) && v.mentionEnd[j]! < 0 && !v.perStart(j) && personAhead(v, j + 1, lim) < 0 && !(j + 1 < lim && v.isWord(j + 1) && !v.isDefinite(j + 1) && !v.isStop(j + 1) && !v.isCue(j + 1))) break;
      if (titleMode && !(nameS >= 0 && j === nameE && objectVerb)) {
        // an indefinite noun after ب/ل is in construct with the next word: "لسوق عكاظ", "بوزارة الدفاع"
        lastInst = !pre.rest.startsWith(AL);
        continue;
      }
      break;
    }
    const firstPre = j === start && prefixedStart ? v.prepSplit(j) : null;
    const core = firstPre ? (firstPre.rest.startsWith(AL) ? firstPre.rest.slice(2) : firstPre.rest) : v.core(j);
    if (firstPre && firstPre.rest.startsWith(AL) && !L.titles.has(core) && !L.sources.has(core) && !L.institutions.has(core) && !L.media.has(core)) {
      lastDef = true;
      continue; // "للمرصد" style definite organization word
    }
    if (L.nameIntroducers.has(core) || L.nameIntroducers.has(v.noConj(j))) {
      introduced = true;
      nameS = -1;
      nameE = -1;
      lastInst = false;
      continue;
    }
    if (nameS < 0 && (lastInst || instName) && L.eponymTitles.has(core)) {
      instName = true;
      lastInst = false;
      continue;
    }
    // a statement or study as the speaker: "بيان وزارة الداخلية", "دراسة جديدة أجراها ..." (no name of its own)
    if (j === start && !firstPre && L.statementNouns.has(core)) {
      head = 'source';
      sawSourceHead = true;
      titleMode = true;
      lastInst = !v.isDefinite(j);
      lastDef = !lastInst;
      continue;
    }
    // issued by a body or a person: "بيان 【صادر عن】 وزير الدفاع موشيه يعالون" (the issuer is part of the phrase)
    if (j === start + 1 && head === 'source' && L.statementNouns.has(v.core(start)) && /^صادر[ةه]?$/.test(core) && j + 2 < lim && v.norm(j + 1) === 'عن' && v.isWord(j + 2)) {
      j++;
      lastInst = true;
      lastDef = false;
      continue;
    }
    // a role word the entity layer tags alone as a person is a name used alone ("عن المعلم قوله")
    if ((L.titles.has(core) || L.sources.has(core) || L.quantifiers.has(core)) && !(j === start && nameS < 0 && v.perSingle(j) && !(j + 1 < lim && v.perStart(j + 1)))) {
      instName = false;
      if (nameS >= 0 && objectVerb && (!v.isDefinite(j) || looksPlural(core))) break;
      // (a definite plural right after a whole title with no name, or after the place that ends one, too: "وحث وزير
      // الداخلية المصري 【المواطنين】", "ودعا أمير منطقة عسير 【المواطنين】"; and an
      // accusative plural of people right after a definite body: "وناشدت السلطات 【المواطنين】")
      if (nameS < 0 && objectVerb && titleMode && j > start && (v.titleEndsAt(j) || v.placeEndsAt(j)) && v.isDefinite(j) && looksPlural(core)) break;
      if (objectVerb && j > start && lastDef && v.isDefinite(j - 1) && v.accusativePlural(j)) break;
      if (nameS >= 0 && looksPlural(core) && v.isDefinite(j)) break;
      if (j === start || nameS < 0) {
        const src = L.sources.has(core) || L.quantifiers.has(core);
        if (head === 'name') head = src ? 'source' : 'title';
        if (src) sawSourceHead = true;
      }
      titleMode = true;
      sawTitleHead = true;
      if (nameS >= 0) appos = true;
      // an indefinite title head is in construct with the next word, which is its domain, not a
      // name: "وزير حقوق الإنسان ..."، "سفير بريطانيا"، "مستشار أفريقيا" (not an abbreviation: "د")
      lastInst = nameS < 0 && !v.isDefinite(j) && !ABBREV_TITLES.has(core) && !L.sources.has(core) && !L.quantifiers.has(core);
      lastDef = v.isDefinite(j);
      continue;
    }
    if (L.institutions.has(core) || L.media.has(core)) {
      if (nameS >= 0 && objectVerb) break;
      // (an outlet in construct after a source phrase closed by its nisba is the one told, not part of the source: "وأفاد
      // مصدر دبلوماسي تركي 【وكالة】 فرانس برس أنه …")
      if (L.media.has(core) && !v.isDefinite(j) && nameS < 0 && sawSourceHead && j > start + 1 && looksNisba(v.noConj(j - 1)) && !v.isDefinite(j - 1)) break;
      titleMode = true;
      orgMode = true;
      lastInst = !v.isDefinite(j);
      lastDef = !lastInst;
      continue;
    }
    // "آل" (normalized ال) opening a family's name with no name before it: "وأضاف 【آل شيخان】 «…»" (after a name the
    // rule below joins it: "طارق آل شيخان")
    if (nameS < 0 && v.noConj(j) === AL && j + 1 < lim && v.isWord(j + 1) && !v.isDefinite(j + 1) && !v.isStop(j + 1) && !v.isCue(j + 1)) {
      nameS = j;
      nameE = j + 1;
      lastDef = false;
      appos = false;
      continue;
    }
    if (v.isDefinite(j)) {
      // a verb that takes an object: a definite word right after a whole title with no name is its object ("ودعا
      // مفتي السعودية 【الدعاة】 والعلماء إلى"، "وطالب وزير الخارجية السعودي 【المجتمع】 الدولي"), unless it is a nisba or
      // a name
      if (objectVerb && nameS < 0 && titleMode && j > start && v.titleEndsAt(j) && !looksNisba(core) && !v.perStart(j)) break;
      // (and a sound plural in the accusative right after a definite word, which takes no genitive: "وناشدت السلطات
      // 【المواطنين】 التعاون"، "طالب المدرب جروس 【اللاعبين】")
      // (not a plural nisba, "العسكريين", nor an adjective agreeing with a plural or dual before it: "الحرمين 【الشريفين】")
      if (objectVerb && j > start && lastDef && v.isDefinite(j - 1) && v.accusativePlural(j)) break;
      // (so is one right after the place that ends a title, which takes no genitive either: "ودعا أمير منطقة عسير
      // 【المواطنين】 والمقيمين إلى"، "دعا محافظ جدة المواطنين")
      if (objectVerb && j > start && titleMode && nameS < 0 && v.placeEndsAt(j) && v.accusativePlural(j)) break;
      // a body named by the actor layer that ends in its nisba is whole: a definite noun after it is the verb's object, not
      // part of the subject ("دان مجلس الوزراء الكويتي 【التفجير】 الإرهابي")
      // (a verbal noun or an abstract one: adjectives, "السابق"، "المخضرم", and a name after them still belong)
      if (nameS < 0 && (orgMode || titleMode) && j > start + 1 && v.actorEndsAt(j) && v.isDefinite(j - 1) && looksNisba(v.noConj(j - 1)) && !looksNisba(core) && !v.entityStarts(j) && (DERIVED_VERBAL_NOUN_OR_PLURAL.test(core) || v.has(L.nonAgents, j) || v.contentHead(j)) && personAhead(v, j + 1, lim, 5) < 0) break;
      // (so does any body or person of the actor layer before an abstract noun that cannot speak: "وأعلنت حركة طالبان
      // 【المسؤولية】 عن الهجوم")
      if (j > start && v.actorEndsAt(j) && v.has(L.nonAgents, j) && !v.entityStarts(j)) break;
      // after a name only a family name (بشار الأسد، عبد الفتاح السيسي) continues; another definite
      // word is an object or a participle phrase (التوصل، المدعوم من ...) — titles were handled above
      if (nameS >= 0 && !appos) {
        // "آل" (normalized ال) joins a family name: "عبدالله بن حسين آل هادي"
        if (j === nameE && v.noConj(j) === AL) {
          nameE = j + 1;
          continue;
        }
        // (a family name after آل ends the name: "عبدالله بن زايد آل نهيان 【الجريمة】" is the object)
        // (a tribal nisba still follows: "علي بن عمير آل جرمان 【الشهراني】")
        const familyDone = j - 2 >= nameS && v.noConj(j - 2) === AL && !looksNisba(core);
        if (j === nameE && !familyDone && !looksPlural(core) && ((j === nameS + 1 && !core.startsWith('م')) || (j - nameS <= 3 && looksNisba(core)) || (j - nameS <= 5 && hasConnector(v, nameS, j)))) {
          nameE = j + 1;
          continue;
        }
        break;
      }
      lastInst = false;
      lastDef = true;
      continue;
    }
    // an indefinite word outside the lexicon
    if (lastInst) {
      lastInst = false;
      continue;
    }
    if (instName && nameS < 0) continue;
    // "لحقوق الإنسان": a genitive with ل inside an organization name
    if (titleMode && nameS < 0 && core.startsWith('ل') && core.length > 3 && j + 1 < lim && v.isDefinite(j + 1)) continue;
    // a definite phrase without a title head (وزارة الدفاع التركية، التقرير) is complete: an
    // indefinite word after it is an object or a verb, not a name
    if (!sawTitleHead && lastDef && nameS < 0) break;
    if (sawSourceHead && nameS < 0 && looksNisba(core)) continue;
    // an abstract noun after an unnamed source's definite word is an object or a new clause: "قدّر عدد من الخبراء النفطيين
    // 【حجم】 الفوائض"
    if (sawSourceHead && nameS < 0 && lastDef && v.has(L.nonAgents, j)) break;
    // a verb after an unnamed source starts a relative clause: "مسؤول يعمل في الشركة"
    if (sawSourceHead && nameS < 0 && !introduced && core.length >= 4 && (core[0] === 'ي' || core[0] === 'ت') && !v.isDefinite(j) && !v.perStart(j)) break;
    if (nameS >= 0 && j === nameE) {
      // after a family name with the article (جميل البقعاوي) an indefinite word is an object: "اعتزاز الهيئة"
      // (unless the definite word ends a compound given name, عبد / أبو + ال…, and the entity layer's person
      // name goes on: "عبد الستار بارز")
      if (j > nameS && v.isDefinite(j - 1) && v.noConj(j - 1) !== AL && !(j - 2 >= nameS && COMPOUND_FIRST.has(v.noConj(j - 2)) && v.perMulti(j) && !v.perStart(j) && !v.prepSplit(j))) break;
      nameE = j + 1;
      continue;
    }
    if (nameS >= 0 && objectVerb) break;
    // an unnamed source has no name unless one is introduced (ويدعى ...) or tagged by the entity layer
    if (sawSourceHead && !introduced) continue;
    // a person's name the entity layer tagged is not replaced by a later word ("... بجامعة نوتنغهام ترنت")
    if (nameS >= 0 && v.perStart(nameS) && !v.perStart(j)) continue;
    // an indefinite word right after a body's quoted name is its apposition or an object, not a name ("تنظيم «جبهة النصرة»
    // 【ذراع】 تنظيم القاعدة"، "نشر تنظيم «جبهة النصرة» 【شريط】 فيديو"; a person's name goes on: "شرطة «ويتشيتا» بول كيمبل")
    if (nameS < 0 && orgMode && j > start + 1 && v.isMark(j - 1) && v.mentionEnd[j - 1] === j && !v.perStart(j) && !v.perMulti(j)) break;
    nameS = j;
    nameE = j + 1;
    lastDef = false;
    appos = false; // a title before this name was the previous word's apposition, not this one's
  }
  // a whole title, a comma, then the person's name and the content: "أكد المتحدث الرسمي باسم المركز، 【رأفت الصباغ】 أن …"
  // (the name is the title's apposition when the report's content or a colon follows it, with or without a comma)
  if (titleMode && nameS < 0 && !sawSourceHead && j + 1 < lim && v.isPunct(j, ',') && v.perStart(j + 1)) {
    let p = j + 2;
    while (p < lim && p - j <= 6 && v.isWord(p) && v.perMulti(p) && !v.perStart(p)) p++;
    const q = p < lim && v.isPunct(p, ',') ? p + 1 : p;
    if (q < lim && (v.isComplementizer(q) || v.isPunct(q, ':'))) {
      nameS = j + 1;
      nameE = p;
      appos = false;
      j = p;
    }
  }
  let e = j;
  // a phrase never ends on a dangling title connector
  while (e > start && v.prepSplit(e - 1)?.rest === 'اسم') e--;
  if (e <= start) return null;
  if (nameE > e) nameE = e;
  // a generic plural alone ("الخبراء"), or a quantifier with nothing after it ("أحد"، "البعض")
  const vague = e - start === 1 && ((v.isDefinite(start) && v.has(L.vague, start)) || v.has(L.quantifiers, start));
  return { s: start, e, nameS: nameS >= 0 && nameS < e ? nameS : -1, nameE: nameS >= 0 && nameS < e ? nameE : -1, head: nameS >= 0 ? (head === 'source' ? 'source' : head === 'name' ? 'name' : 'title') : head, vague };
}

/**
 * The subject before a cue (SVO: "لكن طهران نفت", "الخبراء يشيرون"), or a pronoun subject
 * ("ولكنه في نفس الوقت قد أشار") which means the speaker is carried over.
 */
export function subjectBefore(v: TokenView, k: number, sentStart: number): NP | 'pronoun' | null {
  return subjectBeforeCue(v, k, sentStart) ?? subjectBeforeRelative(v, k, sentStart);
}

/** Relative pronouns (normalized) that open a clause describing a speaker. */
const SPEAKER_RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', 'الذين']);

/**
 * The subject of كان with a relative clause between it and the cue: "وكان 【اوباما】 الذي كرر تعهده مرات عدة خلال
 * ولايتيه الرئاسيتين اعتبر … انه" (the clause up to 20 words, no punctuation; the subject up to 6 words after كان,
 * which opens the clause).
 */
function subjectBeforeRelative(v: TokenView, k: number, sentStart: number): NP | null {
  for (let j = k - 1; j > sentStart && j >= k - 20; j--) {
    if (!v.isWord(j)) return null;
    if (!SPEAKER_RELATIVES.has(v.norm(j))) continue;
    for (let a = j - 2; a >= sentStart && a >= j - 7; a--) {
      if (!v.isWord(a)) return null;
      if (!AUX.has(v.noConj(a))) continue;
      if (a > sentStart && v.isWord(a - 1)) return null;
      const np = subjectAfter(v, a + 1, j, false);
      return np && np.e === j && !np.vague ? np : null;
    }
    return null;
  }
  return null;
}

function subjectBeforeCue(v: TokenView, k: number, sentStart: number): NP | 'pronoun' | null {
  const L = v.lex;
  // a pronoun subject within the clause
  for (let j = k - 1; j >= sentStart && j >= k - 8; j--) {
    if (!v.isWord(j)) break;
    if (L.pronounSubjects.has(v.norm(j)) || L.pronounSubjects.has(v.noConj(j))) return 'pronoun';
  }
  let j = k - 1;
  // "وكانت المتحدثة باسم البرنامج X، أعلنت": a comma after a subject opened by كان
  const comma = j > sentStart && v.isPunct(j, ',');
  // (a cue with و after the comma is joined to the clause before, not the verb of a subject before it: "إذا كانوا يواجهون
  // اتهامات رسمية، 【واعتبروا】 أن")
  if (comma && v.norm(k).startsWith('و') && v.norm(k) !== v.noConj(k)) return null;
  if (comma) j--;
  // "وكان المتحدث الأمني لوزارة الداخلية قد أوضح": كان … قد + verb, the subject between them may hold
  // a prepositional phrase, as after كان and a comma
  const qad = !comma && j > sentStart && v.norm(j) === 'قد';
  // "أما رئيس الوزراء فقد أكد", "أما X، فرأت أن": the answer of أما opens with ف, on the cue or on قد
  const fa = (j >= sentStart && v.norm(j) === 'فقد') || v.norm(k).startsWith('ف');
  while (j >= sentStart && (v.norm(j) === 'قد' || v.norm(j) === 'لقد' || v.norm(j) === 'فقد')) j--;
  const e = j + 1;
  const framed = comma || qad;
  // a prepositional phrase crossed in a subject that no كان or comma frames: it must then be a source's, title's or
  // body's affiliation ("لكن 【مصادر قريبة من الحركة】 أفادت بأن", "إلا أن مسؤولين في الوزارة قالوا")
  let crossed = false;
  for (;;) {
    if (j < sentStart || e - j > (framed ? 12 : 8)) break;
    if (v.mentionEnd[j]! >= 0 && v.mentionStart[j]! > sentStart) {
      j = v.mentionStart[j]! - 1; // صحيفة “هآرتس”
      continue;
    }
    // (after كان a long subject may hold a place or field: "وكانت المتحدثة باسم البرنامج في الأردن X،")
    // (not a complementizer with its preposition, which opens the clause: "لأن المستثمرين رأوا", "بأن")
    const pp = v.norm(j) === 'في' || v.norm(j) === 'من' || (v.prepSplit(j) !== null && !v.isComplementizer(j) && !/^[بل]ان(?:ه|ها|هم)?$/.test(v.noConj(j)));
    if (v.isWord(j) && (pp || (!v.isStop(j) && !v.isCue(j) && !v.isComplementizer(j) && !v.isTime(j) && !v.prepSplit(j) && !AUX.has(v.noConj(j))))) {
      if (pp && !framed) crossed = true;
      j--;
      continue;
    }
    break;
  }
  const s = j + 1;
  if (s >= e) return null;
  if (crossed && !(v.has(L.sources, s) || v.has(L.titles, s) || v.has(L.institutions, s))) return null;
  // a fronted subject is short and has no possessive pronoun ("طهران نفت"، "وزارة الخارجية قالت")
  for (let x = s; x < e; x++) if (v.hasPronoun(x) || v.toks[x]!.kind === 'number') return null;
  // the phrase must open the clause: sentence start, punctuation, a conjunction or كان
  const amma = fa && j >= sentStart && v.noConj(j) === 'اما';
  if (framed && !amma && !(j >= sentStart && AUX.has(v.noConj(j)))) return null;
  if (j >= sentStart) {
    const n = v.norm(j);
    const boundary = !v.isWord(j) || AUX.has(v.noConj(j)) || n === 'اما' || v.noConj(j) === 'اما' || n === 'لكن' || n === 'ولكن' || n === 'بل' || n === 'بينما' || n === 'فيما' || n === 'و' || n === 'ثم' || n === 'اذ' || n === 'حيث' || n === 'كما';
    // (a complementizer opens a clause too when a noun phrase follows it, definite, a name, a title, a source, a body or
    // another entity: "حتى أن المدرب قال"; not a verb: "عليك أن تنتبه وتحذر")
    const comp = (n === 'ان' || n === 'بان' || n === 'لان') && (v.isDefinite(s) || v.perStart(s) || v.has(L.titles, s) || v.has(L.sources, s) || v.has(L.institutions, s) || v.has(L.quantifiers, s) || v.has(L.media, s) || v.entityStarts(s));
    if (!boundary && !comp) return null;
  }
  // the first word of a clause may carry a conjunction: "وطهران نفت"
  const np = subjectAfter(v, s, e, false);
  // after كان and a comma, a title phrase whose name the syntax cannot reach is still the subject
  if (np && np.e !== e && framed && (np.head === 'title' || np.head === 'source')) return np;
  // (and so is a name or body whose place follows it with في / من: "وكانت 【قيادة القوات المشتركة لتحالف دعم الشرعية】
  // في اليمن قد أعلنت")
  if (np && np.e < e && framed && e - np.e <= 3 && (v.norm(np.e) === 'في' || v.norm(np.e) === 'من')) return np;
  if (!np || np.e !== e) return null;
  return np;
}

/** Entities, actor mentions and titles from earlier layers, indexed for span lookups. */
export class SpanIndex {
  private readonly ents: Entity[];
  constructor(private readonly doc: RasidDocument) {
    this.ents = [...doc.entities].sort((a, b) => a.start - b.start);
  }

  private firstAtOrAfter<T extends { start: number; end: number }>(xs: T[], pos: number): number {
    return partitionPoint(xs.length, (i) => xs[i]!.end <= pos);
  }

  /** Entities overlapping [start, end). Entity lists are short per span; the scan stops past `end`. */
  entitiesIn(start: number, end: number): Entity[] {
    const out: Entity[] = [];
    // entities are sorted by start; find the first whose end is after start (approximate: scan back a little)
    let i = this.firstAtOrAfter(this.ents, start);
    while (i > 0 && this.ents[i - 1]!.end > start) i--;
    for (; i < this.ents.length && this.ents[i]!.start < end; i++) if (this.ents[i]!.end > start) out.push(this.ents[i]!);
    return out;
  }

  /**
   * The actor a speaker phrase speaks for: the mention over its name first (the person), then a
   * mention at its head, then the longest non-country mention inside it (the body in the title).
   */
  actorFor(start: number, end: number, nameStart: number, nameEnd: number, headEnd: number): Actor | undefined {
    const ms = this.doc.actorMentions;
    if (nameStart >= 0) {
      // (a nisba inside a name is a family name, no nationality: "ملهم بن محمد 【هندي】")
      for (let i = this.firstAtOrAfter(ms, nameStart); i < ms.length && ms[i]!.start < nameEnd; i++) if (ms[i]!.end > nameStart && ms[i]!.via !== 'nisba') return ms[i]!.actor;
    }
    for (let i = this.firstAtOrAfter(ms, start); i < ms.length && ms[i]!.start < headEnd; i++) if (ms[i]!.end > start) return ms[i]!.actor;
    return this.actorIn(start, end);
  }

  /** The actor of a mention starting within [start, headEnd) (a listener's head). */
  actorAtHead(start: number, headEnd: number): Actor | undefined {
    const ms = this.doc.actorMentions;
    for (let i = this.firstAtOrAfter(ms, start); i < ms.length && ms[i]!.start < headEnd; i++) if (ms[i]!.end > start) return ms[i]!.actor;
    return undefined;
  }

  /** A news outlet mentioned inside [start, end) (a listener such as المجلة الفرنسية «باريس ماتش»). */
  mediaIn(start: number, end: number): Actor | undefined {
    const ms = this.doc.actorMentions;
    for (let i = this.firstAtOrAfter(ms, start); i < ms.length && ms[i]!.start < end; i++) if (ms[i]!.actor.kind === 'media') return ms[i]!.actor;
    return undefined;
  }

  /** The actor mentions that overlap [start, end). */
  actorMentionsIn(start: number, end: number): ActorMention[] {
    const ms = this.doc.actorMentions;
    const out: ActorMention[] = [];
    let i = this.firstAtOrAfter(ms, start);
    while (i > 0 && ms[i - 1]!.end > start) i--;
    for (; i < ms.length && ms[i]!.start < end; i++) if (ms[i]!.end > start) out.push(ms[i]!);
    return out;
  }

  actorIn(start: number, end: number): Actor | undefined {
    const ms = this.doc.actorMentions;
    let best: Actor | undefined;
    let bestLen = 0;
    let i = this.firstAtOrAfter(ms, start);
    for (; i < ms.length && ms[i]!.start < end; i++) {
      const m = ms[i]!;
      if (m.end > start && m.end - m.start > bestLen && m.actor.kind !== 'country') {
        best = m.actor;
        bestLen = m.end - m.start;
      }
    }
    if (best) return best;
    i = this.firstAtOrAfter(ms, start);
    for (; i < ms.length && ms[i]!.start < end; i++) if (ms[i]!.end > start) return ms[i]!.actor;
    // an unnamed speaker known by a title that names its country ("المحلل السياسي الأمريكي"): the country
    // and sector of the title
    const ts = this.doc.titles;
    for (let k = this.firstAtOrAfter(ts, start); k < ts.length && ts[k]!.start < end; k++) {
      const t = ts[k]!;
      // (not an honorific with a nisba alone: "الدكتور التركي" is mostly Dr. Al-Turki, a family name)
      if (t.end > start && t.country && !t.plural && !(FAMILY_NISBA_OFFICES.has(t.office) && t.tokenEnd - t.tokenStart <= 2)) {
        const code = t.country + (t.sector ?? '');
        return { id: `title:${code}`, code, country: t.country, sector: t.sector, name: { ar: t.text }, kind: 'title' };
      }
    }
    return undefined;
  }

  titleIn(start: number, end: number): string | undefined {
    const ts = this.doc.titles;
    if (!ts.length) return undefined;
    for (let i = this.firstAtOrAfter(ts, start); i < ts.length && ts[i]!.start < end; i++) {
      const t = ts[i]!;
      if (t.start >= start && t.end <= end) return this.doc.text.slice(t.start, t.end);
    }
    return undefined;
  }
}

/** Build the SpeakerRef of a noun phrase: text, name, title, entity and actor. */
export function speakerRef(v: TokenView, idx: SpanIndex, np: NP): SpeakerRef {
  const toks = v.toks;
  const text = v.doc.text;
  let start = toks[np.s]!.start;
  const end = toks[np.e - 1]!.end;
  // a glued conjunction or preposition on the first word is not part of the speaker
  const first = toks[np.s]!;
  const n0 = first.norm;
  if (n0.length > 3 && (n0.startsWith('لل') || ((n0[0] === 'ل' || n0[0] === 'ب' || n0[0] === 'و' || n0[0] === 'ف') && v.prepSplit(np.s)))) start = first.start + 1;
  // a conjunction glued to a fronted subject ("وطهران نفت") is not part of it either
  else if (v.hasWords && (n0[0] === 'و' || n0[0] === 'ف') && v.noConj(np.s) !== n0 && (first.text[0] === 'و' || first.text[0] === 'ف')) start = first.start + 1;
  const ref: SpeakerRef = { start, end, text: text.slice(start, end) };
  if (n0.startsWith('لل') && start === first.start + 1) ref.name = 'ال' + text.slice(start + 1, end);
  if (np.nameS >= 0) {
    const ns = toks[np.nameS]!.start;
    const ne = toks[np.nameE - 1]!.end;
    ref.name = ns < start ? (n0.startsWith('لل') ? 'ال' + text.slice(start + 1, ne) : text.slice(start, ne)) : text.slice(ns, ne);
    const before = ns > start ? text.slice(start, ns).trim() : '';
    const after = ne < end ? text.slice(ne, end).trim() : '';
    const title = [before, after].filter(Boolean).join('، ');
    if (title) ref.title = title;
  } else if (np.head === 'title') {
    ref.title = ref.text;
  } else if (np.head === 'name') {
    ref.name ??= ref.text;
  }
  // entities and actors from earlier layers
  const ents = idx.entitiesIn(start, end);
  // with a name found from the syntax, only an entity over that name counts (a PER tag on a title
  // word such as "للوكالة" is not the speaker's name)
  const overName = (e: Entity) => np.nameS < 0 || (e.start < toks[np.nameE - 1]!.end && e.end > toks[np.nameS]!.start);
  const person = ents.find((e) => e.type === 'PER' && overName(e)) ?? ents.find((e) => e.type === 'ORG' && overName(e)) ?? ents.find((e) => e.type === 'GPE' && overName(e));
  if (person) {
    ref.entity = person.id;
    // the entity gives the name unless it covers only part of the name found from the syntax
    // ("الزبير" inside "حافظ الزبير", "هادي" inside "عبدالله بن حسين آل هادي")
    const ns = np.nameS >= 0 ? toks[np.nameS]!.start : -1;
    const ne = np.nameS >= 0 ? toks[np.nameE - 1]!.end : -1;
    // (unless the extra words are a place or body the actor layer knows: "كتالونيا أرتور ماس")
    const extraActor = ns >= 0 && ((person.start > ns && idx.actorIn(ns, person.start)) || (person.end < ne && idx.actorIn(person.end, ne)));
    const inside = ns >= 0 && person.start >= ns && person.end <= ne && /\p{L}/u.test(text.slice(ns, person.start) + text.slice(person.end, ne)) && !(extraActor && extraActor.kind !== 'person');
    // a title alone ("المتحدث باسم وزارة الخارجية") has no name: an organization or place inside
    // it is the body the speaker speaks for (the actor), not the speaker's name
    if ((person.type === 'PER' && !inside) || (np.nameS < 0 && np.head === 'name')) ref.name = person.text;
    // an organization whose name begins inside what the syntax took for the title ("شركة 【امريكان】 ايرلاينز":
    // the nisba-looking word is the name's): the title ends where the name begins (only over foreign words without
    // the article: "مدير 【المعهد الشيخ】 سلمان …" is a title the tagger ran into)
    if (person.type === 'ORG' && ns > start && person.start > start && person.start < ns && person.end >= ne && person.end <= end && !/(?:^|\s)ال/.test(text.slice(person.start, ns))) {
      ref.name = person.text;
      const title = text.slice(start, person.start).trim();
      if (title) ref.title = title;
      else delete ref.title;
    }
    // (a country inside a title or an unnamed source is its complement, not the speaker: "وزير الدولة للشؤون الخارجية 【بدولة
    // قطر】" is the title's actor, QATGOV, "أهالي مدينة 【تعز】" YEMCVL, which the actor layer gives below)
    const complement = person.type === 'GPE' && (np.head === 'title' || np.head === 'source') && np.nameS < 0 && person.start > start;
    if (person.actor && !complement) ref.actor = person.actor;
    if (person.title && !ref.title) ref.title = person.title.text;
  }
  if (!ref.actor) {
    const a = np.nameS >= 0 ? idx.actorFor(start, end, toks[np.nameS]!.start, toks[np.nameE - 1]!.end, toks[np.s]!.end) : idx.actorFor(start, end, -1, -1, toks[np.s]!.end);
    if (a) ref.actor = a;
    // a person in construct after the head of a phrase with no name, an indefinite title or an institution, is whom the
    // speaker serves or whose body speaks, not the speaker: "سفير 【خادم الحرمين الشريفين】", "سفارة 【خادم الحرمين
    // الشريفين】 لدى الأردن", "مستشار 【الرئيس】" → an agent of that person's country and sector (not after an honorific,
    // which names the person: "فخامة الرئيس", "جلالة الملك")
    if (a?.kind === 'person' && a.country && np.nameS < 0 && !v.isDefinite(np.s) && !v.isHonorific(np.s) && (np.head === 'title' || v.has(v.lex.institutions, np.s))) {
      const m = idx.actorMentionsIn(start, end).find((x) => x.actor.id === a.id);
      if (m && m.start >= toks[np.s]!.end) ref.actor = agentActor(a.country, a.sector, ref.text);
    }
  }
  if (!ref.title) {
    const t = idx.titleIn(start, end);
    if (t) ref.title = t;
  }
  return ref;
}

/**
 * Cut a subject phrase at the end of a person entity when another entity follows inside it
 * (object verbs: "اتهم ... مظلوم عبدي أنقرة ..."), using the entity layer when present.
 */
export function trimObject(v: TokenView, idx: SpanIndex, np: NP): NP {
  const toks = v.toks;
  const ents = idx.entitiesIn(toks[np.s]!.start, toks[np.e - 1]!.end);
  const per = ents.find((e) => e.type === 'PER' && (np.nameS < 0 || (e.start < toks[np.nameE - 1]!.end && e.end > toks[np.nameS]!.start)));
  if (!per) return np;
  const after = ents.find((e) => e.start >= per.end);
  if (!after) return np;
  let e = np.e;
  while (e > np.s + 1 && toks[e - 1]!.start >= after.start) e--;
  const ps = v.doc.tokenAt(per.start);
  const pe = v.doc.tokenAt(per.end - 1) + 1;
  return { ...np, e, nameS: ps, nameE: Math.min(pe, e) };
}
