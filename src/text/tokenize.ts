/**
 * Tokenizer: one linear scan over the text with a character-class table, no regular expressions
 * on the text itself. Tokens and the whitespace between them reproduce the input exactly.
 * Kinds: Arabic words (with their diacritics and tatweel), Latin words, numbers (ASCII,
 * Arabic-Indic and Persian digits, with decimal and thousands separators between digits),
 * URLs, emails, hashtags, @mentions, punctuation (، ؛ ؟ « » “ ” dashes, ellipses) and symbols.
 */
import type { Token, TokenKind } from '../doc/types.ts';
import { defaultCharMap, digitValue, isArabicLetter, isArabicMark, normalize, type CompiledCharMap } from './normalize.ts';

const enum C {
  Other = 0,
  Space = 1,
  Arabic = 2,
  Mark = 3,
  Digit = 4,
  Latin = 5,
  Punct = 6,
  Joiner = 7,
}

function buildClassTable(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x85 ||
        (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680) t[c] = C.Space;
    else if (digitValue(c) >= 0) t[c] = C.Digit;
    else if (isArabicMark(c)) t[c] = C.Mark;
    else if (isArabicLetter(c)) t[c] = C.Arabic;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)) t[c] = C.Latin;
    else if (c === 0x200c || c === 0x200d || c === 0xfeff || c === 0x200b || c === 0x200e || c === 0x200f || c === 0x061c) t[c] = C.Joiner;
    else if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e) ||
             c === 0xab || c === 0xbb || c === 0x060c || c === 0x061b || c === 0x061f || c === 0x066a || c === 0x066b || c === 0x066c || c === 0x06d4 ||
             (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e) || c === 0xa1 || c === 0xbf || c === 0xb7 || c === 0x060d || c === 0xfd3e || c === 0xfd3f) t[c] = C.Punct;
  }
  return t;
}

const CLASS = buildClassTable();

export function charClass(c: number): number {
  return CLASS[c]!;
}

/** True for characters that separate tokens. */
export function isSpace(c: number): boolean {
  return CLASS[c] === C.Space;
}

const URL_STOP = new Set([0x22, 0x27, 0x3c, 0x3e, 0xab, 0xbb, 0x201c, 0x201d, 0x060c, 0x061b, 0x29, 0x5d]);

function startsWithAt(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 32;
    if (c !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Tokenize `text`. `norm` of each token is its matching-normalized form. Offsets are UTF-16
 * indices; a surrogate pair is never split.
 */
export function tokenize(text: string, map: CompiledCharMap = defaultCharMap()): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  const push = (start: number, end: number, kind: TokenKind) => {
    const raw = text.slice(start, end);
    out.push({ i: out.length, start, end, text: raw, norm: normalize(raw, map), kind });
  };
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = CLASS[c]!;
    if (k === C.Space || k === C.Joiner) {
      i++;
      continue;
    }
    const start = i;
    // URLs
    if ((c === 0x68 || c === 0x48 || c === 0x77 || c === 0x57) && (startsWithAt(text, i, 'http://') || startsWithAt(text, i, 'https://') || startsWithAt(text, i, 'www.'))) {
      while (i < n && CLASS[text.charCodeAt(i)] !== C.Space && !URL_STOP.has(text.charCodeAt(i))) i++;
      // trailing sentence punctuation is not part of the URL
      while (i > start + 4 && '.,;:!?'.includes(text[i - 1]!)) i--;
      push(start, i, 'url');
      continue;
    }
    if (k === C.Arabic || k === C.Mark) {
      i++;
      while (i < n) {
        const d = CLASS[text.charCodeAt(i)];
        if (d === C.Arabic || d === C.Mark) i++;
        else if (d === C.Joiner && i + 1 < n && (CLASS[text.charCodeAt(i + 1)] === C.Arabic || CLASS[text.charCodeAt(i + 1)] === C.Mark) && text.charCodeAt(i) !== 0x200b) i++;
        else break;
      }
      push(start, i, 'word');
      continue;
    }
    if (k === C.Digit) {
      i++;
      while (i < n) {
        const d = CLASS[text.charCodeAt(i)];
        if (d === C.Digit) i++;
        else if (i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C.Digit && isNumberSeparator(text.charCodeAt(i))) i += 2;
        else break;
      }
      push(start, i, 'number');
      continue;
    }
    if (k === C.Latin) {
      i++;
      while (i < n) {
        const d = CLASS[text.charCodeAt(i)];
        if (d === C.Latin || d === C.Digit) i++;
        else if ((text.charCodeAt(i) === 0x2d || text.charCodeAt(i) === 0x27 || text.charCodeAt(i) === 0x2019 || text.charCodeAt(i) === 0x2e) && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C.Latin &&
          // a period joins only inside emails / abbreviations like U.S.
          (text.charCodeAt(i) !== 0x2e || (i + 2 < n && text.charCodeAt(i + 2) === 0x2e) || i - start === 1)) i++;
        else break;
      }
      // email: latin@latin.latin
      if (i < n && text.charCodeAt(i) === 0x40 && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === C.Latin) {
        let j = i + 1;
        let dot = false;
        while (j < n) {
          const d = CLASS[text.charCodeAt(j)];
          if (d === C.Latin || d === C.Digit || text.charCodeAt(j) === 0x2d) j++;
          else if (text.charCodeAt(j) === 0x2e && j + 1 < n && CLASS[text.charCodeAt(j + 1)] === C.Latin) {
            dot = true;
            j++;
          } else break;
        }
        if (dot) {
          push(start, j, 'email');
          i = j;
          continue;
        }
      }
      push(start, i, 'latin');
      continue;
    }
    if ((c === 0x23 || c === 0x40) && i + 1 < n) {
      const d = CLASS[text.charCodeAt(i + 1)];
      if (d === C.Arabic || d === C.Latin || d === C.Digit || text.charCodeAt(i + 1) === 0x5f) {
        i++;
        while (i < n) {
          const e = CLASS[text.charCodeAt(i)];
          if (e === C.Arabic || e === C.Mark || e === C.Latin || e === C.Digit || text.charCodeAt(i) === 0x5f) i++;
          else break;
        }
        push(start, i, c === 0x23 ? 'hashtag' : 'mention');
        continue;
      }
    }
    if (k === C.Punct) {
      i++;
      // ellipses and runs of the same dash or period stay one token
      if (c === 0x2e || c === 0x2d || c === 0x2026 || c === 0x21 || c === 0x3f || c === 0x061f) {
        while (i < n && text.charCodeAt(i) === c) i++;
      }
      push(start, i, 'punct');
      continue;
    }
    // symbols: one code point (keep surrogate pairs whole, with any variation selector)
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    while (i < n && (text.charCodeAt(i) === 0xfe0f || text.charCodeAt(i) === 0xfe0e)) i++;
    push(start, i, 'symbol');
  }
  return out;
}

function isNumberSeparator(c: number): boolean {
  return c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c || c === 0x2f || c === 0x3a;
}

/** Numeric value of a number token's text ("1,500" → 1500, "٣٫٥" → 3.5); NaN if not a plain number. */
export function numberValue(raw: string): number {
  let s = '';
  let seps = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    const d = digitValue(c);
    if (d >= 0) s += d;
    else if (c === 0x066b) s += '.';
    else if (c === 0x2c || c === 0x066c) seps++;
    else if (c === 0x2e) s += '.';
    else return NaN;
  }
  void seps;
  // "1.500.000" style thousands separators
  const dots = s.split('.').length - 1;
  if (dots > 1) s = s.replace(/\./g, '');
  return Number(s);
}
