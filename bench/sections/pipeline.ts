import { Analyzer } from '../../src/analyzer.ts';
import { countWords } from '../corpus.ts';
import { rate, type BenchSection } from '../section.ts';

/** The whole default pipeline, article by article, as `rasid analyze` runs it. */
const section: BenchSection = {
  name: 'pipeline',
  async run(articles) {
    const t0 = process.hrtime.bigint();
    const analyzer = await Analyzer.create();
    const load = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(`resources load       ${load.toFixed(2)} s`);
    console.log(`stages               ${analyzer.pipeline.stages.map((s) => s.name).join(' → ')}`);
    const words = articles.reduce((n, a) => n + countWords(a.text), 0);
    let peakRss = 0;
    for (const a of articles.slice(0, 200)) analyzer.analyze(a.text, { published: a.published }); // warm-up
    const t1 = process.hrtime.bigint();
    const perStage = new Map<string, number>();
    for (const [i, a] of articles.entries()) {
      analyzer.analyze(a.text, { published: a.published });
      if (i % 200 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const secs = Number(process.hrtime.bigint() - t1) / 1e9;
    console.log(`whole pipeline       ${rate(words, secs)} words/s  (${rate(articles.length, secs)} articles/s, ${words.toLocaleString('en-US')} words)`);
    // per-stage share of the time
    const { RasidDocument } = await import('../../src/doc/document.ts');
    for (const a of articles) {
      const doc = new RasidDocument(a.text, { published: a.published });
      for (const s of analyzer.pipeline.stages) {
        const t = process.hrtime.bigint();
        s.process(doc);
        for (const p of s.provides) doc.provided.set(p, s.name);
        perStage.set(s.name, (perStage.get(s.name) ?? 0) + Number(process.hrtime.bigint() - t) / 1e9);
      }
    }
    const total = [...perStage.values()].reduce((x, y) => x + y, 0);
    for (const [name, t] of perStage) console.log(`  ${name.padEnd(18)} ${((100 * t) / total).toFixed(1).padStart(5)} %  ${rate(words, t)} words/s`);
    console.log(`peak rss             ${(peakRss / 1048576).toFixed(0)} MB`);
    // One very long document (the first 500 articles as one text): per-document work must stay
    // linear, so its rate should be close to the article-by-article rate above.
    const long = articles.slice(0, 500).map((a) => a.text).join('\n\n');
    const longWords = countWords(long);
    const t2 = process.hrtime.bigint();
    analyzer.analyze(long, {});
    const longSecs = Number(process.hrtime.bigint() - t2) / 1e9;
    console.log(`one long document    ${rate(longWords, longSecs)} words/s  (${(long.length / 1048576).toFixed(1)} MB, ${longWords.toLocaleString('en-US')} words, ${longSecs.toFixed(1)} s)`);
  },
};
export default section;
