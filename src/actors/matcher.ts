/**
 * The actor matcher: leftmost-longest matching of knowledge-base forms over a token sequence, with a
 * token trie keyed by loose keys (src/actors/keys.ts). The first word of a match may carry proclitics
 * (و ف ب ل ك, لل = ل + ال): "وبريطانيا", "بواشنطون", "للولايات المتحدة". When the text layer has set
 * token.stem (clitic analysis), the stem is tried as well. One pass, no backtracking: O(tokens × longest form).
 * A Bloom filter over the trie's first words rejects most tokens before any string is built.
 */
import type { Token } from '../doc/types.ts';
import { candidateStarts, looseKey, looseKeyStart, MAX_CANDIDATES } from './keys.ts';
import type { ActorKB, TrieHit, TrieNode } from './kb.ts';
import type { KbKind } from './types.ts';

/** Kinds of named organizations that a title's words may run into ("رئيس البرلمان العربي"); ministries are not among them. */
const NAMED_ORG_KINDS: ReadonlySet<KbKind> = new Set<KbKind>(['igo', 'party', 'armed_group', 'media', 'company', 'ngo']);

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

/** Hash of the suffix of `s` from `from` (FNV-1a), computed without building the substring. */
function suffixHash(s: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A prefilter on the trie's first level. Every candidate key of a token is a suffix of its normalized
 * form (candidateStarts gives where each starts) or its clitic stem's loose key, so its hash can be
 * computed without building the string. The filter holds the hashes of the root's keys in a Bloom
 * filter (two bits per key in 2^18 bits: 32 KB, small enough to stay in the CPU cache): most tokens
 * (three in four in news text) are rejected with no string building and no map lookup, and nearly
 * every reading that passes is a real first word. A false positive only costs the exact lookup;
 * there are no false negatives.
 */
class RootKeyFilter {
  private static readonly BITS = 1 << 18;
  private readonly bits = new Uint32Array(RootKeyFilter.BITS >>> 5);

  constructor(keys: Iterable<string>) {
    for (const k of keys) this.add(suffixHash(k, 0));
  }

  /** murmur3's finalizer: spreads the hash over all 32 bits; the two probes take different bits of it. */
  private static mix(h: number): number {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
  }

  private add(h: number): void {
    const x = RootKeyFilter.mix(h);
    const a = x & (RootKeyFilter.BITS - 1);
    const b = (x >>> 14) & (RootKeyFilter.BITS - 1);
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  /** True when a key with hash `h` may be a first word (suffixHash of the key). */
  has(h: number): boolean {
    const x = RootKeyFilter.mix(h);
    const a = x & (RootKeyFilter.BITS - 1);
    const b = (x >>> 14) & (RootKeyFilter.BITS - 1);
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}

export class ActorMatcher {
  private readonly root: TrieNode;
  private readonly filter: RootKeyFilter | null;
  /**
   * The first-word readings of the token being matched, refilled by candidates() for each token and
   * read right away by matchAt (reused buffers instead of a per-word cache or per-token objects).
   */
  private readonly candNode: TrieNode[] = [];
  private readonly candStrip = new Int32Array(MAX_CANDIDATES + 1);
  private readonly candLamAl = new Uint8Array(MAX_CANDIDATES + 1);
  private readonly starts = new Int32Array(MAX_CANDIDATES);
  private readonly strips = new Int32Array(MAX_CANDIDATES);

  /** `prefilter: false` looks every reading up (the same matches, slower; for tests). */
  constructor(kb: ActorKB, opts: { prefilter?: boolean } = {}) {
    this.root = kb.root;
    this.filter = opts.prefilter === false ? null : new RootKeyFilter(kb.root.next?.keys() ?? []);
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

  /**
   * All non-overlapping leftmost-longest matches over `tokens[from..to)`. `keys`: the tokens' loose
   * keys when the caller has them (keys()), so they are not built again.
   */
  match(tokens: readonly Token[], from = 0, to = tokens.length, keys?: readonly string[]): RawMatch[] {
    const out: RawMatch[] = [];
    for (let i = from; i < to; i++) {
      let m: RawMatch | null = this.matchAt(tokens, i, to, keys);
      if (m) {
        // a longer form of the same entry starting one word later wins: "الشيخ صباح الأحمد" (a form with its
        // title) before "صباح الأحمد الجابر الصباح" is the full name; the title is left to the title layer
        // (only after a title word: "تنظيم الدولة الإسلامية في العراق" keeps its head)
        if (m.tokenEnd - m.tokenStart >= 2 && i + 1 < to) {
          const n = this.matchAt(tokens, i + 1, to, keys);
          if (n && n.tokenEnd > m.tokenEnd && n.hits.some((h) => m!.hits.some((g) => g.entry === h.entry)) && this.matchAt(tokens, i, i + 1, keys)?.hits.some((h) => h.entry.kind === 'agent')) m = n;
        }
        // a title whose last words begin a longer name of an organization ("رئيس 【البرلمان العربي】", not the generic
        // "رئيس البرلمان" + "العربي"): the title ends where the name begins (ministries stay in their titles:
        // "وزير الخارجية الأمريكي")
        if (m.tokenEnd - m.tokenStart >= 2 && m.hits.every((h) => h.entry.kind === 'agent')) {
          for (let j = m.tokenStart + 1; j < m.tokenEnd; j++) {
            const n = this.matchAt(tokens, j, to, keys);
            if (!n || n.tokenEnd <= m.tokenEnd || !n.hits.some((h) => NAMED_ORG_KINDS.has(h.entry.kind) && !h.entry.generic)) continue;
            const head = this.matchAt(tokens, i, j, keys);
            if (head) m = head;
            else {
              m = null;
              i = j - 1;
            }
            break;
          }
          if (!m) continue;
        }
        out.push(m);
        i = m.tokenEnd - 1;
      }
    }
    return out;
  }

  /**
   * Fills the candidate buffers with the readings of `t` as the first word of a form that start a trie
   * path: the readings of firstWordCandidates in its order, then the clitic stem's loose key unless a
   * reading of the whole word gave the same key. Returns how many.
   */
  private candidates(t: Token): number {
    const rootNext = this.root.next;
    if (!rootNext) return 0;
    const norm = t.norm;
    const filter = this.filter;
    if (t.kind !== 'word') return filter && !filter.has(suffixHash(norm, 0)) ? 0 : this.take(norm, norm, 0, rootNext, 0);
    let found = 0;
    const k = candidateStarts(norm, this.starts, this.strips);
    for (let j = 0; j < k; j++) {
      const s = this.starts[j]!;
      if (filter && !filter.has(suffixHash(norm, s))) continue;
      found = this.take(norm, s ? norm.slice(s) : norm, this.strips[j]!, rootNext, found);
    }
    const stem = t.stem;
    if (stem && stem !== norm) {
      const s = looseKeyStart(stem);
      if (!filter || filter.has(suffixHash(stem, s))) {
        const key = s ? stem.slice(s) : stem;
        let same = false;
        for (let j = 0; j < k && !same; j++) same = norm.length - this.starts[j]! === key.length && norm.startsWith(key, this.starts[j]!);
        // (the letters stripped are those before the stem: "مبعوثه" loses only its pronoun, "وبوزيره" و and ب)
        const at = norm.indexOf(stem);
        if (!same) found = this.take(norm, key, at >= 0 ? at + s : Math.max(1, norm.length - stem.length), rootNext, found);
      }
    }
    return found;
  }

  /** Adds the reading `key` of the word `norm` when it starts a trie path; the new count. */
  private take(norm: string, key: string, strip: number, rootNext: Map<string, TrieNode>, found: number): number {
    const node = rootNext.get(key);
    if (!node) return found;
    this.candNode[found] = node;
    this.candStrip[found] = strip;
    this.candLamAl[found] = strip > 0 && norm.startsWith('لل') && norm.length > 2 && key === looseKey('ال' + norm.slice(2)) ? 1 : 0;
    return found + 1;
  }

  /** The longest match starting at token `i`, or null. */
  matchAt(tokens: readonly Token[], i: number, to: number = tokens.length, keys?: readonly string[]): RawMatch | null {
    const t = tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'latin') return null;
    const nCands = this.candidates(t);
    let best: RawMatch | null = null;
    for (let c = 0; c < nCands; c++) {
      const strip = this.candStrip[c]!;
      let node: TrieNode = this.candNode[c]!;
      let end = -1;
      let hits: TrieHit[] | undefined;
      if (node.hits) {
        end = i + 1;
        hits = node.hits;
      }
      for (let j = i + 1; j < to && node.next; j++) {
        const tk = tokens[j]!;
        if (tk.kind === 'url' || tk.kind === 'email') break;
        const n = node.next.get(keys ? keys[j]! : tk.kind === 'word' ? looseKey(tk.norm) : tk.norm);
        if (!n) break;
        node = n;
        if (node.hits) {
          end = j + 1;
          hits = node.hits;
        }
      }
      if (end < 0 || !hits) continue;
      if (!best || end > best.tokenEnd || (end === best.tokenEnd && strip < best.strip)) {
        best = { tokenStart: i, tokenEnd: end, strip, lamAl: this.candLamAl[c] === 1, hits };
      }
    }
    return best;
  }
}
