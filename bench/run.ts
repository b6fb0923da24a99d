/**
 * `npm run bench`: throughput of each part of the engine, printed as figures.
 * Each section is a file in bench/sections/ exporting `run(corpus)`; pass section names to run
 * only those (npm run bench -- text actors).
 */
import { loadBenchCorpus } from './corpus.ts';
import type { BenchSection } from './section.ts';
import textSection from './sections/text.ts';
import pipelineSection from './sections/pipeline.ts';
import nerSection from './sections/ner.ts';
import actorsSection from './sections/actors.ts';
import quotesSection from './sections/quotes.ts';
import eventsSection from './sections/events.ts';

const SECTIONS: BenchSection[] = [textSection, pipelineSection, nerSection, actorsSection, quotesSection, eventsSection];

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const corpus = loadBenchCorpus();
process.stdout.write(`corpus: ${corpus.name}, ${corpus.articles.length} articles\n`);
for (const s of SECTIONS) {
  if (only.length && !only.includes(s.name)) continue;
  process.stdout.write(`\n== ${s.name}\n`);
  await s.run(corpus.articles);
}
const mem = process.memoryUsage();
process.stdout.write(`\npeak-ish memory: rss ${(mem.rss / 1048576).toFixed(0)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(0)} MB\n`);
