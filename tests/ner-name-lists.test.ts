import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addNameListLabels, loadNameLists, parseNameList, withoutListLabels } from '../src/ner/name-lists.ts';
import { isRasidError } from '../src/errors.ts';
import { dataPath } from '../src/util/paths.ts';
import { normalize } from '../src/text/normalize.ts';

test('parseNameList reads KIND<TAB>name lines and skips comments and blank lines', () => {
  const text = '\uFEFF# a list\n\nPER\tخوسيه\nORG\tريال مدريد\r\nLOC\tلايبزيغ\n';
  assert.deepEqual(parseNameList(text, 'x.tsv'), [
    { kind: 'PER', name: 'خوسيه' },
    { kind: 'ORG', name: 'ريال مدريد' },
    { kind: 'LOC', name: 'لايبزيغ' },
  ]);
});

test('parseNameList: a malformed line is a typed error naming the file and the line', () => {
  for (const bad of ['PERS\tخوسيه', 'PER خوسيه', 'PER\t', 'PER\tخوسيه\tزيادة']) {
    assert.throws(
      () => parseNameList(`# list\n${bad}\n`, 'lists/bad.tsv'),
      (e) => isRasidError(e) && e.code === 'E_RESOURCE_INVALID' && e.input === 'lists/bad.tsv' && /line 2/.test(e.message),
      bad,
    );
  }
});

test('addNameListLabels: person words one by one, places and organizations by name length, merged with existing labels', () => {
  const base = new Map([['مدريد', 'LOC1']]);
  const out = addNameListLabels(base, [
    { kind: 'PER', name: 'فان دايك' },
    { kind: 'ORG', name: 'ريال مدريد' },
    { kind: 'ORG', name: 'اندرلخت' },
    { kind: 'LOC', name: 'لايبزيغ' },
    { kind: 'PER', name: 'لي' }, // two letters: left out
  ]);
  assert.equal(out.get('فان'), 'PERn');
  assert.equal(out.get('دايك'), 'PERn');
  assert.equal(out.get('مدريد'), 'LOC1 ORGnp');
  assert.equal(out.get('ريال'), 'ORGnp');
  assert.equal(out.get('اندرلخت'), 'ORGn1');
  assert.equal(out.get(normalize('لايبزيغ')), 'LOCn1');
  assert.equal(out.has('لي'), false);
  assert.equal(base.get('مدريد'), 'LOC1', 'the input map is not changed');
});

test('the shipped name lists load, and hold no ordinary function words', () => {
  const { files, entries } = loadNameLists(dataPath('ner', 'name-lists'));
  assert.ok(files.length >= 8, `${files.length} files`);
  assert.ok(entries.length > 5000, `${entries.length} names`);
  const labels = addNameListLabels(undefined, entries);
  for (const w of ['الذي', 'التي', 'على', 'الى', 'قال', 'وزير', 'الرئيس', 'مارس', 'كان', 'بين']) assert.equal(labels.has(normalize(w)), false, w);
  assert.deepEqual(loadNameLists('/nonexistent/dir'), { files: [], entries: [] });
});

test('withoutListLabels takes the lists\' labels out of stored word labels and keeps the knowledge base\'s', () => {
  const stored = addNameListLabels(new Map([['مدريد', 'LOC1'], ['كيري', 'PERp']]), [
    { kind: 'ORG', name: 'ريال مدريد' },
    { kind: 'PER', name: 'كيري' },
    { kind: 'MISC', name: 'عاصفة الحزم' },
  ]);
  assert.deepEqual([...withoutListLabels(stored)!], [['كيري', 'PERp'], ['مدريد', 'LOC1']]);
  assert.equal(withoutListLabels(undefined), undefined);
});
