import { test } from 'node:test';
import assert from 'node:assert/strict';
import { knownPersonPhrases, markKnownPersons } from '../src/ner/known-persons.ts';
import { PhraseLexicon } from '../src/ner/lexicon.ts';
import { NerTagger, parseModel, serializeModel, type ModelData } from '../src/ner/model.ts';
import { ActorKB } from '../src/actors/kb.ts';

const persons = PhraseLexicon.fromEntries(['PER\tبان كي مون', 'PER\tعلي لاريجاني', 'PER\tالملك محمد السادس', 'PER\tمحمد السادس']);
const TITLES = new Set(['الملك', 'الرئيس']);

// [base forms, tagger tags, expected tags, names marked]
const CASES: [string, string, string, number][] = [
  // missed entirely: marked
  ['قال بان كي مون ان', 'O O O O O', 'O B-PERS I-PERS I-PERS O', 1],
  // cut short by the tagger: widened
  ['التقى علي لاريجاني امس', 'O O B-PERS O', 'O B-PERS I-PERS O', 1],
  // already right: unchanged (counted)
  ['التقى علي لاريجاني امس', 'O B-PERS I-PERS O', 'O B-PERS I-PERS O', 1],
  // the longest match starts with a title (ANERcorp leaves titles out): the name after it is the match
  ['قال الملك محمد السادس ان', 'O O B-PERS I-PERS O', 'O O B-PERS I-PERS O', 1],
  ['قال الملك محمد السادس ان', 'O O O O O', 'O O B-PERS I-PERS O', 1],
  // another type inside the match: left alone
  ['قال بان كي مون ان', 'O O O B-ORG O', 'O O O B-ORG O', 0],
  // the tagger's name goes on past the match: left alone
  ['التقى علي لاريجاني الثاني', 'O B-PERS I-PERS I-PERS', 'O B-PERS I-PERS I-PERS', 0],
  // two person spans inside the match: left alone
  ['التقى علي لاريجاني', 'O B-PERS B-PERS', 'O B-PERS B-PERS', 0],
];

test('known persons: missed and cut names of known people are marked, titles and other types are left alone', () => {
  for (const [b, t, want, n] of CASES) {
    const base = b.split(' ');
    const tags = t.split(' ');
    const got = markKnownPersons(base, tags, persons, (i) => TITLES.has(base[i]!));
    assert.deepEqual(tags.join(' '), want, b);
    assert.equal(got, n, b);
  }
});

test('known persons: from the knowledge base, only multi-word names of hand-curated people', () => {
  const lex = knownPersonPhrases(ActorKB.load());
  assert.ok(lex.size > 500, `${lex.size} names`);
  assert.ok(lex.get('بان كي مون'), 'a curated UN secretary-general');
  for (const e of lex.entries()) assert.ok(e.split('\t')[1]!.includes(' '), e);
  assert.equal(lex.get('مخيم بلاطه'), undefined, 'an imported "person" that is a camp');
});

test('known persons: stored in the model file and applied by the tagger', () => {
  const features = ['b', 'w0=قال'];
  const L = 5;
  const m: ModelData = {
    header: { labels: ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC'], knownPersons: 'both' },
    features,
    weights: new Float32Array(features.length * L).fill(0).map((_, k) => (k % L === 0 ? 1 : 0)), // everything O
    trans: new Float32Array((L + 1) * L),
    gazetteer: new PhraseLexicon(),
    triggers: PhraseLexicon.fromEntries(['PTITLE\tالرئيس']),
    knownPersons: PhraseLexicon.fromEntries(['PER\tبان كي مون']),
  };
  const back = parseModel(serializeModel(m));
  assert.deepEqual(back.knownPersons?.entries(), ['PER\tبان كي مون']);
  const two: ModelData = { ...back, stage2: { features: back.features, weights: back.weights, trans: back.trans } };
  const tagger = new NerTagger(two, {});
  assert.deepEqual(tagger.tag(['وقال', 'بان', 'كي', 'مون', 'إن']), ['O', 'B-PERS', 'I-PERS', 'I-PERS', 'O']);
  // a model without the header field does not mark them
  const off = new NerTagger({ ...two, header: { ...two.header, knownPersons: undefined } }, {});
  assert.deepEqual(off.tag(['وقال', 'بان', 'كي', 'مون', 'إن']), ['O', 'O', 'O', 'O', 'O']);
  // the header asks for them but the section is missing: a typed error
  assert.throws(() => parseModel(serializeModel({ ...m, knownPersons: undefined })), { code: 'E_MODEL_INVALID' });
});
