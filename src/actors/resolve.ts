/**
 * Actor resolution over one document: matcher output → actor mentions and title mentions, resolved
 * with the document date, titles, organization and nisba complements, sentence context, short names
 * and anaphora. Rules are documented in docs/actors.md; the word lists they use are the knowledge
 * base's context words (data/actors/context-words.txt, `kb.context`). No state is kept between documents.
 */
import type { Actor, ActorMention, MentionVia, TitleMention, Token } from '../doc/types.ts';
import { normalize, soundPluralEnding } from '../text/normalize.ts';
import { tokenize } from '../text/tokenize.ts';
import type { ActorContextWords } from './context-words.ts';
import type { ActorKB, TrieHit } from './kb.ts';
import { kindRank } from './kb.ts';
import { looseKey } from './keys.ts';
import { ActorMatcher, type RawMatch } from './matcher.ts';
import type { KbEntry } from './types.ts';

export interface ResolveInput {
  text: string;
  tokens: readonly Token[];
  /** YYYY-MM-DD (or partial) publication date; roles are resolved on it. */
  date?: string;
  /** Sentence bounds as token ranges, when the text layer has them. */
  sentences?: readonly { tokenStart: number; tokenEnd: number }[];
  /** True when the text layer's clitic analysis ran (token.words set where a word has clitics). */
  analyzed?: boolean;
}

export interface ResolveOutput {
  mentions: ActorMention[];
  titles: TitleMention[];
  actors: Map<string, Actor>;
}

/** A matched item before resolution. */
interface Item {
  ts: number;
  te: number;
  strip: number;
  lamAl: boolean;
  hit: TrieHit;
  /** Country the item carries (countries, nisbas, capitals, places, organizations with a country). */
  country: string | null;
}

interface Resolved {
  ts: number;
  te: number;
  actor: Actor;
  entry?: KbEntry;
  cls?: string;
  kind: string;
}

/** A word made definite by the article (الطرق، بالطرق، للقاعة) or by a pronoun (مبادئه). */
function definiteNoun(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.norm.startsWith('ال')) return true;
  return !!t.words?.some((w) => w.role === 'det' || w.role === 'pron');
}
/** A word that cannot be the first term of a construct: definite, with a pronoun, or a sound plural with its ن (مسلحون، المسلحين). */
function noConstructHead(t: Token): boolean {
  if (definiteNoun(t)) return true;
  return soundPluralEnding(t.norm.replace(/^[وف](?=.{5})/, ''));
}
/**
 * Token i is a one-digit number right after a place's name that makes it a conference or its statement: attached
 * ("جنيف1") or after a hyphen, or after a space when a conference noun stands before the name or the number ends the
 * phrase ("مؤتمر جنيف 2", "«جنيف 2»"); not a count ("جنيف 3 مرات") nor a date ("جنيف 2 يونيو").
 */
function conferenceNumberAt(tokens: readonly Token[], i: number, start: number): boolean {
  let k = i;
  const hyphen = k < tokens.length && tokens[k]!.kind === 'punct' && /^[-–]$/.test(tokens[k]!.text) && tokens[k]!.start - tokens[k - 1]!.end <= 1;
  if (hyphen) k++;
  const t = tokens[k];
  if (!t || t.kind !== 'number' || !/^[1-9١-٩]$/.test(t.text) || t.start - tokens[k - 1]!.end > 1) return false;
  if (hyphen || t.start === tokens[k - 1]!.end) return true;
  const nx = tokens[k + 1];
  if (!nx || nx.kind !== 'word') return true;
  const before = start > 0 ? tokens[start - 1]! : undefined;
  return !!before && /^[وبل]?(?:ال)?(?:مؤتمر|محادثات|مفاوضات|اتفاق|اتفاقية|بيان|مباحثات|قمة|مسار|جولة)$/.test(before.text.replace(/[\u064B-\u0652]/g, ''));
}
/** Honorific offices whose nisba alone is a family name (الدكتور التركي، الشيخ المصري), no nationality. */
export const FAMILY_NISBA_OFFICES: ReadonlySet<string> = new Set(['doctor_title', 'sheikh', 'professor', 'engineer']);
/** Honorifics that name no office (الدكتور، الأستاذ، الشيخ، الأمير): a person with one alone takes a story's country only when it is the sole country named. */
const HONORIFIC_OFFICES: ReadonlySet<string> = new Set([...FAMILY_NISBA_OFFICES, 'emir']);
/** Titles whose sector comes from the organization named after them. */
const ORG_SECTOR_OFFICES = new Set(['official', 'spokesperson', 'source', 'director', 'head', 'member', 'leader', 'adviser', 'secretary_general', 'researcher', 'expert', 'professor', 'doctor_title', 'diplomat', 'commander', 'ambassador', 'envoy']);
/** Titles that head a phrase naming an office-holder and can stand for the holder on the date. */
const HOLDER_OFFICES = new Set(['president', 'prime_minister', 'chancellor', 'king', 'emir', 'sultan', 'crown_prince', 'deputy_crown_prince', 'supreme_leader', 'vice_president', 'foreign_minister', 'defence_minister', 'secretary_general', 'speaker', 'chief_of_staff']);
/** Royal titles, after which a lineage ending a name (بن عبدالعزيز, countries' families) gives its country. */
const ROYAL_OFFICES: ReadonlySet<string> = new Set(['king', 'emir', 'crown_prince', 'deputy_crown_prince']);
/** Title families for anaphoric titles ("الوزير" → the last minister named). */
const TITLE_FAMILY: Record<string, readonly string[]> = {
  minister: ['foreign_minister', 'defence_minister', 'minister', 'interior_minister', 'finance_minister', 'justice_minister', 'prime_minister'],
  president: ['president'],
  king: ['king', 'emir', 'sultan'],
  emir: ['emir'],
  prime_minister: ['prime_minister', 'chancellor'],
  foreign_minister: ['foreign_minister'],
  defence_minister: ['defence_minister'],
  secretary_general: ['secretary_general'],
  chancellor: ['chancellor'],
};

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'LEG', 'JUD']);
/** Words of a military rank after its head (الفريق 【أول】 【ركن】), normalized. */
const RANK_WORDS: ReadonlySet<string> = new Set(['اول', 'ركن', 'الركن']);
/** Offices of a city or region, whose place in construct after them gives their country ("محافظ جدة", "أمير عسير", "سكان البصرة"). */
const LOCAL_OFFICES: ReadonlySet<string> = new Set(['governor', 'mayor', 'emir', 'police_chief', 'civilians']);
/** A title ending in a plural (المحللون، الباحثين، وزراء; `plurals` with or without ال) names a group, not the person after it. */
function pluralTitle(norm: string, plurals: ReadonlySet<string>): boolean {
  const w = norm.split(' ').pop()!;
  return soundPluralEnding(w) || plurals.has(w) || (w.startsWith('ال') && plurals.has(w.slice(2)));
}

const SENTENCE_END = new Set(['.', '!', '?', '...', '…']);

export class ActorResolver {
  readonly kb: ActorKB;
  private readonly matcher: ActorMatcher;

  /** Verb forms the other stages know (event triggers, reporting cues): never a name after a title ("الوزير 【يشيد】"). */
  private readonly verbForms: ReadonlySet<string>;

  constructor(kb: ActorKB, opts: { verbForms?: ReadonlySet<string> } = {}) {
    this.kb = kb;
    this.matcher = new ActorMatcher(kb);
    this.verbForms = opts.verbForms ?? new Set();
  }

  resolve(input: ResolveInput): ResolveOutput {
    const { tokens, text, date } = input;
    const kb = this.kb;
    const cx = kb.context;
    const keys = this.matcher.keys(tokens);
    const raw = this.matcher.match(tokens, 0, tokens.length, keys);
    const sentOf = sentenceIndex(tokens, text, input.sentences);

    // ---- licensing: entries named by an unambiguous form somewhere in the document
    const licensed = new Set<string>();
    const fullPeople = new Set<string>();
    // countries named unambiguously (name, nisba, capital, or one of their places): they license the
    // ambiguous one-word places of that country ("حجة" in an article that names Yemen)
    const countries = new Set<string>();
    // and the entries the document names by another form than a common noun alone ("تنظيم القاعدة", not "القاعدة")
    const namedOtherwise = new Set<string>();
    let commonAlone = false;
    for (const m of raw) {
      const f = m.tokenEnd - m.tokenStart === 1 ? stripProclitics(tokens[m.tokenStart]!.norm).form : '';
      const common = !!f && (cx.commonNounNames.has(f) || cx.commonNounNames.has('ال' + f));
      if (common) commonAlone = true;
      for (const h of m.hits) if (h.gate === 0) {
        licensed.add(h.entry.id);
        if (!common) namedOtherwise.add(h.entry.id);
        if (h.entry.kind === 'person') fullPeople.add(h.entry.id);
        if ((h.entry.kind === 'country' || h.entry.kind === 'territory' || h.entry.kind === 'place') && h.entry.country && m.hits.length === 1 && !prayerTime(tokens, m.tokenStart, h.entry, cx) && (m.tokenEnd - m.tokenStart > 1 || this.exactForm(h.entry, tokens, m, input.analyzed))) countries.add(h.entry.country);
      }
    }
    for (const c of countries) licensed.add('country-of:' + c);
    // the first token of each indefinite common noun whose definite form is a name ("قاعدة" for "القاعدة"); looked for
    // only when such a noun is matched alone
    const firstIndefinite = new Map<string, number>();
    if (commonAlone) {
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i]!.kind !== 'word') continue;
        const f = stripProclitics(tokens[i]!.norm).form;
        if (!f.startsWith('ال') && cx.commonNounNames.has('ال' + f) && !firstIndefinite.has(f)) firstIndefinite.set(f, i);
      }
    }
    const items: Item[] = [];
    // place names of [family_name_places] that the document writes as a family name, after a patronymic
    const familyPlaces = new Set<string>();
    for (let k = 2; k < tokens.length; k++) if (cx.familyNamePlaces.has(tokens[k]!.norm) && cx.son.has(tokens[k - 2]!.norm) && tokens[k - 1]!.kind === 'word') familyPlaces.add(tokens[k]!.norm);
    // nisba family names the document writes after a given name ("عبدالله بن عبدالمحسن 【التركي】"): the same word alone
    // later, not after a definite noun it could describe, is that person ("واستنكر 【التركي】 هذه التصريحات"), no country
    const familyNisbas = new Set<string>();
    // (inside a longer name the knowledge base matched too: the word is no match of its own)
    for (let k = 1; k < tokens.length; k++) {
      const w = tokens[k]!.norm;
      if (tokens[k]!.kind === 'word' && w.startsWith('ال') && w.endsWith('ي') && this.nisbaFamilyName(tokens, { tokenStart: k, tokenEnd: k + 1, strip: 0 } as RawMatch)) familyNisbas.add(w);
    }
    for (let k = 0; k < raw.length; k++) {
      const m = raw[k]!;
      const headed = placeHead(tokens, m.tokenStart, cx);
      const cue = headed || coordinatedPlace(tokens, raw, k) ? 'cue' : placePreposition(tokens, m, cx) ? 'prep' : null;
      // (a title right before a name: "الرئيس 【البشير】")
      const titled = k > 0 && raw[k - 1]!.tokenEnd === m.tokenStart && raw[k - 1]!.hits.some((h) => h.via === 'title');
      const countryList = cue === 'cue' && !headed && !tokens[m.tokenStart]!.norm.slice(m.strip).startsWith('ال') && coordinatedPlace(tokens, raw, k, true);
      let hit = this.choose(m, licensed, fullPeople, (e) => this.exactForm(e, tokens, m, input.analyzed, headed), cue, titled, countryList);
      // an outlet whose name is also an ordinary phrase, in a byline or dateline ("عمر إبراهيم – 【عين اليوم】",
      // "بدر العتيبي - 【سبق】 - القصيم:"): that occurrence is the outlet
      if (!hit) {
        const outlet = m.hits.find((h) => h.entry.kind === 'media' && h.gate === 1);
        if (outlet && creditPosition(text, tokens, m.tokenStart, m.tokenEnd)) hit = outlet;
      }
      if (hit && prayerTime(tokens, m.tokenStart, hit.entry, cx)) hit = null;
      if (hit && verbalNoun(tokens, m, cx)) hit = null;
      if (hit && commonNounReading(tokens, m, cx, !namedOtherwise.has(hit.entry.id) ? firstIndefinite : undefined)) hit = null;
      if (hit && nisbaFirstName(tokens, m, cx)) hit = null;
      if (hit && continentRegion(tokens, m, cx)) hit = null;
      if (hit && this.nisbaReading(hit.entry, tokens, m)) hit = { ...hit, via: 'nisba' };
      if (hit && hit.via === 'nisba' && this.nisbaFamilyName(tokens, m)) hit = null;
      if (hit && hit.via === 'nisba' && familyNisbas.size && m.strip === 0 && m.tokenEnd - m.tokenStart === 1 && familyNisbas.has(tokens[m.tokenStart]!.norm) && m.tokenStart > 0) {
        const p = tokens[m.tokenStart - 1]!;
        // (not a nationality before a name: "لكن 【الفرنسي】 ميشال بلاتيني")
        const nx = tokens[m.tokenEnd];
        const beforeName = !!nx && nx.kind === 'word' && this.personNameWords().given.has(nx.norm);
        // (nor after a noun with the article or a pronoun it could describe: "الرئيس التركي"، "نظيره التركي")
        if ((p.kind !== 'word' || !(/^[وفبلك]?ال/.test(p.norm) || definiteNoun(p))) && !beforeName) {
          hit = null;
          // (the known person named before with that family name: a short mention of them)
          const w = tokens[m.tokenStart]!.norm;
          for (let q = items.length - 1; q >= 0; q--) {
            const it = items[q]!;
            if (it.hit.entry.kind !== 'person' || tokens[it.te - 1]!.norm !== w) continue;
            items.push({ ts: m.tokenStart, te: m.tokenEnd, strip: 0, lamAl: false, hit: { ...it.hit, via: 'short' }, country: it.country });
            break;
          }
        }
      }
      // (a made thing's origin is no actor: "صواريخ التاو الأمريكية 【الصنع】")
      if (hit && hit.via === 'nisba' && m.tokenEnd < tokens.length && cx.manufactureWords.has(tokens[m.tokenEnd]!.norm)) hit = null;
      if (hit && adjectiveBody(hit.entry, tokens, m)) hit = null;
      // (a place name of [family_name_places] right after a patronymic, "عبدالله بن محمد 【السويد】", is the family name)
      // (and so is that word anywhere in a document that writes it so: "الدكتور 【السويد】" after "عبدالله بن محمد السويد")
      if (hit && m.tokenEnd - m.tokenStart === 1 && m.strip === 0 && familyPlaces.has(tokens[m.tokenStart]!.norm)) hit = null;
      if (hit) items.push({ ts: m.tokenStart, te: m.tokenEnd, strip: m.strip, lamAl: m.lamAl, hit, country: carriedCountry(hit) });
    }

    const itemAt = new Int32Array(tokens.length).fill(-1);
    items.forEach((x, i) => {
      itemAt[x.ts] = i;
    });
    const mentions: ActorMention[] = [];
    const titles: TitleMention[] = [];
    /** The organization a title names (its complement), by title: "الأمين العام 【لمجلس التعاون】". */
    const titleBodies = new Map<TitleMention, Actor>();
    const actors = new Map<string, Actor>();
    const history: Resolved[] = [];
    // people named right after a title with no nationality or organization ("وزير الخارجية عادل الجبير"): a later bare
    // title of their office is theirs rather than a foreign colleague's ("… مع وزير الخارجية الإيطالي … وقال وزير الخارجية")
    const bareTitled = new Set<string>();
    /** Anaphors without an antecedent whose referent depends on the story's country (AnaphorDef.byStoryCountry). */
    const byStory: { ts: number; te: number; strip: number; lamAl: boolean; by: Record<string, string> }[] = [];
    /** Country anaphors ("المملكة") with no antecedent before them, resolved by the whole document below. */
    const unresolvedKingdoms: { ti: number; strip: number; lamAl: boolean; noun: string }[] = [];
    const covered = new Uint8Array(tokens.length);
    const docNames: DocName[] = [];
    /** Document names by their first and by their last word key (so a token looks at its candidates only). */
    const docNamesByWord = new Map<string, DocName[]>();
    let docN = 0;

    const startOffset = (ti: number, strip: number): number => rawOffsetAfter(tokens[ti]!, strip);
    /**
     * A one-word surname at `ti` that is no short mention of a person: a link in a longer name after a
     * connector ("محمد بن نايف بن عبدالعزيز", "عبد العزيز"), or an adjective right after a definite noun that is
     * no title ("العمل العربي المشترك", "النصف الثاني"; "واعتبر العربي" and "الرئيس الأسد" stay).
     */
    /** The word before `ti` is a first name of people's names that is none of `e`'s own name words. */
    const otherFirstName = (ti: number, e: KbEntry): boolean => {
      const p = tokens[ti - 1]!;
      if (p.kind !== 'word' || covered[ti - 1] || !this.personNameWords().curated.has(p.norm) || cx.connectors.has(p.norm) || cx.stop.has(p.norm)) return false;
      // the person's own first name, also in another spelling of its long vowels ("فرنسوا" / "فرانسوا هولاند")
      for (const n of e.names) for (const w of n.split(' ')) if (sameNameWord(normalize(w, kb.charMap), p.norm)) return false;
      return true;
    };
    const notShortName = (ti: number, strip: number): boolean => {
      if (ti === 0 || strip !== 0) return false;
      const p = tokens[ti - 1]!;
      if (p.kind !== 'word') return false;
      // "متعب بن عبدالله", "عبد الناصر": a link; "وأضاف ابن معمر", "قال ابن باز" (a verb or function word before): a name
      if (cx.nameChain.has(p.norm)) {
        if (p.norm === 'عبد' || ti < 2) return p.norm === 'عبد';
        const pp = tokens[ti - 2]!;
        return pp.kind === 'word' && !inSetAfterClitic(pp.norm, cx.stop, 'وف');
      }
      if (!tokens[ti]!.norm.startsWith('ال') || covered[ti - 1]) return false;
      // a noun with the article (not a pronoun: "أيها الحوثي"), and no title word ("للأستاذ الشايع")
      const bare = stripProclitics(p.norm);
      if (!bare.form.startsWith('ال')) return false;
      return !kb.find(bare.form).some((h) => h.entry.kind === 'agent');
    };
    const spanText = (s: number, e: number) => text.slice(s, e);
    const normOf = (ts: number, te: number, strip: number, lamAl: boolean): string => {
      const parts: string[] = [];
      for (let k = ts; k < te; k++) {
        let n = tokens[k]!.norm;
        if (k === ts && strip) n = lamAl ? 'ال' + n.slice(strip + 1) : n.slice(strip);
        parts.push(n);
      }
      return parts.join(' ');
    };
    const addMention = (ts: number, te: number, strip: number, lamAl: boolean, actor: Actor, via: MentionVia, entry?: KbEntry, cls?: string) => {
      const start = startOffset(ts, strip);
      const end = tokens[te - 1]!.end;
      // (a city or region resolves to its country; the mention keeps which place it names)
      const place = entry?.kind === 'place' && via !== 'capital' && via !== 'nisba' && actor.kind !== 'place' && actor.code === entry.country ? { place: entry.id } : {};
      mentions.push({ start, end, text: spanText(start, end), norm: normOf(ts, te, strip, lamAl), actor, via, tokenStart: ts, tokenEnd: te, ...place });
      if (!actors.has(actor.id)) actors.set(actor.id, actor);
      history.push({ ts, te, actor, entry, cls, kind: (actor.kind ?? entry?.kind ?? '') as string });
      for (let k = ts; k < te; k++) covered[k] = 1;
    };
    /**
     * The outlet a place name at [ts, te) names: after a head of [media_heads] in construct (no article; ل or و/ف may be
     * on it), or as the first word of a quoted name of at most four words after one. The span of the outlet's name, and
     * the country of a nisba right after it (after the closing mark), if any; 'known' when a known outlet's name goes on
     * after the place.
     */
    const outletAt = (ts: number, te: number): { ts: number; te: number; nisba: string | null } | 'known' | null => {
      let h = ts - 1;
      let end = te;
      const quoted = h >= 0 && tokens[h]!.kind === 'punct' && /^[«"“]$/.test(tokens[h]!.text);
      if (quoted) {
        const close = tokens[h]!.text === '«' ? '»' : tokens[h]!.text === '“' ? '”' : '"';
        let j = te;
        while (j < tokens.length && j < ts + 4 && tokens[j]!.kind === 'word') j++;
        if (j >= tokens.length || tokens[j]!.text !== close) return null;
        end = j;
        h--;
      }
      const head = h >= 0 ? tokens[h]! : null;
      if (!head || head.kind !== 'word') return null;
      // (stripProclitics leaves a lone ل or ب on: "لصحيفة", "بصحيفة")
      const w0 = stripProclitics(head.norm).form;
      const w = cx.mediaHeads.has(w0) ? w0 : w0.replace(/^[لب]/, '');
      if (w.startsWith('ال') || !cx.mediaHeads.has(w)) return null;
      // (a known outlet whose name goes on past the place is that outlet's, and the place no mention: "صحيفة ديلي 【ميرور】")
      for (let k = ts + 1; k <= end && k < tokens.length; k++) if (itemAt[k]! >= 0 && items[itemAt[k]!]!.hit.entry.kind === 'media') return 'known';
      const after = end + (quoted ? 1 : 0);
      const nx = after < tokens.length && itemAt[after]! >= 0 ? items[itemAt[after]!]! : null;
      const nisba = nx && nx.ts === after && nx.hit.via === 'nisba' ? (nx.hit.entry.country ?? null) : null;
      return { ts, te: end, nisba };
    };
    const countryActor = (iso: string, via: 'name' | 'nisba' | 'capital', e: KbEntry): Actor =>
      via === 'capital' ? kb.sectorActor(iso, 'GOV') : e.kind === 'place' ? kb.sectorActor(iso, null) : kb.toActor(e, date);

    /** Country named right after position `at` (directly, or after a ب/في/من proclitic or word). */
    const complementAt = (idx: number, at: number): { item: Item; idx: number } | null => {
      const it = items[idx];
      if (!it) return null;
      let gap = it.ts - at;
      if (gap === 1 && ['في', 'من'].includes(tokens[at]!.norm)) gap = 0;
      if (gap !== 0) return null;
      return { item: it, idx };
    };
    const isCountryItem = (it: Item) => (it.hit.via === 'nisba' || it.hit.via === 'capital' || ((it.hit.entry.kind === 'country' || it.hit.entry.kind === 'territory' || it.hit.entry.kind === 'place') && it.hit.via === 'name'));
    const isOrgItem = (it: Item) => !isCountryItem(it) && it.hit.via !== 'title' && it.hit.via !== 'short' && it.hit.entry.kind !== 'person';

    /** Resolve a (possibly generic) organization item with its country complement; returns the actor and the index of the last item used. */
    const resolveOrg = (idx: number): { actor: Actor; last: number; te: number; entry: KbEntry; cls?: string; anaphoric?: boolean } | null => {
      const it = items[idx]!;
      const e = it.hit.entry;
      if (!e.generic) return { actor: kb.toActor(e, date), last: idx, te: it.te, entry: e, cls: e.class };
      let c = complementAt(idx + 1, it.te);
      let adjSkipped = false;
      if (!c) {
        // up to two definite adjectives before the nisba: "سلاح الجو الملكي الأردني", "القوات الخاصة العراقية"
        let at = it.te;
        while (at < tokens.length && at - it.te < 2 && tokens[at]!.kind === 'word' && tokens[at]!.norm.startsWith('ال') && itemAt[at]! < 0) at++;
        const c2 = at > it.te ? complementAt(idx + 1, at) : null;
        if (c2 && c2.item.hit.via === 'nisba') {
          c = c2;
          adjSkipped = true;
        }
      }
      // a definite body is in construct with no country name right after it: "اتهمت الحكومة إسرائيل" (the
      // government accuses Israel), unlike "حكومة إسرائيل"; a nisba after it is its adjective ("الحكومة
      // السورية"), and "وزارة الداخلية في السعودية" keeps its country
      const lastWord = it.te - it.ts === 1 ? stripNorm(tokens[it.ts]!.norm, it.strip, it.lamAl) : tokens[it.te - 1]!.norm;
      if (c && c.item.hit.via !== 'nisba' && c.item.ts === it.te && c.item.strip === 0 && lastWord.startsWith('ال') && !adjSkipped) c = null;
      if (c && isCountryItem(c.item) && c.item.country) {
        const country = c.item.country;
        const nisbaAdj = c.item.hit.via === 'nisba' && (c.item.ts === it.te || adjSkipped);
        const actor: Actor = {
          id: `body:${country}:${e.id.slice(e.id.indexOf(':') + 1)}`,
          code: country + (e.sector ?? ''),
          country,
          sector: e.sector,
          name: { ar: nisbaAdj ? spanText(tokens[it.ts]!.start, tokens[c.item.te - 1]!.end) : e.name.ar + ' (' + (kb.country(country)?.name.ar ?? country) + ')', en: `${e.name.en} (${kb.country(country)?.name.en ?? country})` },
          kind: 'gov_body',
        };
        return { actor, last: nisbaAdj ? c.idx : idx, te: nisbaAdj ? c.item.te : it.te, entry: e, cls: e.class };
      }
      // a bare generic body: an anaphor for the last body of its class, else a body without a country
      const ana = this.kb.anaphors.get(stripNorm(tokens[it.ts]!.norm, it.strip, it.lamAl));
      if (ana && it.te === it.ts + 1) {
        const prev = lastMatching(history, ana.targets, normalize(ana.word).slice(2));
        if (prev) return { actor: prev.actor, last: idx, te: it.te, entry: prev.entry ?? e, cls: prev.cls ?? e.class, anaphoric: true };
      }
      // an indefinite body noun without a country ("وزارة", "حكومة") heads some other name: not a mention
      // (a construct is definite through its last word: "قوات الأمن", "سلاح الجو")
      if (e.needsCountry || !(stripNorm(tokens[it.ts]!.norm, it.strip, it.lamAl).startsWith('ال') || (it.te - it.ts > 1 && tokens[it.te - 1]!.norm.startsWith('ال')))) return null;
      // the same body named with its country earlier in the story is this one ("وزارة الداخلية التونسية … وزارة
      // الداخلية" → the Tunisian ministry)
      // (not one coordinated with it: "وزارة الداخلية السعودية و【وزارة الداخلية】 الاتحادية في ألمانيا" are two)
      const same = lastSameBody(history, e.id);
      if (same && it.ts - same.te > 1) return { actor: same.actor, last: idx, te: it.te, entry: e, cls: e.class };
      return { actor: { id: e.id, code: e.code, country: null, sector: e.sector, name: { ...e.name }, kind: 'gov_body' }, last: idx, te: it.te, entry: e, cls: e.class };
    };

    /** Whether a word of people's names stands at token k (a name goes on there). */
    const nameGoesOn = (k: number): boolean => k < tokens.length && tokens[k]!.kind === 'word' && this.personNameWords().all.has(tokens[k]!.norm);
    /**
     * The matched name [ts, te) goes on with بن + a word, and the person's longer names in the knowledge base go on
     * with بن + other words only: the text names someone else of the family.
     */
    const otherLineage = (ts: number, te: number, e: KbEntry): boolean => {
      // a two-word name followed by a family name with the article that no form of the person has ("المواطن علي صالح
      // الزهراني"): someone else
      // (or by a name without the article compound in عبد or a nisba written in ي (not ى: موسى), which no verb form is and
      // after which no name goes on: the grandfather's or family name of a fuller name, "محمد يوسف 【عبدالعزيز】" is not Boko
      // Haram's Mohammed Yusuf; "واستقبل عادل الجبير 【عبدالملك المخلافي】" is the known subject and another person)
      const t3 = te < tokens.length ? tokens[te]! : null;
      const family = !!t3 && t3.kind === 'word' && itemAt[te]! < 0 && this.personNameWords().all.has(t3.norm) &&
        (t3.norm.startsWith('ال') || ((t3.norm.startsWith('عبد') || t3.text.endsWith('ي')) && !this.verbForms.has(t3.norm) && !cx.stop.has(t3.norm) && !nameGoesOn(te + 1)));
      if (te - ts === 2 && family) {
        const k3 = keys[te]!;
        if (!e.names.some((n) => kb.keysOf(n)[2] === k3)) return true;
      }
      if (te + 1 >= tokens.length || !cx.son.has(tokens[te]!.norm) || tokens[te + 1]!.kind !== 'word') return false;
      const L = te - ts;
      let longer = false;
      for (const n of e.names) {
        const ks = kb.keysOf(n);
        if (ks.length < L + 2) continue;
        let same = true;
        for (let k = 0; k < L && same; k++) same = ks[k] === keys[ts + k];
        if (!same || !cx.son.has(ks[L]!)) continue;
        if (ks[L + 1] === keys[te + 1]) return false;
        longer = true;
      }
      return longer;
    };

    /**
     * Unknown name tokens after position `at`: one or two words, a third family name with the article
     * ("صالح محمود السعدون"), up to six with connectors ("سعود بن عبدالله بن ثنيان"). A word written with
     * tanwin (تهديداً) is not a name; a lone word must be rare as an ordinary word ("الرئيس مدة" is no name).
     * `firstName`: the first word is a title word used as a name ("سلطان بن سلمان").
     */
    const nameAfter = (at: number, limit: number, firstName = false): number => {
      let k = at;
      let n = 0;
      while (k < limit && n < 6) {
        const t = tokens[k]!;
        if (t.kind !== 'word' || covered[k] || t.text.includes('\u064B')) break;
        // another match ends the name, except a person's name after بن ("بن سلمان"); a title used as a first name starts it
        const m = itemAt[k]!;
        if (m >= 0 && !(k === at && firstName) && !(k > at && cx.connectors.has(tokens[k - 1]!.norm) && items[m]!.hit.entry.kind === 'person')) break;
        // after a connector the word is a name by construction ("بن ثنيان"): only function words end it
        const afterConnector = n > 0 && cx.connectors.has(tokens[k - 1]!.norm);
        if (!(firstName && n === 0) && !(afterConnector ? t.norm.length > 1 && !cx.stop.has(t.norm) : this.nameWord(t.norm, n === 0))) break;
        // a verb the other stages know is the predicate, not a name: "الوزير 【يشيد】 بالسعودية" (unless a known name word: يزيد)
        if (!afterConnector && this.verbForms.has(t.norm) && !this.personNameWords().all.has(t.norm)) break;
        // nor is a word followed by a frequent noun in the indefinite accusative, its object: "وزير الثقافة البريطاني
        // 【اتخذ】 قرارا" (a name word the knowledge base knows stays one)
        if (n === 0 && !firstName && k + 1 < limit && this.accusativeObject(tokens[k + 1]!) && !this.personNameWords().all.has(t.norm)) break;
        // a word the clitic layer reads as و / ف + word is no part of the name ("ذلك العضو وشراسة …", "وامتدح"), unless
        // it is itself a name word (وليد، وائل)
        if (t.words && t.words.length > 1 && t.words[0]!.role === 'conj' && !this.personNameWords().all.has(t.norm)) break;
        n++;
        k++;
        // two name words (three when the first is a title word used as a name), then perhaps one with the article
        const two = firstName ? 3 : 2;
        if (n >= two && !cx.connectors.has(tokens[k - 2]!.norm) && !cx.connectors.has(tokens[k - 1]!.norm)) {
          const t3 = tokens[k];
          if (n === two && k < limit && t3 && t3.kind === 'word' && !covered[k] && itemAt[k]! < 0 && t3.norm.startsWith('ال') && !tokens[k - 1]!.norm.startsWith('ال') && !t3.text.includes('\u064B') && this.nameWord(t3.norm, false)) k++;
          // (or a third that is the last word of a curated person's name, a family name without the article: "خالد محفوظ
          // 【بحاح】")
          else if (n === two && k < limit && t3 && t3.kind === 'word' && !covered[k] && !t3.norm.startsWith('ال') && !tokens[k - 1]!.norm.startsWith('ال') && !this.verbForms.has(t3.norm) && !cx.stop.has(t3.norm) && this.personNameWords().family.has(t3.norm) && (itemAt[k]! < 0 || items[itemAt[k]!]!.hit.entry.kind === 'person')) k++;
          break;
        }
      }
      // a trailing connector is not part of the name
      while (k > at && cx.connectors.has(tokens[k - 1]!.norm)) k--;
      // one word alone is a name only if it is no preposition + word as the clitic layer reads it ("المتحدث الإعلامي
      // باسم الشرطة": باسم is "on behalf of" there, the given name in "باسم يوسف")
      if (k - at === 1 && !firstName && (!this.loneName(tokens[at]!.norm) || tokens[at]!.words?.[0]?.role === 'prep')) return at;
      return k;
    };

    /**
     * Nearest country carried by an item in the same sentence as token `ti`. For a state sector
     * (GOV, MIL, COP, SPY, LEG, JUD) any country-bearing mention counts; otherwise only an organization.
     */
    const sentenceCountry = (ti: number, sector: string | null): string | null => {
      const s = sentOf[ti];
      const state = sector !== null && STATE_SECTORS.has(sector);
      let best: { d: number; c: string } | null = null;
      for (const it of items) {
        if (!it.country || sentOf[it.ts] !== s || (it.ts <= ti && it.te > ti)) continue;
        if (!state && (isCountryItem(it) || it.hit.entry.kind === 'person')) continue;
        // (a company's country says nothing of the people near it: "على موقع 【تويتر】 عن الشيخ طلال الفهد")
        if (it.hit.entry.kind === 'company') continue;
        const d = Math.abs(it.ts - ti);
        if (!best || d < best.d) best = { d, c: it.country };
      }
      return best?.c ?? null;
    };

    /**
     * The country of a name [ts, te) by its ruling family (KB countries' `families`), also when the family name follows
     * the words read as the name ("محمد خالد الحمد 【الصباح】"): null when it ends with none. A lineage (بن عبدالعزيز) only
     * after a royal title (`office`).
     */
    const familyCountryAt = (ts: number, te: number, office: string): string | null => {
      const words: string[] = [];
      for (let k = ts; k < te; k++) words.push(tokens[k]!.norm);
      for (let k = te; k <= te + 2 && k <= tokens.length; k++) {
        const c = kb.familyCountry(words, ROYAL_OFFICES.has(office));
        if (c) return c;
        if (k >= tokens.length || tokens[k]!.kind !== 'word') break;
        words.push(tokens[k]!.norm);
      }
      return null;
    };

    /**
     * The country of a title the person holds before this one, with the posting between them ("المندوب الدائم للمملكة
     * العربية السعودية 【لدى】 الأمم المتحدة 【في】 نيويورك 【السفير】 فلان"): only posting prepositions and names the
     * knowledge base knows between the two (eight words at most), null otherwise.
     */
    const postingCountry = (ts: number): string | null => {
      // (the title at ts itself is already listed)
      let j = titles.length - 1;
      while (j >= 0 && titles[j]!.tokenEnd > ts) j--;
      const prev = titles[j];
      if (!prev?.country || prev.tokenEnd >= ts || ts - prev.tokenEnd > 8) return null;
      let prep = false;
      for (let k = prev.tokenEnd; k < ts; k++) {
        if (tokens[k]!.kind !== 'word') return null;
        if (cx.postingPrepositions.has(tokens[k]!.norm)) prep = true;
        // (a definite noun right after the preposition that only an anaphor names: "لدى 【المملكة】")
        else if (k === prev.tokenEnd + 1 && prep && itemAt[k]! < 0 && tokens[k]!.norm.startsWith('ال')) continue;
        else if (itemAt[k]! >= 0) {
          // (past the longest name starting there)
          let te = k + 1;
          for (let j = itemAt[k]!; j >= 0 && items[j]!.ts === k; j--) te = Math.max(te, items[j]!.te);
          k = te - 1;
        } else return null;
      }
      return prep ? prev.country : null;
    };

    /**
     * The document-level person an unknown name after a title repeats: the whole name, or its last word alone, of exactly
     * one person found before (none with another country than the title's).
     */
    const earlierDocName = (ts: number, te: number, country: string | null): Actor | null => {
      let found: Actor | null = null;
      for (const dn of docNamesByWord.get(keys[te - 1]!) ?? []) {
        if (dn.at > ts) continue;
        const L = dn.keys.length;
        const n = te - ts;
        if (n > L || dn.keys[L - 1] !== keys[te - 1]) continue;
        let same = true;
        for (let k = 1; k <= n && same; k++) same = dn.keys[L - k] === keys[te - k];
        if (!same || (n === L && L === 1)) continue;
        if (country && dn.actor.country && dn.actor.country !== country) continue;
        if (found && found.id !== dn.actor.id) return null;
        found = dn.actor;
      }
      return found;
    };

    /** Parse a title phrase at item `idx`: the title, its complements; returns the TitleMention and what follows. */
    const titlePhrase = (idx: number) => {
      const it = items[idx]!;
      const e = it.hit.entry;
      let last = idx;
      let te = it.te;
      let country: string | null = null;
      let org: { actor: Actor; entry: KbEntry } | null = null;
      /** True when the country is that of a body no source names (its sector is unknown). */
      let unknownBody = false;
      // skip modifiers, then take complements: a nisba or country, an organization (with its own country)
      // (an indefinite title takes indefinite ones: "مسؤول 【عسكري】 أمريكي", "دبلوماسي أمريكي 【كبير】")
      // (not a rank that is also a common noun: "فريق حكومي يمني" is a team)
      let indefinite = !cx.ambiguousRanks.has('ال' + stripProclitics(tokens[it.ts]!.norm).form);
      for (let k = it.ts; k < it.te; k++) if ((k === it.ts ? tokens[k]!.norm.slice(it.strip) : tokens[k]!.norm).startsWith('ال')) indefinite = false;
      // (after one, no organization completes the title: "قائد قوات 【محلية】 لرويترز" spoke to Reuters)
      let indefMod = false;
      const modifierAt = (k: number) => {
        if (cx.titleModifiers.has(tokens[k]!.norm)) return true;
        if (!indefinite || !cx.titleModifiersIndefinite.has(tokens[k]!.norm) || itemAt[k]! >= 0) return false;
        indefMod = true;
        return true;
      };
      if (e.office === 'minister' && te < tokens.length && tokens[te]!.kind === 'word' && (tokens[te]!.norm === 'الدوله' || AFFAIRS.test(tokens[te]!.norm))) {
        // a minister of state and his affairs, then his country after ب or ل: "وزير 【الدولة لشؤون الدفاع بدولة قطر】" (the
        // title runs over them, so the name after it is its holder's)
        let p = te;
        if (tokens[p]!.norm === 'الدوله') p++;
        if (p < tokens.length && tokens[p]!.kind === 'word' && AFFAIRS.test(tokens[p]!.norm)) {
          p++;
          const from = p;
          // (a portfolio the knowledge base reads as a sector word or a ministry is part of it: "لشؤون 【الخارجية】")
          const portfolio = (k: number) => {
            const x = itemAt[k]! >= 0 ? items[itemAt[k]!]! : null;
            return !x || ((x.hit.entry.kind === 'agent' || x.hit.entry.kind === 'gov_body') && x.ts === k && x.te === k + 1);
          };
          while (p < tokens.length && p - from < 3 && portfolio(p) && tokens[p]!.kind === 'word' && /^و?ال/.test(tokens[p]!.norm) && (p === from || tokens[p]!.norm.startsWith('و'))) {
            if (itemAt[p]! >= 0) last = itemAt[p]!;
            p++;
          }
          if (p === from) p = te;
        }
        te = p;
        // (or after ل, past a head of a place: "وزير الدولة لشؤون الخارجية 【لجمهورية】 بنغلاديش")
        const headAfterPrep = te + 1 < tokens.length && tokens[te]!.kind === 'word' ? /^[وف]?[لب](.+)$/.exec(tokens[te]!.norm) : null;
        const placeHead = !!headAfterPrep && cx.titlePlaceHeads.has(headAfterPrep[1]!);
        const bi = te < tokens.length ? itemAt[placeHead ? te + 1 : te]! : -1;
        const b = bi >= 0 ? items[bi]! : null;
        if (b && placeHead && b.ts === te + 1 && b.strip === 0 && isCountryItem(b) && b.hit.via === 'name' && b.country) {
          country = b.country;
          addMention(b.ts, b.te, b.strip, b.lamAl, countryActor(b.country, 'name', b.hit.entry), 'name', b.hit.entry);
          last = bi;
          te = b.te;
        } else if (b && b.ts === te && b.strip > 0 && /^[وف]?[بل]/.test(tokens[te]!.norm) && isCountryItem(b) && b.hit.via === 'name' && b.country) {
          country = b.country;
          addMention(b.ts, b.te, b.strip, b.lamAl, countryActor(b.country, 'name', b.hit.entry), 'name', b.hit.entry);
          last = bi;
          te = b.te;
        }
      }
      // an envoy of a head of state named by a title of one country: "سفير 【خادم الحرمين الشريفين】 لدى اليمن" is Saudi
      // Arabia's ambassador (agents.txt's seventh column), not the king
      if (e.office === 'ambassador' && country === null && te < tokens.length) {
        const bi = itemAt[te]!;
        const b = bi >= 0 ? items[bi]! : null;
        const be = b?.hit.entry;
        if (b && be && b.ts === te && b.strip === 0 && be.title && be.country && (be.office === 'king' || be.office === 'president' || be.office === 'emir')) {
          country = be.country;
          last = bi;
          te = b.te;
        }
      }
      // a minister's portfolio before the nationality: "وزير 【الثقافة】 الإيراني", "وزير 【النفط والثروة المعدنية】 السعودي"
      // (definite words no source names, up to three, the later ones with و; only when a nisba or country follows)
      // (only an indefinite title, in construct with its portfolio: "الوزير 【القصف】 الإسرائيلي" is the minister and his
      // object)
      if (e.office === 'minister' && it.te - it.ts === 1 && indefinite && !stripProclitics(tokens[it.ts]!.norm).form.startsWith('ال')) {
        let p = te;
        while (p < tokens.length && p - te < 3 && itemAt[p]! < 0 && tokens[p]!.kind === 'word' && /^و?ال/.test(tokens[p]!.norm) && !cx.titleModifiers.has(tokens[p]!.norm) && (p === te ? tokens[p]!.norm.startsWith('ال') : true)) p++;
        const c = p > te && p < tokens.length ? complementAt(last + 1, p) : null;
        if (c && isCountryItem(c.item) && c.item.ts === p) te = p;
      } else if (it.te - it.ts === 1 && indefinite && te + 2 < tokens.length && itemAt[te]! < 0 && tokens[te]!.kind === 'word') {
        // a body no source names, in construct after the title, gives its nationality: "رئيسة 【اتحاد المصارف】 اليونانية",
        // "مدير 【مكتب الشؤون】 الخارجية الأمريكية" (a head of [body_heads] or [institution_heads], one or two definite
        // words, then a nisba: the nisba is the body's, and the title's country)
        const head = tokens[te]!.norm;
        if (cx.bodyHeads.has(head) || cx.institutionHeads.has(head)) {
          let p = te + 1;
          while (p < tokens.length && p - te <= 2 && itemAt[p]! < 0 && tokens[p]!.kind === 'word' && tokens[p]!.norm.startsWith('ال') && !cx.titleModifiers.has(tokens[p]!.norm)) p++;
          const c = p > te + 1 && p < tokens.length ? complementAt(last + 1, p) : null;
          if (c && c.item.hit.via === 'nisba' && c.item.ts === p) {
            te = p;
            unknownBody = true;
            // (the nisba stays a mention of its own, as the body's adjective: "لجنة الحكام 【السعودية】" is an entity and
            // the story's country counts it)
            addMention(c.item.ts, c.item.te, c.item.strip, c.item.lamAl, countryActor(c.item.country!, 'nisba', c.item.hit.entry), 'nisba', c.item.hit.entry);
          }
        }
      }
      for (let guard = 0; guard < 3; guard++) {
        while (te < tokens.length && modifierAt(te)) te++;
        // a head of a place in construct, then the place: "أمير 【منطقة الرياض】", "سفير 【جمهورية باكستان】", "محافظ 【محافظة
        // جدة】" (the place's country is the title's; the place stays a mention of its own)
        // (not after a rank that is also a common noun: "فريق العاصمة روما" is a team)
        if (!org && !country && te + 1 < tokens.length && itemAt[te]! < 0 && tokens[te]!.kind === 'word' && cx.titlePlaceHeads.has(tokens[te]!.norm) && !cx.ambiguousRanks.has('ال' + stripProclitics(tokens[it.ts]!.norm).form.replace(/^ال/, ''))) {
          const c = complementAt(last + 1, te + 1);
          if (c && c.item.ts === te + 1 && c.item.strip === 0 && c.item.hit.via !== 'nisba' && isCountryItem(c.item) && c.item.country && !(e.country && c.item.country !== e.country)) {
            country = c.item.country;
            const via = c.item.hit.via === 'capital' ? 'capital' : 'name';
            addMention(c.item.ts, c.item.te, c.item.strip, c.item.lamAl, countryActor(c.item.country, via, c.item.hit.entry), via, c.item.hit.entry);
            last = c.idx;
            te = c.item.te;
            continue;
          }
        }
        // a nisba of the United Nations: "المبعوث 【الأممي】" (the organization of the title; no mention of its own)
        if (!org && !country && te < tokens.length && cx.unNisbas.has(tokens[te]!.norm) && itemAt[te]! < 0) {
          const un = kb.get('igo:un');
          if (un) {
            org = { actor: kb.toActor(un, date), entry: un };
            te++;
            continue;
          }
        }
        // "وزراء خارجية 【دول】 مجلس التعاون": the member states of the organization after it
        const members = !country && !org && te + 1 < tokens.length && cx.memberStates.has(tokens[te]!.norm);
        const c = complementAt(last + 1, members ? te + 1 : te);
        if (c && members && !isOrgItem(c.item)) break;
        if (!c) break;
        if (isCountryItem(c.item) && !country && !org) {
          // a country name after a title is a complement only when it is a nisba or in construct ("وزير خارجية إيران")
          // (or a city or region in construct after a title of local office without the article: "【محافظ جدة】 مشعل بن
          // ماجد", "مدير شرطة بيش", "سكان البصرة"; not a club's president or captain, "رئيس برشلونة", "قائد مرسيليا")
          if (c.item.hit.via === 'name' && c.item.hit.entry.kind !== 'country' && c.item.hit.entry.kind !== 'territory' && !(c.item.hit.entry.kind === 'place' && LOCAL_OFFICES.has(e.office ?? '') && indefinite && c.item.ts === te && c.item.strip === 0)) break;
          // a title of one country's office takes no other country: "زيارة ولي ولي العهد 【للأردن】" is where he went
          if (e.country && c.item.country !== e.country) break;
          // nor does a capital with ل name a title's country: it is where one goes or what is given to ("زيارة … وزير
          // الدفاع 【للقاهرة】"; an envoy's posting says لدى)
          if (c.item.hit.via === 'capital' && (c.item.strip > 0 || c.item.lamAl) && /^[وف]?ل/.test(tokens[c.item.ts]!.norm)) break;
          // a definite word takes no country name in construct: "اتهم الوزير إسرائيل" is a subject and an object
          if (c.item.hit.via !== 'nisba' && c.item.strip === 0 && /^[وف]?ال/.test(tokens[c.item.ts - 1]!.norm)) break;
          country = c.item.country;
          // a country or capital named in the complement is an actor mention of its own; a nisba is not
          if (c.item.hit.via !== 'nisba') {
            const via = c.item.hit.via === 'capital' ? 'capital' : 'name';
            addMention(c.item.ts, c.item.te, c.item.strip, c.item.lamAl, countryActor(c.item.country!, via, c.item.hit.entry), via, c.item.hit.entry);
          }
          last = c.idx;
          te = c.item.te;
          continue;
        }
        // a plural agent with its nationality is complete: an organization after it is a new phrase
        // ("هاجم محتجون إيرانيون السفارة السعودية": the embassy is the object)
        // nor is an organization in construct after a definite word or a sound plural with its ن
        // ("هاجم مسلحون السفارة الأميركية", "اتهم المتحدث الحكومة"): it needs ل or باسم
        // (a name shaped as a nisba is an adjective: "القيادي 【الحوثي】"; a plural one only of a plural title, "ودعا الوزير
        // 【الحوثيين】 إلى الانسحاب" names the Houthis as the object)
        if (isOrgItem(c.item) && c.item.strip === 0 && noConstructHead(tokens[c.item.ts - 1]!) && !(/(?:ي|يه)$/.test(tokens[c.item.ts]!.norm) || (/(?:يين|يون)$/.test(tokens[c.item.ts]!.norm) && pluralTitle(normOf(it.ts, it.te, it.strip, it.lamAl), cx.pluralTitles)))) break;
        // (nor after an indefinite title with its nationality, which no genitive can follow: "وحمل مسؤول تركي 【حزب
        // العمال الكردستاني】 مسؤولية الهجوم" names the party as the object; a news outlet after ل is whom he spoke to:
        // "مسؤول أمريكي 【لوكالة رويترز】")
        if (isOrgItem(c.item) && indefinite && country && (c.item.strip === 0 || c.item.hit.entry.kind === 'media')) break;
        if (isOrgItem(c.item) && !org && !(e.plural && country) && !indefMod) {
          const r = resolveOrg(c.idx);
          if (!r) break;
          org = { actor: r.actor, entry: r.entry };
          if (!country) country = r.actor.country;
          // the organization is an actor mention of its own
          addMention(c.item.ts, r.te, c.item.strip, c.item.lamAl, r.actor, 'name', r.entry, r.cls);
          last = r.last;
          te = r.te;
          continue;
        }
        break;
      }
      while (te < tokens.length && modifierAt(te)) te++;
      // a title of one country's office ("خادم الحرمين الشريفين": the Saudi king)
      if (!country && e.country) country = e.country;
      const office = e.office ?? 'title';
      let sector = unknownBody && country ? null : e.sector;
      if (org && (sector === null || ORG_SECTOR_OFFICES.has(office))) sector = org.actor.sector ?? sector;
      const start = startOffset(it.ts, it.strip);
      const endTok = Math.max(it.te, Math.min(te, tokens.length));
      const tm: TitleMention = {
        start,
        end: tokens[endTok - 1]!.end,
        text: spanText(start, tokens[endTok - 1]!.end),
        office,
        sector,
        country,
        ...(e.plural ? { plural: true } : {}),
        tokenStart: it.ts,
        tokenEnd: endTok,
      };
      return { tm, last, te: endTok, org, entry: e, indefMod, unknownBody };
    };

    const docActor = (ts: number, te: number, office: string, sector: string | null, country: string | null, code?: string): Actor => {
      const name = spanText(tokens[ts]!.start, tokens[te - 1]!.end);
      const actor: Actor = {
        id: `doc:${++docN}`,
        code: code ?? (country ?? '') + (sector ?? ''),
        country,
        sector,
        name: { ar: name },
        kind: 'person',
        role: { office, country, sector },
      };
      const ks: string[] = [];
      for (let k = ts; k < te; k++) ks.push(keys[k]!);
      const dn: DocName = { keys: ks, actor, at: te, n: docNames.length };
      docNames.push(dn);
      for (const w of new Set([ks[0]!, ks[ks.length - 1]!])) {
        const list = docNamesByWord.get(w);
        if (list) list.push(dn);
        else docNamesByWord.set(w, [dn]);
      }
      return actor;
    };

    // ---- main pass, in token order
    let ii = 0;
    for (let ti = 0; ti < tokens.length; ti++) {
      while (ii < items.length && items[ii]!.te <= ti) ii++;
      const it = items[ii];
      if (it && it.ts === ti) {
        const e = it.hit.entry;
        if (covered[ti]) {
          ti = it.te - 1;
          continue;
        }
        // a city or country with a one-digit number after it is a conference or its statement, not the place:
        // "«جنيف1»", "مؤتمر جنيف 2", "مينسك-2"
        if ((e.kind === 'place' || e.kind === 'country' || it.hit.via === 'capital') && it.hit.via !== 'nisba' && conferenceNumberAt(tokens, it.te, it.ts)) {
          ti = it.te - 1;
          continue;
        }
        // a city right after the head of a newspaper or agency, or in quotation marks after one, names the outlet: "صحيفة
        // 【الرياض】", "إذاعة 【طهران】", "صحيفة «【جاكرتا】 بوست» الإندونيسية" (its country's media, of the nisba after the
        // name when there is one; not a country: "وكالة مصر")
        if ((e.kind === 'place' || it.hit.via === 'capital') && it.hit.via !== 'nisba') {
          const outlet = outletAt(it.ts, it.te);
          if (outlet === 'known') {
            ti = it.te - 1;
            continue;
          }
          if (outlet) {
            const country = outlet.nisba ?? e.country ?? null;
            const name = spanText(tokens[outlet.ts]!.start, tokens[outlet.te - 1]!.end);
            const actor: Actor = { id: `outlet:${country ?? ''}:${normOf(outlet.ts, outlet.te, 0, false)}`, code: (country ?? '') + 'MED', country, sector: 'MED', name: { ar: name }, kind: 'media' };
            addMention(outlet.ts, outlet.te, 0, false, actor, 'name');
            ti = outlet.te - 1;
            continue;
          }
        }
        if (it.hit.via === 'title' && eponymHead(tokens, it.ts, cx)) {
          // "مدينة الملك سعود الطبية": part of an institution's name; neither a title nor a person
          let end = it.te;
          const nx = items[ii + 1];
          if (nx && nx.ts === end && nx.hit.entry.kind === 'person') end = nx.te;
          else end = Math.max(end, nameAfter(end, nx ? nx.ts : tokens.length));
          for (let k = it.ts; k < end; k++) covered[k] = 1;
          ti = end - 1;
          continue;
        }
        // a title word followed by بن is a first name: "سلطان بن سلمان" (the title rule of the word before reads it)
        if (it.hit.via === 'title' && it.te === it.ts + 1 && it.te < tokens.length && cx.son.has(tokens[it.te]!.norm) && !tokens[it.ts]!.norm.slice(it.strip).startsWith('ال')) {
          ti = it.te - 1;
          continue;
        }
        // "بيان صحفي", "في المؤتمر الصحفي": after a noun of speaking, صحفي / إعلامي is the adjective "press", no journalist
        const adjective = it.hit.via === 'title' && it.te === it.ts + 1 ? stripNorm(tokens[it.ts]!.norm, it.strip, it.lamAl) : '';
        if (adjective && it.ts > 0 && tokens[it.ts - 1]!.kind === 'word' && cx.pressAdjectives.has(adjective.replace(/^ال/, ''))) {
          const before = stripProclitics(tokens[it.ts - 1]!.norm).form;
          if (cx.pressNouns.has(before.replace(/^ال/, '')) && before.startsWith('ال') === adjective.startsWith('ال')) {
            ti = it.te - 1;
            continue;
          }
        }
        // "الأطراف الرئيسة", "بالطرق الرئيسة": after a definite noun that is no actor, الرئيسة is the adjective "main"
        if (it.hit.via === 'title' && it.te === it.ts + 1 && cx.adjectiveTitles.has(tokens[it.ts]!.stem ?? tokens[it.ts]!.norm.replace(/^ال/, '')) && it.ts > 0 && definiteNoun(tokens[it.ts - 1]!) && itemAt[it.ts - 1]! < 0) {
          ti = it.te - 1;
          continue;
        }
        // "جهة وحيدة مسؤولة عن التوحد", "الجهة المسؤولة عن": after a noun that is no actor and before عن, مسؤول is "responsible"
        // ("التصريحات 【غير المسؤولة】": irresponsible, with or without عن after it)
        if (it.hit.via === 'title' && it.te === it.ts + 1 && it.ts > 0 && tokens[it.ts - 1]!.norm === 'غير' && cx.responsibleTitles.has(tokens[it.ts]!.stem ?? tokens[it.ts]!.norm.replace(/^ال/, ''))) {
          ti = it.te - 1;
          continue;
        }
        if (it.hit.via === 'title' && it.te === it.ts + 1 && it.te < tokens.length && tokens[it.te]!.norm === 'عن' && cx.responsibleTitles.has(tokens[it.ts]!.stem ?? tokens[it.ts]!.norm.replace(/^ال/, '')) && it.ts > 0 && itemAt[it.ts - 1]! < 0 && (definiteNoun(tokens[it.ts - 1]!) || (tokens[it.ts - 1]!.kind === 'word' && /[ةه]$/.test(tokens[it.ts - 1]!.norm)))) {
          ti = it.te - 1;
          continue;
        }
        // a one-word rank that is also a common noun ([ambiguous_ranks]: فريق) is a team, no title, unless a name or a
        // word of the rank follows it: "بالتعاون مع 【فريق】 عمل" (not "الفريق عبدالرحمن البنيان", "الفريق أول ركن …")
        if (it.hit.via === 'title' && it.te === it.ts + 1 && cx.ambiguousRanks.has('ال' + stripProclitics(tokens[it.ts]!.norm).form.replace(/^ال/, ''))) {
          const nx = it.te < tokens.length ? tokens[it.te]! : undefined;
          // (another title word may be the given name: "الفريق 【رائد】 شاكر جودت")
          const nextItem = itemAt[it.te]! >= 0 ? items[itemAt[it.te]!]! : undefined;
          const named = !!nx && nx.kind === 'word' && (nextItem?.hit.entry.kind === 'person' || nextItem?.hit.via === 'title' || RANK_WORDS.has(nx.norm) || this.nameWord(nx.norm, true));
          if (!named) {
            ti = it.te - 1;
            continue;
          }
        }
        if (it.hit.via === 'title') {
          const tp = titlePhrase(ii);
          titles.push(tp.tm);
          if (tp.org) titleBodies.set(tp.tm, tp.org.actor);
          for (let k = tp.tm.tokenStart; k < tp.te; k++) covered[k] = 1;
          let next = tp.te;
          // (a slash between a title and the name, as Saudi papers write it: "الدكتور/ محمد إسماعيل", "العريف / فلان")
          if (next + 1 < tokens.length && tokens[next]!.kind === 'punct' && tokens[next]!.text === '/' && tokens[next + 1]!.kind === 'word') next++;
          const nextItem = items[tp.last + 1];
          let person: Actor | null = null;
          const bareTitle = !tp.org && tp.te === it.te;
          if (e.title && !e.plural) {
            if (nextItem && nextItem.ts === next && nextItem.hit.entry.kind === 'person' && (nextItem.hit.gate <= 1 || nextItem.hit.via === 'short')) {
              // a known person after the title
              person = kb.toActor(nextItem.hit.entry, date);
              addMention(nextItem.ts, nextItem.te, nextItem.strip, nextItem.lamAl, person, 'name', nextItem.hit.entry);
              next = nextItem.te;
            } else if (next + 1 < tokens.length && tokens[next]!.kind === 'word' && itemAt[next] < 0 && itemAt[next + 1]! >= 0 && items[itemAt[next + 1]!]!.ts === next + 1 && items[itemAt[next + 1]!]!.hit.entry.kind === 'person' && this.ownFirstName(tokens[next]!.norm, items[itemAt[next + 1]!]!.hit.entry)) {
              // a known person's first name in another spelling before the surname ("الرئيس الفرنسي فرنسوا هولاند"
              // for "فرانسوا هولاند")
              const pi = items[itemAt[next + 1]!]!;
              person = kb.toActor(pi.hit.entry, date);
              addMention(next, pi.te, 0, false, person, 'name', pi.hit.entry);
              next = pi.te;
            } else {
              const plural = pluralTitle(normOf(it.ts, it.te, it.strip, it.lamAl), cx.pluralTitles);
              // a title word followed by بن starts the name ("الأمير سلطان بن سلمان"), and so does one of
              // [title_first_names] without the article followed by a name word ("العريف سلطان محمد الشهراني")
              const titleWordNext = nextItem && nextItem.ts === next && nextItem.hit.via === 'title' && nextItem.te === next + 1 && next + 1 < tokens.length;
              const firstName =
                titleWordNext &&
                (cx.son.has(tokens[next + 1]!.norm) ||
                  (cx.titleFirstNames.has(tokens[next]!.norm) && tokens[next + 1]!.kind === 'word' && itemAt[next + 1]! < 0 && this.nameWord(tokens[next + 1]!.norm, false)));
              // an indefinite title with no complement ("محافظ", "فريق", "قائد شرطة": first and last word without
              // the article) is in construct with the word after it: that word is its complement ("محافظ
              // نيوجيرسي", "فريق فولفسبورج", "قائد شرطة لامو"), not the holder's name ("المحافظ فلان", "الفريق
              // أول فلان", "اللواء ركن فلان"); a pronoun suffix makes a title definite ("نظيره"), and
              // [apposition_titles] stand before names without the article ("دكتور فلان", "جنرال فلان")
              const inConstruct = tp.te === it.te && !firstName && indefiniteNoun(tokens[it.ts]!) && indefiniteNoun(tokens[it.te - 1]!) && !cx.appositionTitles.has(stripProclitics(tokens[it.ts]!.norm).form);
              // a one-word rank that is also a common noun ([ambiguous_ranks]: الفريق "the team") takes no unknown
              // name after a nationality ("الفريق الهولندي باكرا", "مدرب الفريق البرتغالي قوميز") nor one whose first
              // word carries a pronoun suffix, the future prefix or an imperfect prefix ("الفريق سيواصل تمارينه",
              // "قناعته", "الرائد يعير هوساوي"); a word of a known person's name is always a name ("الفريق عثمان المحرج")
              const unsure =
                it.te - it.ts === 1 &&
                !firstName &&
                next < tokens.length &&
                cx.ambiguousRanks.has(stripProclitics(tokens[it.ts]!.norm).form) &&
                !this.personNameWords().all.has(tokens[next]!.norm) &&
                (tp.te > it.te || /ه$|^س[يتنا]|^[يت]/.test(tokens[next]!.text));
              // (nor does an indefinite title with an indefinite adjective: "متحدث عسكري 【موالٍ】 للحكومة")
              // (nor one right after باسم, "on behalf of": what follows is the body spoken for, "المتحدث باسم 【دلتا إيرلاينز】")
              const behalf = next > 0 && tokens[next - 1]!.norm === 'باسم';
              let end = e.source.startsWith('universal') || plural || inConstruct || unsure || tp.indefMod || behalf ? next : nameAfter(next, tokens.length, firstName);
              // (given names that run into a known person's name make a fuller name the entities layer keeps whole: "نائب حاكم
              // غزني 【محمد】 علي أحمدي" is no "محمد" of the title)
              if (end > next && end < tokens.length && itemAt[end]! >= 0) {
                const known = items[itemAt[end]!]!;
                if (known.hit.entry.kind === 'person' && known.hit.via === 'name' && known.te - known.ts >= 2) end = next;
              }
              const again = end > next ? earlierDocName(next, end, tp.tm.country) : null;
              if (again) {
                // the short name of a person the document named with a title before ("السفير بيتر ثومسون … 【السفير ثومسون】")
                person = again;
                // (what this title or sentence tells of the person's country completes it, for all its mentions)
                // (a sector the first title did not give: "الشيخ … 【الداعية】 فلان")
                if (!person.sector && tp.tm.sector) {
                  person.sector = tp.tm.sector;
                  person.code = (person.country ?? '') + tp.tm.sector;
                  if (person.role) person.role = { ...person.role, sector: tp.tm.sector };
                }
                if (!person.country) {
                  const c = tp.tm.country ?? familyCountryAt(next, end, tp.tm.office) ?? postingCountry(it.ts) ?? sentenceCountry(next, person.sector);
                  if (c) {
                    person.country = c;
                    person.code = c + (person.sector ?? '');
                    if (person.role) person.role = { ...person.role, country: c };
                  }
                }
                // (read as a name after a title, as the first time: the entities layer extends such a name, "… الحمد 【الصباح】")
                addMention(next, end, 0, false, person, 'title');
                next = end;
              } else if (end > next) {
                // an unknown name: a document-level actor from the title (and an apposition after the name)
                let { sector, country } = tp.tm;
                let office = tp.tm.office;
                // (an honorific right after an office is the same person's: "وزير الصحة السعودي 【المهندس】 فلان", "نائب
                // الرئيس اليمني المهندس …": the office, its country and sector are the name's)
                // (its country may come from an office before it across a posting: "القنصل العام للمملكة العربية السعودية
                // في لوس أنجلوس السفير الدكتور فلان"; an international body's office gives the body's code; not a rank that
                // is also a word, "فريق الشيخ زايد" being a team)
                let bodyCode: string | undefined;
                if (FAMILY_NISBA_OFFICES.has(office) && !country) {
                  const prev = titles.length > 1 ? titles[titles.length - 2] : undefined;
                  const gap = prev ? tp.tm.tokenStart - prev.tokenEnd : -1;
                  const rank = !!prev && prev.tokenEnd - prev.tokenStart === 1 && cx.ambiguousRanks.has('ال' + stripProclitics(tokens[prev.tokenStart]!.norm).form.replace(/^ال/, ''));
                  if (prev && !prev.plural && !rank && !FAMILY_NISBA_OFFICES.has(prev.office) && (gap === 0 || (gap === 1 && tokens[prev.tokenEnd]!.kind === 'punct' && /^[،,]$/.test(tokens[prev.tokenEnd]!.text)))) {
                    const body = titleBodies.get(prev);
                    country = prev.country ?? (body ? null : postingCountry(prev.tokenStart));
                    sector = prev.sector ?? sector;
                    office = prev.office;
                    if (body && !country && internationalBody(body)) bodyCode = body.code;
                  }
                }
                // the first title item starting at `end` (items are in text order; itemAt holds the last at a token)
                let app = -1;
                for (let j = end < tokens.length ? itemAt[end]! : -1; j >= 0 && items[j]!.ts === end; j--) if (items[j]!.hit.via === 'title') app = j;
                if (app >= 0 && (!country || !sector)) {
                  const ap = titlePhrase(app);
                  titles.push(ap.tm);
                  for (let k = ap.tm.tokenStart; k < ap.te; k++) covered[k] = 1;
                  country ??= ap.tm.country;
                  // (an honorific's sector yields to the office after the name: "الدكتور فلان 【وزير الأوقاف المصري】")
                  if (FAMILY_NISBA_OFFICES.has(office) && ap.tm.sector && !FAMILY_NISBA_OFFICES.has(ap.tm.office)) {
                    sector = ap.tm.sector;
                    office = ap.tm.office;
                  } else if (!sector || (ap.tm.sector && ORG_SECTOR_OFFICES.has(ap.tm.office))) sector = ap.tm.sector ?? sector;
                }
                // (an office of an international body makes its holder the body's, whatever the story's country: "نائبة
                // رئيس 【المفوضية الأوروبية】 فلانة" is IGOEURCOM, not the government of the country the story is about)
                // (so does an office of an international non-governmental body: "رئيس 【اللجنة الدولية للصليب الأحمر】 بيتر
                // مورير" is NGOICRC, not the government of the country he visits)
                const igo = bodyCode ?? (!country && tp.org && internationalBody(tp.org.actor) ? tp.org.actor.code : undefined);
                if (!igo) country ??= familyCountryAt(next, end, office) ?? postingCountry(it.ts) ?? sentenceCountry(next, sector);
                person = docActor(next, end, office, igo ? igo.slice(0, 3) : sector, country, igo);
                addMention(next, end, 0, false, person, 'title');
                next = end;
              } else if (HOLDER_OFFICES.has(tp.tm.office) && (tp.tm.country || tp.org) && !tp.unknownBody) {
                // "الرئيس الأمريكي" on the document's date (not the president of a body: "رئيس 【اتحاد الكاراتيه】 المصري")
                const h = kb.holders(tp.tm.office, tp.org ? { org: tp.org.entry.id } : { country: tp.tm.country }, date);
                if (h.length) {
                  person = kb.toActor(h[0]!, date);
                  addMention(tp.tm.tokenStart, tp.te, it.strip, it.lamAl, person, 'title', h[0]);
                }
              } else if (!tp.tm.country && !tp.org && tp.te === it.te && (tokens[it.ts]!.norm.slice(it.strip).startsWith('ال') || (it.te - it.ts > 1 && tokens[it.te - 1]!.norm.startsWith('ال')))) {
                // "الوزير", "الرئيس" alone, or a definite construct title alone ("ورأى 【وزير الخارجية】 أن"): the last
                // person of that office family
                // (a plural, "وزراء الخارجية", is a group; a feminine title, "وزيرة الخارجية", is no man the knowledge base
                // knows without gender)
                const fam = TITLE_FAMILY[tp.tm.office];
                const first = tokens[it.ts]!;
                // (nor a title in a chain or in construct after another title: "ولي ولي العهد … 【وزير الدفاع】", "مساعد
                // 【وزير الدفاع】")
                const chained = it.ts > 0 && it.strip === 0 && (covered[it.ts - 1] === 1 || itemAt[it.ts - 1]! >= 0);
                const firstWord = first.norm.slice(it.strip).replace(/^ال/, '');
                if (fam && !chained && !cx.pluralTitles.has(firstWord) && !/ة$/.test(first.text.replace(/[\u064B-\u0652]/g, ''))) {
                  const prev = (it.te - it.ts > 1 ? lastPerson(history, fam, date, bareTitled) : null) ?? lastPerson(history, fam, date);
                  if (prev) addMention(it.ts, it.te, it.strip, it.lamAl, prev.actor, 'coref', prev.entry);
                }
              }
            }
            if (person && !person.role && tp.tm.office) person.role = { office: tp.tm.office, country: tp.tm.country, sector: tp.tm.sector };
            if (person && bareTitle) bareTitled.add(person.id);
            // an apposition right after a known person ("ستيفن وارين المتحدث باسم البنتاجون") is its own title
          }
          // a group or an unnamed official with its nationality ("اللاجئين السوريين", "ممثلو ادعاء بريطانيون", "مسؤول
          // عسكري أمريكي"): the title phrase is a mention of that country's agent (no entity; the event stage reads the title)
          // (not a rank that is also a common noun: "الفريق التونسي" is the Tunisian team)
          // (nor an honorific whose nisba is a family name: "الدكتور التركي")
          if (!person && tp.tm.country && tp.te > it.te && !tp.org && !FAMILY_NISBA_OFFICES.has(tp.tm.office) && !(it.te - it.ts === 1 && cx.ambiguousRanks.has(stripProclitics(tokens[it.ts]!.norm).form))) {
            const code = tp.tm.country + (tp.tm.sector ?? '');
            addMention(it.ts, tp.te, it.strip, it.lamAl, { id: `agent:${code}`, code, country: tp.tm.country, sector: tp.tm.sector, name: { ar: tp.tm.text }, kind: 'agent' }, 'title');
          }
          // an unnamed official of the United Nations by its nisba ("المبعوث الأممي"): a mention of the organization
          if (!person && tp.org && tp.te > it.te && cx.unNisbas.has(tokens[tp.te - 1]!.norm)) addMention(it.ts, tp.te, it.strip, it.lamAl, tp.org.actor, 'title', tp.org.entry);
          ti = Math.max(next, tp.te) - 1;
          continue;
        }
        if (e.kind === 'person') {
          // "على" written with its alef maqsura is the preposition, not the name علي ("اعتداء على الدوابشة"); a name
          // that goes on with another grandfather than the known person's is another person ("فيصل بن خالد بن سلطان"
          // when the knowledge base has "فيصل بن خالد بن عبدالعزيز")
          if ((it.te - it.ts > 1 && it.strip === 0 && /^[وف]?على$/.test(tokens[it.ts]!.text.replace(/[\u064B-\u0652]/g, ''))) || otherLineage(it.ts, it.te, e)) {
            ti = it.te - 1;
            continue;
          }
          if (it.hit.via === 'short' && it.te - it.ts === 1 && notShortName(it.ts, it.strip)) {
            ti = it.te - 1;
            continue;
          }
          // a one-word surname after another person's first name is that other person ("هشام مرسي" is not Mohamed Morsi)
          if (it.te - it.ts === 1 && it.strip === 0 && it.ts > 0 && otherFirstName(it.ts, e)) {
            ti = it.te - 1;
            continue;
          }
          const actor = kb.toActor(e, date);
          // the person's own first name in another spelling right before a surname match ("فرنسوا هولاند")
          const p = it.ts - 1;
          if (it.te - it.ts === 1 && it.strip === 0 && p >= 0 && !covered[p] && itemAt[p]! < 0 && tokens[p]!.kind === 'word' && this.ownFirstName(tokens[p]!.norm, e)) {
            addMention(p, it.te, 0, false, actor, 'name', e);
          } else addMention(it.ts, it.te, it.strip, it.lamAl, actor, it.hit.via === 'short' ? 'coref' : 'name', e);
          ti = it.te - 1;
          continue;
        }
        if (isCountryItem(it)) {
          const via = it.hit.via === 'nisba' ? 'nisba' : it.hit.via === 'capital' ? 'capital' : 'name';
          addMention(it.ts, it.te, it.strip, it.lamAl, countryActor(it.country ?? e.country!, via, e), via, e);
          ti = it.te - 1;
          continue;
        }
        const r = resolveOrg(ii);
        if (r) {
          addMention(it.ts, r.te, it.strip, it.lamAl, r.actor, r.anaphoric ? 'coref' : it.hit.gate ? 'alias' : 'name', r.entry, r.cls ?? r.entry.class);
          ti = r.te - 1;
        } else ti = it.te - 1;
        continue;
      }
      if (covered[ti]) continue;
      const t = tokens[ti]!;
      if (t.kind !== 'word') continue;
      // anaphoric nouns ("التنظيم", "للتنظيم")
      const bare = stripProclitics(t.norm);
      const ana = this.kb.anaphors.get(bare.form);
      // (a head of forces or aircraft right before it names the same actor: "قوات 【التحالف】", "طائرات 【التحالف】")
      const forceHead = ti > 0 && !covered[ti - 1] && tokens[ti - 1]!.kind === 'word' && cx.orgForceHeads.has(stripProclitics(tokens[ti - 1]!.norm).form) ? stripProclitics(tokens[ti - 1]!.norm) : null;
      const anaStart = forceHead ? ti - 1 : ti;
      const anaStrip = forceHead ? forceHead.strip : bare.strip;
      const anaLamAl = forceHead ? forceHead.lamAl : bare.lamAl;
      if (ana && !(items[ii] && items[ii]!.ts === ti + 1 && isCountryItem(items[ii]!) && items[ii]!.hit.via === 'nisba')) {
        const noun = normalize(ana.word).slice(2);
        // with its adjective "international" ("المنظمة 【الدولية】"), a noun for organizations points back to an
        // intergovernmental one (a code IGO…, not a coalition of states), failing that the United Nations
        const intl = ana.targets.includes('igo') && ti + 1 < tokens.length && cx.internationalAdjectives.has(tokens[ti + 1]!.norm) && itemAt[ti + 1]! < 0;
        if (intl) {
          const igo = lastMatching(history, ['igo'], undefined, (h) => h.actor.code.startsWith('IGO'));
          const un = igo ? null : this.kb.get('igo:un');
          const actor = igo?.actor ?? (un ? this.kb.toActor(un, date) : null);
          if (actor) {
            addMention(ti, ti + 2, bare.strip, bare.lamAl, actor, 'coref', igo?.entry ?? un ?? undefined, igo?.cls);
            ti++;
            continue;
          }
        }
        const prev = lastMatching(history, ana.targets, noun);
        if (prev) {
          // (forces of an armed group or a coalition only, not of a ministry or a party's offices)
          const withHead = forceHead && hasForces(prev.actor);
          addMention(withHead ? anaStart : ti, ti + 1, withHead ? anaStrip : bare.strip, withHead ? anaLamAl : bare.lamAl, prev.actor, 'coref', prev.entry, prev.cls);
          continue;
        }
        // an antecedent the text does not name, decided by the story's country below ("التحالف" in a story on Yemen)
        if (ana.byStoryCountry) {
          byStory.push({ ts: anaStart, te: ti + 1, strip: anaStrip, lamAl: anaLamAl, by: ana.byStoryCountry });
          continue;
        }
        // a country named through one of its people or bodies ("وزير الخارجية السعودي … المملكة"): the
        // country whose name opens with the noun
        if (!ana.targets.length) {
          const c = this.countryNamedBy(history, noun);
          if (c) {
            addMention(ti, ti + 1, bare.strip, bare.lamAl, countryActor(c.country!, 'name', c), 'coref', c);
            continue;
          }
          unresolvedKingdoms.push({ ti, strip: bare.strip, lamAl: bare.lamAl, noun });
        }
      }
      // repeated document-level names: full or last word (the candidates of this word, in the order
      // the names were found)
      const lk = looseKey(bare.form);
      const c1 = docNamesByWord.get(keys[ti]!);
      const c2 = lk !== keys[ti] ? docNamesByWord.get(lk) : undefined;
      const candidates = !c2 ? c1 ?? [] : !c1 ? c2 : [...new Set([...c1, ...c2])].sort((a, b) => a.n - b.n);
      for (const dn of candidates) {
        if (dn.at > ti) continue;
        const L = dn.keys.length;
        let full = true;
        for (let k = 0; k < L; k++) if (keys[ti + k] !== dn.keys[k] && !(k === 0 && lk === dn.keys[0])) { full = false; break; }
        if (full && L > 1) {
          addMention(ti, ti + L, bare.strip, bare.lamAl, dn.actor, 'coref');
          ti += L - 1;
          break;
        }
        if (L > 1 && (keys[ti] === dn.keys[L - 1] || lk === dn.keys[L - 1]) && dn.keys[L - 1]!.length >= 3 && !notShortName(ti, bare.strip)) {
          addMention(ti, ti + 1, keys[ti] === dn.keys[L - 1] ? 0 : bare.strip, bare.lamAl, dn.actor, 'coref');
          break;
        }
      }
    }
    // "بلاده" / "بلادها": the country of the person, title or body named last before it
    for (let ti = 0; ti < tokens.length; ti++) {
      if (covered[ti] || tokens[ti]!.kind !== 'word') continue;
      const bare = stripProclitics(tokens[ti]!.norm);
      if (!cx.ownCountryWords.has(bare.form)) continue;
      let iso: string | null = null;
      let at = -1;
      for (const m of mentions) {
        const k = m.actor.kind;
        // people and state bodies only: not an outlet, a company or club ("لوكالة رويترز" before "بلاده")
        if (m.tokenEnd <= ti && ti - m.tokenEnd <= 60 && m.tokenEnd > at && m.actor.country && (k === 'person' || k === 'gov_body' || k === 'agent' || k === 'party' || k === 'armed_group' || k === undefined)) {
          iso = m.actor.country;
          at = m.tokenEnd;
        }
      }
      for (const t of titles) if (t.tokenEnd <= ti && ti - t.tokenEnd <= 60 && t.tokenEnd > at && t.country) {
        iso = t.country;
        at = t.tokenEnd;
      }
      const c = iso ? kb.country(iso) : undefined;
      if (c) addMention(ti, ti + 1, bare.strip, bare.lamAl, kb.toActor(c, date), 'coref', c);
    }
    // a country anaphor before any antecedent ("وصف رئيس الجالية اليمنية في 【المملكة】 … مركز الملك سلمان … الجهود
    // السعودية"): the country whose name opens with the noun that the whole document names most often (twice at
    // least), none on a tie
    // (the countries the document names, by name, nisba, body, person or title, not through an anaphor; every mention
    // added after this point is an anaphor's, so the list is built once)
    let namedIsos: (string | null)[] | undefined;
    const namedCountries = () => (namedIsos ??= [...mentions.filter((m) => m.via !== 'coref').map((m) => m.actor.country), ...titles.map((t) => t.country)]);
    if (unresolvedKingdoms.length) {
      for (const u of unresolvedKingdoms) {
        const c = covered[u.ti] ? null : this.countryNamedMostBy(namedCountries(), u.noun);
        if (c) addMention(u.ti, u.ti + 1, u.strip, u.lamAl, countryActor(c.country!, 'name', c), 'coref', c);
      }
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    titles.sort((a, b) => a.start - b.start);
    // a body still without a country in a story about one country is that country's ("وزارة الصحة" in a story on
    // Yemen): storyCountry over the mentions the event stage counts (not the agents of a title phrase)
    const countable = mentions.filter((m) => !(m.via === 'title' && m.actor.kind === 'agent'));
    const sc = storyCountry(countable, false, text);
    // anaphors with no antecedent in the text whose referent the story's country tells ("التحالف" alone in a story on
    // Yemen is the Saudi-led coalition, in one on Iraq or Syria the coalition against ISIS)
    const byStoryEntry = sc ? byStory.map((b) => kb.get(b.by[sc] ?? '')) : [];
    if (byStoryEntry.some(Boolean)) {
      byStory.forEach((b, k) => {
        const e = byStoryEntry[k];
        if (e) addMention(b.ts, b.te, b.strip, b.lamAl, kb.toActor(e, date), 'coref', e);
      });
      mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    // (a kingdom's body takes a kingdom only: the story's country when it is one, else the kingdom the document names
    // most often; "kingdom" is a country whose name opens with مملكة)
    const kingdomNoun = normalize('المملكة', kb.charMap).slice(2);
    let kingdom: string | null | undefined;
    const kingdomOf = (): string | null => {
      if (kingdom !== undefined) return kingdom;
      const scEntry = sc ? kb.country(sc) : undefined;
      if (scEntry && this.nameOpensWith(scEntry, kingdomNoun)) return (kingdom = sc);
      return (kingdom = this.countryNamedMostBy(namedCountries(), kingdomNoun)?.country ?? null);
    };
    // (likewise a person the document names through a title without a country: "وقال قائد الشرطة المحلية سيف" in a story
    // on Afghanistan; the actor is the document's own, so it changes in place for all its mentions)
    // (only an office of the state says so; an honorific, الدكتور، الأمير، الشيخ, or a calling, an expert, a journalist, an
    // official of an international body, does less: a visiting prince or an analyst is often foreign, so those take the
    // country only when the story names no other)
    if (sc) {
      let sole: string | null | undefined;
      for (const m of mentions) {
        const a = m.actor;
        if (a.kind !== 'person' || a.country || !a.id.startsWith('doc:') || a.code.startsWith('IGO')) continue;
        let c: string | null = sc;
        if (HONORIFIC_OFFICES.has(a.role?.office ?? '') || !STATE_SECTORS.has(a.sector ?? '')) c = sole === undefined ? (sole = storyCountry(countable, true, text)) : sole;
        if (!c) continue;
        a.country = c;
        a.code = c + (a.sector ?? '');
        if (a.role) a.role = { ...a.role, country: c };
      }
    }
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const a = m.actor;
      if (a.kind !== 'gov_body' || a.country || !a.id.startsWith('body:')) continue;
      const c = kb.get(a.id)?.kingdomOnly ? kingdomOf() : sc;
      if (!c) continue;
      const actor: Actor = { ...a, id: `body:${c}:${a.id.slice(5)}`, code: c + (a.sector ?? ''), country: c, name: { ar: `${a.name.ar} (${kb.country(c)?.name.ar ?? c})`, en: `${a.name.en ?? ''} (${kb.country(c)?.name.en ?? c})` } };
      mentions[k] = { ...m, actor };
      if (!actors.has(actor.id)) actors.set(actor.id, actor);
    }
    return { mentions, titles, actors };
  }

  /**
   * Can this normalized word be part of a person's name after a title? Not a function word, not a
   * preposition + article form (بال… لل…), not an ordinary noun or adjective (a word the corpus writes
   * with the article at least as often as without: المزيد, المنطقة), not conjunction + word (ووعد).
   */
  private nameWord(w: string, first: boolean): boolean {
    const cx = this.kb.context;
    if (w.length < 2 || cx.stop.has(w) || this.kb.anaphors.has(w)) return false;
    // a nisba that is a common first name (تركي): frequent, and more frequent with the article, yet a name here
    if (cx.nisbaFirstNames.has(w)) return true;
    const f = this.kb.wordFreq;
    const freq = (x: string) => f.get(x) ?? 0;
    if (/^(بال|وال|فال|كال|لل)/.test(w)) return false;
    const known = this.personNameWords().all.has(w);
    if (w.startsWith('ال')) {
      if (first) return false;
      if (known) return true;
      // a feminine adjective (الطبية، الشمالية) is no family name
      if (w.endsWith('ه') && w.length > 4) return false;
      // nor an organization's head noun ("الأمير عبدالله بن سعد الاتحاد السعودي": the object that follows)
      if (cx.importOrgWords.has(w.slice(2))) return false;
      // nor a verbal noun of the patterns تفعيل / تفعّل / تفاعل (التوصل، التصعيد، التعاون); family
      // names of that shape are nisbas (التميمي، التويجري)
      if (w.startsWith('الت') && w.length >= 6 && !w.endsWith('ي')) return false;
      // a family name with the article (الغامدي) is rarer without it; an adjective (الدولية) is not
      const bare = w.slice(2);
      return !(freq(bare) > 2 * freq(w) && freq(bare) > 50);
    }
    // a word the corpus often writes with the article is an ordinary noun, unless it is a word of a
    // hand-curated person's name that is still more frequent bare (فيصل beside الفيصل, قاسم beside
    // القاسم; the imported dictionary's people include mislabelled places and blocs: معسكر كلمة)
    const withArticle = freq('ال' + w);
    if (withArticle > 50 && withArticle * 5 > freq(w) && !(freq(w) >= withArticle && this.personNameWords().curated.has(w))) return false;
    if (first && !known) {
      // a verb (قام، يعمل، يطمح، وجهوا) or a frequent ordinary word (مدة) does not start a name
      if (w.length >= 4 && w.endsWith('وا')) return false;
      if ((w[0] === 'ي' || w[0] === 'ت') && w.length >= 4 && freq(w) >= 20) return false;
      if (freq(w) >= 150) return false;
    }
    if ((w[0] === 'و' || w[0] === 'ف' || w[0] === 'ب' || w[0] === 'ل') && w.length > 3) {
      const rest = w.slice(1);
      if (freq(rest) > freq(w) && freq(rest) > 50) return false;
    }

    // a word with an attached pronoun (وصدورها، وتمنياتهم، لاستهدافها) or a conjunction + future
    // verb (وسيستأنف، فستكون) is no name
    if (w.length >= 6 && /(ها|هم|هما|هن|كم|كما)$/.test(w)) return false;
    // a noun in ة with the pronoun ه (وفعاليته: فعالية + ه), also after و / ف
    const core = /^[وف]/.test(w) && w.length > 5 ? w.slice(1) : w;
    if (core.length >= 5 && core.endsWith('ته') && freq(core.slice(0, -2) + 'ه') >= 50) return false;
    if (w.length >= 6 && /^[وف]س[يتن]/.test(w)) return false;
    // pronoun-suffixed function words (لها، منها، قدره)
    if (cx.suffixedFunctionWords.has(w)) return false;
    return true;
  }

  /** A frequent noun in the indefinite accusative (قرارا، بيانا، اتفاقا): an object, never a word of a name. */
  private accusativeObject(t: Token): boolean {
    if (t.kind !== 'word' || t.norm.length < 4 || !t.norm.endsWith('ا') || t.norm.startsWith('ال')) return false;
    const f = this.kb.wordFreq;
    const stem = t.norm.slice(0, -1);
    return (f.get(stem) ?? 0) >= 200 && (f.get('ال' + stem) ?? 0) >= 200;
  }

  /** A one-word unknown name: a known name word, or a word rare in the corpus. */
  private loneName(w: string): boolean {
    return this.personNameWords().all.has(w) || (this.kb.wordFreq.get(w) ?? 0) < 60;
  }

  /**
   * Words of the knowledge base's people's names (normalized), and the subset from hand-curated
   * people (the imported dictionary's "people" include mislabelled places and blocs); built on
   * first use, in one pass.
   */
  private nameWords: { all: Set<string>; curated: Set<string>; given: Set<string>; family: Set<string> } | undefined;
  private personNameWords(): { all: Set<string>; curated: Set<string>; given: Set<string>; family: Set<string> } {
    if (this.nameWords) return this.nameWords;
    const all = new Set<string>();
    const curated = new Set<string>();
    // first words of the full names (given names)
    const given = new Set<string>();
    // last words of the curated people's full names (family names: بحاح، الجبير)
    const family = new Set<string>();
    for (const e of this.kb.entries) {
      if (e.kind !== 'person') continue;
      const hand = !e.source.startsWith('universal');
      for (const n of e.names) {
        const w = n.split(' ');
        if (w.length >= 2 && w[0]!.length >= 2) given.add(normalize(w[0]!, this.kb.charMap));
        if (hand && w.length >= 2 && w[w.length - 1]!.length >= 3) family.add(normalize(w[w.length - 1]!, this.kb.charMap));
      }
      for (const n of [...e.names, ...(e.short ?? [])]) {
        for (const w of n.split(' ')) {
          if (w.length < 2) continue;
          const k = normalize(w, this.kb.charMap);
          all.add(k);
          if (hand) curated.add(k);
        }
      }
    }
    for (const w of this.kb.context.connectors) {
      all.delete(w);
      curated.delete(w);
      given.delete(w);
      family.delete(w);
    }
    return (this.nameWords = { all, curated, given, family });
  }

  /**
   * A definite nisba right after a given name is a family name, not the person's country: "اللواء منصور التركي",
   * "المدرب الوطني خليل المصري", "عبدالله بن عبدالمحسن التركي". The word before it is the first word of a
   * knowledge-base person's name, written without the article or a clitic and no stop word (على), the nisba a
   * singular masculine one, and the given name opens the name (the word
   * before it is no such word) or follows بن; after a longer name the nisba stays the nationality ("محمد جواد
   * ظريف الإيراني"), and so does one before the name ("الهولندي روبن فان بيرسي").
   */
  private nisbaFamilyName(tokens: readonly Token[], m: RawMatch): boolean {
    if (m.tokenEnd - m.tokenStart !== 1 || m.strip > 0 || m.tokenStart < 1) return false;
    const t = tokens[m.tokenStart]!;
    const p = tokens[m.tokenStart - 1]!;
    // (a family name is a singular masculine nisba, "التركي"; "ليون الفرنسية", "الأرمن" are no names)
    if (!t.norm.startsWith('ال') || !t.norm.endsWith('ي') || p.kind !== 'word' || p.norm.startsWith('ال') || p.end !== t.start - 1) return false;
    const cx = this.kb.context;
    if (inSetAfterClitic(p.norm, cx.stop, 'وف')) return false;
    const pp = m.tokenStart >= 2 ? tokens[m.tokenStart - 2]! : undefined;
    // a chain: "عبدالله بن عبدالمحسن التركي" (the father's name after بن)
    if (pp && pp.kind === 'word' && cx.son.has(pp.norm)) return true;
    const names = this.personNameWords();
    if (!names.given.has(p.norm)) return false;
    if (!pp || pp.kind !== 'word') return true;
    return !names.given.has(pp.norm) && !names.all.has(pp.norm);
  }

  /**
   * The country of the latest actor in `history` (a person, a body, a nisba) whose names open with `noun`
   * ("مملكه": المملكة العربية السعودية), for an anaphor that names no kind of its own.
   */
  private countryNamedBy(history: readonly Resolved[], noun: string): KbEntry | null {
    // (the one named most often before it, the latest on a tie: a Saudi story that mentions Bahrain once keeps
    // "المملكة" for Saudi Arabia)
    const count = new Map<string, number>();
    let best: KbEntry | null = null;
    let bestN = 0;
    for (let k = history.length - 1, stop = Math.max(0, history.length - COREF_WINDOW); k >= stop; k--) {
      const iso = history[k]!.actor.country;
      if (!iso) continue;
      const c = this.kb.country(iso);
      if (!c || !this.nameOpensWith(c, noun)) continue;
      const n = (count.get(iso) ?? 0) + 1;
      count.set(iso, n);
      if (n > bestN) {
        best = c;
        bestN = n;
      }
    }
    return best;
  }


  /** Whether one of the entry's names opens with the normalized `noun`, with or without the article ("مملكه"). */
  private nameOpensWith(e: KbEntry, noun: string): boolean {
    return e.names.some((x) => {
      const w = normalize(x, this.kb.charMap).split(' ')[0]!;
      return w === noun || w === 'ال' + noun;
    });
  }

  /** Of `isos` (countries, with repeats), the one named most often, twice at least, whose names open with `noun`; else null. */
  private countryNamedMostBy(isos: readonly (string | null | undefined)[], noun: string): KbEntry | null {
    const count = new Map<string, number>();
    for (const iso of isos) if (iso) count.set(iso, (count.get(iso) ?? 0) + 1);
    let best: KbEntry | null = null;
    let bestN = 0;
    let tie = false;
    for (const [iso, n] of count) {
      const c = this.kb.country(iso);
      if (!c || !this.nameOpensWith(c, noun)) continue;
      if (n > bestN) [best, bestN, tie] = [c, n, false];
      else if (n === bestN) tie = true;
    }
    // (named twice at least: a Saudi paper's "المملكة" in a story that names Britain once is not Britain)
    return tie || bestN < 2 ? null : best;
  }

  /** Normalized one-word forms of an entry (article kept) and its ambiguous ones among them, built on first use. */
  private readonly formCache = new Map<string, { all: Set<string>; ambiguous: Set<string> }>();

  private formsOf(e: KbEntry): { all: Set<string>; ambiguous: Set<string> } {
    let f = this.formCache.get(e.id);
    if (!f) {
      const one = (list: readonly string[]) => list.filter((x) => !x.includes(' ')).map((x) => normalize(x, this.kb.charMap));
      f = { all: new Set(one([...e.names, ...(e.short ?? []), ...(e.ambiguous ?? []), ...(e.nisba ?? []), ...(e.capital?.ar ?? [])])), ambiguous: new Set(one(e.ambiguous ?? [])) };
      if (this.formCache.size > 50000) this.formCache.clear();
      this.formCache.set(e.id, f);
    }
    return f;
  }

  /** Whether `w` is the first word of one of a person's names, also in another spelling of its long vowels ("فرنسوا" / "فرانسوا"). */
  private ownFirstName(w: string, e: KbEntry): boolean {
    for (const n of e.names) {
      const words = n.split(' ');
      if (words.length > 1 && sameNameWord(normalize(words[0]!, this.kb.charMap), w)) return true;
    }
    return false;
  }

  /**
   * A country's name that is also its feminine nisba read as the adjective: one word without a proclitic, a
   * nisba form of the entry, and either not one of its names as written ("السورية" beside the name "سورية",
   * "مطبوعة سعودية") or, with the article, right after a definite word it agrees with ("الشركات السعودية", "الأسر السورية", "العلاقات المصرية
   * السعودية"). After a preposition, a verb or an indefinite noun it stays the country ("في السعودية", "مستقبل
   * السعودية", "والسعودية").
   */
  private nisbaReading(e: KbEntry, tokens: readonly Token[], m: RawMatch): boolean {
    if (e.kind !== 'country' || m.tokenEnd - m.tokenStart !== 1 || m.strip !== 0) return false;
    const w = tokens[m.tokenStart]!.norm;
    let f = this.nisbaCache.get(e.id);
    if (!f) {
      const norm = (list: readonly string[]) => new Set(list.map((x) => normalize(x, this.kb.charMap)));
      this.nisbaCache.set(e.id, (f = { nisba: norm(e.nisba ?? []), names: norm(e.names) }));
    }
    // a count before an accusative nisba spelled like the country's name: "مقتل 12 سوريا" (twelve Syrians)
    if (tokens[m.tokenStart - 1]?.kind === 'number' && w.endsWith('يا') && f.names.has(w)) return true;
    if (!f.nisba.has(w)) return false;
    if (!f.names.has(w)) return true;
    return w.startsWith('ال') && afterDefiniteWord(tokens, m.tokenStart);
  }
  /** Normalized nisba forms and names of the countries met, for nisbaReading. */
  private readonly nisbaCache = new Map<string, { nisba: Set<string>; names: Set<string> }>();

  /** True when a one-word match is written as one of the entry's forms, article included (guards "البرية" ≠ "بري"). */
  private exactForm(e: KbEntry, tokens: readonly Token[], m: RawMatch, analyzed = false, placeHeaded = false): boolean {
    const { all: set, ambiguous } = this.formsOf(e);
    const t = tokens[m.tokenStart]!;
    // a preposition ب / ل / ك read off a word the text layer's clitic analysis keeps whole is part of the word:
    // "بابل" (Babylon) is not ب + "آبل" (Apple), "باكرا" (early) not ب + "أكرا" (Accra); a conjunction (وقسد) still goes
    if (analyzed && m.strip > 0 && !m.lamAl && (!t.words || t.words.length <= 1)) {
      const lead = t.norm.slice(0, m.strip);
      if (/[بلك]/.test(lead)) return false;
    }
    // explicit hamza seats that disagree are different words: "أمام" (in front of) is not "إمام" (imam), "مآرب"
    // (goals) not "مأرب" — unless a place noun says it is the place ("محافظة مآرب")
    const raw = t.text.slice(rawOffsetAfter(t, m.strip) - t.start);
    if (!m.lamAl && !(placeHeaded && e.kind === 'place') && hamzaClash(e, raw)) return false;
    // a title that without its hamza is a frequent function word needs the hamza: "امام سوانسي سيتي" is "in front of"
    if (e.kind === 'agent' && !m.lamAl && this.kb.context.titlesNeedHamza.has(normalize(raw, this.kb.charMap)) && !/^[إأآ]/.test(raw)) return false;
    const w = m.strip ? (m.lamAl ? 'ال' + t.norm.slice(m.strip + 1) : t.norm.slice(m.strip)) : t.norm;
    if (set.has(w)) return true;
    // a person's one-word name is written as listed ("المبارك" ≠ "مبارك"); titles, places and bodies may take
    // the article ("البصرة" for "بصرة"), but a form with its own article needs it ("قاعدة" ≠ "القاعدة")
    // — not an ambiguous form, which the article makes the ordinary word: "المشهد" (the scene) for "مشهد", "الحديثة" (modern)
    if (e.kind !== 'person' && w.startsWith('ال') && set.has(w.slice(2)) && !ambiguous.has(w.slice(2))) return true;
    if (e.kind === 'agent' && set.has('ال' + w)) return true;
    return false;
  }

  /**
   * Choose the hit of a raw match given the document's licences. `placeCue`: the context makes the match a
   * place — 'cue' (after a place noun, or coordinated with a place: "مدينة الخبر", "الدمام والخبر"), 'prep'
   * (after a preposition of place, "في أبين", which needs the place's country named in the document too).
   * An ambiguous place ("الخبر" also means "the news") needs one of them: its country named somewhere
   * in a Saudi story is no evidence that "رابط الخبر" is the city.
   */
  private choose(m: RawMatch, licensed: Set<string>, fullPeople: Set<string>, exact: (e: KbEntry) => boolean, placeCue: 'cue' | 'prep' | null = null, titled = false, countryList = false): TrieHit | null {
    let best: TrieHit | null = null;
    let bestScore = Infinity;
    // (or a place sharing its form with places of other countries, when the document names its country and
    // none of theirs: "مفتي طرابلس" in a story about Lebanon is Lebanese Tripoli, not the Libyan capital)
    const onlyCountry = (e: KbEntry) => m.hits.length > 1 && licensed.has('country-of:' + e.country) && m.hits.every((x) => x.entry === e || x.entry.country === e.country || !licensed.has('country-of:' + x.entry.country));
    // (a person's form that is also an ordinary word or a common surname, "الأسد" the lion, needs the person's country
    // named in the document or a title right before it when the person is not named in full: "نظام الأسد" in a story
    // on Syria, "الرئيس البشير"; not a form with another reading, such as a nisba: "الرئيس السوداني")
    const contextLicensed = (e: KbEntry) =>
      (e.kind === 'place' && e.country !== null && (placeCue === 'cue' || (placeCue === 'prep' && licensed.has('country-of:' + e.country)) || onlyCountry(e))) ||
      // (a country whose name is also a word, written bare in a list of countries: "السنغال 【ومالي】 وبنين"; not "المالي"
      // (financial), nor a form that names something else too: "عمان", Oman and Amman)
      (e.kind === 'country' && countryList && m.hits.length === 1) ||
      (e.kind === 'person' && m.hits.every((x) => x.entry.kind === 'person') && (titled || (!!e.country && licensed.has('country-of:' + e.country))));
    for (const h of m.hits) {
      if (m.tokenEnd - m.tokenStart === 1 && !exact(h.entry)) continue;
      if (h.gate === 2 && !fullPeople.has(h.entry.id)) continue;
      const placeOk = contextLicensed(h.entry);
      if (h.gate === 1 && !licensed.has(h.entry.id) && !placeOk && !(m.hits.length > 1 && m.hits.every((x) => x.gate === 1))) continue;
      // among several entries sharing a form, one the document names otherwise wins
      const score = (licensed.has(h.entry.id) && h.gate === 1 ? -100 : 0) + (placeCue !== 'cue' && h.gate === 1 && h.entry.kind === 'place' && onlyCountry(h.entry) ? -50 : 0) + kindRank(h.entry) + (h.gate === 1 ? 20 : 0) + (h.via === 'capital' ? 1 : 0);
      if (score < bestScore) {
        best = h;
        bestScore = score;
      }
    }
    // an ambiguous form no other mention licenses stays unmatched, unless it is a title or generic body
    if (best && best.gate === 1 && !licensed.has(best.entry.id) && best.via !== 'title' && best.via !== 'body' && !contextLicensed(best.entry)) {
      if (m.hits.every((x) => x.gate === 1) && m.hits.length > 1 && new Set(m.hits.map((x) => x.entry.country)).size === 1) return best;
      // a capital sharing its form with a city of another country, neither country named: the capital
      // ("طرابلس" is Tripoli of Libya unless the story names Lebanon and not Libya; not "عمان", also a country's name)
      const capital = m.hits.find((x) => x.via === 'capital');
      if (capital && m.hits.every((x) => x.via === 'capital' || x.entry.kind === 'place') && !m.hits.some((x) => licensed.has('country-of:' + x.entry.country))) return capital;
      return null;
    }
    return best;
  }
}

/**
 * Whether tokens [ts, te) stand where a byline or dateline names its outlet: after the author's name and a dash,
 * at the line's end or before another dash ("عمر إبراهيم – 【عين اليوم】", "بدر العتيبي - 【سبق】 - القصيم:"), or
 * first on the line before a dash ("【سبق】- الرياض:"); not after a dash and before a colon, where the dateline's
 * city stands ("سبق- المدينة:"), nor first after a list's dash ("- يوم الاثنين").
 */
function creditPosition(text: string, tokens: readonly Token[], ts: number, te: number): boolean {
  const start = tokens[ts]!.start;
  const end = tokens[te - 1]!.end;
  // the line's start, looked for within 160 characters: a line that began earlier has more than six words before
  // the name anyway (and a bounded look keeps a long line linear)
  const from = Math.max(0, start - 160);
  let lineStart = from === 0 ? 0 : -1;
  for (let k = start - 1; k >= from; k--) {
    if (text.charCodeAt(k) === 10) {
      lineStart = k + 1;
      break;
    }
  }
  if (lineStart < 0) return false;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, end + 4);
  let words = 0;
  for (const w of before.split(/\s+/)) if (/\p{L}/u.test(w)) words++;
  if (words === 0) return /^[ \t]*[-–—ـ]/.test(after);
  return words <= 6 && /[-–—ـ]\s*$/.test(before) && /^[ \t]*(?:[-–—ـ]|\r?\n|$)/.test(after);
}

/** Whether `w`, or `w` without one leading letter of `leads` (a clitic: "وبعد", "بهذه"), is in `set`. */
function inSetAfterClitic(w: string, set: ReadonlySet<string>, leads: string): boolean {
  return set.has(w) || (w.length > 1 && leads.includes(w[0]!) && set.has(w.slice(1)));
}

const MAGHRIB = normalize('المغرب');
/** "المغرب" after a prayer word of the context ("بعد المغرب"، "صلاة المغرب") is the sunset prayer, not Morocco. */
function prayerTime(tokens: readonly Token[], ts: number, e: KbEntry, cx: ActorContextWords): boolean {
  if (e.id !== 'country:MAR' || tokens[ts]!.norm !== MAGHRIB || ts === 0) return false;
  const p = tokens[ts - 1]!.norm;
  return inSetAfterClitic(p, cx.prayerBefore, 'وف');
}

/** The token before `ts` is a place noun: an ambiguous place right after one is a place ("مدينة مشهد"، "محافظة حجة"). */
function placeHead(tokens: readonly Token[], ts: number, cx: ActorContextWords): boolean {
  if (ts === 0 || tokens[ts - 1]!.kind !== 'word') return false;
  const heads = cx.placeHeads;
  let w = tokens[ts - 1]!.norm;
  // (a short head with the conjunction too: "وحي السليمانية")
  // (not a head that begins with و itself: "ولاية")
  if ((w[0] === 'و' || w[0] === 'ف') && !heads.has(w) && (w.length > 4 || heads.has(w.slice(1)))) w = w.slice(1);
  if ((w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك' || w[0] === 'ف') && w.length > 3 && heads.has(w.slice(1))) return true;
  return heads.has(w) || (w.startsWith('ال') && heads.has(w.slice(2)));
}

/**
 * A one-word body that is a verbal noun here: "القضاء على الإرهاب" (eliminating terrorism), not the judiciary
 * (`[verbal_noun_bodies]`: the form followed by على or على with a pronoun).
 */
function verbalNoun(tokens: readonly Token[], m: RawMatch, cx: ActorContextWords): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const t = tokens[m.tokenStart]!;
  if (!cx.verbalNounBodies.has(stripProclitics(t.norm).form)) return false;
  const n = tokens[m.tokenEnd];
  return !!n && n.kind === 'word' && n.norm.startsWith('علي');
}

/**
 * A one-word name that is also a common noun, read as the noun: followed by a feminine adjective with the
 * article ("القاعدة الجوية", "القاعدة الاستراتيجية", "القاعدة الاقتصادية") or after a demonstrative ("هذه
 * القاعدة"); `[common_noun_names]`, e.g. القاعدة (al-Qaeda / the base, the rule).
 */
function commonNounReading(tokens: readonly Token[], m: RawMatch, cx: ActorContextWords, firstIndefinite?: ReadonlyMap<string, number>): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const t = tokens[m.tokenStart]!;
  const form = stripProclitics(t.norm).form;
  if (!cx.commonNounNames.has(form)) return false;
  const n = tokens[m.tokenEnd];
  if (n && n.kind === 'word' && n.norm.startsWith('ال') && n.norm.length > 4 && n.norm.endsWith('ه')) return true;
  const p = m.tokenStart > 0 ? tokens[m.tokenStart - 1]! : undefined;
  // the noun named earlier without the article, and the name nowhere unambiguous in the document (`firstIndefinite`
  // is given only then): "قاعدة العند … حصار 【القاعدة】" is the base again; not in quotation marks or after a group's
  // head ("لتنظيم “القاعدة”")
  const first = firstIndefinite?.get(form.slice(2));
  if (first !== undefined && first < m.tokenStart && p?.kind === 'word' && !inSetAfterClitic(p.norm, cx.groupHeads, 'وبلف')) return true;
  if (!p || p.kind !== 'word') return false;
  return inSetAfterClitic(p.norm, cx.demonstratives, 'وبلف') || inSetAfterClitic(p.norm, cx.commonNounHeads, 'وبلف');
}

/** A country name that also names a continent, with a region adjective after it: "أمريكا اللاتينية" is no mention of the United States. */
function continentRegion(tokens: readonly Token[], m: RawMatch, cx: ActorContextWords): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const n = tokens[m.tokenEnd];
  return !!n && n.kind === 'word' && cx.regionAdjectives.has(n.norm) && cx.continentCountryNames.has(stripProclitics(tokens[m.tokenStart]!.norm).form);
}

/**
 * A nisba that is also a first name (`[nisba_first_names]`: تركي) read as the name: after بن / ابن or before
 * one, after a definite word (an adjective there would take the article: "الأمير تركي"), after a word of
 * [stop] ("وقال تركي شبانة"), or written with و before a definite word ("وتركي الخضير").
 */
function nisbaFirstName(tokens: readonly Token[], m: RawMatch, cx: ActorContextWords): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  const t = tokens[m.tokenStart]!;
  const s = stripProclitics(t.norm);
  const prefix = t.norm.slice(0, s.strip);
  if (!cx.nisbaFirstNames.has(s.form) || s.lamAl || /[بلك]/.test(prefix)) return false;
  const p = m.tokenStart > 0 ? tokens[m.tokenStart - 1] : undefined;
  const n = tokens[m.tokenEnd];
  const definite = (x: Token | undefined) => !!x && x.kind === 'word' && x.norm.startsWith('ال') && x.norm.length > 3;
  if (n && n.kind === 'word' && cx.son.has(n.norm)) return true;
  if (prefix.includes('و') && definite(n)) return true;
  if (!p || p.kind !== 'word') return false;
  return inSetAfterClitic(p.norm, cx.son, 'و') || definite(p) || inSetAfterClitic(p.norm, cx.stop, 'وف');
}

/** A preposition of place before the match: the word before it ("في أبين") or a ب proclitic ("بالعيون"). */
function placePreposition(tokens: readonly Token[], m: RawMatch, cx: ActorContextWords): boolean {
  const t = tokens[m.tokenStart]!;
  if (m.strip > 0 && t.norm.slice(0, m.strip).includes('ب')) return true;
  if (m.tokenStart === 0) return false;
  const p = tokens[m.tokenStart - 1]!;
  if (p.kind !== 'word') return false;
  return inSetAfterClitic(p.norm, cx.placePrepositions, 'وف');
}

/** True for a place kind (country, territory, place) among a raw match's hits read without a licence. */
function unambiguousPlace(r: RawMatch, countryOnly = false): boolean {
  return r.hits.some((h) => h.gate === 0 && (h.entry.kind === 'country' || (!countryOnly && (h.entry.kind === 'territory' || h.entry.kind === 'place'))));
}

/**
 * The raw match `k` is coordinated with an unambiguous place right before or after it: "الدمام والخبر",
 * "الخبر والدمام", "القطيف، الخبر" (a conjunction و on the second word, or a comma or و between them); `countryOnly`: with
 * a country ("السنغال ومالي").
 */
function coordinatedPlace(tokens: readonly Token[], raw: readonly RawMatch[], k: number, countryOnly = false): boolean {
  const m = raw[k]!;
  const sep = (i: number) => {
    const t = tokens[i];
    return !!t && (t.text === '،' || t.text === ',' || t.norm === 'و');
  };
  const conj = (r: RawMatch) => r.strip > 0 && tokens[r.tokenStart]!.norm[0] === 'و';
  const prev = raw[k - 1];
  if (prev && unambiguousPlace(prev, countryOnly) && ((prev.tokenEnd === m.tokenStart && conj(m)) || (prev.tokenEnd === m.tokenStart - 1 && sep(prev.tokenEnd)))) return true;
  const next = raw[k + 1];
  if (next && unambiguousPlace(next, countryOnly) && ((next.tokenStart === m.tokenEnd && conj(next)) || (next.tokenStart === m.tokenEnd + 1 && sep(m.tokenEnd)))) return true;
  return false;
}

/**
 * The token before `ts` is an institution word ("بمدينة"، "جامعة") that a title after it names: "مدينة الملك سعود
 * الطبية", "مطار الأمير محمد بن عبدالعزيز", "جامعة الملك سعود" — the title is part of the institution's name.
 */
function eponymHead(tokens: readonly Token[], ts: number, cx: ActorContextWords): boolean {
  if (ts === 0) return false;
  const p = tokens[ts - 1]!;
  if (p.kind !== 'word') return false;
  const heads = cx.eponymHeads;
  let w = p.norm;
  // a head that is also a verb (وقف "stood") opening a clause is the verb: "وقف الأمير فيصل على ..."
  const clauseStart = ts === 1 || tokens[ts - 2]!.kind === 'punct';
  if (heads.has(w)) return !(clauseStart && cx.verbHeads.has(w));
  if ((w[0] === 'و' || w[0] === 'ف') && w.length > 3) {
    w = w.slice(1);
    if (heads.has(w)) return !cx.verbHeads.has(w);
  }
  if ((w[0] === 'ب' || w[0] === 'ل' || w[0] === 'ك') && w.length > 3 && heads.has(w.slice(1))) return true;
  return false;
}

function carriedCountry(h: TrieHit): string | null {
  const e = h.entry;
  if (e.kind === 'agent' || e.generic) return null;
  if (e.kind === 'person') return null;
  return e.country;
}

/**
 * A one-word body name that is a feminine adjective ("الخارجية" the foreign ministry, "البحرية" the navy) right
 * after a definite word, without a proclitic of its own: the adjective ("السياسة الخارجية", "الحدود البحرية").
 * With و it is coordinated ("وزارتي الدفاع والخارجية") and stays.
 */
function adjectiveBody(e: KbEntry, tokens: readonly Token[], m: RawMatch): boolean {
  if (e.kind !== 'gov_body' || m.tokenEnd - m.tokenStart !== 1 || m.strip !== 0 || m.tokenStart === 0) return false;
  return /^ال.{2,}يه$/.test(tokens[m.tokenStart]!.norm) && (afterDefiniteWord(tokens, m.tokenStart) || afterOwnedWord(tokens, m.tokenStart));
}

/**
 * The word before token `i` carries a possessive pronoun ("في شئونها الداخلية", "وحدتنا الداخلية", "لسياستها
 * الخارجية"): definite, so an adjective at `i` agrees with it. (A verb with an object pronoun before the ministry,
 * "وأكدتها الخارجية", reads so too; it is far rarer.)
 */
function afterOwnedWord(tokens: readonly Token[], i: number): boolean {
  const p = i > 0 ? tokens[i - 1]! : null;
  const w = p?.words;
  return !!p && p.kind === 'word' && !!w && w[w.length - 1]!.role === 'pron';
}

/** The word before token `i` has the article (after a و / ف): a definite noun or adjective an adjective at `i` can agree with. */
function afterDefiniteWord(tokens: readonly Token[], i: number): boolean {
  const p = i > 0 ? tokens[i - 1]! : null;
  if (!p || p.kind !== 'word') return false;
  // (with its proclitics: "والدبابات", "للدبابات", "بالقوات")
  const prev = stripProclitics(p.norm).form;
  return prev.startsWith('ال') && prev.length > 3;
}

/** Two normalized name words are the same, also in another spelling of their long vowels ("فرنسوا" / "فرانسوا"). */
function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const skel = (x: string) => x.replace(/[اويى]/g, '');
  const sb = skel(b);
  return sb.length >= 3 && skel(a) === sb;
}

/** An Arabic word without the article (after its proclitics) and without a pronoun suffix in its spelling (ه, not ة). */
function indefiniteNoun(t: Token): boolean {
  return t.kind === 'word' && t.norm.length > 2 && !stripProclitics(t.norm).form.startsWith('ال') && !t.text.endsWith('ه') && !t.text.endsWith('ها') && !t.text.endsWith('هم');
}

/** Strip و/ف then ب/ك/ل (لل → ال) from a normalized word. */
function stripProclitics(w: string): { form: string; strip: number; lamAl: boolean } {
  let s = w;
  let strip = 0;
  if ((s[0] === 'و' || s[0] === 'ف') && s.length > 4) {
    s = s.slice(1);
    strip++;
  }
  if (s.startsWith('لل') && s.length > 4) return { form: 'ال' + s.slice(2), strip: strip + 1, lamAl: true };
  if ((s[0] === 'ب' || s[0] === 'ك') && s.startsWith('ال', 1) && s.length > 4) return { form: s.slice(1), strip: strip + 1, lamAl: false };
  return { form: s, strip, lamAl: false };
}

/** A name first met in this document (a titled unknown person), for later mentions by name. */
interface DocName {
  keys: string[];
  actor: Actor;
  /** Token index where the first mention ends. */
  at: number;
  /** Order of discovery. */
  n: number;
}

/**
 * How many earlier mentions an anaphoric noun or a bare title looks back over. News coreference
 * reaches a few sentences; the bound keeps very long documents linear.
 */
const COREF_WINDOW = 400;

function stripNorm(n: string, strip: number, lamAl: boolean): string {
  return lamAl ? 'ال' + n.slice(strip + 1) : n.slice(strip);
}

/** An international body, intergovernmental or not, of no one country (IGOUNO, NGOICRC): its officers are its own. */
function internationalBody(a: Actor): boolean {
  return a.code.startsWith('IGO') || (a.code.startsWith('NGO') && !a.country);
}

/** Whether an actor has forces of its own (an armed group, a coalition, a military or rebel sector). */
function hasForces(a: Actor): boolean {
  return a.kind === 'armed_group' || a.kind === 'igo' || a.sector === 'MIL' || a.sector === 'REB';
}

/**
 * The antecedent of an anaphoric noun: the last actor whose own name contains the noun ("التحالف" →
 * "التحالف الدولي ضد داعش"), else the last actor of one of the target kinds or body classes.
 */
function lastMatching(history: Resolved[], targets: readonly string[], noun?: string, accept: (h: Resolved) => boolean = () => true): Resolved | null {
  const stop = Math.max(0, history.length - COREF_WINDOW);
  if (noun) {
    for (let k = history.length - 1; k >= stop; k--) {
      const h = history[k]!;
      const e = h.entry;
      if (!e || e.kind === 'person' || (e.generic && !h.actor.id.startsWith('body:'))) continue;
      // the noun heads one of the actor's names ("تحالف" heads "التحالف الدولي ضد داعش")
      if (e.names.some((n) => { const w = normalize(n).split(' ')[0]!; return w === noun || w === 'ال' + noun; })) return h;
    }
  }
  for (let k = history.length - 1; k >= stop; k--) {
    const h = history[k]!;
    if ((targets.includes(h.kind) || (h.cls && targets.includes(h.cls)) || (h.entry && targets.includes(h.entry.kind))) && accept(h)) return h;
  }
  return null;
}

/**
 * The country a story is about: the country named most often by countries, places, capitals and nisbas (not
 * outlets nor people), when it is named at least three times and at least twice as often as any other; else null.
 */
export function storyCountry(mentions: readonly { actor: Actor; via?: string; start?: number }[], sole = false, text?: string): string | null {
  const n = new Map<string, number>();
  for (const m of mentions) {
    const a = m.actor;
    // (a capital counts as a place of its country where the text names it as one, "في الرياض", "بالرياض", "من جدة"; its
    // actor is the government it may stand for, "بكين تدعم", which says less of where the story is)
    const capitalPlace = m.via === 'capital' && text !== undefined && m.start !== undefined && locativeBefore(text, m.start);
    if (!a.country || (a.kind !== 'country' && a.kind !== 'place' && a.kind !== 'territory' && !capitalPlace)) continue;
    n.set(a.country, (n.get(a.country) ?? 0) + 1);
  }
  let best: string | null = null;
  let first = 0;
  let second = 0;
  for (const [c, k] of n) {
    if (k > first) {
      second = first;
      first = k;
      best = c;
    } else if (k > second) second = k;
  }
  if (sole) return first >= 3 && second === 0 ? best : null;
  // (twice is enough when no other country is named at all: "… قوات الطوارئ الخاصة بمنطقة عسير … في أبها")
  return (first >= 3 && first >= 2 * second) || (first >= 2 && second === 0) ? best : null;
}

/** "لشؤون" (normalized, with its spellings): the affairs of a minister of state ("وزير الدولة 【لشؤون】 الدفاع"). */
const AFFAIRS = /^(?:لشوون|لشيون|للشوون)$/;

/** A place name at `start` is written as a place: ب attached to it, or after في / من / إلى (with و or ف). */
function locativeBefore(text: string, start: number): boolean {
  if (start > 0 && text[start - 1] === 'ب') return true;
  return /(?:^|\s)[وف]?(?:في|فى|من|إلى|الى|إلي)\s+$/.test(text.slice(Math.max(0, start - 8), start));
}

/** The last mention of the generic body `entryId` that carries a country ("وزارة الداخلية التونسية"), within the coreference window. */
function lastSameBody(history: Resolved[], entryId: string): Resolved | null {
  for (let k = history.length - 1, stop = Math.max(0, history.length - COREF_WINDOW); k >= stop; k--) {
    const h = history[k]!;
    if (h.entry?.id === entryId && h.actor.country && h.actor.id.startsWith('body:')) return h;
  }
  return null;
}

/** The last person in the history who holds an office of the family on the date (a former prime minister is no "رئيس الوزراء"), among `only` when given. */
function lastPerson(history: Resolved[], offices: readonly string[], date?: string, only?: ReadonlySet<string>): Resolved | null {
  for (let k = history.length - 1, stop = Math.max(0, history.length - COREF_WINDOW); k >= stop; k--) {
    const h = history[k]!;
    const r = h.actor.role;
    if (h.actor.kind !== 'person' || !r?.office || !offices.includes(r.office) || (only && !only.has(h.actor.id))) continue;
    if (date && ((r.from && r.from > date) || (r.to && r.to < date))) continue;
    return h;
  }
  return null;
}

const HAMZA_ALEF = new Set(['أ', 'إ', 'آ', 'ا']);
/**
 * True when the raw word starts with an explicit hamza seat (أ، إ، آ; after an optional article) and every
 * one-word form of the entry that starts with an alef carries another explicit seat ("أمام" vs "الإمام").
 */
function hamzaClash(e: KbEntry, raw: string): boolean {
  let w = '';
  for (const ch of raw) if (!isMark(ch.charCodeAt(0))) w += ch;
  if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
  // the word's explicit hamza seats on an alef: the first letter, and inside the word where a form of the same
  // length can be compared letter by letter ("مآرب" goals ≠ "مأرب" Marib)
  const seats: number[] = [];
  for (let i = 0; i < w.length; i++) if (w[i] === 'أ' || w[i] === 'إ' || w[i] === 'آ') seats.push(i);
  if (!seats.length) return false;
  let seen = false;
  for (const f0 of [...e.names, ...(e.short ?? []), ...(e.ambiguous ?? []), ...(e.nisba ?? [])]) {
    if (f0.includes(' ')) continue;
    const f = f0.startsWith('ال') && f0.length > 3 ? f0.slice(2) : f0;
    for (const i of seats) {
      if (i > 0 && f.length !== w.length) continue;
      const fc = f[i] ?? '';
      if (!HAMZA_ALEF.has(fc)) continue;
      // a form written with the same seat or a bare alef agrees
      if (fc === w[i] || fc === 'ا') return false;
      seen = true;
    }
  }
  return seen;
}

/** Offset in the raw text after `strip` letters of a token (diacritics and tatweel on them included). */
function rawOffsetAfter(t: Token, strip: number): number {
  if (!strip) return t.start;
  let i = 0;
  let letters = 0;
  const s = t.text;
  while (i < s.length && letters < strip) {
    i++;
    letters++;
    while (i < s.length && isMark(s.charCodeAt(i))) i++;
  }
  return t.start + i;
}
function isMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640;
}

/** Sentence number of every token: from the sentence layer when present, else from end punctuation and line breaks. */
function sentenceIndex(tokens: readonly Token[], text: string, sentences?: readonly { tokenStart: number; tokenEnd: number }[]): Int32Array {
  const out = new Int32Array(tokens.length);
  if (sentences && sentences.length) {
    sentences.forEach((s, n) => {
      for (let k = s.tokenStart; k < s.tokenEnd && k < tokens.length; k++) out[k] = n;
    });
    return out;
  }
  let s = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (k > 0) {
      const prev = tokens[k - 1]!;
      if ((prev.kind === 'punct' && SENTENCE_END.has(prev.norm)) || text.slice(prev.end, tokens[k]!.start).includes('\n')) s++;
    }
    out[k] = s;
  }
  return out;
}

/**
 * Resolve a short phrase on its own ("الرئيس الأمريكي", "وزير الخارجية الإيرانية", "كيري"): the actor of
 * a mention spanning the whole phrase, else the knowledge-base entries the phrase names.
 */
export function resolvePhrase(resolver: ActorResolver, phrase: string, date?: string): Actor[] {
  const tokens = tokenize(phrase, resolver.kb.charMap);
  if (!tokens.length) return [];
  const out = resolver.resolve({ text: phrase, tokens, ...(date ? { date } : {}) });
  const whole = out.mentions.filter((m) => m.tokenStart === 0 && m.tokenEnd === tokens.length);
  if (whole.length) return whole.map((m) => m.actor);
  const direct = resolver.kb.lookup(phrase, date);
  if (direct.length) return direct;
  // a title phrase without a holder: the sector actor it implies
  const t = out.titles.find((x) => x.tokenStart === 0 && x.tokenEnd === tokens.length);
  if (t?.country && t.sector) return [resolver.kb.sectorActor(t.country, t.sector)];
  return [];
}
