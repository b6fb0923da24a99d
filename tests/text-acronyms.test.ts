import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LetterNames } from '../src/text/acronyms.ts';
import { tokenize } from '../src/text/tokenize.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { ParagraphSplitter } from '../src/text/paragraphs.ts';
import { loadSourceData } from '../src/text/paragraphs.ts';

const letters = LetterNames.load();
const found = (text: string) => {
  const tokens = tokenize(text);
  return letters.find(tokens).map((a) => `${text.slice(tokens[a.tokenStart]!.start, tokens[a.tokenEnd - 1]!.end)}=${a.latin}`);
};

test('spelled acronyms: table', () => {
  const cases: [string, string[]][] = [
    ['نقلت (بي. بي. سي) عنه', ['بي. بي. سي=BBC']],
    ['قال لشبكة سي. إن. إن. الأمريكية', ['سي. إن. إن=CNN']],
    ['بنوك اتش.اس.بي.سي وستاندرد', ['اتش.اس.بي.سي=HSBC']],
    ['نظام (جي. بي. إس.) لتعقب', ['جي. بي. إس=GBS']],
    ['قناة بي بي سي عربي', ['بي بي سي=BBC']],
    ['مجموعة إم بي سي', ['إم بي سي=MBC']],
    ['شبكة سي إن إن', ['سي إن إن=CNN']],
    // ordinary words that spell letters are no acronym
    ['وقال إن في أو قبل', []],
    ['جاء في بي', []],
    ['مجموعة إم بي', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(found(text), want, text);
});

test('spelled acronyms: the sentence splitter ends no sentence at their periods', () => {
  const text = 'وقال لشبكة سي. إن. إن. الأمريكية إن الاتفاق قريب. وأضاف أن (بي. بي. سي) نقلت ذلك.';
  const tokens = tokenize(text);
  const paras = new ParagraphSplitter(loadSourceData()).split(text);
  const with_ = splitSentences(text, tokens, paras, letters).map((s) => s.text);
  assert.deepEqual(with_, ['وقال لشبكة سي. إن. إن. الأمريكية إن الاتفاق قريب.', 'وأضاف أن (بي. بي. سي) نقلت ذلك.']);
  // an undotted acronym's final period ends the sentence
  const t2 = 'نقلت ذلك قناة بي بي سي. وأضاف المصدر أن الأمر انتهى.';
  assert.equal(splitSentences(t2, tokenize(t2), new ParagraphSplitter(loadSourceData()).split(t2), letters).length, 2);
});

test('letter names: format errors name the problem', () => {
  assert.throws(() => LetterNames.parse('[letters]\nb بي\n', 'x.txt'), { code: 'E_RESOURCE_INVALID' });
  assert.throws(() => LetterNames.parse('[letters]\nB بي\n[common]\nفي\n', 'x.txt'), { code: 'E_RESOURCE_INVALID' });
  assert.throws(() => LetterNames.parse('[other]\nB بي\n', 'x.txt'), { code: 'E_RESOURCE_INVALID' });
  assert.throws(() => LetterNames.load('/nonexistent/letters.txt'), { code: 'E_RESOURCE_MISSING' });
});
