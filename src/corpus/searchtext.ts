/**
 * Search text for the corpus: the same normalization and light stemming for indexed documents
 * and for queries, so a query matches whatever spelling, diacritics and clitics the article used.
 *
 * - Terms: runs of letters and digits of the normalized text (src/text/normalize.ts: diacritics and
 *   tatweel removed, alef/ya/ta-marbuta/hamza folded, digits to ASCII, Latin lower-cased).
 * - Stems: proclitics (و ف ب ك ل ال and their combinations) then one common suffix (ات ون ين ان
 *   ها هم ه ي ...) are stripped while at least three letters remain; broken plurals and other
 *   irregular groups (هجوم/هجمات, دولة/دول) come from data/corpus/stem-groups.txt. "ان" is not
 *   stripped: far more news words end in it as part of a name (إيران, لبنان, السودان) than as a dual.
 * - A bare one-letter proclitic (و ف ب ك ل) cannot be told from a root letter without a lexicon, so
 *   an indexed word that may carry one gets both stems (with and without the letter); a query word
 *   uses its primary stem, which then matches the word with or without the clitic.
 *
 * A SearchText instance owns its loaded group table (no module-level state).
 */
import { readFileSync } from 'node:fs';
import { RasidError } from '../errors.ts';
import { defaultCharMap, isArabicLetter, normalize, type CompiledCharMap } from '../text/normalize.ts';
import { dataPath } from '../util/paths.ts';

/** Proclitic sequences, longest first (normalized spelling). */
const ARTICLE_PREFIXES = ['وبال', 'وكال', 'فبال', 'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'لل', 'ال'];
/** Suffixes, longest first (normalized spelling: ة → ه, ى → ي). */
const SUFFIXES = ['تهما', 'يهما', 'هما', 'كما', 'تين', 'ات', 'ون', 'ين', 'ها', 'هم', 'هن', 'كم', 'نا', 'يه', 'ه', 'ي'];

function isTermChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c > 0x7f && (isArabicLetter(c) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x52f)));
}

function isArabicWord(w: string): boolean {
  return w.length > 0 && isArabicLetter(w.charCodeAt(0));
}

/** Strip an article-bearing proclitic sequence (ال, وال, بال, لل, ...) when at least `min` letters remain. */
export function stripArticle(w: string, min = 2): string {
  for (const p of ARTICLE_PREFIXES) {
    if (w.length - p.length >= min && w.startsWith(p)) return w.slice(p.length);
  }
  return w;
}

/** True when the word may begin with a bare one-letter proclitic (و ف ب ك ل) and is long enough to lose it. */
function bareClitic(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length >= 4 && (c === 0x648 || c === 0x641 || c === 0x628 || c === 0x643 || c === 0x644);
}

/** Strip one common suffix, then a nisba/linking ي, from a normalized Arabic word (at least three letters remain). */
export function stripSuffix(w: string): string {
  let s = w;
  for (const suf of SUFFIXES) {
    if (s.length - suf.length >= 3 && s.endsWith(suf)) {
      s = s.slice(0, s.length - suf.length);
      break;
    }
  }
  if (s !== w && s.length >= 4 && s.charCodeAt(s.length - 1) === 0x64a) s = s.slice(0, -1);
  return s;
}

/** Light stem of one normalized word, without the group table. */
export function lightStem(norm: string): string {
  if (!isArabicWord(norm) || norm.length <= 3) return norm;
  return stripSuffix(stripArticle(norm));
}

export interface IndexedText {
  /** Normalized terms joined by spaces. */
  body: string;
  /** Stems (group keys) joined by spaces: one per term, two for a word that may carry a bare proclitic. */
  stem: string;
}

export interface QueryTerm {
  norm: string;
  stem: string;
}

/** Distinct words whose stems are remembered (the vocabulary of a large corpus; then it starts over). */
const STEM_MEMO_SIZE = 300_000;

export class SearchText {
  /** Stems of the words seen so far: news vocabulary repeats, stemming each occurrence again is wasted. */
  private readonly memo = new Map<string, [string] | [string, string]>();

  private constructor(
    private readonly groups: ReadonlyMap<string, string>,
    private readonly stopwords: ReadonlySet<string>,
    private readonly map: CompiledCharMap,
  ) {}

  /** Load the group table and the query stopwords (data/corpus/stem-groups.txt, stopwords.txt). */
  static load(groupsFile = dataPath('corpus', 'stem-groups.txt'), stopFile = dataPath('corpus', 'stopwords.txt'), map: CompiledCharMap = defaultCharMap()): SearchText {
    const read = (file: string) => {
      try {
        return readFileSync(file, 'utf8');
      } catch (e) {
        throw new RasidError('E_RESOURCE_MISSING', `cannot read ${file}: ${(e as Error).message}`, { input: file, hint: 'restore data/corpus/ from the repository' });
      }
    };
    return SearchText.fromText(read(groupsFile), read(stopFile), map);
  }

  static fromText(raw: string, stopRaw = '', map: CompiledCharMap = defaultCharMap()): SearchText {
    const stopwords = new Set<string>();
    for (const line of stopRaw.split('\n')) {
      const t = line.trim();
      if (t && !t.startsWith('#')) stopwords.add(normalize(t, map));
    }
    const groups = new Map<string, string>();
    for (const line of raw.split('\n')) {
      const t = line.trim();
      if (!t || t.startsWith('#')) continue;
      const forms = t.split(/\s+/).map((f) => normalize(f, map));
      const key = lightStem(forms[0]!);
      for (const f of forms) {
        const bare = stripArticle(f);
        groups.set(bare, key);
        groups.set(lightStem(f), key);
      }
    }
    return new SearchText(groups, stopwords, map);
  }

  /** Stem (group key) of one normalized term. */
  stemOf(norm: string): string {
    if (!isArabicWord(norm)) return norm;
    return this.stemBare(stripArticle(norm), norm.length);
  }

  private stemBare(bare: string, fullLength: number): string {
    const g = this.groups.get(bare);
    if (g !== undefined) return g;
    const s = fullLength <= 3 ? bare : stripSuffix(bare);
    return this.groups.get(s) ?? s;
  }

  /** The stem, and the stem without a bare one-letter proclitic when the word may carry one. */
  stemsOf(norm: string): [string] | [string, string] {
    let r = this.memo.get(norm);
    if (r === undefined) {
      if (this.memo.size >= STEM_MEMO_SIZE) this.memo.clear();
      r = this.computeStems(norm);
      this.memo.set(norm, r);
    }
    return r;
  }

  private computeStems(norm: string): [string] | [string, string] {
    const primary = this.stemOf(norm);
    if (!isArabicWord(norm) || stripArticle(norm) !== norm || !bareClitic(norm)) return [primary];
    const rest = norm.slice(1);
    const alt = this.stemBare(stripArticle(rest), rest.length);
    return alt === primary ? [primary] : [primary, alt];
  }

  /** Normalized terms of a text, in order. */
  terms(text: string): string[] {
    const n = normalize(text, this.map);
    const out: string[] = [];
    let start = -1;
    for (let i = 0; i <= n.length; i++) {
      const inTerm = i < n.length && isTermChar(n.charCodeAt(i));
      if (inTerm && start < 0) start = i;
      else if (!inTerm && start >= 0) {
        out.push(n.slice(start, i));
        start = -1;
      }
    }
    return out;
  }

  /** Index form of a text: normalized terms and their stems. */
  index(text: string): IndexedText {
    return this.indexTerms(this.terms(text));
  }

  /** Index form of normalized terms (SearchText.terms). */
  indexTerms(terms: readonly string[]): IndexedText {
    const stems: string[] = [];
    for (const t of terms) {
      const st = this.stemsOf(t);
      stems.push(st[0]);
      if (st.length === 2) stems.push(st[1]);
    }
    return { body: terms.join(' '), stem: stems.join(' ') };
  }

  /** Query terms: each matches its normalized form or its stem. Duplicates dropped, and stopwords when other words remain. */
  query(q: string): QueryTerm[] {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    const all = this.terms(q);
    const content = all.filter((t) => !this.stopwords.has(t));
    for (const t of content.length ? content : all) {
      if (seen.has(t)) continue;
      seen.add(t);
      out.push({ norm: t, stem: this.stemOf(t) });
    }
    return out;
  }

  /**
   * Spans of `text` (UTF-16 offsets into the original) whose term or stem matches a query term,
   * for highlighting. Linear in the text length.
   */
  matches(text: string, terms: readonly QueryTerm[]): { start: number; end: number }[] {
    if (!terms.length) return [];
    const norms = new Set(terms.map((t) => t.norm));
    const stems = new Set(terms.map((t) => t.stem));
    const out: { start: number; end: number }[] = [];
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const c = i < text.length ? text.charCodeAt(i) : 32;
      // Diacritics and tatweel inside a word belong to it.
      const inTerm = i < text.length && (isTermChar(c) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640);
      if (inTerm && start < 0) start = i;
      else if (!inTerm && start >= 0) {
        const n = normalize(text.slice(start, i), this.map).replace(/[^\p{L}\p{N}]/gu, '');
        if (n && (norms.has(n) || this.stemsOf(n).some((x) => stems.has(x)))) out.push({ start, end: i });
        start = -1;
      }
    }
    return out;
  }
}

/** A snippet around the densest cluster of matches, with the matches marked. */
export function makeSnippet(text: string, spans: readonly { start: number; end: number }[], opts: { width?: number; open?: string; close?: string } = {}): string {
  const width = opts.width ?? 220;
  const open = opts.open ?? '[';
  const close = opts.close ?? ']';
  let from = 0;
  if (spans.length) {
    // The window start (at a match) covering most matches within `width` characters.
    let best = 0;
    let bestCount = 0;
    let j = 0;
    for (let i = 0; i < spans.length; i++) {
      if (j < i) j = i;
      while (j + 1 < spans.length && spans[j + 1]!.end - spans[i]!.start <= width) j++;
      if (j - i + 1 > bestCount) {
        bestCount = j - i + 1;
        best = i;
      }
    }
    from = Math.max(0, spans[best]!.start - Math.floor(width / 4));
    const ws = text.lastIndexOf(' ', from);
    if (from > 0 && ws >= 0 && from - ws < 30) from = ws + 1;
  }
  let to = Math.min(text.length, from + width);
  const we = text.indexOf(' ', to);
  if (to < text.length && we >= 0 && we - to < 30) to = we;
  let out = from > 0 ? '…' : '';
  let pos = from;
  for (const s of spans) {
    if (s.end <= from || s.start >= to) continue;
    const a = Math.max(s.start, pos);
    out += text.slice(pos, a) + open + text.slice(a, Math.min(s.end, to)) + close;
    pos = Math.min(s.end, to);
  }
  out += text.slice(pos, to) + (to < text.length ? '…' : '');
  return out.replace(/\s+/g, ' ').trim();
}
