/**
 * Date mentions, absolute and relative (docs/text-layer.md):
 *  - absolute: "4 ديسمبر 2014", "كانون الأول/ديسمبر 2014", "ديسمبر 2014", "2014/12/04", "04/12/2014",
 *    "2014-12-04", "عام 2014";
 *  - relative, resolved against the publication date (meta.published): weekdays ("الأربعاء الماضي",
 *    "اليوم الخميس", "يوم الأحد المقبل", bare "الخميس" = the last one on or before the publication
 *    day), "أمس", "أول من أمس", "غدا", months without a year ("شهر أغسطس الماضي", "3 أغسطس (آب) المقبل",
 *    "في مارس" = the occurrence nearest the publication date), "نهاية سبتمبر" (approximate),
 *    periods ("الأسبوع الماضي", "الشهر المقبل", "العام الماضي", "هذا العام").
 *  - without a publication date, relative mentions are skipped (a DateMention always has a value);
 *  - Hijri dates with a day ("27 رمضان 1436 هـ", "20 / 10 / 1436هـ", "العاشر من رمضان") are converted to the
 *    Gregorian day on the Umm al-Qura calendar (ICU's islamic-umalqura, as Node ships it); a Hijri month and
 *    year alone ("رمضان 1436") or a Hijri year ("1436 هـ") are recognized and skipped, never read as Gregorian;
 *  - ordinal days before a month ("الرابع من يوليو", "العاشر من شهر أغسطس المقبل") and days of a relative month
 *    ("12 من الشهر الحالي"); a bare year after في when nothing is counted by it ("في 2003»", "في 2003 و 2012").
 * Values: YYYY-MM-DD, YYYY-MM or YYYY. Week-relative values are a day with `approx: true`.
 * Calendar words come from data/text/calendar.txt.
 */
import { readFileSync } from 'node:fs';
import type { DateMention, Token } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { dataPath } from '../util/paths.ts';
import { defaultCharMap, normalize, type CompiledCharMap } from './normalize.ts';
import { dataLines } from './datafile.ts';
import type { NumberWords } from './numbers.ts';

type Rel = 'past' | 'future' | 'current';
type Unit = 'day' | 'week' | 'month' | 'year';

export interface Calendar {
  /** Month names: one word → month, and two-word names "w1 w2" → month. */
  months: Map<string, number>;
  /** Hijri month names → month number (1-12). */
  hijri: Map<string, number>;
  /** Ordinal day words (one or two words: "الرابع", "الحادي عشر") → day (1-31). */
  ordinals: Map<string, number>;
  weekdays: Map<string, number>;
  rel: Map<string, Rel>;
  periods: Map<string, Unit>;
  /** "Part of" words (نهاية، مطلع، منتصف) → where in a year they fall. */
  parts: Map<string, 'start' | 'mid' | 'end'>;
  /** Month names that are a date with no preposition or year (يناير, سبتمبر; not مارس, a verb too). */
  standaloneMonths: Set<string>;
  /** Words before a month that make it part of a name, not a date: "ثورة يناير", "أحداث سبتمبر", "مدينة ستة أكتوبر". */
  monthNameHeads: Set<string>;
  yearCues: Set<string>;
  /** Words of the night (الليلة): with a word of the past after them, the night before the publication date ("الليلة الماضية"). */
  nights: Set<string>;
  /** Units of a counted duration → unit and the count the form itself gives (1 singular, 2 dual, 0 none). */
  durations: Map<string, { unit: Unit; count: number }>;
}

export function loadCalendar(file = dataPath('text', 'calendar.txt'), map: CompiledCharMap = defaultCharMap()): Calendar {
  let src: string;
  try {
    src = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', `cannot read calendar data: ${(e as Error).message}`, { input: file, hint: 'reinstall Rasid; data/text/ ships with it' });
  }
  return parseCalendar(src, file, map);
}

export function parseCalendar(src: string, input = 'calendar.txt', map: CompiledCharMap = defaultCharMap()): Calendar {
  const cal: Calendar = { months: new Map(), hijri: new Map(), ordinals: new Map(), weekdays: new Map(), rel: new Map(), periods: new Map(), parts: new Map(), standaloneMonths: new Set(), monthNameHeads: new Set(), yearCues: new Set(), nights: new Set(), durations: new Map() };
  const names = (s: string) => s.split('|').map((x) => normalize(x.trim(), map).replace(/\s+/g, ' ')).filter(Boolean);
  for (const { section, line, bad } of dataLines(src, input)) {
    const num = /^(\d+)\s+(.*)$/.exec(line);
    switch (section) {
      case 'months':
        if (!num || +num[1]! < 1 || +num[1]! > 12) throw bad('expected "N NAME | NAME ..." with N in 1..12');
        for (const n of names(num[2]!)) cal.months.set(n, +num[1]!);
        break;
      case 'weekdays':
        if (!num || +num[1]! > 6) throw bad('expected "N NAME | ..." with N in 0..6');
        for (const n of names(num[2]!)) cal.weekdays.set(n, +num[1]!);
        break;
      case 'hijri':
        if (!num || +num[1]! < 1 || +num[1]! > 12) throw bad('expected "N NAME | NAME ..." with N in 1..12');
        for (const n of names(num[2]!)) cal.hijri.set(n, +num[1]!);
        break;
      case 'ordinals':
        if (!num || +num[1]! < 1 || +num[1]! > 31) throw bad('expected "N WORD | WORD ..." with N in 1..31');
        for (const n of names(num[2]!)) cal.ordinals.set(n, +num[1]!);
        break;
      case 'past':
      case 'future':
      case 'current':
        cal.rel.set(normalize(line, map), section);
        break;
      case 'periods': {
        const [w, u] = line.split(/\s+/);
        if (!w || !['day', 'week', 'month', 'year'].includes(u ?? '')) throw bad('expected "WORD day|week|month|year"');
        cal.periods.set(normalize(w, map), u as Unit);
        break;
      }
      case 'parts': {
        const [w, where] = line.split(/\s+/);
        if (!w || !['start', 'mid', 'end'].includes(where ?? '')) throw bad('expected "WORD start|mid|end"');
        cal.parts.set(normalize(w, map), where as 'start' | 'mid' | 'end');
        break;
      }
      case 'month_name_heads':
        cal.monthNameHeads.add(normalize(line, map));
        break;
      case 'standalone_months': {
        const n = names(line)[0];
        if (!n || !cal.months.has(n)) throw bad('expected a month name listed in [months]');
        cal.standaloneMonths.add(n);
        break;
      }
      case 'yearcues':
        cal.yearCues.add(normalize(line, map));
        break;
      case 'nights':
        cal.nights.add(normalize(line, map));
        break;
      case 'durations': {
        const [w, u, c] = line.split(/\s+/);
        if (!w || !['day', 'week', 'month', 'year'].includes(u ?? '') || !['0', '1', '2'].includes(c ?? '')) throw bad('expected "WORD day|week|month|year 0|1|2"');
        cal.durations.set(normalize(w, map), { unit: u as Unit, count: +c! });
        break;
      }
      default:
        throw bad(`entry outside a known section ("${section || 'none'}")`);
    }
  }
  return cal;
}

// ---- date arithmetic (UTC, day precision) --------------------------------------------------

interface YMD {
  y: number;
  m: number;
  d: number;
}

function parseISODay(s: string | undefined): YMD | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  if (!m) return undefined;
  const r = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return validDay(r.y, r.m, r.d) ? r : undefined;
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function addDays(p: YMD, n: number): YMD {
  const t = new Date(Date.UTC(p.y, p.m - 1, p.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Year and month `n` months from the month of `p`. */
function addMonths(p: YMD, n: number): { y: number; m: number } {
  const t = new Date(Date.UTC(p.y, p.m - 1 + n, 1));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1 };
}

/** −1, +1 or 0: the step of a relative word (past, future, current). */
function relStep(r: Rel): number {
  return r === 'past' ? -1 : r === 'future' ? 1 : 0;
}

function weekday(p: YMD): number {
  return new Date(Date.UTC(p.y, p.m - 1, p.d)).getUTCDay();
}

/**
 * Gregorian day of the Hijri date y/m/d on the Umm al-Qura calendar, or undefined when that day does not exist
 * (a 30th in a 29-day month) or the runtime has no such calendar. `umalqura` formats a UTC instant as Hijri
 * numbers; the search starts from the arithmetic (tabular) estimate and looks a few days either way.
 */
function hijriToGregorian(y: number, m: number, d: number, umalqura: Intl.DateTimeFormat | null): YMD | undefined {
  if (!umalqura || d < 1 || d > 30 || m < 1 || m > 12) return undefined;
  // days from 1970-01-01 to 1 Muharram 1 AH (16 July 622, Julian) is -492148; mean year and month lengths
  const est = Math.floor(-492148 + (y - 1) * 354.36667 + (m - 1) * 29.530589 + (d - 1));
  for (let off = 0; off <= 6; off++) {
    for (const sgn of off ? [1, -1] : [1]) {
      const days = est + sgn * off;
      let hy = 0;
      let hm = 0;
      let hd = 0;
      for (const p of umalqura.formatToParts(new Date(days * 86400000 + 43200000))) {
        if (p.type === 'year') hy = +p.value;
        else if (p.type === 'month') hm = +p.value;
        else if (p.type === 'day') hd = +p.value;
      }
      if (hy === y && hm === m && hd === d) {
        const t = new Date(days * 86400000);
        return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
      }
    }
  }
  return undefined;
}

/** The runtime's Umm al-Qura calendar formatter (Hijri numbers of a UTC instant), or null when it has none. */
export function umalquraFormatter(): Intl.DateTimeFormat | null {
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    return f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    return null;
  }
}

/** The Hijri year of a Gregorian day. */
function hijriYearOf(p: YMD, umalqura: Intl.DateTimeFormat): number {
  for (const x of umalqura.formatToParts(new Date(Date.UTC(p.y, p.m - 1, p.d, 12)))) if (x.type === 'year') return +x.value;
  return 0;
}

/**
 * A date with the weekday the text gives it: a Hijri day one day off that weekday is moved to it (the calendar is
 * computed, the month's start in a country is sighted: "يوم الخميس 23 رمضان" was 2015-07-09 in the text, 2015-07-10
 * on Umm al-Qura). Gregorian dates and other differences are left as they are.
 */
function withWeekday(m: Match, wd: number): Match {
  if (!m.hijri || !m.value || m.value.length !== 10) return m;
  const p = parseISODay(m.value)!;
  const w = weekday(p);
  if (w === wd) return m;
  if ((w + 6) % 7 === wd) return { ...m, value: fmtDay(addDays(p, -1)) };
  if ((w + 1) % 7 === wd) return { ...m, value: fmtDay(addDays(p, 1)) };
  return m;
}

const pad = (n: number) => (n < 10 ? '0' + n : String(n));
const fmtDay = (p: YMD) => `${p.y}-${pad(p.m)}-${pad(p.d)}`;
const fmtMonth = (y: number, m: number) => `${y}-${pad(m)}`;

/** Year of month `m` relative to the publication date. */
function monthYear(m: number, rel: Rel | undefined, pub: YMD): number {
  if (rel === 'past') return m < pub.m ? pub.y : pub.y - 1;
  if (rel === 'future') return m > pub.m ? pub.y : pub.y + 1;
  if (rel === 'current') return pub.y;
  // nearest occurrence; a tie goes to the past
  let best = pub.y;
  let bestDiff = Infinity;
  for (const y of [pub.y - 1, pub.y, pub.y + 1]) {
    const diff = Math.abs((y - pub.y) * 12 + m - pub.m);
    if (diff < bestDiff || (diff === bestDiff && y < best)) {
      best = y;
      bestDiff = diff;
    }
  }
  return best;
}

/** Day with weekday `wd` relative to the publication day. */
function weekdayDate(wd: number, rel: Rel | 'today' | 'bare', pub: YMD): YMD {
  const cur = weekday(pub);
  if (rel === 'past') return addDays(pub, -(((cur - wd + 6) % 7) + 1));
  if (rel === 'future') return addDays(pub, ((wd - cur + 6) % 7) + 1);
  if (rel === 'today' || rel === 'current') {
    // nearest, within three days either way
    const back = (cur - wd + 7) % 7;
    return back <= 3 ? addDays(pub, -back) : addDays(pub, 7 - back);
  }
  return addDays(pub, -((cur - wd + 7) % 7)); // bare: on or before
}

// ---- recognition ------------------------------------------------------------------------------

interface Match {
  end: number; // exclusive token index
  value?: string; // absent: recognized but skipped (Hijri, relative without publication date)
  kind: 'absolute' | 'relative';
  approx?: boolean;
  /** The value comes from a Hijri date (its day may differ by one from the text's weekday: moon sighting). */
  hijri?: boolean;
}

export class DateFinder {
  /** Words that can open a date (first words of names, cue words); anything else is passed over fast. */
  private readonly triggers: Set<string>;
  /** Hijri numbers of a Gregorian instant (Umm al-Qura), or null: Hijri dates then get no value. */
  private readonly umalqura: Intl.DateTimeFormat | null;
  /**
   * `numbers` (data/text/numbers.txt) gives the counts of durations ("قبل ثلاثة أيام"); without it only digits and the
   * dual count.
   */
  constructor(
    private readonly cal: Calendar,
    private readonly numbers?: NumberWords,
  ) {
    const t = new Set<string>(['اليوم', 'يوم', 'بعد', 'اول', 'شهر', 'هذا', 'هذه', 'قبل', 'منذ', ...DAY_WORDS_PAST, ...DAY_WORDS_FUTURE]);
    for (const k of [...cal.months.keys(), ...cal.hijri.keys(), ...cal.weekdays.keys(), ...cal.ordinals.keys()]) t.add(k.split(' ')[0]!);
    this.umalqura = umalquraFormatter();
    for (const k of [...cal.parts.keys(), ...cal.periods.keys(), ...cal.yearCues, ...cal.nights]) t.add(k);
    this.triggers = t;
  }

  find(text: string, tokens: Token[], published?: string): DateMention[] {
    const pub = parseISODay(published);
    const out: DateMention[] = [];
    const ctx = new Ctx(text, tokens, this.cal, pub, this.umalqura, this.numbers);
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i]!;
      // only words and numbers open a date
      if (t.kind !== 'word' && t.kind !== 'number') {
        i++;
        continue;
      }
      if (t.kind === 'word' && !this.triggers.has(t.norm) && (t.words === undefined || !this.triggers.has(ctx.bare(i)))) {
        i++;
        continue;
      }
      const m = ctx.matchAt(i);
      if (!m) {
        i++;
        continue;
      }
      if (m.value) {
        const start = t.start;
        const end = tokens[m.end - 1]!.end;
        const d: DateMention = { id: `d${out.length + 1}`, start, end, text: text.slice(start, end), value: m.value, kind: m.kind };
        if (m.approx) d.approx = true;
        out.push(d);
      }
      i = Math.max(m.end, i + 1);
    }
    return out;
  }
}

// yesterday; with the article too ("تعاملات الأمس", "بالأمس"), but not the figurative "بالأمس القريب" (the recent past)
const DAY_WORDS_PAST = new Set(['امس', 'الامس', 'البارحه']);
const FIGURATIVE_AFTER_YESTERDAY = new Set(['القريب', 'البعيد']);
const DAY_WORDS_FUTURE = new Set(['غدا']);

class Ctx {
  private readonly bareCache: (string | undefined)[];
  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly cal: Calendar,
    private readonly pub: YMD | undefined,
    private readonly umalqura: Intl.DateTimeFormat | null,
    private readonly numbers: NumberWords | undefined,
  ) {
    this.bareCache = new Array(tokens.length);
  }

  /** Normalized form of a word token without conjunction/preposition clitics (article kept). */
  bare(i: number): string {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word') return '';
    let b = this.bareCache[i];
    if (b !== undefined) return b;
    b = t.norm;
    const w = t.words;
    if (w) {
      let k = 0;
      while (k < w.length && (w[k]!.role === 'conj' || w[k]!.role === 'prep' || w[k]!.role === 'fut')) k++;
      if (k > 0 && k < w.length) b = normalize(this.text.slice(w[k]!.start, t.end));
    }
    this.bareCache[i] = b;
    return b;
  }

  private norm(i: number): string {
    return this.tokens[i]?.norm ?? '';
  }

  /** A name of one or two words at i in `names` (two words first): [its number, next index]. */
  private nameAt(names: ReadonlyMap<string, number>, i: number): [number, number] | undefined {
    const a = this.bare(i);
    if (!a) return undefined;
    if (this.tokens[i + 1]?.kind === 'word') {
      const two = names.get(a + ' ' + this.norm(i + 1));
      if (two) return [two, i + 2];
    }
    const one = names.get(a);
    return one ? [one, i + 1] : undefined;
  }

  /** A month name at i: [month, next index]. */
  month(i: number): [number, number] | undefined {
    return this.nameAt(this.cal.months, i);
  }

  /** A Hijri month name at i: the index after it (see hijriMonth for the month). */
  hijri(i: number): number | undefined {
    return this.hijriMonth(i)?.[1];
  }

  /** A Hijri month name at i: [month, next index]. */
  hijriMonth(i: number): [number, number] | undefined {
    return this.nameAt(this.cal.hijri, i);
  }

  /** An ordinal day word at i ("الرابع", "الحادي عشر"): [day, next index]. */
  private ordinal(i: number): [number, number] | undefined {
    return this.nameAt(this.cal.ordinals, i);
  }

  /**
   * A Hijri day: day `d` of the Hijri month named at k, with the Hijri year after it ("27 رمضان 1436 هـ") or, without
   * one, the occurrence nearest the publication date. A month without its year and without a publication date, or a
   * day the month does not have, is recognized with no value.
   */
  private hijriDay(d: number, k: number): Match | undefined {
    const hm = this.hijriMonth(k);
    if (!hm) return undefined;
    const [m, afterName] = hm;
    const yt = this.tokens[afterName];
    const hasYear = yt?.kind === 'number' && /^\d{4}$/.test(yt.norm) && +yt.norm >= 1300 && +yt.norm <= 1500;
    const end = hasYear ? (this.hijriYear(afterName) ? afterName + 2 : afterName + 1) : afterName;
    const uq = this.umalqura;
    if (!uq) return { end, kind: 'absolute' };
    if (hasYear) {
      const g = hijriToGregorian(+yt!.norm, m, d, uq);
      return g ? { end, kind: 'absolute', value: fmtDay(g), hijri: true } : { end, kind: 'absolute' };
    }
    const pub = this.pub;
    if (!pub) return { end, kind: 'relative' };
    // the nearest occurrence: this Hijri year's, the one before or the one after
    const hy = hijriYearOf(pub, uq);
    const at = Date.UTC(pub.y, pub.m - 1, pub.d);
    let best: YMD | undefined;
    let bestDiff = Infinity;
    for (const y of [hy - 1, hy, hy + 1]) {
      const g = hijriToGregorian(y, m, d, uq);
      if (!g) continue;
      const diff = Math.abs(Date.UTC(g.y, g.m - 1, g.d) - at);
      if (diff < bestDiff) {
        best = g;
        bestDiff = diff;
      }
    }
    return best ? { end, kind: 'relative', value: fmtDay(best), hijri: true } : { end, kind: 'relative' };
  }

  /** Day `d` of a month named after "من" at k: "من يوليو", "من شهر أغسطس (آب) المقبل", "من رمضان", "من الشهر الحالي". */
  private dayOf(d: number, k: number): Match | undefined {
    if (this.norm(k) !== 'من') return undefined;
    k++;
    const h = this.hijriDay(d, k);
    if (h) return h;
    if (this.norm(k) === 'شهر') {
      const hs = this.hijriDay(d, k + 1);
      if (hs) return hs;
      return this.monthDate(k + 1, d, false, false);
    }
    const md = this.monthDate(k, d, false, false);
    if (md) return md;
    // "من الشهر الحالي / الجاري / الماضي / المقبل", "من هذا الشهر"
    let j = k;
    let rel: Rel | undefined;
    if (this.norm(j) === 'هذا') {
      rel = 'current';
      j++;
    }
    if (this.cal.periods.get(this.norm(j)) !== 'month') return undefined;
    rel ??= this.rel(j + 1);
    if (!rel) return undefined;
    const end = this.norm(k) === 'هذا' ? j + 1 : j + 2;
    const pub = this.pub;
    const r = rel;
    return this.relative(() => {
      const { y, m } = addMonths(pub!, relStep(r));
      return validDay(y, m, d) ? fmtDay({ y, m, d }) : fmtMonth(y, m);
    }, end);
  }

  /** A Gregorian year (1900..2100) at i: [year, next index]; "م" after it is taken along. */
  year(i: number): [number, number] | undefined {
    const t = this.tokens[i];
    if (!t || t.kind !== 'number' || t.norm.length !== 4) return undefined;
    const y = +t.norm;
    if (!(y >= 1900 && y <= 2100)) return undefined;
    let e = i + 1;
    const nx = this.tokens[e];
    if (nx && nx.kind === 'word' && nx.norm === 'م' && nx.start - t.end <= 1) e++;
    return [y, e];
  }

  /**
   * "20 / 10 / 1436", "10-10-1436هـ", "15 - 8 - 1436هـ" or "04 / 12 / 2014" (with an optional هـ or م): day, month and
   * year as separate tokens, both separators the same slash or dash, at most two spaces around each.
   */
  private spacedNumericDate(i: number): Match | undefined {
    const tk = this.tokens;
    const sep = tk[i + 1]?.text;
    if (sep !== '/' && sep !== '-') return undefined;
    const mark = (k: number) => tk[k]?.kind === 'punct' && tk[k]!.text === sep && tk[k]!.start - tk[k - 1]!.end <= 2 && !!tk[k + 1] && tk[k + 1]!.start - tk[k]!.end <= 2;
    if (!(tk[i + 4]?.kind === 'number' && tk[i + 2]?.kind === 'number' && /^\d{1,2}$/.test(tk[i + 2]!.norm) && /^\d{4}$/.test(tk[i + 4]!.norm) && mark(i + 1) && mark(i + 3))) return undefined;
    const d = +tk[i]!.norm;
    const m = +tk[i + 2]!.norm;
    const y = +tk[i + 4]!.norm;
    if (y >= 1300 && y <= 1500) {
      const g = hijriToGregorian(y, m, d, this.umalqura);
      const end = this.hijriYear(i + 4) ? i + 6 : i + 5;
      return g ? { end, kind: 'absolute', value: fmtDay(g), hijri: true } : { end, kind: 'absolute' };
    }
    if (y >= 1900 && y <= 2100 && validDay(y, m, d)) return { end: this.year(i + 4)![1], kind: 'absolute', value: fmtDay({ y, m, d }) };
    return undefined;
  }

  /**
   * A year at [i, end) after في (or after و and another such year) that counts nothing: the next token is punctuation,
   * the end, و, or a year itself ("في 2003»", "في 2003 و 2012"); not "في 2000 منزل".
   */
  private bareYearContext(i: number, end: number): boolean {
    const prev = this.tokens[i - 1];
    if (!prev || prev.kind !== 'word') return false;
    const after = (k: number): boolean => {
      const n = this.tokens[k];
      return !n || n.kind === 'punct' || (n.kind === 'word' && n.norm === 'و') || (n.kind === 'word' && n.norm.startsWith('و') && n.norm.length > 3 && !this.cal.periods.has(n.norm.slice(1))) || (n.kind === 'number' && !!this.year(k));
    };
    if (!after(end)) return false;
    if (prev.norm === 'في') return true;
    // "… في 2003 و 2012": a year after و that follows such a year
    if (prev.norm === 'و' && this.tokens[i - 2]?.kind === 'number') {
      const py = this.year(i - 2);
      return !!py && this.tokens[i - 3]?.kind === 'word' && this.tokens[i - 3]!.norm === 'في';
    }
    return false;
  }

  /** Is the number at i followed by a Hijri marker ("1436 هـ")? */
  private hijriYear(i: number): boolean {
    const nx = this.tokens[i + 1];
    return !!nx && nx.kind === 'word' && (nx.norm === 'ه' || nx.norm === 'هـ' || nx.norm === 'هجري' || nx.norm === 'هجريه');
  }

  private rel(i: number): Rel | undefined {
    const t = this.tokens[i];
    return t && t.kind === 'word' ? this.cal.rel.get(t.norm) : undefined;
  }

  /** After a month: alternate name in brackets or after a slash with the same number. */
  private altMonth(i: number, m: number): number {
    const t = this.tokens[i];
    if (!t) return i;
    // the other series' name right after, as Reuters writes it: "يناير كانون الثاني 2017", "يونيو حزيران"
    if (t.kind === 'word') {
      const mm = this.month(i);
      return mm && mm[0] === m ? mm[1] : i;
    }
    if (t.kind !== 'punct') return i;
    if (t.text === '(' || t.text === '[') {
      const mm = this.month(i + 1);
      if (mm && mm[0] === m && (this.tokens[mm[1]]?.text === ')' || this.tokens[mm[1]]?.text === ']')) return mm[1] + 1;
    } else if (t.text === '/' || t.text === '-' || t.text === '–') {
      const mm = this.month(i + 1);
      if (mm && mm[0] === m) return mm[1];
    }
    return i;
  }

  /** Year or relative word after a month at i: "2014", "الماضي", "من العام الماضي", "من العام 2014". */
  private yearAfter(i: number): { end: number; year?: number; rel?: Rel; ofYear?: boolean } {
    const y = this.year(i);
    if (y) return { end: y[1], year: y[0] };
    const r = this.rel(i);
    if (r) return { end: i + 1, rel: r };
    if (this.norm(i) === 'من') {
      let k = i + 1;
      if (this.norm(k) === 'هذا') {
        if (this.cal.periods.get(this.norm(k + 1)) === 'year') return { end: k + 2, rel: 'current', ofYear: true };
        return { end: i };
      }
      if (this.cal.periods.get(this.norm(k)) === 'year' || this.cal.yearCues.has(this.norm(k))) {
        k++;
        const y2 = this.year(k);
        if (y2) return { end: y2[1], year: y2[0] };
        const r2 = this.rel(k);
        if (r2) return { end: k + 1, rel: r2, ofYear: true };
      }
    }
    return { end: i };
  }

  private relative(value: () => string, end: number, approx = false): Match {
    if (!this.pub) return { end, kind: 'relative' };
    return { end, kind: 'relative', value: value(), approx };
  }

  /** A month (with optional day) at i, after an optional "شهر" or part word already consumed. */
  private monthDate(i: number, day: number | undefined, approx: boolean, needContext: boolean): Match | undefined {
    const mm = this.month(i);
    if (!mm) return undefined;
    const [m, afterName] = mm;
    const afterAlt = this.altMonth(afterName, m);
    const ya = this.yearAfter(afterAlt);
    if (needContext && ya.year === undefined && ya.rel === undefined && afterAlt === afterName) return undefined;
    const end = ya.end > afterAlt ? ya.end : afterAlt;
    if (day !== undefined && ya.year !== undefined && !validDay(ya.year, m, day)) return { end, kind: 'absolute' }; // "30 فبراير": no date
    if (ya.year !== undefined) {
      return { end, kind: 'absolute', value: day !== undefined ? fmtDay({ y: ya.year, m, d: day }) : fmtMonth(ya.year, m), approx: approx || undefined };
    }
    const pub = this.pub;
    return this.relative(() => {
      // "نوفمبر من العام الماضي" names the year; "نوفمبر الماضي" the last November
      const y = ya.ofYear ? pub!.y + (ya.rel === 'past' ? -1 : ya.rel === 'future' ? 1 : 0) : monthYear(m, ya.rel, pub!);
      return day !== undefined && validDay(y, m, day) ? fmtDay({ y, m, d: day }) : fmtMonth(y, m);
    }, end, approx);
  }

  private weekdayDate(i: number, wd: number, lead: 'today' | 'yesterday' | 'tomorrow' | undefined): Match {
    const r = this.rel(i + 1);
    const end = r ? i + 2 : i + 1;
    const pub = this.pub;
    // "أمس الخميس" in a Saturday paper is Thursday, the day the report was written the day after: the weekday wins
    // over "yesterday" when it is two or three days back
    if (lead === 'yesterday') {
      return this.relative(() => {
        const back = (weekday(pub!) - wd + 7) % 7;
        return fmtDay(addDays(pub!, back >= 2 && back <= 3 ? -back : -1));
      }, end);
    }
    if (lead === 'tomorrow') return this.relative(() => fmtDay(addDays(pub!, 1)), end);
    return this.relative(() => fmtDay(weekdayDate(wd, r ?? lead ?? 'bare', pub!)), end);
  }

  matchAt(i: number): Match | undefined {
    const t = this.tokens[i]!;
    const tokens = this.tokens;
    if (t.kind === 'number') {
      // numeric dates: 2014/12/04, 04/12/2014, 2014.12.04 (one token); 2014-12-04 (five tokens)
      const parts = t.norm.split(/[/.]/);
      if (parts.length === 3 && parts.every((p) => /^\d{1,4}$/.test(p))) {
        let [a, b, c] = parts.map(Number) as [number, number, number];
        if (parts[0]!.length === 4) [a, c] = [c, a]; // Y/M/D → D/M/Y
        else if (parts[2]!.length !== 4) return undefined;
        if (c >= 1300 && c <= 1500) {
          // Hijri: "1436/10/20", "20/10/1436هـ"
          const g = hijriToGregorian(c, b, a, this.umalqura);
          const end = this.hijriYear(i) ? i + 2 : i + 1;
          return g ? { end, kind: 'absolute', value: fmtDay(g), hijri: true } : { end, kind: 'absolute' };
        }
        if (c >= 1900 && c <= 2100 && validDay(c, b, a)) return { end: i + 1, kind: 'absolute', value: fmtDay({ y: c, m: b, d: a }) };
        return undefined;
      }
      if (t.norm.length === 4 && /^\d{4}$/.test(t.norm) && tokens[i + 1]?.text === '-' && tokens[i + 2]?.kind === 'number' && tokens[i + 3]?.text === '-' && tokens[i + 4]?.kind === 'number' &&
          tokens[i + 4]!.start - t.end <= 5 + tokens[i + 2]!.text.length) {
        const y = +t.norm;
        const m = +tokens[i + 2]!.norm;
        const d = +tokens[i + 4]!.norm;
        if (y >= 1900 && y <= 2100 && validDay(y, m, d)) return { end: i + 5, kind: 'absolute', value: fmtDay({ y, m, d }) };
      }
      if (this.hijriYear(i)) return { end: i + 2, kind: 'absolute' };
      // day + month: "3 أغسطس", "3 من أغسطس"
      if (/^\d{1,2}$/.test(t.norm)) {
        const d = +t.norm;
        // "20 / 10 / 1436هـ", "04 / 12 / 2014": day, month and year apart (slashes with spaces)
        const sl = this.spacedNumericDate(i);
        if (sl) return sl;
        if (d >= 1 && d <= 31) {
          const hd = this.hijriDay(d, i + 1);
          if (hd) return hd;
          const of = this.dayOf(d, i + 1);
          if (of) return of;
          const md = this.monthDate(i + 1, d, false, false);
          if (md) return md;
        }
      }
      // a bare year after في when nothing is counted by it: "في 2003»", "في 1947.", "في 2003 و 2012"
      const y = this.year(i);
      if (y && !this.hijriYear(i) && this.bareYearContext(i, y[1])) return { end: y[1], kind: 'absolute', value: String(y[0]) };
      return undefined;
    }
    // words
    const b = this.bare(i);
    // Hijri month + year: skip together
    const h = this.hijri(i);
    if (h !== undefined && tokens[h]?.kind === 'number') return { end: this.hijriYear(h) ? h + 2 : h + 1, kind: 'absolute' };
    // "الرابع من يوليو", "العاشر من شهر أغسطس (آب) المقبل", "الحادي والعشرين من الشهر الجاري", "العاشر من رمضان"
    const ord = this.ordinal(i);
    if (ord) {
      const of = this.dayOf(ord[0], ord[1]);
      if (of) return of;
    }
    // "اليوم الخميس", "يوم الأحد المقبل", "أمس الأربعاء", "غدا الجمعة"
    const nextWd = this.cal.weekdays.get(this.bare(i + 1));
    if (nextWd !== undefined) {
      // "يوم الثلاثاء 27 رمضان 1436 هـ", "اليوم الأربعاء 20 / 10 / 1436هـ": the explicit date wins
      if (tokens[i + 2]?.kind === 'number') {
        const m = this.matchAt(i + 2);
        if (m && m.value) return withWeekday(m, nextWd);
      }
      if (b === 'اليوم') return this.weekdayDate(i + 1, nextWd, 'today');
      if (b === 'يوم') return this.weekdayDate(i + 1, nextWd, undefined);
      if (DAY_WORDS_PAST.has(b)) return this.weekdayDate(i + 1, nextWd, 'yesterday');
      if (DAY_WORDS_FUTURE.has(b)) return this.weekdayDate(i + 1, nextWd, 'tomorrow');
    }
    const wd = this.cal.weekdays.get(b);
    if (wd !== undefined) {
      // "الخميس 4 ديسمبر 2014": the explicit date wins
      if (tokens[i + 1]?.kind === 'number') {
        const m = this.matchAt(i + 1);
        if (m && m.value) return withWeekday(m, wd);
      }
      return this.weekdayDate(i, wd, undefined);
    }
    // "شهر أغسطس الماضي"
    if (b === 'شهر') {
      const m = this.monthDate(i + 1, undefined, false, false);
      if (m) return m;
    }
    // أول أمس, أول من أمس
    if (b === 'اول') {
      const pub = this.pub;
      if (DAY_WORDS_PAST.has(this.norm(i + 1))) return this.relative(() => fmtDay(addDays(pub!, -2)), i + 2);
      if (this.norm(i + 1) === 'من' && DAY_WORDS_PAST.has(this.norm(i + 2))) return this.relative(() => fmtDay(addDays(pub!, -2)), i + 3);
    }
    // "نهاية سبتمبر", "مطلع العام المقبل", "أواخر الشهر الماضي"
    const part = this.cal.parts.get(b);
    if (part) {
      let k = i + 1;
      if (this.norm(k) === 'شهر') k++;
      const m = this.monthDate(k, undefined, true, false);
      if (m) return m;
      const p = this.period(i + 1);
      // a part of a year is on its month: "بداية العام الحالي" → January, "منتصف العام" → June
      if (p && p.value && p.value.length === 4) return { ...p, value: `${p.value}-${part === 'start' ? '01' : part === 'mid' ? '06' : '12'}`, approx: true };
      if (p && p.value) return { ...p, approx: true };
      return undefined;
    }
    // month alone: needs a year, a relative word, an alternate name, or a preposition before it
    if (this.month(i)) {
      const prev = this.tokens[i - 1];
      const cue =
        (prev && prev.kind === 'word' && (prev.norm === 'في' || prev.norm === 'منذ' || prev.norm === 'حتي' || prev.norm === 'خلال' || prev.norm === 'شهر')) ||
        t.words?.[0]?.role === 'prep' || t.words?.[1]?.role === 'prep' || (this.cal.standaloneMonths.has(b) && !(prev && this.cal.monthNameHeads.has(this.bare(i - 1))));
      const m = this.monthDate(i, undefined, false, !cue);
      if (m) return m;
    }
    // "الأسبوع الماضي", "العام المقبل", "هذا العام"
    const p = this.period(i);
    if (p) return p;
    // "قبل ثلاثة أيام", "منذ يومين", "قبل شهرين", "منذ 4 أشهر": a counted duration back from the publication date
    if (b === 'قبل' || b === 'منذ') {
      const du = this.durationAgo(i + 1);
      if (du) return du;
    }
    // "عام 2014"
    if (this.cal.yearCues.has(b)) {
      const y = this.year(i + 1);
      if (y && !this.hijriYear(i + 1)) return { end: y[1], kind: 'absolute', value: String(y[0]) };
    }
    // أمس, أمس الأول, أول أمس, أول من أمس, غدا, بعد غد, اليوم
    const pub = this.pub;
    if (DAY_WORDS_PAST.has(b)) {
      if (b === 'الامس' && FIGURATIVE_AFTER_YESTERDAY.has(this.norm(i + 1))) return undefined;
      if (this.norm(i + 1) === 'الاول') return this.relative(() => fmtDay(addDays(pub!, -2)), i + 2);
      return this.relative(() => fmtDay(addDays(pub!, -1)), i + 1);
    }
    if (DAY_WORDS_FUTURE.has(b)) return this.relative(() => fmtDay(addDays(pub!, 1)), i + 1);
    if (b === 'بعد' && this.norm(i + 1) === 'غد') return this.relative(() => fmtDay(addDays(pub!, 2)), i + 2);
    if (b === 'اليوم') {
      // not "اليوم التالي", "اليوم الوطني", "اليوم الأول": a following adjective makes it another day
      const nx = tokens[i + 1];
      if (nx && nx.kind === 'word' && nx.norm.startsWith('ال') && nx.start - t.end <= 2) return undefined;
      return this.relative(() => fmtDay(pub!), i + 1);
    }
    return undefined;
  }

  /**
   * A counted duration at k after قبل / منذ: a count (digits, a number word of data/text/numbers.txt up to ten) and a
   * unit ("ثلاثة أيام", "15 يوما", "4 أشهر"), a dual ("يومين", "شهرين", "عامين") or a singular unit ("يوم", "شهر",
   * "عام": one). Its value is the day, week (approximate day), month or year that far before publication. Not a vague
   * plural ("قبل أيام", "منذ سنوات"), not a duration counted from something else ("قبل يومين من الانتخابات"), not "قبل
   * عام 1982" nor "قبل شهر رمضان".
   */
  private durationAgo(k: number): Match | undefined {
    const tk = this.tokens;
    let n = 0;
    let u = k;
    const t = tk[k];
    if (t?.kind === 'number' && /^\d{1,2}$/.test(t.norm)) {
      n = +t.norm;
      u = k + 1;
    } else if (t?.kind === 'word') {
      const w = this.numbers?.get(this.norm(k));
      if (w && w.kind === 'unit' && w.value >= 3 && w.value <= 10) {
        n = w.value;
        u = k + 1;
      }
    }
    const unit = this.cal.durations.get(this.norm(u));
    if (!unit) return undefined;
    if (n === 0) {
      if (unit.count === 0) return undefined; // a plural without a count: vague
      n = unit.count;
    } else if (unit.count === 2) return undefined; // "3 يومين" is no duration
    if (n < 1) return undefined;
    // counted from something else, a year, a month's name or a day's
    const nx = tk[u + 1];
    if (nx && (nx.kind === 'number' || (nx.kind === 'word' && (nx.norm === 'من' || this.month(u + 1) || this.hijriMonth(u + 1) || this.cal.weekdays.has(this.bare(u + 1)) || nx.norm === 'علي')))) return undefined;
    const pub = this.pub;
    const end = u + 1;
    if (unit.unit === 'day') return this.relative(() => fmtDay(addDays(pub!, -n)), end);
    if (unit.unit === 'week') return this.relative(() => fmtDay(addDays(pub!, -7 * n)), end, true);
    if (unit.unit === 'month') {
      return this.relative(() => {
        const { y, m } = addMonths(pub!, -n);
        return fmtMonth(y, m);
      }, end);
    }
    // (one year back lands on the publication's month: "قبل عام" in July 2015 → 2014-07, often an anniversary; two or
    // more years back name the year: "قبل عامين" → 2013)
    if (n >= 2) return this.relative(() => String(pub!.y - n), end, true);
    return this.relative(() => fmtMonth(pub!.y - n, pub!.m), end, true);
  }

  /** "الأسبوع الماضي", "الشهر المقبل", "العام الجاري", "هذا العام", "هذه السنة", "الليلة الماضية". */
  private period(i: number): Match | undefined {
    let k = i;
    let rel: Rel | undefined;
    if (this.norm(k) === 'هذا' || this.norm(k) === 'هذه') {
      rel = 'current';
      k++;
    }
    // "الليلة الماضية": last night, the day before publication
    if (!rel && this.cal.nights.has(this.bare(k)) && this.rel(k + 1) === 'past') {
      const pub = this.pub;
      return this.relative(() => fmtDay(addDays(pub!, -1)), k + 2);
    }
    const unit = this.cal.periods.get(this.bare(k));
    if (!unit || unit === 'day') return undefined;
    let end = k + 1;
    if (!rel) {
      rel = this.rel(k + 1);
      if (!rel) return undefined;
      end = k + 2;
    }
    const pub = this.pub;
    const r = rel;
    if (unit === 'year') return this.relative(() => String(pub!.y + relStep(r)), end);
    if (unit === 'month') {
      return this.relative(() => {
        const { y, m } = addMonths(pub!, relStep(r));
        return fmtMonth(y, m);
      }, end);
    }
    return this.relative(() => fmtDay(addDays(pub!, 7 * relStep(r))), end, true);
  }
}
