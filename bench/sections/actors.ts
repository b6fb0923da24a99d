import { rate, timeIt, type BenchSection } from '../section.ts';
import { ActorKB } from '../../src/actors/kb.ts';
import { ActorMatcher } from '../../src/actors/matcher.ts';
import { ActorResolver } from '../../src/actors/resolve.ts';
import { tokenize } from '../../src/text/tokenize.ts';
import { loadTextResources } from '../../src/text/resources.ts';

/** Actor knowledge base: load time, matcher tokens/s (goal ≥ 500,000 on one core), full resolution tokens/s. */
const section: BenchSection = {
  name: 'actors',
  run(articles) {
    const t0 = performance.now();
    const kb = ActorKB.load({ wordFreq: loadTextResources().wordFreq });
    const loadMs = performance.now() - t0;
    console.log(`load                 ${loadMs.toFixed(0)} ms  (${kb.entries.length} entries)`);
    const docs = articles.map((a) => ({ text: a.text, tokens: tokenize(a.text), date: a.published }));
    const n = docs.reduce((s, d) => s + d.tokens.length, 0);
    const matcher = new ActorMatcher(kb);
    let found = 0;
    const tMatch = timeIt(() => {
      found = 0;
      for (const d of docs) found += matcher.match(d.tokens).length;
    });
    console.log(`matcher              ${rate(n, tMatch)} tokens/s  (${found} matches in ${n} tokens)`);
    const resolver = new ActorResolver(kb);
    let mentions = 0;
    const tRes = timeIt(() => {
      mentions = 0;
      for (const d of docs) mentions += resolver.resolve({ text: d.text, tokens: d.tokens, ...(d.date ? { date: d.date } : {}) }).mentions.length;
    });
    console.log(`resolve (full)       ${rate(n, tRes)} tokens/s  (${mentions} actor mentions)`);
  },
};
export default section;
