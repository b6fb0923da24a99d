/**
 * CoNLL-style NER data: one token per line (the token is everything before the first whitespace;
 * the rest, usually the tag, follows), a blank line between sentences. And entity-level scoring as
 * in the CoNLL shared tasks: an entity counts only when its type and both boundaries match.
 */

export interface ConllSentence {
  tokens: string[];
  /** Tags from the second column, when present ("O" when a line has none). */
  tags: string[];
}

/** Parse CoNLL text. Lines with only whitespace separate sentences; "\r" is ignored. */
export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], tags: [] };
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let line = text.slice(start, end);
    start = end + 1;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const trimmed = line.trim();
    if (!trimmed) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      if (end === n) break;
      continue;
    }
    const m = /^(\S+)(?:\s+(\S+))?/.exec(trimmed)!;
    cur.tokens.push(m[1]!);
    cur.tags.push(m[2] ?? 'O');
    if (end === n) break;
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** One sentence as `token<TAB>tag` lines followed by a blank line. */
export function formatConllSentence(tokens: readonly string[], tags: readonly string[]): string {
  let s = '';
  for (let i = 0; i < tokens.length; i++) s += `${tokens[i]}\t${tags[i] ?? 'O'}\n`;
  return s + '\n';
}

/** Spans (type, start, end exclusive) of BIO tags; an I- without a matching B- starts an entity (conlleval behaviour). */
export function bioSpans(tags: readonly string[]): { type: string; start: number; end: number }[] {
  const spans: { type: string; start: number; end: number }[] = [];
  let type: string | null = null;
  let s = 0;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i]! : 'O';
    const pre = t.length > 2 && t[1] === '-' ? t[0] : t === 'O' ? 'O' : 'B';
    const ty = pre === 'O' ? null : t.length > 2 && t[1] === '-' ? t.slice(2) : t;
    const continues = pre === 'I' && type !== null && ty === type;
    if (type !== null && !continues) {
      spans.push({ type, start: s, end: i });
      type = null;
    }
    if (ty !== null && !continues) {
      type = ty;
      s = i;
    }
  }
  return spans;
}

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConllScore {
  byType: Record<string, TypeScore>;
  overall: TypeScore;
}

function finish(tp: number, fp: number, fn: number): TypeScore {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Entity-level precision, recall and F1 per type and overall. */
export function scoreEntities(gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): ConllScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const get = (t: string) => {
    let c = counts.get(t);
    if (!c) counts.set(t, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (let k = 0; k < gold.length; k++) {
    const g = bioSpans(gold[k]!);
    const p = bioSpans(pred[k] ?? []);
    const gk = new Set(g.map((x) => `${x.type}:${x.start}:${x.end}`));
    const pk = new Set(p.map((x) => `${x.type}:${x.start}:${x.end}`));
    for (const x of g) get(x.type)[pk.has(`${x.type}:${x.start}:${x.end}`) ? 'tp' : 'fn']++;
    for (const x of p) if (!gk.has(`${x.type}:${x.start}:${x.end}`)) get(x.type).fp++;
  }
  const byType: Record<string, TypeScore> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of [...counts.keys()].sort()) {
    const c = counts.get(t)!;
    byType[t] = finish(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return { byType, overall: finish(tp, fp, fn) };
}

/** A printable table of a score. */
export function formatScore(s: ConllScore): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const rows = ['type      prec   recall     F1   (tp/fp/fn)'];
  for (const [t, v] of Object.entries(s.byType)) rows.push(`${t.padEnd(6)} ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)}   (${v.tp}/${v.fp}/${v.fn})`);
  const o = s.overall;
  rows.push(`${'ALL'.padEnd(6)} ${pct(o.precision)} ${pct(o.recall)} ${pct(o.f1)}   (${o.tp}/${o.fp}/${o.fn})`);
  return rows.join('\n');
}
