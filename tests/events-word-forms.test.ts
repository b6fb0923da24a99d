/**
 * Word forms the event lexicon must not read as verbs: a final ة folded into ه by normalization
 * (وزارة is not و + زار + ه), and a verb form behind the article (الطالب "the student" is not
 * طالب "he demanded"), while verbal nouns spelled like their verbs (التفاوض) stay triggers.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeEvents, eventLexicon, eventPipeline } from './helpers/event-pipeline.ts';

// [written word, normalized form, ends in ة, base that must (true) or must not (false) be found]
const FORMS: [string, string, boolean, string, boolean][] = [
  ['وزارة', 'وزاره', true, 'زار', false],
  ['وزاره', 'وزاره', false, 'زار', true], // "and he visited him"
  ['الطالب', 'الطالب', false, 'طالب', false],
  ['وطالب', 'وطالب', false, 'طالب', true],
  ['الهاتف', 'الهاتف', false, 'هاتف', false],
  ['الصادرة', 'الصادره', true, 'صادر', false],
  ['التفاوض', 'التفاوض', false, 'تفاوض', true],
  ['والتوافق', 'والتوافق', false, 'توافق', true],
  ['الاتفاق', 'الاتفاق', false, 'اتفاق', true],
  ['مصالحها', 'مصالحها', false, 'مصالحه', false], // its interests, no accusative of مصالحة
  ['هجوما', 'هجوما', false, 'هجوم', true],
];

test('word facts: ة is no pronoun, a finite verb takes no article', async () => {
  const lex = await eventLexicon();
  for (const [raw, norm, ta, base, want] of FORMS) {
    const f = lex.wordFacts(norm, ta);
    assert.equal(f.bases.includes(base), want, `${raw}: base ${base} ${want ? 'expected' : 'not expected'} in [${f.bases.join(' ')}]`);
  }
});

// [sentence, event type that must (true) or must not (false) be extracted]
const SENTENCES: [string, string, boolean][] = [
  ['وقالت وزارة العمل الأمريكية اليوم الجمعة إن عدد الوظائف زاد.', 'CONSULT', false],
  ['حصل الطالب على المركز الأول في المسابقة.', 'REQUEST', false],
  ['وطالب المتظاهرون الحكومة بالإفراج عن المعتقلين.', 'REQUEST', true],
  ['استؤنف التفاوض بين الحكومة اليمنية والحوثيين في الكويت.', 'CONSULT', true],
  ['شاركت فرق الإنقاذ في البحث عن المفقودين.', 'ASSAULT', false], // فرق "teams", not "dispersed"
  ['فرقت الشرطة المصرية المتظاهرين في ميدان التحرير.', 'ASSAULT', true],
];

test('event extraction on those word forms', async () => {
  const p = await eventPipeline();
  for (const [text, type, want] of SENTENCES) {
    const doc = analyzeEvents(p, text);
    const types = doc.events.map((e) => e.type);
    assert.equal(types.includes(type), want, `${text}: ${type} ${want ? 'expected' : 'not expected'}, got [${types.join(' ')}]`);
  }
});
