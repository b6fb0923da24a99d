/**
 * Entity-level error analysis of a tagging against gold BIO tags (used by `npm run eval:ner --
 * --analyze`; nothing here is needed at run time). Every gold entity that is not predicted exactly
 * (a false negative) and every predicted entity that is not in the gold (a false positive) is put
 * in one class:
 *
 * - `boundary`: an overlapping prediction of the same type with another span (with the side and
 *   the words added or left out);
 * - `type`: a prediction with the same span and another type (gold → predicted);
 * - `boundary+type`: overlapping, other span and other type;
 * - `miss`: a gold entity no predicted entity overlaps (all its words tagged O);
 * - `spurious`: a predicted entity no gold entity overlaps.
 */
import { bioSpans } from './conll.ts';

export interface Span {
  type: string;
  start: number;
  end: number;
}

export interface ErrorItem {
  kind: 'boundary' | 'type' | 'boundary+type' | 'miss' | 'spurious';
  /** the gold entity (absent for spurious) */
  gold?: Span;
  /** the predicted entity (absent for miss) */
  pred?: Span;
  sentence: number;
  /** e.g. "left+1 الرئيس", "right-1 الامريكية" (boundary errors only) */
  sides?: string[];
}

export interface ErrorAnalysis {
  gold: number;
  pred: number;
  correct: number;
  items: ErrorItem[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Classify the entity-level errors of one tagging (sentences of tokens, gold and predicted tags). */
export function analyzeErrors(tokens: readonly (readonly string[])[], gold: readonly (readonly string[])[], pred: readonly (readonly string[])[]): ErrorAnalysis {
  const items: ErrorItem[] = [];
  let nGold = 0;
  let nPred = 0;
  let correct = 0;
  for (let k = 0; k < gold.length; k++) {
    const g = bioSpans(gold[k]!);
    const p = bioSpans(pred[k]!);
    nGold += g.length;
    nPred += p.length;
    const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end && a.type === b.type;
    const gOk = g.map((x) => p.some((y) => same(x, y)));
    const pOk = p.map((y) => g.some((x) => same(x, y)));
    correct += gOk.filter(Boolean).length;
    const words = (a: number, b: number) => tokens[k]!.slice(a, b).join(' ');
    g.forEach((x, i) => {
      if (gOk[i]) return;
      const ov = p.filter((y, j) => !pOk[j] && overlaps(x, y));
      if (!ov.length) return void items.push({ kind: 'miss', gold: x, sentence: k });
      const y = ov.find((q) => q.start === x.start && q.end === x.end);
      if (y) return void items.push({ kind: 'type', gold: x, pred: y, sentence: k });
      const z = ov.find((q) => q.type === x.type) ?? ov[0]!;
      const sides: string[] = [];
      if (z.start < x.start) sides.push(`left+ ${words(z.start, x.start)}`);
      if (z.start > x.start) sides.push(`left- ${words(x.start, z.start)}`);
      if (z.end > x.end) sides.push(`right+ ${words(x.end, z.end)}`);
      if (z.end < x.end) sides.push(`right- ${words(z.end, x.end)}`);
      items.push({ kind: z.type === x.type ? 'boundary' : 'boundary+type', gold: x, pred: z, sentence: k, sides });
    });
    p.forEach((y, j) => {
      if (pOk[j]) return;
      // a wrong prediction overlapping a gold entity was counted with that entity (its false positive)
      if (g.some((x, i) => !gOk[i] && overlaps(x, y))) return;
      // overlapping only correctly found gold entities (e.g. a split name): spurious too
      items.push({ kind: 'spurious', pred: y, sentence: k });
    });
  }
  return { gold: nGold, pred: nPred, correct, items };
}

/**
 * Readable summary: counts per class (false negatives and false positives each class causes), the
 * type pairs, boundary sides, and the most frequent words in each class.
 */
export function formatErrorAnalysis(a: ErrorAnalysis, tokens: readonly (readonly string[])[], top = 15): string {
  const out: string[] = [];
  const fnOf = (k: ErrorItem['kind']) => a.items.filter((x) => x.kind === k && x.gold).length;
  const fpOf = (k: ErrorItem['kind']) => a.items.filter((x) => x.kind === k && x.pred).length;
  const fn = a.gold - a.correct;
  const fp = a.pred - a.correct;
  out.push(`gold ${a.gold}, predicted ${a.pred}, correct ${a.correct}; false negatives ${fn}, false positives ${fp}`);
  out.push('class | items | FN | FP');
  for (const k of ['boundary', 'type', 'boundary+type', 'miss', 'spurious'] as const) {
    out.push(`${k} | ${a.items.filter((x) => x.kind === k).length} | ${fnOf(k)} | ${fpOf(k)}`);
  }
  const counter = (xs: string[]) => {
    const m = new Map<string, number>();
    for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
    return [...m].sort((p, q) => q[1] - p[1]);
  };
  const text = (it: ErrorItem, s: Span) => tokens[it.sentence]!.slice(s.start, s.end).join(' ');
  const show = (title: string, xs: string[], n = top) => {
    const c = counter(xs);
    out.push(`\n${title} (${xs.length}): ` + c.slice(0, n).map(([x, v]) => `${x} ${v}`).join(' · '));
  };
  const of = (k: ErrorItem['kind']) => a.items.filter((x) => x.kind === k);
  show('type confusions gold→pred', of('type').map((x) => `${x.gold!.type}→${x.pred!.type}`));
  show('boundary errors by gold type', of('boundary').map((x) => x.gold!.type));
  show('boundary sides', of('boundary').flatMap((x) => x.sides!.map((s) => s.split(' ')[0]!)));
  show('boundary words', of('boundary').flatMap((x) => x.sides!), 40);
  show('boundary+type gold→pred', of('boundary+type').map((x) => `${x.gold!.type}→${x.pred!.type}`));
  show('misses by type', of('miss').map((x) => x.gold!.type));
  show('misses by length', of('miss').map((x) => `${x.gold!.end - x.gold!.start}w`));
  show('missed entities', of('miss').map((x) => `${x.gold!.type}:${text(x, x.gold!)}`), 60);
  show('spurious by type', of('spurious').map((x) => x.pred!.type));
  show('spurious entities', of('spurious').map((x) => `${x.pred!.type}:${text(x, x.pred!)}`), 60);
  show('type-confused entities', of('type').map((x) => `${x.gold!.type}→${x.pred!.type}:${text(x, x.gold!)}`), 40);
  show('boundary+type entities', of('boundary+type').map((x) => `${x.gold!.type}:${text(x, x.gold!)} ⇒ ${x.pred!.type}:${text(x, x.pred!)}`), 30);
  return out.join('\n');
}
