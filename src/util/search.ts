/**
 * Binary search over sorted data: the first index in [0, n) for which `before(i)` is false, given
 * that `before` is true for a prefix of the indices and false for the rest (n when it is never
 * false). For spans sorted by offset: the first span ending after a position, the number of spans
 * starting at or before it, and so on.
 */
export function partitionPoint(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
