/**
 * Clitic analysis: splits an Arabic word token into proclitics (و ف, ب ل ك, س, the article ال —
 * with لل = ل + ال), a stem, and a pronoun enclitic (ه ها هم هما هن نا ك كم كن كما), as sub-token
 * `words` with exact offsets into the document.
 *
 * Policy: conservative. A split is made only when the remainder is better attested than the
 * whole word: the evidence is a frequency list of word forms (data/text/wordfreq.tsv), a hand list
 * of protected words and known stems (data/text/clitics.txt), and an optional `isKnownStem`
 * callback (the actor knowledge base) given to the constructor. The article ال is split unless
 * the word is protected or is itself attested with an article (التزام → الالتزام).
 * See docs/text-layer.md.
 *
 * The analyzer caches analyses per raw word form in the instance (bounded); it keeps no
 * module-level state.
 */
import { readFileSync } from 'node:fs';
import type { Token, Word, WordRole } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { dataPath } from '../util/paths.ts';
import { compileCharMap, defaultCharMap, lastBaseLetter, loadCharMapFile, normalize, type CompiledCharMap } from './normalize.ts';
import { dataLines } from './datafile.ts';

/**
 * The "light" normalization the analyzer works in: the full matching normalization except that
 * the hamza forms of alef (أ إ آ) stay distinct from bare ا, because a hamza tells a stem's first
 * letter (وأضاف = و + أضاف) from a word's own alef (واصل). Positions match the full normalization
 * one to one.
 */
export function compileLightMap(): CompiledCharMap {
  const file = loadCharMapFile();
  return compileCharMap(file, Object.keys(file.groups).filter((g) => g !== 'alef'));
}

export interface CliticData {
  /** Light normalization map (compileLightMap). */
  light: CompiledCharMap;
  proclitics: Map<string, { role: WordRole; gamma: number }>;
  /** Suffixes, longest first. */
  enclitics: { suffix: string; gamma: number }[];
  protected: Set<string>;
  known: Set<string>;
  short: Set<string>;
  /** Light-normalized word form → corpus count. */
  freq: Map<string, number>;
}

/** Reads data/text/clitics.txt and data/text/wordfreq.tsv (or the given files). */
export function loadCliticData(files: { clitics?: string; freq?: string } = {}): CliticData {
  const cliticsFile = files.clitics ?? dataPath('text', 'clitics.txt');
  const freqFile = files.freq ?? dataPath('text', 'wordfreq.tsv');
  let src: string;
  let freqSrc: string;
  try {
    src = readFileSync(cliticsFile, 'utf8');
    freqSrc = readFileSync(freqFile, 'utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', `cannot read clitic data: ${(e as Error).message}`, {
      input: cliticsFile,
      hint: 'reinstall Rasid; data/text/ ships with the package',
    });
  }
  return parseCliticData(src, freqSrc, cliticsFile);
}

/** Parses the two data files' contents (see the header of data/text/clitics.txt). */
export function parseCliticData(src: string, freqSrc: string, input = 'clitics.txt'): CliticData {
  const light = compileLightMap();
  const full = defaultCharMap();
  const data: CliticData = {
    light,
    proclitics: new Map(),
    enclitics: [],
    protected: new Set(),
    known: new Set(),
    short: new Set(),
    freq: new Map(),
  };
  for (const { section, line, bad } of dataLines(src, input)) {
    const f = line.split(/\s+/);
    switch (section) {
      case 'proclitics': {
        const role = f[1] as WordRole;
        const gamma = Number(f[2]);
        if (f.length !== 3 || !['conj', 'prep', 'fut'].includes(role) || !(gamma > 0)) throw bad('expected "LETTER conj|prep|fut GAMMA"');
        data.proclitics.set(normalize(f[0]!, light), { role, gamma });
        break;
      }
      case 'enclitics': {
        const gamma = Number(f[1]);
        if (f.length !== 2 || !(gamma > 0)) throw bad('expected "SUFFIX GAMMA"');
        data.enclitics.push({ suffix: normalize(f[0]!, light), gamma });
        break;
      }
      case 'protected':
      case 'known':
      case 'short':
        if (f.length !== 1) throw bad('expected one word');
        // both the spelling with hamza and the one without, as writers drop it
        data[section].add(normalize(f[0]!, light));
        data[section].add(normalize(f[0]!, full));
        break;
      default:
        throw bad(`entry outside a known section ("${section || 'none'}")`);
    }
  }
  data.enclitics.sort((a, b) => b.suffix.length - a.suffix.length);
  for (const line of freqSrc.split('\n')) {
    if (!line || line.charCodeAt(0) === 0x23) continue;
    const tab = line.indexOf('\t');
    if (tab < 1) continue;
    data.freq.set(line.slice(0, tab), Number(line.slice(tab + 1)) || 0);
  }
  return data;
}

/**
 * Word frequencies in the full matching normalization (src/text/normalize.ts: hamza forms of alef
 * folded, so the counts of forms that fold together are summed), for forms seen at least
 * `minCount` times. Other layers read word frequencies through this view (the actor resolver
 * tells names from ordinary words with it); it is computed once at load from `CliticData.freq`,
 * so data/text/wordfreq.tsv has one reader (loadCliticData).
 */
export function fullFormFrequencies(freq: ReadonlyMap<string, number>, map: CompiledCharMap = defaultCharMap(), minCount = 50): Map<string, number> {
  const out = new Map<string, number>();
  for (const [w, n] of freq) {
    if (n < minCount) continue;
    const k = normalize(w, map);
    out.set(k, (out.get(k) ?? 0) + n);
  }
  return out;
}

export interface CliticOptions {
  /** A lexicon hook (e.g. the actor knowledge base): true for a normalized form known to be a word or name. */
  isKnownStem?: (norm: string) => boolean;
  /** Character map for normalization (defaults to the shipped one). */
  charMap?: CompiledCharMap;
  /** Largest number of distinct word forms cached (default 200,000). */
  cacheSize?: number;
}

/** One segment of an analysis, relative to the word: [start, end) in raw UTF-16 units. */
interface Seg {
  start: number;
  end: number;
  /** The raw text of the segment (shared by every token with this raw form). */
  text: string;
  norm: string;
  role: WordRole;
}

/** Result of analyzing one raw word form; null segs when the word is one word. */
interface Analysis {
  segs: Seg[] | null;
  stem: string;
}

const KNOWN_BONUS = 1_000_000;
/** A whole word seen this often is not split into و + ال + an unattested stem (والدتها). */
const ATTESTED_WHOLE = 20;

const ALEF = 'ا';
const LAM = 'ل';

/** Segmentation in normalized-character positions. */
interface NSeg {
  start: number;
  end: number;
  norm: string;
  role: WordRole;
}

export class CliticAnalyzer {
  private readonly cache = new Map<string, Analysis>();
  private readonly isKnown: (norm: string) => boolean;
  private readonly map: CompiledCharMap;
  private readonly cacheSize: number;
  /** First letters of proclitics and of the article; last letters of enclitics (fast path). */
  private readonly firstLetters = new Uint8Array(0x10000);
  private readonly lastLetters = new Uint8Array(0x10000);
  /** Counts of forms written with the article, keyed by the form without it (ال + w → w). */
  private readonly freqAl = new Map<string, number>();
  /** Scratch buffers of compute(), one pair per recursion level (0..2); grown as needed. */
  private readonly srcBuf: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];
  private readonly hamzaBuf: Uint8Array[] = [new Uint8Array(32), new Uint8Array(32), new Uint8Array(32)];

  constructor(
    private readonly data: CliticData,
    opts: CliticOptions = {},
  ) {
    const hook = opts.isKnownStem;
    const full = (this.map = opts.charMap ?? defaultCharMap());
    this.isKnown = hook ? (n) => data.known.has(n) || hook(normalize(n, full)) : (n) => data.known.has(n);
    this.cacheSize = opts.cacheSize ?? 200_000;
    this.firstLetters[0x0627] = 1;
    for (const p of data.proclitics.keys()) this.firstLetters[p.charCodeAt(0)] = 1;
    for (const e of data.enclitics) this.lastLetters[e.suffix.charCodeAt(e.suffix.length - 1)] = 1;
    for (const [w, c] of data.freq) if (w.length > 2 && w.charCodeAt(0) === 0x0627 && w.charCodeAt(1) === 0x0644) this.freqAl.set(w.slice(2), c);
  }

  /** Fills `words` (when the token has clitics) and `stem` of every Arabic word token. */
  analyzeTokens(tokens: Token[]): void {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'word') this.analyzeToken(t);
    }
  }

  analyzeToken(t: Token): void {
    // Fast path: a word that neither begins with a proclitic letter (or alef of the article) nor
    // ends in a pronoun letter cannot be split; no lookup needed.
    const n = t.norm;
    const raw = t.text;
    const lastRaw = raw.charCodeAt(raw.length - 1);
    if (
      n.length < 3 ||
      (this.firstLetters[n.charCodeAt(0)] === 0 &&
        (lastRaw === 0x0629 || lastRaw === 0x0649 || this.lastLetters[n.charCodeAt(n.length - 1)] === 0))
    ) {
      t.stem = n;
      if (t.words) delete t.words;
      return;
    }
    const a = this.analyzeWord(t.text, n);
    t.stem = a.stem;
    if (a.segs) {
      const words: Word[] = new Array(a.segs.length);
      for (let k = 0; k < a.segs.length; k++) {
        const s = a.segs[k]!;
        words[k] = { start: t.start + s.start, end: t.start + s.end, text: s.text, norm: s.norm, role: s.role };
      }
      t.words = words;
    } else if (t.words) delete t.words;
  }

  /** The analysis of one raw word (cached). */
  analyzeWord(raw: string, _norm?: string): Analysis {
    const hit = this.cache.get(raw);
    if (hit) return hit;
    const a = this.finish(this.compute(raw, normalize(raw, this.data.light)));
    if (this.cache.size >= this.cacheSize) this.cache.clear();
    this.cache.set(raw, a);
    return a;
  }

  /** Segments of a raw word as plain objects (for tests and tools): [{text, norm, role}]. */
  segments(raw: string): { text: string; norm: string; role: WordRole }[] {
    const a = this.analyzeWord(raw);
    if (!a.segs) return [{ text: raw, norm: a.stem, role: 'stem' }];
    return a.segs.map((s) => ({ text: s.text, norm: s.norm, role: s.role }));
  }

  // ---- evidence -------------------------------------------------------------------------

  private count(w: string): number {
    return this.data.freq.get(w) ?? 0;
  }

  /** Count of `w` written with the article (ال + w). */
  private countAl(w: string): number {
    return this.freqAl.get(w) ?? 0;
  }

  /** Evidence that `s` is a stem: its own count and its count with the article, or known. */
  private stemEvidence(s: string): number {
    let e = this.count(s) + this.countAl(s);
    if (this.isKnown(s)) e += KNOWN_BONUS;
    return e;
  }

  /** Evidence that `w` is one lexical word: its count, and (strongly) its count with an article. */
  private wholeEvidence(w: string): number {
    return this.count(w) + 4 * this.countAl(w);
  }

  private minEvidence(len: number, s: string): boolean {
    if (len < 2) return false;
    if (len === 2) return this.data.short.has(s);
    return true;
  }

  private enough(s: string, ev: number): boolean {
    if (s.length < 2) return false;
    if (s.length === 2) return this.data.short.has(s);
    return ev >= (s.length === 3 ? 50 : s.length === 4 ? 5 : 3);
  }

  // ---- analysis ---------------------------------------------------------------------------

  /** Light-normalized forms to fully normalized ones. */
  private finish(a: Analysis): Analysis {
    const stem = normalize(a.stem, this.map);
    if (a.segs) for (const s of a.segs) s.norm = normalize(s.norm, this.map);
    return { segs: a.segs, stem };
  }

  /** Analysis of raw word `raw` whose light normalization is `n` (norms in the result are light). */
  private compute(raw: string, n: string, level = 0): Analysis {
    const L = n.length;
    if (L < 3 || this.data.protected.has(n)) return { segs: null, stem: n };
    // Map normalized positions to raw positions; give up on words whose normalization is not 1:1
    // letter by letter (ligatures) where a boundary would fall.
    if (this.srcBuf[level]!.length < L + 1) {
      this.srcBuf[level] = new Int32Array(2 * (L + 1));
      this.hamzaBuf[level] = new Uint8Array(2 * (L + 1));
    }
    const src = this.srcBuf[level]!;
    const hamza = this.hamzaBuf[level]!;
    hamza[L] = 0;
    let k = 0;
    for (let i = 0; i < raw.length && k <= L; i++) {
      const c = raw.charCodeAt(i);
      const r = this.data.light[c];
      const len = r === undefined ? 1 : r.length;
      for (let j = 0; j < len && k < L; j++) {
        src[k] = j === 0 ? i : -1;
        k++;
      }
    }
    if (k !== L) return { segs: null, stem: n };
    src[L] = raw.length;
    for (let j = 0; j < L; j++) {
      const c = n.charCodeAt(j);
      hamza[j] = c === 0x0623 || c === 0x0625 || c === 0x0622 ? 1 : 0;
    }
    // Last base letter of the raw form (ta marbuta and alef maqsura are never pronoun suffixes).
    const last = lastBaseLetter(raw);
    const finalBlocked = last === 0x0629 || last === 0x0649;

    const segs: NSeg[] = [];
    let p = 0;
    let det = false;
    let fut = false;
    let prep = false;
    // conjunction
    const c0 = this.data.proclitics.get(n[0]!);
    if (level === 0 && c0 && c0.role === 'conj' && !this.wholeKnown(n) && !this.protectedWithPronoun(n) && this.proclitic(n, c0.gamma, hamza[1] === 1, 1)) {
      segs.push({ start: 0, end: 1, norm: n[0]!, role: 'conj' });
      p = 1;
    }
    // preposition or future particle
    const c1 = p < L ? this.data.proclitics.get(n[p]!) : undefined;
    if (level < 2 && c1 && (c1.role === 'prep' || c1.role === 'fut') && !this.wholeKnown(n.slice(p))) {
      if (c1.role === 'prep' && n[p] === LAM && n[p + 1] === LAM && L - (p + 2) >= 2 && !this.data.protected.has(n.slice(p))) {
        // لل: ل + ال + stem, unless ل + (a stem beginning with ل) is better attested (للقاء)
        const r2 = n.slice(p + 2);
        const r1 = n.slice(p + 1);
        if (this.stemEvidence(r2) >= this.stemEvidence(r1) || (r2.length >= 3 && this.stemEvidence(r1) < 20)) {
          segs.push({ start: p, end: p + 1, norm: LAM, role: 'prep' });
          segs.push({ start: p + 1, end: p + 2, norm: 'ال', role: 'det' });
          p += 2;
          det = true;
        } else if (this.proclitic(n.slice(p), c1.gamma, false, 2)) {
          segs.push({ start: p, end: p + 1, norm: LAM, role: 'prep' });
          p += 1;
        }
      } else if (c1.role === 'fut') {
        const next = n[p + 1];
        const ok = (next === 'ي' || next === 'ت' || next === 'ن' || (next === ALEF && hamza[p + 1] === 1)) && !finalBlocked && L - p - 1 >= 3;
        if (ok && this.proclitic(n.slice(p), c1.gamma, false, 2)) {
          segs.push({ start: p, end: p + 1, norm: n[p]!, role: 'fut' });
          p += 1;
          fut = true;
        }
      } else if (this.proclitic(n.slice(p), c1.gamma, hamza[p + 1] === 1, 2)) {
        segs.push({ start: p, end: p + 1, norm: n[p]!, role: 'prep' });
        p += 1;
        prep = true;
      }
    }
    void prep;
    // article
    if (!det && !fut && n[p] === ALEF && n[p + 1] === LAM && hamza[p] === 0 && this.article(n.slice(p))) {
      segs.push({ start: p, end: p + 2, norm: 'ال', role: 'det' });
      p += 2;
      det = true;
    }
    // enclitic
    let stemEnd = L;
    let stemNorm = n.slice(p);
    if (!det && !this.data.protected.has(stemNorm) && !this.wholeKnown(stemNorm)) {
      const whole = this.wholeEvidence(stemNorm);
      for (const { suffix, gamma } of this.data.enclitics) {
        const sl = suffix.length;
        if (L - p - sl < 2 || !n.endsWith(suffix)) continue;
        if (finalBlocked && suffix[sl - 1] === 'ه') continue;
        let s = n.slice(p, L - sl);
        let ev = this.stemEvidence(s);
        // the stem's own ending changes before a suffix: حكومة → حكومته, مستوى → مستواه
        const lc = s[s.length - 1];
        if (lc === 'ت' || lc === ALEF) {
          const alt = s.slice(0, -1) + (lc === 'ت' ? 'ه' : 'ي');
          const evAlt = this.stemEvidence(alt);
          if (evAlt > ev) {
            s = alt;
            ev = evAlt;
          }
        }
        if (!this.enough(s, ev)) continue;
        if (ev < gamma * whole && !(s.length === 2 && this.data.short.has(s))) continue;
        stemEnd = L - sl;
        stemNorm = s;
        break;
      }
    }
    if (segs.length === 0 && stemEnd === L) return { segs: null, stem: n };
    segs.push({ start: p, end: stemEnd, norm: stemNorm, role: 'stem' });
    if (stemEnd < L) segs.push({ start: stemEnd, end: L, norm: n.slice(stemEnd), role: 'pron' });
    // to raw offsets; refuse boundaries inside a multi-letter expansion
    const out: Seg[] = [];
    for (const s of segs) {
      const a = s.start === 0 ? 0 : src[s.start]!;
      const b = s.end === L ? raw.length : src[s.end]!;
      if (a < 0 || b < 0) return { segs: null, stem: n };
      out.push({ start: a, end: b, text: raw.slice(a, b), norm: s.norm, role: s.role });
    }
    return { segs: out, stem: stemNorm };
  }

  /** The best evidence for `w` read as an attested stem + an enclitic pronoun (والدتها → والدة + ها). */
  private suffixedStemEvidence(w: string): number {
    let best = 0;
    for (const { suffix } of this.data.enclitics) {
      if (w.length - suffix.length < 3 || !w.endsWith(suffix)) continue;
      const s = w.slice(0, -suffix.length);
      best = Math.max(best, this.stemEvidence(s), s.endsWith('ت') ? this.stemEvidence(s.slice(0, -1) + 'ه') : 0);
    }
    return best;
  }

  private wholeKnown(w: string): boolean {
    return this.data.protected.has(w) || this.isKnown(w);
  }

  /** A protected word of three letters or more with a pronoun suffix: "والدهما" is والد + هما, not و + ال + دهما. */
  private protectedWithPronoun(w: string): boolean {
    for (const { suffix } of this.data.enclitics) {
      if (w.length - suffix.length >= 3 && w.endsWith(suffix) && this.data.protected.has(w.slice(0, -suffix.length))) return true;
    }
    return false;
  }

  /**
   * Should the one-letter proclitic at the start of `w` be split off? The remainder must be
   * attested at least GAMMA times as well as the whole word. A remainder that itself carries
   * clitics (وبالتالي, بواشنطون) counts with its stem's evidence, discounted. A hamza-alef right
   * after the letter (وأضاف, بأن) marks the start of a stem, so the bar is lowered.
   * `level` is the position of the remainder in the clitic order (1 after a conjunction, 2 after
   * a preposition).
   */
  private proclitic(w: string, gamma: number, hamzaNext: boolean, level: number): boolean {
    const r = w.slice(1);
    if (!this.minEvidence(r.length, r)) return false;
    let ev = this.stemEvidence(r);
    if (r.length >= 4) {
      const inner = this.compute(r, r, level);
      if (inner.segs && inner.stem !== r) {
        // an article, or a preposition with an article, right after the letter: و+ال, ب+ال, و+ب+ال, و+لل
        const first = inner.segs[0]!.role;
        // (unless the stem after the article is unattested while the whole word is common and reads as
        // an attested stem + a pronoun: والدتها is والدة + ها, no و + ال + دتها)
        if ((first === 'det' || (first === 'prep' && inner.segs[1]?.role === 'det')) && !(this.stemEvidence(inner.stem) === 0 && this.wholeEvidence(w) >= ATTESTED_WHOLE && this.suffixedStemEvidence(w) >= ATTESTED_WHOLE)) return true;
        ev = Math.max(ev, this.stemEvidence(inner.stem) / 4);
      }
    }
    if (r.length === 2 && this.data.short.has(r)) ev = Math.max(ev, 50);
    if (!this.enough(r, ev)) return false;
    return ev >= (hamzaNext ? gamma / 20 : gamma) * this.wholeEvidence(w);
  }

  /** Is the ال at the start of `w` the article? */
  private article(w: string): boolean {
    const r = w.slice(2);
    if (r.length < 2 || this.data.protected.has(w)) return false;
    if (r.length === 2 && !this.data.short.has(r) && this.count(r) < 100) return false;
    // a word attested with an article of its own is not article + stem (التزام → الالتزام)
    const withArticle = this.countAl(w);
    if (withArticle >= 3 && withArticle >= 0.02 * this.count(w)) return false;
    return true;
  }
}
