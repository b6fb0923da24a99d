import { Analyzer } from '../../src/analyzer.ts';
import { RasidDocument } from '../../src/doc/document.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';
import { scanQuoteMarks } from '../../src/quotes/marks.ts';
import { countWords } from '../corpus.ts';
import { rate, timeIt, type BenchSection } from '../section.ts';

/**
 * The quotation stage: its throughput on documents prepared by the stages before it, its share of
 * the whole default pipeline (target: under 10 %), the quote-mark scan alone, and a 1 MB line.
 */
const section: BenchSection = {
  name: 'quotes',
  async run(articles) {
    const analyzer = await Analyzer.create();
    const stages = analyzer.pipeline.stages;
    const qi = stages.findIndex((s) => s.name === 'quotes');
    if (qi < 0) {
      console.log('quotes stage not in the default pipeline');
      return;
    }
    const sample = articles.slice(0, 1500);
    const words = sample.reduce((n, a) => n + countWords(a.text), 0);
    // documents as the quotes stage sees them
    const docs = sample.map((a) => {
      const doc = new RasidDocument(a.text, { published: a.published });
      for (const s of stages.slice(0, qi)) {
        s.process(doc);
        for (const p of s.provides) doc.provided.set(p, s.name);
      }
      return doc;
    });
    const lex = analyzer.resources.quotes;
    let n = 0;
    const tQuotes = timeIt(() => {
      n = 0;
      for (const d of docs) n += extractQuotes(d, lex).length;
    });
    const tWhole = timeIt(() => {
      for (const a of sample) analyzer.analyze(a.text, { published: a.published });
    }, 1);
    console.log(`quotes stage         ${rate(words, tQuotes)} words/s  (${n.toLocaleString('en-US')} quotations in ${sample.length} articles, ${(n / sample.length).toFixed(2)}/article)`);
    console.log(`whole pipeline       ${rate(words, tWhole)} words/s`);
    console.log(`quotes share         ${((100 * tQuotes) / tWhole).toFixed(1)} % of the pipeline time (target < 10 %)`);
    const text = sample.map((a) => a.text).join('\n');
    const tMarks = timeIt(() => scanQuoteMarks(text));
    console.log(`quote-mark scan      ${(text.length / tMarks / 1e6).toFixed(1)} M chars/s`);
    const unit = 'وقال الوزير إن "الوضع مستقر تماما في البلاد" وأضاف: الأمور بخير بحسب مصادر، ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const t1 = process.hrtime.bigint();
    const big = analyzer.analyze(line);
    console.log(`1 MB line, whole pipeline ${(Number(process.hrtime.bigint() - t1) / 1e9).toFixed(2)} s (${big.quotes.length.toLocaleString('en-US')} quotations)`);
  },
};
export default section;
