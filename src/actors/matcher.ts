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

interface Cand {
  key: string;
  strip: number;
  lamAl: boolean;
  node: TrieNode;
}

/** Cache bound: the candidates of a word are a pure function of the word and the (immutable) trie. */
const CACHE_MAX = 200_000;

export class ActorMatcher {
  private readonly root: TrieNode;
  private readonly scratch: { key: string; strip: number }[] = [];
  /** Normalized word → first-word candidates that start a trie path (null: none). Owned by this matcher. */
  private readonly cache = new Map<string, Cand[] | null>();

  constructor(kb: ActorKB) {
    this.root = kb.root;
  }

  /** Loose keys of every token. */
  keys(tokens: readonly Token[]): string[] {
    const out = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      out[i] = t.kind === 'word' ? looseKey(t.norm) : t.norm;
    }
    return out;
  }

  /** All non-overlapping leftmost-longest matches over `tokens[from..to)`. */
  match(tokens: readonly Token[], from = 0, to = tokens.length): RawMatch[] {
    const out: RawMatch[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) {
        out.push(m);
        i = m.tokenEnd - 1;
      }
    }
    return out;
  }

  private candidates(t: Token): Cand[] | null {
    const w = t.stem && t.stem !== t.norm ? t.norm + '\u0000' + t.stem : t.norm;
    let c = this.cache.get(w);
    if (c !== undefined) return c;
    const rootNext = this.root.next;
    const sc = this.scratch;
    if (t.kind === 'word') {
      firstWordCandidates(t.norm, sc);
      if (t.stem && t.stem !== t.norm) {
        const k = looseKey(t.stem);
        if (!sc.some((x) => x.key === k)) sc.push({ key: k, strip: Math.max(1, t.norm.length - t.stem.length) });
      }
    } else {
      sc.length = 0;
      sc.push({ key: t.norm, strip: 0 });
    }
    const found: Cand[] = [];
    for (const x of sc) {
      const node = rootNext?.get(x.key);
      if (!node) continue;
      const lamAl = x.strip > 0 && t.norm.startsWith('لل') && t.norm.length > 2 && x.key === looseKey('ال' + t.norm.slice(2));
      found.push({ key: x.key, strip: x.strip, lamAl, node });
    }
    c = found.length ? found : null;
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(w, c);
    return c;
  }

  /** The longest match starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number, to: number = tokens.length): RawMatch | null {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'latin') return null;
    const cands = this.candidates(t);
    if (!cands) return null;
    let best: RawMatch | null = null;
    for (let c = 0; c < cands.length; c++) {
      const cand = cands[c]!;
      let node: TrieNode = cand.node;
      let end = -1;
      let hits: TrieHit[] | undefined;
      if (node.hits) {
        end = i + 1;
        hits = node.hits;
      }
      for (let j = i + 1; j < to && node.next; j++) {
        const tk = tokens[j]!;
        if (tk.kind === 'url' || tk.kind === 'email') break;
        const n = node.next.get(tk.kind === 'word' ? looseKey(tk.norm) : tk.norm);
        if (!n) break;
        node = n;
        if (node.hits) {
          end = j + 1;
          hits = node.hits;
        }
      }
      if (end < 0 || !hits) continue;
      if (!best || end > best.tokenEnd || (end === best.tokenEnd && cand.strip < best.strip)) {
        best = { tokenStart: i, tokenEnd: end, strip: cand.strip, lamAl: cand.lamAl, hits };
      }
    }
    return best;
  }
}
