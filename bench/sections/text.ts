import { countWords } from '../corpus.ts';
import { rate, timeIt, type BenchSection } from '../section.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { normalize } from '../../src/text/normalize.ts';
import { TextLayer } from '../../src/text/layer.ts';
import { loadTextResources } from '../../src/text/resources.ts';

const section: BenchSection = {
  name: 'text',
  run(articles) {
    const words = articles.reduce((n, a) => n + countWords(a.text), 0);
    const chars = articles.reduce((n, a) => n + a.text.length, 0);
    const tNorm = timeIt(() => {
      for (const a of articles) normalize(a.text);
    });
    console.log(`normalize            ${rate(words, tNorm)} words/s  (${(chars / tNorm / 1e6).toFixed(1)} M chars/s)`);
    const tTok = timeIt(() => {
      for (const a of articles) tokenize(a.text);
    });
    console.log(`tokenize             ${rate(words, tTok)} words/s`);
    // The whole text layer: tokenize + clitics + paragraphs + sentences + dates + numbers.
    const t0 = process.hrtime.bigint();
    const res = loadTextResources();
    const layer = new TextLayer(res);
    console.log(`text data load       ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(0)} ms`);
    // first pass with a cold clitic cache, then warm passes
    const cold = process.hrtime.bigint();
    for (const a of articles) layer.analyze(a.text, { published: a.published });
    const tCold = Number(process.hrtime.bigint() - cold) / 1e9;
    const cpu0 = process.cpuUsage();
    const tLayer = timeIt(() => {
      for (const a of articles) layer.analyze(a.text, { published: a.published });
    });
    const cpu = process.cpuUsage(cpu0);
    // timeIt runs 1 warm-up + 3 rounds; CPU time per round is steadier than wall time on a busy machine
    const cpuPerRound = (cpu.user + cpu.system) / 1e6 / 4;
    console.log(`text layer (cold)    ${rate(words, tCold)} words/s  (first pass, clitic cache filling)`);
    console.log(`text layer           ${rate(words, tLayer)} words/s  (tokenize + clitics + paragraphs + sentences + dates + numbers; target 1,000,000)`);
    console.log(`text layer (cpu)     ${rate(words, cpuPerRound)} words/s of CPU time (mean of 4 rounds)`);
  },
};
export default section;
