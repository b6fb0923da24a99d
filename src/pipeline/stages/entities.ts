/**
 * Entities stage: tags each sentence with the trained NER tagger (both passes over the whole
 * document) and combines the tags with actor mentions and title phrases (src/ner/entities.ts;
 * policy in docs/ner.md). Fills doc.entities (layer "entities").
 */
import type { RasidDocument } from '../../doc/document.ts';
import type { Entity, LayerName, TitleMention } from '../../doc/types.ts';
import type { ActorKB } from '../../actors/kb.ts';
import { storyCountry } from '../../actors/resolve.ts';
import { analyzeClitics } from '../../ner/clitics.ts';
import { combineEntities } from '../../ner/entities.ts';
import type { NerTagger } from '../../ner/model.ts';
import type { NotEntities } from '../../ner/not-entities.ts';
import type { Stage } from '../stage.ts';
import type { LetterNames } from '../../text/acronyms.ts';
import { creditsOutlet, type SourceData } from '../../text/paragraphs.ts';

/** Layers the stage reads when an earlier stage provides them. */
export const ENTITY_INPUTS: readonly LayerName[] = ['sentences', 'words', 'actors', 'titles', 'dates'];

export class EntityStage implements Stage {
  readonly name = 'entities';
  readonly requires: readonly LayerName[];
  readonly provides = ['entities'] as const;

  /** `available`: the layers earlier stages provide; the stage requires those of ENTITY_INPUTS among them. */
  constructor(
    private readonly tagger: NerTagger,
    private readonly kb: ActorKB | null,
    available: readonly LayerName[] = ENTITY_INPUTS,
    private readonly notEntities?: NotEntities,
    private readonly letters?: LetterNames,
    private readonly sources?: SourceData,
  ) {
    this.requires = ['tokens', ...ENTITY_INPUTS.filter((l) => available.includes(l))];
  }

  process(doc: RasidDocument): void {
    const tokens = doc.tokens;
    const ranges: [number, number][] = [];
    if (doc.sentences.length) {
      for (const s of doc.sentences) if (s.tokenEnd > s.tokenStart) ranges.push([s.tokenStart, s.tokenEnd]);
    } else {
      // no sentence layer: split after sentence-final punctuation
      let from = 0;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i]!;
        if (t.kind === 'punct' && /^[.!?؟]+$/.test(t.text)) {
          ranges.push([from, i + 1]);
          from = i + 1;
        }
      }
      if (from < tokens.length) ranges.push([from, tokens.length]);
    }
    const sentences = ranges.map(([a, b]) => {
      const s: string[] = new Array(b - a);
      for (let i = a; i < b; i++) s[i - a] = tokens[i]!.text;
      return s;
    });
    const tagged = this.tagger.tagDocument(sentences);
    const tags: string[] = new Array(tokens.length).fill('O');
    ranges.forEach(([a], k) => {
      const t = tagged[k]!;
      for (let i = 0; i < t.length; i++) tags[a + i] = t[i]!;
    });
    const kb = this.kb;
    const vocab = this.tagger.vocabulary;
    const isNameOf = (id: string, name: string) => !!kb && kb.find(name).some((h) => h.entry.id === id);
    doc.entities = combineEntities({
      text: doc.text,
      tokens,
      tags,
      mentions: doc.actorMentions,
      titles: doc.titles,
      notEntities: this.notEntities,
      acronyms: this.letters?.find(tokens),
      dateRanges: doc.has('dates') ? doc.dates.map((d) => [d.start, d.end] as [number, number]) : undefined,
      outletLines: this.sources ? doc.paragraphs.filter((p) => p.kind === 'source-line' && creditsOutlet(p.text, this.sources!)).map((p) => [p.start, p.end] as [number, number]) : undefined,
      isLetterName: this.letters ? (norm) => this.letters!.letterOf(norm) !== undefined : undefined,
      eponym: kb
        ? {
            head: (w) => (kb.context.eponymPlaceHeads.has(w) ? 'LOC' : kb.context.eponymHeads.has(w) ? 'ORG' : null),
            title: (w) => kb.context.eponymTitles.has(w),
          }
        : undefined,
      placeName: kb && kb.wordFreq.size ? { head: (w) => kb.context.placeNameHeads.has(w), rare: (w) => !kb.wordFreq.has(w), dualHead: (w) => kb.context.placeNameDualHeads.has(w), stop: (w) => kb.context.stop.has(w), frequent: (w) => (kb.wordFreq.get(w) ?? 0) >= 500, quotedHead: (w) => kb.context.placeNameHeads.has(w) || kb.context.featureHeads.has(w) } : undefined,
      facility:
        kb && kb.wordFreq.size
          ? { head: (w) => (kb.context.facilityPlaceHeads.has(w) ? 'place' : kb.context.facilityHeads.has(w) ? 'name' : kb.context.featureHeads.has(w) ? 'feature' : null), rare: (w) => !kb.wordFreq.has(w), isCountryName: (t) => kb.find(t).some((h) => h.entry.kind === 'country' || h.entry.kind === 'territory'), headPrefix: (w) => kb.context.facilityHeadPrefixes.has(w) }
          : undefined,
      isPersonWord: (norm) => this.tagger.isPersonNameWord(norm),
      isNameWordOf: (norm, type) => this.tagger.isPlaceOrOrgNameWord(norm, type),
      isTitleWord: (norm) => this.tagger.isTriggerWord(norm, 'PTITLE') || (!norm.startsWith('ال') && this.tagger.isTriggerWord('ال' + norm, 'PTITLE')),
      isStopWord: kb ? (norm) => kb.context.stop.has(norm) : undefined,
      isOrgHead: (norm) => this.tagger.isTriggerWord(norm, 'OHEAD'),
      outlets: kb
        ? {
            head: (w) => kb.context.mediaHeads.has(w),
            channelHead: (w) => kb.context.mediaChannelHeads.has(w),
            reportWord: (w) => kb.context.mediaReportWords.has(w),
            notName: (w) => kb.context.mediaNotNames.has(w),
            isNameOf,
          }
        : undefined,
      groups: kb
        ? {
            head: (w) => kb.context.groupHeads.has(w),
            adjective: (w) => kb.context.groupAdjectives.has(w),
            isNameOf,
            isCountryNisba: (w) => kb.find(w).some((h) => h.via === 'nisba' && h.entry.kind === 'country'),
          }
        : undefined,
      body: kb
        ? {
            head: (w) => kb.context.bodyHeads.has(w),
            definiteHead: (w) => kb.context.bodyHeadsDefinite.has(w),
            stop: (w) => kb.context.stop.has(w),
            notAdjective: (w) => kb.context.bodyNotAdjectives.has(w),
            title: (norm) => this.tagger.isTriggerWord(norm, 'PTITLE') || (!norm.startsWith('ال') && this.tagger.isTriggerWord('ال' + norm, 'PTITLE')),
          }
        : undefined,
      institution: kb
        ? { head: (w) => kb.context.institutionHeads.has(w), fieldStop: (w) => kb.context.institutionFieldStop.has(w), stop: (w) => kb.context.stop.has(w), deputy: (w) => kb.context.institutionDeputyTitles.has(w) }
        : undefined,
      isOrgNameSuffix: kb ? (norm) => kb.context.orgNameSuffixes.has(norm) : undefined,
      isAnaphor: kb ? (norm) => kb.anaphors.has(norm) || kb.anaphors.has('ال' + norm) : undefined,
      // without the text layer's clitic analysis, the tagger's own (vocabulary-checked) one
      procliticLength: doc.has('words') ? undefined : (t) => (t.kind === 'word' ? analyzeClitics(t.norm, vocab).pre.length : 0),
    });
    stateOfficeHolders(doc);
    shortNameRefs(doc);
  }
}

/**
 * A person's name again, or its short name, after the full one ("وزير الخارجية التركي مولود جاوش اوغلو … وقال 【جاوش اوغلو】"): a person
 * entity with no actor whose words are the last words (or all) of exactly one earlier person entity with a person actor refers
 * to it (ref, and its actor). The actor layer links short names of the people it made itself; this covers the names
 * it resolved through a title or apposition, and short names it will not read alone ("صالح", "هادي") that the tagger
 * reads as a person's. Two earlier people with those last words (one with no actor too) make it ambiguous: no link.
 */
function shortNameRefs(doc: RasidDocument): void {
  const words = (e: Entity) => (e.norm ?? e.text).split(/\s+/).filter(Boolean);
  const known: { words: string[]; e: Entity }[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'PER') continue;
    const w = words(e);
    // (every earlier person of two words or more counts for ambiguity, one with no actor too)
    const add = () => {
      if (e.actor || w.length > 1) known.push({ words: w, e });
    };
    // (the last word three letters at least: no "بن", "أبو" alone)
    if (e.actor || !w.length || w[w.length - 1]!.length < 3) {
      add();
      continue;
    }
    let found: Entity | null = null;
    let ambiguous = false;
    for (const k of known) {
      if (k.words.length < w.length) continue;
      let tail = true;
      for (let i = 1; i <= w.length && tail; i++) tail = k.words[k.words.length - i] === w[w.length - i];
      if (!tail) continue;
      // (a longer name with no actor is another person; the same name with none was left unlinked before)
      if (!k.e.actor) {
        if (k.words.length > w.length) ambiguous = true;
      } else if (k.e.actor.kind !== 'person' || (found && found.actor!.id !== k.e.actor.id)) ambiguous = true;
      else found ??= k.e;
    }
    if (found && !ambiguous) {
      e.actor = found.actor;
      e.ref = found.id;
    }
    add();
  }
}

/** Sectors of civil state offices (military and police ranks and guards name people of sport and history too). */
const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD']);

/**
 * A person no source resolved, with a state office of no stated country right before or after the name ("الشيخ محمد
 * خالد الحمد الصباح 【نائب رئيس مجلس الوزراء】"), in a story about one country (storyCountry), holds that office there: a
 * person of the document with the country and the office's sector.
 */
function stateOfficeHolders(doc: RasidDocument): void {
  // (with no story country, only people of a known country take an office's sector)
  const sc = storyCountry(doc.actorMentions, false, doc.text);
  if (!sc && !doc.entities.some((e) => e.type === 'PER' && e.actor?.country && !e.actor.sector)) return;
  const toks = doc.tokens;
  // titles by the token they end at and start at; tokens are words, so only commas may stand between a title and a name
  const endingAt = new Map<number, TitleMention[]>();
  const startingAt = new Map<number, TitleMention[]>();
  for (const x of doc.titles) {
    (endingAt.get(x.tokenEnd) ?? endingAt.set(x.tokenEnd, []).get(x.tokenEnd)!).push(x);
    (startingAt.get(x.tokenStart) ?? startingAt.set(x.tokenStart, []).get(x.tokenStart)!).push(x);
  }
  const comma = (i: number) => i >= 0 && i < toks.length && toks[i]!.kind === 'punct' && (toks[i]!.norm === '،' || toks[i]!.norm === ',');
  // sentences that name a country other than the story's (a mention wholly inside the sentence)
  const otherCountry = new Set<number>();
  for (const m of doc.actorMentions) {
    if (!sc || !m.actor.country || m.actor.country === sc) continue;
    const si = doc.sentenceAt(m.start);
    if (si >= 0 && m.end <= doc.sentences[si]!.end) otherCountry.add(si);
  }
  const office = (x: TitleMention) => !x.plural && STATE_SECTORS.has(x.sector ?? '') && !x.country && x.tokenEnd - x.tokenStart >= 2 && x.office !== 'ambassador';
  for (const e of doc.entities) {
    // (or a person of the document the actor layer found with no country, or with the story's country but no office's
    // sector: "الشيخ" names no office)
    // (a person of its own country with no sector, "… الحمد الصباح" by the family name, takes the office's sector only)
    if (e.type !== 'PER' || (e.actor && (!e.actor.id.startsWith('doc:') || (e.actor.country && e.actor.sector)))) continue;
    const own = e.actor?.country ?? null;
    if (!own && !sc) continue;
    const ts = doc.tokenAt(e.start);
    const te = doc.tokenAt(e.end - 1) + 1;
    // (nothing but spaces and commas between: not a name whose token carries a proclitic, "وسمو", nor a title that does)
    const before: TitleMention[] = [];
    for (let k = ts; e.start === toks[ts]!.start; k--) {
      before.push(...(endingAt.get(k) ?? []));
      if (!comma(k - 1)) break;
    }
    const after: TitleMention[] = [];
    for (let k = te; e.end === toks[te - 1]!.end; k++) {
      after.push(...(startingAt.get(k) ?? []).filter((x) => x.start === toks[k]!.start));
      if (!comma(k)) break;
    }
    // (an office named in two words or more, "وزير الداخلية", "نائب رئيس مجلس الوزراء": a bare "رئيس", "المسؤول" or "الملك"
    // heads clubs, companies and history too; an ambassador serves abroad)
    // (a title after the name only when another stands before it, "الشيخ X نائب رئيس مجلس الوزراء": after a verb and a bare
    // name the title may be the object, "واستقبل فهد الحربي وزير الخارجية")
    const t = before.find(office) ?? (before.length ? after.find(office) : undefined);
    if (!t) continue;
    // (not when the sentence names another country: the office may be that country's)
    const si = doc.sentenceAt(e.start);
    if (!own && (si >= 0 ? otherCountry.has(si) : doc.actorMentions.some((m) => m.start >= e.start && m.end <= e.end && m.actor.country && m.actor.country !== sc))) continue;
    const c = (own ?? sc)!;
    const role = { office: t.office, country: c, sector: t.sector };
    e.actor = e.actor ? { ...e.actor, code: c + t.sector, country: c, sector: t.sector, role } : { id: `doc:office:${e.start}`, code: c + t.sector, country: c, sector: t.sector, name: { ar: e.text }, kind: 'person', role };
  }
}
