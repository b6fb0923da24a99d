import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exchangeClusters } from '../src/ner/exchange-clusters.ts';

/** A toy corpus: ids of words, -1 between sentences; every word is clustered and is its own context. */
function corpus(sentences: string[][]) {
  const ids = new Map<string, number>();
  const seq: number[] = [-1];
  for (const s of sentences) {
    for (const w of s) {
      if (!ids.has(w)) ids.set(w, ids.size);
      seq.push(ids.get(w)!);
    }
    seq.push(-1);
  }
  const n = ids.size;
  const identity = Int32Array.from({ length: n }, (_, i) => i);
  return { ids, input: { seq: Int32Array.from(seq), length: seq.length, wordOf: identity, words: n, contextOf: identity, contexts: n + 1 } };
}

test('exchange clusters: words used in the same places end in the same class, others apart', () => {
  const people = ['زيد', 'عمرو', 'خالد', 'سعيد'];
  const places = ['بغداد', 'دمشق', 'القاهرة', 'عمان'];
  const sentences: string[][] = [];
  // interleaved so that the initial classes (index mod k) mix people and places
  for (let r = 0; r < 5; r++) {
    for (let i = 0; i < 4; i++) {
      sentences.push(['قال', people[i]!, 'في', places[(i + r) % 4]!]);
      sentences.push(['وصل', people[(i + r) % 4]!, 'الى', places[i]!]);
    }
  }
  const { ids, input } = corpus(sentences);
  const cls = exchangeClusters({ ...input, classes: 4, iterations: 10 });
  const classOf = (w: string) => cls[ids.get(w)!]!;
  for (const p of people) assert.equal(classOf(p), classOf(people[0]!), `${p} with the people`);
  for (const p of places) assert.equal(classOf(p), classOf(places[0]!), `${p} with the places`);
  assert.notEqual(classOf(people[0]!), classOf(places[0]!));
  // deterministic: the same input gives the same classes
  assert.deepEqual(exchangeClusters({ ...input, classes: 4, iterations: 10 }), cls);
});
