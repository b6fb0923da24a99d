/**
 * The actor layer's context words (data/actors/context-words.txt): closed word lists that tell a
 * name, a title or a place from the words around it. One loader for the two readers: the resolver
 * (through ActorKB, as `kb.context`) and the knowledge-base build (scripts/build-actors.ts, the
 * `short_form_stop` and `import_*` sections). Words are normalized with normalize() when read; the
 * format and the meaning of every section are documented in the file's header.
 */
import { readFileSync } from 'node:fs';
import { RasidError } from '../errors.ts';
import { dataLines } from '../text/datafile.ts';
import { defaultCharMap, normalize, type CompiledCharMap } from '../text/normalize.ts';
import { dataPath } from '../util/paths.ts';

export const DEFAULT_CONTEXT_WORDS_FILE = dataPath('actors', 'context-words.txt');

/** The lists, as sets of normalized words (immutable after loading). */
export interface ActorContextWords {
  /** Function words, adverbs and verbs of saying that end a name after a title. */
  readonly stop: ReadonlySet<string>;
  /** Modifiers that may stand between a title and a name ("وزير الخارجية الأمريكي السابق جون كيري"). */
  readonly titleModifiers: ReadonlySet<string>;
  /** Indefinite modifiers after an indefinite title, before or after its nisba ("مسؤول عسكري أمريكي", "دبلوماسي أمريكي كبير"). */
  readonly titleModifiersIndefinite: ReadonlySet<string>;
  /** Name connectors that let an unknown name run on ("عبد الله بن زايد", "فون دير لاين"). */
  readonly connectors: ReadonlySet<string>;
  /** بن / ابن / بنت: a title word before one is a first name ("سلطان بن سلمان"). */
  readonly son: ReadonlySet<string>;
  /** Title words that are also adjectives after a definite noun (الأطراف الرئيسة "the main parties"). */
  readonly adjectiveTitles: ReadonlySet<string>;
  /** Title words that also mean "responsible": before عن right after a noun they are the adjective ("جهة مسؤولة عن"). */
  readonly responsibleTitles: ReadonlySet<string>;
  /** Plural nouns that end a title naming a group (وزراء، خبراء), with or without the article. */
  readonly pluralTitles: ReadonlySet<string>;
  /** Function words with an attached pronoun (لها، منها، قدره): no name word. */
  readonly suffixedFunctionWords: ReadonlySet<string>;
  /** Words heading a place or institution named after a person ("مدينة الملك سعود الطبية"). */
  readonly eponymHeads: ReadonlySet<string>;
  /** Eponym heads that are also common verbs when they open a clause (وقف). */
  readonly verbHeads: ReadonlySet<string>;
  /** Nouns that introduce a place name ("مدينة مشهد"، "محافظة حجة"). */
  readonly placeHeads: ReadonlySet<string>;
  /** Words after which a surname is a link in a longer name, not a short mention ("بن عبدالعزيز", "عبد الناصر"). */
  readonly nameChain: ReadonlySet<string>;
  /** One-word titles that without their hamza are frequent function words (امام = أمام "in front of"): matched only when written with it. */
  readonly titlesNeedHamza: ReadonlySet<string>;
  /** Body names that followed by على are verbal nouns ("القضاء على" eliminating, not the judiciary). */
  readonly verbalNounBodies: ReadonlySet<string>;
  /** One-word names that are also common nouns, read as the noun before a feminine adjective or after a demonstrative (القاعدة). */
  readonly commonNounNames: ReadonlySet<string>;
  /** Nouns after which a word of [common_noun_names] is the noun in an idiom ("نصيب الأسد"). */
  readonly commonNounHeads: ReadonlySet<string>;
  /** Demonstratives (هذه، تلك) for [common_noun_names]. */
  readonly demonstratives: ReadonlySet<string>;
  /** Titles an eponymous institution's name begins with (الملك، الأمير): "مدينة الملك عبدالعزيز". */
  readonly eponymTitles: ReadonlySet<string>;
  /** Eponym heads that name a place (شارع، طريق، حي): the entities layer types such a name LOC, others ORG. */
  readonly eponymPlaceHeads: ReadonlySet<string>;
  /** Nouns that introduce a place name the entities layer may not know ("مدينة بيزل"): a rare word after one is a place. */
  readonly placeNameHeads: ReadonlySet<string>;
  /** Duals of place nouns in construct (بلدتي، مدينتي): the two words after one, the second with و, are two places. */
  readonly placeNameDualHeads: ReadonlySet<string>;
  /** Title words that are also the adjective "press" (صحفي، إعلامي) after a noun of [press_nouns] ("بيان صحفي"): no title there. */
  readonly pressAdjectives: ReadonlySet<string>;
  /** Heads of a place in construct after a title, then the place (أمير 【منطقة】 الرياض، سفير 【جمهورية】 باكستان): the place's country is the title's. */
  readonly titlePlaceHeads: ReadonlySet<string>;
  /** Nouns of speaking a press adjective may follow (بيان، مؤتمر، تصريح). */
  readonly pressNouns: ReadonlySet<string>;
  /** Head nouns of news outlets' names (صحيفة، وكالة): the tagger's place or person right after one is the outlet. */
  readonly mediaHeads: ReadonlySet<string>;
  /** Broadcasters' heads that are also common nouns (قناة، تلفزيون): the next word is the outlet only in a report context. */
  readonly mediaChannelHeads: ReadonlySet<string>;
  /** Words before an outlet's head that make it a report's source or listener (ذكرت، بحسب، تصريح). */
  readonly mediaReportWords: ReadonlySet<string>;
  /** Words after a media head that name no outlet (الأنباء، التواصل، الدعوى). */
  readonly mediaNotNames: ReadonlySet<string>;
  /** Prepositions of place: with its country named, an ambiguous place right after one is a place ("في أبين"). */
  readonly placePrepositions: ReadonlySet<string>;
  /** Words that end a club's or company's name after a place or name (سيتي، يونايتد، سبور): entities layer. */
  readonly orgNameSuffixes: ReadonlySet<string>;
  /** Generic heads before a group's one-word name (تنظيم، جماعة، ميليشيات): "تنظيم داعش" → the entity "داعش". */
  readonly groupHeads: ReadonlySet<string>;
  /** Heads of facilities named after a place (مطار، ميناء، قاعدة، معبر): "مطار عدن الدولي" is one place. */
  readonly facilityHeads: ReadonlySet<string>;
  /** Heads of natural features (جبل، نهر، جزيرة): "جبال حمرين" is one place. */
  readonly featureHeads: ReadonlySet<string>;
  /** Words that make one name with the facility head after them ("شبه جزيرة سيناء"). */
  readonly facilityHeadPrefixes: ReadonlySet<string>;
  /** Facility heads that are also common nouns (قاعدة "a rule"): a name after one needs a place or a nisba adjective. */
  readonly facilityPlaceHeads: ReadonlySet<string>;
  /** Words after a nisba that make it a made thing's origin, no actor (الأمريكية الصنع). */
  readonly manufactureWords: ReadonlySet<string>;
  /** Heads of official bodies and forces named by a description ending in a nisba (هيئة الادعاء الملكية): entities layer. */
  readonly bodyHeads: ReadonlySet<string>;
  /** Body heads that head such a name with the article too (البحرية الألمانية، القوات الجوية الملكية). */
  readonly bodyHeadsDefinite: ReadonlySet<string>;
  /** Nisba-shaped words that end no body's name (الموالية، الأمنية، المحلية). */
  readonly bodyNotAdjectives: ReadonlySet<string>;
  /** Heads of institutions whose names go on with their field after لـ (مركز، معهد، جمعية): entities layer. */
  readonly institutionHeads: ReadonlySet<string>;
  /** Definite nouns after لـ that are a time or occasion, no institution's field (العام، المرة). */
  readonly institutionFieldStop: ReadonlySet<string>;
  /** Titles of deputies (وكيل، نائب، مساعد) whose لـ phrase after an institution is their portfolio, not the institution's field. */
  readonly institutionDeputyTitles: ReadonlySet<string>;
  /** Evaluative adjectives after a group's name (الإرهابي، المتشدد): no part of the entity. */
  readonly groupAdjectives: ReadonlySet<string>;
  /** Words before "المغرب" that make it the sunset prayer ("بعد المغرب"، "صلاة المغرب"). */
  readonly prayerBefore: ReadonlySet<string>;
  /** Title words that are also first names: right after a title, without the article, one starts the name ("العريف سلطان محمد"). */
  readonly titleFirstNames: ReadonlySet<string>;
  /** Ranks that are also common nouns (الفريق "the team"): an unknown name after one must begin with a known person-name word. */
  readonly ambiguousRanks: ReadonlySet<string>;
  /** Titles that stand before a name without the article ("دكتور فلان"); other such titles are in construct with the next word. */
  readonly appositionTitles: ReadonlySet<string>;
  /** Build: last name words that give no short form (common first names, ordinals). */
  readonly shortFormStop: ReadonlySet<string>;
  /** Build: title words; an imported "person" with one is dropped. */
  readonly importTitleWords: ReadonlySet<string>;
  /** Build: title words an imported name word may begin with; such a "person" is dropped. */
  readonly importTitlePrefixes: ReadonlySet<string>;
  /** Build: organization and place words; an imported "person" or place with one is dropped. */
  readonly importOrgWords: ReadonlySet<string>;
  /** Build: head nouns of camps, crossings, prisons, rivers and blocs ("مخيم بلاطة"); such a "person" is dropped. */
  readonly importNotPersonHeads: ReadonlySet<string>;
  /** Build: ordinary nouns added to the agent and organization words of the import filter. */
  readonly importNounWords: ReadonlySet<string>;
  /** Nisba forms that are also common first names (تركي): a name, not the country, in a name's context. */
  readonly nisbaFirstNames: ReadonlySet<string>;
  /** "His / her country" (بلاده، بلادها): the country of the person or body named last before it. */
  readonly ownCountryWords: ReadonlySet<string>;
  /** "The countries of" (دول) between a title and an organization: the title belongs to the organization. */
  readonly memberStates: ReadonlySet<string>;
  /** Nisbas of the United Nations (الأممي، الأممية): after a title they name the organization ("المبعوث الأممي"). */
  readonly unNisbas: ReadonlySet<string>;
  /** Country names that also name a continent (أمريكا). */
  readonly continentCountryNames: ReadonlySet<string>;
  /** Adjectives that make such a name the region ("أمريكا اللاتينية"), not the country. */
  readonly regionAdjectives: ReadonlySet<string>;
  /** "International" adjectives an anaphoric noun keeps when it points back to an international organization ("المنظمة الدولية"). */
  readonly internationalAdjectives: ReadonlySet<string>;
  /** One-word place names that are also family names (السويد): right after a patronymic, the name's end. */
  readonly familyNamePlaces: ReadonlySet<string>;
  /** Prepositions of a posting between two titles of one person (لدى، في): the second title takes the first's country. */
  readonly postingPrepositions: ReadonlySet<string>;
  /** Heads of forces and aircraft before an anaphoric group or coalition, which they name with it ("قوات التحالف", "طائرات التحالف"). */
  readonly orgForceHeads: ReadonlySet<string>;
}

/** Section name in the file → field. */
const SECTIONS: Readonly<Record<string, keyof ActorContextWords>> = {
  stop: 'stop',
  title_modifiers: 'titleModifiers',
  title_modifiers_indefinite: 'titleModifiersIndefinite',
  international_adjectives: 'internationalAdjectives',
  org_force_heads: 'orgForceHeads',
  family_name_places: 'familyNamePlaces',
  posting_prepositions: 'postingPrepositions',
  connectors: 'connectors',
  son: 'son',
  adjective_titles: 'adjectiveTitles',
  press_adjectives: 'pressAdjectives',
  title_place_heads: 'titlePlaceHeads',
  press_nouns: 'pressNouns',
  responsible_titles: 'responsibleTitles',
  plural_titles: 'pluralTitles',
  suffixed_function_words: 'suffixedFunctionWords',
  eponym_heads: 'eponymHeads',
  verb_heads: 'verbHeads',
  place_heads: 'placeHeads',
  place_prepositions: 'placePrepositions',
  name_chain: 'nameChain',
  media_heads: 'mediaHeads',
  media_channel_heads: 'mediaChannelHeads',
  media_report_words: 'mediaReportWords',
  media_not_names: 'mediaNotNames',
  place_name_heads: 'placeNameHeads',
  place_name_dual_heads: 'placeNameDualHeads',
  eponym_titles: 'eponymTitles',
  eponym_place_heads: 'eponymPlaceHeads',
  common_noun_names: 'commonNounNames',
  common_noun_heads: 'commonNounHeads',
  demonstratives: 'demonstratives',
  verbal_noun_bodies: 'verbalNounBodies',
  titles_need_hamza: 'titlesNeedHamza',
  org_name_suffixes: 'orgNameSuffixes',
  group_heads: 'groupHeads',
  facility_heads: 'facilityHeads',
  facility_place_heads: 'facilityPlaceHeads',
  facility_head_prefixes: 'facilityHeadPrefixes',
  feature_heads: 'featureHeads',
  group_adjectives: 'groupAdjectives',
  manufacture_words: 'manufactureWords',
  body_heads: 'bodyHeads',
  body_heads_definite: 'bodyHeadsDefinite',
  body_not_adjectives: 'bodyNotAdjectives',
  institution_heads: 'institutionHeads',
  institution_field_stop: 'institutionFieldStop',
  institution_deputy_titles: 'institutionDeputyTitles',
  prayer_before: 'prayerBefore',
  title_first_names: 'titleFirstNames',
  ambiguous_ranks: 'ambiguousRanks',
  apposition_titles: 'appositionTitles',
  short_form_stop: 'shortFormStop',
  import_title_words: 'importTitleWords',
  import_title_prefixes: 'importTitlePrefixes',
  import_org_words: 'importOrgWords',
  import_not_person_heads: 'importNotPersonHeads',
  import_noun_words: 'importNounWords',
  nisba_first_names: 'nisbaFirstNames',
  own_country_words: 'ownCountryWords',
  member_states: 'memberStates',
  un_nisbas: 'unNisbas',
  continent_country_names: 'continentCountryNames',
  region_adjectives: 'regionAdjectives',
};

/** A word: Arabic letters (and marks) only. */
const WORD = /^[\u0600-\u06FF]+$/;

/** Parse the file's text (`input` names it in errors); words are normalized with `charMap`. */
export function parseActorContextWords(text: string, input = 'context-words', charMap: CompiledCharMap = defaultCharMap()): ActorContextWords {
  const sets = new Map<keyof ActorContextWords, Set<string>>();
  for (const d of dataLines(text, input)) {
    if (!d.section) throw d.bad(`"${d.line}" before the first [section]`);
    const field = SECTIONS[d.section];
    if (!field) throw d.bad(`unknown section [${d.section}] (known: ${Object.keys(SECTIONS).join(', ')})`);
    if (!WORD.test(d.line)) throw d.bad(`one Arabic word per line, got "${d.line}"`);
    let set = sets.get(field);
    if (!set) sets.set(field, (set = new Set()));
    set.add(normalize(d.line, charMap));
  }
  const out: Partial<Record<keyof ActorContextWords, ReadonlySet<string>>> = {};
  for (const [section, field] of Object.entries(SECTIONS)) {
    const set = sets.get(field);
    if (!set) throw new RasidError('E_RESOURCE_INVALID', `section [${section}] is missing or empty`, { input, hint: 'see the format in the file header' });
    out[field] = set;
  }
  return out as ActorContextWords;
}

/** Read data/actors/context-words.txt (or `file`). */
export function loadActorContextWords(file = DEFAULT_CONTEXT_WORDS_FILE, charMap: CompiledCharMap = defaultCharMap()): ActorContextWords {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', 'actor context words not found', { input: file, hint: 'restore data/actors/context-words.txt from the repository', cause: e });
  }
  return parseActorContextWords(text, file, charMap);
}
