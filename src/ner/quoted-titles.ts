/**
 * Quoted titles: a short name in quotation marks right after a head word that says what it names
 * ("برنامج «حوار من القلب»", "رواية «قشتمر»", "صحيفة «السفير»", "مدينة «بورصة»") is tagged with the
 * head's type. ANERcorp tags such names consistently (its training part: برنامج 6 of 6 MISC, رواية
 * 6 of 6, فيلم 8 of 9, عنوان 9 of 10; صحيفة 17 of 17 ORG, شركة 8 of 8), but they are too few and
 * their words too ordinary ("الناس", "خارج", "حلم") for the tagger to learn them: it leaves most
 * of them O, and it types a paper named for a place as the place ("صحيفة «الشرق الأوسط»").
 *
 * The rule runs on the tagger's final tags (src/ner/model.ts `NerTagger.tagDocument`) and, in the
 * shipped model (header `quotedTitles: "both"`), also on the first pass's tags that the second pass
 * and its document memory read, so that a later bare mention of the title is remembered. A closed
 * quotation of 1 to QUOTED_TITLE_MAX tokens (`quoteSpans` in features.ts; no quotation mark inside,
 * and the head not inside another quotation) becomes one entity of the head's type, whatever the
 * tagger made of its words (all O, one entity of another type, or parts: "برنامج «مع نور»" O B-PERS),
 * unless an entity runs into it from before the opening mark or on past the closing mark. The head is the
 * word before the opening mark, or the word before that when the mark follows one of the SKIP
 * adjectives ("برنامج جديد «...»"). Longer quotations are left alone: ANERcorp leaves long titles O
 * ("بعنوان «مفهوم الجمال في الفلسفة الإسلامية»").
 *
 * The heads are data (data/ner/quoted-titles.tsv; format in its header), stored in the model file
 * (section `titles`) so that the tagger needs nothing else at run time.
 */
import { readFileSync } from 'node:fs';
import { RasidError } from '../errors.ts';
import { normalize } from '../text/normalize.ts';
import { isQuoteMark, quoteSpans } from './features.ts';
import { dataPath } from '../util/paths.ts';

export const DEFAULT_QUOTED_TITLES_FILE = dataPath('ner', 'quoted-titles.tsv');
/** Longest quotation (in tokens) the rule types. */
export const QUOTED_TITLE_MAX = 4;

export type QuotedTitleKind = 'MISC' | 'ORG' | 'LOC' | 'SKIP';
const KINDS: ReadonlySet<string> = new Set(['MISC', 'ORG', 'LOC', 'SKIP']);

/** The head words of the rule, normalized: head → entity type, and the adjectives that may follow a head. */
export class QuotedTitleHeads {
  private readonly heads = new Map<string, string>();
  private readonly skip = new Set<string>();

  /** From "KIND<TAB>word" entries (the file's lines or the model's section); `source` names them in errors. */
  static parse(text: string, source: string): QuotedTitleHeads {
    const out = new QuotedTitleHeads();
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!.trim();
      if (!line || line.startsWith('#')) continue;
      const cols = line.split('\t');
      const word = cols[1]?.trim() ?? '';
      if (cols.length !== 2 || !KINDS.has(cols[0]!) || !word || /\s/.test(word)) {
        throw new RasidError('E_RESOURCE_INVALID', `line ${i + 1}: expected "MISC|ORG|LOC|SKIP<TAB>word" (one word), got "${line.slice(0, 80)}"`, {
          input: source,
          hint: 'fix the line or remove it (format in data/ner/quoted-titles.tsv)',
        });
      }
      const w = normalize(word);
      if (cols[0] === 'SKIP') out.skip.add(w);
      else out.heads.set(w, cols[0]!);
    }
    return out;
  }

  static load(file: string = DEFAULT_QUOTED_TITLES_FILE): QuotedTitleHeads {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new RasidError('E_RESOURCE_MISSING', `cannot read the quoted-title heads: ${(e as Error).message}`, {
        input: file,
        hint: 'restore data/ner/quoted-titles.tsv from the repository, or train with --no-quoted-titles',
      });
    }
    return QuotedTitleHeads.parse(text, file);
  }

  get size(): number {
    return this.heads.size;
  }

  /** The entries as "KIND<TAB>word" lines (normalized), for the model file. */
  entries(): string[] {
    return [...[...this.heads].map(([w, k]) => `${k}\t${w}`), ...[...this.skip].map((w) => `SKIP\t${w}`)].sort();
  }

  /**
   * The entity type a normalized token announces as a head, or undefined. The token may carry
   * و/ف, then ب/ل/ك, the article (or لل) and an enclitic pronoun ("وببرنامجها", "للصحيفة",
   * "صحيفته", "روايتها": before a pronoun ة is written ت). A bare ه is taken for a pronoun only
   * after such a ت: otherwise it is the normalized ة of another word ("موقعة" is a battle, not موقع).
   */
  typeOf(norm: string): string | undefined {
    for (const a of norm[0] === 'و' || norm[0] === 'ف' ? [norm, norm.slice(1)] : [norm]) {
      for (const b of a[0] === 'ب' || a[0] === 'ل' || a[0] === 'ك' ? [a, a.slice(1)] : [a]) {
        // with the article removed, and as it is ("ألبوم" normalizes to "البوم")
        const c = b.startsWith('لل') ? b.slice(2) : b.startsWith('ال') ? b.slice(2) : b;
        for (const d of c === b ? [b] : [c, b]) {
          const t = this.heads.get(d) ?? this.withPronoun(d);
          if (t) return t;
        }
      }
    }
    return undefined;
  }

  /** The type of a head followed by an enclitic pronoun ("برنامجها", "صحيفته"), or undefined. */
  private withPronoun(w: string): string | undefined {
    const m = /^(.{3,}?)(هما|هم|ها|ه)$/.exec(w);
    if (!m) return undefined;
    const stem = m[1]!;
    if (stem.endsWith('ت')) return this.heads.get(stem.slice(0, -1) + 'ه');
    return m[2] === 'ه' ? undefined : this.heads.get(stem);
  }

  isSkip(norm: string): boolean {
    return this.skip.has(norm);
  }
}

/**
 * Apply the rule to one sentence's BIO tags (ANERcorp labels; changed in place), given its
 * normalized tokens and, when the caller has them, their quoted spans (`quoteSpans(norm)`).
 * Returns the number of quotations typed.
 */
export function markQuotedTitles(norm: readonly string[], tags: string[], heads: QuotedTitleHeads, spans?: ReturnType<typeof quoteSpans>): number {
  const n = norm.length;
  if (!spans) {
    let quoted = false;
    for (let i = 0; i < n && !quoted; i++) quoted = isQuoteMark(norm[i]!);
    if (!quoted) return 0;
  }
  const { pos, head } = spans ?? quoteSpans(norm);
  let marked = 0;
  for (let i = 0; i < n; i++) {
    if (pos[i] !== 1) continue;
    let j = i;
    while (j + 1 < n && pos[j + 1] === 2) j++;
    const h = head[i]!;
    // too long; no head; the head inside another quotation ("« X » « Y »": normalize folds « » into
    // one mark, so Y's head would be X); a quotation mark inside the span
    let inner = false;
    for (let k = i; k <= j && !inner; k++) inner = isQuoteMark(norm[k]!);
    if (j - i + 1 > QUOTED_TITLE_MAX || h < 0 || pos[h] !== 0 || inner) {
      i = j;
      continue;
    }
    let type = heads.typeOf(norm[h]!);
    if (!type && h > 0 && pos[h - 1] === 0 && heads.isSkip(norm[h]!)) type = heads.typeOf(norm[h - 1]!);
    // whatever the tagger made of the words inside ("برنامج «مع نور»": O B-PERS), unless an entity runs
    // into the quotation from before the opening mark or on past the closing one
    if (type && !tags[i]!.startsWith('I-') && !(j + 1 < n && tags[j + 1]!.startsWith('I-'))) {
      for (let k = i; k <= j; k++) tags[k] = (k === i ? 'B-' : 'I-') + type;
      marked++;
    }
    i = j;
  }
  return marked;
}
