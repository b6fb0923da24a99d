/**
 * The actor matcher: leftmost-longest matching of knowledge-base forms over a token sequence, with a
 * token trie keyed by loose keys (src/actors/keys.ts). The first word of a match may carry proclitics
 * (و ف ب ل ك, لل = ل + ال): "وبريطانيا", "بواشنطون", "للولايات المتحدة". When the text layer has set
 * token.stem (clitic analysis), the stem is tried as well. One pass, no backtracking: O(tokens × longest form).
 */
import type { Token } from '../doc/types.ts';
import { firstWordCandidates, looseKey } from './keys.ts';
import type { ActorKB, TrieHit, TrieNode } from './kb.ts';

export interface RawMatch {
  /** First token and one past the last token. */
  tokenStart: number;
  tokenEnd: number;
  /** Proclitic characters stripped from the first token's normalized form (0 = none). */
  strip: number;
  /** True when the first word was read as ل + ال ("للولايات"). */
  lamAl: boolean;
  hits: TrieHit[];
}

const MATCHABLE = new Set(['word', 'latin', 'number', 'punct', 'symbol']);

export class ActorMatcher {
  private readonly root: TrieNode;
  private readonly cands: { key: string; strip: number }[] = [];

  constructor(kb: ActorKB) {
    this.root = kb.root;
  }

  /** Loose keys of every token (computed once per document). */
  keys(tokens: readonly Token[]): string[] {
    const out = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      out[i] = t.kind === 'word' ? looseKey(t.norm) : t.norm;
    }
    return out;
  }

  /** All non-overlapping leftmost-longest matches over `tokens[from..to)`. */
  match(tokens: readonly Token[], from = 0, to = tokens.length, keys: string[] = this.keys(tokens)): RawMatch[] {
    const out: RawMatch[] = [];
    const rootNext = this.root.next;
    if (!rootNext) return out;
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to, keys);
      if (m) {
        out.push(m);
        i = m.tokenEnd - 1;
      }
    }
    return out;
  }

  /** The longest match starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number, to: number, keys: string[]): RawMatch | null {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'latin') return null;
    const rootNext = this.root.next!;
    const cands = this.cands;
    if (t.kind === 'word') {
      firstWordCandidates(t.norm, cands);
      if (t.stem && t.stem !== t.norm) {
        const k = looseKey(t.stem);
        if (!cands.some((c) => c.key === k)) cands.push({ key: k, strip: Math.max(1, t.norm.length - t.stem.length) });
      }
    } else {
      cands.length = 0;
      cands.push({ key: keys[i]!, strip: 0 });
    }
    let best: RawMatch | null = null;
    for (let c = 0; c < cands.length; c++) {
      const cand = cands[c]!;
      let node = rootNext.get(cand.key);
      if (!node) continue;
      let end = -1;
      let hits: TrieHit[] | undefined;
      if (node.hits) {
        end = i + 1;
        hits = node.hits;
      }
      for (let j = i + 1; j < to && node.next; j++) {
        const tk = tokens[j]!;
        if (!MATCHABLE.has(tk.kind)) break;
        const n = node.next.get(keys[j]!);
        if (!n) break;
        node = n;
        if (node.hits) {
          end = j + 1;
          hits = node.hits;
        }
      }
      if (end < 0 || !hits) continue;
      if (!best || end > best.tokenEnd || (end === best.tokenEnd && cand.strip < best.strip)) {
        const lamAl = cand.strip > 0 && t.norm.startsWith('لل') && cand.key === looseKey('ال' + t.norm.slice(2)) && t.norm.length > 2;
        best = { tokenStart: i, tokenEnd: end, strip: cand.strip, lamAl, hits };
      }
    }
    return best;
  }
}
