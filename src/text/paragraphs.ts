/**
 * Paragraphs: the text split at line breaks, each non-blank line one paragraph, trimmed of
 * surrounding white space. Kinds:
 *  - `source-line`: a credit line — "المصدر: ميدل إيست آي", "(رويترز)", "- واس", "وكالات", or a short
 *    last line that names an agency (data/text/sources.txt);
 *  - `heading`: a short line (at most 12 words, 100 characters) without final punctuation or a
 *    sentence end inside, followed by another paragraph (section headings, the title line; a first
 *    line may end in a closing quote);
 *  - `body`: everything else.
 * See docs/text-layer.md.
 */
import { readFileSync } from 'node:fs';
import type { Paragraph, ParagraphKind } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { dataPath } from '../util/paths.ts';
import { defaultCharMap, normalize, type CompiledCharMap } from './normalize.ts';
import { charClass } from './tokenize.ts';
import { dataLines } from './datafile.ts';

export interface SourceData {
  /** Normalized word sequences that open a source line before ":" or "-". */
  prefixes: string[][];
  /** Normalized agency names, as word sequences. */
  agencies: string[][];
  /** The prefixes that credit a news outlet ("المصدر: الشرق الأوسط"), not an author ("بقلم: ..."); also in `prefixes`. */
  outletPrefixes: string[][];
}

export function loadSourceData(file = dataPath('text', 'sources.txt'), map: CompiledCharMap = defaultCharMap()): SourceData {
  let src: string;
  try {
    src = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', `cannot read source-credit data: ${(e as Error).message}`, { input: file, hint: 'reinstall Rasid; data/text/ ships with it' });
  }
  return parseSourceData(src, file, map);
}

export function parseSourceData(src: string, input = 'sources.txt', map: CompiledCharMap = defaultCharMap()): SourceData {
  const out: SourceData = { prefixes: [], agencies: [], outletPrefixes: [] };
  for (const { section, line, bad } of dataLines(src, input)) {
    if (section === 'outlet_prefixes') {
      const w = words(normalize(line, map));
      out.outletPrefixes.push(w);
      out.prefixes.push(w);
      continue;
    }
    if (section !== 'prefixes' && section !== 'agencies') throw bad('entry outside [prefixes], [outlet_prefixes] or [agencies]');
    out[section].push(words(normalize(line, map)));
  }
  // longest first, so "وكالة الأنباء السعودية" wins over "وكالة"
  out.agencies.sort((a, b) => b.length - a.length);
  return out;
}

/** Whether a source line credits a news outlet ("المصدر: الشرق الأوسط"), by its first words. */
export function creditsOutlet(text: string, data: SourceData, map: CompiledCharMap = defaultCharMap()): boolean {
  const w = words(normalize(text, map));
  return data.outletPrefixes.some((p) => p.length <= w.length && p.every((x, k) => w[k] === x));
}

/** Normalized text to words: letters and digits runs; punctuation and dots dropped. */
function words(norm: string): string[] {
  return norm.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 100;
/** Characters that end a sentence or clause; a line ending in one is not a heading. */
const FINAL_PUNCT = new Set(['.', '!', '?', '؟', '،', ',', '؛', ';', ':', '…', '۔', '-', '–', '—']);
/** Closing quotes: a line ending in one is a quotation, not a heading (except a first line). */
const CLOSING_QUOTE = new Set(['”', '»', '"', '’', "'"]);

/** Line spans: [start, end) of each non-blank line, trimmed. Line breaks: \n, \r, U+2028, U+2029, U+0085. */
export function lineSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) break;
      j++;
    }
    let a = i;
    let b = j;
    // trim what the tokenizer skips (white space, joiners, BOM, LRM/RLM): a paragraph starts and
    // ends with a token
    while (a < b && isSkipped(text.charCodeAt(a))) a++;
    while (b > a && isSkipped(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
    i = j + 1;
  }
  return out;
}

/** Characters the tokenizer skips between tokens (classes Space and Joiner of tokenize.ts). */
function isSkipped(c: number): boolean {
  const k = charClass(c);
  return k === 1 || k === 7;
}

export class ParagraphSplitter {
  constructor(
    private readonly sources: SourceData,
    private readonly map: CompiledCharMap = defaultCharMap(),
  ) {}

  /** Paragraphs of `text`, in order, with their kinds. */
  split(text: string): Paragraph[] {
    const spans = lineSpans(text);
    const out: Paragraph[] = [];
    for (let k = 0; k < spans.length; k++) {
      const [start, end] = spans[k]!;
      const line = text.slice(start, end);
      const kind = this.classify(line, k, spans.length);
      out.push({ id: `p${k + 1}`, start, end, text: line, kind });
    }
    return out;
  }

  /** Kind of line number `k` of `count` non-blank lines. */
  classify(line: string, k: number, count: number): ParagraphKind {
    // Only short lines can be credits or headings; long lines are never normalized here.
    if (line.length > 200) return 'body';
    const norm = normalize(line, this.map);
    const w = words(norm);
    if (w.length === 0) return 'body';
    if (this.isSourceLine(norm, w, k === count - 1 || (k === count - 2 && count > 3))) return 'source-line';
    if (w.length <= MAX_HEADING_WORDS && line.length <= MAX_HEADING_CHARS && k < count - 1) {
      const last = line[line.length - 1]!;
      if (!FINAL_PUNCT.has(last) && !(CLOSING_QUOTE.has(last) && k > 0) && /\p{L}/u.test(line) && !/[.!?؟۔]\s/.test(line)) return 'heading';
    }
    return 'body';
  }

  private isSourceLine(norm: string, w: string[], nearEnd: boolean): boolean {
    if (w.length > 14) return false;
    // "المصدر: ...", "نقلا عن - ..."
    for (const p of this.sources.prefixes) {
      if (startsWithWords(w, p, 0)) {
        const rest = norm.slice(norm.indexOf(p[p.length - 1]!) + p[p.length - 1]!.length).trimStart();
        if (rest === '' || rest[0] === ':' || rest[0] === '-') return true;
      }
    }
    // a line made only of agency credits: "(رويترز)", "- واس", "وكالات", "رويترز، أ ف ب"
    let i = 0;
    let agencies = 0;
    let other = 0;
    while (i < w.length) {
      const a = this.sources.agencies.find((x) => startsWithWords(w, x, i));
      if (a) {
        i += a.length;
        agencies++;
      } else {
        if (w[i] !== 'و') other++;
        i++;
      }
    }
    if (agencies === 0) return false;
    if (other === 0) return true;
    // "الرياض - واس" datelines and short final credits
    const dashed = /^[-–—(]|[-–—]\s*\S+\)?$/.test(norm);
    return (dashed && other <= 2) || (nearEnd && w.length <= 6);
  }
}

function startsWithWords(w: string[], p: string[], at: number): boolean {
  if (at + p.length > w.length) return false;
  for (let k = 0; k < p.length; k++) if (w[at + k] !== p[k]) return false;
  return true;
}

/**
 * A title from the first paragraph, when it is clearly one: a heading line (short, no final
 * punctuation) followed by a body paragraph.
 */
export function titleFromParagraphs(paragraphs: Paragraph[]): string | undefined {
  const [first, second] = paragraphs;
  if (!first || !second || first.kind !== 'heading' || second.kind !== 'body') return undefined;
  return first.text;
}
