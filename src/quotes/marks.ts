/**
 * Quotation-mark pairing: one linear scan over the text, no regular expressions.
 *
 * Families: « » (and the reversed » … «), the curly doubles “ ” „ ‟ (either may open or close,
 * as Arabic typesetting often writes ”…” or ”…“), the ASCII double quote ", and the single
 * curly quotes ‘ ’ (a ’ between Latin letters is an apostrophe), and the braces { } that some papers set quotations
 * in ("{من عدن سنستعيد اليمن}"; { only opens, } only closes). Marks of different families
 * nest (« … “ … ” … »). A quotation left open at the end of a paragraph closes there, marked
 * `closed: false`. Each character is looked at once and the stack holds at most one entry per
 * family, so the scan is O(n) whatever the input (an ASCII " that would open inside an open ASCII quotation looks
 * ahead a bounded distance for its own closing mark: a name quoted inside a quotation).
 */

export interface MarkSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or of the paragraph end when unclosed. */
  close: number;
  /** Content start and end (exclusive), inside the marks. */
  cStart: number;
  cEnd: number;
  /** Nesting depth: 0 for outermost. */
  depth: number;
  closed: boolean;
}

const enum F {
  Guillemet = 0,
  Curly = 1,
  Ascii = 2,
  Single = 3,
  Brace = 4,
}

function family(c: number): number {
  switch (c) {
    case 0xab: // «
    case 0xbb: // »
      return F.Guillemet;
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
      return F.Curly;
    case 0x22:
      return F.Ascii;
    case 0x2018: // ‘
    case 0x2019: // ’
      return F.Single;
    case 0x7b: // {
    case 0x7d: // }
      return F.Brace;
    default:
      return -1;
  }
}

/** True for characters that count as space or line boundary around a mark. */
function isBlank(c: number): boolean {
  return c !== c /* NaN: outside the text */ || c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

function isLatinLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

function isWordChar(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || isLatinLetter(c) || (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669);
}

/** و ف ب ل ك and tatweel: a proclitic may be glued to an opening mark. */
function isProclitic(c: number): boolean {
  return c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643 || c === 0x0640;
}

/** True when the one or two characters before `i` are proclitics (و ب ل ك ف, tatweel) after a blank: بـ“ و“ لـ« */
function procliticsOnly(text: string, i: number): boolean {
  let j = i - 1;
  let k = 0;
  while (j >= 0 && k < 3 && isProclitic(text.charCodeAt(j))) {
    j--;
    k++;
  }
  return k > 0 && k < 3 && (j < 0 || isBlank(text.charCodeAt(j)));
}

/** Whether the mark at `i` follows a colon, with at most two blanks between. */
function afterColon(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && isBlank(text.charCodeAt(j))) j--;
  return j >= 0 && i - j <= 3 && text.charCodeAt(j) === 0x3a;
}

/** Whether the « at `open` was stray, given a second « at `i`: one to five words between them, ending in a colon. */
function strayOpener(text: string, open: number, i: number): boolean {
  let j = i - 1;
  while (j > open && isBlank(text.charCodeAt(j))) j--;
  if (text.charCodeAt(j) !== 0x3a) return false;
  let words = 0;
  let inWord = false;
  for (let x = open + 1; x < j; x++) {
    const w = isWordChar(text.charCodeAt(x));
    if (w && !inWord) words++;
    inWord = w;
    if (words > 5) return false;
  }
  if (words < 1) return false;
  // a quotation inside a quotation ("«لنا شعار: «الأرض لنا»، ونحن ملتزمون به»"): a second » follows the first one
  // before any « in the paragraph, so the first « was no stray
  let closes = 0;
  for (let x = i + 1; x < text.length; x++) {
    const c = text.charCodeAt(x);
    if (c === 0x0a || c === 0xab) break;
    if (c === 0xbb && ++closes === 2) return false;
  }
  return true;
}

/**
 * Whether the words between the « at `open` and a second « at `i` are a short name the second one closes (one to four
 * words, no punctuation: "جمهورية « أفريقيا الوسطى « والتوقيع", the reversed « typed for »).
 */
function shortNameSpan(text: string, open: number, i: number): boolean {
  let words = 0;
  let inWord = false;
  for (let x = open + 1; x < i; x++) {
    const c = text.charCodeAt(x);
    const w = isWordChar(c);
    if (!w && !isBlank(c)) return false;
    if (w && !inWord && ++words > 4) return false;
    inWord = w;
  }
  return words >= 1;
}

/** After the mark at `i` (past blanks on its line) comes punctuation or the end of the paragraph: no word it could open. */
function closesNothingAfter(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) !== 0x0a && isBlank(text.charCodeAt(j))) j++;
  if (j >= text.length || text.charCodeAt(j) === 0x0a) return true;
  const c = text.charCodeAt(j);
  return !isWordChar(c) && family(c) < 0 && c !== 0x28 && c !== 0x5b;
}

/**
 * The closing " of a short inner quotation opened at `i`: within 40 characters on the line, glued to the word before
 * it and followed by no word character, with at most four words between; -1 when there is none.
 */
function innerAsciiClose(text: string, i: number): number {
  let words = 0;
  let inWord = false;
  for (let x = i + 1; x < text.length && x <= i + 40; x++) {
    const c = text.charCodeAt(x);
    if (c === 0x0a || (family(c) >= 0 && c !== 0x22)) return -1;
    if (c === 0x22) return isWordChar(text.charCodeAt(x - 1)) && !isWordChar(text.charCodeAt(x + 1)) && words <= 4 ? x : -1;
    const w = isWordChar(c);
    if (w && !inWord) words++;
    inWord = w;
  }
  return -1;
}

/** Whether a " glued to the word before it and followed by no word character comes after `i` in its paragraph (within 1,000 characters). */
function laterAsciiClose(text: string, i: number): boolean {
  for (let x = i + 1; x < text.length && x <= i + 1000; x++) {
    const c = text.charCodeAt(x);
    if (c === 0x0a) return false;
    if (c === 0x22) return isWordChar(text.charCodeAt(x - 1)) && !isWordChar(text.charCodeAt(x + 1));
  }
  return false;
}

/** Every quotation-mark span in `text`, outermost and nested, sorted by opening offset. */
export function scanQuoteMarks(text: string): MarkSpan[] {
  const out: MarkSpan[] = [];
  // stack of open marks: family, offset, the char that opened
  const famStack: number[] = [];
  const posStack: number[] = [];
  const charStack: number[] = [];
  const inStack = [false, false, false, false, false];
  const n = text.length;

  const closeAt = (k: number, closePos: number, closed: boolean) => {
    // pops stack entries from the top down to index k (inclusive); entries above k are dropped
    for (let j = famStack.length - 1; j > k; j--) {
      inStack[famStack[j]!] = false;
      famStack.pop();
      posStack.pop();
      charStack.pop();
    }
    const open = posStack[k]!;
    inStack[famStack[k]!] = false;
    famStack.pop();
    posStack.pop();
    charStack.pop();
    let cStart = open + 1;
    let cEnd = closePos;
    while (cStart < cEnd && isBlank(text.charCodeAt(cStart))) cStart++;
    while (cEnd > cStart && isBlank(text.charCodeAt(cEnd - 1))) cEnd--;
    if (cEnd > cStart) out.push({ open, close: closePos, cStart, cEnd, depth: k, closed });
  };

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      // a paragraph break closes whatever is still open, from the outermost
      if (famStack.length) closeAt(0, i, false);
      continue;
    }
    const f = family(c);
    if (f < 0) continue;
    const prev = i > 0 ? text.charCodeAt(i - 1) : NaN;
    const next = i + 1 < n ? text.charCodeAt(i + 1) : NaN;
    if (f === F.Single && c === 0x2019 && isLatinLetter(prev) && isLatinLetter(next)) continue; // apostrophe
    if (inStack[f]) {
      // close the open mark of this family, unless this is « which only opens (then ignore it
      // if « opened the span; a reversed » … « pair closes with «)
      let k = famStack.length - 1;
      while (famStack[k] !== f) k--;
      const opener = charStack[k]!;
      // (a second { inside braces opens nothing)
      if (f === F.Brace && c === 0x7b) continue;
      // an ASCII " after a blank and glued to the word after it opens a short quotation inside the open one (a name:
      // 'قائلا: "تنظيم "داعش"، وتنظيم … تجاهها"'); its closing mark is glued to a word and followed by none, a few
      // words on in the same paragraph
      if (f === F.Ascii && (isBlank(prev) || procliticsOnly(text, i)) && isWordChar(next) && i > posStack[k]! + 1) {
        const end = innerAsciiClose(text, i);
        if (end > 0) {
          out.push({ open: i, close: end, cStart: i + 1, cEnd: end, depth: famStack.length, closed: true });
          i = end;
          continue;
        }
        // (a stray one, with a proper closing mark later in the paragraph, is skipped: '"بي كيه كيه ، وتنظيم … تجاهها"')
        if (laterAsciiClose(text, i)) continue;
      }
      if (f === F.Guillemet && c === opener) {
        // a second « before any », after a short introduction ending in a colon: the first was stray ("«وأضاف
        // باركي: «التوترات …»"), the quotation opens here. Not doubled marks ("««…»»") nor a quotation that quotes
        // a saying after a longer lead ("«ما يحصل اليوم ينطبق عليه المثل الشعبي القائل: «…»")
        if (c === 0xab && k === famStack.length - 1 && strayOpener(text, posStack[k]!, i)) posStack[k] = i;
        // a « that opens nothing (punctuation or the paragraph end after it) was typed for »: "برنامج «قطار القراءة 3 «،"
        else if (c === 0xab && (closesNothingAfter(text, i) || shortNameSpan(text, posStack[k]!, i))) closeAt(k, i, true);
        continue;
      }
      closeAt(k, i, true);
      continue;
    }
    // opening
    if (f === F.Brace && c === 0x7d) continue; // } never opens
    if (f === F.Guillemet && c === 0xbb) {
      // reversed »…«: opens only when followed by a non-blank and not preceded by a letter
      if (isBlank(next) || (!isBlank(prev) && prev === prev && prev !== 0x3a && prev !== 0x28)) continue;
    }
    if (f === F.Ascii || f === F.Curly || f === F.Single) {
      // an opening mark is followed by a non-blank and not glued to a preceding word
      // (a one-letter proclitic is fine: و“…”، بـ“…"); right after a colon a mark opens whatever follows it
      // ("وأضاف: ” فريقي جاهز …”", "وقال: " إن القضية …"")
      if (isBlank(next) && !(f !== F.Single && afterColon(text, i))) continue;
      if (f === F.Single && c === 0x2019) continue; // ’ never opens
      if (isWordChar(prev) && !procliticsOnly(text, i)) continue;
    }
    famStack.push(f);
    posStack.push(i);
    charStack.push(c);
    inStack[f] = true;
  }
  if (famStack.length) closeAt(0, n, false);
  out.sort((a, b) => a.open - b.open || a.depth - b.depth);
  return out;
}
