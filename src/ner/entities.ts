/**
 * The entities layer: tagger spans, actor-lexicon mentions and title phrases combined under one
 * overlap policy (docs/ner.md, "Overlap policy"):
 *
 *  1. Lexicon entities come from actor mentions, except nisba adjectives ("الإيرانية"), anaphors
 *     ("التنظيم", "الوزارة"), generic agents, and people found through a title phrase alone ("وقال
 *     الرئيس", "رئيس جمهورية مصر": an actor mention, but no name). Types: person → PER; country, territory, place,
 *     and a capital named for its government → GPE; organizations of every kind → ORG.
 *  2. Tagger entities come from the BIO tags: PERS → PER, ORG → ORG, MISC → MISC, LOC → LOC
 *     (GPE when the same span is a lexicon place).
 *  3. Overlaps, decided per tagger span against the lexicon spans it overlaps:
 *       - same span: one entity, the lexicon's type and actor (source "lexicon+tagger");
 *       - the tagger span is a person that extends an unknown name the actor layer found after a
 *         title ("حازم" of "حازم قاسم"): the lexicon span is extended to the tagger's, keeping its actor;
 *       - the tagger span is an ORG or MISC that strictly contains only place (GPE/LOC) lexicon
 *         spans ("جامعة لندن"): the tagger span is kept, the inner places are dropped;
 *       - otherwise (the tagger span inside a lexicon span, containing a person or organization
 *         mention, or crossing a boundary): the lexicon spans win and the tagger span is dropped.
 *     Tagger spans that touch no lexicon span are kept (names the lexicon does not know).
 *  4. Entity text starts after the proclitics of its first token (و ف ب ل ك; "ببروكسل" → "بروكسل",
 *     "للقوات" keeps both lams, since "لقوات" is no word, with norm "القوات"), using the text layer's clitic analysis when present;
 *     a lexicon entity whose mention starts earlier than that starts with the mention ("بان كي مون": the ب is the name's).
 *  5. A MISC span of the tagger of one or two words whose first word is God, a currency or a religion
 *     (data/ner/not-entities.txt: "الله", "ريال", "الدولار", "الإسلام") is not kept: ANERcorp tags
 *     them MISC, but they name no entity an analyst follows. A unit ("كيلو غرام", section [unit]) is
 *     not kept whatever type the tagger gave it.
 *     Tagger spans of Latin-script tokens only and a lone letter name ("«دي»") are dropped, and a person
 *     span of four or more words is split before a second name joined by و (taggerSpans).
 *     A person right after an eponym head and a title ("مدينة الملك 【عبدالعزيز】 الطبية") names the
 *     institution: one ORG (or LOC) entity from the head (mergeEponyms).
 *     A rare word right after a place noun ("في مدينة 【بيزل】") that no source found is a place (addPlaceNames).
 *  6. The entities touching a spelled acronym ("بي. بي. سي": the tagger tags "بي" and "سي" apart)
 *     become one, with a lexicon candidate's type and actor when there is one.
 *  7. A PER entity gets the title phrase that ends right before it ("المتحدثة باسم وزارة الخارجية
 *     الإيرانية مرضية أفخم"), at most one comma between; failing that, an apposition title right
 *     after it ("دينيس بوشار الباحث بالمعهد ..."), unless a person follows that title, whom it
 *     introduces ("شكري نظيره الأردني أيمن الصفدي").
 */
import type { ActorMention, Entity, EntityType, TitleMention, Token } from '../doc/types.ts';
import { bioSpans } from './conll.ts';
import type { NotEntities } from './not-entities.ts';
import type { AcronymSpan } from '../text/acronyms.ts';
import { soundPluralEnding } from '../text/normalize.ts';

export interface EntityInputs {
  text: string;
  tokens: readonly Token[];
  /** One BIO tag (ANERcorp set) per document token; "O" outside sentences. */
  tags: readonly string[];
  mentions: readonly ActorMention[];
  titles: readonly TitleMention[];
  /** True for anaphoric common nouns the actor layer resolves ("التنظيم"); such mentions are not names. */
  isAnaphor?: (norm: string) => boolean;
  /** Proclitic length (in normalized letters) of a token without a text-layer analysis. */
  procliticLength?: (token: Token) => number;
  /**
   * Whether a normalized word is a word of people's names (the tagger's lists): a person entity of
   * the tagger whose first token is such a word, while what is left after its proclitics is not,
   * keeps the letters the clitic analysis took for proclitics ("كمال" is no ك + مال).
   */
  isPersonWord?: (norm: string) => boolean;
  /** Whether a normalized word is a one-word name of a place (LOC) or an organization (ORG) in the tagger's word lists. */
  isNameWordOf?: (norm: string, type: 'LOC' | 'ORG') => boolean;
  /** Whether a normalized word is a person's title or honorific, with or without the article (دكتور، سيد، مهندس). */
  isTitleWord?: (norm: string) => boolean;
  /** Whether a normalized word is a function word (data/actors/context-words.txt [stop]: في، على، كان). */
  isStopWord?: (norm: string) => boolean;
  /** Whether a normalized word heads organization names (the tagger's trigger list, OHEAD: منظمة، شركة، حزب). */
  isOrgHead?: (norm: string) => boolean;
  /** Words whose MISC spans of the tagger are not kept (data/ner/not-entities.txt: God, currencies, religions). */
  notEntities?: NotEntities;
  /** Spelled acronyms ("بي. بي. سي", src/text/acronyms.ts): the entities touching one become one entity. */
  acronyms?: readonly AcronymSpan[];
  /** Whether a normalized word spells a Latin letter ("دي"): a lone one is no entity. */
  isLetterName?: (norm: string) => boolean;
  /**
   * Institutions and places named after a person ("مدينة الملك عبدالعزيز الطبية", "شارع الأمير سلطان"):
   * `head` says whether a clitic-free normalized word heads one and whether it names a place (LOC) rather
   * than an institution (ORG); `title` whether a word is a title such a name begins with (الملك، الأمير).
   */
  eponym?: { head: (norm: string) => 'ORG' | 'LOC' | null; title: (norm: string) => boolean };
  /**
   * Place names after a place noun: `head` says whether a clitic-free normalized word introduces a place
   * name (مدينة، بلدة، ولاية), `rare` whether a word is no frequent ordinary word. A rare word after such a
   * head that no entity covers is a place ("في مدينة 【بيزل】 السويسرية"). `quotedHead` (place nouns and natural
   * features): a name of one to three words in quotation marks right after such a head is a place, whatever its words
   * ("جبل «منيف»", "بلدة «الكصيبة»").
   */
  placeName?: { head: (norm: string) => boolean; rare: (norm: string) => boolean; dualHead?: (norm: string) => boolean; stop?: (norm: string) => boolean; frequent?: (norm: string) => boolean; quotedHead?: (norm: string) => boolean };
  /**
   * Facilities named after a place: `head` says whether a clitic-free normalized word heads one (مطار، ميناء،
   * قاعدة، معبر); the head, the place or rare name after it and up to two nisba adjectives are one LOC entity
   * ("مطار عدن الدولي", "قاعدة العند الجوية", "معبر رفح"); a natural feature's head ('feature': جبل، نهر، جزيرة)
   * takes the name only ("جبال حمرين"). `rare` as for placeName; `headPrefix` whether a word before the head is part
   * of the name ("شبه جزيرة سيناء").
   */
  facility?: { head: (norm: string) => 'name' | 'place' | 'feature' | null; rare: (norm: string) => boolean; isCountryName: (text: string) => boolean; headPrefix?: (norm: string) => boolean };
  /** Character ranges of dates (layer `dates`): a tagger entity inside one is part of the date ("أبريل (نيسان)"), no name. */
  dateRanges?: readonly [number, number][];
  /** Character ranges of source lines crediting an outlet ("المصدر: الشرق الأوسط"): a place or other name there is the outlet. */
  outletLines?: readonly [number, number][];
  /** Words that end a club's or company's name after a place or name ("مانشستر سيتي", "كونيا سبور"): the name takes them in. */
  isOrgNameSuffix?: (norm: string) => boolean;
  /** News outlets named after a head noun ("صحيفة الشرق الأوسط", "لقناة الحرة", "وكالة رويترز"): see outletNames. */
  outlets?: OutletWords;
  /**
   * Institutions whose names go on with their field after لـ ("مركز الملك سلمان 【للإغاثة والأعمال الإنسانية】"):
   * `head` says whether a clitic-free normalized word heads one, `fieldStop` whether a definite noun after لـ is a time
   * or occasion instead (العام، المرة), `stop` whether a word is a function word. See institutionFields.
   */
  institution?: { head: (norm: string) => boolean; fieldStop: (norm: string) => boolean; stop: (norm: string) => boolean; deputy: (norm: string) => boolean };
  /** Official bodies and forces named by a description (bodyNames): `head` of a word without the article (هيئة، قوات),
   * `definiteHead` of one with it (البحرية، القوات), `stop` for function words (الذي، التي). */
  body?: { head: (norm: string) => boolean; definiteHead: (norm: string) => boolean; stop: (norm: string) => boolean; notAdjective: (norm: string) => boolean; title: (norm: string) => boolean };
  /** Armed groups' and parties' names with a generic head or an evaluative adjective ("تنظيم داعش الإرهابي"): see groupNames. */
  groups?: GroupWords;
}

/** Word tests for groups' names (data/actors/context-words.txt), on clitic-free normalized words. */
export interface GroupWords {
  /** [group_heads]: تنظيم، جماعة، ميليشيات. */
  head: (norm: string) => boolean;
  /** [group_adjectives]: الإرهابي، المتشدد، المحظور. */
  adjective: (norm: string) => boolean;
  /** Whether `text` is one of the names of the actor `actorId`. */
  isNameOf: (actorId: string, text: string) => boolean;
  /** Whether a normalized word is a country's nisba adjective ("اللبناني", "الأفغانية"). */
  isCountryNisba: (norm: string) => boolean;
}

/** Word tests for outlets' names (data/actors/context-words.txt), on clitic-free normalized words. */
export interface OutletWords {
  /** [media_heads]: صحيفة، جريدة، وكالة، إذاعة. */
  head: (norm: string) => boolean;
  /** [media_channel_heads]: قناة، تلفزيون (also a canal, a set): only in a report context. */
  channelHead: (norm: string) => boolean;
  /** [media_report_words]: ذكرت، بحسب، تصريح — before the head, a report's source or listener. */
  reportWord: (norm: string) => boolean;
  /** [media_not_names]: الأنباء، التواصل — no outlet's name. */
  notName: (norm: string) => boolean;
  /** Whether `text` is one of the names of the actor `actorId` (to drop the head: "وكالة رويترز" → "رويترز"). */
  isNameOf?: (actorId: string, text: string) => boolean;
}

interface Cand {
  ts: number;
  te: number;
  type: EntityType;
  source: string;
  mention?: ActorMention;
  /** Proclitic letters of the first token, when the rule that made the candidate knows them (a name after a dual head: 0, or 1 for its و). */
  proclitics?: number;
}

const TAG_TYPE: Record<string, EntityType> = { PERS: 'PER', PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC', GPE: 'GPE' };

/** Entity type of an actor mention, or null when the mention is not a named entity. */
export function mentionType(m: ActorMention, isAnaphor?: (norm: string) => boolean): EntityType | null {
  if (m.via === 'nisba') return null;
  const kind = m.actor.kind ?? '';
  if (m.via === 'capital') return 'GPE';
  if (m.via === 'coref') {
    // a short name of a person met earlier is a name; "التنظيم", "الوزارة" are not
    if (kind !== 'person') return null;
  }
  if (isAnaphor && m.tokenEnd - m.tokenStart === 1 && isAnaphor(m.norm)) return null;
  switch (kind) {
    case 'person':
      return 'PER';
    case 'country':
    case 'territory':
    case 'place':
      return 'GPE';
    case 'agent':
    case '':
      return null;
    default:
      return 'ORG';
  }
}

const isPlace = (t: EntityType) => t === 'GPE' || t === 'LOC';

/** Whether the text layer's analysis of a token has a conjunction or preposition proclitic ("وسان", "بالرياض"). */
function hasConjOrPrep(t: Token): boolean {
  return !!t.words?.some((w) => w.role === 'conj' || w.role === 'prep');
}

/**
 * Pieces of one name that the sources found apart, joined (adjacent tokens only, no punctuation between):
 * - an organization and the feminine nisba right after it that is also a country's name ("وزارة الداخلية
 *   السعودية", "القوات الجوية السعودية": the whole is the organization, as with "وزارة الخارجية الإيرانية");
 * - a one-word organization of the tagger, a foreign word without the article, and the place right after it:
 *   a club or company named with its city ("ريال مدريد", "ليجيا وارسو", "شاختار دونيتسك", "شيراتون الدمام"; "ريال" also
 *   when the tagger read it as the currency);
 * - an organization or place and a name suffix after it ([org_name_suffixes]: "مانشستر سيتي", "كونيا سبور",
 *   "باريس سان جيرمان");
 * - two places of the tagger side by side: one place ("سان بطرسبرغ", "لاس فيغاس").
 * The joined entity is an organization (a place for two places); it keeps the actor of the organization piece, if any.
 */
/** Whether a line break stands between token `i` and the token before it (0 < i). */
function lineBreakBefore(tokens: readonly Token[], text: string, i: number): boolean {
  return text.slice(tokens[i - 1]!.end, tokens[i]!.start).includes('\n');
}

/** The normalized token before token `i` on the same line, or undefined (the first token, or a line break between). */
function tokenBefore(tokens: readonly Token[], text: string, i: number): string | undefined {
  return i > 0 && !lineBreakBefore(tokens, text, i) ? tokens[i - 1]!.norm : undefined;
}

function joinNamePieces(out: Cand[], tokens: readonly Token[], text: string, isSuffix?: (norm: string) => boolean, notEntities?: NotEntities): void {
  const word = (i: number) => tokens[i]!.kind === 'word';
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.te !== b.ts) continue;
    // no name runs over a line break ("… بمليون دولار" ending a headline, "بغداد -" the dateline after it)
    if (lineBreakBefore(tokens, text, b.ts)) continue;
    const bText = tokens[b.ts]!.norm;
    // "مانشستر وسان جيرمان" are two names
    if (hasConjOrPrep(tokens[b.ts]!)) continue;
    const nisba = a.type === 'ORG' && b.type === 'GPE' && b.te - b.ts === 1 && b.mention?.actor.kind === 'country' && /^ال.{2,}يه$/.test(bText);
    // (the club's first word may be tagged as the currency it also spells: "ريال" + "مدريد")
    // (not after an amount: "22 مليون ريال" + "جدة" is money and a city)
    const clubWord =
      a.type === 'ORG' || (a.type === 'MISC' && !!notEntities?.isClubCurrency(tokens[a.ts]!.norm) && !notEntities.isAmount(tokenBefore(tokens, text, a.ts)));
    const cityClub = clubWord && a.source === 'tagger' && a.te - a.ts === 1 && word(a.ts) && !tokens[a.ts]!.norm.startsWith('ال') && isPlace(b.type) && b.te - b.ts === 1 && !bText.startsWith('ال') && b.mention?.actor.kind !== 'country';
    // the suffix alone, or a place ending in one ("باريس" + "سان جيرمان")
    const suffix = (a.type === 'ORG' || isPlace(a.type)) && (b.te - b.ts === 1 || isPlace(b.type)) && !!isSuffix?.(tokens[b.te - 1]!.norm);
    // two places of the tagger side by side are one place's name ("سان بطرسبرغ", "لاس فيغاس", "خميس مشيط")
    const twoPlaces = a.type === 'LOC' && b.type === 'LOC' && a.source === 'tagger' && b.source === 'tagger' && !a.mention && !b.mention && !bText.startsWith('و');
    if (twoPlaces) {
      out.splice(k, 2, { ts: a.ts, te: b.te, type: 'LOC', source: 'tagger' });
      k--;
      continue;
    }
    if (!nisba && !cityClub && !suffix) continue;
    out.splice(k, 2, { ts: a.ts, te: b.te, type: 'ORG', source: a.source, mention: a.type === 'ORG' ? a.mention : undefined });
  }
  if (!isSuffix) return;
  const covered = coveredTokens(out, tokens.length);
  for (const c of out) {
    if (c.type !== 'ORG' && !isPlace(c.type)) continue;
    let te = c.te;
    while (te < tokens.length && !covered[te] && word(te) && isSuffix(tokens[te]!.norm)) te++;
    if (te === c.te) continue;
    c.te = te;
    if (c.type !== 'ORG') c.mention = undefined;
    c.type = 'ORG';
  }
}

/**
 * An institution's name goes on with its field after لـ: "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مدينة الملك
 * عبدالعزيز للعلوم والتقنية", "معهد واشنطن للشرق الأدنى". An ORG that the tagger or the eponym rule found (no known
 * name: a known one is matched whole), headed by an institution head ([institution_heads]), takes in a definite noun
 * with لـ right after it, its nisba adjectives and one coordinated definite noun (with و) and its nisba adjectives. The
 * field must be a phrase of more than one word or end the clause (punctuation or the end of the text follows it): a lone
 * "للمشاركة في" is a purpose ("دعت الجامعة للمشاركة في"), not a field. Not a time or occasion ("للعام الدراسي"), and no
 * word of [institution_field_stop] (التابعة، الرسمي) or title (الدكتور) after it.
 */
function institutionFields(out: Cand[], tokens: readonly Token[], titles: readonly TitleMention[], inst: NonNullable<EntityInputs['institution']>): void {
  const covered = coveredTokens(out, tokens.length);
  // a title after the name begins the next phrase ("مدير جامعة X للعلوم 【الدكتور】 فلان")
  for (const t of titles) if (t.tokenStart < tokens.length) covered[t.tokenStart] = 1;
  // a deputy's title before the name takes the لـ phrase as its portfolio: "وكيل جامعة الدمام 【للشؤون الأكاديمية】" is the
  // vice-rector for academic affairs, not a body of that name ([institution_deputy_titles]; "مدير معهد … للبحوث" is the institute's)
  // (the deputy word right before the name or one word before it: "نائب رئيس جامعة X للشؤون …")
  const deputyBefore = (ts: number) => [ts - 1, ts - 2].some((i) => i >= 0 && tokens[i]!.kind === 'word' && inst.deputy(bareWord(tokens[i]!.norm)));
  const free = (i: number) => i < tokens.length && !covered[i] && tokens[i]!.kind === 'word';
  const definite = (i: number) => free(i) && tokens[i]!.norm.startsWith('ال') && tokens[i]!.norm.length > 3 && !inst.stop(tokens[i]!.norm) && !inst.fieldStop(tokens[i]!.norm);
  // after the field noun only its nisba adjectives ("للطاقة الذرية", "للحوار الوطني"); another definite noun begins the
  // verb's object ("قدم مركز الأمير سلطان للقلب 【الخدمات】 الطبية")
  const adjective = (i: number) => definite(i) && /(?:ي|يه)$/.test(tokens[i]!.norm);
  for (const c of out) {
    if (c.type !== 'ORG' || c.mention || c.te - c.ts < 2 || !free(c.te) || deputyBefore(c.ts)) continue;
    if (!inst.head(bareWord(tokens[c.ts]!.norm))) continue;
    const lam = tokens[c.te]!.norm;
    if (!lam.startsWith('لل') || lam.length < 5 || inst.fieldStop('ال' + lam.slice(2)) || inst.stop(lam)) continue;
    let te = c.te + 1;
    while (te - c.te < 4 && adjective(te)) te++;
    let coordinated = false;
    if (free(te) && tokens[te]!.norm.startsWith('وال') && tokens[te]!.norm.length > 4 && !inst.stop(tokens[te]!.norm.slice(1)) && !inst.fieldStop(tokens[te]!.norm.slice(1))) {
      coordinated = true;
      te++;
      while (te - c.te < 6 && adjective(te)) te++;
    }
    const endsClause = te >= tokens.length || tokens[te]!.kind === 'punct';
    if (te - c.te < 2 && !coordinated && !endsClause) continue;
    for (let i = c.te; i < te; i++) covered[i] = 1;
    c.te = te;
  }
}

const KUNYA = new Set(['ابو', 'ابي', 'ابا', 'ام']);

/**
 * A name by kunya ("أبو أسامة", "أم محمد") with a nisba right after it: the nisba is part of the name, as in the
 * noms de guerre of armed groups' members ("أبو أسامة العراقي", "أبو قتادة التونسي"); the tagger often stops
 * before it. Only a tagger person of two words; the nisba is a definite word ending in ي (ية after أم) that no
 * candidate covers, without a conjunction or preposition.
 */
function kunyaNisbas(out: Cand[], tokens: readonly Token[], titles: readonly TitleMention[]): void {
  const covered = coveredTokens(out, tokens.length);
  // a title after the kunya is an apposition, not the nisba of the name ("أبو عمر 【القيادي】 في تنظيم داعش")
  for (const t of titles) if (t.tokenStart < tokens.length) covered[t.tokenStart] = 1;
  for (const c of out) {
    if (c.type !== 'PER' || c.source !== 'tagger' || c.te - c.ts !== 2 || c.te >= tokens.length || covered[c.te]) continue;
    const first = tokens[c.ts]!.norm;
    const kunya = /^[وف]/.test(first) && KUNYA.has(first.slice(1)) ? first.slice(1) : first;
    const next = tokens[c.te]!;
    if (!KUNYA.has(kunya) || next.kind !== 'word' || hasConjOrPrep(next)) continue;
    const nisba = kunya === 'ام' ? /^ال..+يه$/ : /^ال..+ي$/;
    if (!nisba.test(next.norm)) continue;
    c.te++;
    covered[c.te - 1] = 1;
  }
}

/** Offset where an entity starting at token `t` begins once its proclitics are left out, and the article-restored norm prefix. */
function entityStart(tok: Token, procliticLength?: (t: Token) => number): { start: number; det: boolean } {
  if (tok.words && tok.words.length > 1) {
    let prev: Token['words'] extends (infer W)[] | undefined ? W | undefined : never;
    for (const w of tok.words) {
      if (w.role === 'conj' || w.role === 'prep') {
        prev = w;
        continue;
      }
      // "لل" (ل + the article with its alef dropped): keep both lams, so the text reads "للحكومة"
      // and not the non-word "لحكومة"; the norm restores the article ("الحكومه").
      const det = w.role === 'det' && w.norm === 'ال' && w.text === 'ل';
      return { start: det && prev && prev.text === 'ل' ? prev.start : w.start, det };
    }
    return { start: tok.start, det: false };
  }
  const n = procliticLength ? procliticLength(tok) : 0;
  if (n <= 0) return { start: tok.start, det: false };
  // skip n letters of the raw text (diacritics and tatweel belong to the letter before them)
  let i = tok.start;
  let letters = 0;
  while (i < tok.end && letters < n) {
    i++;
    letters++;
    while (i < tok.end) {
      const c = tok.text.charCodeAt(i - tok.start);
      if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) i++;
      else break;
    }
  }
  return { start: i < tok.end ? i : tok.start, det: false };
}

/** Words that join the parts of a name (normalized): بن، آل، ولد، عبد، أبو ... */
const NAME_CONNECTORS = new Set(['بن', 'ابن', 'ابو', 'ابي', 'ولد', 'عبد', 'ال', 'بنت', 'ام', 'بو']);

/** Words that carry a name on with its patronymic or family: بن، ابن، بنت، آل. */
const PATRONYMIC = new Set(['بن', 'ابن', 'بنت', 'ال']);

function allWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i]!.kind !== 'word') return false;
  return true;
}

/**
 * The letters of a spelled acronym are one name: the tagger tags "بي" and "سي" of "بي. بي. سي" as
 * separate entities. Candidates touching an acronym (sorted, non-overlapping) become one covering the
 * acronym and them, with the type and actor of a lexicon candidate among them, else of the first.
 */
function mergeAcronyms(out: Cand[], acronyms: readonly AcronymSpan[]): void {
  let k = 0;
  for (const a of acronyms) {
    while (k < out.length && out[k]!.te <= a.tokenStart) k++;
    let j = k;
    while (j < out.length && out[j]!.ts < a.tokenEnd) j++;
    if (j === k) continue;
    const group = out.slice(k, j);
    const lex = group.find((c) => c.mention);
    const head = lex ?? group[0]!;
    const merged: Cand = { ...head, ts: Math.min(a.tokenStart, group[0]!.ts), te: Math.max(a.tokenEnd, group[group.length - 1]!.te) };
    out.splice(k, j - k, merged);
    k++;
  }
}

/**
 * The tagger's spans, cleaned: spans of Latin-script tokens only go (the tagger reads Arabic; on an English
 * sentence it tags noise), and so does a lone letter name outside a spelled acronym ("فيتامين «دي»"); a person
 * span of four or more words that holds a second name joined by و is split there ("سعيد العويران ومحيسن
 * الجمعان": و + a word of people's names, while the word with و is none, as "وقاص" of "سعد بن أبي وقاص" is).
 */
function taggerSpans(inp: EntityInputs): { type: string; start: number; end: number }[] {
  const { tokens } = inp;
  const inAcronym = new Uint8Array(tokens.length);
  for (const a of inp.acronyms ?? []) for (let k = a.tokenStart; k < a.tokenEnd; k++) inAcronym[k] = 1;
  const out: { type: string; start: number; end: number }[] = [];
  for (const s1 of bioSpans(inp.tags)) {
    const s0 = withoutPunctuation(tokens, s1, inAcronym);
    if (!s0) continue;
    // a word with the accusative tanwin (ً) is an adverb or adjective, no name: "قائلاً", "شرقاً", "بائساً"
    let end = s0.end;
    while (end > s0.start && tokens[end - 1]!.text.includes('\u064B')) end--;
    if (end === s0.start) continue;
    let s = end === s0.end ? s0 : { ...s0, end };
    let latin = true;
    for (let k = s.start; k < s.end && latin; k++) latin = tokens[k]!.kind === 'latin';
    if (latin) continue;
    // Latin words at the edges of an Arabic name are a page's debris or a gloss ("Previous 【أحمد حجازي】",
    // "【جامعة كارديف】 Cardiff University"): the name is the Arabic words, when two of them are left (one for a
    // person: "جامعة WSU" keeps its acronym)
    {
      let a = s.start;
      let b = s.end;
      while (tokens[a]!.kind === 'latin') a++;
      while (tokens[b - 1]!.kind === 'latin') b--;
      if ((a > s.start || b < s.end) && (b - a >= 2 || (b - a === 1 && (s.type === 'PERS' || s.type === 'PER')))) s = { ...s, start: a, end: b };
    }
    if (s.end - s.start === 1 && !inAcronym[s.start] && inp.isLetterName?.(tokens[s.start]!.norm)) continue;
    // "علي" spelt with ya right before a person is the given name the tagger read as the preposition على (normalization
    // makes them one word; the news writes the preposition with alef maqsura): "وقال 【علي】 أكبر ولايتي"
    // (not "عليَّ", on me, with its fatha)
    if (s.type === 'PERS' && s.start > 0 && inp.tags[s.start - 1] === 'O' && !tokens[s.start - 1]!.text.includes('\u064E') && /^[وف]?علي$/.test(tokens[s.start - 1]!.text.replace(/[\u064B-\u0652]/g, ''))) s = { ...s, start: s.start - 1 };
    const cuts = coordinationCuts(s, tokens, inp);
    if (cuts.length) {
      let from = s.start;
      for (const c of [...cuts, s.end]) {
        out.push({ type: s.type, start: from, end: c });
        from = c;
      }
      continue;
    }
    // the words in marks after a cut span may also be a span of their own
    const prev = out[out.length - 1];
    if (prev && prev.end > s.start) continue;
    // a name in quotation marks right after an organization's head is the organization, whatever the
    // tagger's type ("منظمة «إلعاد»", "شركة «أرامكو»"; ANERcorp tags quoted titles MISC, and the tagger
    // sometimes reads the head's name so)
    if (s.type === 'MISC' && inp.isOrgHead && s.start >= 2 && s.end < tokens.length && OPENING_MARKS.has(tokens[s.start - 1]!.text) && CLOSING_MARKS.has(tokens[s.end]!.text)) {
      // the head in construct, without the article ("الجيش «عاصفة الحزم»" is an operation), perhaps with و ف ب ل ("لحزب «الوفد»")
      const head = tokens[s.start - 2]!;
      const h = head.norm;
      const bare = h.length >= 4 && 'وفبلك'.includes(h[0]!) && !h.startsWith('ال') ? h.slice(1) : h;
      if (head.kind === 'word' && !h.startsWith('ال') && !bare.startsWith('ال') && (inp.isOrgHead(h) || inp.isOrgHead(bare))) {
        out.push({ ...s, type: 'ORG' });
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

/**
 * Where a tagger span joins two names with و, as separate entities: a person span before a given name or surname
 * ("زيد وعبيد", "مصعب العتيبي وأدريان"; in a span of four words or more not before its last word, nor within the
 * first two: "محمد بن علي وأحمد بن سعيد"), a place or an organization span before a one-word name of that kind or an
 * organization's head ("الإسماعيلية والسويس وبورسعيد", "الأهلي والزمالك وسموحة", "بايرن ميونخ ونادي ميونخ 1860"),
 * unless a field after ل comes first, which such names take with their و ("منظمة مرام للإغاثة والتنمية"). A word that is
 * a name with its و (وليد، وائل) is no conjunction. MISC spans (titles of works: "الإنسان والمكان") are not cut.
 */
function coordinationCuts(s: { type: string; start: number; end: number }, tokens: readonly Token[], inp: EntityInputs): number[] {
  const person = s.type === 'PERS' || s.type === 'PER';
  const kind = s.type === 'LOC' || s.type === 'GPE' ? 'LOC' : s.type === 'ORG' ? 'ORG' : null;
  if (!(person ? inp.isPersonWord : kind && inp.isNameWordOf)) return [];
  const n = s.end - s.start;
  const cuts: number[] = [];
  const [lo, hi] = person && n >= 4 ? [s.start + 2, s.end - 2] : [s.start + 1, s.end - 1];
  for (let k = lo; k <= hi; k++) {
    const w = tokens[k]!.norm;
    if (w.length <= 3 || w[0] !== 'و' || tokens[k]!.kind !== 'word') continue;
    const rest = w.slice(1);
    if (NAME_CONNECTORS.has(rest)) continue;
    if (person) {
      if (inp.isPersonWord!(rest) && !inp.isPersonWord!(w)) cuts.push(k);
      continue;
    }
    // (a field after ل makes the و the name's own: "للإغاثة والتنمية")
    let field = false;
    for (let j = s.start + 1; j < k && !field; j++) field = /^لل?/.test(tokens[j]!.norm) && tokens[j]!.norm.length > 3;
    if (field) break;
    // (nor a Latin letter's name: "هيومن رايتس 【واتش】" is the name's word "Watch", not و + "H")
    if (inp.isLetterName?.(rest)) continue;
    const bare = rest.startsWith('ال') ? rest.slice(2) : rest;
    const named = inp.isNameWordOf!(rest, kind!) || inp.isNameWordOf!(bare, kind!) || (kind === 'ORG' && !!inp.isOrgHead?.(rest));
    if (named && !inp.isNameWordOf!(w, kind!)) cuts.push(k);
  }
  return cuts;
}

/** The mark that closes a name opened by `mark` ("«" → "»"), or null when `mark` opens none. */
function closingMarkOf(mark: string): string | null {
  return mark === '«' ? '»' : mark === '“' ? '”' : mark === '"' ? '"' : null;
}

const OPENING_MARKS = new Set(['«', '"', '“', '(', "'", '‘', '[']);
/** Marks that open and close alike: which they do is read from the spacing. */
const AMBIGUOUS_MARKS = new Set(['"', "'"]);
const CLOSING_MARKS = new Set(['»', '"', '”', ')', "'", '’', ']']);

/**
 * A tagger span without punctuation: the tagger sometimes takes a mark or a full stop into a name ("منظمة «",
 * "جامعة (", ". التويجري", "الاتحاد.."). The span is cut at its punctuation tokens; of the pieces of words
 * left, the one right after an opening mark is the name ("منظمة «إلعاد" → "إلعاد", the name in the marks), else
 * the first. Spans touching a spelled acronym ("بي. بي. سي") are left whole; null when no word is left.
 */
function withoutPunctuation<S extends { start: number; end: number }>(tokens: readonly Token[], s: S, inAcronym: Uint8Array): S | null {
  // a dash inside a name stays ("كيمبرلي - كلارك"); at an edge it goes with the other marks
  const cuts = (k: number) => tokens[k]!.kind === 'punct' && !/^[-–]$/.test(tokens[k]!.text);
  let punct = false;
  for (let k = s.start; k < s.end && !punct; k++) punct = tokens[k]!.kind === 'punct' && !inAcronym[k];
  if (!punct) return s;
  for (let k = s.start; k < s.end; k++) if (inAcronym[k]) return s;
  // a straight quotation mark opens when it is glued to the word after it and not to the word before ("منظمة "شورات")
  const opens = (k: number) => {
    const t = tokens[k]!;
    if (!OPENING_MARKS.has(t.text)) return false;
    if (!AMBIGUOUS_MARKS.has(t.text)) return true;
    const glueBefore = k > 0 && tokens[k - 1]!.end === t.start;
    const glueAfter = k + 1 < tokens.length && tokens[k + 1]!.start === t.end;
    return glueAfter && !glueBefore;
  };
  if (opens(s.end - 1)) {
    // "منظمة «" + بي كا كا »: the tagger stopped at the mark; the name is the words in the marks (up to four)
    let k = s.end;
    while (k < tokens.length && k - s.end < 4 && tokens[k]!.kind === 'word') k++;
    const closes = k > s.end && k < tokens.length && tokens[k]!.kind === 'punct' && !opens(k);
    return closes ? { ...s, start: s.end, end: k } : null;
  }
  const pieces: { start: number; end: number; afterMark: boolean }[] = [];
  let from = s.start;
  let afterMark = false;
  for (let k = s.start; k <= s.end; k++) {
    if (k < s.end && !cuts(k)) continue;
    let a = from;
    let b = k;
    while (a < b && tokens[a]!.kind === 'punct') a++;
    while (b > a && tokens[b - 1]!.kind === 'punct') b--;
    if (b > a) pieces.push({ start: a, end: b, afterMark });
    if (k < s.end) afterMark = opens(k);
    from = k + 1;
  }
  // the piece in the marks, else the longest (". التويجري", "د . محمد العلي")
  let p = pieces.find((x) => x.afterMark);
  if (!p) for (const x of pieces) if (!p || x.end - x.start > p.end - p.start) p = x;
  return p ? { ...s, start: p.start, end: p.end } : null;
}

/** A normalized word without a leading conjunction و / ف and then a preposition of `preps` (وبمدينة → مدينة). */
function withoutProclitics(w: string, preps = 'بلك'): string {
  let x = w;
  if ((x[0] === 'و' || x[0] === 'ف') && x.length > 4) x = x.slice(1);
  if (preps.includes(x[0]!) && x.length > 4) x = x.slice(1);
  return x;
}

/** A normalized word without a conjunction, a preposition or the article (بمستشفى → مستشفى, والمدينة → مدينة). */
function bareWord(w: string): string {
  const x = withoutProclitics(w);
  return x.startsWith('ال') && x.length > 4 ? x.slice(2) : x;
}

/**
 * A person right after [eponym head + title] ("بمستشفى مدينة الملك 【عبدالعزيز】", "شارع الأمير 【سلطان】") names
 * the institution or place, not the person: one ORG (LOC for streets and squares) entity from the head
 * through the name and up to two nisba adjectives after it ("مدينة الملك عبدالعزيز الطبية"), replacing the
 * candidates inside (a tagger "جامعة الملك" ORG too). `out` is sorted and non-overlapping.
 */
function mergeEponyms(out: Cand[], tokens: readonly Token[], ep: NonNullable<EntityInputs['eponym']>, isPersonWord?: (norm: string) => boolean): void {
  // names the tagger left out: [head + title] and words of people's names (with بن، عبد ...) that no candidate touches
  if (isPersonWord) {
    const covered = coveredTokens(out, tokens.length);
    // a tagger span of just [head + title] ("جامعة الملك" before "سعود") does not stop the name
    const headTitleOnly = new Set<number>();
    for (const c of out) if (c.source === 'tagger' && c.te - c.ts === 2) headTitleOnly.add(c.te);
    const added: Cand[] = [];
    for (let i = 2; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (covered[i] || t.kind !== 'word' || !isPersonWord(t.norm)) continue;
      const t1 = tokens[i - 1]!;
      const t2 = tokens[i - 2]!;
      if (t1.kind !== 'word' || t2.kind !== 'word' || ((covered[i - 1] || covered[i - 2]) && !headTitleOnly.has(i)) || !ep.title(t1.norm) || !ep.head(bareWord(t2.norm))) continue;
      let te = i + 1;
      while (te < tokens.length && te - i < 5 && !covered[te] && tokens[te]!.kind === 'word' && (isPersonWord(tokens[te]!.norm) || NAME_CONNECTORS.has(tokens[te]!.norm))) te++;
      while (te > i + 1 && NAME_CONNECTORS.has(tokens[te - 1]!.norm)) te--;
      added.push({ ts: i, te, type: 'PER', source: 'tagger' });
      i = te - 1;
    }
    insertSorted(out, added);
  }
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    if (c.type !== 'PER' || c.ts < 1) continue;
    // the title before the name, or the name's own first word ("مركز 【الملك سلمان】" from the knowledge base)
    const own = c.te - c.ts > 1 && ep.title(tokens[c.ts]!.norm);
    if (!own && c.ts < 2) continue;
    const t1 = own ? tokens[c.ts]! : tokens[c.ts - 1]!;
    const t2 = own ? tokens[c.ts - 1]! : tokens[c.ts - 2]!;
    if (t1.kind !== 'word' || t2.kind !== 'word' || !ep.title(t1.norm)) continue;
    const type = ep.head(bareWord(t2.norm));
    if (!type) continue;
    let te = c.te;
    for (let n = 0; n < 2 && te < tokens.length; n++) {
      const w = tokens[te]!;
      if (w.kind !== 'word' || !w.norm.startsWith('ال') || !(w.norm.endsWith('يه') || w.norm.endsWith('ي')) || w.norm.length < 5) break;
      if (k + 1 < out.length && out[k + 1]!.ts <= te) break;
      te++;
    }
    let from = k;
    while (from > 0 && out[from - 1]!.te > (own ? c.ts - 1 : c.ts - 2)) from--;
    const ts = Math.min(own ? c.ts - 1 : c.ts - 2, out[from]!.ts);
    out.splice(from, k - from + 1, { ts, te, type, source: 'tagger' });
    k = from;
  }
}

/**
 * A name the tagger took for a person or a thing right after a place head in construct (`[eponym_place_heads]`
 * without the article: مسجد، جامع، جسر، شارع، حي، ميدان، مطار، قصر …) names that place: one LOC entity from the head
 * through the name ("مسجد 【الصادق】", "شارع خالد بن الوليد", "مطار رفيق الحريري"); so is a tagger span that starts with
 * such a head ("جسر الحسيني" as a person). Not after طريق,
 * which also means "by way of" ("عن طريق الهلال الأحمر"), nor a name of the knowledge base. `out` stays sorted.
 */
function placeOfName(out: Cand[], tokens: readonly Token[], ep: NonNullable<EntityInputs['eponym']>): void {
  // the head without its proclitics, short ones too ("وجسر", "بحي"); not with the article
  // (the number of proclitic letters before it, or -1)
  const placeHead = (t: Token): number => {
    if (t.kind !== 'word') return -1;
    const m = /^([وف]?[بلك]?)(.*)$/.exec(t.norm)!;
    for (let cut = 0; cut <= m[1]!.length; cut++) {
      const w = t.norm.slice(cut);
      if (w.length >= 2 && !w.startsWith('ال') && w !== 'طريق' && ep.head(w) === 'LOC') return cut;
    }
    return -1;
  };
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    if (c.source !== 'tagger' || c.mention || (c.type !== 'PER' && c.type !== 'MISC')) continue;
    // the tagger's span may hold the head itself ("جسر الحسيني" as a person)
    // (not a person whose name is such a word: "شارع بن مبارك", "مبارك بن شارع الجنيبي")
    const own = c.te - c.ts >= 2 && !/^(?:بن|ابن|بنت|ال)$/.test(tokens[c.ts + 1]!.norm) ? placeHead(tokens[c.ts]!) : -1;
    if (own >= 0) {
      out[k] = { ...c, type: 'LOC', proclitics: own };
      continue;
    }
    const cut = c.ts >= 1 && !(k > 0 && out[k - 1]!.te > c.ts - 1) ? placeHead(tokens[c.ts - 1]!) : -1;
    if (cut >= 0) out[k] = { ts: c.ts - 1, te: c.te, type: 'LOC', source: 'tagger', proclitics: cut };
  }
}

/**
 * A facility named after a place or a name of its own: the head (مطار، ميناء، قاعدة، معبر, without the article),
 * then a city or region of any source or a rare word no source found, then up to two definite nisba adjectives:
 * one LOC entity ("بمطار عدن الدولي", "قاعدة العند الجوية", "معبر رفح"); a country after the head stays a country
 * ("قاعدة تركية" has no name). The place inside is no separate entity (an airport is not its city). `out` stays sorted.
 */
/** A token with no clitic but the article (its clitic analysis, when there is one, holds only the stem and ال). */
function bareToken(t: Token): boolean {
  return !(t.words && t.words.some((w) => w.role !== 'stem' && w.role !== 'det'));
}

function facilityNames(out: Cand[], tokens: readonly Token[], f: NonNullable<EntityInputs['facility']>): void {
  const covered = coveredTokens(out, tokens.length);
  const startAt = new Map<number, number>();
  out.forEach((c, k) => startAt.set(c.ts, k));
  const rareName = (t: Token) => t.kind === 'word' && !/[\u064B\u064C\u064D]/.test(t.text) && t.norm.length >= 3 && !t.norm.endsWith('يه') && bareToken(t) && f.rare(t.norm.startsWith('ال') ? t.norm.slice(2) : t.norm) && f.rare(t.norm);
  // after قاعدة, a name of the facility's own, known to be one by the adjective after it ("قاعدة العند الجوية"); not
  // after the other heads, which are also verbal nouns or agents ("منفذ الهجوم الإرهابي" is the perpetrator)
  // (no feminine or plural common noun: "قاعدة الأمة الإسلامية", "قاعدة البيانات الحكومية")
  const nameWord = (t: Token) => t.kind === 'word' && t.norm.length >= 3 && !/(?:ي|ه|ات|ين|ون)$/.test(t.norm) && bareToken(t);
  const nisba = (t: Token | undefined) => !!t && t.kind === 'word' && t.norm.startsWith('ال') && t.norm.length > 4 && (t.norm.endsWith('ي') || t.norm.endsWith('يه')) && bareToken(t);
  const drop = new Set<number>();
  const added: Cand[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const h = tokens[i]!;
    if (covered[i] || h.kind !== 'word') continue;
    const w = withoutProclitics(h.norm);
    const kind = w.startsWith('ال') ? null : f.head(w);
    if (!kind) continue;
    const k = startAt.get(i + 1);
    let te: number;
    if (k !== undefined) {
      const c = out[k]!;
      // (a city resolved to its country's actor is its city here: "مطار صنعاء", "ميناء عدن")
      if (!isPlace(c.type) || (c.mention && c.mention.via !== 'capital' && f.isCountryName(c.mention.text))) continue;
      te = c.te;
      drop.add(k);
    } else if (!covered[i + 1] && (kind !== 'place' ? rareName(tokens[i + 1]!) : nameWord(tokens[i + 1]!) && nisba(tokens[i + 2]))) te = i + 2;
    else continue;
    // the nisba adjectives of a facility's name ("مطار عدن 【الدولي】"); a natural feature's name takes none ("جبال حمرين")
    for (let n = 0; n < 2 && kind !== 'feature' && te < tokens.length && !covered[te] && nisba(tokens[te]); n++) te++;
    // "【شبه جزيرة سيناء】": a word that makes one name with the head
    const p = i > 0 && !covered[i - 1] && tokens[i - 1]!.kind === 'word' ? tokens[i - 1]!.norm : '';
    const ts = p && f.headPrefix && (f.headPrefix(p) || ((p[0] === 'و' || p[0] === 'ف') && f.headPrefix(p.slice(1)))) ? i - 1 : i;
    added.push({ ts, te, type: 'LOC', source: 'tagger' });
    i = te - 1;
  }
  if (!added.length) return;
  const kept = out.filter((_, k) => !drop.has(k));
  out.length = 0;
  out.push(...kept);
  insertSorted(out, added);
}

/**
 * A rare word (and a second one: "سان دييغو") right after a place noun, covered by no candidate, is a place
 * the tagger and the knowledge base do not know: "في مدينة بيزل السويسرية", "بلدة كفرنبل". `out` stays sorted.
 */
/**
 * Official bodies and forces named by a description (the annotation's "ministries and official bodies with their
 * nationality adjective, armies named with a nationality"): a head of `[body_heads]` (هيئة، لجنة، مجلس، قوات، لجان) or,
 * with the article, of `[body_heads_definite]` (البحرية، القوات، الشرطة), then one to three words no entity covers, the last
 * a definite nisba adjective: "هيئة الادعاء 【الملكية】", "قوات الحرس 【الجمهوري】", "البحرية 【الألمانية】", "مجلس وزراء
 * الخارجية 【الأوروبيين】", "لجان الدفاع 【الوطني】". One ORG entity. Nothing that the tagger or a source already covers is
 * taken in, no word with a proclitic but the article, no function word; the head has no proclitic but و.
 */
function bodyNames(out: Cand[], tokens: readonly Token[], b: NonNullable<EntityInputs['body']>): void {
  const covered = coveredTokens(out, tokens.length);
  const word = (k: number) => k < tokens.length && !covered[k] && tokens[k]!.kind === 'word' && bareToken(tokens[k]!) && !b.stop(tokens[k]!.norm) && !b.title(tokens[k]!.norm);
  // a definite nisba: الملكية، الجمهوري، الأوروبيين (not الذي, a time word or a number word: the stop list has them;
  // not a participle or a generic kind: "القوات الموالية"، "القوات الأمنية")
  const nisba = (k: number) => word(k) && tokens[k]!.norm.startsWith('ال') && tokens[k]!.norm.length > 5 && /(?:ي|يه|يين|يون)$/.test(tokens[k]!.norm) && !b.notAdjective(tokens[k]!.norm);
  const added: Cand[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const h = tokens[i]!;
    if (covered[i] || h.kind !== 'word') continue;
    // (و on the head is the conjunction; ب / ل make it the object of a preposition, still a name: "لقوات الحرس الجمهوري")
    let w = h.norm.replace(/^[وف](?=.{3})/, '');
    if (w.startsWith('لل')) w = 'ال' + w.slice(2);
    else if (/^[بك]?ال/.test(w)) w = w.replace(/^[بك]/, '');
    else if (/^[بلك].{3}/.test(w) && b.head(w.slice(1))) w = w.slice(1);
    if (!(w.startsWith('ال') ? b.definiteHead(w) : b.head(w))) continue;
    // (a definite head right after a definite noun is its adjective: "الأسماك 【البحرية】 الطازجة")
    if (h.norm.startsWith('ال') && i > 0 && tokens[i - 1]!.kind === 'word' && /^[وف]?ال/.test(tokens[i - 1]!.norm)) continue;
    let end = -1;
    for (let k = i + 1; k < i + 4 && word(k); k++) if (nisba(k)) end = k + 1;
    if (end < 0) continue;
    // (the nisba must close the phrase: "قوات الأمن الأفغانية 【التي】" ends there; "مجلس الوزراء السعودي الجديد" takes the last)
    added.push({ ts: i, te: end, type: 'ORG', source: 'tagger' });
    i = end - 1;
  }
  if (added.length) insertSorted(out, added);
}

function addPlaceNames(out: Cand[], tokens: readonly Token[], pn: NonNullable<EntityInputs['placeName']>): void {
  const covered = coveredTokens(out, tokens.length);
  // a bare word (no clitic, no article, no feminine nisba ending: "جزيرة وسطية") that is no frequent form
  const rareName = (t: Token) =>
    t.kind === 'word' && t.norm.length >= 3 && !t.norm.startsWith('ال') && !t.norm.endsWith('يه') && !(t.words && t.words.some((w) => w.role !== 'stem')) && pn.rare(t.norm);
  // (or a rare word with the article whose stem is rare too, not nisba-shaped: "بلدة 【الكصيبة】", "ناحية 【المختارة】")
  const rareDefinite = (t: Token) => {
    if (t.kind !== 'word' || !t.norm.startsWith('ال') || t.norm.length < 6 || /(?:ي|يه|يين|يون|ات)$/.test(t.norm)) return false;
    if (t.words && t.words.some((w) => w.role !== 'stem' && w.role !== 'det')) return false;
    return pn.rare(t.norm) && pn.rare(t.norm.slice(2));
  };
  // the head in construct, without the article: "مدينة بيزل", "بمحافظة حبونا" (not "المحافظة ناشدت")
  const headWord = (t: Token) => {
    if (t.kind !== 'word') return false;
    const w = withoutProclitics(t.norm);
    return !w.startsWith('ال') && pn.head(w);
  };
  const added: Cand[] = [];
  // a dual head and two names, the second with و ("بلدتي الفوعة وكفريا", "مدينتي حلب وإدلب"): two places, the first
  // name may have the article; neither may be a frequent word ("بلدتي الصغيرة وجميلة" is "my small town"; a big city is
  // known to the knowledge base). A name a source found stays as it is.
  const nameWord = (i: number) => {
    const t = tokens[i];
    return !!t && t.kind === 'word' && t.norm.length >= 3 && !pn.stop?.(t.norm) && !pn.frequent?.(t.norm) && !t.text.includes('\u064B');
  };
  const withAnd = (i: number) => {
    const t = tokens[i];
    return !!t && t.kind === 'word' && t.norm[0] === 'و' && t.norm.length >= 4 && !pn.stop?.(t.norm.slice(1)) && !pn.frequent?.(t.norm.slice(1)) && !t.text.includes('\u064B');
  };
  // a name has no possessive pronoun ("قريتي النائية 【وأهلها】" is "my village and its people")
  const pronounFree = (i: number) => !tokens[i]!.words?.some((w) => w.role === 'pron');
  if (pn.dualHead) {
    for (let i = 1; i + 1 < tokens.length; i++) {
      const h = tokens[i - 1]!;
      if (h.kind !== 'word' || covered[i - 1] || !(pn.dualHead(h.norm) || pn.dualHead(withoutProclitics(h.norm))) || !nameWord(i) || !withAnd(i + 1) || !pronounFree(i) || !pronounFree(i + 1)) continue;
      // in construct, the first name has no proclitic ("جزيرتي بوبيان ووربة": not ب + وبيان); the second only its و
      if (!covered[i]) added.push({ ts: i, te: i + 1, type: 'LOC', source: 'tagger', proclitics: 0 });
      if (!covered[i + 1]) added.push({ ts: i + 1, te: i + 2, type: 'LOC', source: 'tagger', proclitics: 1 });
      else {
        // the tagger found the second name itself, with its و ("وكفرنبودة"): the entity starts after it
        const c = out.find((x) => x.ts === i + 1 && x.source === 'tagger' && x.type === 'LOC' && x.proclitics === undefined && !x.mention);
        if (c) c.proclitics = 1;
      }
      covered[i] = covered[i + 1] = 1;
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const h = tokens[i - 1]!;
    // a name in quotation marks after a place noun or a natural feature in construct: "جبل «منيف»", "بلدة «الكصيبة»"
    const close = pn.quotedHead && !covered[i - 1] && h.kind === 'word' ? closingMarkOf(tokens[i]!.text) : null;
    if (close) {
      const w = withoutProclitics(h.norm);
      let j = i + 1;
      while (j < tokens.length && j <= i + 4 && tokens[j]!.text !== close) j++;
      if (!w.startsWith('ال') && pn.quotedHead!(w) && j < tokens.length && j > i + 1 && tokens[j]!.text === close) {
        let free = true;
        for (let k = i + 1; k < j; k++) if (covered[k] || tokens[k]!.kind !== 'word') free = false;
        if (free) {
          added.push({ ts: i + 1, te: j, type: 'LOC', source: 'tagger' });
          i = j;
          continue;
        }
      }
    }
    if (covered[i] || covered[i - 1] || !(rareName(tokens[i]!) || rareDefinite(tokens[i]!)) || !headWord(h)) continue;
    const te = i + 1 < tokens.length && !covered[i + 1] && rareName(tokens[i + 1]!) ? i + 2 : i + 1;
    added.push({ ts: i, te, type: 'LOC', source: 'tagger' });
    i = te - 1;
  }
  insertSorted(out, added);
}

/**
 * News outlets named after a head noun in construct (the head without the article):
 *  - the tagger's place or person, or a place of the knowledge base other than a country, after a head of
 *    [media_heads] is the outlet ("صحيفة الشرق الأوسط", "صحيفة الرياض"); a known person stays a person;
 *  - a knowledge-base outlet spelled with its head keeps only its name when that is a name of the same
 *    outlet ("وكالة رويترز" → "رويترز", "صحيفة هآرتس" → "هآرتس"; "وكالة الأنباء الفرنسية" stays whole);
 *  - in a report context (the head with لـ, "told to": "لقناة الحرة"; or a report word right before it:
 *    "ذكرت صحيفة الوطن", "في تصريح لقناة"), a definite word after the head that no entity covers and that
 *    is no generic word of [media_not_names] is a new outlet ("الحرة", "الوطن"). Broadcasters' heads that
 *    are also common nouns (قناة: "قناة السويس" is a canal) count only in such a context;
 *  - a name of one to three words in quotation marks right after a head is an outlet in any context
 *    ("لصحيفة «الحياة»", "قناة «الجزيرة»").
 */
function outletNames(out: Cand[], tokens: readonly Token[], text: string, ow: OutletWords): void {
  // the head at token i, in construct: its kind, and whether the context makes it a report's outlet
  const headAt = (i: number): { channel: boolean; report: boolean } | null => {
    const h = tokens[i];
    if (!h || h.kind !== 'word') return null;
    const w = withoutProclitics(h.norm, 'بل');
    if (w.startsWith('ال')) return null;
    const channel = ow.channelHead(w);
    if (!channel && !ow.head(w)) return null;
    // "لصحيفة", "ولقناة": told to
    const x = (h.norm[0] === 'و' || h.norm[0] === 'ف') && h.norm.length > 4 ? h.norm.slice(1) : h.norm;
    const told = x[0] === 'ل' && x.slice(1) === w;
    const prev = i > 0 ? tokens[i - 1]! : null;
    const report = told || (prev !== null && prev.kind === 'word' && ow.reportWord(withoutProclitics(prev.norm, 'بل')));
    return { channel, report };
  };
  for (const c of out) {
    if (c.ts === 0) continue;
    const h = headAt(c.ts - 1);
    if (!h || c.type === 'ORG' || (h.channel && !h.report)) continue;
    const kind = c.mention?.actor.kind;
    if (kind === 'country' || kind === 'territory' || (c.mention && !isPlace(c.type))) continue;
    // "صحيفة الشرق الأوسط", "صحيفة الرياض", "لقناة الحرة": the outlet, not the region
    c.type = 'ORG';
    c.mention = undefined;
  }
  if (ow.isNameOf) {
    for (const c of out) {
      if (c.type !== 'ORG' || c.mention?.actor.kind !== 'media' || c.te - c.ts < 2 || !headAt(c.ts)) continue;
      const rest = text.slice(tokens[c.ts + 1]!.start, tokens[c.te - 1]!.end);
      if (ow.isNameOf(c.mention.actor.id, rest)) c.ts++;
    }
  }
  const covered = coveredTokens(out, tokens.length);
  const added: Cand[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // a name in quotation marks right after the head, in any context: "لصحيفة «الحياة»", "قناة «الجزيرة»"
    const close = t.text === '«' ? '»' : t.text === '"' || t.text === '“' ? (t.text === '“' ? '”' : '"') : null;
    if (close && !covered[i - 1] && headAt(i - 1)) {
      let j = i + 1;
      while (j < tokens.length && j <= i + 4 && tokens[j]!.text !== close) j++;
      if (j < tokens.length && j > i + 1 && tokens[j]!.text === close) {
        let free = true;
        for (let k = i + 1; k < j; k++) if (covered[k] || tokens[k]!.kind !== 'word') free = false;
        if (free && !(j === i + 2 && ow.notName(tokens[i + 1]!.norm))) added.push({ ts: i + 1, te: j, type: 'ORG', source: 'tagger' });
        i = j;
        continue;
      }
    }
    if (covered[i] || covered[i - 1] || t.kind !== 'word' || !t.norm.startsWith('ال') || t.norm.length < 4 || ow.notName(t.norm)) continue;
    if (t.words && t.words.some((w) => w.role !== 'stem' && w.role !== 'det')) continue;
    const h = headAt(i - 1);
    if (!h || !h.report) continue;
    added.push({ ts: i, te: i + 1, type: 'ORG', source: 'tagger' });
  }
  insertSorted(out, added);
}

/**
 * An armed group's or party's name as the knowledge base stores it with a generic head or an
 * evaluative adjective ("تنظيم داعش الإرهابي", "حزب الله اللبناني"): the entity is the name itself
 * when what is left is a name of the same actor. A trailing adjective of [group_adjectives] or a
 * country's nisba ("اللبناني"; not "الإسلامية") goes; a head of [group_heads] goes before a one-word name only ("تنظيم داعش" →
 * "داعش", "جماعة الحوثيين" → "الحوثيين"; "تنظيم الدولة الإسلامية" is that group's name and stays).
 */
function groupNames(out: Cand[], tokens: readonly Token[], text: string, g: GroupWords): void {
  const nameOf = (c: Cand, ts: number, te: number) => g.isNameOf(c.mention!.actor.id, text.slice(tokens[ts]!.start, tokens[te - 1]!.end));
  for (const c of out) {
    const kind = c.mention?.actor.kind;
    if (c.type !== 'ORG' || (kind !== 'armed_group' && kind !== 'party') || c.te - c.ts < 2) continue;
    const last = tokens[c.te - 1]!.norm;
    if ((g.adjective(last) || g.isCountryNisba(last)) && nameOf(c, c.ts, c.te - 1)) c.te--;
    if (c.te - c.ts === 2 && g.head(withoutProclitics(tokens[c.ts]!.norm, 'وفبلك')) && nameOf(c, c.ts + 1, c.te)) c.ts++;
  }
}

/**
 * A given name and an unknown word right before a title in apposition are a person the tagger missed ("دعا 【ينس
 * شتولتينبيرج】 الأمين العام لحلف شمال الأطلسي"): the first word passes `givenNames`, the second is a word the
 * news vocabulary does not know, without the article or clitics. `out` stays sorted.
 */
function namesBeforeTitles(out: Cand[], tokens: readonly Token[], titles: readonly TitleMention[], givenNames: (a: number, b: number) => boolean, rare: (norm: string) => boolean): void {
  const covered = coveredTokens(out, tokens.length);
  const added: Cand[] = [];
  for (const t of titles) {
    const j = t.tokenStart;
    if (t.plural || j < 2 || covered[j - 1] || covered[j - 2]) continue;
    const last = tokens[j - 1]!;
    // (a word the clitic layer splits, "تناقلته" = verb + pronoun, is no surname: "في بيان تناقلته وكالات الأنباء")
    if (last.kind !== 'word' || last.norm.startsWith('ال') || last.norm.length < 3 || !rare(last.norm) || last.end === tokens[j]!.start || (last.words && last.words.length > 1)) continue;
    if (!givenNames(j - 2, j - 1) || tokens[j - 2]!.words?.some((w) => w.role === 'conj' || w.role === 'prep')) continue;
    added.push({ ts: j - 2, te: j, type: 'PER', source: 'tagger' });
    covered[j - 2] = covered[j - 1] = 1;
  }
  insertSorted(out, added);
}

/** Tokens inside some candidate. */
function coveredTokens(out: readonly Cand[], n: number): Uint8Array {
  const covered = new Uint8Array(n);
  for (const c of out) for (let i = c.ts; i < c.te; i++) covered[i] = 1;
  return covered;
}

/** Adds candidates that touch none in `out`, keeping `out` sorted by start. */
function insertSorted(out: Cand[], added: readonly Cand[]): void {
  if (!added.length) return;
  out.push(...added);
  out.sort((a, b) => a.ts - b.ts);
}

/** Combine tagger tags, actor mentions and titles into entities (see the module comment for the policy). */
export function combineEntities(inp: EntityInputs): Entity[] {
  const { tokens, text } = inp;
  const lex: Cand[] = [];
  // a person found through a title alone ("وقال الرئيس", "رئيس جمهورية مصر": the mention is the
  // title phrase, resolved by date or coreference) is an actor mention but no name
  const coverEnd = new Int32Array(tokens.length); // token i → the farthest end of a title starting at or before i
  for (const t of inp.titles) if (t.tokenStart < tokens.length) coverEnd[t.tokenStart] = Math.max(coverEnd[t.tokenStart]!, t.tokenEnd);
  for (let i = 1; i < tokens.length; i++) coverEnd[i] = Math.max(coverEnd[i]!, coverEnd[i - 1]!);
  const titleOnly = (m: ActorMention) => (m.via === 'title' || m.via === 'coref') && m.tokenStart < tokens.length && coverEnd[m.tokenStart]! >= m.tokenEnd;
  for (const m of inp.mentions) {
    const type = mentionType(m, inp.isAnaphor);
    if (!type || titleOnly(m)) continue;
    // the states of a region named as one body ("دول الخليج" → the Gulf Cooperation Council): the entity is the region
    if (type === 'ORG' && m.tokenEnd - m.tokenStart > 1 && /^[وف]?[بل]?دول$/.test(tokens[m.tokenStart]!.norm)) {
      lex.push({ ts: m.tokenStart + 1, te: m.tokenEnd, type: 'LOC', source: 'lexicon', mention: m });
      continue;
    }
    // a known name stored with its title ("الشيخ صباح الأحمد", "الملك سلمان"): the title is no part of the entity
    const ts = type === 'PER' && m.tokenEnd - m.tokenStart > 1 && inp.eponym?.title(withoutProclitics(tokens[m.tokenStart]!.norm)) ? m.tokenStart + 1 : m.tokenStart;
    lex.push({ ts, te: m.tokenEnd, type, source: 'lexicon', mention: m });
  }
  lex.sort((a, b) => a.ts - b.ts || b.te - a.te);
  // lexicon spans never overlap each other in the output: keep the first-longest
  const lexKept: Cand[] = [];
  for (const c of lex) {
    const last = lexKept[lexKept.length - 1];
    if (last && c.ts < last.te) continue;
    lexKept.push(c);
  }
  const owner = new Int32Array(tokens.length).fill(-1); // token → index in lexKept
  lexKept.forEach((c, k) => {
    for (let i = c.ts; i < c.te; i++) owner[i] = k;
  });
  const dropLex = new Uint8Array(lexKept.length);
  const out: Cand[] = [];
  // titles are never part of a name (ANERcorp's convention too): a person span of the tagger ends
  // before an indefinite title word that starts a construct inside it ("فيصل بن خالد بن عبد العزيز
  // أمير منطقة عسير", "X نائب رئيس ..."). Kept: a title that does not reach the span's end ("حسين
  // أمير عبد اللهيان"), a definite one (family names: آل الشيخ، السلطان، المرشد), one after a name
  // connector (عبد الأمير، ولد الشيخ)
  const titleEndFrom = new Int32Array(tokens.length);
  for (const t of inp.titles) if (!t.plural && t.tokenStart < tokens.length) titleEndFrom[t.tokenStart] = Math.max(titleEndFrom[t.tokenStart]!, t.tokenEnd);
  // a country's nisba as the actor layer reads it ("الشركات السعودية") is an adjective, no entity, whatever the
  // tagger made of the word (it often tags "السعودية" a place)
  const nisbaAt = new Set<number>();
  for (const m of inp.mentions) if (m.via === 'nisba' && m.tokenEnd - m.tokenStart === 1) nisbaAt.add(m.tokenStart);
  // tokens inside a date ("أبريل (نيسان) الماضي", "14 أغسطس (آب)": the Levantine month names)
  const inDate = new Uint8Array(tokens.length);
  if (inp.dateRanges?.length) {
    let r = 0;
    const ranges = [...inp.dateRanges].sort((a, b) => a[0] - b[0]);
    for (let i = 0; i < tokens.length; i++) {
      while (r < ranges.length && ranges[r]![1] <= tokens[i]!.start) r++;
      if (r < ranges.length && ranges[r]![0] <= tokens[i]!.start && tokens[i]!.end <= ranges[r]![1]) inDate[i] = 1;
    }
  }
  // tokens [a, b) read as given names before a surname: words of people's names, no article, no title or
  // function word ("دكتور", "كان"; but "علي" spelt with ya is the name, "على" the preposition: "على مرسي"), no و
  // or preposition after the first ("جمال وفهمي هويدي")
  const givenNames = (a: number, b: number): boolean => {
    if (!inp.isPersonWord) return false;
    for (let k = a; k <= b; k++) {
      const t = tokens[k]!;
      if (k > a && hasConjOrPrep(t)) return false;
      if (k === b) break;
      if (t.kind !== 'word' || t.norm.startsWith('ال') || t.text.endsWith('ى') || !inp.isPersonWord(t.norm)) return false;
      if (inp.isTitleWord?.(t.norm) || (inp.isStopWord?.(t.norm) && !t.text.endsWith('ي'))) return false;
    }
    return true;
  };
  // a word the news vocabulary does not know as written (the clitic analysis may still split it: بعيدي), without the
  // article or و, no title or function word
  const rareSurname = (t: Token): boolean =>
    !!inp.placeName && t.kind === 'word' && !/^[وف]?ال/.test(t.norm) && t.norm[0] !== 'و' && t.norm.length >= 3 && !inp.isTitleWord?.(t.norm) && !inp.isStopWord?.(t.norm) && inp.placeName.rare(t.norm);
  for (const s0 of taggerSpans(inp)) {
    const type = TAG_TYPE[s0.type];
    if (!type) continue;
    let dated = true;
    for (let i = s0.start; i < s0.end && dated; i++) dated = inDate[i] === 1;
    if (dated) continue;
    if (s0.end - s0.start === 1 && nisbaAt.has(s0.start)) continue;
    let s = s0;
    if (type === 'PER') {
      // a definite title the tagger took in at the start ("القياديان أبو حمزة الفرنسي", "السيد فلان"): the name
      // begins after it (an indefinite one may be a given name: "أمير عبد اللهيان")
      const te = titleEndFrom[s0.start]!;
      if (te > s0.start && te < s0.end && withoutProclitics(tokens[s0.start]!.norm).startsWith('ال')) s = { ...s0, start: te };
      for (let k = s.start + 1; k < s.end; k++) {
        if (titleEndFrom[k]! >= s.end && !NAME_CONNECTORS.has(tokens[k - 1]!.norm) && !tokens[k]!.norm.startsWith('ال')) {
          s = { ...s, end: k };
          break;
        }
      }
    }
    const over = new Set<number>();
    for (let i = s.start; i < s.end; i++) if (owner[i]! >= 0) over.add(owner[i]!);
    if (!over.size) {
      out.push({ ts: s.start, te: s.end, type, source: 'tagger' });
      continue;
    }
    const ls = [...over].map((k) => lexKept[k]!);
    if (ls.length === 1 && ls[0]!.ts === s.start && ls[0]!.te === s.end) {
      ls[0]!.source = 'lexicon+tagger';
      continue;
    }
    // an unknown name after a title, whose extent the title rule guessed, is extended to the
    // tagger's longer person span ("المتحدث باسم حركة حماس حازم قاسم": the rule stops at قاسم, a
    // word the corpus also writes with the article)
    const l0 = ls[0]!;
    if (ls.length === 1 && type === 'PER' && l0.type === 'PER' && l0.mention?.via === 'title' && l0.ts === s.start && l0.te < s.end && allWords(tokens, l0.te, s.end)) {
      l0.te = s.end;
      l0.source = 'lexicon+tagger';
      continue;
    }
    if (ls.length === 1 && type === 'PER' && l0.type === 'PER' && l0.ts >= s.start && l0.te <= s.end && allWords(tokens, s.start, s.end)) {
      // a known person's name that goes on with its patronymic chain ("محمد بن سلمان 【بن عبدالعزيز】", "جلوي بن
      // عبدالعزيز 【بن مساعد】"): the tagger's longer span is the fuller name, with the person's actor
      if (l0.ts === s.start && l0.te < s.end && l0.mention?.via !== 'coref' && PATRONYMIC.has(tokens[l0.te]!.norm)) {
        l0.te = s.end;
        l0.source = 'lexicon+tagger';
        continue;
      }
      // perhaps someone else, so the tagger's person without an actor: one family name with the article after the
      // known name ends the span ("حامد بن مالحة 【الشمري】", "علي صالح 【الزهراني】"), or a surname linked back to a
      // known person stands after another first name ("【رهام】 دوابشة" after "سعد دوابشة")
      const coref = l0.mention?.via === 'coref';
      const familyAfter = !coref && l0.ts === s.start && l0.te === s.end - 1 && tokens[l0.te]!.norm.startsWith('ال') && !!inp.isPersonWord?.(tokens[l0.te]!.norm);
      const otherFirstName = coref && l0.ts > s.start && l0.te === s.end && !!inp.isPersonWord?.(tokens[s.start]!.norm);
      // or given names stand before a known name ("【محمد ربيع】 الظواهري", "【علي】 أحمد جنتي", "【حسين اونيانغو】 أوباما"):
      // a fuller name the knowledge base does not list, often a relative's
      // (the second of two words may also be a word the news vocabulary does not know, plain, without the article or a
      // clitic: "حامد 【بعيدي】 نجاد" is no Ahmadinejad)
      const byName = (l0.mention?.via === 'name' || l0.mention?.via === 'alias') && l0.ts > s.start && l0.te === s.end && l0.ts - s.start <= 2;
      const givenNamesBefore = byName && (givenNames(s.start, l0.ts) || (l0.ts - s.start === 2 && givenNames(s.start, s.start) && rareSurname(tokens[s.start + 1]!) && !hasConjOrPrep(tokens[l0.ts]!)));
      if (familyAfter || otherFirstName || givenNamesBefore) {
        dropLex[owner[l0.ts]!] = 1;
        out.push({ ts: s.start, te: s.end, type, source: 'tagger' });
        continue;
      }
    }
    const inside = ls.every((l) => l.ts >= s.start && l.te <= s.end);
    // a person whose surname is a place ("ليزا موناكو"): the tagger's person span, starting with a word of
    // people's names that is no place, holds the place (not one with و or a preposition: "بدر ورابغ", "نورة بالرياض")
    const personWithPlace = type === 'PER' && ls.every((l) => isPlace(l.type) && l.ts > s.start && !hasConjOrPrep(tokens[l.ts]!)) && !!inp.isPersonWord?.(tokens[s.start]!.norm);
    if (inside && (type === 'ORG' || type === 'MISC' || personWithPlace) && ls.every((l) => isPlace(l.type))) {
      for (const k of over) dropLex[k] = 1;
      out.push({ ts: s.start, te: s.end, type, source: 'tagger' });
    }
    // otherwise the lexicon spans stand and the tagger span is dropped
  }
  lexKept.forEach((c, k) => {
    if (!dropLex[k]) out.push(c);
  });
  out.sort((a, b) => a.ts - b.ts);
  if (inp.acronyms?.length) mergeAcronyms(out, inp.acronyms);
  if (inp.eponym) {
    mergeEponyms(out, tokens, inp.eponym, inp.isPersonWord);
    placeOfName(out, tokens, inp.eponym);
  }
  if (inp.facility) facilityNames(out, tokens, inp.facility);
  if (inp.body) bodyNames(out, tokens, inp.body);
  if (inp.placeName) addPlaceNames(out, tokens, inp.placeName);
  for (const [a, b] of inp.outletLines ?? []) {
    for (const c of out) {
      const first = tokens[c.ts]!;
      const last = tokens[c.te - 1]!;
      if (first.start < a || last.end > b || c.type === 'ORG') continue;
      c.type = 'ORG';
      if (c.mention && c.mention.actor.kind !== 'media') c.mention = undefined; // "المصدر: الرياض" is the paper, not the city
    }
  }
  if (inp.outlets) outletNames(out, tokens, text, inp.outlets);
  if (inp.groups) groupNames(out, tokens, text, inp.groups);

  joinNamePieces(out, tokens, text, inp.isOrgNameSuffix, inp.notEntities);
  kunyaNisbas(out, tokens, inp.titles);
  if (inp.institution) institutionFields(out, tokens, inp.titles, inp.institution);
  if (inp.isPersonWord && inp.placeName) namesBeforeTitles(out, tokens, inp.titles, givenNames, inp.placeName.rare);

  // "قال لـ«الشرق الأوسط»", "أكد لـ«الرياض»": a place in guillemets right after the preposition لـ is the
  // outlet the source spoke to (a country stays: "التابعة لـ«إيران»")
  for (const c of out) {
    if (!isPlace(c.type) || c.ts < 2 || c.te >= tokens.length) continue;
    if (c.mention && (c.mention.actor.kind === 'country' || c.mention.actor.kind === 'territory')) continue;
    const open = tokens[c.ts - 1]!;
    const close = tokens[c.te]!;
    const prep = tokens[c.ts - 2]!;
    if (open.text !== '«' || close.text !== '»' || prep.end !== open.start || !/^[وف]?لـ?$/.test(prep.text)) continue;
    c.type = 'ORG';
    c.mention = undefined;
  }

  // titles by the token they end at / start at
  const titleEndingAt = new Map<number, TitleMention>();
  const titleStartingAt = new Map<number, TitleMention>();
  for (const t of inp.titles) {
    if (t.plural) continue;
    const prevEnd = titleEndingAt.get(t.tokenEnd);
    if (!prevEnd || t.tokenStart < prevEnd.tokenStart) titleEndingAt.set(t.tokenEnd, t);
    if (!titleStartingAt.has(t.tokenStart)) titleStartingAt.set(t.tokenStart, t);
  }
  const isComma = (i: number) => i >= 0 && i < tokens.length && (tokens[i]!.text === '،' || tokens[i]!.text === ',');
  // a title followed by a person introduces that person, so it is no apposition of the name before it
  // ("يلتقي شكري نظيره الأردني أيمن الصفدي")
  const personAt = new Set<number>();
  for (const c of out) if (c.type === 'PER') personAt.add(c.ts);
  // (not a title joined by و, another person's: "الملك سلمان بن عبدالعزيز، 【وملك المملكة الأردنية】 الملك عبدالله الثاني")
  // (nor a plural, the verb's object: "وأبلغ مكونيل 【الصحفيين】 أن …"; "الأمين" is no plural)
  const pluralHead = (t: TitleMention) => soundPluralEnding(tokens[t.tokenStart]!.norm.replace(/^[وف]?(?:ال|لل|بال)/, ''));
  const appositionAt = (i: number): TitleMention | undefined => {
    const t = titleStartingAt.get(i);
    const joined = !!t && /^[وف]/.test(tokens[t.tokenStart]!.text) && tokens[t.tokenStart]!.words?.[0]?.role === 'conj';
    return t && !joined && !pluralHead(t) && !personAt.has(t.tokenEnd) && !(isComma(t.tokenEnd) && personAt.has(t.tokenEnd + 1)) ? t : undefined;
  };

  const entities: Entity[] = [];
  for (const c of out) {
    const first = tokens[c.ts]!;
    const last = tokens[c.te - 1]!;
    let { start, det } = c.proclitics !== undefined ? entityStart({ ...first, words: undefined }, () => c.proclitics!) : entityStart(first, inp.procliticLength);
    // the actor matcher read letters the clitic analysis took for proclitics as part of the name
    // ("بان كي مون", "وبان كي مون": ب is the name's first letter): the entity starts where the mention does
    const m = c.mention;
    // letters of the first token kept although the clitic analysis took them for proclitics
    let keptLetters = false;
    let firstFromMention = false;
    // (a short form linked back to a full name too: "بالمر" after "والتر بالمر" is no ب + المر)
    if (m !== undefined && (m.via === 'name' || m.via === 'alias' || (m.via === 'coref' && c.type === 'PER')) && m.tokenStart === c.ts && m.start >= first.start && m.start < start) {
      start = m.start;
      det = false;
      keptLetters = true;
    } else if (m !== undefined && m.tokenStart === c.ts && m.start > start && m.start < first.end && (!first.words || first.words.length <= 1)) {
      // the matcher read a proclitic the clitic analysis kept ("وقسد" = و + قسد): the entity starts with the mention
      start = m.start;
      det = false;
      firstFromMention = true;
    } else if ((!m || m.via === 'title') && c.type === 'PER' && start > first.start && !det && inp.isPersonWord && first.words && first.words.length > 1) {
      // a tagger person, after a title too: "كمال الملاخ", "الكاتب كمال الملاخ", not "مال الملاخ"
      // only a single ب / ل / ك (a conjunction و / ف before a name is one: "وشيبان")
      const stripped = first.words.filter((w) => w.start < start);
      const rest = first.words.filter((w) => w.start >= start).map((w) => w.norm).join('');
      if (stripped.length === 1 && stripped[0]!.role === 'prep' && inp.isPersonWord(first.norm) && !inp.isPersonWord(rest)) {
        start = first.start;
        keptLetters = true;
      }
    }
    const end = last.end;
    const surface = text.slice(start, end);
    const e: Entity = { id: `e${entities.length + 1}`, start, end, text: surface, type: c.type, source: c.source };
    // norm: normalized tokens, first one without proclitics ("لل" restored to "ال")
    const parts: string[] = [];
    for (let i = c.ts; i < c.te; i++) parts.push(tokens[i]!.norm);
    const firstNorm =
      c.proclitics !== undefined
        ? first.norm.slice(c.proclitics)
        : first.words && first.words.length > 1
        ? first.words
            .filter((w) => (keptLetters ? w.start >= start : w.role !== 'conj' && w.role !== 'prep'))
            .map((w) => w.norm)
            .join('')
        : first.norm;
    parts[0] = firstFromMention ? m!.norm.split(' ')[0]! : det && !firstNorm.startsWith('ال') ? 'ال' + firstNorm.replace(/^ل/, '') : firstNorm;
    e.norm = parts.join(' ');
    if (c.source === 'tagger' && inp.notEntities?.drops(parts, c.type, tokenBefore(tokens, text, c.ts))) continue;
    // a kind of body named without a name or nationality (الشرطة، السلطات، قوات الأمن) is no named entity, whoever found it
    if (c.type === 'ORG' && inp.notEntities?.isGenericBody(parts)) continue;
    if (c.mention) e.actor = c.mention.actor;
    if (c.type === 'PER') {
      const before = titleEndingAt.get(c.ts) ?? (isComma(c.ts - 1) ? titleEndingAt.get(c.ts - 1) : undefined);
      const t = before ?? appositionAt(c.te) ?? (isComma(c.te) ? appositionAt(c.te + 1) : undefined);
      if (t) e.title = { start: t.start, end: t.end, text: t.text };
      // a person no source resolved, right after a title of a known country, is that country's holder of the office
      // ("وزير الثقافة الإيراني 【علي أحمد جنتي】", the son of a person the knowledge base knows): a person of the document
      if (!e.actor && before?.country) {
        const code = before.country + (before.sector ?? '');
        e.actor = { id: `doc:title:${e.start}`, code, country: before.country, sector: before.sector, name: { ar: surface }, kind: 'person', role: { office: before.office, country: before.country, sector: before.sector } };
      }
    }
    entities.push(e);
  }
  return entities;
}
