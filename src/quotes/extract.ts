/**
 * Quotation extraction: direct quotations (quotation marks, or a colon after a cue), indirect
 * speech (cue + أن/إن clause, cue + prepositional content, nominal reports), attributions
 * (بحسب، وفقاً لـ، على حد قول ...), with speakers, listeners and stances. See docs/quotes.md.
 *
 * Work is linear in the text: one scan for quotation marks, one pass over the tokens, and every
 * look-ahead or look-behind is bounded by a fixed number of tokens.
 */
import type { RasidDocument } from '../doc/document.ts';
import type { Quote, SpeakerRef, Stance } from '../doc/types.ts';
import type { CueEntry, QuoteLexicon } from './lexicon.ts';
import { scanQuoteMarks, type MarkSpan } from './marks.ts';
import { DURING, looksNisba, settingStem, SpanIndex, speakerRef, subjectAfter, subjectBefore, TokenView, trimObject, type NP } from './speaker.ts';

/** Bases that, with a pronoun right after a cue, are its object or a preposition, not a speaker ("قال عنه إنه", "ذكر اسمه"). */
const PRONOUN_OBJECT_BASES: ReadonlySet<string> = new Set(['عن', 'من', 'خلال', 'عند', 'لدي', 'مع', 'علي', 'الي', 'في', 'قول', 'كلام', 'اسم', 'هويه', 'هوية', 'نتايج', 'نتيجه', 'حديث', 'راي', 'موقف', 'تصريح', 'تصريحات', 'بيان', 'رساله', 'سوال', 'جواب', 'رد', 'امل', 'تاكيد', 'شكر', 'تقدير', 'اعتزاز', 'سعاده', 'ترحيب', 'دعم', 'رفض', 'قلق', 'اسف']);

export interface QuoteOptions {
  /** Keep chants and slogans (marked `slogan: true`). Default false: they are not statements. */
  keepSlogans?: boolean;
}

type SpanClass = 'quote' | 'short' | 'mention' | 'slogan';

interface QSpan {
  m: MarkSpan;
  cls: SpanClass;
  /** Token of the opening mark, token after the closing mark (or paragraph end). */
  openTok: number;
  endTok: number;
  words: number;
  used: boolean;
}

interface Context {
  speaker: SpeakerRef | null;
  via: string;
  sent: number;
  /** The sentence of the last report that had a speaker (sent may be a later report without one). */
  speakerSent: number;
  listener?: Quote['listener'];
  stance?: Stance;
  /** The current speaker is quoted scripture (speakers.json `divine`): carried only to قال. */
  divine?: boolean;
}

/** Window limits (tokens). */
/** Prepositions of a setting before a quoted name (خلال “المؤتمر …”، بعنوان “…”). */
const SETTING_NAME_PREPS: ReadonlySet<string> = new Set(['خلال', 'في', 'حول', 'بعنوان', 'امام']);
const GAP_TO_CONTENT = 32;
const MAX_INDIRECT = 160;
const MAX_COLON = 220;

export function extractQuotes(doc: RasidDocument, lex: QuoteLexicon, opts: QuoteOptions = {}): Quote[] {
  const toks = doc.tokens;
  const text = doc.text;
  if (!toks.length) return [];
  const v = new TokenView(doc, lex);
  const idx = new SpanIndex(doc);
  const T = toks.length;

  const marks = scanQuoteMarks(text);
  const closeOffsets = new Set<number>();
  for (const m of marks) if (m.closed) closeOffsets.add(m.close);

  // ---- sentences and paragraphs over tokens -------------------------------------------------
  const sentStart: number[] = [];
  const sentEnd: number[] = [];
  const paraOfTok = new Int32Array(T);
  {
    let para = 0;
    for (let i = 0; i < T; i++) {
      if (i > 0 && hasNewline(text, toks[i - 1]!.end, toks[i]!.start)) para++;
      paraOfTok[i] = para;
    }
    if (doc.sentences.length) {
      for (const s of doc.sentences) {
        if (s.tokenEnd > s.tokenStart) {
          sentStart.push(s.tokenStart);
          sentEnd.push(s.tokenEnd);
        }
      }
    } else {
      let s = 0;
      for (let i = 0; i < T; i++) {
        const t = toks[i]!;
        const endHere = (t.kind === 'punct' && (t.norm[0] === '.' || t.norm[0] === '!' || t.norm[0] === '?' || t.norm === '…')) || i === T - 1 || paraOfTok[i + 1] !== paraOfTok[i];
        if (endHere) {
          // a closing quotation mark right after the period belongs to this sentence
          let e = i + 1;
          while (e < T && paraOfTok[e] === paraOfTok[i] && closeOffsets.has(toks[e]!.start)) e++;
          sentStart.push(s);
          sentEnd.push(e);
          s = e;
          i = e - 1;
        }
      }
    }
  }
  const sentOfTok = new Int32Array(T).fill(-1);
  for (let k = 0; k < sentStart.length; k++) for (let i = sentStart[k]!; i < sentEnd[k]!; i++) sentOfTok[i] = k;

  // ---- quotation-mark spans -------------------------------------------------------------------
  const spans: QSpan[] = [];
  const spanAtOpen = new Int32Array(T).fill(-1);
  const insideQuote = new Int32Array(T).fill(-1);

  /**
   * A quotation of two or three words that ends its sentence right after a verb of saying and its subject: "وقال المعهد
   * «نحن محايدون».", "وأضاف «أنها عرض للقوة»." (not a name or a title in marks, which the sentence goes on after).
   */
  const shortSaying = (openTok: number, endTok: number, words: number): boolean => {
    if (words < 2) return false;
    const after = endTok < T ? toks[endTok]! : null;
    // (with the sentence going on after the marks, only words no name holds make a saying: a particle or preposition
    // of its own, a word with a pronoun: "وقال الوزير «سندافع 【عن】 【أرضنا】» في كلمته")
    // (right after a speaker's phrase only, a definite word or a name: not after a head in construct, "رئيسة فريق
    // “لأمتنا نحيا التطوعي”", nor inside a reported clause, "أنه "لا صلة" بين …")
    const pw = openTok - 1;
    const afterSpeaker = pw >= 0 && v.isWord(pw) && !v.isComplementizer(pw) && (v.isDefinite(pw) || idx.entitiesIn(toks[pw]!.start, toks[pw]!.end).some((e) => e.type === 'PER' && e.end === toks[pw]!.end));
    let sayingWords = false;
    for (let i = openTok + 1; afterSpeaker && i < endTok - 1 && !sayingWords; i++) sayingWords = v.isWord(i) && (SAYING_PARTICLES.has(v.norm(i)) || (v.hasPronoun(i) && !v.isDefinite(i)));
    if (after && !sayingWords && !(after.kind === 'punct' && /^[.!?؟]$/.test(after.norm)) && !/\n/.test(text.slice(toks[endTok - 1]!.end, after.start))) return false;
    // (not a name after the head it names: "حسبما ذكرت صحيفة «نيويورك تايمز».")
    const prev = openTok - 1;
    if (prev >= 0 && v.isWord(prev) && !v.isDefinite(prev) && (v.has(lex.media, prev) || v.has(lex.institutions, prev))) return false;
    for (let i = prev, n = 0; i >= 0 && n < 4; i--, n++) {
      if (toks[i]!.kind === 'punct') return false;
      const c = v.cue(i);
      // (a cue that is no common word: not بين "between", طالب "a student")
      if (c && c.form !== 'part' && c.entry.colon && !c.entry.slogan && (c.entry.stance === 'assert' || c.entry.stance === 'report') && (!c.entry.weak || SHORT_SAYING_WEAK.has(c.entry.lemma))) return true;
    }
    return false;
  };

  for (const m0 of marks) {
    if (m0.depth !== 0) continue;
    let m = m0;
    const openTok = doc.tokenAt(m.open);
    if (openTok >= T || toks[openTok]!.start !== m.open) continue;
    let endTok = m.closed ? doc.tokenAt(m.close) + 1 : doc.tokenAt(m.close);
    if (!m.closed) {
      // a quotation left open (the closing mark forgotten) ends before a sentence that opens with a
      // new report: '... "لا شك أن ... والمنة. وأضاف أن ...'
      for (let i = openTok + 2; i + 1 < Math.min(endTok, T); i++) {
        if (v.isPunct(i, '.') && v.isWord(i + 1) && v.norm(i + 1) !== v.noConj(i + 1) && v.cue(i + 1)?.form === 'past') {
          m = { ...m, close: toks[i]!.end, cEnd: toks[i]!.end };
          endTok = i + 1;
          break;
        }
      }
    }
    let words = 0;
    let sentencePunct = false;
    for (let i = openTok + 1; i < Math.min(endTok, T); i++) {
      if (v.isWord(i) || toks[i]!.kind === 'number') words++;
      else if (toks[i]!.kind === 'punct' && (toks[i]!.norm === '.' || toks[i]!.norm === ',' || toks[i]!.norm === '?' || toks[i]!.norm === ';') && (i + 1 >= T || toks[i + 1]!.start > toks[i]!.end)) sentencePunct = true;
    }
    const prev = openTok - 1;
    const afterColon = prev >= 0 && v.isPunct(prev, ':');
    let cls: SpanClass = 'quote';
    if (!m.closed && !afterColon && !(prev >= 0 && v.isComplementizer(prev)) && words < 8) continue; // a stray mark
    let slogan = false;
    // (a cue of the same sentence: "… التي يسيطر 【عليها】 المتمردون. واضاف «…»" is no banner)
    for (let i = openTok - 1; i >= Math.max(0, openTok - 4); i--) {
      if (toks[i]!.kind === 'punct' && (toks[i]!.norm === '.' || toks[i]!.norm === '!' || toks[i]!.norm === '?')) break;
      if (v.has(lex.sloganCues, i) || v.cue(i)?.entry.slogan) slogan = true;
    }
    if (slogan) cls = 'slogan';
    else if (words <= 3 && !sentencePunct) cls = afterColon || shortSaying(openTok, Math.min(endTok, T), words) ? 'short' : 'mention';
    else if (words <= 7 && !sentencePunct && prev >= 0 && !afterColon && (v.has(lex.mentionCues, prev) || v.prepSplit(prev) !== null || (prev >= 1 && v.has(lex.mentionCues, prev - 1) && v.isDefinite(prev)))) cls = 'mention';
    const q: QSpan = { m, cls, openTok, endTok: Math.min(endTok, T), words, used: false };
    const si = spans.push(q) - 1;
    if (cls === 'quote' || cls === 'short') {
      spanAtOpen[openTok] = si;
      for (let i = openTok + 1; i < q.endTok; i++) insideQuote[i] = si;
    } else {
      for (let i = openTok; i < q.endTok; i++) {
        v.mentionEnd[i] = q.endTok;
        v.mentionStart[i] = openTok;
      }
      if (cls === 'slogan' && opts.keepSlogans) spanAtOpen[openTok] = si;
    }
  }

  const out: Quote[] = [];
  const ctx: Context = { speaker: null, via: 'explicit', sent: -1000, speakerSent: -1000 };
  const tokSpanText = (s: number, e: number) => ({ start: toks[s]!.start, end: toks[e - 1]!.end, text: text.slice(toks[s]!.start, toks[e - 1]!.end) });

  const emit = (q: Omit<Quote, 'id'>) => {
    if (q.end <= q.start || !q.text.trim()) return;
    out.push({ id: '', ...q });
  };

  /** Direct quotation from a mark span. */
  const directFrom = (sp: QSpan, base: Omit<Quote, 'id' | 'kind' | 'start' | 'end' | 'text'>) => {
    sp.used = true;
    emit({ kind: 'direct', start: sp.m.cStart, end: sp.m.cEnd, text: text.slice(sp.m.cStart, sp.m.cEnd), ...base, ...(sp.cls === 'slogan' ? { slogan: true } : {}) });
  };

  /**
   * A participle cue at j with a colon or a whole quotation right after it, which opens a report of its own ("موضحا: «…»");
   * not a quoted fragment of the clause it stands in ("خرجوا مطالبين «بإسقاط النظام» ورحيل الحكومة").
   */
  const participleOpensQuote = (j: number, lim: number): boolean =>
    v.isWord(j) && v.cue(j)?.form === 'part' && j + 1 < lim && (v.isPunct(j + 1, ':') || (spanAtOpen[j + 1]! >= 0 && spans[spanAtOpen[j + 1]!]!.cls === 'quote'));

  /** End (exclusive token) of an indirect clause starting at `from`. */
  const clauseEnd = (from: number, se: number, nominal = false): number => {
    const lim = Math.min(se, from + MAX_INDIRECT);
    let j = from;
    for (; j < lim; j++) {
      // a noun-phrase content ("وجود شح في الوقود") ends where a new clause or report begins: "لكن وزير النفط
      // اعترف …", "… حتى الآن وقال …", "فيما نوه …", "كما أكد …"
      if (nominal && j > from + 1 && v.isWord(j)) {
        const nc = v.noConj(j);
        // (not "فيما يتعلق / يخص", "regarding"; not a homograph with و: "وبين الأطراف" is "and between")
        if ((lex.nominalEnds.has(nc) && !(j + 1 < lim && lex.nominalEndsNotBefore.has(v.noConj(j + 1)))) || (v.isCue(j) && v.norm(j) !== nc && !lex.homographs.has(nc)) || (nc === 'كما' && j + 1 < lim && v.isCue(j + 1))) return j;
      }
      // a participle cue with a colon or a quotation mark right after it opens a report of its own: "وأعرب عن رضاه عن
      // المعسكر 【موضحا:】 «…»"
      // (with the verb it carries: "وتابع قائلا:")
      if (j > from && participleOpensQuote(j, lim)) return j - 1 > from && v.isCue(j - 1) && v.cue(j - 1)!.form !== 'part' ? j - 1 : j;
      const sp = spanAtOpen[j]!;
      if (sp >= 0) {
        const prev = j - 1;
        if (prev >= from && toks[prev]!.kind === 'punct' && (toks[prev]!.norm === ';' || toks[prev]!.norm === '.' || toks[prev]!.norm === '?' || toks[prev]!.norm === '!')) return prev;
        spans[sp]!.used = true; // a partial quotation inside the clause
        j = spans[sp]!.endTok - 1;
        continue;
      }
      if (v.isPunct(j, ';')) return j;
      if (v.isPunct(j, ',') && j + 1 < lim && v.isCue(j + 1) && v.cue(j + 1)!.entry.weak === false) return j;
      if (v.isPunct(j, ',') && j + 1 < lim && v.isCue(j + 1) && (v.cue(j + 1)!.form === 'part' || v.norm(j + 1) !== v.noConj(j + 1))) return j;
    }
    return Math.max(j, from);
  };

  /** Quote from token range [s, e), trimmed of punctuation and marks at both ends. */
  const rangeQuote = (s: number, e: number): { start: number; end: number; text: string } | null => {
    while (s < e && toks[s]!.kind === 'punct') s++;
    while (e > s && toks[e - 1]!.kind === 'punct') e--;
    if (e <= s) return null;
    let words = 0;
    for (let i = s; i < e; i++) if (v.isWord(i)) words++;
    if (words < 2) return null;
    return tokSpanText(s, e);
  };

  /**
   * A listener phrase that stops inside a name of the entities layer (an outlet spelled with its letters, whose "إن" reads
   * as a complementizer: "لشبكة سي إن إن", "سي. إن. إن."): the phrase runs to the name's end, with a nisba right after it
   * ("لشبكة سي إن إن الأمريكية إن …").
   */
  const throughEntity = (np: NP, se: number): NP => {
    const last = toks[np.e - 1]!;
    const ent = idx.entitiesIn(last.start, last.end).find((x) => x.end > last.end && x.start < last.end && (x.type === 'ORG' || x.type === 'MISC'));
    if (!ent) return np;
    let e = np.e;
    while (e < se && toks[e]!.start < ent.end) e++;
    // (the final dot of a dotted acronym, glued to its last letter)
    if (e < se && v.isPunct(e, '.') && toks[e]!.start === toks[e - 1]!.end && e + 1 < se) e++;
    if (e < se && v.isWord(e) && v.isDefinite(e) && /(?:ي|يه)$/.test(v.norm(e))) e++;
    return { ...np, e };
  };

  /** The listener or medium after the subject: لوكالة الأنباء الفرنسية، في حوار مع ...، أمام البرلمان. */
  const findListener = (from: number, se: number, entry: CueEntry): { listener?: Quote['listener']; next: number } => {
    let j = from;
    // (خلال / أثناء only before a time word: before an occasion they open a setting the content search passes over,
    // "وأضاف خلال زيارة إلى ماليزيا «…»")
    while (j < se && (v.has(lex.fillers, j) || v.isCircumstantial(j) || (v.isTime(j) && !(DURING.has(v.norm(j)) && j + 1 < se && !v.isTime(j + 1))))) j++;
    const mk = (np: NP | null): Quote['listener'] | undefined => {
      if (!np) return undefined;
      const r = speakerRef(v, idx, np);
      const head = np.nameS >= 0 ? toks[np.nameE - 1]!.end : toks[np.s]!.end;
      const actor = idx.actorAtHead(np.nameS >= 0 ? toks[np.nameS]!.start : r.start, head) ?? idx.mediaIn(r.start, r.end);
      return { start: r.start, end: r.end, text: r.text, ...(actor ? { actor } : {}) };
    };
    for (let steps = 0; steps < 3 && j < se; steps++) {
      if (entry.object && steps === 0 && v.isWord(j) && !v.isStop(j) && !v.isComplementizer(j) && !v.prepSplit(j) && !v.isCue(j) && !entry.preps.includes(v.noConj(j))) {
        const np = subjectAfter(v, j, se, false);
        if (np) return { listener: mk(np), next: np.e };
      }
      const n = v.norm(j);
      const pre = v.prepSplit(j);
      if (pre?.prep === 'ل' || (toks[j]!.kind === 'word' && n === 'ل')) {
        const np0 = n === 'ل' ? subjectAfter(v, j + 1, se, false, false) : subjectAfter(v, j, se, false, true);
        const np = np0 && throughEntity(np0, se);
        if (np) return { listener: mk(np), next: np.e };
        return { next: j };
      }
      if ((n === 'في' || DURING.has(n)) && j + 1 < se && (v.has(lex.settings, j + 1) || settingStem(v, j + 1))) {
        // في حوار مع X / في تصريح لـ X / في مؤتمر صحفي
        let k = j + 2;
        // (the setting ends before a verbal noun of the content: "أكدت المديرية في بيان لها 【إحالة】 جميع الممارسين")
        while (k < se && k < j + 5 && v.isWord(k) && v.norm(k) !== 'ل' && !v.isStop(k) && !v.prepSplit(k) && !v.isComplementizer(k) && !(k > j + 2 && v.contentHead(k))) k++;
        if (k < se && (v.norm(k) === 'مع' || v.norm(k) === 'ل')) {
          const np = subjectAfter(v, k + 1, se, false);
          if (np) return { listener: mk(np), next: np.e };
        }
        if (k < se && v.prepSplit(k)?.prep === 'ل') {
          const np = subjectAfter(v, k, se, false, true);
          if (np) return { listener: mk(np), next: np.e };
        }
        return { next: k };
      }
      if (entry.listen.includes(n) || n === 'امام') {
        const np = subjectAfter(v, j + 1, se, false);
        if (np) return { listener: mk(np), next: np.e };
      }
      break;
    }
    return { next: j };
  };

  /**
   * A short prepositional phrase between the cue phrase and a quotation: the setting or the outlet
   * ('وقال النائب في تعليقه على البيان "..."', 'وقال في تصريح إلى "الوطن" "..."'). Words only (a
   * quoted name may stand among them), at most six, starting with a preposition; the quotation is a
   * full one (four words or more). Before a quotation of six words or more that ends the sentence, up to
   * sixteen words, and the first may be a word the listener left (docs/quotes.md *Session 20*).
   */
  const settingBefore = (from: number, markTok: number, span: QSpan, se: number): boolean => {
    // (a longer setting only before a quotation of six or more words that ends the sentence: "وقال X في مؤتمر صحافي
    // عقده في الصين حيث يقوم الفريق بجولة آسيوية «…».")
    const closesSentence = span.words >= 6 && (span.endTok >= se || (v.isPunct(span.endTok, '.') || v.isPunct(span.endTok, '!')));
    if (span.cls !== 'quote' || span.words < 4 || markTok - from > (closesSentence ? 16 : 6) || markTok <= from) return false;
    // (or a word or two left of the listener before a quotation that ends the sentence: "لتمويل 【الشركات】 «…».")
    if (!v.isWord(from) || !(v.isStop(from) || v.prepSplit(from) || (closesSentence && markTok - from <= 2))) return false;
    for (let x = from; x < markTok; x++) {
      if (v.mentionEnd[x]! >= 0) {
        x = v.mentionEnd[x]! - 1;
        continue;
      }
      if (!v.isWord(x) || v.isCue(x) || v.isComplementizer(x)) return false;
    }
    return true;
  };

  /**
   * A description of the speaker between the subject and a quotation that ends the sentence, with no colon: an
   * apposition, an age or a relative clause ("وقال باندانا باخلا مفوض الشرطة المحلي "…""، "وقال الطالب زياد طارق (24
   * عاما) «…»"، "يقول ناصر ودادي، الخبير في شؤون الشرق الأوسط، الذي يعد ورقة بحثية «…»"). Only words, numbers, commas,
   * parentheses and dashes between; no أن / إن and no report verb (one right after a relative pronoun is the
   * relative clause's); the quotation is a sentence of four words or more that closes the writer's sentence.
   */
  const descriptionBefore = (from: number, markTok: number, span: QSpan, se: number): boolean => {
    if (span.cls !== 'quote' || span.words < 4 || markTok <= from || markTok - from > 24) return false;
    // (a preposition right before the mark makes it part of another phrase: "أعرب X عن «…»"، "دعمه لـ«المبادرة …»")
    const before = markTok - 1;
    if (v.isWord(before) && (v.isStop(before) || v.norm(before).length === 1)) return false;
    if (!(span.endTok >= se || v.isPunct(span.endTok, '.') || v.isPunct(span.endTok, '!') || v.isPunct(span.endTok, '?'))) return false;
    for (let x = from; x < markTok; x++) {
      if (v.mentionEnd[x]! >= 0) {
        x = v.mentionEnd[x]! - 1;
        continue;
      }
      const t = toks[x]!;
      if (t.kind === 'punct') {
        if (!DESCRIPTION_PUNCT.has(t.norm) && !v.dottedJoin(x)) return false;
        continue;
      }
      if (v.isComplementizer(x) || (v.isCue(x) && !(x > from && RELATIVES.has(v.noConj(x - 1))))) return false;
    }
    return true;
  };

  /** The verb at j opens a relative clause: right after الذي / التي, or after لم / لا / قد that follows one. */
  const relativeVerb = (j: number): boolean => j > 0 && (RELATIVES.has(v.noConj(j - 1)) || (j > 1 && /^(?:لم|لا|قد|لن)$/.test(v.norm(j - 1)) && RELATIVES.has(v.noConj(j - 2))));
  /** A complementizer right after a comma between j and lim, with no sentence break before it: the cue's own clause. */
  const clauseAfterComma = (j: number, lim: number): boolean => {
    for (let x = j + 1; x < lim; x++) {
      if (v.isPunct(x, '.') || v.isPunct(x, ';') || v.isPunct(x, ':')) return false;
      if (v.isComplementizer(x) && v.isPunct(x - 1, ',')) return true;
    }
    return false;
  };

  /** A plain report verb (قال، أضاف، أوضح، ذكر) whose quotation may follow a description of its speaker. */
  const describes = (entry: CueEntry): boolean => entry.colon && entry.clause && !entry.object && !entry.charge && (entry.stance === 'assert' || entry.stance === 'report');

  /** The next quotation from j (before lim) opens after a description of the speaker from `from` (descriptionBefore). */
  const quoteAfterDescription = (from: number, j: number, lim: number, se: number): boolean => {
    for (let x = j; x < lim; x++) {
      const sp = spanAtOpen[x]!;
      if (sp >= 0) return !spans[sp]!.used && descriptionBefore(from, x, spans[sp]!, se);
    }
    return false;
  };

  /** The next quotation from j (before lim) opens after a setting phrase from `from` (settingBefore). */
  const quoteAfterSetting = (from: number, j: number, lim: number, se: number): boolean => {
    for (let x = j; x < lim; x++) {
      const sp = spanAtOpen[x]!;
      if (sp >= 0) return !spans[sp]!.used && settingBefore(from, x, spans[sp]!, se);
      if (!v.isWord(x)) return false;
    }
    return false;
  };

  /** A quotation a few setting words after a quoted name (no cue, أن or sentence end between), not yet used. */
  const statementAfterName = (from: number, se: number): QSpan | null => {
    for (let k = from, n = 0; k < se && n < 10; k++, n++) {
      const sp = spanAtOpen[k]!;
      if (sp >= 0) {
        const span = spans[sp]!;
        return !span.used && span.cls === 'quote' && span.words >= 4 ? span : null;
      }
      if (v.isPunct(k, '.') || v.isCue(k) || v.isComplementizer(k)) return null;
    }
    return null;
  };

  /** The word at i without its conjunction and pronoun (اسمه → اسم, سيلينا → سيلي), from the clitic layer. */
  const pronounBase = (i: number): string => {
    const w = toks[i]!.words;
    return w ? w.filter((x) => x.role !== 'pron' && x.role !== 'conj').map((x) => x.norm).join('') : v.noConj(i);
  };
  /** A base that, with its pronoun after a cue, is the cue's object or a preposition (قوله، اسمه، خلاله), not a name. */
  const objectBase = (base: string): boolean => base.length < 3 || PRONOUN_OBJECT_BASES.has(base) || lex.settings.has(base) || lex.statementNouns.has(base);
  /** The content opens at token j: أن / إن, a colon, or a quotation mark. */
  const contentOpens = (j: number): boolean => v.isComplementizer(j) || v.isPunct(j, ':') || spanAtOpen[j]! >= 0;

  /**
   * A noun with a possessive pronoun that is not a person (اسمه، رأيه): after a cue word it makes the
   * cue a verbal noun with its object ("رافضاً ذكر اسمه"). Kin and titles with a pronoun speak (قال والده).
   */
  const objectNoun = (i: number): boolean => {
    if (i >= T || !v.isWord(i) || !v.hasPronoun(i) || v.isComplementizer(i) || v.isStop(i) || lex.resumptive.has(v.norm(i)) || honorificAt(i, v.cue(i - 1)?.entry.object === true)) return false;
    const base = pronounBase(i);
    // right before أن / a colon / a quotation an unknown word is the subject, a name the clitic layer split
    // ("وأضافت سيلينا أنها": سيلي + نا; "وأضاف زاده أن"), unless it is a noun of speech or a preposition
    // with its pronoun ("ويؤكد كلامه أنه", "طلب عدم كشف هويته أن", "أوضح خلاله أن")
    if (i + 1 < T && contentOpens(i + 1) && !objectBase(base) && !lex.words.has(base)) return false;
    const core = base.startsWith('ال') ? base.slice(2) : base;
    return core.length >= 2 && !lex.titles.has(core) && !lex.sources.has(core) && !lex.titles.has(core.replace(/ت$/, 'ه')) && !lex.sources.has(core.replace(/ت$/, 'ه'));
  };

  /** The first token from i that is no time word ("أمس", "اليوم"). */
  /** An إن of reported speech (written with its hamza below) within ten words from i (not the first), before any other
   * cue or stop. */
  const innaAhead = (i: number, se: number): boolean => {
    for (let k = i; k < se && k < i + 10; k++) {
      if (toks[k]!.kind === 'punct' && toks[k]!.norm !== ',') return false;
      if (!v.isWord(k)) continue;
      // (not "حيث إن", because, right after حيث)
      if (v.isComplementizer(k)) return k > i && /^[وف]?إن/.test(toks[k]!.text);
      if (v.isCue(k)) return false;
    }
    return false;
  };
  const pastTime = (i: number, se: number): number => {
    // (a time word between commas too: "وأعلن الجيش، الأحد، مقتل …"; and fillers: "وأكد المرصد 【من جهته】 وجود …",
    // "وأكدت العائلة 【أيضا】 وفاته")
    const skippable = (j: number) => j < se && (v.isTime(j) || v.has(lex.fillers, j) || (v.norm(j) === 'من' && j + 1 < se && v.has(lex.fillers, j + 1)));
    for (;;) {
      let j = i;
      if (j < se && v.isPunct(j, ',') && j + 1 < se && skippable(j + 1)) j++;
      if (!skippable(j)) return i;
      while (skippable(j)) j++;
      if (j < se && v.isPunct(j, ',')) j++;
      i = j;
    }
  };
  /** An indefinite nisba adjective at i ("طالب بريطاني"): the word before it is a noun. */
  const nisbaAt = (i: number): boolean => i < T && v.isWord(i) && !v.isDefinite(i) && v.norm(i).length >= 4 && v.norm(i).endsWith('ي') && !v.perStart(i) && !v.isStop(i);
  /**
   * An أن / إن clause follows within the next words of the sentence, before another cue (not one joined by و: "تطالب
   * اللجنة باحترام استقلالية الحركة وأن يكون التحكيم …" goes on with the content).
   */
  const clauseAhead = (from: number, se: number): boolean => {
    for (let j = from; j < se && j < from + 12; j++) {
      if (v.isComplementizer(j)) return v.norm(j) === v.noConj(j);
      if (v.isPunct(j, '.') || (j > from && v.isCue(j))) return false;
    }
    return false;
  };

  /** Token i is a word whose first proclitic after a conjunction is one of `preps` (بشن = ب + شن; not بحاح, a name). */
  const attachedPrep = (i: number, preps: readonly string[]): boolean => {
    // (a known name with the preposition is a setting: "وعد دي بلازيو بنيويورك"; a person's name may begin with ب: "بسام")
    if (i >= T || !v.isWord(i) || v.mentionEnd[i]! >= 0 || v.perStart(i)) return false;
    const pre = v.prepSplit(i);
    // a setting, an attribution or a function word with the preposition is no content ("بمناسبة", "بحضور", "بحسب", "بذلك")
    const rest = pre ? pre.rest.replace(/^ال/, '') : v.norm(i).slice(1);
    // (nor an affiliation: "الناطق الإعلامي بمديرية الدفاع المدني", "بوزارة الصحة")
    if (lex.notContent.has(rest) || lex.institutions.has(rest) || lex.media.has(rest) || lex.settings.has(rest) || lex.sources.has(rest) || lex.titles.has(rest) || lex.attributionFirst.has(v.norm(i)) || lex.fillers.has(rest) || v.isStop(i)) return false;
    const ws = toks[i]!.words;
    // a word the clitic analysis left whole because its stem has two letters ("بشن", "برد"); longer unsplit words are
    // words of their own ("بعض", "بيان")
    if (!ws || ws.length < 2) return v.norm(i).length === 3 && lex.shortNouns.has(v.norm(i).slice(1)) && preps.some((p) => p.length === 1 && v.norm(i)[0] === p);
    // (a conjunction before it begins another clause: "وبالأمس")
    const first = ws[0]!;
    return first.role === 'prep' && preps.includes(first.norm) && ws.some((w) => w.role === 'stem' && w.norm.length >= 2);
  };

  /**
   * The tokens from `a` to `b` are an apposition between commas after the subject ("وأعلن عز الدين الأصبحي، وزير حقوق
   * الإنسان اليمني أمس، عن بدء …"): a comma at `a` and right before `b`, at most eight words between, no other mark.
   */
  const appositionBetween = (a: number, b: number): boolean => {
    if (b - a < 3 || b - a > 10 || !v.isPunct(a, ',') || !v.isPunct(b - 1, ',')) return false;
    for (let i = a + 1; i < b - 1; i++) if (!v.isWord(i) || v.isCue(i) || v.isComplementizer(i)) return false;
    return true;
  };

  /** A reporting verb with an object pronoun (ذكرته، أعلنتها، نقلته): the attribution's verb. */
  const cueWithObject = (i: number): boolean => {
    const n = v.noConj(i);
    for (const p of ['ها', 'ه']) if (n.length > p.length + 2 && n.endsWith(p) && lex.cue(n.slice(0, -p.length))?.form === 'past') return true;
    return false;
  };

  /**
   * A verb with its object pronoun after حسبما، وفق ما that can report what it refers to: a cue or a verb of issuing a
   * statement once the pronoun (and a feminine ت) is off ("وفق ما بثته الوكالة"), or another past form ("حسبما تناقلته
   * وكالات الأنباء"); not an imperfect, which states a rule or a means ("وفق ما يحدده المجلس"، "وفق ما تتيحه التقنيات").
   */
  const reportedIt = (i: number): boolean => {
    const n = v.noConj(i);
    for (const p of ['هما', 'هم', 'ها', 'ه']) {
      if (!(n.length > p.length + 1 && n.endsWith(p))) continue;
      const stem = n.slice(0, -p.length);
      for (const st of stem.endsWith('ت') ? [stem, stem.slice(0, -1)] : [stem]) if (lex.cue(st) || lex.issueVerbs.has(st)) return true;
      // (an imperfect: ي / ن, or ت without the ت of a feminine past at its end)
      return !(/^[ين]/.test(stem) || (stem.startsWith('ت') && !stem.endsWith('ت')));
    }
    return false;
  };

  /**
   * The cue at k is a plural verb (يقولون، قالوا، يرون) right after an indefinite sound plural (ـون / ـين) that opens its
   * clause after لكن، غير أن، إلا أن، بينما or a conjunction: an explicit subject of people ("لكن منتقدين يقولون").
   */
  const pluralSubjectBefore = (k: number, ss: number): boolean => {
    const c = v.noConj(k);
    if (!/(?:ون|وا)$/.test(c) || k - 1 <= ss || !v.isWord(k - 1)) return false;
    const w = v.norm(k - 1);
    if (w.startsWith('ال') || !/^[^\s]{3,}(?:ون|ين)$/.test(w) || v.isStop(k - 1) || v.hasPronoun(k - 1) || v.mentionEnd[k - 1]! >= 0) return false;
    const p = v.noConj(k - 2);
    return v.isPunct(k - 2) || p === 'لكن' || p === 'ان' || p === 'بينما' || p === 'فيما' || (v.norm(k - 2) !== p && p === '');
  };

  /** A phrase that can be a speaker on its own: a title or source head, or a name the entity layer tags as a person. */
  const personLike = (np: NP | null): boolean => {
    if (!np || np.vague) return false;
    if (np.head === 'title' || np.head === 'source') return true;
    if (np.nameS >= 0 && idx.entitiesIn(toks[np.nameS]!.start, toks[np.nameE - 1]!.end).some((e) => e.type === 'PER')) return true;
    // kin or a title with a pronoun ("ابنته دالما", "نجله"), an organization ("أمانة العاصمة", "وزارة الصحة")
    if (toks[np.s]!.words && v.hasPronoun(np.s)) {
      const base = pronounBase(np.s);
      if (lex.sources.has(base) || lex.titles.has(base)) return true;
    }
    return v.has(lex.institutions, np.s);
  };

  /**
   * Whether the words of [from, to) are names only: each inside an entity of the entities layer, or a word joined by و
   * in a list of them ("الرضمة والسدة وحزم العدين"), the first one a name.
   */
  const namesOnly = (from: number, to: number): boolean => {
    if (from >= to || !v.isWord(from)) return false;
    for (let t = from; t < to; t++) {
      if (!v.isWord(t)) continue;
      const inName = idx.entitiesIn(toks[t]!.start, toks[t]!.end).some((e) => e.start <= toks[t]!.start && e.end >= toks[t]!.end - 1);
      // (a title before the name in the marks too: "وزير التعليم "【د.】 عزام الدخيل" أهمية …", "الأمير محمد بن نايف")
      if (!inName && !v.has(lex.titles, t) && (t === from || !/^و/.test(v.norm(t)))) return false;
    }
    return true;
  };

  /**
   * One or two words the entity layer did not tag, between a cue and the content it introduces (أن، إن،
   * a colon, a quotation mark): a name it does not know ("وأضافت سيلينا أنها", "وأضاف زاده أن"). Not a
   * filler, time word, function word, definite word, title, source or statement noun, or accusative adverb
   * (مجدداً); a final ها / ه may be part of the name (the clitic layer splits سيلينا, زاده).
   */
  const bareName = (i: number, se: number): NP | null => {
    const nameWord = (j: number) => {
      if (j >= se || !v.isWord(j) || v.isStop(j) || v.isCue(j) || v.isComplementizer(j) || v.isTime(j) || v.isDefinite(j) || v.prepSplit(j)) return false;
      if (v.has(lex.fillers, j) || v.has(lex.words, j) || v.has(lex.titles, j) || v.has(lex.sources, j) || v.has(lex.settings, j) || v.has(lex.statementNouns, j)) return false;
      const raw = toks[j]!.text;
      if (raw.length < 3 || /[\u064B\u064C\u064D]/.test(raw) || !/^[\u0621-\u064A]+$/.test(raw)) return false;
      // a word with a pronoun: a name the clitic layer split (سيلينا، زاده) or "some / one of them"; not a
      // preposition or a noun of speech with its pronoun (عنه، خلاله، قوله، اسمه، نتائجها)
      return !v.hasPronoun(j) || !objectBase(pronounBase(j));
    };
    const opens = (j: number) => j < se && contentOpens(j);
    if (!nameWord(i)) return null;
    if (opens(i + 1)) return { s: i, e: i + 1, nameS: i, nameE: i + 1, head: 'name', vague: false };
    if (nameWord(i + 1) && opens(i + 2)) return { s: i, e: i + 2, nameS: i, nameE: i + 2, head: 'name', vague: false };
    return null;
  };

  /** The sentence at ss opens with the topic particle أما, whose topic is the subject of the verb after it. */
  const topicAt = (ss: number): boolean => {
    let f = ss;
    while (f < toks.length && f < ss + 3 && toks[f]!.kind === 'punct') f++;
    return f < toks.length && toks[f]!.kind === 'word' && AMMA.test(toks[f]!.text);
  };

  /**
   * The first token from ss on (before k) past leading punctuation, fillers and particles: "بدوره، يؤيد ..."، "فقد تقدمت
   * ..."، "من جهته ..." (and the topic particle أما: "أما الشيخ عادل الكلباني، وهو الإمام السابق …، فقد غرد قائلا"; not
   * إما, "either").
   */
  const pastLead = (ss: number, k: number): number => {
    let f = ss;
    for (let guard = 0; f < k && guard < 6; guard++) {
      if (toks[f]!.kind === 'punct' || (v.isWord(f) && (v.has(lex.fillers, f) || v.norm(f) === 'و' || v.norm(f) === 'ف' || v.norm(f) === 'ثم' || v.norm(f) === 'كما' || AMMA.test(toks[f]!.text)))) f++;
      else if (f + 1 < k && v.openerLength(f) > 0) f += v.openerLength(f);
      // (a contrast that opens the clause: "【غير أن】 منظمات غير حكومية سارعت"، "إلا أن"، "بيد أن"، "لكن")
      else if (f + 2 < k && CONTRAST_HEADS.has(v.noConj(f)) && v.norm(f + 1) === 'ان') f += 2;
      else if (f + 1 < k && (v.norm(f) === 'لكن' || v.norm(f) === 'ولكن')) f++;
      else break;
    }
    return f;
  };

  /**
   * The subject of the verb opening the sentence before a participle cue at k, when it is person-like:
   * verb-first ("وزار قائد القوات اللواء X ...") or subject-first ("الوزير خلال الزيارة ...").
   */
  const mainSubject = (ss: number, k: number): NP | null => {
    let f = pastLead(ss, k);
    // "وكان ساركوزي شكك …": the subject between كان and its verb
    if (f + 1 < k && (v.noConj(f) === 'كان' || v.noConj(f) === 'كانت')) {
      const np = objectTrimmed(subjectAfter(v, f + 1, k, true), true);
      if (np && np.e < k && personLike(np) && !v.isStop(np.e)) return np;
    }
    // a short fronted phrase up to a comma: "في وقت لاحق، افتخرت شيرمان ..."
    if (f < k && v.isWord(f) && FRONTED_PREPS.has(v.norm(f))) {
      let c = f + 1;
      while (c < k && c <= f + 4 && v.isWord(c)) c++;
      if (c < k && v.isPunct(c, ',')) f = c + 1;
    }
    if (f >= k - 1 || !v.isWord(f)) return null;
    // (a verb may begin with ال: التقى، التزم — the clitic layer knows there is no article)
    const def = v.hasArticle(f);
    const demo = f + 2 < k && demonstrativeObject(f + 1);
    // ("عبر" is the verb عبّر when its عن follows the subject: "وعبر والد الشهيد فهد السبيعي، عن اعتزازه")
    const expressed = v.noConj(f) === 'عبر' && (() => {
      for (let j = f + 2; j < Math.min(k, f + 12); j++) if (v.norm(j) === 'عن') return true;
      return false;
    })();
    if (!def && (!v.isStop(f) || expressed) && (!v.isCue(f) || demo || v.cue(f)!.form === 'past') && !v.prepSplit(f) && !v.has(lex.words, f) && !v.isComplementizer(f)) {
      let a = f + 1;
      // the verb's object before its subject: "أكد ذلك لـ«عكاظ» عبدالله الأحمري"، "أوضح ذلك محمد العقيل"
      if (demo) {
        a++;
        const lead = leadListener(a, k);
        a = lead ? lead.next : pastQuotedOutlet(a, k);
      }
      // the verb's object before its subject, a definite noun before a title in construct: "وحضر 【الحفل】 رئيس الاتحاد"
      if (a + 1 < k && v.isDefinite(a) && !v.isDefinite(a + 1) && v.has(lex.titles, a + 1) && !v.has(lex.titles, a) && !v.has(lex.sources, a) && !v.has(lex.institutions, a) && !v.has(lex.media, a)) a++;
      // an honorific pronoun (أعرب سموه) is resolved by the report before, not here
      if (a < k && honorificAt(a, false)) return null;
      // (a count before a body: "ونددت 【19】 منظمة غير حكومية … مؤكدة")
      if (a + 1 < k && toks[a]!.kind === 'number' && v.has(lex.institutions, a + 1)) a++;
      // (a definite word with ب after it that names no body is the verb's complement: "ونددت منظمة العفو الدولية 【بالشروط】
      // الجديدة، مؤكدة")
      const np = wholeNameEnds(objectTrimmed(subjectAfter(v, a, k, true, false, ['ب'])));
      // (an outlet speaks too: "وتصف الصحيفة حال الأسد قائلة"; so does a state before a feminine participle: "وشنت
      // تركيا سلسلة من الغارات، 【مشيرة】 إلى أنها تستهدف …")
      if (personLike(np) || (np && !np.vague && np.e - np.s <= 3 && v.has(lex.media, np.s))) return np;
      if (np && !np.vague && np.e - np.s <= 3 && /[ةه]$/.test(v.noConj(k))) {
        const state = idx.actorMentionsIn(toks[np.s]!.start, toks[np.e - 1]!.end).find((m) => m.actor.kind === 'country' && m.via !== 'nisba');
        // (the whole name: "استنكرت 【مملكة البحرين】 …، معتبرة")
        if (state) return { s: Math.min(np.s, v.doc.tokenAt(state.start)), e: Math.max(np.e, v.doc.tokenAt(state.end - 1) + 1), nameS: -1, nameE: -1, head: 'name', vague: false };
      }
    }
    if (v.has(lex.titles, f) || v.has(lex.sources, f)) {
      const np = objectTrimmed(subjectAfter(v, f, k, true));
      if (personLike(np)) return np;
    }
    // (subject first, a body: "غير أن 【منظمات غير حكومية】 سارعت إلى التنديد …، مؤكدة"; the phrase ends before the first
    // word that is neither definite, nor a nisba, nor غير before one: its verb)
    if (v.has(lex.institutions, f)) {
      const np = objectTrimmed(subjectAfter(v, f, k, true));
      if (!np || !personLike(np)) return null;
      // (never inside a name an actor mention covers: "منظمة 【هيومن رايتس ووتش】 سارعت", "حركة حماس")
      const coverEnd = new Int32Array(np.e - np.s);
      for (const m of idx.actorMentionsIn(toks[np.s]!.start, toks[np.e - 1]!.end)) {
        const a = v.doc.tokenAt(m.start);
        const b = v.doc.tokenAt(m.end - 1) + 1;
        for (let t = Math.max(a, np.s); t < Math.min(b, np.e); t++) coverEnd[t - np.s] = Math.max(coverEnd[t - np.s]!, Math.min(b, np.e));
      }
      let e = Math.max(np.s + 1, coverEnd[0]!);
      while (e < np.e && v.isWord(e)) {
        if (coverEnd[e - np.s]! > e) e = coverEnd[e - np.s]!;
        else if (v.isDefinite(e) || looksNisba(v.norm(e))) e++;
        else if (v.norm(e) === 'غير' && e + 1 < np.e && looksNisba(v.norm(e + 1))) e += 2;
        else break;
      }
      e = Math.min(e, np.e);
      return e < np.e ? { ...np, e, nameS: np.nameS >= e ? -1 : np.nameS, nameE: np.nameS >= e ? -1 : Math.min(np.nameE, e) } : np;
    }
    return null;
  };

  /** An envoy's posting between the subject and the cue's preposition: "سفير خادم الحرمين الشريفين 【لدى الأردن】 على". */
  const postingBetween = (from: number, j: number): boolean => j - from >= 2 && j - from <= 3 && v.norm(from) === 'لدي' && v.isWord(from + 1);
  /**
   * An indefinite noun in construct with a definite word after على right after the subject: the content of a cue that
   * takes على ("أكد السفير على 【متانة العلاقة】 بين البلدين"), unless the noun makes an adverbial (guards.onAdverbials:
   * على هامش، على صعيد) or names someone (a title, an institution, a name), the subject is an office over a field that
   * على completes ("المشرف العام 【على مهرجان الجنادرية】 أن"), or a clause with أن / إن follows (its content).
   */
  const constructContent = (j: number, se: number, subject: NP | null): boolean => {
    if (j + 1 >= se || !v.isWord(j) || !v.isWord(j + 1) || v.isDefinite(j) || v.prepSplit(j) || v.hasPronoun(j) || v.isStop(j) || v.isCue(j)) return false;
    if (v.has(lex.onAdverbials, j) || v.has(lex.titles, j) || v.has(lex.sources, j) || v.has(lex.institutions, j) || v.has(lex.media, j) || v.perStart(j)) return false;
    if (subject) for (let x = subject.s; x < subject.e; x++) if (v.isWord(x) && v.has(lex.overTitles, x)) return false;
    return v.isDefinite(j + 1) && !v.perStart(j + 1) && !clauseAhead(j + 2, se);
  };

  /**
   * The token after a relative clause that withholds the speaker's name at j ("الذي رفض الكشف عن اسمه"، "التي طلبت عدم
   * ذكر هويتها", ending in اسم / هوية with a pronoun, up to eight words, then the content: a colon, a quotation mark or
   * أن / إن), else j.
   */
  const pastAnonymity = (j: number, se: number): number => {
    let a = j;
    const comma = a < se && v.isPunct(a, ',');
    if (comma) a++;
    if (a < se && RELATIVES.has(v.norm(a))) a++;
    // (a relative pronoun or a comma opens it, or a verb of asking or refusing right after an indefinite source:
    // "مصدر أمني 【طلب】 عدم ذكر اسمه")
    if ((a === j && !(a < se && ANONYMITY_VERBS.has(v.norm(a)))) || a >= se) return j;
    for (let x = a; x < se && x <= a + 7; x++) {
      if (!v.isWord(x) || v.isComplementizer(x)) return j;
      if (/^(?:اسم|اسماي|اسماء|هويت|هويات)(?:ه|ها|هم|هما)$/.test(v.norm(x))) {
        // (a clause opened by a comma closes with one)
        if (comma && !(x + 1 < se && v.isPunct(x + 1, ','))) return j;
        return x + 1 < se && v.isPunct(x + 1, ',') ? x + 2 : x + 1;
      }
    }
    return j;
  };

  /**
   * A verb's subject ends with a person entity of two words or more: the word after it is the verb's object ("وأرجع
   * وزير الدفاع لويس كارلوس فيليجاس 【حادث】 التحطم إلى …").
   */
  const wholeNameEnds = (np: NP | null): NP | null => {
    if (!np || np.nameS < 0) return np;
    const nameStart = toks[np.nameS]!.start;
    const ent = idx.entitiesIn(nameStart, toks[np.e - 1]!.end).find((e) => e.type === 'PER' && e.start === nameStart);
    if (!ent || ent.end >= toks[np.e - 1]!.end) return np;
    let e = np.nameS + 1;
    while (e < np.e && toks[e]!.end <= ent.end) e++;
    // (a noun in construct with a definite word, not a last name the entity left out: "صادق زيبا 【كلام】، مستشار")
    const construct = e + 1 < T && v.isWord(e + 1) && v.isDefinite(e + 1) && !v.perStart(e + 1);
    return e - np.nameS >= 2 && e < np.e && v.isWord(e) && !v.isDefinite(e) && construct ? { ...np, e, nameE: Math.min(np.nameE, e) } : np;
  };

  /**
   * The subject of the sentence's first verb before a cue at k (mainSubject), else of the verb opening the last
   * clause joined by "، و" before it: "وتحطمت المروحية في منطقة نائية، 【وأرجع وزير الدفاع لويس فيليجاس】 الحادث إلى
   * سوء الأحوال الجوية، وقال إن …".
   */
  const clauseSubject = (ss: number, k: number): NP | null => {
    const np = mainSubject(ss, k);
    if (np) return np;
    for (let c = k - 2; c > ss + 1; c--) {
      if (!v.isPunct(c - 1, ',') || !v.isWord(c)) continue;
      // (a verb: not a coordinated title or name, "، 【وصاحب】 السمو الملكي الأمير …")
      const verbLike = v.norm(c) !== v.noConj(c) && v.noConj(c).length >= 3 && !v.hasArticle(c) && !v.has(lex.titles, c) && !v.has(lex.sources, c) && !v.has(lex.institutions, c) && !v.has(lex.media, c) && !v.perStart(c);
      return verbLike ? mainSubject(c, k) : null;
    }
    return null;
  };

  /**
   * The subject of a verb that is no report, without the object after it. A word that cannot start a name
   * (with a pronoun, a definite word, a statement, setting or abstract noun) after a title that no person
   * entity covers is the object ("بادل معالي مدير الأمن العام رسالة", "هنأ الدكتور X منسوبي الهيئة"); a
   * name ends with its person entity when a word with a pronoun or a statement, setting or abstract noun
   * follows it ("الرئيس أوباما وإدارته", "بيلسا خطاب"); `atVerb`: the phrase stands before its verb, so the
   * entity's end is the name's ("وكان ساركوزي شكك").
   */
  const objectTrimmed = (np: NP | null, atVerb = false): NP | null => {
    if (!np || np.nameS < 0) return np;
    const objectWord = (j: number) => v.hasPronoun(j) || v.isDefinite(j) || v.has(lex.words, j) || v.has(lex.statementNouns, j) || v.has(lex.nonAgents, j);
    const nameStart = toks[np.nameS]!.start;
    const ent = idx.entitiesIn(nameStart, toks[np.nameE - 1]!.end).find((e) => e.type === 'PER' && e.start <= nameStart && e.end > nameStart);
    if (!ent) return np.nameS > np.s && objectWord(np.nameS) ? { ...np, e: np.nameS, nameS: -1, nameE: -1 } : np;
    if (ent.end >= toks[np.e - 1]!.end) return np;
    let e = np.nameS + 1;
    while (e < np.e && toks[e]!.end <= ent.end) e++;
    // (a title after the name is its apposition, and a definite word may be a family name the entity left out)
    const cut = atVerb || v.hasPronoun(e) || v.has(lex.statementNouns, e) || v.has(lex.settings, e) || v.has(lex.nonAgents, e);
    return cut ? { ...np, e, nameE: Math.min(np.nameE, e) } : np;
  };

  /**
   * For a report with a dropped subject and no earlier speaker: the person subject of the first verb of
   * one of the two sentences before (sentence sIdx holds the cue k), when the report (a past verb) opens
   * its clause and its content follows at once.
   */
  const previousSubject = (sIdx: number, k: number): NP | null => {
    // (the cue opens its sentence, after a filler or a short fronted phrase closed by a comma: "وعن ذلك، قالت:")
    let f = pastLead(sentStart[sIdx]!, k);
    if (f < k && k - f <= 4 && v.isPunct(k - 1, ',') && FRONTED_TOPIC_PREPS.has(v.noConj(f))) f = k;
    if (!(k === sentStart[sIdx] || f === k || (v.norm(k) !== v.noConj(k)))) return null;
    // only with nothing between the cue and the content: "وذكر بأن"، "وأشار إلى أن"، "وأضاف:", or a setting of two or
    // three words ("وقال 【في تصريح له】 إن")
    let n = k + 1;
    // (or its talk with their pronoun: "ونفوا 【خلال حديثهم】 لـ«الرياض» وجود …")
    if (n + 1 < T && (v.norm(n) === 'في' || DURING.has(v.norm(n))) && (v.has(lex.settings, n + 1) || settingStem(v, n + 1))) {
      n += 2;
      if (n < T && v.isWord(n) && /^ل(?:ه|ها|هم)$/.test(v.norm(n))) n++;
    }
    // or the outlet the words were given to ("وقال في تصريح 【لوكالة الأنباء السعودية】: إن", "وقال 【لـ«عكاظ»】 إن")
    const lead = n < T ? leadListener(n, T) : null;
    if (lead) n = lead.next;
    else if (n < T && v.isWord(n)) {
      const pre = v.prepSplit(n);
      const core = pre?.rest.startsWith('ال') ? pre.rest.slice(2) : pre?.rest;
      if (pre && pre.prep === 'ل' && core && lex.media.has(core)) {
        let m = n + 1;
        while (m < T && m - n <= 4 && v.isWord(m) && !v.isComplementizer(m)) m++;
        if (m < T && (v.isComplementizer(m) || v.isPunct(m, ':'))) n = m;
      }
    }
    // or an attribution to an outlet ("وقال 【وفقاً لما نقلته وكالة الأنباء البحرينية】 إن")
    if (n < T && matchAttribution(n, T)) {
      let m = n + 1;
      while (m < T && m - n <= 8 && v.isWord(m) && !v.isComplementizer(m)) m++;
      if (m < T && v.isComplementizer(m)) n = m;
    }
    if (n >= T || !(v.isComplementizer(n) || v.isPunct(n, ':') || spanAtOpen[n]! >= 0 || (lex.prepThen.has(v.noConj(n)) && n + 1 < T && v.isComplementizer(n + 1)))) return null;
    // a past verb's feminine ending must agree ("وبينت أن" is not the man who "استمع")
    const fem = (i: number) => v.noConj(i).endsWith('ت');
    for (let p = sIdx - 1; p >= 0 && p >= sIdx - 2; p--) {
      const np = mainSubject(sentStart[p]!, sentEnd[p]!);
      if (np) return np.s > 0 && v.isWord(np.s - 1) && fem(np.s - 1) === fem(k) ? np : null;
    }
    return null;
  };

  /**
   * ذلك / هذا at j as a verb's object before its subject ("أوضح ذلك محمد العقيل", "أكد ذلك لـ«عكاظ» …", "صرح بذلك وكيل الوزارة",
   * "أبلغ هذا "الرياض" …"), not a determiner of the subject ("وقال هذا المصدر", "وتحدث هذا الأخير").
   */
  const demonstrativeObject = (j: number): boolean => {
    if (!DEMONSTRATIVE_OBJECTS.has(v.norm(j)) || j + 1 >= T) return false;
    const n = j + 1;
    if (!v.isWord(n)) return v.mentionEnd[n]! >= 0 || v.norm(n) === 'ل';
    // after ذلك a definite noun is the subject ("أوضح ذلك الأستاذ حمد"); after هذا / هذه it is mostly
    // the demonstrative's own noun
    return (v.norm(j) === 'ذلك' || v.norm(j) === 'بذلك' || !v.isDefinite(n)) && !v.isStop(n) && !v.isComplementizer(n) && !v.isCue(n);
  };

  /** Token i is a quotation mark. */
  const quoteMarkAt = (i: number): boolean => i >= 0 && toks[i]!.kind === 'punct' && QUOTE_MARK_CHARS.includes(toks[i]!.text);

  /** Past an outlet in quotation marks at token a, before `lim` ("أبلغ هذا "الرياض" الدكتور ..."); else a. */
  const pastQuotedOutlet = (a: number, lim: number): number => (a < lim && toks[a]!.kind === 'punct' && v.mentionEnd[a]! > a && v.mentionEnd[a]! < lim ? v.mentionEnd[a]! : a);

  /** A word that may stand inside a speaker phrase: a title, source, institution, a person's name, or a definite noun. */
  const speakerPhraseWord = (s: number): boolean => {
    if (v.has(lex.titles, s) || v.has(lex.sources, s) || v.has(lex.institutions, s) || v.has(lex.nameIntroducers, s)) return true;
    if (v.hasArticle(s)) return true;
    // ل + the article, whose alif is not written: "المنسق العام للجنة المحلية"
    if (v.noConj(s).startsWith('لل') && v.prepSplit(s)?.prep === 'ل') return true;
    return idx.entitiesIn(toks[s]!.start, toks[s]!.end).some((e) => e.type === 'PER');
  };
  /** The person-like noun phrase right before a relative pronoun before the cue ("مدير المستشفى الذي أكد"). */
  const relativeAntecedent = (k: number, ss: number): NP | null => {
    let r = k - 1;
    if (r <= ss || !RELATIVES.has(v.norm(r))) return null;
    // "برئاسة عبدالله المعيويد، الذي قال": a comma before the relative
    if (r - 1 > ss && v.isPunct(r - 1, ',')) r--;
    // "بعض حلفاء أوباما الذين يقولون": a plural relative's antecedent is no single name inside it
    const plural = PLURAL_RELATIVES.has(v.norm(k - 1));
    let best: NP | null = null;
    // the closing mark of a quoted name right before the relative is not part of it
    const closing = quoteMarkAt(r - 1);
    for (let s = r - 1; s >= ss && r - s <= 12; s--) {
      // a name in quotation marks: "المغرد “أبو فهد الصبيحي” الذي قال"
      if (quoteMarkAt(s)) continue;
      if (!v.isWord(s) || v.isStop(s) || v.isCue(s) || v.isComplementizer(s)) break;
      // past the phrase once a person is found: a word that is no title, source, institution, name or
      // definite noun ("التقى الأمير مدير المستشفى …", "تشكيل هيئة برئاسة عبدالله …، الذي")
      if (best && !plural && !speakerPhraseWord(s)) break;
      // nor into the clause before a prepositional phrase or a title in construct: "والتقى الوزير 【بالسفير الأمريكي】
      // الذي"، "وحضر الحفل 【رئيس الاتحاد …】 والذي" (a definite noun heads no construct; a family name before its
      // apposition does not head one either: "سعيد 【الغامدي】 مدير المستشفى الذي")
      if (best && !plural) {
        const pb = v.prepSplit(best.s);
        if (pb && pb.prep === 'ب' && pb.rest.startsWith('ال')) break;
        if (s === best.s - 1 && v.isDefinite(s) && !v.isDefinite(best.s) && (v.has(lex.titles, best.s) || v.has(lex.sources, best.s)) && !v.has(lex.titles, s) && !v.has(lex.sources, s) && !v.has(lex.institutions, s) && !idx.entitiesIn(toks[s]!.start, toks[s]!.end).some((x) => x.type === 'PER')) break;
      }
      const pre = v.prepSplit(s);
      let np = subjectAfter(v, s, r, false, pre !== null && pre.rest !== 'اسم');
      if (!np) continue;
      // a person entity running on to the relative: "عبدالله عبدالرحمن المعيويد، الذي"
      const nameStart = np.nameS >= 0 ? toks[np.nameS]!.start : -1;
      if (np.e < r && nameStart >= 0 && idx.entitiesIn(nameStart, toks[r - 1]!.end).some((e) => e.type === 'PER' && e.start <= nameStart && e.end >= toks[r - 1]!.end)) np = { ...np, e: r, nameE: r };
      else if (np.e === r && closing) np = { ...np, e: r - 1, nameE: Math.min(np.nameE, r - 1) };
      // a statement is no speaker here ("حسب البيان، الذي أوضح": the report it carries on)
      if ((np.e === r || (np.e === r - 1 && closing)) && personLike(np) && !v.has(lex.statementNouns, np.s)) best = np;
      // a statement or setting noun before the person is not part of the speaker ("تعليق المغرد ...")
      if (best && (v.has(lex.statementNouns, s) || v.has(lex.settings, s))) break;
    }
    return best;
  };

  /**
   * The one a call or message came from, named after من right before a cue with its resumptive pronoun: "تلقى الملك
   * اتصالا هاتفيا اليوم 【من】 جلالة الملك حمد بن عيسى ملك مملكة البحرين أعرب فيه عن …" (a setting noun of speakers.json
   * within four words before من).
   */
  const callerBefore = (k: number, ss: number): NP | null => {
    for (let j = k - 2; j >= ss && j >= k - 22; j--) {
      if (!v.isWord(j)) return null;
      if (v.norm(j) !== 'من') continue;
      let setting = false;
      for (let q = j - 1; q >= ss && q >= j - 4 && !setting; q--) setting = v.isWord(q) && (v.has(lex.settings, q) || lex.settings.has(v.core(q).replace(/ا$/, '')));
      if (!setting) return null;
      const np = subjectAfter(v, j + 1, k, false);
      if (!np || !personLike(np)) return null;
      // (a place named last may be left out of the phrase: "ملك مملكة 【البحرين】", and the country of the caller's office
      // after ب: "وزير الداخلية 【بمملكة البحرين】", "بدولة الإمارات العربية المتحدة": mentions up to the cue)
      if (np.e >= k - 1) return { ...np, e: k };
      const e = np.e;
      const to = toks[k - 1]!.end;
      const inPlace = k - e <= 5 && (v.norm(e) === 'في' || v.norm(e).startsWith('ب')) && idx.actorMentionsIn(toks[e]!.start, to).some((m) => m.end === to && !!m.actor.country);
      return inPlace ? { ...np, e: k } : null;
    }
    return null;
  };

  /**
   * A quoted or bracketed outlet right after the cue, before the subject: لـ«الشرق الأوسط»، لـ(عكاظ)، لـ" الرياض" (the
   * marks matched up to six tokens on when the entities layer did not take them with the name).
   */
  const leadListener = (j: number, se: number): { listener: NonNullable<Quote['listener']>; next: number } | null => {
    if (j + 1 >= se || toks[j]!.kind !== 'word' || v.norm(j) !== 'ل') return null;
    let s = j + 1;
    let e: number;
    if (v.mentionEnd[s]! >= 0) e = v.mentionEnd[s]!;
    else if (v.isPunct(s, '(') || v.isMark(s)) {
      const paren = v.isPunct(s, '(');
      e = -1;
      for (let x = s + 1; x < se && x <= s + 6; x++) if (paren ? v.isPunct(x, ')') : v.isMark(x)) {
        e = x + 1;
        break;
      }
      if (e < 0) return null;
    } else return null;
    const next = e;
    while (s < e && toks[s]!.kind === 'punct') s++;
    while (e > s && toks[e - 1]!.kind === 'punct') e--;
    if (e <= s) return null;
    const r = tokSpanText(s, e);
    const actor = idx.actorAtHead(r.start, r.end) ?? idx.mediaIn(r.start, r.end);
    return { listener: { ...r, ...(actor ? { actor } : {}) }, next };
  };

  /**
   * The honorific pronoun subject at token j (سموه، معاليه), or undefined; one that is also an ordinary noun is
   * the object of a cue that takes one, no subject ("أبدى سعادته": his happiness).
   */
  const honorificAt = (j: number, objectCue: boolean) => {
    if (j >= T || !v.isWord(j)) return undefined;
    const w = v.noConj(j);
    return objectCue && lex.honorificNouns.has(w) ? undefined : lex.honorifics.get(w);
  };

  // person entities as token spans, in text order (for honorific pronoun subjects)
  let persons: [number, number][] | null = null;
  /**
   * The person an honorific pronoun subject stands for, looking back from the cue k: the nearest earlier
   * person entity (within HONORIFIC_REACH tokens) introduced by one of the honorific's titles ("سمو الأمير
   * فيصل بن خالد", "معالي الوزير"), with that title (titled); else the nearest person within HONORIFIC_NEAR.
   */
  const honorificAntecedent = (titles: ReadonlySet<string>, noun: ReadonlySet<string>, k: number): { np: NP; titled: boolean } | null => {
    persons ??= doc.entities.filter((e) => e.type === 'PER').map((e) => [doc.tokenAt(e.start), doc.tokenAt(e.end - 1) + 1] as [number, number]);
    let nearest: NP | null = null;
    for (let p = persons.length - 1; p >= 0; p--) {
      const [s, e] = persons[p]!;
      if (s >= k) continue;
      if (s < k - HONORIFIC_REACH) break;
      // (a title with ل on it names whom something is addressed to, no subject: "رفع التعازي 【لسمو】 ولي العهد")
      // (nor is a person entity that is such a title alone: "و【لسمو】")
      const withLam = (t: number) => {
        const w = v.noConj(t);
        return w.length > 2 && w.startsWith('ل') && (titles.has(w.slice(1)) || noun.has(w.slice(1)));
      };
      let addressee = e === s + 1 && (v.has(titles, s) || v.has(noun, s) || withLam(s));
      for (let t = s - 1; !addressee && t >= 0 && t >= s - 4 && v.isWord(t); t--) {
        if (withLam(t)) addressee = true;
        else if (v.has(titles, t)) return { np: { s: t >= s - 2 ? t : s, e, nameS: s, nameE: e, head: 'name', vague: false }, titled: true };
      }
      if (!nearest && !addressee && s >= k - HONORIFIC_NEAR) nearest = { s, e, nameS: s, nameE: e, head: 'name', vague: false };
    }
    return nearest ? { np: nearest, titled: false } : null;
  };

  /**
   * The speaker of an honorific pronoun subject at token j ("وأكد سموه", "وأوضح معاليه"; cue at k, in
   * sentence sIdx), in this order: the last speaker (up to eight sentences back) when the honorific's
   * own noun is in its phrase ("معالي وزير الخارجية" … "وأكد معاليه"); the person named under one of its
   * titles; the last speaker; the nearest person close before. Null when j is no honorific or nothing fits,
   * or when it is also an ordinary noun (سعادته "his happiness") after a cue that takes an object.
   */
  const honorificSpeaker = (j: number, k: number, sIdx: number, objectCue = false): { np: NP } | { ref: SpeakerRef } | null => {
    const hon = honorificAt(j, objectCue);
    if (!hon) return null;
    const { noun, titles } = hon;
    const last = ctx.speaker && sIdx - ctx.sent <= 8 ? ctx.speaker : null;
    if (last) for (let t = doc.tokenAt(last.start); t < T && toks[t]!.start < last.end; t++) if (v.isWord(t) && v.has(noun, t)) return { ref: last };
    const ante = honorificAntecedent(titles, noun, k);
    if (ante?.titled) return { np: ante.np };
    if (last) return { ref: last };
    return ante ? { np: ante.np } : null;
  };

  /** The normalized words of the tokens in [start, end), joined by spaces. */
  const spanNorm = (start: number, end: number): string => {
    const w: string[] = [];
    for (let t = doc.tokenAt(start); t >= 0 && t < T && toks[t]!.start < end; t++) if (v.isWord(t)) w.push(v.norm(t));
    return w.join(' ');
  };

  const setCtx = (speaker: SpeakerRef | null, via: string, sent: number, listener?: Quote['listener'], stance?: Stance) => {
    if (speaker) {
      ctx.divine = lex.isDivine(spanNorm(speaker.start, speaker.end));
      ctx.speaker = speaker;
      ctx.via = via;
      ctx.speakerSent = sent;
    }
    ctx.sent = sent;
    ctx.listener = listener;
    ctx.stance = stance;
  };

  /** Process a reporting cue at token k; returns the token to continue from. */
  const handleCue = (k: number, sIdx: number): number => {
    const ss = sentStart[sIdx]!;
    const se = sentEnd[sIdx]!;
    const hit = v.cue(k)!;
    const entry = hit.entry;
    if (entry.slogan) return k + 1;
    // a word that introduces a name right after an indefinite noun ("لرجل 【يدعى】 نارسيس", the passive of دعا) reports
    // nothing; after a relative or a definite noun the same letters claim ("التي تدعي عطيرت كوهنيم أنها ورثتها")
    if (v.has(lex.nameIntroducers, k) && k > ss && v.isWord(k - 1) && !v.isDefinite(k - 1) && !v.isStop(k - 1) && !RELATIVES.has(v.noConj(k - 1))) return k + 1;
    // a byline's label between a dash and a colon ("عبدالحكيم شار- سبق- 【متابعة】: …", a follow-up report), not the
    // participle of a report
    if (hit.form === 'part' && k > 0 && (v.isPunct(k - 1, '-') || v.isPunct(k - 1, '–')) && k + 1 < T && v.isPunct(k + 1, ':')) return k + 1;
    const nc = v.noConj(k);
    // a report that is not asserted or has no agent: "ما يشير إلى أن", "كي يرى أن", "حتى اعتقدت"
    if (k > ss && v.isWord(k - 1) && lex.beforeCue.has(v.noConj(k - 1))) return k + 1;
    // an impersonal passive opening a clause right before أن: "يُذكر أن", "ويعتقد أن", "ذُكر أن" —
    // the writer's background, not a quotation, and no change of speaker
    if (k + 1 < se && (v.isComplementizer(k + 1) || (lex.prepThen.has(v.norm(k + 1)) && k + 2 < se && v.isComplementizer(k + 2)))) {
      const opensClause = k === ss || !v.isWord(k - 1) || v.norm(k - 1) === 'و' || v.norm(k - 1) === 'ف' || CLAUSE_OPENERS.has(v.noConj(k - 1));
      if ((lex.impersonal.has(nc) && opensClause) || (hit.form === 'past' && pastPassive(toks[k]!.text))) return k + 2;
    }
    // "his saying" as the object of a verb of going on, right before the quotation: "وتابع قوله «…»"، "وأضاف قولها: …"
    const sayingObject = hit.form === 'past' && (k === ss || v.norm(k) !== nc) && !lex.homographs.has(nc) && k + 2 < se && pronounBase(k + 1) === 'قول' && contentOpens(k + 2);
    // a verbal noun with its object, not a verb: "رافضاً ذكر اسمه", "طالباً عدم نشر اسمه"
    if (objectNoun(k + 1) && !sayingObject) return k + 1;
    // a cue form that is more often another word (بين، تبلغ، يعد) needs an explicit subject and
    // the content right after it; the shadda of بيّن marks the verb
    // (a clause-opening form with و/ف right before a colon or أن is the verb: "وتضيف: ...", "وبين أن ..."; so is
    // one right after punctuation: "وفيما يخص مجرشي، بين أنه سيخضع للكشف")
    const opensClause = v.norm(k) !== nc || (k > ss && v.isPunct(k - 1));
    const homograph = lex.homographs.has(nc) && !toks[k]!.text.includes('\u0651') && !(opensClause && k + 1 < se && (v.isPunct(k + 1, ':') || lex.complementizers.has(v.norm(k + 1))));
    // a report inside a temporal clause ("بعد أن أعلن البنتاغون ...") is background to the main
    // statement: not a quotation, and it does not change the current speaker
    if (k >= 2 && v.isComplementizer(k - 1) && v.isWord(k - 2) && lex.notAfter.has(v.noConj(k - 2))) {
      const np0 = subjectAfter(v, k + 1, se, entry.object);
      return np0 ? np0.e : k + 1;
    }
    let np: NP | null = null;
    let via = 'explicit';
    /** The speaker is the one spoken of, after عنه: carried whatever the cue's gender. */
    let spokenOf = false;
    let speaker: SpeakerRef | null = null;
    let after = sayingObject ? k + 2 : k + 1;
    let listener: Quote['listener'] | undefined;
    let stance: Stance = entry.stance;
    // the attached content (content:X) is read after a verb or a participle ("مطالبة بضرورة"), not a threat's participle,
    // also the passive one ("مناطق مهددة بالزلازل"), nor the cue's noun
    // reading ("طالب بريطاني": a student), and not when a clause with أن follows ("وأفاد الناطق بلسان الجيش بأن …")
    const attached = entry.attached.length && !(hit.form === 'part' && entry.stance === 'threaten') && !nisbaAt(k + 1) && !clauseAhead(k + 1, se) ? entry.attached : NO_PREPS;
    /** The attached content opens at token i, past a time word ("وتعهد أمس بشن"). */
    const attachedAt = (i: number): boolean => attached.length > 0 && attachedPrep(pastTime(i, se), attached);
    // a verbal noun opens the content (frame noun: "وأكد حرص المملكة"، "أعلن المحافظ أمس وصول …"), not after the cue's
    // noun reading ("نفي" before a nisba)
    // with no subject after the cue the verb must be a past form in the active voice or a participle, not the noun
    // reading after تم / جاء / a demonstrative ("وتم نفي وجود", "وهذا يؤكد حاجة", "وأُعلن مقتل")
    const nounFrame = entry.noun && !nisbaAt(k + 1);
    const nounFrameBare = nounFrame && hit.form !== 'imperf' && !toks[k]!.text.includes('\u064F') && !(k > ss && v.isWord(k - 1) && lex.nounFrameNotAfter.has(v.noConj(k - 1)));
    /** The content opens at token i: an attached one, or a verbal noun (frame noun). */
    const contentAt = (i: number): boolean => attachedAt(i) || ((i === k + 1 ? nounFrameBare : nounFrame) && i < se && v.contentHead(pastTime(i, se)));
    // quoted scripture ("قال الله تعالى: …") is carried only to قال ("ووصف الله تعالى قرآنه … فقال: …"), not to the
    // reports of a statement that opens with a verse ("… لتؤكد للجميع", "وتحذر … بأن العقاب الشرعي سيكون مصيره")
    // (a plural cue, "وأضافوا"، "مشيرين"، "يقولون", is no one person's: not carried to a named person, "إلا أن إماراتيين
    // رفضوا كلماته، مشيرين إلى أن …" after a quotation of صالح)
    const pluralCue = (hit.form === 'part' && /[يو]ن$/.test(nc) && !/تين$/.test(nc)) || (hit.form === 'past' && /وا$/.test(nc)) || (hit.form === 'imperf' && /ون$/.test(nc));
    // (one person: a person's actor, not an unnamed source around a name, "مسؤولو مستشفيات الدكتور سليمان الحبيب", "بعض
    // حلفاء أوباما")
    // (and no conjunction و inside the phrase, by the clitic layer: not "وزير", "ولي العهد", "وليد")
    // (or two people named in it: "كازنوف وماي", where the clitic layer keeps the unknown name whole)
    const coordinated = (r: SpeakerRef) => {
      for (let t = doc.tokenAt(r.start) + 1; t > 0 && t < T && toks[t]!.start < r.end; t++) if (v.isWord(t) && v.norm(t).startsWith('و') && v.norm(t) !== v.noConj(t)) return true;
      const pers = idx.entitiesIn(r.start, r.end).filter((e) => e.type === 'PER');
      for (let i = 1; i < pers.length; i++) if (/(?:^|\s)و\s*$/.test(doc.text.slice(pers[i - 1]!.end, pers[i]!.start))) return true;
      return false;
    };
    const oneNamed = (r: SpeakerRef | null, rVia: string) => !!r && rVia !== 'unnamed' && r.actor?.kind === 'person' && !coordinated(r);
    // (a feminine cue, "وأعلنت"، "تقول"، "مؤكدة", is not carried to a speaker headed by a masculine title or source word:
    // "وقال المصدر …" then "فيما 【اعلنت】 عن ثلاث غارات" is Turkey's, not the source's)
    // (the masculine form of the same cue exists: أكدت/أكد, نفت/نفى, دعت/دعا, تقول/يقول, مؤكدة/مؤكدا)
    const stem = nc.slice(0, -1);
    const femCue = (hit.form === 'past' && nc.endsWith('ت') && (!!lex.cue(stem) || !!lex.cue(stem + 'ي') || !!lex.cue(stem + 'ا'))) || (hit.form === 'imperf' && nc.startsWith('ت') && !!lex.cue('ي' + nc.slice(1))) || (hit.form === 'part' && nc.endsWith('ه') && (!!lex.cue(stem) || !!lex.cue(stem + 'ا')));
    const mascHead = (r: SpeakerRef | null) => {
      if (!r) return false;
      const t = doc.tokenAt(r.start);
      if (t < 0 || !v.isWord(t)) return false;
      const w = v.noConj(t).replace(/^ال/, '');
      // (a title, or the singular source words مصدر and مسؤول: other source words include broken plurals and mothers,
      // "مصادر"، "أم محمود", which take feminine verbs)
      if (!(v.has(lex.titles, t) || w === 'مصدر' || w === 'مسوول')) return false;
      return !/[ةه]$/.test(w) && !/(?:ون|ين|ات|اء|ان)$/.test(w);
    };
    const ctxSpeaker = (ctx.divine && entry.lemma !== 'قال') || (pluralCue && oneNamed(ctx.speaker, ctx.via)) ? null : ctx.speaker;
    // (the one spoken of after عنه is carried whatever the cue's gender: "ونقلت هيئة الإذاعة عنه القول")
    const genderClash = femCue && mascHead(ctx.speaker);
    const carriedOk = ctxSpeaker !== null && sIdx - ctx.sent <= 4;
    const partHon = hit.form === 'part' ? honorificSpeaker(k + 1, k, sIdx, entry.object) : null;
    if (partHon) {
      // "مؤكداً سموه أن": a participle with an honorific subject
      if ('ref' in partHon) speaker = partHon.ref;
      else speaker = speakerRef(v, idx, partHon.np);
      via = 'honorific';
      after = k + 2;
    } else if (hit.form === 'part') {
      // مشيراً / مستكملاً / قائلاً: the speaker of the governing verb
      if (ctxSpeaker && !genderClash && ctx.speakerSent === sIdx) {
        speaker = ctxSpeaker;
        via = 'carried';
        listener = ctx.listener;
        if (entry.lemma === 'قال' && ctx.stance) stance = ctx.stance;
      } else if ((np = clauseSubject(ss, k))) {
        // no report before it in the sentence: the subject of the sentence's verb
        // ("وزار قائد القوات اللواء X المصابين ...، مشيراً إلى أن ...")
        speaker = speakerRef(v, idx, np);
        via = np.head === 'source' ? 'unnamed' : 'explicit';
      } else if (carriedOk && !genderClash) {
        speaker = ctxSpeaker;
        via = 'carried';
      } else via = 'none';
    } else {
      // nominal report: "أصدر التحالف بياناً يعلن فيه عن ..."
      if (k + 1 < se && v.has(lex.resumptive, k + 1)) {
        after = k + 2;
        const st = statementIssuer(v, lex, k, ss, false, personLike) ?? callerBefore(k, ss);
        if (st) {
          np = st;
          via = 'statement';
        }
      } else {
        // ذلك / هذا as the object before the subject: "أوضح ذلك محمد العقيل ..."، "أكد ذلك لـ«عكاظ» ..."
        // (no quotation follows, but the speaker of the reports after it is named)
        if (k + 2 < se && demonstrativeObject(k + 1)) after = pastQuotedOutlet(k + 2, se);
        // the outlet before the subject: "وقال لـ«الشرق الأوسط» مسؤول ...", "وأكد لـ(عكاظ) الدكتور ..."
        const lead = leadListener(after, se);
        if (lead) {
          listener = lead.listener;
          after = lead.next;
        }
        const hon = after < se ? honorificSpeaker(after, k, sIdx, entry.object) : null;
        // the content right after the cue ("وتعهدت بشن هجمات", "وتعهد أمس بشن"): no subject after the cue, only one before it
        // or a dropped one
        const contentNext = contentAt(after);
        // a subject framed by كان … قد before the cue ("وكانت نقابة الصحفيين قد أدانت مؤخراً 【الانتهاكات】"): the phrase after
        // the cue is its object, not its speaker
        // (so is a subject before the cue with a time or occasion phrase right after it: "لكن فالون صرّح 【أثناء زيارة】 للعراق،
        // أن" — the noun after أثناء is no speaker)
        const framed = !hon && k - 1 > ss && (/^(?:قد|فقد|لقد)$/.test(v.norm(k - 1)) || (after < se && v.isWord(after) && FRONTED_PREPS.has(v.norm(after)) && v.norm(after) !== 'في')) ? subjectBefore(v, k, ss) : null;
        if (framed && framed !== 'pronoun') {
          np = framed;
        } else if (hon) {
          // an honorific pronoun subject ("وأكد سموه أن", "وبين معاليه أن"): the person it stands for
          if ('ref' in hon) speaker = hon.ref;
          else np = hon.np;
          via = 'honorific';
          after++;
        } else if (after < se && v.isWord(after) && ((v.hasPronoun(after) && settingStem(v, after)) || (/(?:ه|ها)$/.test(v.noConj(after)) && lex.settings.has(v.noConj(after))))) {
          // the speaker's own talk as the cue's object, with no subject named: "وتابع 【حديثه】 بالقول:", "واختتم كلمته
          // بالقول" (the speaker is carried or dropped, not the talk; a listed form with its pronoun counts when the
          // clitic layer leaves it whole)
          after++;
        } else if (!contentNext && (np = subjectAfter(v, after, se, entry.object, false, entry.complement, attached)) && (!entry.object || (np = trimObject(v, idx, np))) && (np = objectTrimmed(np))) {
          after = np.e;
          if (attached.length) {
            // the subject ends where the content begins ("وتعهدت حركة طالبان بشن هجمات": بشن is left whole by the clitic analysis)
            for (let i = np.s + 1; i < np.e; i++) {
              if (!attachedPrep(i, attached)) continue;
              np = { ...np, e: i, nameE: Math.min(np.nameE, i) };
              after = i;
              break;
            }
            // an object verb with its subject before it: the noun phrase after it is the one addressed ("الاتحاد الدولي
            // للصحفيين يطالب الحوثيين بالإفراج عن صحفي", "قد طالب تركيا بوقف غاراتها")
            const b = entry.object && attachedAt(after) ? subjectBefore(v, k, ss) : null;
            if (b && b !== 'pronoun') {
              const r = speakerRef(v, idx, np);
              listener = { start: r.start, end: r.end, text: r.text, ...(r.actor ? { actor: r.actor } : {}) };
              np = b;
            }
          }
        }
        else if (!contentNext && (np = bareName(after, se))) after = np.e;
        else if (k - 1 >= ss && v.isWord(k - 1) && (np = statementIssuer(v, lex, k, ss, true, personLike))) {
          // "أعدت وزارة العدل تقريراً كشف عن ...": the statement right before the cue is its subject
          via = 'statement';
        } else if ((np = relativeAntecedent(k, ss))) {
          // "... الدكتور X مدير المستشفى الذي أكد أن ...": the noun before the relative pronoun
        } else if (contentNext && k > ss && RELATIVES.has(v.noConj(k - 1))) {
          // a verbal noun after a relative whose antecedent names no speaker: "الضوابط التي تؤكد أهمية الخبرة"
          return k + 1;
        } else {
          const b = subjectBefore(v, k, ss);
          if (b === 'pronoun') via = 'carried';
          else if (b) np = b;
          else if (pluralSubjectBefore(k, ss)) {
            // a plural verb after an indefinite plural of people that opens its clause is theirs, not the speaker before:
            // "لكن 【منتقدين】 يقولون إن …"
            np = { s: k - 1, e: k, nameS: -1, nameE: -1, head: 'title', vague: false };
          } else via = 'carried';
        }
      }
      // an object verb's definite sound plural in the accusative (ـين) right after it is the one addressed, and the
      // subject is dropped: "وحذر 【المستهلكين】 في السوق السعودية من شراء الذهب" (a subject would be ـون: "وحذر المسؤولون")
      // (so is a phrase of "all of" right after it: "وطالب 【جميع المؤسسات】 بأن توحد جهودها", "ودعا كافة الأطراف إلى")
      if (entry.object && np && via === 'explicit' && np.s === k + 1 && ((v.accusativePlural(np.s) && !v.has(lex.titles, np.s)) || ALL_OF.has(v.noConj(np.s)))) {
        const r = speakerRef(v, idx, np);
        listener = { start: r.start, end: r.end, text: r.text, ...(r.actor ? { actor: r.actor } : {}) };
        after = np.e;
        np = null;
        via = 'carried';
      }
      if (entry.sourcePrep) {
        // نقلت الوكالة عن مصدر ... قوله إن
        let j = after;
        // (the preposition inside the content is not the source's: "علمت «الحياة» أن عددا من الوزراء …")
        while (j < se && j < after + 4 && v.norm(j) !== entry.sourcePrep && !v.isComplementizer(j)) j++;
        const sourceFound = j < se && v.norm(j) === entry.sourcePrep;
        // the source as a pronoun, the one spoken of before: "ونقلت هيئة الإذاعة البريطانية 【عنه】 القول إن …" (the outlet is
        // the listener, the speaker carried)
        let pj = after;
        // (past an outlet's bracketed acronym: "(بي. بي. سي)")
        const pronounSource = (x: number) => v.isWord(x) && v.norm(x).startsWith(entry.sourcePrep!) && /^(?:ه|ها|هم|هما)$/.test(v.norm(x).slice(entry.sourcePrep!.length));
        while (!sourceFound && pj < se && pj < after + 9 && !v.isComplementizer(pj) && !pronounSource(pj)) pj++;
        const sourcePronoun = !sourceFound && pj < se && pronounSource(pj) && ctxSpeaker !== null && carriedOk;
        if (sourcePronoun) {
          j = pj;
          if (np) {
            const r = speakerRef(v, idx, np);
            listener = { start: r.start, end: r.end, text: r.text, ...(r.actor ? { actor: r.actor } : {}) };
          }
          np = null;
          via = 'carried';
          spokenOf = true;
          after = j + 1;
          if (after < se && /^(?:ال)?قول/.test(v.noConj(after))) after++;
        }
        // a cue that reports only with its source ("علمت «عكاظ» من مصادرها أن"; "عندما علمت الشرطة أن" is knowing)
        if (!sourceFound && !sourcePronoun && entry.needsSource) return k + 1;
        if (sourceFound) {
          if (np) {
            const r = speakerRef(v, idx, np);
            listener = { start: r.start, end: r.end, text: r.text, ...(r.actor ? { actor: r.actor } : {}) };
          }
          const src = subjectAfter(v, j + 1, se, false);
          if (src) {
            np = src;
            via = 'explicit';
            after = src.e;
            if (after < se && v.noConj(after).startsWith('قول')) after++;
          }
        }
      }
      if (np) {
        if (np.vague) return Math.max(k + 1, after);
        // "يقولون ..." with no person after it: a saying, not a report
        if (hit.form === 'imperf' && nc.endsWith('ون') && via === 'explicit' && !personLike(np)) return Math.max(k + 1, np.e);
        // an abstract noun (قيمة، قدرة، نسبة) or an accusative (جديداً) is not a speaker: no report
        // (nor a verbal noun of a report's content: "وهذا يؤكد حرص الوزارة على …")
        if (nonAgent(np) || toks[np.s]!.text.includes('\u064B') || v.contentHead(np.s)) return Math.max(k + 1, np.e);
        speaker = speakerRef(v, idx, np);
        // God after a cue other than قال is the one addressed: "ودعا الله عز وجل أن يوفق …" is a prayer
        if (entry.lemma !== 'قال' && lex.isDivine(spanNorm(speaker.start, speaker.end))) return Math.max(k + 1, np.e);
        if (np.head === 'source') via = 'unnamed';
        else if (np.head === 'title' && np.nameS < 0 && via === 'explicit') via = 'title';
      } else if (via === 'carried' && ctx.speakerSent !== sIdx && !homograph && (!entry.weak || (k + 1 < se && (v.isComplementizer(k + 1) || v.isPunct(k + 1, ':'))) || topicAt(ss)) && !(k > ss && RELATIVES.has(v.norm(k - 1))) && (np = clauseSubject(ss, k))) {
        // a dropped subject with no report before it in the sentence: the subject of the sentence's
        // first verb ("واستبعد مصدر بمجلس الوزراء ...، وقال: ...")
        speaker = speakerRef(v, idx, np);
        via = np.head === 'source' ? 'unnamed' : 'explicit';
      } else if (via === 'carried' || via === 'statement') {
        if (carriedOk && (!genderClash || spokenOf)) speaker = ctxSpeaker;
        else if (via === 'carried' && !homograph && hit.form === 'past' && (np = previousSubject(sIdx, k))) {
          // no report before it at all: the subject of the sentence before ("وأهاب العليان بتعاون الجميع.
          // وذكر بأن المواطن ...": العليان)
          speaker = speakerRef(v, idx, np);
        }
        via = speaker ? 'carried' : 'none';
      }
    }
    // (nor is a plural cue said by one named person found before it, in the sentence or the one before)
    // (a person coordinated with others right after the phrase is not alone: "الرئيس أوباما 【وإدارته】 …، مشيرين")
    const joined = np !== null && np.e < T && v.isWord(np.e) && v.norm(np.e) !== v.noConj(np.e) && v.norm(np.e).startsWith('و');
    if (pluralCue && speaker && oneNamed(speaker, np?.head === 'source' ? 'unnamed' : via) && !(np && np.s > k) && !joined) {
      speaker = null;
      via = 'none';
    }
    // an ambiguous verb with no one to say it is no report ("وتكشف عن قدراته")
    // (nor a present-tense verb with no subject and no one before: "وتحذر من ..." addressed to the reader)
    if (!speaker && (entry.weak || homograph || (hit.form === 'imperf' && !(after < se && (v.isPunct(after, ':') || spanAtOpen[after]! >= 0))))) return k + 1;
    // (unless a quotation opens right after the cue, which makes the verb one of saying: "ويضيف «لا شك أن …»")
    if (homograph && (np === null || via === 'carried') && via !== 'honorific' && !(after === k + 1 && after < se && spanAtOpen[after]! >= 0 && !spans[spanAtOpen[after]!]!.used)) return k + 1;
    // (past a clause of anonymity right after the subject: "وأوضح القيادي 【الذي رفض الكشف عن اسمه】: …"، "وقال مصدر أمني【،
    // طلب عدم ذكر اسمه،】 إن …")
    if (np && via !== 'carried') after = pastAnonymity(after, se);
    if (!listener && !contentAt(after)) {
      const l = findListener(after, se, entry);
      listener = l.listener;
      after = l.next;
    }
    // (a clause-opening form with a person's name as its subject reports even with an affiliation before the content:
    // "【ويضيف】 ويل واطسون من شركة سافليز أن …")
    if (homograph && !(opensClause && np !== null && np.nameS >= 0 && via === 'explicit' && personLike(np))) {
      let j = after;
      while (j < se && v.isPunct(j, ',')) j++;
      const direct = j < se && (v.isComplementizer(j) || v.isPunct(j, ':') || spanAtOpen[j]! >= 0 || entry.preps.includes(v.noConj(j)) || (lex.prepThen.has(v.noConj(j)) && j + 1 < se && v.isComplementizer(j + 1)));
      if (!direct) return Math.max(k + 1, after);
    }
    const cue = { ...tokSpanText(k, k + 1), lemma: entry.lemma };
    const base = { cue, speaker, speakerVia: via, ...(listener ? { listener } : {}), stance };

    // ---- the content ----
    const lim = Math.min(se, after + GAP_TO_CONTENT);
    for (let j = after; j < lim; j++) {
      if (v.mentionEnd[j]! >= 0) {
        j = v.mentionEnd[j]! - 1;
        continue;
      }
      const sp = spanAtOpen[j]!;
      if (sp >= 0) {
        const span = spans[sp]!;
        const prev = j - 1;
        // (or a quotation that opens with إن / أن, after words the clause search would pass over too: "وقال X المختص في
        // التأمين «إن المشكلة …»")
        const opensClause = entry.clause && j + 1 < span.endTok && v.isWord(j + 1) && lex.complementizers.has(v.norm(j + 1));
        const described = describes(entry) && np !== null && (via === 'explicit' || via === 'title' || via === 'unnamed') && descriptionBefore(after, j, span, se);
        if (!span.used && (entry.colon || entry.clause) && (j === after || v.isPunct(prev, ':') || v.isComplementizer(prev) || settingBefore(after, j, span, se) || opensClause || described)) {
          // a name in marks after a preposition of the setting ("في كلمة ألقاها خلال “المؤتمر الإعلامي …” الذي
          // عقد في دمشق “هناك حديث …”"): the statement is the quotation after it
          // (so is a short name in marks right after the subject, the sentence going on after it: "وأعلنت مديريات
          // “الرضمة والسدة وحزم العدين” مناطق محررة" — a few words opening with a name of the entities layer)
          if (j === after && after > k + 1 && span.words <= 5 && span.endTok < se && v.isWord(span.endTok) && namesOnly(j + 1, span.endTok - 1)) {
            j = span.endTok - 1;
            continue;
          }
          const named = j > after && SETTING_NAME_PREPS.has(v.noConj(prev));
          const later = named ? statementAfterName(span.endTok, se) : null;
          // (with no quotation after it, the name is part of the setting: "قال خلال “المؤتمر …” إن …")
          if (named && !later) {
            j = span.endTok - 1;
            continue;
          }
          const q = later ?? span;
          directFrom(q, base);
          setCtx(speaker, via, sIdx, listener, stance);
          return q.endTok;
        }
        break;
      }
      const t = toks[j]!;
      if (t.kind === 'punct' && !v.dottedJoin(j)) {
        if (t.norm === ':') {
          const nx = j + 1;
          if (nx < T && spanAtOpen[nx]! >= 0 && !spans[spanAtOpen[nx]!]!.used && (entry.colon || entry.clause)) continue;
          if (entry.colon) {
            const pe = paraEnd(nx);
            const e = colonEnd(nx, pe);
            const r = rangeQuote(nx, e);
            if (r) {
              emit({ kind: 'direct', ...r, ...base });
              setCtx(speaker, via, sentOfTok[Math.max(nx, e - 1)]! >= 0 ? sentOfTok[Math.max(nx, e - 1)]! : sIdx, listener, stance);
              return e;
            }
          }
          break;
        }
        // (a semicolon the writer put between the subject and أن: "فيما أكدت صحة تبوك؛ أن ...")
        if (t.norm === ';' && j === after && j + 1 < lim && v.isComplementizer(j + 1)) continue;
        if (t.norm === ';' || t.norm === '.' || t.norm === '?' || t.norm === '!') break;
        continue;
      }
      // a new clause (فيما، بينما، حيث) ends the search: its أن belongs to another verb
      // (unless it is part of a long setting before a quotation: "في الصين 【حيث】 يقوم الفريق بجولة «…»")
      // (nor a place of the speaker's described by حيث before the إن of قال: "وقالت متحدثة باسم مستشفى سوروكا في إسرائيل
      // 【حيث】 كان يعالج دوابشة إنه توفي")
      if (j > after && CLAUSE_OPENERS.has(v.noConj(j)) && !quoteAfterSetting(after, j, lim, se) && !(v.noConj(j) === 'حيث' && innaAhead(j + 1, se))) break;
      // a new report after a comma ("..., مشيراً إلى أن"): its content is its own
      if (j > after && v.cue(j)?.form === 'part' && v.isPunct(j - 1, ',')) break;
      // "وأن" after other words coordinates with a bare object ("تؤكد أهمية التخصص، وأن تكون ..."): not this cue's clause
      if (j > after && v.isComplementizer(j) && v.norm(j) !== v.noConj(j) && !lex.complementizers.has(v.norm(j))) break;
      if (v.isComplementizer(j)) {
        if (j > 0 && v.isWord(j - 1) && lex.notAfter.has(v.noConj(j - 1))) break;
        // "على أن" / "إلى أن" far from the cue phrase belongs to another word ("بالتفوق على ... على أن")
        // (the cue's own preposition may come after a setting: "وأشار X في مشاركة له على قناة العربية إلى أن")
        if (j - 1 > after + 3 && v.isWord(j - 1) && lex.prepThen.has(v.noConj(j - 1)) && !entry.preps.includes(v.noConj(j - 1))) break;
        if (!entry.clause) break;
        let c = j + 1;
        if (c < T && v.isPunct(c, ':')) c++;
        if (c < T && spanAtOpen[c]! >= 0) {
          const span = spans[spanAtOpen[c]!]!;
          // the quotation is the whole clause: "أن “هناك اتفاق ...”"
          const after2 = span.endTok;
          if (!span.used && (after2 >= se || toks[after2]!.kind === 'punct' || v.isCue(after2))) {
            directFrom(span, base);
            setCtx(speaker, via, sIdx, listener, stance);
            return span.endTok;
          }
        }
        const withPronoun = v.noConj(j).length > 3 || (v.noConj(j).length === 3 && !v.noConj(j).startsWith('ب'));
        const from = withPronoun ? j : j + 1;
        const e = clauseEnd(from, se);
        const r = rangeQuote(from, e);
        if (r) {
          emit({ kind: 'indirect', ...r, ...base });
          setCtx(speaker, via, sIdx, listener, stance);
          return e;
        }
        break;
      }
      // the cue's prepositional complement (أشار إلى …); على only before a content head, a verbal noun
      // ("شدد على ضرورة …", "أكد على دعم …"; "المشرف العام على المهرجان" is a title)
      // (not an adverbial: "من ناحية ثانية"، "من جهته", words of guards.notContent)
      // (a participle right after an indefinite noun agrees with it as an adjective: "قيودا 【مشددة】 على دخول المصلين")
      const adjectival = hit.form === 'part' && k > ss && v.isWord(k - 1) && !v.isDefinite(k - 1) && v.norm(k) === v.noConj(k);
      const prepContent =
        entry.preps.length && (j - after <= 3 || appositionBetween(after, j)) && entry.preps.includes(v.noConj(j)) && !(j + 1 < se && v.has(lex.notContent, j + 1)) && (v.noConj(j) !== 'علي' || (j + 1 < se && (v.contentHead(j + 1, lex.strongContentHeads) || (j === pastTime(after, se) && v.contentHead(j + 1) && !clauseAhead(j + 2, se)) || ((j === pastTime(after, se) || postingBetween(after, j)) && constructContent(j + 1, se, np) && !adjectival)))) && !(j + 1 < T && v.isComplementizer(j + 1));
      // a content with the cue's preposition attached, right after the subject: "وتعهدت 【بشن هجمات】", "أفادت الوزارة
      // 【بتلقي دورات】" (frame content:X; the word is a noun with a preposition proclitic, not a name starting with ب),
      // or a verbal noun there (frame noun: "وأكد الوزير 【حرص المملكة】 على …", "نفى 【وجود تفاهم】")
      // (also past a comma right after the subject: "أعلن الاتحاد الروسي لكرة القدم، 【تعيين】 ليونيد سلوتسكي")
      const pt = pastTime(after, se);
      const attachedContent = (j === pt && contentAt(j)) || (j === pt + 1 && v.isPunct(pt, ',') && nounFrame && v.contentHead(pastTime(j, se)));
      const from = attachedContent ? j : prepContent ? j + 1 : -1;
      if (from >= 0) {
        const e = clauseEnd(from, se, true);
        // (a short topic right before a participle that opens the speech itself is no quotation: "وأشار إلى 【لقائه بنظيره
        // الأمريكي】 قائلا: «…»")
        let words = 0;
        for (let x = from; x < e; x++) if (v.isWord(x)) words++;
        // (not a content head, whose noun phrase is the content: "وشدد على 【ضرورة】 الحل السياسي مضيفا: «…»")
        if (words <= 5 && e < se && participleOpensQuote(e, se) && !v.contentHead(from)) {
          setCtx(speaker, via, sIdx, listener, stance);
          return e;
        }
        const r = rangeQuote(from, e);
        if (r) {
          emit({ kind: 'indirect', ...r, ...base });
          setCtx(speaker, via, sIdx, listener, stance);
          return e;
        }
        break;
      }
      // (a report verb of a relative clause inside the speaker's description is not a new report: "يقول ناصر ودادي،
      // الخبير …، الذي 【يعد】 ورقة بحثية «…»")
      // (nor is one of a relative clause set off by commas before the cue's own إن: "وقالت المريضة (50 عاماً)، التي لم
      // 【تكشف】 عن هويتها، إنها شكت …")
      if (j > k && v.isCue(j) && v.cue(j)!.form !== 'part' && v.norm(j) !== 'قد' && !objectNoun(j + 1) && !(describes(entry) && np !== null && relativeVerb(j) && (quoteAfterDescription(after, j, lim, se) || clauseAfterComma(j, lim)))) break;
    }
    // no content: the cue still sets the current speaker when it is unambiguous and explicit
    // (an ambiguous present-tense verb only with a person-like subject: "ويعتبر الطلب لاغياً" names no speaker)
    // (not the one accused when the charge with ب follows it right away: in "واتهم 【حماس】 بالإقدام على …" Hamas is
    // accused, by the speaker named before, or in the passive)
    // (a phrase holding two actors is the subject and the object: "اتهمت 【باكستان الهند】 بانتهاك …")
    const accused =
      !!entry.charge &&
      np !== null &&
      np.s === k + 1 &&
      np.e < se &&
      v.norm(np.e).replace(/^[وف]/, '').startsWith(entry.charge) &&
      (toks[np.e]!.words?.length ?? 0) > 1 &&
      idx.actorMentionsIn(toks[np.s]!.start, toks[np.e - 1]!.end).length < 2;
    if (speaker && via !== 'carried' && !homograph && !accused && (!entry.weak || (np !== null && (hit.form !== 'imperf' || personLike(np) || idx.actorIn(speaker.start, speaker.end) !== undefined)))) setCtx(speaker, via, sIdx, listener, stance);
    else if (speaker && ctx.sent === sIdx - 1 && via === 'carried') ctx.sent = ctx.speakerSent = sIdx;
    return np && np.e > k ? np.e : k + 1;
  };

  const paraEnd = (i: number): number => {
    let e = i;
    const p = paraOfTok[Math.min(i, T - 1)]!;
    while (e < T && paraOfTok[e] === p && e - i < MAX_COLON) e++;
    return e;
  };
  /** A colon quotation without marks runs to the paragraph end, or to the next cue + colon. */
  const colonEnd = (from: number, pe: number): number => {
    for (let j = from; j < pe; j++) if (v.isPunct(j, ':') && j > from + 1 && j - from > 2) {
      // another "X: ..." inside means a new speaker line; stop before its sentence
      const s = sentOfTok[j]!;
      if (s >= 0 && sentStart[s]! > from) return sentStart[s]!;
    }
    return pe;
  };

  /** Attribution phrase at token t: بحسب X، وفقاً لـ X، على حد قول X، نقلاً عن X ... */
  const matchAttribution = (t: number, se: number): { len: number; glued: boolean } | null => {
    // most tokens start no phrase: one set lookup instead of trying every phrase
    if (!lex.attributionFirst.has(v.noConj(t)) && !lex.attributionFirst.has(v.norm(t))) return null;
    let fallback: { len: number; glued: boolean } | null = null;
    for (const ph of lex.attributions) {
      if (t + ph.length > se + 1) continue;
      let ok = true;
      let glued = false;
      for (let w = 0; w < ph.length && ok; w++) {
        const i = t + w;
        if (i >= se) {
          ok = false;
          break;
        }
        const n = w === 0 ? v.noConj(i) : v.norm(i);
        const want = ph[w]!;
        if (n === want || (w === 0 && v.norm(i) === want)) continue;
        if (w === ph.length - 1 && want === 'ل' && n.startsWith('ل') && n.length > 2) {
          glued = true;
          continue;
        }
        ok = false;
      }
      if (ok && !glued) return { len: ph.length, glued };
      // a glued ل (وفقاً للمرصد) only when no phrase matches word for word (وفقاً لما ذكرته)
      if (ok && !fallback) fallback = { len: ph.length - 1, glued };
    }
    return fallback;
  };

  const handleAttribution = (t: number, len: number, glued: boolean, sIdx: number, producedBefore: boolean): number => {
    const ss = sentStart[sIdx]!;
    const se = sentEnd[sIdx]!;
    /** The attribution opens its sentence (after punctuation and و / ف). */
    const lead0 = (at: number): boolean => {
      let x = ss;
      while (x < at && (toks[x]!.kind === 'punct' || v.norm(x) === 'و' || v.norm(x) === 'ف')) x++;
      return x === at;
    };
    let after = t + len;
    // حسبما ذكرت الوكالة، وفقاً لما ذكرته الوزارة، حسب ما أفاد به المتحدث
    const endsMa = toks[t + len - 1] !== undefined && (v.noConj(t + len - 1) === 'ما' || v.noConj(t + len - 1) === 'لما' || v.noConj(t + len - 1).endsWith('سبما'));
    const maVerb = endsMa && after < se && !glued && v.hasPronoun(after) && !v.isStop(after);
    // (a verb of no report after ما makes no attribution: "وفق ما يحدده المجلس", "وفق ما تتيحه التقنيات")
    if (maVerb && !v.isCue(after) && !cueWithObject(after) && !reportedIt(after)) return t + 1;
    if (after < se && !glued && (v.isCue(after) || cueWithObject(after) || maVerb)) {
      after++;
      if (after < se && RESUMPTIVE_PREP.has(v.norm(after))) after++;
    }
    const np = subjectAfter(v, after, se, false, glued);
    if (!np || np.vague || !agentive(np)) return t + 1;
    const cue = { ...tokSpanText(t, t + len), lemma: toks.slice(t, t + len).map((x) => v.noConj(x.i)).join(' ') };
    // "وجاء في البيان أن …", "جاء في بيان لوزارة الخارجية …": only a statement, not "جاء في المرتبة الثانية"; a
    // statement with no author named speaks for the speaker of the sentences before ("وجاء في بيان: «…»")
    let speaker: SpeakerRef = speakerRef(v, idx, np);
    let via: Quote['speakerVia'] = np.head === 'source' ? 'unnamed' : 'attribution';
    if (cue.lemma === 'جاء في') {
      if (!v.has(lex.statementNouns, np.s)) return t + 1;
      // the content right after the statement (أن، إن، a colon or a quotation mark, after an optional comma):
      // "وجاء في البيان الذي أصدرته حركة حماس أن …" has its author inside a clause this rule does not parse
      let nx = np.e;
      while (nx < se && v.isPunct(nx, ',')) nx++;
      const nn = nx < se ? v.noConj(nx) : '';
      if (!(nn === 'ان' || nn === 'بان' || v.isPunct(nx, ':') || (nx < T && spanAtOpen[nx]! >= 0))) return t + 1;
      if (np.e === np.s + 1 && ctx.speaker?.actor && sIdx - ctx.sent <= 4) {
        speaker = ctx.speaker;
        via = 'carried';
      }
    }
    const base = { cue, speaker, speakerVia: via, stance: 'report' as Stance };
    let j = np.e;
    // a listener: "مصدر دبلوماسي تحدث لصحيفة «لوموند»"
    if (j < se && v.isCue(j)) {
      const l = findListener(j + 1, se, v.cue(j)!.entry);
      // (a report verb with no listener opens the report itself, with its own speaker: "وبحسب «رويترز» 【قالت】 وزارة
      // العمل الأميركية إن …")
      if (!l.listener && lead0(t) && v.cue(j)!.form !== 'part') return j;
      if (l.listener) Object.assign(base, { listener: l.listener });
      j = l.next;
    }
    if (j < se && v.isPunct(j, ':')) {
      const nx = j + 1;
      if (nx < T && spanAtOpen[nx]! >= 0 && !spans[spanAtOpen[nx]!]!.used) {
        const sp = spans[spanAtOpen[nx]!]!;
        directFrom(sp, base);
        setCtx(speaker, via, sIdx);
        return sp.endTok;
      }
      const e = colonEnd(nx, paraEnd(nx));
      const r = rangeQuote(nx, e);
      if (r) {
        emit({ kind: 'direct', ...r, ...base });
        setCtx(speaker, via, sIdx);
        return e;
      }
      return j + 1;
    }
    // at the start of the sentence: the content follows
    let lead = ss;
    while (lead < t && (toks[lead]!.kind === 'punct' || v.norm(lead) === 'و' || v.norm(lead) === 'ف')) lead++;
    if (lead === t) {
      let from = j;
      while (from < se && v.isPunct(from, ',')) from++;
      if (from < se && (v.noConj(from) === 'ان' || v.noConj(from) === 'فان')) from++;
      // "ووفقاً لـ«رويترز»، فقد ذكر X أن ...": the report after it has its own speaker and cue
      let f2 = from;
      while (f2 < se && f2 < from + 2 && (v.norm(f2) === 'فقد' || v.norm(f2) === 'قد' || v.norm(f2) === 'لقد')) f2++;
      if (f2 < se && v.isCue(f2) && v.cue(f2)!.form !== 'part') return f2;
      const e = clauseEnd(from, se);
      const r = rangeQuote(from, e);
      if (r) {
        emit({ kind: 'indirect', ...r, ...base });
        setCtx(speaker, via, sIdx);
        return e;
      }
      return j;
    }
    if (producedBefore) return j;
    // "وبحسب تقرير لوكالة ...، يرى محللون أن ...": the report after it carries the content
    {
      let x = j;
      while (x < se && v.isPunct(x, ',')) x++;
      if (x < se && v.isCue(x) && v.cue(x)!.form !== 'part') return j;
    }
    // after the content: "شنت طائرات ... ، بحسب المرصد"
    const sp = spanAtOpen[lead]!;
    if (sp >= 0 && !spans[sp]!.used && spans[sp]!.endTok >= t - 1) {
      directFrom(spans[sp]!, base);
      setCtx(speaker, via, sIdx);
      return j;
    }
    if (Math.max(0, t - lead) > MAX_INDIRECT) return j;
    let words = 0;
    for (let x = lead; x < t; x++) if (v.isWord(x)) words++;
    if (words < 4) return j; // "من جهة أخرى، وبحسب ..." is a discourse opener, not content
    // (a report verb and its speaker right before it are no content: in "وقال النائب العام وفق ما بثته الوكالة ..." or
    // "وأكدت الخارجية القطرية، وفق وكالة الأنباء، تأييدها" the agency is the channel of what they said)
    {
      let c = lead;
      while (c < t && !v.isWord(c)) c++;
      if (c < t && t - c <= 10 && v.isCue(c) && v.cue(c)!.form === 'past' && !lex.homographs.has(v.noConj(c))) {
        let plain = true;
        for (let x = c + 1; x < t && plain; x++) plain = !v.isComplementizer(x) && !v.isPunct(x, ':') && !v.isCue(x);
        if (plain) return j;
      }
    }
    const r = rangeQuote(lead, t);
    if (r) {
      emit({ kind: 'indirect', ...r, ...base });
      setCtx(speaker, via, sIdx);
    }
    return j;
  };

  /**
   * An attribution needs an agent: a title or source phrase, an organization or outlet word, a
   * statement (بيانات، تقرير), a quoted name, or a span the entity or actor layers know — not
   * "بحسب نوعه" or "وفق معايير معينة".
   */
  const agentive = (np: NP): boolean => {
    if (np.head !== 'name') return true;
    // a verbal noun of the pattern تفعيل heads a manner, not a source: "بحسب 【توزيع】 مجموعة الأدوار" (a report or a
    // statement is a source: "بحسب تقرير", "بحسب تصريح")
    // (unless it names an outlet or an actor: "بحسب تحقيق أجرته صحيفة «واشنطن بوست»")
    const first = v.noConj(np.s).replace(/^ال/, '');
    const named = () => idx.entitiesIn(toks[np.s]!.start, toks[np.e - 1]!.end).length > 0 || idx.actorIn(toks[np.s]!.start, toks[np.e - 1]!.end) !== undefined;
    if (/^ت[^ي]{2}ي[^ي]$/.test(first) && !lex.statementNouns.has(first) && !lex.institutions.has(first) && !lex.media.has(first) && !named()) return false;
    for (let j = np.s; j < np.e; j++) {
      if (v.mentionEnd[j]! >= 0) return true;
      if (v.has(lex.institutions, j) || v.has(lex.media, j) || v.has(lex.settings, j) || v.has(lex.statementNouns, j)) return true;
      const pre = v.prepSplit(j);
      if (pre) {
        const core = pre.rest.startsWith('ال') ? pre.rest.slice(2) : pre.rest;
        if (lex.institutions.has(core) || lex.media.has(core) || lex.settings.has(core) || lex.statementNouns.has(core)) return true;
      }
    }
    const a = toks[np.s]!.start;
    const b = toks[np.e - 1]!.end;
    if (idx.entitiesIn(a, b).length || idx.actorIn(a, b)) return true;
    return false;
  };

  /** A subject headed by an abstract noun (قيمة التخفيض، قدرتها الإنتاجية، نسبة الخصوم). */
  const nonAgent = (np: NP): boolean => {
    const i = np.s;
    if (v.mentionEnd[i]! >= 0) return false;
    if (v.has(lex.nonAgents, i)) return true;
    const st = toks[i]!.stem;
    if (st && lex.nonAgents.has(st.startsWith('ال') ? st.slice(2) : st)) return true;
    // a possessive pronoun on the head: قدرتها → قدرة
    const n = v.noConj(i);
    for (const p of ['ها', 'هم', 'ه', 'نا']) {
      if (n.length > p.length + 2 && n.endsWith(p)) {
        let b = n.slice(0, -p.length);
        if (b.endsWith('ت')) b = b.slice(0, -1) + 'ه';
        if (lex.nonAgents.has(b)) return true;
      }
    }
    return false;
  };

  /** The headline form with no outlet: "NAME: content" to the end of the paragraph; `fail` when it is none. */
  const plainHeadline = (p0: number, sIdx: number, fail: number): number => {
    const se = sentEnd[sIdx]!;
    let colon = -1;
    for (let j = p0 + 1; j < Math.min(se, p0 + 7); j++) {
      if (v.isPunct(j, ':')) {
        colon = j;
        break;
      }
      if (!v.isWord(j) || v.isCue(j) || v.isStop(j)) return fail;
    }
    if (colon < 0 || !v.isWord(p0) || lex.notHeadlineSpeakers.has(v.noConj(p0))) return fail;
    const np = subjectAfter(v, p0, colon, false);
    if (!np || np.s !== p0 || np.e !== colon || np.vague) return fail;
    // (the name alone: a title phrase, a person, or an organization of the knowledge base, the whole phrase; not
    // "تغريدة"، "رسالة للمجانين", a place as a dateline, nor a verb: "يصرخ على أمي")
    const a = toks[np.s]!.start, b = toks[np.e - 1]!.end;
    const whole = (x: { start: number; end: number }) => x.start <= a && x.end >= b;
    const person = idx.entitiesIn(a, b).some((e) => e.type === 'PER' && whole(e));
    const org = idx.actorMentionsIn(a, b).some((m) => whole(m) && m.actor.kind !== 'country' && m.actor.kind !== 'territory' && m.actor.kind !== 'place' && m.actor.kind !== 'agent' && m.via !== 'capital');
    if (!(np.head === 'title' || person || org)) return fail;
    const nx = colon + 1;
    // (a paragraph that goes on to report, "بندر بن محمد: أشار رئيس الهيئة عبر بيانه أنه …", is a subheading)
    // ("…: من جهته وصف العضو …" too)
    for (let j = nx; j < Math.min(T, nx + 4); j++) if (v.isWord(j) && v.isCue(j)) return fail;
    if (v.noConj(nx) === 'من' && nx + 1 < T && /^(?:جهت|جانب|ناحيت)/.test(v.norm(nx + 1))) return fail;
    return headlineQuote(speakerRef(v, idx, np), undefined, nx, sIdx, fail);
  };

  /** The quotation of a headline form after its colon (at `nx`): a marked span, else the rest of the paragraph. */
  const headlineQuote = (speaker: SpeakerRef, listener: Quote['listener'], nx: number, sIdx: number, fail: number): number => {
    const base = { speaker, speakerVia: 'headline', ...(listener ? { listener } : {}), stance: 'assert' as Stance };
    if (nx < T && spanAtOpen[nx]! >= 0) {
      const sp = spans[spanAtOpen[nx]!]!;
      directFrom(sp, base);
      setCtx(speaker, 'headline', sIdx);
      return sp.endTok;
    }
    const e = paraEnd(nx);
    const r = rangeQuote(nx, e);
    if (!r) return fail;
    emit({ kind: 'direct', ...r, ...base });
    setCtx(speaker, 'headline', sIdx);
    return e;
  };

  /**
   * Headline form at a paragraph start: "كيري لـ «الشرق الأوسط»: ...", and without the outlet: "كيري: من المستحيل أن
   * …", "وزير الدفاع الأمريكي: خادم الحرمين يزور أمريكا" (a person, a title or an organization, not a place: "اليمن:
   * مقتل 17" is a dateline; nor a report word: "تقرير: …"). A site's link line that repeats the headline ("رابط الخبر
   * بصحيفة الوئام: كيري: …") is read from after its own colon.
   */
  const headline = (p00: number, sIdx: number): number => {
    const se = sentEnd[sIdx]!;
    let p0 = p00;
    if (lex.linkLineWords.has(v.noConj(p00))) {
      for (let j = p00 + 1; j < Math.min(se, p00 + 7); j++) {
        if (v.isPunct(j, ':')) {
          p0 = j + 1;
          break;
        }
        if (!v.isWord(j)) break;
      }
      if (p0 === p00 || p0 >= se) return p00;
    }
    let h = -1;
    for (let j = p0 + 1; j < Math.min(se, p0 + 6); j++) {
      if (toks[j]!.kind === 'word' && v.norm(j) === 'ل') {
        h = j;
        break;
      }
      if (v.isPunct(j, ':')) return plainHeadline(p0, sIdx, p00);
      if (!v.isWord(j) || v.isCue(j) || v.isStop(j)) return p00;
    }
    if (h < 0) return p00;
    let colon = -1;
    for (let j = h + 1; j < Math.min(T, h + 10); j++) {
      if (v.isPunct(j, ':')) {
        colon = j;
        break;
      }
      if (v.mentionEnd[j]! >= 0) j = v.mentionEnd[j]! - 1;
      else if (!v.isWord(j)) return p00;
    }
    if (colon < 0) return p00;
    const np = subjectAfter(v, p0, h, false);
    if (!np || np.e !== h) return p00;
    const speaker = speakerRef(v, idx, np);
    const ls = h + 1;
    let lsS = ls;
    let lsE = colon;
    while (lsS < lsE && toks[lsS]!.kind === 'punct') lsS++;
    while (lsE > lsS && toks[lsE - 1]!.kind === 'punct') lsE--;
    const listener = lsE > lsS ? tokSpanText(lsS, lsE) : undefined;
    return headlineQuote(speaker, listener, colon + 1, sIdx, p00);
  };

  // ---- main pass ------------------------------------------------------------------------------
  for (let sIdx = 0; sIdx < sentStart.length; sIdx++) {
    const ss = sentStart[sIdx]!;
    const se = sentEnd[sIdx]!;
    let t = ss;
    // a sentence inside a quotation already taken (the rest of a sentence that begins inside it and goes on after it,
    // "… القاعدة “، وتابع: “…”", is read: the loop below skips the quotation's tokens)
    if (insideQuote[ss]! >= 0 && spans[insideQuote[ss]!]!.used && spans[insideQuote[ss]!]!.endTok >= se) continue;
    const producedAtStart = out.length;
    // (a site's link line may follow the last sentence in the same paragraph: "… النووي. رابط الخبر بصحيفة الوئام: كيري: …")
    if (ss === 0 || paraOfTok[ss - 1] !== paraOfTok[ss] || lex.linkLineWords.has(v.noConj(ss))) t = headline(ss, sIdx);
    while (t < se) {
      if (insideQuote[t]! >= 0 && spans[insideQuote[t]!]!.used) {
        t = spans[insideQuote[t]!]!.endTok;
        continue;
      }
      const sp = spanAtOpen[t]!;
      if (sp >= 0 && !spans[sp]!.used) {
        t = handleSpan(sp, sIdx);
        continue;
      }
      if (insideQuote[t]! >= 0) {
        t++;
        continue;
      }
      if (v.isWord(t)) {
        const a = matchAttribution(t, se);
        if (a) {
          t = Math.max(t + 1, handleAttribution(t, a.len, a.glued, sIdx, out.length > producedAtStart));
          continue;
        }
        if (v.isCue(t)) {
          t = Math.max(t + 1, handleCue(t, sIdx));
          continue;
        }
      }
      t++;
    }
  }

  /** A quotation-mark span not taken by a cue: a cue after it, or a standalone quotation. */
  function handleSpan(si: number, sIdx: number): number {
    const span = spans[si]!;
    if (span.cls === 'slogan' && opts.keepSlogans) {
      // a chant or banner: the speaker is the subject of the chanting verb just before, when there is one
      let speaker: SpeakerRef | null = null;
      for (let j = span.openTok - 1; j >= Math.max(sentStart[sIdx]!, span.openTok - 5); j--) {
        const hit = v.isWord(j) ? v.cue(j) : undefined;
        if (hit?.entry.slogan) {
          const np = subjectAfter(v, j + 1, span.openTok, false);
          if (np) speaker = speakerRef(v, idx, np);
          break;
        }
      }
      directFrom(span, { speaker, speakerVia: speaker ? 'explicit' : 'none', stance: 'other' });
      return span.endTok;
    }
    if (span.cls !== 'quote') return span.endTok;
    const se = sentEnd[sIdx]!;
    // "“...”، قال X" / "“...” يقول X"
    let j = span.endTok;
    while (j < T && j < span.endTok + 2 && toks[j]!.kind === 'punct' && (toks[j]!.norm === ',' || toks[j]!.norm === '-')) j++;
    if (j < T && v.isCue(j)) {
      const hit = v.cue(j)!;
      if (hit.form !== 'part' && (hit.entry.colon || hit.entry.clause)) {
        const lim = Math.max(sentEnd[sentOfTok[j]!] ?? se, j + 1);
        const np = subjectAfter(v, j + 1, lim, false);
        let speaker: SpeakerRef | null = null;
        let via = 'explicit';
        if (np && !np.vague) {
          speaker = speakerRef(v, idx, np);
          if (np.head === 'source') via = 'unnamed';
        } else if (ctx.speaker && sIdx - ctx.sent <= 2) {
          speaker = ctx.speaker;
          via = 'carried';
        }
        if (speaker) {
          const cue = { ...tokSpanText(j, j + 1), lemma: hit.entry.lemma };
          directFrom(span, { cue, speaker, speakerVia: via, stance: hit.entry.stance });
          setCtx(speaker, via, sentOfTok[j]! >= 0 ? sentOfTok[j]! : sIdx);
          return np ? np.e : j + 1;
        }
      }
    }
    // standalone, right after the statement that named the speaker
    const prev = span.openTok - 1;
    const atStart =
      prev < 0 ||
      paraOfTok[prev] !== paraOfTok[span.openTok] ||
      (toks[prev]!.kind === 'punct' && (toks[prev]!.norm === '.' || toks[prev]!.norm === ';' || toks[prev]!.norm === ':' || toks[prev]!.norm === '!' || toks[prev]!.norm === '?' || toks[prev]!.norm === ','));
    // after a colon that ends a sentence whose verb is no report: "ودافعت ابنته X عن والدتها في مقابلة: «...»"
    if (prev >= 0 && v.isPunct(prev, ':') && ctx.sent !== sIdx && span.words >= 3) {
      const s0 = sentStart[sentOfTok[prev]! >= 0 ? sentOfTok[prev]! : sIdx]!;
      const np = mainSubject(s0, prev);
      if (np) {
        const speaker = speakerRef(v, idx, np);
        const via = np.head === 'source' ? 'unnamed' : 'explicit';
        directFrom(span, { speaker, speakerVia: via, stance: 'assert' });
        setCtx(speaker, via, sentOfTok[Math.min(span.endTok, T) - 1]! >= 0 ? sentOfTok[Math.min(span.endTok, T) - 1]! : sIdx);
        return span.endTok;
      }
    }
    const sameOrNext = ctx.speaker !== null && (ctx.sent === sIdx || ctx.sent === sIdx - 1);
    if (atStart && sameOrNext && span.words >= 3 && (toks[prev]?.norm !== ',' || ctx.sent === sIdx)) {
      directFrom(span, { speaker: ctx.speaker, speakerVia: 'context', ...(ctx.listener ? { listener: ctx.listener } : {}), stance: 'assert' });
      ctx.sent = ctx.speakerSent = sentOfTok[Math.min(span.endTok, T) - 1]! >= 0 ? sentOfTok[Math.min(span.endTok, T) - 1]! : sIdx;
    }
    return span.endTok;
  }

  out.sort((a, b) => a.start - b.start);
  const seen = new Set<string>();
  const uniq: Quote[] = [];
  for (const q of out) {
    const key = `${q.start}:${q.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    q.id = `q${uniq.length + 1}`;
    uniq.push(q);
  }
  return uniq;
}

/** Words of "all of" that open an object phrase, never a speaker, after an object verb (طالب جميع، دعا كافة). */
const ALL_OF: ReadonlySet<string> = new Set(['جميع', 'كافه', 'كل']);

/** Prepositions with a pronoun after an attribution's verb (حسب ما أفاد به). */
const RESUMPTIVE_PREP: ReadonlySet<string> = new Set(['به', 'بها', 'عنه', 'عنها']);

/** How far back (tokens) an honorific pronoun subject looks for the person it stands for. */
const HONORIFIC_REACH = 600;
/** ... and how far back any person will do when none was named under a matching title. */
const HONORIFIC_NEAR = 80;

/** Weak cues that still introduce a short quotation at a sentence's end ("وأضاف «أنها عرض للقوة»."). */
const SHORT_SAYING_WEAK: ReadonlySet<string> = new Set(['أضاف', 'تابع', 'أردف', 'استطرد', 'استدرك']);

/** Prepositions opening a short fronted phrase of topic before a cue ("وعن ذلك، قالت", "وفي هذا الصدد، أكد"). */
const FRONTED_TOPIC_PREPS: ReadonlySet<string> = new Set(['عن', 'في', 'حول', 'بشان', 'بخصوص', 'بهذا', 'بذلك']);
/** Verbs that open a clause withholding a source's name after it (normalized): "طلب عدم ذكر اسمه", "رفض الكشف عن هويته". */
const ANONYMITY_VERBS: ReadonlySet<string> = new Set(['طلب', 'طلبت', 'طلبوا', 'رفض', 'رفضت', 'رفضوا', 'فضل', 'فضلت', 'فضلوا', 'اشترط', 'اشترطت', 'اشترطوا', 'مفضلا', 'مفضله', 'طالبا', 'طالبه', 'رافضا', 'رافضه']);
/** Prepositions of a short phrase fronted before the verb, up to a comma ("في وقت لاحق،"). */
const FRONTED_PREPS: ReadonlySet<string> = new Set(['في', 'بعد', 'قبل', 'خلال', 'منذ', 'عقب', 'اثناء', 'عند', 'ابان']);
/** A demonstrative as a verb's object before its subject ("أكد ذلك فلان"). */
const DEMONSTRATIVE_OBJECTS: ReadonlySet<string> = new Set(['ذلك', 'هذا', 'هذه', 'ذاك', 'بذلك', 'بهذا']);
/** Quotation marks that may stand around a name. */
const QUOTE_MARK_CHARS = '"“”«»„‟';
/** Relative pronouns (normalized): the plural and dual ones, then all. */
const PLURAL_RELATIVES: ReadonlySet<string> = new Set(['الذين', 'اللذين', 'اللتين', 'اللذان', 'اللتان', 'اللواتي', 'اللاتي']);
const RELATIVES: ReadonlySet<string> = new Set(['الذي', 'التي', ...PLURAL_RELATIVES]);
/** Particles and prepositions (normalized) that a short saying holds and a quoted name does not. */
const SAYING_PARTICLES: ReadonlySet<string> = new Set(['عن', 'في', 'علي', 'من', 'الي', 'لا', 'لن', 'لم', 'ما', 'ان', 'قد', 'هذا', 'هذه', 'نحن', 'انا', 'هو', 'هي', 'كل', 'ليس', 'لسنا']);
/** The topic particle أما as written (with و / ف, with or without its hamza; إما, "either", has another seat). */
const AMMA = /^[وف]?[أا]ما$/;
/** Words that with أن open a contrast before a clause (غير أن، إلا أن، بيد أن), normalized. */
const CONTRAST_HEADS: ReadonlySet<string> = new Set(['غير', 'الا', 'بيد']);

/** Words that open a new clause inside a sentence (normalized, without و/ف). */
const NO_PREPS: readonly string[] = [];
/** Punctuation inside a speaker's description before a quotation (descriptionBefore). */
const DESCRIPTION_PUNCT: ReadonlySet<string> = new Set([',', '(', ')', '-', '–', '—']);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['فيما', 'بينما', 'حيث', 'كما', 'لكن', 'اذ', 'بيد']);


/** A perfect verb written with a damma on its first letter is passive (ذُكر أن، قُدّر). */
function pastPassive(raw: string): boolean {
  let i = 0;
  const c0 = raw.charCodeAt(0);
  if ((c0 === 0x0648 || c0 === 0x0641) && raw.length > 3) {
    i = 1;
    while (i < raw.length && raw.charCodeAt(i) >= 0x064b && raw.charCodeAt(i) <= 0x0652) i++;
  }
  return raw.charCodeAt(i + 1) === 0x064f;
}

function hasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}


/**
 * The issuer of a statement noun before a cue: "أصدر التحالف بياناً يعلن فيه", "أدلى الأمير بتصريح قال
 * فيه", "تصريحات للمدرب قال فيها", "البيان الذي أصدره الأمين العام والذي قال فيه". `adjacent`: the noun
 * right before the cue (no resumptive pronoun after it); otherwise up to 14 words before it, past
 * adjectives, a parenthesis and a prepositional phrase, agreeing with the resumptive pronoun at k + 1
 * (فيها / بها: a feminine or plural noun). `speakerLike` accepts a phrase after ل as the issuer.
 */
function statementIssuer(v: TokenView, lex: QuoteLexicon, k: number, ss: number, adjacent = false, speakerLike: (np: NP) => boolean = () => false): NP | null {
  const feminine = !adjacent && k + 1 < v.toks.length && v.noConj(k + 1).endsWith('ها');
  const statementAt = (j: number): string | null => {
    const cands = [v.core(j)];
    const pre = v.prepSplit(j);
    if (pre && pre.prep === 'ب') cands.push(pre.rest.startsWith('ال') ? pre.rest.slice(2) : pre.rest);
    for (const n of cands) {
      const m = lex.statementNouns.has(n) ? n : n.endsWith('ا') && lex.statementNouns.has(n.slice(0, -1)) ? n.slice(0, -1) : null;
      if (m) return m;
    }
    return null;
  };
  let nounTok = -1;
  for (let j = k - 1; j >= ss && j >= (adjacent ? k - 1 : k - 14); j--) {
    if (!v.isWord(j)) {
      if (v.isPunct(j, ',') || v.isPunct(j, '(') || v.isPunct(j, ')')) continue;
      break;
    }
    if (j < k - 1 && (v.isCue(j) || v.isComplementizer(j))) break;
    const n = statementAt(j);
    if (!n) continue;
    if (!adjacent && (n.endsWith('ه') || n.endsWith('ات')) !== feminine) continue;
    nounTok = j;
    break;
  }
  if (nounTok < 0) return null;
  const issueAt = (j: number, withPronoun: boolean): boolean => {
    const n = v.noConj(j);
    const forms = withPronoun ? ['ها', 'ه'].filter((p) => n.endsWith(p)).map((p) => n.slice(0, -p.length)) : [n];
    return forms.some((f) => lex.issueVerbs.has(f) || (f.endsWith('ت') && lex.issueVerbs.has(f.slice(0, -1))));
  };
  // its owner after ل: "تصريحات للمدرب", "كلمة لوزير الخارجية"
  const g = nounTok + 1;
  const owner = g < k ? v.prepSplit(g) : null;
  if (owner && owner.prep === 'ل') {
    const np = subjectAfter(v, g, k, false, true);
    const rest = owner.rest.startsWith('ال') ? owner.rest.slice(2) : owner.rest;
    if (np && (speakerLike(np) || lex.institutions.has(owner.rest) || lex.institutions.has(rest))) return np;
  }
  // a relative clause with the issuing verb: "البيان الذي أصدره الأمين العام ... والذي قال فيه"
  if (g + 1 < k && RELATIVES.has(v.norm(g)) && issueAt(g + 1, true)) return subjectAfter(v, g + 2, k, false);
  // (or without the relative after an indefinite noun: "في بيان 【أصدره】 أمين عام الرابطة …، قال فيه")
  if (g < k && issueAt(g, true)) return subjectAfter(v, g + 1, k, false);
  // the issuing verb and its subject before the noun
  for (let j = nounTok - 1; j >= ss && j >= nounTok - 20; j--) {
    if (issueAt(j, false)) return subjectAfter(v, j + 1, nounTok, false);
  }
  return null;
}
