/**
 * Clitic stripping for NER, on normalized forms (normalize(): ة→ه, ى→ي, hamza carriers folded).
 *
 * Two forms are derived from a token:
 *  - `base`: conjunction (و ف) and preposition (ب ل ك) proclitics removed, the article kept
 *    ("وبالعراق" → "العراق", "للعراق" → "العراق", "ببروكسل" → "بروكسل"). This is the form entity
 *    text and lexicon matching use.
 *  - `stem`: `base` without the article and without a common enclitic pronoun
 *    ("العراق" → "عراق", "حكومتها" → "حكومت"). A feature only.
 *
 * A single-letter proclitic before a word without the article is ambiguous ("وزير", "بريطانيا",
 * "كندا" begin with one), so it is removed only when a vocabulary says the rest is a more common
 * word than the whole token. The vocabulary is a rank lookup (lower = more frequent), e.g. the
 * word-cluster table, whose lines are in frequency order.
 */

export interface Vocabulary {
  /** Frequency rank of a normalized word (0 = most frequent), or undefined if unknown. */
  rank(word: string): number | undefined;
}

export interface CliticAnalysis {
  /** Proclitics removed, in order, e.g. "و" + "ب" → "وب"; "" when none. */
  pre: string;
  base: string;
  stem: string;
  /** Whether `base` starts with the article "ال". */
  article: boolean;
}

const CONJ = new Set(['و', 'ف']);
const PREP = new Set(['ب', 'ل', 'ك']);
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'];

function isKnownBetter(rest: string, whole: string, vocab: Vocabulary | undefined): boolean {
  if (!vocab) return false;
  const r = vocab.rank(rest);
  if (r === undefined) return false;
  const w = vocab.rank(whole);
  return w === undefined || r < w;
}

/** Clitic analysis of one normalized token. */
export function analyzeClitics(norm: string, vocab?: Vocabulary): CliticAnalysis {
  let pre = '';
  let rest = norm;
  // conjunction + preposition + article: certain when the article follows
  for (let step = 0; step < 2; step++) {
    const c = rest[0];
    if (c === undefined || rest.length < 4) break;
    const allowed = step === 0 ? CONJ.has(c) || PREP.has(c) : PREP.has(c) && !PREP.has(pre[0] ?? '');
    if (!allowed) break;
    if (c === 'ل' && rest.startsWith('لل') && rest.length > 4) {
      // ل + ال written "لل"
      pre += 'ل';
      rest = 'ا' + rest.slice(1);
      break;
    }
    const tail = rest.slice(1);
    // conjunction directly followed by preposition + article ("وبال", "ولل"): certain
    // (the article must be followed by at least three letters: "وكالة" is not و + ك + ال + ة)
    const certain = (tail.startsWith('ال') && tail.length >= 5) || (step === 0 && CONJ.has(c) && PREP.has(tail[0]!) && tail.length >= 6 && (tail.startsWith('ال', 1) || tail.startsWith('لل')));
    if (certain && tail.startsWith('ال')) {
      pre += c;
      rest = tail;
      break;
    }
    // no article: strip only when certain or when the vocabulary supports it
    if (tail.length >= 3 && (certain || isKnownBetter(tail, rest, vocab))) {
      pre += c;
      rest = tail;
      continue;
    }
    break;
  }
  const article = rest.startsWith('ال') && rest.length > 3;
  let stem = article ? rest.slice(2) : rest;
  for (const e of ENCLITICS) {
    if (stem.length - e.length >= 3 && stem.endsWith(e)) {
      const cand = stem.slice(0, -e.length);
      // "ه" and "ها" endings are very often part of the word (ta marbuta is folded to ه); require support
      if (e.length <= 2 && !(vocab && isKnownBetter(cand, stem, vocab))) continue;
      stem = cand;
      break;
    }
  }
  return { pre, base: rest, stem, article };
}
