/** Helpers that keep right-to-left text readable in a left-to-right terminal. */

/** Wrap text in a first-strong isolate so Arabic inside a Latin line keeps its own direction. */
export function iso(s: string): string {
  return `\u2068${s}\u2069`;
}

/** Pad to a display width (counting isolates and combining marks as zero). */
export function padEnd(s: string, width: number): string {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 0x2068 || c === 0x2069 || (c >= 0x064b && c <= 0x065f) || c === 0x0670) continue;
    w++;
  }
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** Shorten to `max` characters with an ellipsis. */
export function clip(s: string, max: number): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : one.slice(0, max - 1) + '…';
}
