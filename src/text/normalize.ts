/**
 * Arabic normalization for matching. Small pure functions over a data-driven character map
 * (data/text/charmap.json). The original text is never changed: callers keep the raw form and
 * store the normalized one beside it; `normalizeWithMap` gives the offset of every output character
 * in the input, so a match in normalized text maps back to the original.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from '../util/paths.ts';
import { RasidError } from '../errors.ts';

export interface CharMapFile {
  version: number;
  groups: Record<string, Record<string, string>>;
}

/** A compiled map: for each UTF-16 code unit, undefined (keep), '' (delete) or a replacement. */
export type CompiledCharMap = ReadonlyArray<string | undefined>;

export function compileCharMap(file: CharMapFile, groups?: readonly string[]): CompiledCharMap {
  const table: (string | undefined)[] = new Array(0x10000);
  const use = groups ?? Object.keys(file.groups);
  for (const g of use) {
    const entries = file.groups[g];
    if (!entries) throw new RasidError('E_RESOURCE_INVALID', `unknown character-map group "${g}"`, { input: 'data/text/charmap.json' });
    for (const [key, rep] of Object.entries(entries)) {
      const m = /^([0-9A-Fa-f]{4})(?:-([0-9A-Fa-f]{4}))?$/.exec(key);
      if (!m) throw new RasidError('E_RESOURCE_INVALID', `bad key "${key}" in group "${g}"`, { input: 'data/text/charmap.json', hint: 'keys are 4-digit hex code points or ranges XXXX-YYYY' });
      const from = parseInt(m[1]!, 16);
      const to = m[2] ? parseInt(m[2], 16) : from;
      for (let c = from; c <= to; c++) table[c] = rep;
    }
  }
  // Arabic presentation forms (FB50–FDFF, FE70–FEFC) fold to their base letters through NFKC.
  for (let c = 0xfb50; c <= 0xfefc; c++) {
    if (c > 0xfdff && c < 0xfe70) continue;
    if (table[c] !== undefined) continue;
    const n = String.fromCharCode(c).normalize('NFKC');
    if (n !== String.fromCharCode(c)) table[c] = normalizeString(n, table);
  }
  // Latin capitals fold to lower case.
  for (let c = 0x41; c <= 0x5a; c++) table[c] = String.fromCharCode(c + 32);
  return Object.freeze(table);
}

function normalizeString(s: string, table: ReadonlyArray<string | undefined>): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const r = table[s.charCodeAt(i)];
    out += r === undefined ? s[i] : r;
  }
  return out;
}

/** The character-map file as shipped (data/text/charmap.json). */
export function loadCharMapFile(): CharMapFile {
  return JSON.parse(readFileSync(dataPath('text', 'charmap.json'), 'utf8')) as CharMapFile;
}

/** The default map with every group: built once at load time and frozen (a constant, not state). */
const DEFAULT_MAP: CompiledCharMap = compileCharMap(loadCharMapFile());
export function defaultCharMap(): CompiledCharMap {
  return DEFAULT_MAP;
}

/**
 * Full matching normalization: diacritics, tatweel and invisible marks removed; alef forms,
 * alef maqsura, ta marbuta, hamza carriers and Persian letters folded; digits to ASCII;
 * punctuation variants unified; Latin lower-cased.
 */
export function normalize(s: string, map: CompiledCharMap = defaultCharMap()): string {
  // Fast path: most characters are kept; build the output only when something changes.
  for (let i = 0; i < s.length; i++) {
    if (map[s.charCodeAt(i)] !== undefined) {
      let out = s.slice(0, i);
      for (let j = i; j < s.length; j++) {
        const r = map[s.charCodeAt(j)];
        out += r === undefined ? s[j] : r;
      }
      return out;
    }
  }
  return s;
}

/** Normalization with an offset map: `offsets[k]` is the index in `s` of output character k; `offsets[out.length] = s.length`. */
export function normalizeWithMap(s: string, map: CompiledCharMap = defaultCharMap()): { text: string; offsets: Int32Array } {
  const parts: string[] = [];
  const offs: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const r = map[s.charCodeAt(i)];
    if (r === undefined) {
      parts.push(s[i]!);
      offs.push(i);
    } else {
      for (let k = 0; k < r.length; k++) {
        parts.push(r[k]!);
        offs.push(i);
      }
    }
  }
  offs.push(s.length);
  return { text: parts.join(''), offsets: Int32Array.from(offs) };
}

/** Remove diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel only. */
export function stripDiacritics(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    out += s[i];
  }
  return out;
}

/** Code of the last character that is not a diacritic or tatweel (the set stripDiacritics removes), or 0. */
export function lastBaseLetter(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    return c;
  }
  return 0;
}

/**
 * A normalized word of five letters or more that ends like a sound masculine plural with its ن (ـون / ـين: مسلحون،
 * صحفيين). Callers strip what proclitics they need first; "امين" (four letters) is no plural.
 */
export function soundPluralEnding(w: string): boolean {
  return w.length > 4 && (w.endsWith('ون') || w.endsWith('ين'));
}

/** True for Arabic letters (base block and supplements, not digits or punctuation). */
export function isArabicLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x064a) ||
    (c >= 0x066e && c <= 0x066f) ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06fc) ||
    c === 0x06ff ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08c9) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfefc)
  );
}

/** True for Arabic combining marks and tatweel, which belong to the word they sit in. */
export function isArabicMark(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x08d3 && c <= 0x08ff);
}

/** Digit value of an ASCII, Arabic-Indic or Persian digit, or -1. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}
