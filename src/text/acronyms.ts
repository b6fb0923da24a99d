/**
 * Spelled-out Latin acronyms in Arabic script: "بي. بي. سي" (BBC), "سي. إن. إن." (CNN),
 * "اتش.اس.بي.سي" (HSBC), "إم بي سي" (MBC). The tokenizer splits them into letter names and periods;
 * this module finds the runs so that the sentence splitter does not end a sentence at their periods
 * and the entities layer makes one entity of them. The letter names are data
 * (data/text/letter-names.txt, format in its header).
 */
import { readFileSync } from 'node:fs';
import type { Token } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { dataPath } from '../util/paths.ts';
import { dataLines } from './datafile.ts';
import { defaultCharMap, normalize, type CompiledCharMap } from './normalize.ts';

/** A run of letter names: tokens [tokenStart, tokenEnd), periods between them included, a final period not. */
export interface AcronymSpan {
  tokenStart: number;
  tokenEnd: number;
  /** The Latin reading, e.g. "BBC". */
  latin: string;
  /** Written with periods between the letters ("بي. بي. سي"). */
  dotted: boolean;
}

export class LetterNames {
  private constructor(
    /** normalized spelling → Latin letter */
    private readonly letters: ReadonlyMap<string, string>,
    /** spellings that are also frequent words (في، إن، أو) */
    private readonly common: ReadonlySet<string>,
  ) {}

  /** The Latin letter a normalized word spells, or undefined. */
  letterOf(norm: string): string | undefined {
    return this.letters.get(norm);
  }

  isCommon(norm: string): boolean {
    return this.common.has(norm);
  }

  static parse(src: string, input = 'letter-names.txt', map: CompiledCharMap = defaultCharMap()): LetterNames {
    const letters = new Map<string, string>();
    const common = new Set<string>();
    for (const d of dataLines(src, input)) {
      if (d.section === 'letters') {
        const [latin, ...forms] = d.line.split(/\s+/);
        if (!latin || !/^[A-Z]$/.test(latin) || !forms.length) throw d.bad('expected "LETTER SPELLING..." (a capital Latin letter, then Arabic spellings)');
        // a spelling shared by two letters (بي: B and P) reads as the first
        for (const f of forms) if (!letters.has(normalize(f, map))) letters.set(normalize(f, map), latin);
      } else if (d.section === 'common') {
        const n = normalize(d.line, map);
        if (!letters.has(n)) throw d.bad(`"${d.line}" is not a spelling listed under [letters]`);
        common.add(n);
      } else throw d.bad(`unknown section "${d.section}" (expected [letters] or [common])`);
    }
    if (!letters.size) throw new RasidError('E_RESOURCE_INVALID', 'no [letters] section', { input, hint: 'see the format in the file header' });
    return new LetterNames(letters, common);
  }

  static load(file = dataPath('text', 'letter-names.txt'), map?: CompiledCharMap): LetterNames {
    let src: string;
    try {
      src = readFileSync(file, 'utf8');
    } catch (e) {
      throw new RasidError('E_RESOURCE_MISSING', `cannot read letter names: ${(e as Error).message}`, { input: file, hint: 'reinstall Rasid; data/text/ ships with it' });
    }
    return LetterNames.parse(src, file, map);
  }

  /**
   * The spelled acronyms among `tokens`, in order:
   *  - with periods: two or more letter names, each followed by a period attached to it ("بي.") except
   *    perhaps the last, at least one of them not a common word ("سي. إن. إن");
   *  - without periods: three or more letter names in a row that start with a letter that is not a
   *    common word ("بي بي سي", "سي إن إن") or hold two such letters ("إم بي سي").
   */
  find(tokens: readonly Token[]): AcronymSpan[] {
    const out: AcronymSpan[] = [];
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !this.letters.has(t.norm)) {
        i++;
        continue;
      }
      const dotted = this.run(tokens, i, true);
      if (dotted.dots > 0 && dotted.letters >= 2 && dotted.rare >= 1) {
        out.push({ tokenStart: i, tokenEnd: dotted.end, latin: dotted.latin, dotted: true });
        i = dotted.end;
        continue;
      }
      const plain = this.run(tokens, i, false);
      if (plain.letters >= 3 && (!this.common.has(t.norm) || plain.rare >= 2)) {
        out.push({ tokenStart: i, tokenEnd: plain.end, latin: plain.latin, dotted: false });
        i = plain.end;
        continue;
      }
      i++;
    }
    return out;
  }

  /**
   * The run of letter names from token `i`: with `dotted`, each letter but the last followed by an attached
   * period and the next letter ("بي. بي. سي"); otherwise letters in a row ("بي بي سي").
   */
  private run(tokens: readonly Token[], i: number, dotted: boolean): { end: number; letters: number; rare: number; dots: number; latin: string } {
    let j = i;
    let letters = 0;
    let rare = 0;
    let dots = 0;
    let latin = '';
    while (j < tokens.length) {
      const u = tokens[j]!;
      const l = u.kind === 'word' ? this.letters.get(u.norm) : undefined;
      if (!l) break;
      letters++;
      latin += l;
      if (!this.common.has(u.norm)) rare++;
      j++;
      if (!dotted) continue;
      const p = tokens[j];
      const next = tokens[j + 1];
      if (p && p.kind === 'punct' && p.text === '.' && p.start === u.end && next && next.kind === 'word' && this.letters.has(next.norm)) {
        dots++;
        j++;
        continue;
      }
      break;
    }
    return { end: j, letters, rare, dots, latin };
  }
}
