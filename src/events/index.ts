/**
 * Events of a document: mentions from src/events/extract.ts, merged when they are the same event
 * (type and actors), with their evidence spans and the claims that assert or deny them.
 */
import type { RasidDocument } from '../doc/document.ts';
import type { Actor, ActorMention, Claim, EventArgument, EventMode, PoliticalEvent, Quote } from '../doc/types.ts';
import { partitionPoint } from '../util/search.ts';
import { extractMentions, type Mention } from './extract.ts';
import type { EventLexicon } from './lexicon.ts';
import { argumentOf, eventMentions, type Group } from './units.ts';
import { agentActor } from '../actors/kb.ts';
import { storyCountry } from '../actors/resolve.ts';
import { normalize } from '../text/normalize.ts';

/** Every unit of the group names a country by the country's own name ("تركيا"), not a city or capital resolved to it ("حلب"). */
function namesStates(g: Group, doc: RasidDocument): boolean {
  return g.units.every((u) => {
    if (u.actor?.kind !== 'country' || u.capital || u.nisba) return false;
    const own = normalize(u.actor.name.ar ?? '');
    const text = normalize(doc.text.slice(u.start, u.end)).replace(/^[وف]?(?:[بلك](?=ال))?/, '');
    return !!own && (text === own || text.endsWith(own));
  });
}

const RECIPROCAL = new Set(['COOPERATE', 'AGREE', 'CONSULT']);
/** CAMEO 0831, a resignation: one side only. */
const RESIGN = '0831';
/** Types whose announcer or denier is a party when no agent is stated. */
const PARTY_TYPES = new Set(['AGREE', 'CONSULT', 'COOPERATE', 'CONCEDE', 'RETREAT', 'REJECT']);
/** Mode of a merged event: a reported fact stands when anyone asserts it (denials stay as claims). */
const MODE_RANK: Record<EventMode, number> = { asserted: 5, planned: 4, requested: 3, hypothetical: 2, denied: 1 };

function actorKey(a: Actor | undefined, text: string): string {
  if (!a) return 'txt:' + text;
  return a.country ?? a.code ?? a.id;
}

export function argKey(arg: EventArgument | null): string {
  if (!arg) return '-';
  if (arg.members?.length) return [...new Set(arg.members.map((m) => actorKey(m.actor, m.text)))].sort().join('+');
  return actorKey(arg.actor, arg.text);
}

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/**
 * A side's country and whether it is the state (government, army, police, courts …) or not (rebels, opposition,
 * civilians …), for telling a domestic event's two directions apart without splitting one protest reported with
 * varying sectors (IRQOPP, IRQCVL → IRQGOV).
 */
function sideCode(arg: EventArgument | null): string {
  if (!arg) return '-';
  const one = (a: Actor | undefined, text: string) => {
    if (!a) return 'txt:' + text;
    const sector = a.sector ?? a.code.slice(3, 6);
    return `${a.country ?? a.code}:${sector ? (STATE_SECTORS.has(sector) ? 'state' : 'other') : 'whole'}`;
  };
  return [...new Set((arg.members ?? [arg]).map((m) => one(m.actor, m.text)))].sort().join('+');
}

interface Draft {
  m: Mention;
  source: EventArgument | null;
  target: EventArgument | null;
}

/** The country a story is about (storyCountry in src/actors/resolve.ts over the mentions events count), or null. */
export function mainCountry(doc: RasidDocument): string | null {
  return storyCountry(eventMentions(doc), false, doc.text);
}

/**
 * Whether an event is dyadic, the unit of event data (docs/events.md, "Dyadic events"): both sides
 * identified, or a mobilization with its force. Events with a side missing are kept apart (layer
 * `partialEvents`): on the whole-article set about nine in ten of them matched no annotated event, and
 * attacks on a named target whose attacker neither the sentence nor the story names one in four.
 */
/** Sectors (first three letters) of people whose office does not fight: government, legislature, courts, media, schools,
 * international bodies, clergy, business. */
const UNARMED_PERSON_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MED', 'EDU', 'IGO', 'REL', 'BUS']);

/** Sectors (first three letters) of titles and agents of a civilian calling: scholars, journalists, clergy, business, courts,
 * legislatures. */
const CIVIL_TITLE_SECTORS = new Set(['EDU', 'MED', 'REL', 'BUS', 'JUD', 'LEG']);

/** Offices whose holder commands forces (role offices of the knowledge base). */
const COMMANDING_OFFICES = new Set(['president', 'king', 'prime_minister', 'defence_minister', 'leader', 'commander', 'supreme_leader', 'emir', 'crown_prince', 'deputy_crown_prince', 'militant', 'intelligence_chief']);

export function isDyadic(e: PoliticalEvent): boolean {
  // (a mobilization or alert is one-sided by nature: "القوات التونسية في حالة تأهب" has its force and no target)
  // (an agreement whose two sides are both guessed is mostly a mention of an earlier deal, "الاتفاق النووي": one side
  // unknown in fact)
  if (e.type === 'AGREE' && e.source?.inferred && e.target?.inferred) return false;
  return (!!e.source && !!e.target) || (e.type === 'MOBILIZE' && !!e.source);
}

/**
 * A topic preposition (بشأن، حول) right before token k, or before the noun a nisba at k describes ("بشأن الأزمة 【اليمنية】";
 * not "وحول موقف 【الحكومة الألمانية】", whose party the construct names).
 */
function afterTopicPrep(k: number, doc: RasidDocument, lex: EventLexicon, nisba: boolean): boolean {
  for (let t = k - 1; t >= 0 && t >= k - (nisba ? 2 : 1); t--) {
    const tok = doc.tokens[t]!;
    if (tok.kind !== 'word') return false;
    if (lex.topicPrep(tok.norm)) return true;
  }
  return false;
}

/**
 * Whether the mention starting at token k stands in an attribution (`EventLexicon.opensAttribution`: بحسب، نقلا عن، وفق
 * حصيلة) that opens at most six words before it, with no punctuation between ("وفق حصيلة جديدة أعلنها 【مسؤولون في الجيش】").
 */
function inAttribution(k: number, doc: RasidDocument, lex: EventLexicon): boolean {
  for (let t = k - 1; t >= 0 && t >= k - 6; t--) {
    const tok = doc.tokens[t]!;
    if (tok.kind !== 'word') return false;
    const next = doc.tokens[t + 1]!;
    if (lex.opensAttribution(tok.norm, next.kind === 'word' ? next.norm : undefined)) return true;
  }
  return false;
}

/**
 * An event with one side found and the other not takes, as the missing side (inferred), the one other actor
 * its sentence names in the trigger's clause (up to a clause break of `roles.clauseBreaks`: بينما، إلا أن، لكن): a
 * single country, group or body, counted by country (or code when it has none), apart from the side already found,
 * actors of the same country as that side, and news outlets ("وطالبت كوبا في إطار تطبيع علاقاتها مع الولايات المتحدة
 * باستعادة الأراضي" → USA). With two or more such actors nothing is
 * guessed. An attack on a named target keeps its unnamed attacker. On the whole-article set the sides so
 * found were right 18 of 27 times on the dev split and 22 of 38 on the blind split (counts only).
 */
function soleOtherActor(drafts: Draft[], doc: RasidDocument, lex: EventLexicon): void {
  const ms = eventMentions(doc);
  // clause breaks of the document (roles.clauseBreaks: "بينما", "إلا أن"), by token, where each starts and ends (the
  // other side is guessed within the trigger's clause only: "خطفت جبهة النصرة ثمانية عناصر … إلا أن وزارة الدفاع
  // الأمريكية نفت" names no abductee)
  const toks = doc.tokens;
  const breakStarts: number[] = [];
  const breakEnds: number[] = [];
  const normAt = (j: number) => (j < toks.length && toks[j]!.kind === 'word' ? toks[j]!.norm : undefined);
  for (let i = 0; i < toks.length; i++) {
    const n = toks[i]!.kind === 'word' ? lex.clauseBreakAt(normAt, i) : 0;
    if (!n) continue;
    breakStarts.push(i);
    breakEnds.push(i + n);
    i += n - 1;
  }
  /** The trigger's clause in its sentence, by token: [after the last break before it, the first break after it). */
  const clauseOf = (hit: number, hitEnd: number, s: { tokenStart: number; tokenEnd: number }): [number, number] => {
    const k = partitionPoint(breakEnds.length, (x) => breakEnds[x]! <= hit);
    const lo = k > 0 ? Math.max(s.tokenStart, breakEnds[k - 1]!) : s.tokenStart;
    const j = partitionPoint(breakStarts.length, (x) => breakStarts[x]! < hitEnd);
    const hi = j < breakStarts.length ? Math.min(s.tokenEnd, breakStarts[j]!) : s.tokenEnd;
    return [lo, hi];
  };
  // spans that act elsewhere in the text: agents of other events, and who reports or claims this one
  // ("أدانت الرئاسة الفلسطينية التفجير الذي استهدف مسجدا": the condemner is no target of the bombing)
  // (marked by token, so that a long document costs one pass)
  const agentTok = new Uint8Array(doc.tokens.length);
  const mark = (a: { start: number; end: number }) => {
    for (let t = doc.tokenAt(a.start); t < agentTok.length && doc.tokens[t]!.start < a.end; t++) agentTok[t] = 1;
  };
  for (const d of drafts) if (d.source && !d.source.inferred) mark(d.source);
  for (const q of doc.quotes) if (q.speaker) mark(q.speaker);
  // spans attacked or coerced in another event: no partner of a cooperative act ("بحاجة إلى الدعم … من قوات التحالف الذي قام
  // … بقصف منطقة جبل رومان، وأوقع إصابات في صفوف 【الحوثيين】")
  const hitTok = new Uint8Array(doc.tokens.length);
  for (const d of drafts) {
    if ((d.m.type !== 'ASSAULT' && d.m.type !== 'COERCE') || !d.target || d.target.inferred) continue;
    for (let t = doc.tokenAt(d.target.start); t < hitTok.length && doc.tokens[t]!.start < d.target.end; t++) hitTok[t] = 1;
  }
  const attackedHere = (m: ActorMention) => {
    for (let t = m.tokenStart; t < m.tokenEnd && t < hitTok.length; t++) if (hitTok[t]) return true;
    return false;
  };
  const actsElsewhere = (m: ActorMention, d: Draft) => {
    for (let t = m.tokenStart; t < m.tokenEnd && t < agentTok.length; t++) if (agentTok[t]) return true;
    return !!d.m.claim.by && m.start < d.m.claim.by.end && d.m.claim.by.start < m.end;
  };
  // an attack named as what is condemned ("أعرب فيه عن إدانته 【للهجوم】 الإرهابي", "استنكر التفجير") is referred to, not
  // told: the sentence's other actors are the condemners and those they spoke to, not its victims
  // (and the condemnation of an attack is aimed at its perpetrators, whom the attack names or not: no other actor of the
  // sentence is guessed as its target)
  const condemned = new Set<number>();
  const attackAt = new Set<number>();
  for (const d of drafts) {
    if (d.m.type === 'ACCUSE') for (let t = d.m.hit.end; t <= d.m.hit.end + 1; t++) condemned.add(t);
    if (d.m.type === 'ASSAULT') attackAt.add(d.m.hit.i);
  }
  for (const d of drafts) {
    if (!!d.source === !!d.target || d.m.cameo === RESIGN) continue;
    if (!d.source && d.m.type === 'ASSAULT') continue;
    if (d.m.type === 'ASSAULT' && condemned.has(d.m.hit.i)) continue;
    if (d.m.type === 'ACCUSE' && !d.target && (attackAt.has(d.m.hit.end) || attackAt.has(d.m.hit.end + 1))) continue;
    // (a passive participle's one acted upon is the phrase before it; when that names no actor, no other is guessed:
    // "سيطرت هذه القوات 【المدعومة】 من التحالف" did not support the Houthis named elsewhere in the sentence)
    if ((d.m.hit.entry.passive || d.m.undergoerUnnamed) && !d.target) continue;
    const have = (d.source ?? d.target)!;
    if (have.actor?.kind === 'media') continue;
    const si = doc.sentenceAt(d.m.evidence.start);
    if (si < 0) continue;
    const sent = doc.sentences[si]!;
    const hc = have.actor?.code ?? '';
    const hCountry = have.actor?.country ?? null;
    const cands = new Map<string, ActorMention>();
    const [clauseLo, clauseHi] = clauseOf(d.m.hit.i, d.m.hit.end, sent);
    const cooperative = lex.quadOf(d.m.type)?.endsWith('cooperation') ?? false;
    // (a state's own protest is diplomatic: not aimed at a place named in the sentence)
    const stateProtest = d.m.type === 'PROTEST' && isStateActor(d.source?.actor);
    for (let k = partitionPoint(ms.length, (i) => ms[i]!.start < sent.start); k < ms.length && ms[k]!.end <= sent.end; k++) {
      const m = ms[k]!;
      if (m.start >= have.start && m.end <= have.end) continue;
      // (only actors of the trigger's clause: one across a break is neither guessed nor in the way)
      if (m.tokenEnd <= clauseLo || m.tokenStart >= clauseHi) continue;
      // (a plural verb's subject is a pronoun whose referent comes before it: "وزراء خارجية الخليج سيطالبون كيري
      // بتقديم ضمانات حول عدم تهديد طهران" names no Iranian requester)
      if (!d.source && d.m.pronounSubject && m.start >= doc.tokens[d.m.hit.i]!.start) break;
      // (a word of the trigger phrase is no party: "هاجموا القاعدة" names a base)
      if (m.tokenStart >= d.m.hit.i && m.tokenEnd <= d.m.hit.end) continue;
      // (nor a city right after a meeting or agreement noun, its venue: "مفاوضات 【فيينا】", "اتفاق 【لوزان】")
      if ((d.m.type === 'CONSULT' || d.m.type === 'AGREE') && m.tokenStart === d.m.hit.end && (m.via === 'capital' || m.actor.kind === 'place')) continue;
      const c = m.actor.country ?? m.actor.code;
      if (!c || m.actor.kind === 'media') continue;
      // (nor what the act is about, after a topic preposition: "عقد الوزير اجتماعا 【بشأن】 اليمن")
      // (past a noun or two of the topic: "اجتماعا بشأن 【الأزمة】 اليمنية")
      if (afterTopicPrep(m.tokenStart, doc, lex, m.via === 'nisba')) continue;
      // (nor who the news is attributed to: "وفق حصيلة أعلنها 【مسؤولون في الجيش المالي】")
      if (inAttribution(m.tokenStart, doc, lex)) continue;
      // (nor, in a cooperative act, the actor it is against: "سوريا تدعم أي جهود 【للتصدي】 لتنظيم داعش", "دعمه للعمليات
      // التي تشن 【ضد】 بوكو حرام")
      // (nor is the victim of an attack the one a condemnation is aimed at: "أعربت قطر عن إدانتها للتفجير الذي استهدف 【قوات
      // الأمن】")
      if ((cooperative && againstBefore(m, doc, lex)) || ((cooperative || d.m.type === 'ACCUSE') && attackedHere(m))) continue;
      if (hc && (hc.startsWith(c) || c === hCountry)) continue;
      // (nor one of a side named by its members, which keeps others from being guessed too: "قصف شنه الحوثيون وميليشيات صالح"
      // guesses no Houthi target)
      if (!hc && have.members?.some((x) => x.actor && (x.actor.code.startsWith(c) || x.actor.country === c || m.actor.code === x.actor.code))) {
        cands.set(`~${c}`, m);
        if (cands.size > 1) break;
        continue;
      }
      // (a place where talks or a visit happen is no party to them: "المفاوضات في العاصمة النمساوية فيينا"; an attack
      // or a protest there may be aimed at it)
      if (actsElsewhere(m, d) || ((d.m.type !== 'ASSAULT' && (d.m.type !== 'PROTEST' || stateProtest)) && locative(m, doc.text))) continue;
      // (nor, in an act other than a visit, aid or an attack, a place one goes to, though it keeps others from being guessed:
      // "استدعى وفد الحوثيين 【إلى مسقط】 … يطالب")
      // (nor a capital that names a conference, a declaration or a newspaper, though it too keeps others from being
      // guessed: "مؤتمر الرياض", "إعلان الرياض", "علمت «الرياض»")
      // (nor a patron named in a description: "انفصاليون مؤيدون 【لروسيا】", "ميليشيات مدعومة من 【إيران】"; nor a social
      // platform, the medium of a statement: "عبر حسابه في 【تويتر】")
      // (a place one goes to is never the one who acts: "وصل إلى 【القاهرة】 … في زيارة لمصر" is no visit by Cairo)
      if ((((d.m.type !== 'CONSULT' && d.m.type !== 'AID' && d.m.type !== 'ASSAULT' && d.m.type !== 'PROTEST') || !d.source) && destination(m, doc.text)) || (m.via === 'capital' && capitalAsName(m, doc, lex)) || patronMention(m, doc, lex) || lex.platform(m.norm)) {
        cands.set(`~${c}`, m);
        if (cands.size > 1) break;
        continue;
      }
      // (of one country, the last mention that is not one of its cities or regions)
      if (!m.place || !cands.has(c)) cands.set(c, m);
      if (cands.size > 1) break;
    }
    if (cands.size !== 1 || [...cands.keys()][0]!.startsWith('~')) continue;
    const m = [...cands.values()][0]!;
    // (a city or region is no agent the sentence leaves unnamed, though it keeps others from being guessed: "لفرض
    // سيطرتها على المدن" is not Sinjar's; a capital may stand for its government)
    if (!d.source && m.place) continue;
    // (in an attack or a protest a capital is the city, not its government: "قصف دمشق")
    const material = d.m.type === 'ASSAULT' || d.m.type === 'PROTEST';
    const actor = material && m.via === 'capital' && m.actor.country ? { ...agentActor(m.actor.country, '', m.text), kind: 'place' } : m.actor;
    const a: EventArgument = { start: m.start, end: m.end, text: m.text, actor, inferred: true };
    if (d.source) d.target = a;
    else d.source = a;
  }
}

/**
 * The speaker carried to a subjectless verb at token i that opens its sentence with و / ف, or to a circumstantial
 * participle that opens it (\`participle\`): the speaker (with an actor)
 * of the last quotation that ends before the sentence, in one of the two sentences before it; else null.
 */
function carriedSpeaker(doc: RasidDocument, i: number, participle = false): EventArgument | null {
  const t = doc.tokens[i];
  const si = doc.sentenceAt(t?.start ?? -1);
  if (!t || si < 0) return null;
  const sent = doc.sentences[si]!;
  let first = sent.tokenStart;
  while (first < i && doc.tokens[first]!.kind !== 'word') first++;
  if (first !== i) return null;
  // (a circumstantial participle that opens its sentence, cut from the report before it by a full stop, has that
  // report's speaker as its agent and no subject of its own: "… . 【متهما】 الميليشيات الحوثية باختطاف 12 صحفيا")
  if (!participle) {
    if (!t.words?.some((w) => w.role === 'conj')) return null;
    // (only with a preposition right after the verb, so that no subject can stand there: "وأشاد 【بـ】…", "ودعا 【إلى】…",
    // "وطالب 【بتبرعات】"; "وتحاصر فصائل المعارضة", "وقتل أكثر من 6500 شخص" have a subject or are passive)
    const nx = doc.tokens[i + 1];
    if (!nx || nx.kind !== 'word' || !(nx.words?.[0]?.role === 'prep' || nx.norm === 'الي' || nx.norm === 'علي')) return null;
  }
  let best: Quote | null = null;
  for (const q of doc.quotes) {
    if (q.end > sent.start) break;
    const qs = doc.sentenceAt(q.start);
    if (qs >= si - 2 && q.speaker?.actor) best = q;
  }
  const sp = best?.speaker;
  return sp?.actor ? { start: sp.start, end: sp.end, text: sp.text, actor: sp.actor, inferred: true } : null;
}

/**
 * Whether a place mention stands where the event happens rather than for an actor: after في (or خارج، داخل), or after في and a
 * place noun with its adjective ("في العاصمة النمساوية فيينا", "في مدينة جدة"), after في and a direction ("في شمال العراق",
 * "في جنوب شرق تركيا") or "أنحاء", or with ب attached ("بفيينا") or on a direction ("بجنوب تركيا").
 */
function locative(m: ActorMention, text: string): boolean {
  const kind = m.actor.kind;
  if (m.via !== 'capital' && kind !== 'country' && kind !== 'territory' && kind !== 'place') return false;
  // ب attached to the name (the mention starts after it): "بفيينا", "وبفيينا"
  if (m.start > 0 && text[m.start - 1] === 'ب' && (m.start === 1 || /[\sوف]/.test(text[m.start - 2]!))) return true;
  return /(?:^|[\s(«"])[وف]?(?:في|فى|خارج|داخل)\s+(?:(?:ال)?(?:عاصمة|مدينة|بلدة|محافظة|منطقة|ولاية|إقليم|اقليم)\s+(?:\S+\s+)?|(?:أقصى\s+|اقصى\s+)?(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)(?:\s+(?:شرق|غرب|شرقي|غربي))?\s+|(?:أنحاء|انحاء)\s+(?:مختلفة\s+من\s+)?)?$/.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    // (a direction with ب attached: "في قاعدة انجرليك 【بجنوب】 تركيا")
    /(?:^|\s)[وف]?ب(?:شمال|جنوب|شرق|غرب|وسط|شمالي|جنوبي|شرقي|غربي)(?:\s+(?:شرق|غرب|شرقي|غربي))?\s+$/.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/**
 * Whether a capital names something other than its government: after a noun of a meeting, a document or a paper
 * (`roles.venueNouns`: مؤتمر الرياض، إعلان الرياض، صحيفة الرياض), or between quotation marks ("علمت «الرياض»", a newspaper).
 */
function capitalAsName(m: ActorMention, doc: RasidDocument, lex: EventLexicon): boolean {
  const prev = doc.tokens[m.tokenStart - 1];
  const next = doc.tokens[m.tokenEnd];
  if (prev && next && prev.kind === 'punct' && next.kind === 'punct' && /^[«"“”]$/.test(prev.text) && /^[»"”“]$/.test(next.text)) return true;
  return !!prev && prev.kind === 'word' && lex.venueNoun(prev.norm);
}

/** Whether the token at i has the article and follows في / خلال / أثناء / عقب / بعد (a setting: "في الاجتماع"). */
function meetingAsSetting(doc: RasidDocument, i: number): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  if (!t || !prev || prev.kind !== 'word' || !/^[وف]?ال/.test(t.norm)) return false;
  return SETTING_PREPS.has(prev.norm) || (/^[وف]/.test(prev.norm) && SETTING_PREPS.has(prev.norm.slice(1)));
}
const SETTING_PREPS = new Set(['في', 'خلال', 'اثناء', 'عقب', 'بعد', 'ابان']);

/** Whether an actor is a state: a country, or a body of its government. */
function isStateActor(a: Actor | undefined): boolean {
  return !!a && (a.kind === 'country' || a.sector === 'GOV');
}

/** Whether an argument names a social platform only (تويتر، فيسبوك). */
function platformArg(a: EventArgument, lex: EventLexicon): boolean {
  return (a.members ?? [a]).every((x) => lex.platform(normalize(x.text).replace(/[^\u0621-\u064A ]/g, '').trim()));
}

/** Whether a word of fighting or countering (`roles.againstNouns`: ضد، مكافحة، التصدي) stands within the three tokens
 * before the mention, no punctuation between. */
function againstBefore(m: ActorMention, doc: RasidDocument, lex: EventLexicon): boolean {
  for (let k = m.tokenStart - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const t = doc.tokens[k]!;
    if (t.kind === 'punct') {
      if (/^[«»"“”]$/.test(t.text)) continue;
      return false;
    }
    if (t.kind !== 'word') continue;
    const x = t.norm.replace(/^[وف](?=.{3})/, '');
    const forms = [x, x.startsWith('لل') ? 'ال' + x.slice(2) : x.replace(/^[بلك](?=.{3})/, '')];
    if (lex.againstNoun(forms)) return true;
  }
  return false;
}

/** Whether a word of backing or loyalty (`roles.patronWords`) stands right before the mention or before its من. */
function patronMention(m: ActorMention, doc: RasidDocument, lex: EventLexicon): boolean {
  const word = (k: number) => (doc.tokens[k]?.kind === 'word' ? doc.tokens[k]!.norm : undefined);
  return lex.patronBefore(word(m.tokenStart - 1), word(m.tokenStart - 2), m.actor.kind === 'country');
}

/** Whether a place mention follows إلى / الى (a destination), with or without a place noun between ("إلى مدينة جدة"). */
function destination(m: ActorMention, text: string): boolean {
  const kind = m.actor.kind;
  if (m.via !== 'capital' && kind !== 'country' && kind !== 'territory' && kind !== 'place') return false;
  return /(?:^|\s)[وف]?(?:إلى|الى|إلي|الي)\s+(?:(?:ال)?(?:عاصمة|مدينة|محافظة|منطقة)\s+(?:\S+\s+)?)?$/.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/** Extract and merge the events of an analyzed document. */
export function documentEvents(doc: RasidDocument, lex: EventLexicon): PoliticalEvent[] {
  const mentions = extractMentions(doc, lex);
  const drafts: Draft[] = [];
  const storyCountry = mainCountry(doc);
  const quoteById = new Map(doc.quotes.map((q) => [q.id, q]));
  // the countries that condemn an attack in a sentence ("وأعربت الكويت عن إدانتها للتفجير الإرهابي"): an attack's agent
  // named only by its sector takes no country from them
  const condemners = new Map<number, Set<string>>();
  for (const m of mentions) {
    // (a condemnation, CAMEO 111, not an accusation: "تبادلت أوكرانيا وانفصاليون الاتهامات بقصف مدنيين" is in Ukraine)
    if (m.type !== 'ACCUSE' || m.cameo !== '111' || !m.source) continue;
    for (const u of m.source.units) {
      const c = u.actor?.country;
      if (!c) continue;
      let set = condemners.get(m.sentence);
      if (!set) condemners.set(m.sentence, (set = new Set()));
      set.add(c);
    }
  }
  for (const m of mentions) {
    const material = m.type === 'ASSAULT' || m.type === 'PROTEST';
    let source = m.source ? arg(m.source, doc, m.sourceInferred, material) : null;
    let target = m.target ? arg(m.target, doc, m.targetInferred, material) : null;
    // (a resignation has one side, the one who resigns, named by its genitive when no subject is: "استقالة رئيس الحكومة",
    // "قبول استقالته"; it is no act upon another)
    if (m.cameo === RESIGN) {
      if (m.hit.entry.pos !== 'verb') source ??= target;
      target = null;
    }
    // The quotation's speaker is the agent: in a direct quotation with no stated agent, the speaker's side ("our
    // policy of ..."; not an attack), and for a verb whose subject is the pronoun of "إنه / أنها" opening the
    // quotation ("وأعلن شتاينماير أنه سيزور المملكة").
    if (!source && m.claim.quote) {
      const q = quoteById.get(m.claim.quote);
      const sp = q && (m.speakerSubject || (q.kind === 'direct' && m.type !== 'ASSAULT')) ? q.speaker : null;
      if (sp?.actor) source = { start: sp.start, end: sp.end, text: sp.text, actor: sp.actor, inferred: true };
    }
    // A verb that opens its sentence with و / ف and a preposition right after it has a dropped subject: the speaker of
    // the sentence before ("وقال الوزير الأصبحي إن … . 【ودعا】 إلى تقديم المساعدة", the last quotation's speaker, one or
    // two sentences back).
    if (!source && !m.source && m.hit.entry.pos === 'verb' && !m.pronounSubject) {
      const sp = carriedSpeaker(doc, m.hit.i, !!m.hit.entry.participles?.includes(doc.tokens[m.hit.i]!.norm));
      if (sp) source = sp;
    }
    // Who denies or announces reaching an agreement, talks or a concession is a party to it when no
    // other agent is stated ("نفى المتحدث باسم حماس التوصل إلى أي اتفاق" → Hamas).
    if (!source && PARTY_TYPES.has(m.type) && m.claim.by?.actor && !m.claim.quote && m.claim.by.actor.code !== target?.actor?.code) {
      const by = m.claim.by;
      source = { start: by.start, end: by.end, text: by.text, actor: by.actor!, inferred: true };
    }
    // A state named as the leader of a coalition or force acts through its military (التحالف بقيادة السعودية → SAU MIL).
    if (m.sourceLed && source) source = withSector(source, 'MIL');
    // Weapons of no named owner are the means of an attack, no side of another act ("مدعومين 【بدبابات】").
    if (m.type !== 'ASSAULT' && source && !source.actor?.country && m.source?.units.every((u) => u.instrument)) source = null;
    // A social platform is the medium of a statement, no side ("في تغريدة له على موقع «تويتر»").
    if (source && platformArg(source, lex)) source = null;
    if (target && platformArg(target, lex)) target = null;
    // Interviews are not consultations ("في حوار مع المجلة الفرنسية").
    if (m.type === 'CONSULT' && target && isMedia(target)) continue;
    // A meeting named with the article after في / خلال / أثناء / عقب is the setting of another act, reported before
    // ("وعبر الرئيس هادي 【في الاجتماع】 عن سعادته", "وقال مسؤولو الحكومة خلال الاجتماع"): without both its sides stated
    // here, no event of its own.
    if (m.type === 'CONSULT' && m.hit.entry.pos !== 'verb' && meetingAsSetting(doc, m.hit.i) && (!source || !target || source.inferred || target.inferred)) continue;
    const hint = m.placeHint ? arg(m.placeHint, doc) : null;
    const placeCountry = hint ? hint.actor?.country ?? hint.members?.[0]?.actor?.country ?? null : null;
    // Protesters with no stated identity: the people of the place where they protest.
    if (m.type === 'PROTEST' && !source && placeCountry && hint) source = { start: hint.start, end: hint.end, text: hint.text, actor: agentActor(placeCountry, 'CVL', hint.text), inferred: true };
    // People named by their nationality protest as civilians ("تظاهر آلاف العراقيين" → IRQ CVL).
    if (m.type === 'PROTEST' && source && m.source && isPeople(m.source)) source = withSector(source, 'CVL');
    // People named by a plural nationality in attacks and coercion are civilians ("اعتقلت الشرطة عشرة فلسطينيين").
    if ((m.type === 'ASSAULT' || m.type === 'COERCE') && target && m.target && isPeople(m.target) && pluralNisba(doc, m.target)) target = withSector(target, 'CVL');
    // Strikes and shelling named by a nationality are military ("غارات إسرائيلية", "قصف روسي").
    if (m.type === 'ASSAULT' && m.hit.entry.pos !== 'verb' && source && m.source && (m.source === m.genitive || m.source.tokenStart > m.hit.i) && isPeople(m.source)) source = withSector(source, 'MIL');
    if (!source && !target) continue;
    // Agents named only by their sector take the country of the place where the event happens; with no
    // place named, the country of the nearest actor of the sentence that has one ("ضد خطط الحكومة").
    // (with neither, the country the story is about, when one dominates it: "فجر انتحاري نفسه في سوق" in a
    // story about Afghanistan)
    // (for an attack with no place of its own, not the country of one who condemns it in the sentence: "وأعربت الكويت عن
    // إدانتها للتفجير الإرهابي" is no Kuwaiti attack)
    const condemning = (c: string | null | undefined) => m.type === 'ASSAULT' && !!c && !!condemners.get(m.sentence)?.has(c);
    const eventPlace = !m.location && condemning(placeCountry) ? null : placeCountry;
    const country = eventPlace ?? (condemning(m.countryHint) ? null : m.countryHint) ?? storyCountry;
    // a country that is the event's own target is no place of the event for its agent ("رحب المسؤول
    // الكردي بقرار تركيا" is no Turkish official; a city as the target still is: "قصفت القوات حلب")
    const hintIsTargetState = !!m.placeHint && m.placeHint === m.target && !m.location && namesStates(m.placeHint, doc);
    if (country) {
      if (!hintIsTargetState) source = withCountry(source, country);
      target = withCountry(target, country);
    }
    // Taking a place the knowledge base does not know ("سيطرت المقاومة الشعبية على جبل «منيف»") takes territory
    // of the country where it happens (inferred).
    if (m.type === 'COERCE' && m.cameo === '192' && !target && country && /سيطر/.test(doc.tokens[m.hit.i]!.norm)) {
      target = atTrigger(m, doc, (text) => ({ ...agentActor(country, '', text), kind: 'place' }));
    }
    // People arrested whom the text counts but does not name ("واعتقلت 16 آخرين في محافظة بنزرت") are of the country
    // where it happens (inferred; no sector).
    if (m.type === 'COERCE' && m.cameo === '173' && !target && m.unnamedObject && country && source?.actor?.country === country) {
      target = atTrigger(m, doc, (text) => agentActor(country, '', text));
    }
    // An attack that killed or wounded people the text does not name hit the civilians of the country where it
    // happened ("قتل 15 شخصا في تفجير انتحاري في سوق بشمال أفغانستان" → AFG CVL, inferred).
    if (m.type === 'ASSAULT' && !target && m.unnamedVictims && country && source?.actor?.code !== country + 'CVL') {
      target = atTrigger(m, doc, (text) => agentActor(country, 'CVL', text));
    }
    // A protest in front of a building that is no body's ("وقفة احتجاجية أمام فندق شيراتون"; a civilian place of the
    // sector patterns) is held there, not against it.
    if (m.type === 'PROTEST' && target && !target.inferred && target.actor?.sector === 'CVL' && target.actor.kind === 'agent') {
      const ti = doc.tokenAt(target.start);
      if (ti > 0 && doc.tokens[ti - 1]!.norm === 'امام') target = null;
    }
    // A protest with no stated target is aimed at the government of its country (inferred).
    if (m.type === 'PROTEST' && !target) {
      const c = country ?? (source ? source.actor?.country ?? source.members?.[0]?.actor?.country ?? null : null);
      // (not a foreign government for a state's own protest: "باكستان تتقدم باحتجاج على هذا العمل … في أوفا (في روسيا)")
      if (c && source && !(isStateActor(source.actor) && source.actor!.country && source.actor!.country !== c)) target = { start: source.start, end: source.end, text: source.text, actor: agentActor(c, 'GOV', source.text), inferred: true };
    }
    drafts.push({ m, source, target });
  }
  accusedAgents(drafts, doc);
  protestObjects(drafts);
  inferMainSide(drafts, 'target');
  inferMainSide(drafts, 'source');
  soleOtherActor(drafts, doc, lex);

  // a side guessed onto the other side's own span, name or person is no second party ("أطلق اليافعي سراحهم" → اليافعي on
  // both sides); a protest keeps its government, which the protesters' place names (CVL → GOV of one country)
  for (const d of drafts) {
    const s = d.source;
    const t = d.target;
    if (!s || !t || d.m.type === 'PROTEST' || !(s.inferred || t.inferred)) continue;
    if (!((s.start === t.start && s.end === t.end) || s.text === t.text || (!!s.actor && s.actor.id === t.actor?.id && s.actor.kind === 'person'))) continue;
    if (t.inferred) d.target = null;
    else if (s.inferred) d.source = null;
  }

  // an attack is never guessed onto a person of an office that does not fight (a legislator, minister or scholar who
  // praised or condemned in the same story: "أشاد … الجروان رئيس البرلمان العربي … وإحباط الداخلية … لعدد من 【الهجمات】")
  for (const d of drafts) {
    const a = d.source;
    if (d.m.type !== 'ASSAULT' || !a?.inferred || !a.actor) continue;
    // (a title or agent of a civilian calling guesses no attacker either: "عبدالعزيز العسكر 【أستاذ】 الدراسات العليا")
    if (a.actor.kind !== 'person') {
      if (a.actor.sector && CIVIL_TITLE_SECTORS.has(a.actor.sector.slice(0, 3)) && !a.actor.code.includes('REB') && !a.actor.code.includes('MIL')) d.source = null;
      continue;
    }
    // (a head of state or government, a defence minister or a leader commands forces: "قوات الأسد" are his)
    if (a.actor.role?.office && COMMANDING_OFFICES.has(a.actor.role.office)) continue;
    if (a.actor.sector && UNARMED_PERSON_SECTORS.has(a.actor.sector.slice(0, 3))) d.source = null;
  }

  // merge same type + actors
  const byKey = new Map<string, PoliticalEvent>();
  const claimKeys = new Map<PoliticalEvent, Set<string>>();
  const out: PoliticalEvent[] = [];
  for (const d of drafts) {
    const { m } = d;
    let sk = argKey(d.source);
    let tk = argKey(d.target);
    // a domestic event's sides are told apart by sector: the army's strikes on the PKK and the PKK's attack on the
    // police are two events, not one ("TUR → TUR")
    if (sk === tk && sk !== '-') {
      sk = sideCode(d.source);
      tk = sideCode(d.target);
    }
    const key = `${m.type}|${sk}|${tk}`;
    const alt = RECIPROCAL.has(m.type) ? `${m.type}|${tk}|${sk}` : key;
    const mergeable = sk !== '-' || tk !== '-';
    const found = mergeable ? byKey.get(key) ?? byKey.get(alt) : undefined;
    const trig = doc.tokens[m.hit.i]!;
    const trigEnd = doc.tokens[m.hit.end - 1]!;
    const trigger = { start: trig.start, end: trigEnd.end, text: doc.text.slice(trig.start, trigEnd.end) };
    if (found) {
      (found.mentions ??= []).push({ ...m.evidence });
      // a mention that states both sides tells the event better than the one whose side was guessed: it becomes the
      // event's trigger, evidence and sides ("قتل 13 مسلحا … في مواجهات" guessed the coalition; "شن طيران التحالف 6 غارات
      // على تجمع لميليشيات الحوثي" says so)
      const guessed = (e: { source: EventArgument | null; target: EventArgument | null }) => !!(e.source?.inferred || e.target?.inferred);
      if (guessed(found) && !guessed(d) && d.source && d.target) {
        found.source = d.source;
        found.target = d.target;
        found.trigger = trigger;
        found.evidence = m.evidence;
        if (m.cameo) {
          found.cameo = m.cameo;
          found.goldstein = lex.goldstein(m.cameo) ?? found.goldstein;
        }
        // (the place, date and instrument are the explicit mention's, or none: not the guessed one's)
        if (m.location) found.location = arg(m.location, doc);
        else delete found.location;
        if (m.date) found.date = m.date;
        else delete found.date;
        if (m.instrument) found.instrument = m.instrument;
        else delete found.instrument;
      }
      if (MODE_RANK[m.mode] > MODE_RANK[found.mode]) found.mode = m.mode;
      addClaim(found, m.claim, claimKeys);
      if (!found.location && m.location) found.location = arg(m.location, doc);
      if (!found.date && m.date) found.date = m.date;
      if (!found.instrument && m.instrument) found.instrument = m.instrument;
      if (m.cameo && (!found.cameo || (found.cameo.length === 3 && found.cameo.endsWith('0') && m.cameo !== found.cameo))) {
        found.cameo = m.cameo;
        found.goldstein = lex.goldstein(m.cameo) ?? found.goldstein;
      }
      continue;
    }
    const ev: PoliticalEvent = {
      id: `ev${out.length + 1}`,
      type: m.type,
      ...(m.cameo ? { cameo: m.cameo } : {}),
      intensity: lex.types[m.type]?.intensity,
      goldstein: lex.goldstein(m.cameo) ?? lex.types[m.type]?.intensity,
      quad: lex.quadOf(m.type),
      mode: m.mode,
      source: d.source,
      target: d.target,
      ...(m.location ? { location: arg(m.location, doc) } : {}),
      ...(m.date ? { date: m.date } : {}),
      ...(m.instrument ? { instrument: m.instrument } : {}),
      trigger,
      evidence: m.evidence,
      mentions: [{ ...m.evidence }],
      claims: [m.claim],
    };
    out.push(ev);
    if (mergeable) byKey.set(key, ev);
  }
  for (const e of out) {
    for (const a of [e.source, e.target]) {
      if (!a) continue;
      for (const x of a.members ?? [a]) if (x.actor && !doc.actors.has(x.actor.id)) doc.actors.set(x.actor.id, x.actor);
    }
  }
  return out;
}

function arg(g: Group, doc: RasidDocument, inferred?: boolean, material = false): EventArgument {
  const a = argumentOf(g, doc, material);
  if (inferred) a.inferred = true;
  return a;
}

/** An inferred argument that the text does not name, anchored on the event's trigger word. */
function atTrigger(m: Mention, doc: RasidDocument, actor: (text: string) => Actor): EventArgument {
  const t = doc.tokens[m.hit.i]!;
  return { start: t.start, end: t.end, text: t.text, actor: actor(t.text), inferred: true };
}

/** One nisba or country name standing for people ("آلاف العراقيين", "غارات إسرائيلية"). */
function isPeople(g: Group): boolean {
  return g.units.length === 1 && !!g.units[0]!.nisba && !!g.units[0]!.actor?.country && !g.units[0]!.actor.sector;
}

/** The group's one word is a plural nisba (فلسطينيين، العراقيون), not an adjective (إسرائيلية). */
function pluralNisba(doc: RasidDocument, g: Group): boolean {
  const t = doc.tokens[g.tokenStart];
  return !!t && /(?:يين|يون|ين|ون)$/.test(t.norm);
}

/** A country-only argument with a sector added (IRQ → IRQCVL). */
function withSector(a: EventArgument, sector: string): EventArgument {
  const ac = a.actor;
  if (!ac?.country || ac.sector) return a;
  return { ...a, actor: agentActor(ac.country, sector, a.text) };
}

function withCountry(a: EventArgument | null, country: string): EventArgument | null {
  if (!a) return a;
  const fix = (x: EventArgument): EventArgument => {
    const ac = x.actor;
    if (!ac || ac.country || !ac.sector || ac.code.length > 3) return x;
    const code = country + ac.sector;
    return { ...x, actor: { ...ac, id: `agent:${code}`, code, country } };
  };
  if (a.members) {
    const members = a.members.map(fix);
    return { ...a, members, codes: [...new Set(members.map((m) => m.actor?.code).filter((c): c is string => !!c))] };
  }
  return fix(a);
}

function isMedia(a: EventArgument): boolean {
  return (a.members ?? [a]).every((x) => x.actor?.sector === 'MED');
}

/** Who makes a claim: stance, speaker and quotation (claims with the same key are one). */
function claimKey(x: Claim): string {
  return `${x.stance}|${x.by?.actor?.id ?? x.by?.text ?? ''}|${x.quote ?? ''}`;
}

/** Add a claim to a merged event unless the event has one with the same key (`seen`: the event's keys). */
function addClaim(e: PoliticalEvent, c: Claim, seen: Map<PoliticalEvent, Set<string>>): void {
  const claims = (e.claims ??= []);
  let keys = seen.get(e);
  if (!keys) seen.set(e, (keys = new Set(claims.map(claimKey))));
  const k = claimKey(c);
  if (!keys.has(k)) {
    keys.add(k);
    claims.push(c);
  }
}

/**
 * The act of an accusation ("اتهمت المعارضة قوات النظام بقصف أحياء في حلب"): the event named in the
 * complement (its predicate starts with ب right after the accused) has the accused as its agent when
 * none is stated, and is claimed by the accuser, not by the article.
 */
function accusedAgents(drafts: Draft[], doc: RasidDocument): void {
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) {
    if (d.m.type !== 'ACCUSE' || !d.m.target || !d.target) continue;
    const list = bySentence.get(d.m.sentence);
    if (list) list.push(d);
    else bySentence.set(d.m.sentence, [d]);
  }
  if (!bySentence.size) return;
  for (const d of drafts) {
    if (d.m.type === 'ACCUSE') continue;
    const list = bySentence.get(d.m.sentence);
    if (!list) continue;
    const p = d.m.pred;
    const predNorm = doc.tokens[p]?.norm ?? '';
    if (!predNorm.startsWith('ب')) continue;
    for (const a of list) {
      const tEnd = a.m.target!.tokenEnd;
      if (a.m.hit.i >= p || p < tEnd || p - tEnd > 1) continue;
      // the charge's genitive is its object, the accused its agent: "اتهمت الحكومة إيران بدعم الحوثيين"
      if (d.source && !d.target && d.m.source && d.m.source === d.m.genitive) {
        d.target = d.source;
        d.source = null;
      }
      if (!d.source) d.source = { ...a.target!, inferred: true };
      if (!d.m.claim.by && !d.m.claim.quote && a.source) {
        const by = a.source;
        d.m.claim = {
          stance: d.m.claim.stance,
          by: { start: by.start, end: by.end, text: by.text, ...(by.actor ? { actor: by.actor } : {}) },
          evidence: a.m.evidence,
        };
      }
      break;
    }
  }
}

/**
 * Forces that break up a protest ("فرقت قوات الأمن مسيرة للمعطلين", "فضت الشرطة اعتصاما"): an attack or
 * coercion without a target whose object is a protest noun of the same sentence targets the protesters.
 */
function protestObjects(drafts: Draft[]): void {
  // protests with a source, by trigger token (linear: a few lookups per attack, not a scan)
  const at = new Map<number, Draft>();
  for (const x of drafts) if (x.m.type === 'PROTEST' && x.source) at.set(x.m.hit.i, x);
  if (!at.size) return;
  for (const d of drafts) {
    if (d.target || (d.m.type !== 'ASSAULT' && d.m.type !== 'COERCE')) continue;
    let p: Draft | undefined;
    for (let k = Math.max(d.m.pred + 1, d.m.hit.end); k <= d.m.hit.end + 3 && !p; k++) {
      const x = at.get(k);
      if (x && x.m.sentence === d.m.sentence) p = x;
    }
    if (p?.source) d.target = { ...p.source, ...(p.source.actor?.country && !p.source.actor.sector ? { actor: agentActor(p.source.actor.country, 'CVL', p.source.text) } : {}), inferred: true };
  }
}

/**
 * The side an article names for its attacks again and again: its key and argument, when explicit (not inferred)
 * mentions in two or more sentences name it and no rival in half as many; else null. (Counted by sentence: two
 * words of one attack, "قتلت الشرطة مسلحين خلال الاشتباكات", are one mention.)
 */
function dominantSide(drafts: Draft[], side: 'source' | 'target'): [string, EventArgument] | null {
  const counts = new Map<string, { n: number; sentence: number; args: Map<string, { n: number; arg: EventArgument }> }>();
  for (const d of drafts) {
    const a = d[side];
    if (d.m.type !== 'ASSAULT' || !a || a.inferred) continue;
    const k = sideKey(a);
    let c = counts.get(k);
    if (!c) counts.set(k, (c = { n: 0, sentence: -1, args: new Map() }));
    if (c.sentence === d.m.sentence) continue;
    c.n++;
    c.sentence = d.m.sentence;
    const code = a.actor?.code ?? argKey(a);
    const x = c.args.get(code);
    if (x) x.n++;
    else c.args.set(code, { n: 1, arg: a });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  const top = ranked[0];
  if (!top || top[1].n < 2 || (ranked[1] && ranked[1][1].n * 2 > top[1].n)) return null;
  // the side's most frequent actor stands for it ("الغارات" of a story on Turkish strikes: the military, not the
  // police of the first clash); ties go to the first named
  let best: { n: number; arg: EventArgument } | null = null;
  for (const x of top[1].args.values()) if (!best || x.n > best.n) best = x;
  return [top[0], best!.arg];
}

/** One actor is the state (a state sector or the country) and the other armed men (sector REB or an armed group). */
function stateAgainstArmed(a: Actor, b: Actor | undefined): boolean {
  if (!b) return false;
  const state = (x: Actor) => !x.sector || STATE_SECTORS.has(x.sector);
  const armed = (x: Actor) => x.sector === 'REB' || x.kind === 'armed_group';
  return (state(a) && armed(b)) || (armed(a) && state(b));
}

/**
 * The key of a side for dominantSide: its country, with the state's sectors together and other sectors apart
 * (Turkey's police and army are one side, Kurdish rebels in Turkey another); an actor without a country by its code.
 */
function sideKey(arg: EventArgument): string {
  if (arg.members?.length) return argKey(arg);
  const a = arg.actor;
  if (!a?.country) return argKey(arg);
  return a.sector && !STATE_SECTORS.has(a.sector) ? `${a.country}:${a.code}` : a.country;
}

/**
 * Attacks reported with one side missing in an article that names that side again and again: the article's main
 * target ("الهجمات الإيرانية الأخيرة" in an article about strikes on the Islamic State) or main attacker ("الغارات" in
 * a story about the coalition's air strikes on the Houthis) is taken, marked inferred, unless it is the attack's
 * other side. Needs two or more explicit mentions and no rival (dominantSide).
 */
function inferMainSide(drafts: Draft[], missing: 'source' | 'target'): void {
  const known = missing === 'source' ? 'target' : 'source';
  const top = dominantSide(drafts, missing);
  if (!top) return;
  for (const d of drafts) {
    const other = d[known];
    if (d.m.type !== 'ASSAULT' || d[missing] || !other || sideKey(other) === top[0]) continue;
    // within one country only the state against armed men or armed men against the state (its civilians,
    // mosques and parties are no side of a campaign)
    if (other.actor?.country && other.actor.country === top[1].actor?.country && !stateAgainstArmed(other.actor, top[1].actor)) continue;
    d[missing] = { ...top[1], inferred: true };
  }
}
