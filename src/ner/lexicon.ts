/**
 * Lookup structures for NER features: phrase lexicons (gazetteers, trigger words, the actor
 * lexicon) matched longest-first over clitic-stripped token forms, and the word-cluster table.
 */
import { readFileSync } from 'node:fs';
import { RasidError } from '../errors.ts';
import { normalize } from '../text/normalize.ts';
import type { Vocabulary } from './clitics.ts';

/** A set of phrases (sequences of normalized words), each with one or more labels. */
export class PhraseLexicon {
  private readonly phrases = new Map<string, string[]>();
  private readonly firstWords = new Map<string, number>();
  private maxLen = 0;

  get size(): number {
    return this.phrases.size;
  }

  /**
   * Add a phrase (already normalized, words separated by single spaces) with a label. A phrase's
   * labels are kept sorted, so that the features they name ("g0=B-LOC/PERS") are the same however
   * the lexicon was built: read from its source files in training, or from a model's sorted section.
   */
  add(phrase: string, label: string): void {
    const words = phrase.split(' ').filter(Boolean);
    if (!words.length) return;
    const key = words.join(' ');
    const labels = this.phrases.get(key);
    if (labels) {
      if (!labels.includes(label)) {
        labels.push(label);
        labels.sort();
      }
    } else this.phrases.set(key, [label]);
    const first = words[0]!;
    if ((this.firstWords.get(first) ?? 0) < words.length) this.firstWords.set(first, words.length);
    if (words.length > this.maxLen) this.maxLen = words.length;
  }

  /** Words of multi-word phrases → the labels of the phrases they occur in (built on first use; the lexicon must not change afterwards). */
  wordParts(): ReadonlyMap<string, readonly string[]> {
    if (!this.parts) {
      const m = new Map<string, string[]>();
      for (const [p, ls] of this.phrases) {
        const words = p.split(' ');
        if (words.length < 2) continue;
        for (const w of words) {
          if (w.length < 3) continue;
          let a = m.get(w);
          if (!a) m.set(w, (a = []));
          for (const l of ls) if (!a.includes(l)) a.push(l);
        }
      }
      for (const a of m.values()) a.sort();
      this.parts = m;
    }
    return this.parts;
  }
  private parts: Map<string, string[]> | null = null;

  /** Whether some phrase starts with this word. */
  startsPhrase(word: string): boolean {
    return this.firstWords.has(word);
  }

  /** Labels of an exact phrase, or undefined. */
  get(phrase: string): readonly string[] | undefined {
    return this.phrases.get(phrase);
  }

  /**
   * Longest phrase starting at `i` over `forms` (one form per token; "" never matches), or null.
   */
  matchAt(forms: readonly string[], i: number): { len: number; labels: readonly string[] } | null {
    const first = forms[i];
    if (!first) return null;
    const max = this.firstWords.get(first);
    if (max === undefined) return null;
    const limit = Math.min(max, forms.length - i);
    let key = first;
    let best: { len: number; labels: readonly string[] } | null = null;
    for (let len = 1; len <= limit; len++) {
      if (len > 1) {
        const f = forms[i + len - 1];
        if (!f) break;
        key += ' ' + f;
      }
      const labels = this.phrases.get(key);
      if (labels) best = { len, labels };
    }
    return best;
  }

  /** All entries as "label\tphrase" lines, sorted (for serialization). */
  entries(): string[] {
    const out: string[] = [];
    for (const [p, ls] of this.phrases) for (const l of ls) out.push(`${l}\t${p}`);
    return out.sort();
  }

  static fromEntries(lines: Iterable<string>): PhraseLexicon {
    const lex = new PhraseLexicon();
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab > 0) lex.add(line.slice(tab + 1), line.slice(0, tab));
    }
    return lex;
  }
}

/**
 * Read a `LABEL<TAB>phrase` file (lines starting with "#" are comments); phrases are normalized
 * with normalize() and their words clitic-free as written.
 */
export function loadPhraseFile(file: string): PhraseLexicon {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', `cannot read phrase list ${file}`, { input: file, hint: 'restore the file from the repository', cause: e });
  }
  const lex = new PhraseLexicon();
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo++;
    if (!line.trim() || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) throw new RasidError('E_RESOURCE_INVALID', `line ${lineNo}: expected LABEL<TAB>phrase`, { input: file });
    lex.add(normalize(line.slice(tab + 1).trim()).replace(/\s+/g, ' '), line.slice(0, tab).trim());
  }
  return lex;
}

/** Word clusters: normalized word → cluster path prefixes at each granularity. Also a frequency-rank vocabulary. */
export class ClusterTable implements Vocabulary {
  private readonly entries = new Map<string, { rank: number; path: string; prefixes?: readonly string[] }>();
  readonly header: string[] = [];

  get size(): number {
    return this.entries.size;
  }

  /** Cluster path prefixes of a word ("3", "3.7", "3.7.1"), or undefined. */
  get(word: string): readonly string[] | undefined {
    const e = this.entries.get(word);
    if (!e) return undefined;
    if (!e.prefixes) {
      const p: string[] = [];
      let k = e.path.indexOf('.');
      while (k >= 0) {
        p.push(e.path.slice(0, k));
        k = e.path.indexOf('.', k + 1);
      }
      p.push(e.path);
      e.prefixes = p;
    }
    return e.prefixes;
  }

  rank(word: string): number | undefined {
    return this.entries.get(word)?.rank;
  }

  /** Parse the cluster file format (scripts/train-clusters.ts): "#" header lines, then word<TAB>path, most frequent first. */
  static parse(text: string, input = 'clusters'): ClusterTable {
    const t = new ClusterTable();
    let rank = 0;
    scanTabLines(
      text,
      t.header,
      (word, path) => t.entries.set(word, { rank: rank++, path }),
      (line) => new RasidError('E_RESOURCE_INVALID', `bad cluster line "${line.slice(0, 40)}"`, { input, hint: 'rebuild it with npm run train:clusters' }),
    );
    return t;
  }

  static load(file: string): ClusterTable {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new RasidError('E_RESOURCE_MISSING', `cannot read word clusters ${file}`, { input: file, hint: 'run npm run train:clusters, or restore the file from the repository', cause: e });
    }
    return ClusterTable.parse(text, file);
  }
}

/**
 * Binarized word embeddings (scripts/train-clusters.ts --vectors; Guo et al. 2014): for each word,
 * one code per embedding dimension, "+", "-" or "0". File: gzip-compressed, "#" header lines, then
 * word<TAB>codes (normalized words, most frequent first).
 */
export class EmbeddingCodes {
  private readonly codes = new Map<string, string>();
  readonly header: string[] = [];
  /** Number of dimensions (length of every code string). */
  dims = 0;

  get size(): number {
    return this.codes.size;
  }

  /** Codes of a word, or undefined. */
  get(word: string): string | undefined {
    return this.codes.get(word);
  }

  /** Parse the decompressed text. */
  static parse(text: string, input = 'embeddings'): EmbeddingCodes {
    const t = new EmbeddingCodes();
    const bad = (line: string) => new RasidError('E_RESOURCE_INVALID', `bad embedding-code line "${line.slice(0, 40)}"`, { input, hint: 'rebuild it with npm run train:clusters -- --vectors FILE' });
    scanTabLines(
      text,
      t.header,
      (word, code, from, to) => {
        if (!t.dims) t.dims = code.length;
        else if (code.length !== t.dims) throw bad(text.slice(from, to));
        t.codes.set(word, code);
      },
      bad,
    );
    return t;
  }
}

/**
 * The "#" header lines, then key<TAB>value lines, of a model table (clusters, embedding codes),
 * scanned without splitting the text into lines (tables have 100,000 lines and more). Blank lines
 * are skipped; a line without a key and a tab is refused with `bad`.
 */
function scanTabLines(text: string, header: string[], each: (key: string, value: string, lineStart: number, lineEnd: number) => void, bad: (line: string) => Error): void {
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    if (end === start) {
      start++;
      continue;
    }
    if (text.charCodeAt(start) === 0x23) {
      header.push(text.slice(start, end));
      start = end + 1;
      continue;
    }
    const tab = text.indexOf('\t', start);
    if (tab <= start || tab > end) throw bad(text.slice(start, end));
    each(text.slice(start, tab), text.slice(tab + 1, end), start, end);
    start = end + 1;
  }
}
