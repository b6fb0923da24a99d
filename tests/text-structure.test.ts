import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSourceData, ParagraphSplitter, parseSourceData, titleFromParagraphs } from '../src/text/paragraphs.ts';
import { splitSentences } from '../src/text/sentences.ts';
import { tokenize } from '../src/text/tokenize.ts';

const splitter = new ParagraphSplitter(loadSourceData());

function sentences(text: string): string[] {
  const paras = splitter.split(text);
  return splitSentences(text, tokenize(text), paras).map((s) => s.text);
}

test('paragraphs: kinds of lines', () => {
  const cases: [string, string][] = [
    ['التفاهم مع إيران\nنص المقال هنا.', 'heading'],
    ['المصدر: ميدل إيست آي', 'source-line'],
    ['المصدر :', 'source-line'],
    ['(رويترز)', 'source-line'],
    ['- واس', 'source-line'],
    ['وكالات', 'source-line'],
    ['نقلا عن: الشرق الأوسط', 'source-line'],
    ['الرياض - واس', 'source-line'],
    ['قال الوزير إن المحادثات ستستأنف الأسبوع المقبل.', 'body'],
    ['وقال الوزير:\nنص.', 'body'],
  ];
  for (const [text, kind] of cases) assert.equal(splitter.split(text)[0]!.kind, kind, text);
  // a later line ending in a closing quote is a quotation, not a heading
  assert.equal(splitter.split('مقدمة.\nوقال: «لن نسمح بذلك»\nتابع.')[1]!.kind, 'body');
  // a short line with a sentence end inside is body
  assert.equal(splitter.split('انتهى. ثم عاد\nتابع.')[0]!.kind, 'body');
});

test('paragraphs: spans are trimmed lines, in order, over \\n, \\r\\n and U+2029', () => {
  const text = '  عنوان قصير  \r\n\r\nجملة أولى. جملة ثانية.\u2029\u200f\n المصدر: وكالات ';
  const p = splitter.split(text);
  assert.deepEqual(p.map((x) => [x.kind, x.text]), [['heading', 'عنوان قصير'], ['body', 'جملة أولى. جملة ثانية.'], ['source-line', 'المصدر: وكالات']]);
  for (const x of p) assert.equal(text.slice(x.start, x.end), x.text);
  assert.equal(titleFromParagraphs(p), 'عنوان قصير');
  // a last short line is not a heading; one line alone gives no title
  assert.equal(splitter.split('جملة واحدة بلا نقطة')[0]!.kind, 'body');
  assert.equal(titleFromParagraphs(splitter.split('جملة واحدة بلا نقطة')), undefined);
});

test('paragraphs: source data format is checked', () => {
  assert.throws(() => parseSourceData('رويترز\n'), /outside/);
  assert.equal(parseSourceData('[agencies]\nأ ف ب\n').agencies[0]!.length, 3);
});

test('sentences: Arabic punctuation, abbreviations, decimals, ellipses, quotations', () => {
  const cases: [string, string[]][] = [
    ['قال الوزير إن الوضع خطير. وأضاف أن الحل سياسي؟ نعم!', ['قال الوزير إن الوضع خطير.', 'وأضاف أن الحل سياسي؟', 'نعم!']],
    // ؛ and ، separate clauses, not sentences
    ['اتهم الرئيس الهجمات؛ وقال إنها عديمة الجدوى، ثم غادر.', ['اتهم الرئيس الهجمات؛ وقال إنها عديمة الجدوى، ثم غادر.']],
    // abbreviations and decimals
    ['قال د. أحمد إن النمو بلغ 3.5 في المئة. وأكد أ. محمد ذلك.', ['قال د. أحمد إن النمو بلغ 3.5 في المئة.', 'وأكد أ. محمد ذلك.']],
    ['ولد عام 570 م. في مكة.', ['ولد عام 570 م. في مكة.']],
    // ellipses do not end a sentence
    ['خلال 6 أيام .. زوار المهرجان يضخون الأموال... ثم عادوا.', ['خلال 6 أيام .. زوار المهرجان يضخون الأموال... ثم عادوا.']],
    // a quotation running over several sentences stays whole, with its closing mark and period
    ['وقال: “لم يتغير شيء. نحن ندعم العراق. هذا موقفنا”. ثم غادر.', ['وقال: “لم يتغير شيء. نحن ندعم العراق. هذا موقفنا”.', 'ثم غادر.']],
    ['وقال: «لا. أبدا». وانتهى.', ['وقال: «لا. أبدا».', 'وانتهى.']],
    ['وقال إن "المشاورات مستمرة. ولم تحسم". وتابع.', ['وقال إن "المشاورات مستمرة. ولم تحسم".', 'وتابع.']],
    // an unterminated quotation does not swallow the paragraph
    ['وقال: “لم يتغير شيء. نحن ندعم العراق.', ['وقال: “لم يتغير شيء.', 'نحن ندعم العراق.']],
    // closing quote after the period belongs to the sentence
    ['قال: “انتهى الأمر.” ثم صمت.', ['قال: “انتهى الأمر.”', 'ثم صمت.']],
    ['هل انتهى؟! نعم.', ['هل انتهى؟!', 'نعم.']],
    ['زار U.S. Army القاعدة. ثم عاد.', ['زار U.S. Army القاعدة.', 'ثم عاد.']],
  ];
  for (const [text, want] of cases) assert.deepEqual(sentences(text), want, text);
});

test('sentences: headings are their own units; sentences never cross paragraphs', () => {
  const text = 'التحالفات المتغيرة\nأطلقت الولايات المتحدة هجماتها. وفي نهاية سبتمبر طالت الهجمات سوريا\nالمصدر: وكالات';
  const paras = splitter.split(text);
  const toks = tokenize(text);
  const s = splitSentences(text, toks, paras);
  assert.deepEqual(s.map((x) => [x.text, x.paragraph, !!x.heading]), [
    ['التحالفات المتغيرة', 0, true],
    ['أطلقت الولايات المتحدة هجماتها.', 1, false],
    ['وفي نهاية سبتمبر طالت الهجمات سوريا', 1, false],
    ['المصدر: وكالات', 2, false],
  ]);
  for (const x of s) {
    assert.equal(toks[x.tokenStart]!.start, x.start);
    assert.equal(toks[x.tokenEnd - 1]!.end, x.end);
    assert.equal(x.id, `s${s.indexOf(x) + 1}`);
  }
});
