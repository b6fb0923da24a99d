/**
 * Event extraction on hand-written Arabic news sentences (table-driven). Actors come from the
 * stand-in actor layer in tests/helpers/mini-actors.ts; every row checks the type, the source and
 * target codes (prefix: country, then sector when given) and the mode of one extracted event.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventArgument, PoliticalEvent } from '../src/doc/types.ts';
import { analyzeEvents, eventPipeline } from './helpers/event-pipeline.ts';

type Row = [text: string, type: string, source: string | null, target: string | null, mode?: string, cameo?: string];

const codes = (a: EventArgument | null): string[] => (a ? (a.members ?? [a]).map((m) => m.actor?.code ?? '') : []);
const matches = (a: EventArgument | null, want: string | null) => (want === null ? true : want === '-' ? a === null : codes(a).some((c) => c.startsWith(want)));

function find(events: PoliticalEvent[], [, type, src, tgt, mode, cameo]: Row): PoliticalEvent | undefined {
  return events.find((e) => e.type === type && matches(e.source, src) && matches(e.target, tgt) && (!mode || e.mode === mode) && (!cameo || e.cameo === cameo));
}

const ASSAULT: Row[] = [
  ['شنت طائرات حربية إسرائيلية غارات على قطاع غزة فجر اليوم.', 'ASSAULT', 'ISRMIL', 'PSE', 'asserted', '195'],
  ['قصف الجيش التركي مواقع لحزب العمال الكردستاني شمال العراق.', 'ASSAULT', 'TURMIL', 'KURREBPKK', 'asserted'],
  ['استهدف تنظيم داعش نقطة للجيش العراقي في الأنبار.', 'ASSAULT', 'IMGMUSISI', 'IRQMIL', 'asserted'],
  ['قتل خمسة جنود عراقيين في هجوم انتحاري شنه تنظيم داعش في الموصل.', 'ASSAULT', 'IMGMUSISI', 'IRQMIL', 'asserted', '1831'],
  ['اندلعت اشتباكات بين قوات الأمن المصرية ومسلحين في سيناء.', 'ASSAULT', 'EGYCOP', 'EGY', 'asserted'],
  ['أطلق مسلحون النار على دورية للشرطة في بغداد.', 'ASSAULT', 'IRQ', 'IRQCOP', 'asserted', '193'],
  ['فجر انتحاري نفسه في مسجد بمدينة القطيف.', 'ASSAULT', 'UAF', null, 'asserted', '1831'],
  ['شن التحالف بقيادة السعودية غارات جوية على مواقع الحوثيين في صنعاء.', 'ASSAULT', 'SAU', 'YEM', 'asserted', '195'],
  ['هاجم مستوطنون إسرائيليون قرية فلسطينية قرب نابلس.', 'ASSAULT', 'ISR', 'PSE', 'asserted'],
  ['قصفت المدفعية السورية أحياء في حلب.', 'ASSAULT', 'SYRMIL', null, 'asserted', '194'],
  ['نفت روسيا شن أي غارات على المدنيين في حلب.', 'ASSAULT', 'RUS', 'SYR', 'denied'],
  ['تعرضت دورية للجيش اللبناني لهجوم في عرسال.', 'ASSAULT', null, 'LBNMIL', 'asserted'],
  ['سقط عشرات القتلى في غارات للتحالف على صنعاء.', 'ASSAULT', null, 'YEM', 'asserted'],
  ['أصيب ثلاثة فلسطينيين برصاص قوات الاحتلال في الخليل.', 'ASSAULT', 'ISRMIL', 'PSE', 'asserted'],
  ['هاجمت الشرطة التركية المحتجين في إسطنبول.', 'ASSAULT', 'TURCOP', 'TUR', 'asserted'],
  ['نفذت طائرات مسيرة أمريكية ضربة على مواقع تنظيم القاعدة في اليمن.', 'ASSAULT', 'USAMIL', 'IMGMUSALQ', 'asserted', '195'],
  ['أطلقت حماس صواريخ على إسرائيل.', 'ASSAULT', 'PSE', 'ISR', 'asserted'],
  ['وشنت مقاتلات روسية غارات عنيفة على مدينة إدلب.', 'ASSAULT', 'RUSMIL', 'SYR', 'asserted', '195'],
  ['وشن الجيش التركي عملية واسعة ضد حزب العمال الكردستاني.', 'ASSAULT', 'TURMIL', 'KURREBPKK', 'asserted'],
  ['قامت القوات الجوية الإيرانية بتنفيذ عدد من الهجمات ضد داعش.', 'ASSAULT', 'IRNMIL', 'IMGMUSISI', 'asserted'],
  ['الهجمات الجوية التي تقودها الولايات المتحدة ضد تنظيم داعش مستمرة.', 'ASSAULT', 'USA', 'IMGMUSISI', 'asserted'],
  ['أطلقت الولايات المتحدة أولى هجماتها ضد داعش في العراق.', 'ASSAULT', 'USA', 'IMGMUSISI', 'asserted'],
  ['شاركت كلاً من السعودية والإمارات والأردن في الهجمات الجوية على داعش.', 'ASSAULT', 'SAU', 'IMGMUSISI', 'asserted'],
  ['اقتحمت قوات الاحتلال مخيم جنين فجر اليوم.', 'ASSAULT', 'ISRMIL', null, 'asserted'],
  ['استهدفت غارة جوية إسرائيلية منزلا في خان يونس.', 'ASSAULT', 'ISRMIL', null, 'asserted', '195'],
  ['قتلت الشرطة المصرية ثلاثة مسلحين في العريش.', 'ASSAULT', 'EGYCOP', 'EGY', 'asserted'],
  ['اشتبك مقاتلو حزب الله مع مسلحي جبهة النصرة في القلمون.', 'ASSAULT', 'LBNHEZ', 'SYRREBNUS', 'asserted'],
  ['شن الحوثيون هجوما على مواقع للجيش السعودي في نجران.', 'ASSAULT', 'YEMREBHOU', 'SAUMIL', 'asserted'],
  ['أعلن الجيش الإسرائيلي أن طائراته قصفت أهدافا لحماس في غزة.', 'ASSAULT', null, 'PSE', 'asserted'],
  ['لم تشن الطائرات التركية أي غارات على الأراضي السورية.', 'ASSAULT', 'TURMIL', null, 'denied'],
  ['تستعد القوات العراقية لشن هجوم على الموصل.', 'ASSAULT', 'IRQMIL', 'IRQ', 'planned'],
  ['قتل ثلاثة جنود أتراك في هجوم لمسلحين من حزب العمال الكردستاني جنوب شرق تركيا.', 'ASSAULT', 'KURREBPKK', 'TURMIL', 'asserted'],
  ['شن الطيران الروسي غارات على مدينة إدلب السورية.', 'ASSAULT', 'RUSMIL', 'SYR', 'asserted', '195'],
  ['استشهد فلسطيني برصاص جنود الاحتلال الإسرائيلي قرب رام الله.', 'ASSAULT', 'ISRMIL', 'PSE', 'asserted', '193'],
  ['أطلقت قوات الأمن العراقية الغاز المسيل للدموع على المتظاهرين في البصرة.', 'ASSAULT', 'IRQCOP', 'IRQ', 'asserted', '175'],
  ['فجر انتحاري حزاما ناسفا في مسجد للشيعة في الكويت.', 'ASSAULT', 'KWT', null, 'asserted'],
  ['قصفت طائرات التحالف العربي مواقع للحوثيين في تعز.', 'ASSAULT', 'ARBMIL', 'YEMREBHOU', 'asserted', '195'],
  ['هاجم مسلحون مجهولون نقطة تفتيش للجيش المصري في شمال سيناء.', 'ASSAULT', 'EGY', 'EGYMIL', 'asserted'],
  ['شنت إسرائيل غارات جوية على مواقع لحماس في قطاع غزة.', 'ASSAULT', 'ISR', 'PSEHAM', 'asserted', '195'],
];

const PROTEST: Row[] = [
  ['تظاهر آلاف الفلسطينيين في رام الله احتجاجا على الاستيطان.', 'PROTEST', 'PSE', null, 'asserted', '141'],
  ['نظم الطلاب اعتصاما أمام وزارة التعليم في القاهرة.', 'PROTEST', 'EGYEDU', null, 'asserted', '141'],
  ['خرج آلاف المتظاهرين في طهران ضد الحكومة.', 'PROTEST', 'IRNOPP', 'IRNGOV', 'asserted'],
  ['احتج مئات العمال في تونس على تأخر صرف الرواتب.', 'PROTEST', 'TUN', null, 'asserted'],
  ['نظم ناشطون وقفة احتجاجية أمام السفارة الإسرائيلية في عمان.', 'PROTEST', null, null, 'asserted', '141'],
  ['دخل الأسرى الفلسطينيون في إضراب عن الطعام.', 'PROTEST', 'PSE', null, 'asserted', '142'],
  ['تظاهر المئات في بغداد للمطالبة بتحسين الخدمات.', 'PROTEST', 'IRQ', null, 'asserted'],
  ['شهدت القاهرة مظاهرات حاشدة ضد الحكومة.', 'PROTEST', 'EGYCVL', 'EGYGOV', 'asserted'],
  ['أضرب الأطباء في لبنان عن العمل.', 'PROTEST', 'LBN', null, 'asserted', '143'],
  ['دعت المعارضة إلى التظاهر ضد النظام السوري.', 'PROTEST', null, 'SYRGOV', 'requested'],
  ['تظاهر مئات الأردنيين أمام السفارة الإسرائيلية في عمان.', 'PROTEST', 'JOR', null, 'asserted', '141'],
  ['نظم مئات الطلاب المصريين مظاهرة ضد الحكومة في جامعة القاهرة.', 'PROTEST', 'EGYEDU', 'EGYGOV', 'asserted', '141'],
];

const OTHER: Row[] = [
  ['فرضت الولايات المتحدة عقوبات جديدة على إيران.', 'SANCTION', 'USA', 'IRN', 'asserted', '163'],
  ['وسمحت تركيا للولايات المتحدة باستخدام قاعدة إنجرليك الجوية.', 'CONCEDE', 'TUR', 'USA', 'asserted', '080'],
  ['أعلنت إيران أنها لن تشارك في المحادثات مع الولايات المتحدة.', 'CONSULT', 'IRN', 'USA', 'denied'],
  ['من المقرر أن يلتقي وزير الخارجية السعودي نظيره الروسي في موسكو.', 'CONSULT', 'SAUGOV', 'RUS', 'planned'],
  ['سيزور الرئيس التركي القاهرة الأسبوع المقبل.', 'CONSULT', 'TURGOV', 'EGY', 'planned'],
  ['وقعت مصر والسعودية اتفاقا للتعاون العسكري.', 'AGREE', 'EGY', 'SAU', 'asserted'],
  ['اعتقلت قوات الاحتلال عشرة فلسطينيين في الضفة الغربية.', 'COERCE', 'ISRMIL', 'PSE', 'asserted', '173'],
  ['رحب وزير الخارجية الأمريكي بأي جهود عسكرية إيرانية ضد داعش.', 'SUPPORT', 'USAGOV', 'IRN', 'asserted'],
  ['اتهمت تركيا روسيا بانتهاك أجوائها.', 'ACCUSE', 'TUR', 'RUS', 'asserted'],
  ['نفى الوزير وجود أي نوع من التنسيق العسكري الأمريكي مع إيران.', 'COOPERATE', 'USA', 'IRN', 'denied'],
  ['بريطانيا كدولة لا تقوم بالتنسيق مع إيران.', 'COOPERATE', 'GBR', 'IRN', 'denied'],
  ['تستعد الحكومة لمنع تمرير المزيد من العقوبات ضد طهران.', 'SANCTION', null, 'IRN', 'hypothetical'],
  ['قدمت السعودية مساعدات إنسانية إلى اليمن.', 'AID', 'SAU', 'YEM', 'asserted', '073'],
  // the subject of a relative clause right before a purpose noun acts, and the genitive of aid or support after ل is its object
  ['وتحدث التقرير عن الجهود التي تبذلها السعودية لدعم الشعب اليمني.', 'SUPPORT', 'SAU', 'YEM', 'asserted'],
  ['وثمن الدور الذي تقوم به المملكة لإغاثة الشعب اليمني.', 'AID', 'SAU', 'YEM', 'asserted'],
  ['وصلت شحنات السلاح إلى القوات العراقية من واشنطن وطهران.', 'AID', 'USA', 'IRQMIL', 'asserted'],
  ['الرئيس السوري المدعوم من قبل إيران يرفض الحوار.', 'SUPPORT', 'IRN', 'SYRGOV', 'asserted'],
  ['دعت الأمم المتحدة إسرائيل إلى وقف الغارات على غزة.', 'ASSAULT', 'ISR', 'PSE', 'requested'],
  ['توصلت حماس وإسرائيل إلى اتفاق لوقف إطلاق النار.', 'AGREE', 'PSE', 'ISR', 'asserted'],
  ['انسحبت القوات الروسية من سوريا.', 'RETREAT', 'RUSMIL', null, 'asserted'],
  ['هدد الحرس الثوري الإيراني بإغلاق مضيق هرمز.', 'THREATEN', 'IRNMIL', null, 'asserted'],
];

const p = await eventPipeline();

/** The first event of `type` in `text`, dyadic or with a side not identified. */
const one = (text: string, type: string) => {
  const d = analyzeEvents(p, text);
  return [...d.events, ...d.partialEvents].find((x) => x.type === type);
};

for (const [name, rows] of [['assault', ASSAULT], ['protest', PROTEST], ['other types', OTHER]] as const) {
  test(`events: ${name} sentences`, () => {
    const failures: string[] = [];
    for (const row of rows) {
      const doc = analyzeEvents(p, row[0]);
      if (!find(doc.events, row)) {
        const got = doc.events.map((e) => `${e.type} ${codes(e.source).join('+') || '-'}→${codes(e.target).join('+') || '-'} ${e.mode} ${e.cameo ?? ''}`).join('; ');
        failures.push(`${row[0]}\n   want ${row[1]} ${row[2]}→${row[3]} ${row[4] ?? ''} ${row[5] ?? ''}\n   got  ${got || 'nothing'}`);
      }
    }
    // Allow a small share of misses (reported) so the table can hold hard cases too.
    const allowed = Math.floor(rows.length * 0.1);
    assert.ok(failures.length <= allowed, `${failures.length}/${rows.length} rows failed (at most ${allowed} allowed):\n${failures.join('\n')}`);
  });
}

test('events: a verbal noun’s definite genitive before an object with ل is the agent; an indefinite one is owned', () => {
  const rows: [string, string, string, string | null][] = [
    ['أدانت الخارجية استهداف الجيش الإسرائيلي للمدنيين في غزة.', 'ASSAULT', 'ISRMIL', 'PSECVL'],
    ['ذكرت المصادر أن الاحتلال العراقي للكويت كان تحديا للمنطقة.', 'COERCE', 'IRQ', 'KWT'],
    ['أدان الوزير قصف الجيش السوري للمدنيين.', 'ASSAULT', 'SYRMIL', 'SYRCVL'],
    // an armed genitive before ل and a plain noun: the agent, the object no actor
    ['ردت القوات السعودية على قصف الحوثيين لمنطقة على الحدود.', 'ASSAULT', 'YEMREBHOU', null],
    // "عنصرين لداعش": two of its members, the ones killed
    ['أعلنت الشرطة قتل عنصرين لداعش في الموصل.', 'ASSAULT', 'IRQCOP', 'IMGMUSISI'],
  ];
  for (const [text, type, src, tgt] of rows) {
    const d = analyzeEvents(p, text);
    const e = [...d.events, ...d.partialEvents].find((x) => x.type === type);
    assert.ok(e, `${text}: no ${type}`);
    assert.equal(e.source?.actor?.code, src, text);
    if (tgt) assert.equal(e.target?.actor?.code, tgt, text);
    else assert.notEqual(e.target?.actor?.code?.slice(0, 3), 'YEM', text);
  }
});

test('events: aircraft or artillery right after a bombardment noun are its agent, a hijacked aircraft its object', () => {
  const fired = analyzeEvents(p, 'قتل عشرة من عناصر تنظيم داعش جراء قصف طائرات التحالف الدولي مواقع التنظيم.');
  const e = [...fired.events, ...fired.partialEvents].find((x) => x.type === 'ASSAULT' && x.trigger?.text === 'قصف');
  assert.ok(e);
  assert.match(e.source?.text ?? '', /^طائرات/);
  assert.equal(e.target?.actor?.code, 'IMGMUSISI');
  const air = analyzeEvents(p, 'تضررت المنازل بسبب قصف الطيران الروسي.');
  const a = [...air.events, ...air.partialEvents].find((x) => x.type === 'ASSAULT');
  assert.equal(a?.source?.actor?.code, 'RUSMIL');
  const hijack = analyzeEvents(p, 'وفي عام 1985 تم اختطاف الطائرة الأميركية واحتجاز ركابها.');
  const h = [...hijack.events, ...hijack.partialEvents].find((x) => x.type === 'ASSAULT' && x.trigger?.text === 'اختطاف');
  assert.ok(!h || !h.source || h.source.actor?.code !== 'USAMIL');
});

test('events: "فجر" after في / مع / عند is the dawn, no bombing', () => {
  for (const text of ['وصل الوفد في فجر 24 أبريل إلى عدن حيث استقبله المحافظ.', 'وتحركت القوات مع فجر الأحد نحو المدينة.']) {
    const d = analyzeEvents(p, text);
    assert.ok(![...d.events, ...d.partialEvents].some((e) => e.trigger?.text === 'فجر'), text);
  }
});

test('events: a state force right after "قصف" shells; a thing of the force is shelled; a bare verb after إن + subject is the verb', () => {
  const all = (text: string) => {
    const d = analyzeEvents(p, text);
    return [...d.events, ...d.partialEvents].filter((x) => x.type === 'ASSAULT');
  };
  const ukr = all('وقال الانفصاليون إن رجلا قتل جراء قصف القوات الأوكرانية في وسط دونيتسك.').find((x) => x.trigger?.text === 'قصف');
  assert.equal(ukr?.source?.actor?.code, 'UKRMIL');
  const regime = all('وقتل عشرة مدنيين في قصف قوات النظام على دوما.').find((x) => x.trigger?.text === 'قصف');
  assert.match(regime?.source?.actor?.code ?? '', /MIL$/);
  // the barracks of a force, the camp of a brigade: shelled, not shelling
  const barracks = all('وتبعها قصف ثكنة قوات مشاة البحرية الأميركية في بيروت.').find((x) => x.trigger?.text === 'قصف');
  assert.ok(barracks && !barracks.source?.actor, JSON.stringify(barracks?.source));
  // "إن X قصف Y": the verb, with its subject before it
  const svo = all('وقال شهود عيان إن الطيران السعودي قصف معسكر اللواء 55 في مدينة يريم.').find((x) => x.trigger?.text === 'قصف');
  assert.equal(svo?.source?.actor?.code, 'SAUMIL');
  assert.match(svo?.target?.text ?? '', /^معسكر/);
});

test('events: subjects before the verb through "تابعة ل" and an adjective of a force; verb + object facts keep their object', () => {
  // the owner after "تابعة ل" stands for the unit before it
  const unit = one('وقال المسؤولون إن قوة أمنية تابعة للجيش العراقي شنت عملية عسكرية على مواقع تنظيم داعش.', 'ASSAULT');
  assert.equal(unit?.source?.actor?.code, 'IRQMIL');
  assert.equal(unit?.target?.actor?.code, 'IMGMUSISI');
  // an adjective after a government or a force does not cut it from its verb
  assert.equal(one('وأكد أن الحكومة اليمنية الشرعية تدعم المقاومة الشعبية.', 'SUPPORT')?.source?.actor?.code, 'YEMGOV');
  // (a count after soldiers keeps them the victims of a victim verb)
  assert.equal(one('وقال البيان إن الجنود الثلاثة قتلوا خلال مشاركتهم في العملية.', 'ASSAULT')?.source ?? null, null);
  // a UniversalPetrarch verb + object phrase: the subject before it, the object's owner after it
  const base = one('وقال إن عناصر تنظيم داعش هاجموا قاعدة للجيش العراقي.', 'ASSAULT');
  assert.equal(base?.source?.actor?.code, 'IMGMUSISI');
  assert.equal(base?.target?.actor?.code, 'IRQMIL');
  // and its object noun is a common noun: "القاعدة" is the base, not al-Qaeda
  const qaeda = one('وقالت المصادر إن الجيش والمقاومة هاجموا القاعدة من جهتين.', 'ASSAULT');
  assert.equal(qaeda?.source?.actor?.code, 'MIL');
  assert.equal(qaeda?.target ?? null, null);
});

test('events: congratulation, defence, foiling and reinforcement; a trigger flagged hamza needs the written hamza', () => {
  assert.equal(one('وهنأ خادم الحرمين الشريفين الرئيس المصري بنجاح المشروع.', 'SUPPORT')?.target?.actor?.code, 'EGYGOV');
  // "هنا" (here) is "هنأ" once normalized
  assert.equal(one('وقال الوزير هنا في الرياض إن الاجتماع ناجح.', 'SUPPORT'), undefined);
  // a light verb does not make congratulation into aid
  const c = one('وقدم الرئيس اليمني التهنئة لخادم الحرمين الشريفين بمناسبة العيد.', 'SUPPORT');
  assert.equal(c?.source?.actor?.code, 'YEMGOV');
  assert.equal(one('وقدم الرئيس اليمني التهنئة لخادم الحرمين الشريفين بمناسبة العيد.', 'AID'), undefined);
  assert.equal(one('كنا نتبادل التهاني مع الأهل.', 'SUPPORT'), undefined);
  assert.equal(one('ودافع وزير الخارجية الإيراني عن الاتفاق النووي أمام البرلمان.', 'SUPPORT')?.source?.actor?.code, 'IRNGOV');
  assert.equal(one('وأحبطت قوات الأمن البحرينية محاولة تهريب أسلحة.', 'COERCE')?.source?.actor?.code, 'BHRCOP');
  assert.equal(one('وعززت قوات الأمن التونسية حضورها قرب الثكنة.', 'MOBILIZE')?.source?.actor?.code, 'TUNCOP');
  // (a verb-headed phrase after a fronted adverbial that opens the clause, not after a noun: "وعلى الفور عززت")
  assert.equal(one('وعلى الفور عززت قوات الأمن التونسية حضورها قرب الثكنة.', 'MOBILIZE')?.source?.actor?.code, 'TUNCOP');
});

test('events: circumstantial participles take the main clause’s subject; a conjunct after a comma keeps its own object', () => {
  const all = (text: string) => {
    const d = analyzeEvents(p, text);
    return [...d.events, ...d.partialEvents];
  };
  const req = all('وأشاد وزير الخارجية الأمريكي بالاتفاق مع إيران، مطالبا روسيا بوقف دعمها لنظام الأسد.');
  const r = req.find((e) => e.type === 'REQUEST');
  assert.equal(r?.source?.actor?.code, 'USAGOV');
  assert.equal(r?.target?.actor?.code, 'RUS');
  // the praise's ب-object is not looked for past the comma and the participle's clause
  assert.equal(req.find((e) => e.type === 'SUPPORT' && e.trigger?.text === 'وأشاد')?.target ?? null, null);
  const acc = all('وقال المتحدث باسم الخارجية الإيرانية إن طهران لن تتراجع، متهما الولايات المتحدة بدعم الإرهاب.').find((e) => e.type === 'ACCUSE');
  assert.equal(acc?.source?.actor?.code, 'IRN');
  assert.equal(acc?.target?.actor?.code, 'USA');
  const praise = all('وجدد الرئيس الفرنسي موقف بلاده، مشيدا بدور تركيا في استقبال اللاجئين.').find((e) => e.type === 'SUPPORT');
  assert.equal(praise?.source?.actor?.code, 'FRAGOV');
  assert.equal(praise?.target?.actor?.code, 'TUR');
  // praying to God and declining to be named are no events
  assert.equal(all('وقدم الأمين العام تعازيه للمملكة، داعيًا الله أن يرحم الشهداء.').find((e) => e.type === 'REQUEST'), undefined);
  assert.equal(all('وقال مصدر ـ رافضاً ذكر اسمه ـ إن الحكومة ستستمر.').find((e) => e.type === 'REJECT'), undefined);
  // "ودعمها للحوثيين" is her support for the Houthis (a noun with its ل-object), not a verb without a subject
  const sup = all('وقال الوزير إن إيران معزولة بسبب دعمها للإرهاب، ودعمها للحوثيين.').find((e) => e.type === 'SUPPORT' && e.target);
  assert.equal(sup?.source?.actor?.code, 'IRN');
  assert.equal(sup?.target?.actor?.code, 'YEMREBHOU');
});

test('events: a definite noun right after the verb that is no actor is its subject; the group after it is the object', () => {
  const acc = one('واتهم الانفصاليون القوات الأوكرانية بتكثيف الهجمات.', 'ACCUSE');
  assert.equal(acc?.source ?? null, null);
  assert.equal(acc?.target?.actor?.code, 'UKRMIL');
  assert.equal(one('وهنأ الوفد الرئيس المصري بنجاح المشروع.', 'SUPPORT')?.target?.actor?.code, 'EGYGOV');
  // a nisba after the noun is the subject's own: "صرح المصدر السعودي"; an honorific before a name is part of it
  assert.equal(one('وطالب المصدر السعودي الحكومة العراقية بوقف الهجمات.', 'REQUEST')?.target?.actor?.code, 'IRQGOV');
});

test('events: exchanged accusations are mutual; a force on alert is a one-sided mobilization; rallying support and diplomatic manoeuvres are none', () => {
  const acc = analyzeEvents(p, 'وتبادلت السعودية وإيران الاتهامات بشأن الأزمة.').events.find((e) => e.type === 'ACCUSE');
  assert.deepEqual([acc?.source?.actor?.code, acc?.target?.actor?.code], ['SAU', 'IRN']);
  // a mobilization has no target by nature: it is an event of the events layer with its force alone
  const alert = analyzeEvents(p, 'والقوات التونسية في حالة تأهب قصوى بعد الهجوم.').events.find((e) => e.type === 'MOBILIZE');
  assert.equal(alert?.source?.actor?.code, 'TUNMIL');
  const none = (text: string) => [...analyzeEvents(p, text).allEvents()].filter((e) => e.type === 'MOBILIZE').length;
  assert.equal(none('ويناضل أوباما بهدف حشد تأييد كاف من الديمقراطيين.'), 0);
  assert.equal(none('وتتحدث عن المناورات الدبلوماسية للولايات المتحدة.'), 0);
  assert.equal(none('وحشدت تركيا قواتها على الحدود السورية.'), 1);
});

test('events: a light verb joined by و shares the agent of the verb its sentence opens with; أبرم concludes an agreement; استولى seizes', () => {
  // (no earlier event to share with: the subject of the opening verb "استغل")
  const raid = one('واستغل تنظيم داعش الفوضى، وشن هجمات على سفارات في طرابلس.', 'ASSAULT');
  assert.deepEqual([raid?.source?.actor?.code, raid?.target?.actor?.code], ['IMGMUSISI', 'LBY']);
  // (a seizure of towns, and the raid after it shares its agent)
  const seized = one('واستولى تنظيم داعش على عدد من البلدات في ليبيا وشن هجمات على طرابلس.', 'COERCE');
  assert.equal(seized?.source?.actor?.code, 'IMGMUSISI');
  assert.equal(one('واستولى تنظيم داعش على عدد من البلدات في ليبيا وشن هجمات على طرابلس.', 'ASSAULT')?.source?.actor?.code, 'IMGMUSISI');
  // the light verb's own subject stays: it is no part of the earlier event's object
  const strike = [...analyzeEvents(p, 'وسط تزايد هجمات حزب العمال الكردستاني ضد الشرطة وشن الجيش التركي ضربات جوية على أهداف للحزب.').allEvents()].filter((e) => e.type === 'ASSAULT');
  assert.ok(strike.some((e) => e.source?.actor?.code === 'TURMIL'), JSON.stringify(strike.map((e) => e.source?.actor?.code)));
  // a light verb after a noun with a pronoun or ة is the verbal noun of a coordination, no clause of its own
  assert.notEqual(one('واستغل تنظيم داعش الفوضى بعد مطاردته وشن غاراتها على طرابلس.', 'ASSAULT')?.source?.actor?.code, 'IMGMUSISI');
  const agree = one('أبرمت باكستان اتفاقية مع الصين لشراء غواصات.', 'AGREE');
  assert.deepEqual([agree?.source?.actor?.code, agree?.target?.actor?.code, agree?.source?.inferred ?? false], ['PAK', 'CHN', false]);
  const concluded = one('وقال إن الاتفاق الذي أبرمته إيران مع الولايات المتحدة تاريخي.', 'AGREE');
  assert.deepEqual([concluded?.source?.actor?.code, concluded?.target?.actor?.code], ['IRN', 'USA']);
});

test('events: a subject after أنّ is found past a title in the clause before, and past an opening quotation mark after it; not the speaker before a quotation', () => {
  const w = one('وقال المسؤول ان وزير الخارجية الأمريكي رحب بقرار تركيا الأخير.', 'SUPPORT');
  assert.deepEqual([w?.source?.actor?.code, w?.target?.actor?.code], ['USAGOV', 'TUR']);
  const q = one('وصرح مسؤول للصحافيين ان وزير الخارجية الأمريكي «رحب بقرار تركيا الأخير».', 'SUPPORT');
  assert.deepEqual([q?.source?.actor?.code, q?.target?.actor?.code], ['USAGOV', 'TUR']);
  // (the speaker before a quotation is no subject of its first verb)
  const s = one('وقال وزير الخارجية الأمريكي «رحبنا بقرار تركيا الأخير».', 'SUPPORT');
  assert.notEqual(s?.target?.actor?.code, 'USAGOV');
});

test('events: a negated verb of occurring before a noun event denies it (لم تقع أعمال شغب، لم يسجل أي هجوم), not the relative ما; سوء تفاهم is no agreement; نشر deploys forces only', () => {
  assert.equal(one('لم تقع أعمال شغب ضد الحكومة البلجيكية في شوارع بروكسل.', 'PROTEST')?.mode, 'denied');
  assert.equal(one('لم يسجل أي هجوم على القوات الأمريكية في العراق.', 'ASSAULT')?.mode, 'denied');
  assert.equal(one('وقال إنه لا يوجد أي تنسيق مع إيران.', 'COOPERATE')?.mode, 'denied');
  assert.notEqual(one('وأضاف أن ما حدث لن يتكرر بمساعدة رجال الأمن.', 'AID')?.mode, 'denied');
  assert.equal(one('وقال إن ما وقع جاء نتيجة سوء تفاهم مع التلفزيون الهولندي.', 'AGREE'), undefined);
  assert.ok(one('ووقعت مصر والسعودية مذكرة تفاهم للتعاون في مجال الطاقة.', 'AGREE'));
  const deployed = one('ونشرت روسيا قوات إضافية في سوريا.', 'MOBILIZE');
  assert.equal(deployed?.source?.actor?.code, 'RUS');
  assert.equal([...analyzeEvents(p, 'نشر تنظيم داعش شريط فيديو في سوريا.').allEvents()].length, 0);
});

test('events: a byline or dateline that opens the sentence (سبق- أبها:) is no subject for a participle; a speaker before a colon still is', () => {
  const d = analyzeEvents(p, 'سبق- أبها: دعا رئيس لجنة حقوق الإنسان الدكتور هادي اليامي هيئات حقوق الإنسان للتحرك الفوري، مطالبًا الأمم المتحدة بملاحقة الحوثيين.');
  const all = [...d.allEvents()];
  assert.ok(!all.some((e) => e.source?.text === 'سبق'), JSON.stringify(all.map((e) => e.source?.text)));
});

test('events: the words a trigger must have near it (or not) are counted without punctuation (تستهدف شركة "أرامكو" زيادة: a goal, no attack)', () => {
  assert.equal(one('كما تستهدف شركة "أرامكو" زيادة اعتمادها على الطاقة الشمسية.', 'ASSAULT'), undefined);
});
