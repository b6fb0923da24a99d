import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanQuoteMarks } from '../src/quotes/marks.ts';
import { loadQuoteLexicon } from '../src/quotes/lexicon.ts';
import { normalize } from '../src/text/normalize.ts';

const contents = (text: string, depth = 0) =>
  scanQuoteMarks(text)
    .filter((m) => m.depth === depth)
    .map((m) => text.slice(m.cStart, m.cEnd));

test('quotation marks: every family the Arabic press uses, and mismatched pairs', () => {
  const cases: [string, string[]][] = [
    ['قال: “نحن هنا” ثم مضى', ['نحن هنا']],
    ['قال: «نحن هنا» ثم مضى', ['نحن هنا']],
    ['قال: "نحن هنا" ثم مضى', ['نحن هنا']],
    ['قال: ‘نحن هنا’ ثم مضى', ['نحن هنا']],
    ['قال: „نحن هنا“ ثم مضى', ['نحن هنا']],
    // reversed and mismatched pairs
    ['قال: ”نحن هنا” ثم مضى', ['نحن هنا']],
    ['قال: ”نحن هنا“ ثم مضى', ['نحن هنا']],
    ['قال: »نحن هنا« ثم مضى', ['نحن هنا']],
    // two quotations in a line
    ['“أ ب” و“ج د”', ['أ ب', 'ج د']],
    // a proclitic glued to the opening mark
    ['وصفها بـ“الخطوة الجريئة” أمس', ['الخطوة الجريئة']],
    // nested marks of another family stay inside
    ['قال: «زارنا وفد “الشرق” أمس» ثم', ['زارنا وفد “الشرق” أمس']],
    // an apostrophe in a Latin word is not a mark
    ["قال O’Brien: «نعم»", ['نعم']],
    // a stray « before a short introduction with a colon: the quotation opens at the second «
    ['«وأضاف باركي: «التوترات داخل تركيا ليست فقط بين الأتراك».', ['التوترات داخل تركيا ليست فقط بين الأتراك']],
    // doubled marks, and a saying quoted after a longer lead, stay one quotation from the first «
    ['يعملون بقوله تعالى: ««ولا تقتلوا النفس»»، وقوله', ['«ولا تقتلوا النفس']],
    ['وأكد أن «ما يحصل اليوم ينطبق عليه المثل الشعبي القائل: «حبلت في تركيا» أمس', ['ما يحصل اليوم ينطبق عليه المثل الشعبي القائل: «حبلت في تركيا']],
  ];
  for (const [text, want] of cases) assert.deepEqual(contents(text), want, text);
  assert.deepEqual(contents('قال: «زارنا وفد “الشرق” أمس» ثم', 1), ['الشرق']);
});

test('quotation marks: an unclosed quotation ends at the paragraph break; a quotation runs over sentences', () => {
  const t = 'قال: «الجملة الأولى. والجملة الثانية\nفقرة جديدة';
  const spans = scanQuoteMarks(t);
  assert.equal(spans.length, 1);
  assert.equal(spans[0]!.closed, false);
  assert.equal(t.slice(spans[0]!.cStart, spans[0]!.cEnd), 'الجملة الأولى. والجملة الثانية');
  assert.deepEqual(contents('«أولاً. ثانياً. ثالثاً.»'), ['أولاً. ثانياً. ثالثاً.']);
});

test('quotation marks: a 1 MB line of marks and words is scanned in one pass', () => {
  const unit = 'قال “نعم ” و«لا» "x ‘y’ „z“ ”w” ';
  const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const spans = scanQuoteMarks(line);
  assert.ok(spans.length > 10_000);
  // unbalanced input: only openers
  const openers = '“ «'.repeat(400_000);
  assert.ok(Array.isArray(scanQuoteMarks(openers)));
});

test('cue lexicon: forms map to lemmas and stances; the file format is checked', () => {
  const lex = loadQuoteLexicon();
  const cases: [string, string, string, string][] = [
    ['قال', 'قال', 'assert', 'past'],
    ['قالت', 'قال', 'assert', 'past'],
    ['قالوا', 'قال', 'assert', 'past'],
    ['يقول', 'قال', 'assert', 'imperf'],
    ['تقول', 'قال', 'assert', 'imperf'],
    ['قائلا', 'قال', 'assert', 'part'],
    ['وأكد', 'أكد', 'assert', 'past'],
    ['تؤكد', 'أكد', 'assert', 'imperf'],
    ['مؤكدا', 'أكد', 'assert', 'part'],
    ['يشير', 'أشار', 'assert', 'imperf'],
    ['مشيرة', 'أشار', 'assert', 'part'],
    ['مستكملا', 'استكمل', 'assert', 'part'],
    ['نفت', 'نفى', 'deny', 'past'],
    ['ونفوا', 'نفى', 'deny', 'past'],
    ['اتهم', 'اتهم', 'accuse', 'past'],
    ['حذرت', 'حذّر', 'warn', 'past'],
    ['دعت', 'دعا', 'demand', 'past'],
    ['طالبوا', 'طالب', 'demand', 'past'],
    ['رحب', 'رحّب', 'welcome', 'past'],
  ];
  for (const [form, lemma, stance, kind] of cases) {
    const hit = lex.cue(normalize(form));
    assert.ok(hit, form);
    assert.equal(hit.entry.lemma, lemma, form);
    assert.equal(hit.entry.stance, stance, form);
    assert.equal(hit.form, kind, form);
  }
  // nouns that look like participles are not cues
  for (const w of ['مطالب', 'مبلغ', 'المتحدث', 'قول', 'وزير']) assert.equal(lex.cue(normalize(w)), undefined, w);
  assert.ok(lex.cueFormCount > 400);
});

test('quotation marks: a quotation inside a quotation with the same guillemets is no stray opener', () => {
  assert.deepEqual(contents('قال: «لنا شعار: «الأرض لنا»، ونحن ملتزمون به». ثم مضى'), ['لنا شعار: «الأرض لنا']);
  assert.deepEqual(contents('«وأضاف باركي: «التوترات كبيرة». ثم مضى'), ['التوترات كبيرة']);
});

test('quotation marks: a « with nothing to open after it (punctuation, the paragraph end) closes the open one', () => {
  assert.deepEqual(contents('برنامج «قطار القراءة 3 «، والذي تنظمه المكتبة. وأوضحت الإدارة أن البرنامج مفيد.'), ['قطار القراءة 3']);
  assert.deepEqual(contents('وقالت: « إن الأطفال يحتاجون إلى العلاج «. ويقول الخبراء إن'), ['إن الأطفال يحتاجون إلى العلاج']);
  assert.deepEqual(contents('قال «الأرض لنا «\nثم مضى'), ['الأرض لنا']);
  // doubled marks and a stray opener before a colon are as before
  assert.deepEqual(contents('«وأضاف باركي: «التوترات كبيرة». ثم مضى'), ['التوترات كبيرة']);
});

test('quotation marks: a second « after a short name (one to four words, no punctuation) closes it, words after it or not', () => {
  assert.deepEqual(contents('للتعاون بين حكومة المملكة وحكومة جمهورية « أفريقيا الوسطى « والتوقيع عليه.'), ['أفريقيا الوسطى']);
  assert.deepEqual(contents('أعلنت «سابك « عن توزيع الأرباح.'), ['سابك']);
  assert.deepEqual(contents('قال: «لنا شعار: «الأرض لنا»، ونحن ملتزمون به». ثم مضى'), ['لنا شعار: «الأرض لنا'], 'a colon before the second « keeps the inner quotation');
});

test('quotation marks: braces set a quotation ({ opens, } closes); a lone } opens nothing', () => {
  assert.deepEqual(contents('وقال الرئيس في خطاب ألقاه أمس {من عدن سنستعيد اليمن}. ثم مضى'), ['من عدن سنستعيد اليمن']);
  assert.deepEqual(contents('قال لـ {الشرق الأوسط} إن «الوضع صعب»'), ['الشرق الأوسط', 'الوضع صعب']);
  assert.deepEqual(contents('النتيجة } ثم «نعم»'), ['نعم']);
});

test('quotation marks: an ASCII quotation of a few words inside an ASCII quotation (a name) does not end it', () => {
  const spans = (t: string) => scanQuoteMarks(t).map((m) => t.slice(m.cStart, m.cEnd));
  // the inner name is its own nested span; the outer one runs to its real closing mark
  assert.deepEqual(spans('قائلا: "تنظيم "داعش"، وتنظيم حزب العمال كلها تنظيمات إرهابية سنتخذ التدابير تجاهها". ثم مضى'), ['تنظيم "داعش"، وتنظيم حزب العمال كلها تنظيمات إرهابية سنتخذ التدابير تجاهها', 'داعش']);
  // a stray one with the real closing mark later in the paragraph is skipped
  assert.deepEqual(spans('قائلا: "حزب العمال "بي كيه كيه ، وحزب التحرير تنظيمات إرهابية". ثم مضى'), ['حزب العمال "بي كيه كيه ، وحزب التحرير تنظيمات إرهابية']);
  // separate quotations stay separate
  assert.deepEqual(spans('قال "الوضع خطير" وأضاف "الحل صعب".'), ['الوضع خطير', 'الحل صعب']);
});
