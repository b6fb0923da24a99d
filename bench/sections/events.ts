import { Analyzer } from '../../src/analyzer.ts';
import { RasidDocument } from '../../src/doc/document.ts';
import { documentEvents } from '../../src/events/index.ts';
import { loadEventLexicon } from '../../src/events/lexicon.ts';
import { aggregateNetwork, type NetworkEvent } from '../../src/network/aggregate.ts';
import { countWords } from '../corpus.ts';
import { rate, timeIt, type BenchSection } from '../section.ts';

/**
 * The event stage: its throughput on documents prepared by the stages before it, its share of the
 * whole default pipeline, events per article, network aggregation, and the lexicon's load time.
 */
const section: BenchSection = {
  name: 'events',
  async run(articles) {
    const t0 = process.hrtime.bigint();
    const lexLoaded = loadEventLexicon();
    console.log(`lexicon load         ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms (${lexLoaded.entries.length} entries)`);
    const analyzer = await Analyzer.create();
    const stages = analyzer.pipeline.stages;
    const ei = stages.findIndex((s) => s.name === 'events');
    if (ei < 0) {
      console.log('events stage not in the default pipeline');
      return;
    }
    const sample = articles.slice(0, 1500);
    const words = sample.reduce((n, a) => n + countWords(a.text), 0);
    const docs = sample.map((a) => {
      const doc = new RasidDocument(a.text, { published: a.published });
      for (const s of stages.slice(0, ei)) {
        s.process(doc);
        for (const p of s.provides) doc.provided.set(p, s.name);
      }
      return doc;
    });
    const lex = analyzer.resources.events;
    let n = 0;
    const items: NetworkEvent[] = [];
    const tEvents = timeIt(() => {
      n = 0;
      items.length = 0;
      for (const d of docs) {
        const evs = documentEvents(d, lex);
        n += evs.length;
        for (const e of evs) items.push({ event: e, date: d.meta.published });
      }
    });
    console.log(`events stage         ${rate(words, tEvents)} words/s  (${n} events in ${sample.length} articles, ${(n / sample.length).toFixed(1)} per article)`);
    // CPU time (the machine may be shared): best of three warm runs
    let cpuBest = Infinity;
    for (let r = 0; r < 3; r++) {
      const c0 = process.cpuUsage();
      for (const d of docs) documentEvents(d, lex);
      const c = process.cpuUsage(c0);
      cpuBest = Math.min(cpuBest, (c.user + c.system) / 1e6);
    }
    console.log(`events stage (CPU)   ${rate(words, cpuBest)} words/s of CPU time`);
    const tWhole = timeIt(() => {
      for (const a of sample) analyzer.analyze(a.text, { published: a.published });
    }, 1);
    console.log(`whole pipeline       ${rate(words, tWhole)} words/s; events stage share ${((tEvents / tWhole) * 100).toFixed(1)} %`);
    const tNet = timeIt(() => aggregateNetwork(items));
    const net = aggregateNetwork(items);
    console.log(`network aggregation  ${rate(items.length, tNet)} events/s (${net.nodes.length} actors, ${net.edges.length} relations)`);
  },
};
export default section;
