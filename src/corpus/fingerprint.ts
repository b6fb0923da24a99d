/**
 * Duplicate detection fingerprints.
 * - Exact: SHA-1 of the normalized terms of the text (so spacing, punctuation, diacritics and
 *   letter variants do not make two copies differ).
 * - Near: 64-bit SimHash over word 3-shingles of the normalized terms; two texts whose SimHashes
 *   differ in at most NEAR_DISTANCE bits are near-duplicates (wire copies republished with small
 *   edits). Lookup by 4 bands of 16 bits: two hashes within 3 bits share at least one band exactly.
 */
import { createHash } from 'node:crypto';

export const NEAR_DISTANCE = 3;
/** Texts with fewer terms get only exact-duplicate detection (SimHash is unreliable on a few words). */
export const NEAR_MIN_TERMS = 40;

export interface Fingerprint {
  contentHash: string;
  /** 16 hex digits, or null for short texts. */
  simhash: string | null;
  /** Band keys (band index × 65536 + 16-bit value), empty for short texts. */
  bands: number[];
}

const FNV_PRIME = 0x01000193;
const SEED_HI = 0x811c9dc5;
const SEED_LO = 0x9747b28c;

/** Final avalanche (murmur3 fmix32) so that nearby shingles spread over all bits. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Fingerprint from the normalized terms of a text (SearchText.terms). Each shingle "a b c" is
 * hashed twice (FNV-1a with two seeds, then fmix32) without building the string; a SimHash bit is
 * set when more than half of the shingle hashes have it.
 */
export function fingerprint(terms: readonly string[]): Fingerprint {
  const contentHash = createHash('sha1').update(terms.join(' ')).digest('hex');
  if (terms.length < NEAR_MIN_TERMS) return { contentHash, simhash: null, bands: [] };
  const ones = new Int32Array(64);
  const shingles = terms.length - 2;
  for (let i = 0; i < shingles; i++) {
    let hi = SEED_HI;
    let lo = SEED_LO;
    for (let k = 0; k < 3; k++) {
      if (k > 0) {
        hi = Math.imul(hi ^ 32, FNV_PRIME);
        lo = Math.imul(lo ^ 32, FNV_PRIME);
      }
      const t = terms[i + k]!;
      for (let j = 0; j < t.length; j++) {
        const c = t.charCodeAt(j);
        hi = Math.imul(hi ^ c, FNV_PRIME);
        lo = Math.imul(lo ^ c, FNV_PRIME);
      }
    }
    hi = fmix(hi);
    lo = fmix(lo);
    for (let b = 0; b < 32; b++) {
      ones[b]! += (hi >>> b) & 1;
      ones[32 + b]! += (lo >>> b) & 1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let b = 0; b < 32; b++) {
    if (2 * ones[b]! > shingles) hi |= 1 << b;
    if (2 * ones[32 + b]! > shingles) lo |= 1 << b;
  }
  hi >>>= 0;
  lo >>>= 0;
  const simhash = hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
  return { contentHash, simhash, bands: bandsOf(simhash) };
}

export function bandsOf(simhash: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < 4; k++) out.push(k * 65536 + parseInt(simhash.slice(k * 4, k * 4 + 4), 16));
  return out;
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Hamming distance of two 16-hex-digit SimHashes. */
export function hamming(a: string, b: string): number {
  return popcount32((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) + popcount32((parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16)) >>> 0);
}
