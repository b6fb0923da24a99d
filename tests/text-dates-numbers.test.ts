import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TextLayer } from '../src/text/layer.ts';
import { loadTextResources } from '../src/text/resources.ts';
import { parseCalendar } from '../src/text/dates.ts';
import { parseNumberWords } from '../src/text/numbers.ts';
import { SHARED_ROOT } from '../src/util/paths.ts';

const layer = new TextLayer(loadTextResources());
const dates = (text: string, published?: string) => layer.analyze(text, published ? { published } : {}).dates.map((d) => `${d.text}=${d.value}${d.approx ? '~' : ''}`);
const numbers = (text: string) => layer.analyze(text).numbers.map((n) => `${n.text}=${n.value}${n.unit ? ':' + n.unit : ''}${n.approx ? '~' : ''}`);

test('numbers: digits, decimals, scales, number words, units', () => {
  const cases: [string, string[]][] = [
    ['قتل 33 ألف مقاتل', ['33 ألف=33000:مقاتل']],
    ['بلغت 3.5 مليون دولار', ['3.5 مليون=3500000:دولار']],
    ['٣٫٥ مليار ريال', ['٣٫٥ مليار=3500000000:ريال']],
    ['من أكثر من 60 دولة', ['60=60:دولة']],
    ['نحو 1,500 شخص', ['1,500=1500:شخص']],
    ['ثلاثة آلاف وخمسمائة جندي', ['ثلاثة آلاف وخمسمائة=3500:جندي']],
    ['خمسة وعشرون عاما', ['خمسة وعشرون=25:عاما']],
    ['دفع ألفين ريال', ['ألفين=2000:ريال']],
    ['مقابل ألف دولار', ['ألف=1000:دولار']],
    ['قرابة الألف', ['الألف=1000']],
    ['عشرات القتلى', ['عشرات=10:القتلى~']],
    ['ارتفع بنسبة 12 %', ['12=12:%']],
    ['ارتفع 12 في المئة', ['12=12:%']],
    ['لا أرقام هنا', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(numbers(text), want, text);
});

test('numbers: digits inside dates are not numbers', () => {
  const doc = layer.analyze('في 3 أغسطس 2014 قتل 5 جنود', { published: '2014-12-04' });
  assert.deepEqual(doc.numbers.map((n) => n.text), ['5']);
});

test('dates: absolute', () => {
  const cases: [string, string[]][] = [
    ['في 4 ديسمبر 2014 وقع الهجوم', ['4 ديسمبر 2014=2014-12-04']],
    ['في 12 كانون الثاني 2015', ['12 كانون الثاني 2015=2015-01-12']],
    ['في كانون الأول/ديسمبر 2014', ['كانون الأول/ديسمبر 2014=2014-12']],
    ['في 3 آب (أغسطس) 2013', ['3 آب (أغسطس) 2013=2013-08-03']],
    ['بتاريخ 2014/12/04', ['2014/12/04=2014-12-04']],
    ['بتاريخ 04/12/2014', ['04/12/2014=2014-12-04']],
    ['بتاريخ 2014-12-04', ['2014-12-04=2014-12-04']],
    ['منذ عام 2011', ['عام 2011=2011']],
    ['وفي سبتمبر 2014 بدأ', ['سبتمبر 2014=2014-09']],
    // Hijri days are converted on the Umm al-Qura calendar; a Hijri year or month alone is skipped, never read as Gregorian
    ['في 15 رمضان 1436 هـ', ['15 رمضان 1436 هـ=2015-07-02']],
    ['بتاريخ 1436/09/15', ['1436/09/15=2015-07-02']],
    ['نفذ الحكم اليوم الأربعاء 20 / 10 / 1436هـ بمدينة جيزان', ['اليوم الأربعاء 20 / 10 / 1436هـ=2015-08-05']],
    ['يوم الثلاثاء 27 رمضان 1436 ه', ['يوم الثلاثاء 27 رمضان 1436 ه=2015-07-14']],
    ['في 04 / 12 / 2014 م', ['04 / 12 / 2014 م=2014-12-04']],
    ['صدر بتاريخ 15 - 8 - 1436هـ الموافق 2 - 6 - 2015م', ['15 - 8 - 1436هـ=2015-06-02', '2 - 6 - 2015م=2015-06-02']],
    ['يوم الأحد 18-9-1436 الموافق 5-7-2015م', ['يوم الأحد 18-9-1436=2015-07-05', '5-7-2015م=2015-07-05']],
    ['عام 1436 هـ', []],
    ['في رمضان 1436', []],
    // a bare year after في that counts nothing; not "في 2000 منزل"
    ['توصل إليه الجانبان في 2003». وطلبت ذلك في 2003 و 2012 وبناء على', ['2003=2003', '2003=2003', '2012=2012']],
    ['وبنى في 2000 منزل', []],
    // a verb that is also a month name
    ['مارس الضغط على الحكومة', []],
    ['30 فبراير 2014', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(dates(text), want, text);
});

test('dates: relative, resolved against the publication date (Thursday 2014-12-04)', () => {
  const pub = '2014-12-04';
  const cases: [string, string[]][] = [
    ['رحب الوزير الأربعاء الماضي بالجهود', ['الأربعاء الماضي=2014-12-03']],
    ['يحضر اليوم الخميس اجتماعا', ['اليوم الخميس=2014-12-04']],
    ['يلتقي يوم الأحد المقبل نظيره', ['يوم الأحد المقبل=2014-12-07']],
    ['قال الخميس إن', ['الخميس=2014-12-04']],
    ['قال الاثنين إن', ['الاثنين=2014-12-01']],
    ['وقال أمس إن', ['أمس=2014-12-03']],
    ['وقع أول من أمس', ['أول من أمس=2014-12-02']],
    ['وقع أمس الأول', ['أمس الأول=2014-12-02']],
    ['سجل خلال تعاملات الأمس قراءة', ['الأمس=2014-12-03']],
    ['كانت بالأمس القريب دولة', []],
    ['يصل غدا إلى', ['غدا=2014-12-05']],
    ['بدأت الهجمات شهر أغسطس الماضي', ['شهر أغسطس الماضي=2014-08']],
    ['وفي نهاية سبتمبر طالت', ['نهاية سبتمبر=2014-09~']],
    ['يعقد في 3 أغسطس (آب) المقبل', ['3 أغسطس (آب) المقبل=2015-08-03']],
    ['في ديسمبر الماضي', ['ديسمبر الماضي=2013-12']],
    ['الأسبوع الماضي', ['الأسبوع الماضي=2014-11-27~']],
    // last night is the day before publication; tonight and a named night are no date
    ['وقع الهجوم الليلة الماضية', ['الليلة الماضية=2014-12-03']],
    ['قال الليلة إن', []],
    ['الشهر المقبل', ['الشهر المقبل=2015-01']],
    ['العام الماضي', ['العام الماضي=2013']],
    ['هذا العام', ['هذا العام=2014']],
    ['مطلع العام المقبل', ['مطلع العام المقبل=2015-01~']],
    // a part of a relative year is on its month
    ['في منتصف العام الماضي', ['منتصف العام الماضي=2013-06~']],
    ['حتى نهاية العام الجاري', ['نهاية العام الجاري=2014-12~']],
    // a Western month name alone is the nearest such month; not inside a name ("ثورة يناير")
    ['ارتفعت عقود تسليم يناير', ['يناير=2015-01']],
    ['منذ ثورة يناير', []],
    ['مارس الضغط على الحكومة', []],
    // the other series' name after it, as Reuters writes it
    ['ستقام في يناير كانون الثاني 2017', ['يناير كانون الثاني 2017=2017-01']],
    // "yesterday" with a weekday two or three days back: the weekday (a Saturday paper's report written on Friday)
    ['وقتل أمس الثلاثاء ضابط', ['أمس الثلاثاء=2014-12-02']],
    ['وقتل أمس الأربعاء ضابط', ['أمس الأربعاء=2014-12-03']],
    ['في 10 نوفمبر من العام الماضي', ['10 نوفمبر من العام الماضي=2013-11-10']],
    ['في مارس', ['مارس=2015-03']],
    ['في 5 يناير', ['5 يناير=2015-01-05']],
    // ordinal days and days of a relative month; a Hijri day without its year is the occurrence nearest publication
    ['في الرابع من يوليو', ['الرابع من يوليو=2014-07-04']],
    ['في العاشر من شهر يناير (كانون الثاني) المقبل', ['العاشر من شهر يناير (كانون الثاني) المقبل=2015-01-10']],
    ['في الحادي والعشرين من الشهر الماضي', ['الحادي والعشرين من الشهر الماضي=2014-11-21']],
    ['وقع في 12 من الشهر الحالي', ['12 من الشهر الحالي=2014-12-12']],
    ['يبدأ في العاشر من صفر', ['العاشر من صفر=2014-12-02']],
    ['الأول من نوعه', []],
    // counted durations before publication; not vague plurals, nor durations counted from something else
    ['قتل قبل ثلاثة أيام', ['قبل ثلاثة أيام=2014-12-01']],
    ['أطلقوا وسما منذ يومين', ['منذ يومين=2014-12-02']],
    ['بدأ الحصار منذ أربعة أشهر', ['منذ أربعة أشهر=2014-08']],
    ['قبل 15 يوما اندلعت', ['قبل 15 يوما=2014-11-19']],
    ['وقع الهجوم قبل عامين', ['قبل عامين=2012~']],
    ['تأسست الحركة منذ 80 عاما', ['منذ 80 عاما=1934~']],
    ['قتل قبل عام', ['قبل عام=2013-12~']],
    ['وصل قبل أيام قليلة', []],
    ['قبل يومين من الانتخابات', []],
    ['قبل شهر رمضان', []],
    // other days than the publication day
    ['في اليوم التالي', []],
    ['اليوم الوطني', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(dates(text, pub), want, text);
});

test('dates: a Hijri day one day off the weekday the text gives it moves to that weekday (sighted month start); the weekday alone does not win', () => {
  // 23 Ramadan 1436 is Friday 2015-07-10 on Umm al-Qura; the text's Thursday is 2015-07-09
  assert.deepEqual(dates('وصل الوفد يوم الخميس 23 رمضان', '2015-07-21'), ['يوم الخميس 23 رمضان=2015-07-09']);
  // the weekday agrees: unchanged; before this the weekday alone resolved to the Tuesday before publication
  assert.deepEqual(dates('يوم الثلاثاء 3/11/1436هـ', '2015-08-10'), ['يوم الثلاثاء 3/11/1436هـ=2015-08-18']);
});

test('dates: relative mentions are skipped without a publication date', () => {
  assert.deepEqual(dates('رحب الوزير الأربعاء الماضي وفي 4 ديسمبر 2014'), ['4 ديسمبر 2014=2014-12-04']);
});

test('dates and numbers: data file formats are checked', () => {
  assert.throws(() => parseCalendar('[months]\n13 شهر\n'), /1\.\.12/);
  assert.throws(() => parseCalendar('يناير\n'), /outside/);
  assert.throws(() => parseCalendar('[hijri]\nرمضان\n'), /1\.\.12/);
  assert.throws(() => parseCalendar('[ordinals]\n32 الثاني والثلاثين\n'), /1\.\.31/);
  assert.throws(() => parseCalendar('[durations]\nيوم day\n'), /WORD day\|week\|month\|year 0\|1\|2/);
  assert.throws(() => parseCalendar('[parts]\nنهاية\n'), /WORD start\|mid\|end/);
  assert.throws(() => parseCalendar('[standalone_months]\nرمضان\n'), /listed in \[months\]/);
  assert.throws(() => parseNumberWords('ألف كثير scale\n'), /WORD VALUE KIND/);
});

const REF = path.join(SHARED_ROOT, 'examples/kerry-iran-coalition.ar.txt');
test('dates: the reference article resolves as annotated', { skip: !existsSync(REF) && 'no ../shared' }, () => {
  const gold = JSON.parse(readFileSync(REF.replace('.ar.txt', '.gold.json'), 'utf8')) as { dates: { surface: string; date: string }[] };
  const doc = layer.analyze(readFileSync(REF, 'utf8'), { published: '2014-12-04' });
  assert.ok(gold.dates.length > 0);
  for (const g of gold.dates) {
    const d = doc.dates.find((x) => x.text === g.surface);
    assert.ok(d, `date "${g.surface}" found`);
    assert.equal(d.value, g.date, g.surface);
  }
});
