/**
 * The format of data/events/lexicon.json (documented in docs/events.md) and the small grammar of
 * its source files: verb forms 'PAST/PRESENT' inflected for person and number, and phrases with
 * per-word alternatives '(a|b)'. Used by scripts/build-event-lexicon.ts; pure functions.
 */

export const LEXICON_FORMAT_VERSION = 1;

/** A sequence of words; each word lists its accepted normalized forms. */
export type Pattern = string[][];

/** A cue list: phrases, each a sequence of single normalized words. */
export type PhraseList = string[][];

export interface TriggerEntryJSON {
  pos: 'verb' | 'noun' | 'phrase' | 'agent';
  /** Alternative word sequences; one word for most entries. */
  patterns: Pattern[];
  /** PLOVER type. */
  type: string;
  cameo?: string;
  /** Where the target is: 'obj' (direct object or genitive) and/or prepositions. */
  args: string[];
  /** For nouns: whether a genitive or nisba right after the noun is the source or the target. */
  gen?: 'source' | 'target';
  /** Symmetric events (meetings, clashes, agreements). */
  recip?: boolean;
  /** Passive participle: the noun phrase before it is the target. */
  passive?: boolean;
  /** Only a trigger when a light verb governs it (or, for verbs, only with an explicit target). */
  light?: boolean;
  /** A verb whose form is also a common noun (طالب "a student"): the noun before an indefinite nisba ("طالب سعودي"). */
  nounToo?: boolean;
  /** A verb form that, with a preposition on it, is a noun of no event (هاتف: "لهاتف سامسونج" a phone). */
  verbOnly?: boolean;
  /** Circumstantial participles of a verb (مطالبا، مشيدا، متهما): the agent is the subject of the main clause, the group after is the object. */
  participles?: string[];
  /** Only a trigger when the written word carries a hamza (أ إ آ ؤ ئ ء): "هنأ" congratulated, not "هنا" here, the same word once normalized. */
  hamza?: boolean;
  /** A noun in ة whose form ending in ه, once normalized, is another word: only a trigger when written with ة ("مساعدة" aid, not "ومساعده" his assistant). */
  taMarbuta?: boolean;
  /** A noun whose genitive, when it is a state's armed force, is its agent: "قصف الجيش", "قصف القوات الأوكرانية" (the force shells). */
  forceAgent?: boolean;
  /** The CAMEO code of the act when its agent is a person or an unarmed body (a politician "attacks" in words: "هاجم الرئيس الإيراني السعودية" criticizes, 111). */
  verbal?: string;
  /**
   * Only an event when its agent is a person the sentence names, not inferred from elsewhere: a name, or a title the actor
   * layer resolves to its holder ("وصل الرئيس الأميركي إلى كينيا" is a visit; "وصلت الطائرة / المساعدات إلى" are none); and
   * none when that person's country is the target's (one who arrives in his own country comes home).
   */
  personAgent?: boolean;
  notAfter?: string[];
  notBefore?: string[];
  /** Only a trigger when one of these words is among the eight words after it ("حمّل ... المسؤولية"), or `nearWithin`. */
  near?: string[];
  /** With `near`: also a trigger when a named place follows its preposition ("سيطرت القوات … 【على زنجبار】"). */
  nearPlace?: boolean;
  /** How many words after the trigger `near` looks at (default eight): "تحقق الشرطة الفرنسية في" needs في within four. */
  nearWithin?: number;
  /**
   * Only a trigger when one of these words is among the six words before it or the eight after it, within the
   * sentence: the context that makes "مسيرة" a march ("شارك الآلاف في مسيرة", "مسيرة حاشدة"), not a career
   * or a course ("مسيرته الكروية", "مسيرة البناء").
   */
  cue?: string[];
  /**
   * Not a trigger when one of these words is among the six words before it or the eight after it, within the
   * sentence: the context that makes "لقاء" a football match ("تعادل في اللقاء الأول", "لقاء السوبر أمام").
   */
  notCue?: string[];
  /** Not a trigger when one of these words is among the four words after it ("احتلت السعودية المرتبة الثانية"). */
  notNear?: string[];
  /**
   * Not a trigger when its object with ب is a person: a pronoun of people (به، بهم، بكم), a person's
   * name or title, or one of these words ("رحب المحافظ بالضيوف", "رحب الملك برئيس الوزراء": a host
   * greeting guests, not support).
   */
  notPersonObj?: string[];
  /** Tokens allowed between the first word of a phrase and the rest. */
  gap?: number;
  /** 'rasid' (curated) or 'upa' (UniversalPetrarch facts). */
  source: 'rasid' | 'upa';
}

export interface LexiconFile {
  $comment: string;
  format: number;
  sourcesHash: string;
  credits: string[];
  types: Record<string, { quad: 'verbal-cooperation' | 'material-cooperation' | 'verbal-conflict' | 'material-conflict'; intensity: number }>;
  cameo: Record<string, { type: string; goldstein: number; name: string }>;
  cues: {
    /** `noun`: a verbal noun (تنفيذ، قيام بـ، إطلاق) rather than a verb; it has no subject before it. */
    /** `bare`: only written without a pronoun ("أصدر قرارا بـ", not "بيان أصدره": there the pronoun is the statement). */
    /** `retype`: the type a noun of one type takes under this verb (تقديم الدعم: SUPPORT → AID, material support). */
    lightVerbs: { forms: string[]; prep?: string; inverse?: boolean; noun?: boolean; bare?: boolean; retype?: Record<string, string> }[];
    qualifiers: { words: string[]; cameo: string; types: string[] }[];
    instruments: { forms: PhraseList; sector: string | null; cameo: string }[];
    /**
     * Nouns that name people or things of one sector (مدنيين، المصلين، دورية، سوق، كنيسة): sector-only units; `notAfter`:
     * words right before which the form is an adjective, no unit ("بيان 【صحفي】", "مؤتمر صحفي": press, not a journalist;
     * the list of the MED entry matches [press_nouns] of data/actors/context-words.txt, which the actor layer reads).
     */
    sectorNouns?: { forms: PhraseList; sector: string; notAfter?: PhraseList }[];
    metaphor: { types: string[]; words: PhraseList };
    /** Natural forces as the subject of a conflict trigger ("الفيضانات دمرت"): no event of these types. */
    /** `causes`: forces of nature that, after one of `causePreps` or with ب in the eight words after a victim verb, are what
     * killed or wounded ("قتل ثلاثة أشخاص في زلزال"): the victim verb is no attack. */
    natural?: { types: string[]; words: PhraseList; causes?: PhraseList; causePreps?: PhraseList };
    /**
     * Sports reports: a trigger in a sentence with at least `sentence` of these words, or with one of them in a
     * document with at least `document`, is no event ("يلتقي نظيره المكسيكي في المباراة", "اتفاق مع المدرب").
     */
    sports?: { words: PhraseList; sentence: number; document: number };
    roles: Record<'target' | 'partner' | 'between' | 'sourceMarkers' | 'quantifiers' | 'stops' | 'placePreps' | 'placeHeads' | 'targetHeads', PhraseList> & {
      /** Bodies of an owner named after them with ل (الأمانة العامة لمنظمة …، المكتب الإعلامي لـ …): the owner acts. */
      ownerHeads?: PhraseList;
      /** Verbs of announcing (أعلن): the subject of one, right before an event noun, is the noun's agent ("أعلن حزب الله استهداف موقع"). */
      announceVerbs?: PhraseList;
      /** Adverbials that open a clause before its verb ("وعلى الفور 【عززت】 قوات الأمن حضورها", "ومن جهته 【رحب】"): a verb may follow them. */
      frontedAdverbials?: PhraseList;
      /**
       * Words that open a contrasting clause inside a sentence (بينما، إلا أن، لكن، في حين): an event's missing side is not
       * guessed across them. `clauseBreaksNotBefore`: a next word that makes the first word no break ("فيما يتعلق").
       */
      clauseBreaks?: PhraseList;
      clauseBreaksNotBefore?: PhraseList;
      /** Nouns of an incident (حادث، واقعة، جريمة): after ل they name what a condemnation is about, no purpose clause. */
      incidentNouns?: PhraseList;
      /** Honorifics and ranks that stand between a title and a person's name ("وزير الخارجية 【الدكتور】 عادل الجبير",
       * "قائد حرس الحدود 【اللواء】 محمد الصقير"): the title and the name are one phrase over them. */
      honorificTitles?: PhraseList;
      /** Verbs that name a meeting's parties after the meeting noun ("قمة كامب ديفيد التي 【جمعت】 الرئيس الأمريكي بقادة …"). */
      gatherVerbs?: PhraseList;
      /** Verbs of accusing whose charge follows with ب (اتهم X بالكذب): without an object before the charge they are passive. */
      chargeVerbs?: PhraseList;
      /** Verbal nouns of fighting or countering (مكافحة، محاربة، التصدي، ضد): an actor after one, past a cooperative event's
       * trigger, is what the cooperation is against, not a party to it ("دعماً 【للتصدي】 لتنظيم داعش"). */
      againstNouns?: PhraseList;
      /** Words of armed forces (القوات، الجيش، الوحدات): with "الموالية ل X" after them they are X's military ("القوات الموالية
       * للرئيس هادي"). */
      loyalForces?: PhraseList;
      /** Nouns of a meeting, a document or a paper (مؤتمر، إعلان، قمة، صحيفة): a capital after one names it, not its
       * government, and is never guessed as an event's other side ("إعلان الرياض"). */
      venueNouns?: PhraseList;
      /** Heads of a topic (تداعيات، مستجدات، ملف، تفاصيل): an event noun in their genitive is a subject of talk, not an
       * act told here ("بحث مع نظيره 【تداعيات】 الاتفاق النووي الإيراني"): no event of its own. */
      topicHeads?: PhraseList;
      /** Prepositions of a topic (بشأن، حول، حيال): the group after one is what an act is about, never its party ("اجتماع
       * 【بشأن】 اليمن"). */
      topicPreps?: PhraseList;
      /** Nouns and adjectives of a span of time that the date layer does not resolve, between a light verb and its noun
       * ("قامت 【خلال الساعات الماضية】 بشن غارات", "بدأت تركيا 【في الأيام الأخيرة】 باستهداف"): skipped, after a preposition or
       * another such word, when the noun looks back for its light verb. */
      timeSpanWords?: PhraseList;
      /** Prepositions that open such a span (خلال، طوال، طيلة), skipped only before one of `timeSpanWords` ("خلال 【مهلة】" is none). */
      timeSpanPreps?: PhraseList;
      /** Words that open an attribution (بحسب، حسب، حسبما، نقلا عن): who the next few words name tells the news, and is
       * never guessed as an event's other side ("قتل 12 شخصا …، بحسب 【مسؤولين في الجيش】"; فحسب "only" is none). */
      attributionWords?: PhraseList;
      /** Words of conformity (وفق، وفقا، طبقا، استنادا): an attribution only before one of `reportNouns`, with ل or the
       * article or not ("وفق حصيلة أعلنها 【مسؤولون في الجيش】", "وفقا للبيان"); "وفق توجيهات خادم الحرمين" names no source of
       * the news. */
      conformityWords?: PhraseList;
      /** Nouns of a report or its source after a word of conformity (حصيلة، بيان، مصادر، تقرير، شهود). */
      reportNouns?: PhraseList;
      /** Words of backing before a patron (مؤيدون ل، مدعومة من): the patron's country is not the country of the agents
       * named before them ("انفصاليون مؤيدون لروسيا" are no Russian rebels), and the patron is never guessed as an event's
       * other side. `loyalWords` (موالون ل): the same when the patron is a country. */
      patronWords?: PhraseList;
      /** Social platforms (تويتر، فيسبوك): the medium of a statement, never a side of an event ("عبر حسابه في تويتر"). */
      platforms?: PhraseList;
      /** Nouns of a group's apposition naming its parent (ذراع، جناح، فرع): "جبهة النصرة ذراع تنظيم القاعدة" is one party,
       * the group, whose parent is no object of the verb. */
      groupAppositions?: PhraseList;
      /** Prepositions of route and time (عبر، خلال، منذ، عشية): a noun after one opens an adverbial, and an actor in its
       * genitive is no object ("المستوردة عبر منافذ 【المملكة】"). */
      adverbialPreps?: PhraseList;
      /** Prepositions of the occasion an act is done at (خلال، لدى، أثناء، عقب): a noun after one with its own pronoun
       * inside a quotation ("أكد الوزير أن … وذلك 【خلال لقائه】 نظيره") is the speaker's act, not of the actor named last. */
      occasionPreps?: PhraseList;
      /** Prepositions of a title's place or body before the person's name (في، لدى): "القاضي في محكمة … الشيخ محمد". */
      affiliationPreps?: PhraseList;
      /** Verbs with an explosive's pronoun naming who drove, planted or set it off (يقودها، زرعها): the phrase after one is
       * the agent of the explosion ("انفجرت سيارة مفخخة 【يقودها】 انتحاري"). */
      planterVerbs?: PhraseList;
      /** Verbs of arriving (وصلت، حطت، رست): aid carried by what arrives goes to the place it arrives at ("وصلت إلى مطار عدن
       * طائرة إماراتية تحمل 【مساعدات】"). */
      arrivalVerbs?: PhraseList;
      /** Words of carrying (تحمل، محملة): the aid after one is given by the carrier before it ("طائرة إماراتية 【تحمل】
       * مساعدات"، "سفينة سعودية 【محملة】 بمساعدات"). */
      carrierWords?: PhraseList;
      loyalWords?: PhraseList;
      /** Nouns after which a verb form is the verbal noun in construct ("جريمة 【قتل】 المواطن"), whose genitive is its object. */
      verbalNounHeads?: PhraseList;
      /** Sector nouns of buildings, places and vehicles: never an event's agent, the one it is aimed at ("دمر 【مدرسة】"). */
      thingNouns?: PhraseList;
      /** Nouns of an actor's premises (سفارة، قنصلية، مقر): they speak for it, but never attack ("استهدف 【السفارة الأميركية】"). */
      premisesNouns?: PhraseList;
    };
    victims: {
      verbs: PhraseList;
      nouns: PhraseList;
      /** Words right after a victim verb's people that leave the verb no object: the people are its victims ('قتل جنديان 【عندما】'). */
      after?: PhraseList;
    };
    modes: Record<'negation' | 'negationNouns' | 'denyVerbs' | 'planned' | 'hypothetical' | 'conditional' | 'requested' | 'futurePrefix', PhraseList> & {
      /** Words of refusing (رفض، الرافض): a cooperative act right after them, with its subject between, did not happen ("رفضت جنوب أفريقيا 【التعاون】"). */
      refusal?: PhraseList;
      /** Verbs of occurring or existing (يوجد، هناك، تقع، تشهد، يسجل): negated a few words before a noun trigger, the event
       * did not happen ("لم تقع 【أعمال شغب】", "ولم تشهد المدن اضطرابات", "لا يوجد أي تنسيق"). */
      existential?: PhraseList;
    };
    reporting: { assert: PhraseList; deny: PhraseList };
  };
  triggers: TriggerEntryJSON[];
}

/**
 * Verb forms: 'PAST/PRESENT' gives the regular inflections (هاجم، هاجمت، هاجموا، هاجما، يهاجم،
 * تهاجم، يهاجمون، ...); anything else is a '|' list taken as is (weak verbs are listed in full).
 * A list may mix both: 'قدم/يقدم|تقديم'.
 */
export function expandForms(spec: string): string[] {
  const out: string[] = [];
  for (const part of spec.split('|').map((s) => s.trim()).filter(Boolean)) {
    const slash = part.indexOf('/');
    if (slash < 0) {
      out.push(part);
      continue;
    }
    const past = part.slice(0, slash);
    const pres = part.slice(slash + 1);
    // no feminine plural (هاجمن، يهاجمن): rare in news, and the forms are names ("أيدن" → Eden)
    out.push(past, past + 'ت', past + 'ا', past + 'وا', past + 'تا', past + 'تم', past + 'نا');
    const stem = /^[يتنأا]/.test(pres) ? pres.slice(1) : pres;
    for (const p of ['ي', 'ت', 'ن']) out.push(p + stem);
    for (const p of ['ي', 'ت']) out.push(p + stem + 'ون', p + stem + 'ان', p + stem + 'وا');
    out.push('ت' + stem + 'ين');
  }
  return [...new Set(out)];
}

/** Phrases: alternatives separated by '|' outside parentheses; words by spaces; '(a|b)' is a word with alternatives. */
export function expandPhrase(spec: string): string[][][] {
  const alts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of spec) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (ch === '|' && depth === 0) {
      alts.push(cur);
      cur = '';
    } else cur += ch;
  }
  alts.push(cur);
  return alts
    .map((a) => a.trim())
    .filter(Boolean)
    .map((a) =>
      a.split(/\s+/).map((w) => (w.startsWith('(') && w.endsWith(')') ? w.slice(1, -1).split('|').filter(Boolean) : [w])),
    );
}
