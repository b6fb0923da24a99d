/**
 * Words the tagger may tag MISC that the entities layer does not keep (data/ner/not-entities.txt), and
 * whole phrases of section [idiom] that are no name of any type ("حسن الجوار" good neighbourliness):
 * God, currency and unit words, religions and scriptures, sports (التايكوندو); unit words,
 * diseases and common words (sections [unit], [disease], [common_word]) also when the tagger gives them
 * another type ("كيلو غرام" as a person, "كورونا" as an organization, "مشهد" (a scene) as a place).
 * ANERcorp's annotation tags them MISC, so
 * the tagger does too ("الله" and "ريال" were the two most frequent MISC spans on 3,000 news
 * articles), but they name nothing an analyst follows as an entity.
 */
import { readFileSync } from 'node:fs';
import { RasidError } from '../errors.ts';
import { dataLines } from '../text/datafile.ts';
import { normalize } from '../text/normalize.ts';
import { dataPath } from '../util/paths.ts';

export const DEFAULT_NOT_ENTITIES_FILE = dataPath('ner', 'not-entities.txt');

/** The matching key of a normalized word: without a leading article or a final accusative alef. */
function key(norm: string): string {
  let w = norm;
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  else if (w.startsWith('لل') && w.length > 4) w = w.slice(2); // للاسلام: ل + the article without its alef
  if (w.endsWith('ا') && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** A number as a normalized token (normalize() makes Arabic-Indic digits and separators ASCII): "22", "2.0", "1,722". */
const NUMBER = /^[0-9]+([.,][0-9]+)*$/;

/** Sections whose words are dropped from tagger spans of any type; the others apply to MISC only. */
const ANY_TYPE_SECTIONS = new Set(['unit', 'disease', 'common_word']);

export class NotEntities {
  private constructor(
    /** keys of words that end MISC spans (every section) */
    private readonly keys: ReadonlySet<string>,
    /** keys of words that end spans of any type (sections [unit], [disease], [common_word]: "كيلو غرام" tagged PERS, "كورونا" ORG, "مشهد" LOC) */
    private readonly anyType: ReadonlySet<string>,
    /** section [idiom]: whole phrases (normalized words joined by a space) that are no name of any type ("حسن الجوار") */
    private readonly idioms: ReadonlySet<string> = new Set(),
    /** keys of the [currency] words */
    private readonly currencies: ReadonlySet<string> = new Set(),
    /** section [amount]: words that make the currency after them an amount ("مليون ريال"); never entities themselves */
    private readonly amounts: ReadonlySet<string> = new Set(),
    /** section [club_currency]: currency words that also begin clubs' names ("ريال مدريد") */
    private readonly clubCurrencies: ReadonlySet<string> = new Set(),
    /** section [generic_body]: whole phrases that name a kind of body, not one (الشرطة، السلطات، قوات الأمن) */
    private readonly genericBodies: ReadonlySet<string> = new Set(),
  ) {}

  /**
   * Whether an entity whose normalized words are `words` (clitic-free first word) names a kind of body and no
   * particular one: exactly a [generic_body] phrase, from any source ("الشرطة", "قوات الأمن"; "الشرطة التركية",
   * "وزارة الداخلية" stay).
   */
  isGenericBody(words: readonly string[]): boolean {
    return this.genericBodies.size > 0 && this.genericBodies.has(words.join(' '));
  }

  get size(): number {
    return this.keys.size;
  }

  /**
   * Whether a tagger span of `type` whose normalized words are `words` (clitic-free first word) is
   * dropped: one or two words, the first listed (for a type other than MISC, listed under [unit]).
   * `before` is the normalized token right before the span on its line: a currency alone after a number
   * or an [amount] word is an amount whatever the type ("22 مليون ريال", which the tagger reads as the
   * club; but "2-1 ريال مدريد" is the club), and so is an [amount] word with a currency ("مليون ريال").
   */
  drops(words: readonly string[], type = 'MISC', before?: string): boolean {
    if (this.idioms.size && this.idioms.has(words.join(' '))) return true;
    if (!words.length || words.length > 2) return false;
    const w = words[0]!;
    const set = type === 'MISC' ? this.keys : this.anyType;
    if (set.has(w) || set.has(key(w))) return true;
    if (words.length === 1 && this.isCurrency(w) && this.isAmount(before)) return true;
    if (words.length === 2 && this.isAmount(w) && this.isCurrency(words[1]!)) return true;
    // a listed word with a nisba adjective is that thing whatever the tagger's type ("الريال السعودي" is
    // the currency, though "الريال" alone may be the club)
    return words.length === 2 && /^ال.+يه?$/.test(words[1]!) && (this.keys.has(w) || this.keys.has(key(w)));
  }

  /** Whether a normalized token makes a currency after it an amount: a number, or an [amount] word (also with و or ب: "بمليون"). */
  isAmount(norm: string | undefined): boolean {
    if (!norm) return false;
    return NUMBER.test(norm) || this.amounts.has(norm) || (/^[وب]/.test(norm) && this.amounts.has(norm.slice(1)));
  }

  /** Whether a normalized word is a [club_currency] word: a currency that also begins clubs' names ("ريال"). */
  isClubCurrency(norm: string): boolean {
    return this.clubCurrencies.has(norm);
  }

  /** Whether a normalized word (with or without the article) is a [currency] word ("ريال", "الدولار"). */
  isCurrency(norm: string): boolean {
    return this.currencies.has(norm) || this.currencies.has(key(norm));
  }

  static parse(text: string, input = 'not-entities'): NotEntities {
    const keys = new Set<string>();
    const anyType = new Set<string>();
    const idioms = new Set<string>();
    const currencies = new Set<string>();
    const amounts = new Set<string>();
    const clubCurrencies = new Set<string>();
    const genericBodies = new Set<string>();
    for (const d of dataLines(text, input)) {
      if (d.section === 'idiom' || d.section === 'generic_body') {
        (d.section === 'idiom' ? idioms : genericBodies).add(d.line.trim().split(/\s+/).map((w) => normalize(w)).join(' '));
        continue;
      }
      if (/\s/.test(d.line)) throw d.bad(`one word per line, got "${d.line}"`);
      const n = normalize(d.line);
      if (d.section === 'amount') {
        amounts.add(n);
        continue;
      }
      if (d.section === 'club_currency') {
        clubCurrencies.add(n);
        continue;
      }
      if (d.section === 'currency') {
        currencies.add(n);
        currencies.add(key(n));
      }
      keys.add(n);
      keys.add(key(n));
      if (ANY_TYPE_SECTIONS.has(d.section)) {
        anyType.add(n);
        anyType.add(key(n));
      }
    }
    return new NotEntities(keys, anyType, idioms, currencies, amounts, clubCurrencies, genericBodies);
  }

  static load(file = DEFAULT_NOT_ENTITIES_FILE): NotEntities {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new RasidError('E_RESOURCE_MISSING', `cannot read ${file}`, { input: file, hint: 'restore data/ner/ from the repository', cause: e });
    }
    return NotEntities.parse(text, file);
  }
}
