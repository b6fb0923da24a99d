import { countWords } from '../corpus.ts';
import { rate, timeIt, type BenchSection } from '../section.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { normalize } from '../../src/text/normalize.ts';

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
  },
};
export default section;
