/**
 * Argument units: the actor-bearing noun phrases of a document, built from the layers earlier
 * stages fill (actorMentions, titles, entities) plus the event lexicon's instruments
 * ("طائرات حربية" implies a military agent). Adjacent pieces are combined into one unit
 * ("القوات الجوية" + "الإيرانية" → IRN MIL; "وزير الخارجية الأمريكية" + "جون كيري" → the person),
 * and units joined by و or a comma form coordinated groups ("السعودية والإمارات والأردن").
 */
import type { RasidDocument } from '../doc/document.ts';
import type { Actor, ActorMention, EventArgument } from '../doc/types.ts';
import type { EventLexicon } from './lexicon.ts';
import { W } from './lexicon.ts';
import { procliticPrep, type TokenInfo } from './tokens.ts';
import { soundPluralEnding } from '../text/normalize.ts';

export interface Unit {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  /** Resolved actor, or a sector-only agent (country null). */
  actor: Actor | null;
  /** True when the unit names a place (country or city used as a location). */
  place: boolean;
  /** True for an instrument-only unit (aircraft, rockets): an agent by implication. */
  instrument?: boolean;
  /** True for a nisba adjective ("الإيرانية"). */
  nisba?: boolean;
  /** True for a capital named as a place (its actor may stand for the government). */
  capital?: boolean;
  /** True for a city or region resolved to its country ("لحج" → YEM; the mention's `place`). */
  city?: boolean;
  /** True for a sector noun of the event lexicon (مدنيين، دورية، سوق): a head that an owner after it may replace. */
  head?: boolean;
  /** A preposition attached to the unit's first token (بقذائف → ب, للشرطة → ل). */
  prep?: string;
  /** A sector noun with its owner after ل ("مركز للشرطة"): a thing or people of that owner. */
  owned?: boolean;
  /** An instrument with a possessive pronoun ("طائراته"، "صواريخها"): its owner is named earlier. */
  pronoun?: boolean;
}

export interface Group {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  units: Unit[];
}

const PLACE_KINDS = new Set(['country', 'territory', 'city', 'capital', 'place', 'region', 'province', 'location', 'gpe', 'loc', 'state']);

function isPlaceActor(a: Actor | undefined, via?: string): boolean {
  if (!a) return false;
  if (via === 'capital') return true;
  return a.kind ? PLACE_KINDS.has(a.kind.toLowerCase()) : false;
}

/** A country-level actor (no sector). */
function isCountryOnly(a: Actor | null): boolean {
  return !!a && !!a.country && !a.sector && (a.code === a.country || a.code.length === 3);
}

function sectorOnly(a: Actor | null): boolean {
  return !!a && !a.country && !!a.sector && (a.code === a.sector || a.code.length <= 3);
}

function agent(sector: string | null, country: string | null, name: string, kind = 'agent'): Actor {
  const code = (country ?? '') + (sector ?? '');
  return { id: `agent:${code || 'UNK'}`, code: code || 'UNK', country, sector, name: { ar: name }, kind };
}

/** The preposition attached to a token when a lexicon form matched without it (بقذائف → ب). */
function prepOf(norm: string, base: string): { prep?: string } {
  let n = norm;
  if (n.length > base.length && (n[0] === 'و' || n[0] === 'ف') && !base.startsWith(n[0]!)) n = n.slice(1);
  if (n.length > base.length && !base.startsWith(n[0]!) && (n[0] === 'ب' || n[0] === 'ل')) return { prep: n[0] };
  return {};
}

/** The preposition (ب or ل) attached to the first token of a unit, or written before it. */
export function unitPrep(u: Unit, doc: RasidDocument, info: TokenInfo[]): string | null {
  if (u.prep) return u.prep;
  const t = doc.tokens[u.tokenStart];
  if (!t) return null;
  let n = info[u.tokenStart]?.norm ?? '';
  if (n.startsWith('و') || n.startsWith('ف')) n = n.slice(1);
  if (u.start > t.start || n.startsWith('بال') || n.startsWith('لل')) {
    if (n.startsWith('ب')) return 'ب';
    if (n.startsWith('ل')) return 'ل';
  }
  return null;
}

/** Combine a left piece and a right piece that follows it directly. Null when they should not merge. */
function combine(left: Unit, right: Unit, doc: RasidDocument, rightPrep: string | null = null): Unit | null {
  const a = left.actor;
  const b = right.actor;
  if (!a || !b) return null;
  const text = doc.text.slice(left.start, right.end);
  const span = { start: left.start, end: right.end, tokenStart: left.tokenStart, tokenEnd: right.tokenEnd };
  // an owner after a sector noun: "دورية للشرطة" (the police), "منزل لقيادي في حماس"
  if (rightPrep === 'ل' && (left.head || left.instrument) && !isCountryOnly(b)) return { ...span, actor: b, place: false, prep: left.prep, ...(left.head ? { owned: true } : {}) };
  if (rightPrep) return null;
  // a person takes no place named after the name: "زار الشيخ صلاح البدير 【منطقة جازان】"
  if (a.kind === 'person' && right.place && !right.nisba) return null;
  // a sector noun after a piece is a new phrase (subject + object: "مسلحون دورية", "فصائل المعارضة حواجز")
  if (right.head) return null;
  // a sector noun + the genitive of its owner: "دورية الشرطة" → the police; people of a company stay people
  if (left.head && sectorOnly(a) && sectorOnly(b)) return { ...span, actor: b.sector === 'BUS' && right.head ? a : b, place: false, prep: left.prep };
  // civilian places before a place name are the location ("قرية الدراز", "بلدات ريف إدلب"), not an agent
  if (left.head && a.sector === 'CVL' && right.place && !right.nisba) return null;
  // a city or region after a sector noun is where it is ("شركة فسفاط قفصة", "مطار بغداد"), not its owner
  if (left.head && right.place && !right.nisba && b.kind !== 'country' && b.kind !== 'territory') return null;
  // aircraft of a government: "طائرات النظام السوري" → SYR MIL
  if (left.instrument && sectorOnly(a) && b.country && b.sector === 'GOV') return { ...span, actor: agent(a.sector, b.country, text), place: false, instrument: true, prep: left.prep };
  // sector-only head + country (nisba or name): القوات الإيرانية, جيش الاحتلال الإسرائيلي; a definite head
  // is in construct with no country name ("اتهمت الحكومة إسرائيل": subject and object)
  if (sectorOnly(a) && isCountryOnly(b) && !right.nisba && right.tokenStart === left.tokenEnd && /^[وف]?(?:[بك]?ال|لل)/.test(doc.tokens[left.tokenEnd - 1]?.norm ?? '')) return null;
  if (sectorOnly(a) && isCountryOnly(b)) return { ...span, actor: agent(a.sector, b.country, text), place: false, prep: left.prep };
  // a person or force of the police or intelligence: "ضابط شرطة", "عناصر الأمن" → the more specific sector
  if (sectorOnly(a) && sectorOnly(b) && b.kind !== 'person' && (b.sector === 'COP' || b.sector === 'SPY') && (a.sector === 'MIL' || a.sector === 'REB' || a.sector === 'CVL')) return { ...span, actor: agent(b.sector, null, text), place: false, prep: left.prep };
  // sector-only head + another sector-only piece: قوات النظام → keep the head (a person's name with only a sector is the
  // person: "الدكتور أحمد جيلان")
  if (sectorOnly(a) && sectorOnly(b) && b.kind !== 'person') return { ...span, actor: agent(a.sector, null, text), place: false, instrument: left.instrument, prep: left.prep };
  // sector-only head + a named organization or person with its own code: مقاتلي داعش, المتحدث كيري
  if (sectorOnly(a) && !isCountryOnly(b)) return { ...span, actor: b.code ? b : { ...b, sector: a.sector, code: a.code }, place: false, prep: left.prep };
  // a title already resolved to country+sector, followed by the person's name: the person
  if (a.country && a.sector && b.country && (b.kind === 'person' || b.role)) return a.country === b.country ? { ...span, actor: b, place: false } : null;
  // (an international official keeps the organization: "مبعوثه الخاص باليمن إسماعيل ولد الشيخ أحمد" is the UN's envoy, the
  // country being where he is sent)
  if (a.country && a.sector && !b.country && b.kind === 'person') return { ...span, actor: b.code.startsWith('IGO') ? b : { ...b, country: a.country, sector: a.sector, code: a.code }, place: false };
  // country/organization + its nisba (حزب الله اللبناني, الحكومة العراقية)
  if (!isCountryOnly(a) && a.country && isCountryOnly(b) && a.country === b.country) return { ...span, actor: a, place: false };
  // an organization without a country + a nisba: give it the country
  // (only right beside it: "الاتحاد الأوروبي الأطراف الليبية" is two phrases)
  if (!a.country && a.sector && isCountryOnly(b) && right.nisba && !left.place && right.tokenStart === left.tokenEnd) return { ...span, actor: agent(a.sector, b.country, text), place: false };
  return null;
}

/**
 * The actor mentions the event stage reads: all but a group or unnamed official named by its title phrase
 * ("اللاجئين السوريين", "مسؤول أمريكي"), which the stage reads from the titles layer as it did before the actor layer
 * made them mentions.
 */
export function eventMentions(doc: RasidDocument): readonly ActorMention[] {
  return doc.actorMentions.filter((m) => !(m.via === 'title' && m.actor.kind === 'agent'));
}

/** Build units over the whole document, sorted by position, non-overlapping. */
export function buildUnits(doc: RasidDocument, lex: EventLexicon, info: TokenInfo[]): Unit[] {
  const raw: Unit[] = [];
  const tokOf = (start: number, end: number) => ({ tokenStart: doc.tokenAt(start), tokenEnd: Math.max(doc.tokenAt(start) + 1, doc.tokenAt(end - 1) + 1) });
  for (const m of eventMentions(doc)) {
    raw.push({ start: m.start, end: m.end, tokenStart: m.tokenStart, tokenEnd: m.tokenEnd, actor: m.actor, place: isPlaceActor(m.actor, m.via) && m.via !== 'nisba', nisba: m.via === 'nisba', ...(m.via === 'capital' ? { capital: true } : {}), ...(m.place ? { city: true } : {}) });
  }
  for (const t of doc.titles) {
    if (!t.sector && !t.country) continue;
    raw.push({ start: t.start, end: t.end, tokenStart: t.tokenStart, tokenEnd: t.tokenEnd, actor: agent(t.sector, t.country, t.text, 'title'), place: false });
  }
  for (const e of doc.entities) {
    if (!e.actor && e.type !== 'LOC' && e.type !== 'GPE') continue;
    const { tokenStart, tokenEnd } = tokOf(e.start, e.end);
    const actor = e.actor ?? null;
    if (!actor) continue;
    raw.push({ start: e.start, end: e.end, tokenStart, tokenEnd, actor, place: e.type === 'LOC' || (e.type === 'GPE' && isPlaceActor(actor)) });
  }
  // Instruments with a sector (aircraft, artillery): agents by implication. Sector nouns (civilians,
  // a patrol, a market, a church): sector-only heads.
  for (let i = 0; i < info.length; i++) {
    const ti = info[i]!;
    if (!ti.word || !ti.unitCue) continue;
    let done = false;
    for (const b of ti.bases) {
      const ins = lex.instrumentsAt(b);
      if (!ins) continue;
      for (const x of ins) {
        if (!x.sector) continue;
        const len = matchWords(x.pattern, info, i);
        if (len) {
          const t0 = doc.tokens[i]!;
          const t1 = doc.tokens[i + len - 1]!;
          const pronoun = len === 1 && ti.norm !== b && /(?:ه|ها|هم)$/.test(ti.norm) && !b.endsWith(ti.norm.slice(-1));
          raw.push({ start: t0.start, end: t1.end, tokenStart: i, tokenEnd: i + len, actor: agent(x.sector, null, doc.text.slice(t0.start, t1.end), 'instrument'), place: false, instrument: true, ...prepOf(ti.norm, b), ...(pronoun ? { pronoun } : {}) });
          done = true;
          break;
        }
      }
      break;
    }
    if (done) continue;
    // a sector noun right after an organization word is part of its name: "حزب العمال", "نقابة الصحفيين"
    if (i > 0 && ORG_HEADS.has(stripLead(info[i - 1]!.norm))) continue;
    // (a definite singular nisba right after a definite noun is its adjective: "الدفاع 【المدني】", "الطيران المدني", "الناشط
    // المدني")
    if (ti.definite && /ي$/.test(ti.norm) && i > 0 && info[i - 1]!.word && info[i - 1]!.definite && !info[i - 1]!.conjAttached && /^ال/.test(info[i - 1]!.norm)) continue;
    let best: { len: number; sector: string; b: string } | null = null;
    for (const b of ti.bases) {
      const sns = lex.sectorNounsAt(b);
      if (!sns) continue;
      for (const x of sns) {
        // (an adjective after its noun: "بيان 【صحفي】")
        if (x.notAfter && i > 0 && info[i - 1]!.bases.some((pb) => x.notAfter!.has(pb))) continue;
        const len = matchWords(x.pattern, info, i);
        if (len && (!best || len > best.len)) best = { len, sector: x.sector, b };
      }
      if (best) break;
    }
    if (best) {
      const t0 = doc.tokens[i]!;
      const t1 = doc.tokens[i + best.len - 1]!;
      raw.push({ start: t0.start, end: t1.end, tokenStart: i, tokenEnd: i + best.len, actor: agent(best.sector, null, doc.text.slice(t0.start, t1.end), 'agent'), place: false, head: true, ...prepOf(ti.norm, best.b) });
    }
  }
  // "دول" in construct before an international organization is its member states: "ودول 【آسيان】" is one party with the
  // organization (and its و coordinates it with the party before)
  for (const u of raw) {
    if (u.actor?.kind !== 'igo' || u.tokenStart === 0) continue;
    const k = u.tokenStart - 1;
    const t = info[k]!;
    if (t.word && (t.norm === 'دول' || t.norm === 'ودول') && doc.tokens[k]!.end <= u.start) {
      u.start = doc.tokens[k]!.start + (t.norm === 'ودول' ? 1 : 0);
      u.tokenStart = k;
    }
  }
  // Keep the longest piece where pieces overlap; a title that contains a nisba takes its country.
  raw.sort((x, y) => x.start - y.start || y.end - x.end);
  const pieces: Unit[] = [];
  for (const u of raw) {
    const last = pieces[pieces.length - 1];
    if (last && u.start < last.end) {
      if (last.actor && u.actor && sectorOnly(last.actor) && !isCountryOnly(u.actor) && u.actor.code.length > 3) {
        // a title around a named group or body: "مقاتلي داعش" is the group
        last.actor = u.actor;
      } else if (last.actor && u.actor && last.actor.kind === 'title' && (u.actor.kind === 'armed_group' || u.actor.kind === 'party') && (!last.actor.country || last.actor.country === u.actor.country)) {
        // a member of a named group: "انتحاري من حركة الشباب", "مسلحون من حزب العمال الكردستاني"
        last.actor = u.actor;
      } else if (last.actor && u.actor && !last.actor.country && u.actor.country && sectorOnly(last.actor)) {
        last.actor = agent(last.actor.sector, u.actor.country, doc.text.slice(last.start, last.end));
      } else if (last.actor && u.actor && last.instrument && u.end > last.end) {
        pieces[pieces.length - 1] = u;
      }
      continue;
    }
    pieces.push({ ...u });
  }
  // One-word honorifics and ranks of the titles layer (roles.honorificTitles of the event lexicon: الشيخ، الدكتور، اللواء),
  // by token: between a title and the person's name they are part of the one phrase ("وزير العدل 【الشيخ】 وليد الصمعاني",
  // "وزير الخارجية 【الدكتور】 عادل الجبير").
  const honorific = new Uint8Array(info.length);
  for (const t of doc.titles) if (t.tokenEnd - t.tokenStart === 1 && !info[t.tokenStart]!.conjAttached && lex.honorificTitle(info[t.tokenStart]!.bases)) honorific[t.tokenStart] = 1;
  /** A one-token span on an honorific ("الدكتور"). */
  const honorificSpan = (x: { tokenStart: number; tokenEnd: number }) => x.tokenEnd - x.tokenStart === 1 && honorific[x.tokenStart] === 1;
  // Combine neighbours, allowing adjective words between them that agree in definiteness.
  const out: Unit[] = [];
  for (const u of pieces) {
    const prev = out[out.length - 1];
    // (the honorific itself joins neither side: the title and the name after it combine over it)
    if (honorificSpan(u) && u.actor?.kind === 'title' && prev?.actor?.kind === 'title' && prev.tokenEnd === u.tokenStart) continue;
    if (prev && prev.actor?.kind === 'title' && u.actor?.kind === 'person' && u.tokenStart > prev.tokenEnd && u.tokenStart - prev.tokenEnd <= 2 && info[prev.tokenEnd - 1]!.clause === info[u.tokenStart]!.clause) {
      let k = prev.tokenEnd;
      while (k < u.tokenStart && honorific[k]) k++;
      const c = k === u.tokenStart ? combine(prev, u, doc) : null;
      if (c) {
        out[out.length - 1] = c;
        continue;
      }
    }
    // a title head in construct (no article) that runs on through words the actor layer did not resolve, places and
    // bodies, to the person's name: "ثمن 【رئيس】 الغرفة التجارية والصناعية بمنطقة حائل 【خالد السيف】" is one person
    if (u.actor?.kind === 'person' && prev) {
      const t = longTitleBefore(doc, out, u, info, lex, honorificSpan);
      if (t >= 0) {
        const c = combine(out[t]!, u, doc);
        if (c) {
          out.splice(t, out.length - t, c);
          continue;
        }
      }
    }
    // a definite noun or a sound plural with its ن cannot head a construct: "قتل الجيش | مدنيين", "خطف مسلحون | صحفيين",
    // "استهدفت الطائرات | السفارة الأميركية" (only a person's name stands beside it in apposition: "المتحدث كيري"); a named
    // body of two words is no adjective ("اتهم الوزير | الميليشيات الحوثية")
    if (prev && prev.tokenEnd === u.tokenStart && !u.nisba && !u.place && noConstruct(info[prev.tokenEnd - 1]!) && prev.actor && u.actor && !isCountryOnly(u.actor) && ((sectorOnly(u.actor) && u.actor.kind !== 'person') || u.actor.kind === 'agent' || u.actor.kind === 'title' || (u.actor.kind !== 'person' && (!adjectiveShaped(info[u.tokenStart]!) || (u.tokenEnd - u.tokenStart > 1 && NAMED_BODY_KINDS.has(u.actor.kind ?? '')))))) {
      out.push(u);
      continue;
    }
    // (nor does a place: a person named by a definite title right after it is another party, "خلال زيارة إلى القاهرة |
    // الأمين العام للجامعة العربية")
    if (prev && prev.place && prev.tokenEnd === u.tokenStart && u.actor?.kind === 'person' && info[u.tokenStart]!.definite && noConstruct(info[prev.tokenEnd - 1]!)) {
      out.push(u);
      continue;
    }
    if (prev && canBridge(prev.tokenEnd, u.tokenStart, info, lex, prev, u, doc)) {
      const c = combine(prev, u, doc, unitPrep(u, doc, info));
      if (c) {
        out[out.length - 1] = c;
        continue;
      }
    }
    out.push(u);
  }
  // A group's apposition naming its parent ("جبهة النصرة 【ذراع】 تنظيم القاعدة في سوريا", "ولاية سيناء فرع داعش"): one unit,
  // the group itself, so that the parent is taken for no object (`roles.groupAppositions`)
  for (let j = 0; j + 1 < out.length; j++) {
    const a = out[j]!;
    const b = out[j + 1]!;
    // (past the closing mark of a quoted name: "تنظيم «جبهة النصرة» ذراع تنظيم القاعدة")
    const k = a.tokenEnd + (closingQuoteAt(doc, a.tokenEnd) ? 1 : 0);
    if (b.tokenStart !== k + 1 || !info[k]?.word || !lex.groupApposition(info[k]!.bases)) continue;
    if (!a.actor || !b.actor || a.place || b.place || isCountryOnly(a.actor) || isCountryOnly(b.actor) || sectorOnly(a.actor)) continue;
    out.splice(j, 2, { ...a, end: b.end, tokenEnd: b.tokenEnd });
  }
  // A title phrase right after a person's name (no و on it, at most a comma between) is the person's apposition, not a
  // second party: "الأمير فيصل بن بندر 【أمير منطقة الرياض】", "أحمد لنجاوي، 【نائب الرئيس التنفيذي】", "هادي إليامي 【رئيس لجنة
  // حقوق الإنسان العربية】". A title of another country is another person ("استقبل الملك سلمان وزير الخارجية الأمريكي"); a
  // title followed by its own name was combined with it above and is a person, not a title. A name no source resolved
  // (a tagger person) is covered by the title's unit, which takes the name's place as the party.
  const titleAt = new Set<number>();
  for (const t of doc.titles) if (!t.plural && !honorificSpan(t)) titleAt.add(t.tokenStart);
  const bareNameEnd = new Map<number, number>();
  const nameEnd = new Set<number>();
  /** The end of the person entity that goes on past a token (a name the knowledge base matched in part: "محمد بن سلمان 【بن عبدالعزيز】"). */
  const nameRunsTo = new Map<number, number>();
  for (const e of doc.entities) {
    if (e.type !== 'PER') continue;
    const { tokenStart, tokenEnd } = tokOf(e.start, e.end);
    nameEnd.add(tokenEnd);
    for (let t = tokenStart; t < tokenEnd - 1; t++) nameRunsTo.set(t, tokenEnd);
    // (a name with a proclitic outside it, "لعادل إمام", is no subject standing before its title)
    if (!e.actor && e.start === doc.tokens[tokenStart]!.start) bareNameEnd.set(tokenEnd, tokenStart);
  }
  // a known person's unit ends with the person's name as the entities layer reads it: "الملك سلمان بن عبدالعزيز 【آل سعود】"
  // (the knowledge base's form stops earlier; the words left over would keep a light verb from its noun)
  for (let j = 0; j < out.length; j++) {
    const u = out[j]!;
    const to = u.actor?.kind === 'person' ? nameRunsTo.get(u.tokenEnd - 1) : undefined;
    if (to === undefined || to <= u.tokenEnd || (j + 1 < out.length && out[j + 1]!.tokenStart < to)) continue;
    out[j] = { ...u, end: doc.tokens[to - 1]!.end, tokenEnd: to };
  }
  /** Person units that already took an apposition: a further title after one is the same person's (a chain of offices). */
  const apposed = new Set<Unit>();
  /** Replaces units j - 1 and j with `merged`, a person that took its apposition. */
  const appose = (j: number, merged: Unit) => {
    out.splice(j - 1, 2, merged);
    apposed.add(merged);
  };
  for (let j = 0; j < out.length; j++) {
    const b = out[j]!;
    const bActor = b.actor;
    // (an office that the actor layer resolved to the very person named before it: "الأمير محمد بن سلمان 【ولي ولي العهد】")
    const prevUnit = j > 0 ? out[j - 1]! : null;
    if (bActor?.kind === 'person' && prevUnit?.actor?.kind === 'person' && prevUnit.actor.id === bActor.id && titleAt.has(b.tokenStart) && !info[b.tokenStart]!.conjAttached) {
      const reach = prevUnit.tokenEnd === b.tokenStart || nameRunsTo.get(prevUnit.tokenEnd - 1) === b.tokenStart;
      if (reach) {
        appose(j, { ...prevUnit, end: b.end, tokenEnd: b.tokenEnd });
        j--;
        continue;
      }
    }
    if (!bActor || (bActor.kind !== 'title' && bActor.kind !== 'agent') || !titleAt.has(b.tokenStart) || b.place || b.prep) continue;
    if (info[b.tokenStart]!.conjAttached || unitPrep(b, doc, info)) continue;
    // (a title with its own name after it, kept apart by an honorific, is that person's: "… 【الدكتور】 عبداللطيف الزياني")
    const next = out[j + 1];
    if (next && next.tokenStart === b.tokenEnd && next.actor?.kind === 'person') continue;
    const comma = b.tokenStart > 0 && info[b.tokenStart - 1]!.punct && info[b.tokenStart - 1]!.norm === ',';
    const end = comma ? b.tokenStart - 1 : b.tokenStart;
    let a = j > 0 ? out[j - 1]! : null;
    if (a && a.tokenEnd < end && a.actor?.kind === 'person' && nameRunsTo.get(a.tokenEnd - 1) === end) a = { ...a, end: doc.tokens[end - 1]!.end, tokenEnd: end };
    if (a && a.tokenEnd === end && a.actor?.kind === 'person' && (nameEnd.has(end) || apposed.has(out[j - 1]!)) && !a.prep) {
      const pc = a.actor.country;
      if (pc && bActor.country && pc !== bActor.country) continue;
      const actor = pc ? a.actor : { ...a.actor, country: bActor.country, sector: bActor.sector, code: bActor.code };
      appose(j, { ...a, end: b.end, tokenEnd: b.tokenEnd, actor });
      j--;
      continue;
    }
    const nameStart = bareNameEnd.get(end);
    if (nameStart === undefined || (a && a.tokenEnd > nameStart) || info[nameStart]!.conjAttached) continue;
    // (an honorific right before the name belongs to the phrase: "وحث 【الدكتور】 أحمد الخازم رئيس …")
    if (a && a.tokenEnd === nameStart && honorificSpan(a)) {
      out.splice(j - 1, 2, { ...b, start: a.start, tokenStart: a.tokenStart, ...(a.prep ? { prep: a.prep } : {}) });
      j--;
    } else out[j] = { ...b, start: doc.tokens[nameStart]!.start, tokenStart: nameStart };
  }
  // Forces loyal to a government or a leader: "القوات 【الموالية】 للرئيس هادي", "قوات الجيش الموالية للحكومة اليمنية" are
  // that side's military (the loyal-to actor's country, sector MIL); not a bare country, whose loyalists may fight
  // abroad ("الانفصاليين الموالين لروسيا"), nor a place.
  for (let j = 0; j < out.length; j++) {
    const right = out[j]!;
    const k = right.tokenStart - 1;
    // (forces "belonging to" a government or its army are its military too: "القوات 【التابعة】 للحكومة الرسمية"; not those of
    // a party or a militia, which the affiliation rules name)
    const owned = OWNED_FORCE.has(info[k]?.norm ?? '');
    if (k < 1 || !info[k]!.word || !(LOYAL.has(info[k]!.norm) || owned) || !lex.loyalForce(info[k - 1]!.bases)) continue;
    // (a government of no country yet, "للحكومة الرسمية", takes the story's country later, as its military will)
    // (a ministry's forces are its own: "القوات التابعة لوزارة الداخلية" are police, not the army)
    const ownedGov = owned && (right.actor?.sector === 'GOV' || right.actor?.sector === 'MIL') && !/:(?:moi|interior)$/.test(right.actor?.id ?? '') && !(right.actor?.kind === 'gov_body' && /^(?:ال)?وزار/.test(info[right.tokenStart]!.norm.replace(/^[وف]?ل/, '')));
    if (owned && !ownedGov) continue;
    if (!(right.actor?.country || ownedGov) || right.place || isCountryOnly(right.actor!) || unitPrep(right, doc, info) !== 'ل') continue;
    // (a unit that ends with the force word, "قوات الجيش", is part of the phrase)
    const left = j > 0 && out[j - 1]!.tokenEnd === k && out[j - 1]!.tokenStart <= k - 1 ? out[j - 1]! : null;
    const start = left ? left.start : doc.tokens[k - 1]!.start;
    const tokenStart = left ? left.tokenStart : k - 1;
    const unit: Unit = { start, end: right.end, tokenStart, tokenEnd: right.tokenEnd, actor: agent('MIL', right.actor!.country ?? null, doc.text.slice(start, right.end)), place: false, ...(left?.prep ? { prep: left.prep } : prepOf(info[tokenStart]!.norm, info[tokenStart]!.norm.replace(/^[وف]?[بل]/, ''))) };
    if (left) out.splice(--j, 2, unit);
    else out.splice(j, 1, unit);
  }
  return out;
}

/** Organization words that a sector noun after them names (normalized, without ال). */
const ORG_HEADS = new Set(['حزب', 'نقابه', 'اتحاد', 'جمعيه', 'رابطه', 'هيئه', 'منظمه', 'لجنه', 'مجلس', 'تجمع', 'جبهه']);
function stripLead(n: string): string {
  if ((n[0] === 'و' || n[0] === 'ف') && n.length > 4) n = n.slice(1);
  if ((n[0] === 'ب' || n[0] === 'ل') && n.length > 4 && !n.startsWith('لل')) n = n.slice(1);
  if (n.startsWith('لل')) n = n.slice(2);
  else if (n.startsWith('ال')) n = n.slice(2);
  return n;
}

/** The word cannot be the first term of a construct: it has the article, or a sound plural's ن (مسلحون، مدنيين). */
function noConstruct(t: TokenInfo): boolean {
  const n = (t.norm[0] === 'و' || t.norm[0] === 'ف') && t.norm.length > 4 ? t.norm.slice(1) : t.norm;
  return n.startsWith('ال') || n.startsWith('لل') || soundPlural(t.norm);
}

/** A sound masculine plural with its ن (normalized, و or ف allowed before it): مسلحون، المسؤولين, a crowd rather than one person. */
export function soundPlural(norm: string): boolean {
  return soundPluralEnding((norm[0] === 'و' || norm[0] === 'ف') && norm.length > 4 ? norm.slice(1) : norm);
}

/** Kinds of a named body whose name of two words or more is no adjective, whatever its first word ends in ("الميليشيات الحوثية"). */
const NAMED_BODY_KINDS: ReadonlySet<string> = new Set(['armed_group', 'party', 'igo', 'ngo', 'gov_body', 'media', 'company']);

/** A nisba-shaped word, which may be an adjective of the noun before it ("المتمردين 【الحوثيين】"). */
function adjectiveShaped(t: TokenInfo): boolean {
  return /(?:ي|يه|يين|يون|يات)$/.test(t.norm);
}

/** Normalized forms (ة → ه) of "loyal to" after a force word. */
const LOYAL = new Set(['المواليه', 'مواليه', 'الموالين', 'موالين', 'الموالون', 'موالون']);

/** Normalized forms (ة → ه). */
const AFFILIATED = new Set(['تابعون', 'تابعين', 'التابعين', 'التابعون', 'تابعه', 'التابعه', 'تابع', 'التابع', 'موالون', 'موالين', 'الموالين', 'المواليه', 'مواليه']);

/** "Belonging to" after a force word, the plural and feminine forms of تابع among AFFILIATED: القوات التابعة للحكومة. */
const OWNED_FORCE = new Set([...AFFILIATED].filter((w) => w.includes('تابع') && w !== 'تابع' && w !== 'التابع'));

/** A closing quotation mark as token k ("»", "”", a straight quote): the end of a quoted name. */
export function closingQuoteAt(doc: RasidDocument, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && t.kind === 'punct' && /^["»”']/.test(t.text);
}

/** Tokens between two pieces that may be skipped to combine them: up to two adjective-like words. */
function canBridge(from: number, to: number, info: TokenInfo[], lex: EventLexicon, left?: Unit, right?: Unit, doc?: RasidDocument): boolean {
  // never across a clause break: a headline's last word and the body's first ("ومقتل 5 من الشرطة | هزت تركيا")
  if (from > 0 && info[from - 1]!.clause !== info[to]?.clause) return false;
  if (to === from) return !info[to]?.conjAttached;
  const named = !!right?.actor && !isCountryOnly(right.actor) && right.actor.code.length > 3;
  // "مسلحين من حزب العمال الكردستاني", "عناصر من داعش": members of a named group
  if (to === from + 1 && info[from]!.norm === 'من' && left && right && sectorOnly(left.actor) && named) return true;
  // "241 جنديا من 【قوات】 المارينز الأميركية": the same through a force word in construct with the group's name
  if (to === from + 2 && info[from]!.norm === 'من' && left && right && sectorOnly(left.actor) && named && info[from + 1]!.word && !info[from + 1]!.definite && lex.loyalForce(info[from + 1]!.bases)) return true;
  // "مسلحون تابعون لميليشيا ...", "مقاتلون تابعون للجيش الحر": affiliated with a named group
  if (to === from + 1 && left && right && doc && sectorOnly(left.actor) && named && AFFILIATED.has(info[from]!.norm) && unitPrep(right, doc, info) === 'ل') return true;
  if (to - from > 2) return false;
  // adjectives between a head and a nisba or country only (القوات الجوية الإيرانية), never before a preposition
  if (right && (!(right.nisba || isCountryOnly(right.actor)) || (doc && unitPrep(right, doc, info)))) return false;
  const defRight = info[to]?.definite ?? false;
  for (let k = from; k < to; k++) {
    const ti = info[k]!;
    if (!ti.word || ti.trigger || ti.conjAttached) return false;
    if (ti.definite !== defRight) return false;
    const f = ti.flags;
    if (f & (W.STOP | W.TARGET | W.PARTNER | W.BETWEEN | W.QUANT | W.REPORT | W.DENY | W.NEG)) return false;
    if (lex.lightVerb(ti.base)) return false;
  }
  return true;
}

/** Length of a match of a pattern starting at token i (0 when none). */
export function matchWords(pattern: string[][], info: TokenInfo[], i: number): number {
  for (let k = 0; k < pattern.length; k++) {
    const ti = info[i + k];
    if (!ti || !ti.word) return 0;
    const alts = pattern[k]!;
    if (!ti.bases.some((b) => alts.includes(b))) return 0;
  }
  return pattern.length;
}

/** Coordinated groups: units joined by و, a comma, or written side by side (nisba chains). */
export function buildGroups(units: Unit[], info: TokenInfo[], doc?: RasidDocument): Group[] {
  const groups: Group[] = [];
  for (const u of units) {
    const g = groups[groups.length - 1];
    if (g && coordinated(g.tokenEnd, u, info, g.units[g.units.length - 1]!, doc)) {
      g.units.push(u);
      g.end = u.end;
      g.tokenEnd = u.tokenEnd;
      continue;
    }
    groups.push({ start: u.start, end: u.end, tokenStart: u.tokenStart, tokenEnd: u.tokenEnd, units: [u] });
  }
  return groups;
}

function coordinated(prevEnd: number, u: Unit, info: TokenInfo[], prev: Unit, doc?: RasidDocument): boolean {
  // (a unit with an attached preposition after a comma starts a phrase of its own: "الأمير محمد بن سلمان، 【لمصر】")
  if (doc && u.tokenStart > prevEnd && info[prevEnd]?.norm === ',' && !info[u.tokenStart]?.conjAttached && unitPrep(u, doc, info) && !unitPrep(prev, doc, info)) return false;
  // (not across a clause break other than a comma: a headline's last word and the body's first)
  if (prevEnd > 0 && info[prevEnd - 1]!.clause !== info[u.tokenStart]?.clause && !(info[prevEnd]?.punct && info[prevEnd]!.norm === ',')) return false;
  if (u.tokenStart === prevEnd) {
    // "والإمارات" (و attached) or two nisbas side by side ("العربية الأمريكية")
    if (info[u.tokenStart]?.conjAttached) return true;
    const t = doc?.tokens[u.tokenStart];
    if (t && u.start > t.start && doc!.text.charCodeAt(t.start) === 0x648) return true;
    return !!prev.nisba && !!u.nisba && isCountryOnly(prev.actor) && isCountryOnly(u.actor);
  }
  if (u.tokenStart === prevEnd + 1) {
    const mid = info[prevEnd]!;
    return mid.norm === 'و' || mid.norm === ',' || mid.norm === 'او';
  }
  if (u.tokenStart === prevEnd + 2) {
    const a = info[prevEnd]!;
    const b = info[prevEnd + 1]!;
    return a.norm === ',' && (b.norm === 'و' || b.norm === 'او');
  }
  return false;
}

/** The event argument of a group: one actor, or coordinated members. */
export function argumentOf(g: Group, doc: RasidDocument, material = false): EventArgument {
  const text = doc.text.slice(g.start, g.end);
  // In material events a capital is the city, not the government ("قصف دمشق").
  const actorOf = (u: Unit): Actor | null => (material && u.capital && u.actor?.country && u.actor.sector ? agent(null, u.actor.country, doc.text.slice(u.start, u.end), 'place') : u.actor);
  if (g.units.length === 1) {
    const u = g.units[0]!;
    const a = actorOf(u);
    return { start: u.start, end: u.end, text, ...(a ? { actor: a } : {}) };
  }
  const members: EventArgument[] = g.units.map((u) => {
    const a = actorOf(u);
    return { start: u.start, end: u.end, text: doc.text.slice(u.start, u.end), ...(a ? { actor: a } : {}) };
  });
  // a title and the name of one person in apposition ("الرئيس التركي، رجب طيب أردوغان") are one actor
  const first = members[0]!.actor;
  if (first && first.kind === 'person' && members.every((m) => m.actor?.id === first.id)) return { start: g.start, end: g.end, text, actor: first };
  const codes = [...new Set(members.map((m) => m.actor?.code).filter((c): c is string => !!c))];
  return { start: g.start, end: g.end, text, members, codes };
}

/**
 * The index in `out` of a title head in construct (one word without the article or a pronoun: رئيس، مدير، وكيل) whose
 * title runs on to the person `u` through up to seven plain words (no trigger, no cue but a quantity or a place noun, no
 * punctuation), units of places and bodies and an honorific before the name; -1 when there is none.
 */
function longTitleBefore(doc: RasidDocument, out: Unit[], u: Unit, info: TokenInfo[], lex: EventLexicon, honorificSpan: (x: Unit) => boolean): number {
  let j = out.length - 1;
  let k = u.tokenStart - 1;
  while (j >= 0 && u.tokenStart - k <= 8) {
    const p = out[j]!;
    if (p.tokenEnd > k + 1) return -1;
    // plain words between the last unit and the person
    for (; k >= p.tokenEnd; k--) {
      const t = info[k]!;
      // (في / لدى of a title's place or body: "القاضي 【في】 محكمة المواريث 【في】 القطيف الشيخ محمد الجيراني")
      if (t.word && lex.affiliationPrep(t.norm) && t.clause === info[u.tokenStart]!.clause) continue;
      if (!t.word || t.trigger || (t.flags & ~(W.QUANT | W.PLACE_HEAD | W.PLACE_PREP | W.METAPHOR)) !== 0 || t.clause !== info[u.tokenStart]!.clause || lex.lightVerb(t.base)) return -1;
      // (an indefinite noun with ب is the verb's complement, no word of a title: "رحب رئيس اللجنة 【بانضمام】 الأمير …")
      // (not a word of leading or naming: "فريق 【بقيادة】 مساعد مدير …", "برئاسة", "باسم")
      if (!t.flags && !t.definite && procliticPrep(doc, k) === 'ب' && !/^[وف]?ب(?:قياده|رئاسه|اسم)$/.test(t.norm)) return -1;
    }
    // (an honorific before the name is part of the title: "وزير الدولة للشؤون الخارجية 【الدكتور】 نزار مدني")
    if (p.actor?.kind === 'title' && honorificSpan(p) && j > 0) {
      k = p.tokenStart - 1;
      j--;
      continue;
    }
    if (p.actor?.kind === 'title') {
      if (p.tokenEnd - p.tokenStart !== 1 || p.tokenEnd === u.tokenStart) return -1;
      const h = info[p.tokenStart]!;
      const n = h.conjAttached ? h.norm.slice(1) : h.norm;
      // (a definite head only with its place or body after في / لدى: "القاضي في محكمة …")
      const affiliated = lex.affiliationPrep(info[p.tokenEnd]?.norm ?? '');
      return ((n.startsWith('ال') || n.startsWith('لل')) && !affiliated) || (/(?:ه|ها|هم)$/.test(n) && !h.bases.includes(n)) ? -1 : j;
    }
    // a place or body inside the title ("وكيل إمارة 【منطقة الباحة】", "لرابطة 【العالم الإسلامي】")
    if (!p.actor || p.actor.kind === 'person' || p.instrument || p.head) return -1;
    k = p.tokenStart - 1;
    j--;
  }
  return -1;
}
