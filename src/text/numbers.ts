/**
 * Number mentions: numeric tokens (ASCII, Arabic-Indic, Persian digits, decimals, thousands
 * separators) and Arabic number words, with scales: "33 ألف" = 33000, "3.5 مليون" = 3500000,
 * "ثلاثة آلاف وخمسمائة" = 3500, "ألفين" = 2000. Vague quantities (عشرات, مئات, آلاف alone) get the
 * scale as value and `approx: true`. The counted noun that follows is the `unit` ("33 ألف مقاتل" →
 * "مقاتل"); "%" / "بالمئة" / "في المئة" give unit "%". Number words come from data/text/numbers.txt.
 * Tokens inside date mentions are skipped when the dates layer is given.
 */
import { readFileSync } from 'node:fs';
import type { DateMention, NumberMention, Token } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { dataPath } from '../util/paths.ts';
import { defaultCharMap, normalize, type CompiledCharMap } from './normalize.ts';
import { numberValue } from './tokenize.ts';
import { dataLines } from './datafile.ts';

export type NumberWordKind = 'unit' | 'ten' | 'hundred' | 'scale' | 'dual' | 'vague';

export type NumberWords = Map<string, { value: number; kind: NumberWordKind }>;

const KINDS = new Set<NumberWordKind>(['unit', 'ten', 'hundred', 'scale', 'dual', 'vague']);

export function loadNumberWords(file = dataPath('text', 'numbers.txt'), map: CompiledCharMap = defaultCharMap()): NumberWords {
  let src: string;
  try {
    src = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', `cannot read number words: ${(e as Error).message}`, { input: file, hint: 'reinstall Rasid; data/text/ ships with it' });
  }
  return parseNumberWords(src, file, map);
}

export function parseNumberWords(src: string, input = 'numbers.txt', map: CompiledCharMap = defaultCharMap()): NumberWords {
  const out: NumberWords = new Map();
  for (const { line, bad } of dataLines(src, input)) {
    const [w, v, k] = line.split(/\s+/);
    const value = Number(v);
    if (!w || !Number.isFinite(value) || !KINDS.has(k as NumberWordKind)) throw bad('expected "WORD VALUE KIND"');
    out.set(normalize(w, map), { value, kind: k as NumberWordKind });
  }
  return out;
}

/** Words that are never a counted noun. */
const NOT_UNIT = new Set(['من', 'في', 'الي', 'علي', 'عن', 'مع', 'او', 'و', 'ثم', 'حتي', 'بين', 'منذ', 'خلال', 'قبل', 'بعد', 'الف', 'ان', 'لا', 'ما', 'قد', 'هو', 'هي', 'كما', 'التي', 'الذي']);
const PERCENT = new Set(['%', '٪']);
/** بالمئة, بالمائة, المئة, المائة, normalized. */
const PERCENT_WORDS = new Set(['بالميه', 'بالمايه', 'الميه', 'المايه']);

/** The stem of a word token (its clitics stripped), or its norm. */
function stemOf(t: Token): string {
  return t.stem ?? t.norm;
}

/** True when the word token begins with the conjunction و (after clitic analysis). */
function hasConjWa(t: Token): boolean {
  return t.words !== undefined && t.words[0]!.role === 'conj' && t.words[0]!.norm === 'و';
}

export function findNumbers(text: string, tokens: Token[], words: NumberWords, dates: DateMention[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  let di = 0;
  const inDate = (t: Token): boolean => {
    while (di < dates.length && dates[di]!.end <= t.start) di++;
    return di < dates.length && dates[di]!.start <= t.start && t.end <= dates[di]!.end;
  };
  const wordOf = (t: Token) => (t.kind === 'word' ? words.get(stemOf(t)) : undefined);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'number' && t.kind !== 'word') continue;
    const first = t.kind === 'number' ? numberValue(t.norm) : NaN;
    const w0 = t.kind === 'word' ? wordOf(t) : undefined;
    if (t.kind === 'number' && !Number.isFinite(first)) continue;
    if (t.kind === 'word' && !w0) continue;
    if (inDate(t)) continue;
    // accumulate: total of finished groups + the current group
    let total = 0;
    let current: number;
    let approx = false;
    let open: boolean; // is there a group a scale word can multiply?
    if (w0) {
      current = w0.value;
      approx = w0.kind === 'vague';
      open = w0.kind === 'unit' || w0.kind === 'ten' || w0.kind === 'hundred';
    } else {
      current = first;
      open = true;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const u = tokens[j]!;
      const w = wordOf(u);
      if (!w || inDate(u)) break;
      const wa = hasConjWa(u);
      const isScale = w.kind === 'scale' || w.kind === 'vague' || w.kind === 'dual';
      if (isScale && open && !wa && w.kind !== 'dual') {
        total += current * w.value; // "33 ألف", "ثلاثة آلاف"
        current = 0;
        open = false;
      } else if (wa && !isScale) {
        current += w.value; // "خمسة وعشرون", "ألف وخمسمائة"
        open = true;
      } else break;
      j++;
    }
    const value = total + current;
    if (!Number.isFinite(value)) continue;
    const end = tokens[j - 1]!;
    const m: NumberMention = { id: `n${out.length + 1}`, start: t.start, end: end.end, text: text.slice(t.start, end.end), value };
    // unit: % right after, بالمئة / في المئة, or the next word
    const nx = tokens[j];
    if (nx && (PERCENT.has(nx.text) || (nx.kind === 'word' && PERCENT_WORDS.has(nx.norm)))) {
      m.unit = '%';
      if (nx.kind === 'word') j++; // "بالمئة" is not a number of its own
    } else if (nx && nx.kind === 'word' && nx.norm === 'في' && tokens[j + 1] && PERCENT_WORDS.has(tokens[j + 1]!.norm)) {
      m.unit = '%';
      j += 2;
    }
    else if (nx && nx.kind === 'word' && !NOT_UNIT.has(nx.norm) && !wordOf(nx)) m.unit = nx.text;
    if (approx) m.approx = true;
    out.push(m);
    i = j - 1;
  }
  return out;
}
