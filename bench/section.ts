import type { BenchArticle } from './corpus.ts';

export interface BenchSection {
  name: string;
  run(articles: BenchArticle[]): Promise<void> | void;
}

/** Time `fn` over the articles `rounds` times after one warm-up; returns seconds per round (best). */
export function timeIt(fn: () => void, rounds = 3): number {
  fn();
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return best;
}

export function rate(n: number, seconds: number): string {
  return Math.round(n / seconds).toLocaleString('en-US');
}
