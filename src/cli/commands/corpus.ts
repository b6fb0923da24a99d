/** The corpus commands: ingest, search, quotes, events, actor, export (docs/corpus.md). */
import type { Command } from 'commander';
import { registerIngest } from './ingest.ts';
import { registerQueries } from './query.ts';

export function registerCorpus(program: Command): void {
  registerIngest(program);
  registerQueries(program);
}
