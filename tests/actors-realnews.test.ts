/**
 * Actor resolution on the hard cases of real Saudi and Gulf news (error classes found by judging a seeded
 * sample of SaudiNewsNet articles; sentences written for the tests): the unknown-name-after-a-title rule
 * must not read verbs, frequent words, tanwin forms, regions or institutions named after a king or prince
 * as people, and must take long names whole; one-word places that are ordinary words (ترك، صورة، حجة،
 * الحديثة، المشهد) count only when the document names their country or a place noun introduces them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ActorResolver } from '../src/actors/resolve.ts';
import { loadResources } from '../src/resources.ts';
import { tokenize } from '../src/text/tokenize.ts';

const res = await loadResources({ noLanguageModel: true });
const resolver = new ActorResolver(res.actors);
const run = (text: string) => resolver.resolve({ text, tokens: tokenize(text, res.charMap), date: '2015-08-01' });
/** Document-level people found by the title rule, as their text. */
const titlePeople = (text: string) => run(text).mentions.filter((m) => m.actor.id.startsWith('doc:') && m.via === 'title').map((m) => m.text);
const countries = (text: string) => run(text).mentions.filter((m) => m.actor.country).map((m) => `${m.text}=${m.actor.country}`);

test('title rule: no person from a verb, a frequent word, a tanwin form, a region or a connector word', () => {
  const cases: string[] = [
    'وأكدت المدربة أن الفريق يطمح إلى المنافسة على اللقب هذا الموسم',
    'وأضاف أن الفريق قام بزيارة ميدانية للمواقع',
    'وظل الرئيس مدة طويلة في منصبه قبل أن يستقيل',
    'وقال مسؤول يعمل في الوزارة إن القرار نهائي',
    'وقال رجال أعمال وجهوا شكوى إلى الغرفة التجارية إن الرسوم مرتفعة',
    'وتشكل القوات الموالية للرئيس السابق تهديداً خطيراً للمدنيين',
    'ولا بد لأي محلل سياسي كي يفهم المشهد أن يقرأ التاريخ',
    'وحضر اللقاء مستشار أفريقيا الشمالية والشرق الأوسط في الرئاسة',
    // a word with an attached pronoun, a conjunction + future verb (sample-3000)
    'واستنكر الدكتور التركي هذه التصريحات غير المسؤولة وصدورها من مسؤول في دولة شقيقة',
    'وسينضم فور وصوله إلى تدريبات الفريق وسيستأنف الفريق تدريباته مساء اليوم',
    // a noun in ة with the pronoun ه, after و (session 9)
    'بحيث نضمن إنتاجية ذلك العضو وفعاليته في المجلس',
  ];
  for (const text of cases) assert.deepEqual(titlePeople(text), [], text);
});

test('title rule: a king or prince inside an institution’s name is neither a title nor a person', () => {
  const cases: string[] = [
    'وأجريت العملية في مدينة الملك سعود الطبية بالرياض',
    'وشهدت صالات مطار الأمير محمد بن عبدالعزيز الدولي ازدحاماً',
    'وأعلنت جامعة الملك عبدالعزيز عن فتح باب القبول',
  ];
  for (const text of cases) {
    const r = run(text);
    assert.deepEqual(r.mentions.filter((m) => m.actor.kind === 'person').map((m) => m.text), [], text);
  }
});

test('title rule: a real name after a title still is one (أدهم، وليد، جعفر نميري)', () => {
  for (const [text, name] of [
    ['وقال المدير التنفيذي أدهم الشريف إن الشركة ستتوسع', 'أدهم الشريف'],
    ['وقال الرئيس جعفر نميري إن البلاد تواجه أزمة', 'جعفر نميري'],
    ['وأكد المتحدث باسم الشرطة العقيد وليد الحسيني أن التحقيق مستمر', 'وليد الحسيني'],
    // a blessing after the name ends it
    ['وقال الشيخ عبدالعزيز رحمه الله إن العلم نور', 'عبدالعزيز'],
    ['وكان الأمير فيصل يرحمه الله محبا للعلم', 'فيصل'],
  ] as const) assert.ok(titlePeople(text).some((t) => t === name), `${text}: ${titlePeople(text).join(', ')}`);
});

test('title rule: long names are taken whole; a title word before بن is a first name', () => {
  const cases: [string, string][] = [
    ['وأكد رئيس الهيئة الأمير سعود بن عبدالله بن ثنيان أن العمل مستمر', 'سعود بن عبدالله بن ثنيان'],
    ['وقدم الأمير سلطان بن سلمان دعماً للأسرة', 'سلطان بن سلمان'],
    ['وقال المحاضر الدكتور صالح محمود السعدون إن الفكرة قديمة', 'صالح محمود السعدون'],
    ['وجاء الوزير الدكتور عبدالله العبيد ليحاول نقل التعليم', 'عبدالله العبيد'],
  ];
  for (const [text, name] of cases) assert.deepEqual(titlePeople(text), [name], text);
});

test('places that are ordinary words need their country or a place noun', () => {
  const none: string[] = [
    'وحذر الأطباء من ترك الأجسام الصغيرة في متناول الأطفال',
    'ويعيش الناس حياتهم بصورة اعتيادية',
    'ويشمل المعرض المنتجات الحديثة والقديمة',
    'ولا يمكن تبرير ذلك بأي حجة كانت',
    'وبدأت المحاضرة بعد المغرب في خيمة الفعاليات',
    'وكان المشهد مؤثراً في الحفل الختامي',
  ];
  for (const text of none) assert.deepEqual(countries(text), [], text);
  const some: [string, string][] = [
    ['وخرجت احتجاجات في مدينة مشهد ضد الغلاء', 'مشهد=IRN'],
    ['وقصفت الطائرات مواقع في حجة شمال اليمن', 'حجة=YEM'],
    ['ووصل الوفد إلى المغرب في زيارة رسمية', 'المغرب=MAR'],
    ['وزار الوزير تركيا الأسبوع الماضي', 'تركيا=TUR'],
  ];
  for (const [text, want] of some) assert.ok(countries(text).includes(want), `${text}: ${countries(text).join(' ')}`);
});

test('an ambiguous place needs evidence where it stands, not only its country named somewhere in the story', () => {
  // Saudi Arabia, Iraq, Korea named in the same story do not make these words places
  const none: string[] = [
    'وأعلنت السعودية خطة جديدة. رابط الخبر بصحيفة الوئام',
    'وتحدث وزير العراق عن تطورات المشهد السياسي والدول الحديثة في المنطقة',
    'وزار رئيس كوريا الجنوبية الرياض. وتسببت السيول في أضرار كبيرة بجدة',
    'وافتتحت السعودية كليات تقنية للبنين والبنات',
    'وأكدت السعودية أن وحدة العيون في المستشفى جاهزة',
  ];
  for (const text of none) {
    const got = countries(text).filter((c) => !/(السعودية|العراق|كوريا الجنوبية|الرياض|جدة)=/.test(c));
    assert.deepEqual(got, [], text);
  }
  const some: [string, string][] = [
    ['ووقع انفجار في مدينة الخبر شرق السعودية', 'الخبر=SAU'], // a place noun
    ['وهطلت أمطار على الدمام والخبر أمس', 'الخبر=SAU'], // coordinated with a place
    ['وقصفت الطائرات مواقع في أبين جنوب اليمن', 'أبين=YEM'], // a preposition of place, the country named
    ['وقال رئيس كوريا الجنوبية في سيول إن المحادثات مستمرة', 'سيول=KOR'], // the capital, its country named
    // a form two countries share: the one whose country the story names (Tripoli of Lebanon, Tripoli of Libya)
    ['وقال مفتي طرابلس إن الوضع في لبنان صعب', 'طرابلس=LBN'],
    ['وقال مسؤول في حكومة طرابلس إن الوضع في ليبيا صعب', 'طرابلس=LBY'],
  ];
  for (const [text, want] of some) assert.ok(countries(text).includes(want), `${text}: ${countries(text).join(' ')}`);
  // a preposition alone is not enough without the country
  assert.deepEqual(countries('وورد في الخبر أن الاجتماع تأجل'), []);
});

test('a surname is no short mention as a link in a longer name or as an adjective after a definite noun', () => {
  const elaraby = (text: string) => run(text).mentions.filter((m) => m.actor.id === 'per:nabil-elaraby').map((m) => m.text);
  const t1 = 'رحب الأمين العام لجامعة الدول العربية الدكتور نبيل العربي بالإعلان. واعتبر العربي في بيان أن الزيارة تخدم مسيرة العمل العربي المشترك والأمن القومي العربي.';
  const got = elaraby(t1);
  assert.ok(got.includes('نبيل العربي') && got.filter((x) => x === 'العربي').length === 1, got.join(' | '));
  // a document name's last word after بن with a name before it is a link ("فيصل بن الملحم"); after a verb, "ابن X" names the person
  const docMentions = (text: string) => run(text).mentions.filter((m) => m.actor.id.startsWith('doc:')).map((m) => m.text);
  const t2 = 'وقال الدكتور خالد الملحم إن المشروع مهم. وحضر الأمير فيصل بن الملحم الحفل. وأضاف الملحم أن العمل جار.';
  assert.deepEqual(docMentions(t2).filter((x) => x === 'الملحم'), ['الملحم'], docMentions(t2).join(' | '));
});

test('title rule: "امام" without its hamza is "in front of"; "عضو شرف" is one title; an organization noun ends a name', () => {
  assert.deepEqual(titlePeople('ويبدأ تشلسي حملة الدفاع عن لقبه على ارضه امام سوانسي سيتي السبت'), []);
  assert.deepEqual(titlePeople('وقال إمام المسجد الشيخ صالح الطالب إن الصلاة أقيمت'), ['صالح الطالب']);
  assert.deepEqual(titlePeople('وقال عضو شرف الهلال إن الفريق جاهز'), []);
  assert.deepEqual(titlePeople('وطالب الأمير عبدالله بن سعد الاتحاد السعودي لكرة القدم بوضع آلية'), ['عبدالله بن سعد']);
});

test('"القضاء على" is eliminating, not the judiciary', () => {
  const judiciary = (text: string) => run(text).mentions.filter((m) => m.actor.id === 'body:judiciary').map((m) => m.text);
  assert.deepEqual(judiciary('وأكد الوزير عزم الحكومة على القضاء على الإرهاب وللقضاء عليه نهائيا'), []);
  assert.ok(judiciary('وأحال القضاء المتهمين إلى المحكمة').includes('القضاء'));
});

test('"القاعدة" before a feminine adjective or after a demonstrative is a base or a rule, not al-Qaeda', () => {
  const aq = (text: string) => run(text).mentions.filter((m) => m.actor.id === 'grp:aq').map((m) => m.text);
  assert.deepEqual(aq('وتقدمت القوات باتجاه القاعدة الجوية بالعند'), []);
  assert.deepEqual(aq('ولم تخرج العطور عن هذه القاعدة'), []);
  assert.deepEqual(aq('وتبنى تنظيم القاعدة الهجوم، وقالت القاعدة في بيان إنها نفذته'), ['تنظيم القاعدة', 'القاعدة']);
});

test('a known one-word surname after another first name is another person ("هشام مرسي" is not Mohamed Morsi)', () => {
  const ids = (text: string) => run(text).mentions.map((m) => m.actor.id);
  assert.ok(!ids('وقع رئيس نادي الوحدة هشام مرسي عقد اللاعب').includes('per:mohamed-morsi'));
  assert.ok(!ids('وألقت الشرطة القبض على المشتبه به سليمان الأسد في اللاذقية').includes('per:bashar-al-assad'));
  assert.ok(ids('وقال الرئيس المصري محمد مرسي إن الحوار مستمر').includes('per:mohamed-morsi'));
  // ("الأسد" alone needs the country named: it is also the lion)
  assert.ok(ids('وقال الأسد في خطاب إن الحرب في سوريا مستمرة').includes('per:bashar-al-assad'));
  // the person's own first name in another spelling of its long vowels is no other first name
  assert.ok(ids('وتسلم الحقيبة من صديقه فرنسوا هولاند').includes('per:francois-hollande'));
});

test('a preposition the clitic analysis keeps inside a word is no proclitic for a one-word name (بابل is not ب + آبل)', async () => {
  const { createPipeline } = await import('../src/pipeline/default.ts');
  const doc = createPipeline(res).analyze('وزار الوفد مدينة بابل الأثرية وغادر باكرا، ثم توجه الوزير بعدها إلى بواشنطن.', { published: '2015-08-01' });
  const ids = doc.actorMentions.map((m) => m.actor.id);
  assert.ok(!ids.includes('cmp:apple') && !ids.some((i) => i.includes('GHA')), ids.join(', '));
  assert.ok(ids.some((i) => i.includes('USA')), ids.join(', '));
});

test('the Hungarian nisba is ambiguous: "مجريات التحقيق", "المجرى الملاحي" are no Hungary; "المجري" counts when the story names Hungary', () => {
  const hun = (text: string) => countries(text).filter((c) => c.endsWith('=HUN')).length;
  assert.equal(hun('اطلع مدير الأمن العام الفريق الركن عثمان بن ناصر المحرج اليوم على مجريات التحقيق.'), 0);
  assert.equal(hun('عبرت ثلاث سفن المجرى الملاحي لقناة السويس اليوم.'), 0);
  assert.equal(hun('وقالت المجر إن اللاعب المجري سيغيب عن المباراة.'), 2);
});

test('a nisba that is a common first name (تركي) is the person in a name context and Turkey as an adjective', () => {
  const tur = (text: string) => countries(text).filter((c) => c.endsWith('=TUR')).length;
  assert.equal(tur('وحضر الحفل صاحب السمو الأمير فيصل بن تركي رئيس النادي.'), 0);
  assert.equal(tur('وقال تركي شبانة رئيس شبكة القنوات إن البرنامج ناجح.'), 0);
  assert.equal(tur('وشارك في اللقاء اللاعب عبد السلام الشريف وتركي الخضير.'), 0);
  assert.ok(tur('أعلن الجيش عن إصابة رجل أمن تركي في هجوم جديد.') >= 1);
  assert.ok(titlePeople('قال الأمير تركي بن محمد إن الحفل ناجح.').some((p) => p.startsWith('تركي بن محمد')));
  // a name that begins with و stays one
  assert.ok(titlePeople('وقال المتحدث الرسمي وليد الشهري إن المشروع ناجح.').some((p) => p.startsWith('وليد')));
});

test('a singular nisba right after a given name is a family name, not the country; after a full name or before the name it stays the nationality', () => {
  const has = (text: string, code: string) => countries(text).filter((c) => c.endsWith('=' + code)).length;
  assert.equal(has('وقال المتحدث الأمني لوزارة الداخلية اللواء منصور التركي إن الجهات الأمنية تتابع.', 'TUR'), 0);
  assert.equal(has('وأجرى المدرب الوطني خليل المصري تدريبات الفريق.', 'EGY'), 0);
  assert.equal(has('وأصدر الدكتور عبدالله بن عبدالمحسن التركي بيانا.', 'TUR'), 0);
  assert.ok(has('وقال محمد جواد ظريف الإيراني إن الاتفاق مهم.', 'IRN') >= 1);
  assert.ok(has('وانضم الهولندي روبن فان بيرسي إلى الفريق.', 'NLD') >= 1);
  assert.ok(has('وقعت الشركة عقدا مع مدينة ليون الفرنسية.', 'FRA') >= 1);
});

test('"المملكة" alone is the kingdom named before it, also through a person or a nisba; "المملكة المتحدة" stays Britain', () => {
  const codes = (text: string) => run(text).mentions.filter((m) => m.text === 'المملكة').map((m) => m.actor.code);
  assert.deepEqual(codes('قال وزير الخارجية السعودي إن المملكة دعمت الحكومة اليمنية.'), ['SAU']);
  assert.deepEqual(codes('وأكد العاهل الأردني أن المملكة الأردنية تدعم السلطة وأن المملكة لن تتخلى عنها.'), ['JOR']);
  assert.deepEqual(codes('وقال الوزير إن المملكة لن تتدخل.'), []);
  assert.ok(run('زار الوزير المملكة المتحدة.').mentions.some((m) => m.text === 'المملكة المتحدة' && m.actor.code === 'GBR'));
  // before any antecedent: the kingdom the whole text names most often, twice at least (not a country named once)
  assert.deepEqual(codes('وثمن الدور الذي تقوم به المملكة لإغاثة الشعب اليمني، وأشاد بالجهود السعودية وبمركز الملك سلمان للإغاثة.'), ['SAU']);
  assert.deepEqual(codes('ومن هذه الدول المملكة، وكان أول قرض لليونان من بريطانيا.'), []);
});

test('a definite body takes no country name right after it as its owner ("اتهمت الحكومة إسرائيل"); "حكومة إسرائيل" and "الحكومة السورية" do', () => {
  const codes = (text: string) => run(text).mentions.map((m) => `${m.text}=${m.actor.code}`);
  assert.ok(codes('اتهمت الحكومة إسرائيل بخرق الهدنة.').includes('الحكومة=GOV'));
  assert.ok(codes('اتهمت حكومة إسرائيل حماس بخرق الهدنة.').includes('حكومة=ISRGOV'));
  assert.ok(codes('اتهمت الحكومة السورية إسرائيل بخرق الهدنة.').includes('الحكومة السورية=SYRGOV'));
  assert.ok(codes('وقعت وزارة الداخلية في السعودية اتفاقية للتعاون.').some((c) => c.startsWith('وزارة الداخلية=SAU')));
});

test('a body without a country in a story about one country is that country’s; not when no country dominates', () => {
  const codes = (text: string) => run(text).mentions.map((m) => `${m.text}=${m.actor.code}`);
  const yemen = 'وصلت إلى عدن طائرة إغاثة تحمل أدوية. وتعاني اليمن من نقص الأدوية منذ بدء الحرب في اليمن. وقالت وزارة الصحة إن المستشفيات في صنعاء بحاجة إلى الوقود.';
  assert.ok(codes(yemen).includes('وزارة الصحة=YEMGOV'), codes(yemen).join(', '));
  const mixed = 'زار وزير من اليمن مصر ثم الأردن. وقالت وزارة الصحة إن المستشفيات بحاجة إلى الوقود.';
  assert.ok(codes(mixed).includes('وزارة الصحة=GOV'), codes(mixed).join(', '));
});

test('a generic body named again without its country is the body named with it before; not one coordinated with it', () => {
  const codes = (text: string) => run(text).mentions.map((m) => `${m.text}=${m.actor.code}`);
  assert.ok(codes('أعلنت وزارة الداخلية التونسية اعتقال خمسة مسلحين. وقالت وزارة الداخلية في بيان إن العملية مستمرة.').includes('وزارة الداخلية=TUNGOV'));
  assert.ok(codes('قالت الشرطة الهندية إن خمسة أشخاص قتلوا. وأضافت الشرطة أن البحث مستمر.').includes('الشرطة=INDCOP'));
  // without a country named for it, the body stays without one
  assert.ok(codes('وقالت وزارة الداخلية في بيان إن العملية مستمرة.').includes('وزارة الداخلية=GOV'));
  // "the Saudi ministry and the German federal ministry" are two
  assert.ok(!codes('اتفاقية بين وزارة الداخلية السعودية ووزارة الداخلية الاتحادية في ألمانيا.').includes('وزارة الداخلية=SAUGOV'));
});

test('"بلاده" / "بلادها" is the country of the person or state body named last before it (not an outlet\'s)', () => {
  const own = (text: string) => run(text).mentions.filter((m) => m.text.endsWith('بلاده') || m.text.endsWith('بلادها')).map((m) => m.actor.country);
  assert.deepEqual(own('أعلن وزير الخارجية المصري سامح شكري يوم الثلاثاء أن بلاده ستستضيف جولة جديدة من المحادثات.'), ['EGY']);
  assert.deepEqual(own('وقال وزير الدفاع البريطاني مايكل فالون لوكالة رويترز إن بلاده ستمدد مهمة قواتها.'), ['GBR']);
  assert.deepEqual(own('وقال الكاتب إن بلاده جميلة.'), []);
});

test('in the full pipeline, a word the clitic layer reads as و + word is no part of a name after a title; وليد is', async () => {
  const { Analyzer } = await import('../src/analyzer.ts');
  const an = await Analyzer.create({ noLanguageModel: true });
  const people = (text: string) => an.analyze(text, { published: '2015-08-01' }).actorMentions.filter((m) => m.actor.id.startsWith('doc:')).map((m) => m.text);
  assert.deepEqual(people('ويتطلب الأمر من العضو وشراسة المنافسة في الانتخابات.'), []);
  assert.ok(people('وقال المتحدث الرسمي وليد الشهري إن المشروع ناجح.').some((p) => p.startsWith('وليد')));
});

test('in the full pipeline, الداخلية / الخارجية after a noun with a possessive pronoun are adjectives, not ministries', async () => {
  const { Analyzer } = await import('../src/analyzer.ts');
  const an = await Analyzer.create({ noLanguageModel: true });
  const ids = (text: string) => an.analyze(text, { published: '2015-08-01' }).actorMentions.map((m) => `${m.text}=${m.actor.id}`);
  assert.ok(!ids('واعتبرت ذلك تدخلا سافرا في شئونها الداخلية ولسياستها الخارجية.').some((x) => /^(الداخلية|الخارجية)=/.test(x)));
  assert.ok(!ids('ودعا إلى تعزيز وحدتنا الداخلية، فلوائحه الداخلية تمنع ذلك.').some((x) => /^(الداخلية|الخارجية)=/.test(x)));
  // the ministry as the subject
  assert.ok(ids('وأكدت الخارجية في بيان أن الوفد وصل، وأعلنت الداخلية الكويتية ضبط خلية.').some((x) => x.startsWith('الخارجية=')));
});

test('a hamza seat inside a word that disagrees with the name makes another word: "مآرب" (goals) is not Marib "مأرب"', () => {
  assert.deepEqual(countries('وحذر من استغلال الدين لمآرب سياسية'), []);
  assert.deepEqual(countries('وقصفت الطائرات مواقع في مأرب'), ['مأرب=YEM']);
  // (a form without its hamza, and the word after a place noun, still match)
  assert.deepEqual(countries('ووصلت التعزيزات إلى مارب'), ['مارب=YEM']);
  assert.deepEqual(countries('وفي محافظة مآرب اشتدت المعارك'), ['مآرب=YEM']);
});

test('"ولي ولي العهد" is the Saudi deputy crown prince of the date; a title of one country takes no other country after it', () => {
  const who = (text: string) => run(text).mentions.filter((m) => m.via === 'title').map((m) => `${m.text}=${m.actor.id}`);
  assert.ok(who('وأكد الرئيس المصري أهمية زيارة ولي ولي العهد لمصر').includes('ولي ولي العهد=per:mohammed-bin-salman'));
  assert.ok(run('وحضر سفير خادم الحرمين الشريفين في مصر الاحتفال').mentions.every((m) => m.actor.country !== 'EGY' || m.text === 'مصر'));
});

test('P5+1 written with its number in brackets or quotation marks', () => {
  const p5 = (text: string) => run(text).mentions.filter((m) => m.actor.id === 'igo:p5plus1').map((m) => m.text);
  assert.deepEqual(p5('اتهمت رجوي الدول «5+1» بتقديم تنازلات'), ['الدول «5+1»']);
  assert.deepEqual(p5('وقالت مجموعة (5+1) إنها'), ['مجموعة (5+1)']);
});

test('a kingdom\'s body ("الديوان الملكي") takes a kingdom only: the story\'s country when it is one, else the kingdom the text names most', () => {
  const code = (text: string) => run(text).mentions.find((m) => m.text.startsWith('الديوان الملكي') || m.text.startsWith('بالديوان الملكي'))?.actor.code;
  assert.equal(code('قال الرئيس اليمني إن الحكومة اليمنية تعمل مع الجيش اليمني في عدن وصنعاء. وأضاف المستشار بالديوان الملكي أن الطائرة السعودية وصلت بدعم من السعودية.'), 'SAUGOV');
  assert.equal(code('وقال الرئيس اليمني إن الحكومة اليمنية في عدن تلقت رسالة من الديوان الملكي.'), 'GOV');
  assert.equal(code('أصدر الديوان الملكي الأردني بيانا.'), 'JORGOV');
});

test('an unknown person after a title takes no country from a company named near it (على موقع تويتر), but from a nisba', () => {
  const m = run('ونقل حساب الاتحاد الكويتي على موقع تويتر عن الشيخ طلال الفهد رئيس الاتحاد قوله إن البطولة تأجلت.').mentions.find((x) => x.text === 'طلال الفهد');
  assert.equal(m?.actor.country, 'KWT');
  const n = run('وقال الدكتور حسن الحسيني في مقطع على يوتيوب إن الحادث مؤلم.').mentions.find((x) => x.text === 'حسن الحسيني');
  assert.notEqual(n?.actor.country, 'USA');
});

test('in the full pipeline, a word read through its stem loses only the letters before the stem (مبعوثه، قواتنا keep their first letter)', async () => {
  const { Analyzer } = await import('../src/analyzer.ts');
  const an = await Analyzer.create({ noLanguageModel: true });
  const d = an.analyze('وقال مبعوثه الخاص إن قواتنا المسلحة جاهزة.', { published: '2015-08-01' });
  assert.ok(d.titles.some((t) => t.text.startsWith('مبعوثه')), JSON.stringify(d.titles.map((t) => t.text)));
  assert.ok(d.actorMentions.some((m) => m.text === 'قواتنا المسلحة'), JSON.stringify(d.actorMentions.map((m) => m.text)));
});

test('in the full pipeline, المخلوع / المعزول stand between a title and its name like السابق (الرئيس المخلوع علي عبدالله صالح)', async () => {
  const { Analyzer } = await import('../src/analyzer.ts');
  const an = await Analyzer.create({ noLanguageModel: true });
  const d = an.analyze('وسيطر الحوثيون على صنعاء بدعم من الرئيس المخلوع علي عبدالله صالح.', { published: '2015-08-01' });
  const s = d.allEvents().find((e) => e.type === 'SUPPORT');
  assert.ok(s?.source?.text.endsWith('علي عبدالله صالح'), JSON.stringify(s?.source?.text));
});

test('an unnamed body in construct after a title gives the title its nationality, no sector, and no office-holder (رئيس اتحاد الكاراتيه المصري is not Egypt\'s president)', () => {
  const r = run('وقال رئيس اتحاد الكاراتيه المصري إن البطولة ناجحة.');
  const t = r.titles.find((x) => x.text.startsWith('رئيس'));
  assert.equal(t?.text, 'رئيس اتحاد الكاراتيه المصري');
  assert.equal(t?.country, 'EGY');
  assert.equal(t?.sector, null);
  const m = r.mentions.find((x) => x.text === 'رئيس اتحاد الكاراتيه المصري');
  assert.equal(m?.actor.code, 'EGY');
  assert.equal(m?.actor.kind, 'agent');
  // the nisba is still a mention of its own (the body's adjective), and a known body keeps its resolution
  assert.ok(r.mentions.some((x) => x.text === 'المصري' && x.actor.country === 'EGY'));
  assert.equal(run('وقال الرئيس المصري إن البطولة ناجحة.').mentions.find((x) => x.text === 'الرئيس المصري')?.actor.id.startsWith('per:'), true);
});

test('in the full pipeline, the nisba of the agent\'s own body is no object: "ودعت رئيسة اتحاد المصارف اليونانية العملاء إلى الهدوء"', async () => {
  const { Analyzer } = await import('../src/analyzer.ts');
  const an = await Analyzer.create({ noLanguageModel: true });
  const d = an.analyze('ودعت رئيسة اتحاد المصارف اليونانية أمس جميع العملاء إلى الهدوء.', { published: '2015-07-20' });
  assert.deepEqual(d.allEvents().filter((e) => e.target?.actor?.country === 'GRC').map((e) => e.type), []);
});

test('a person named through a state office without a country takes the story\'s country; an honorific or a calling only when the story names no other country', () => {
  const person = (text: string, name: string) => run(text).mentions.find((m) => m.text.startsWith(name))?.actor;
  const afghan = 'قتل 20 شخصا في هجوم في أفغانستان. وقالت حكومة أفغانستان إن الهجوم وقع في كابول. وأدانت أفغانستان الهجوم. وقال قائد الشرطة المحلية العقيد سيف الله رحيمي إن المهاجمين فروا. وقال الرئيس الأمريكي إن بلاده تدين الهجوم.';
  assert.equal(person(afghan, 'سيف الله')?.country, 'AFG');
  // an expert (a calling) in a story that names two countries stays without one
  const expert = afghan + ' وقال المحلل السياسي جون سميث إن الوضع خطير.';
  const analyst = person(expert, 'جون سميث');
  assert.ok(analyst, 'the analyst is a person of the document');
  assert.equal(analyst?.country ?? null, null);
});

test('a place name that is also a family name ([family_name_places]: السويد) after a patronymic ends the name, there and wherever the document writes it alone', () => {
  const r = run('قام الدكتور عبدالله بن محمد السويد اليوم بزيارة للمصاب. واطمأن الدكتور السويد على صحته.');
  assert.ok(!r.mentions.some((m) => m.actor.country === 'SWE'), JSON.stringify(r.mentions.map((m) => `${m.text}=${m.actor.code}`)));
  assert.ok(run('وزار الوزير السويد أمس.').mentions.some((m) => m.actor.country === 'SWE'));
});

test('a second title after a posting takes the first title’s country, a repeated short name after a title is the same person, and "الدبلوماسية" is no diplomat', () => {
  const text = 'ووقع المندوب الدائم للمملكة العربية السعودية لدى الأمم المتحدة في نيويورك السفير عبدالله بن يحيى المعلمي على الاتفاقية، فيما وقع عن فيجي المندوب الدائم لجمهورية جزر فيجي لدى الأمم المتحدة السفير بيتر ثومسون. وأكد السفير المعلمي والسفير ثومسون حرص البلدين على تعزيز العلاقات الدبلوماسية.';
  const ms = run(text).mentions;
  const code = (name: string) => ms.filter((m) => m.text === name).map((m) => m.actor.code);
  assert.deepEqual(code('عبدالله بن يحيى المعلمي'), ['SAUGOV'], 'the host city after لدى … في is not his country');
  assert.deepEqual(code('بيتر ثومسون'), ['FJIGOV']);
  const thomson = ms.filter((m) => m.text === 'ثومسون');
  assert.equal(thomson.length, 1);
  assert.equal(thomson[0]!.actor.id, ms.find((m) => m.text === 'بيتر ثومسون')!.actor.id, 'السفير ثومسون is بيتر ثومسون');
  assert.ok(!ms.some((m) => m.text.includes('الدبلوماسية')), 'العلاقات الدبلوماسية names no diplomat');
  const aus = run('زار السفير الأسترالي لدى المملكة الدكتور رالف بيتر كينج الشركة السعودية للكهرباء.').mentions.find((m) => m.text.startsWith('رالف'));
  assert.equal(aus?.actor.country, 'AUS', 'a definite noun only an anaphor names (لدى المملكة) is part of the posting');
});

test('a name that ends with a ruling family (countries’ families: الصباح، آل نهيان) is of that country, also when the family follows the words read as the name', () => {
  const ms = run('وكان الشيخ محمد خالد الحمد الصباح قد أكد ضرورة التنسيق. وقال الشيخ طلال فهد الأحمد الصباح إن الاتحاد مستعد. وأكد السفير العراقي أن بغداد تدعم الجهود.').mentions;
  const c = (name: string) => ms.find((m) => m.text.startsWith(name))?.actor.country;
  assert.equal(c('محمد خالد الحمد'), 'KWT');
  assert.equal(c('طلال فهد الأحمد'), 'KWT');
  assert.equal(res.actors.familyCountry(['محمد', 'بن', 'زايد', 'ال', 'نهيان']), 'ARE', 'normalized words: آل is ال');
  assert.equal(res.actors.familyCountry(['الصباح']), null, 'a family name alone is no name (الصباح is also "the morning")');
  assert.equal(res.actors.familyCountry(['محمد', 'الفهد']), null);
});

test('"الأكاديمي" after a definite noun that is no actor is the adjective "academic" ([adjective_titles]): no title', () => {
  const titles = (text: string) => run(text).titles.map((t) => t.text);
  assert.deepEqual(titles('وقال مدير الجامعة إن العام الأكاديمي يبدأ الأحد.').filter((t) => t.includes('الأكاديمي')), []);
  assert.ok(titles('هاجم الأكاديمي السعودي محمد النجيمي الإعلامي المصري.').some((t) => t.startsWith('الأكاديمي')));
});

test('a minister of state with his affairs and his country after ب is one title of that country ("وزير الدولة لشؤون الدفاع بدولة قطر")', () => {
  const r = run('استقبل ولي ولي العهد في مكتبه بالرياض أمس معالي وزير الدولة لشؤون الدفاع بدولة قطر اللواء ركن حمد بن علي العطية. والتقى وزير الدولة للشؤون الخارجية بسنغافورة الوزير.');
  const titles = r.mentions.filter((m) => m.via === 'title' && m.text.startsWith('وزير الدولة'));
  assert.deepEqual(titles.map((m) => `${m.text}=${m.actor.code}`), ['وزير الدولة لشؤون الدفاع بدولة قطر=QATGOV', 'وزير الدولة للشؤون الخارجية بسنغافورة=SGPGOV']);
  assert.equal(r.mentions.find((m) => m.text.startsWith('حمد'))?.actor.country, 'QAT');
  // (a minister of state with no country after his affairs stays a title of no country here)
  assert.ok(!run('وقال وزير الدولة لشؤون مجلس الوزراء إن الجلسة انتهت.').mentions.some((m) => m.actor.country));
});

test('"المقاومة" alone refers back to a resistance named before it by a name with the word; with none, it is no actor', () => {
  const ms = run('اقتحمت المقاومة الشعبية مبنى الأمن السياسي. وهاجمت قوات تابعة للانقلابيين مواقع المقاومة في أبين.').mentions;
  assert.deepEqual(ms.filter((m) => m.text === 'المقاومة').map((m) => `${m.via}:${m.actor.code}`), ['coref:YEMREBRES']);
  assert.ok(!run('وتحدث الكاتب عن أدب المقاومة في القرن الماضي.').mentions.some((m) => m.text === 'المقاومة'));
});

test('a capital named as a place counts toward the story country (في الرياض، بالرياض); one standing for its government does not', () => {
  const ms = run('أعلنت وزارة الصحة أمس عن تسجيل 4 إصابات مؤكدة بفيروس كورونا في الرياض ونجران، و4 حالات وفاة بالرياض. وبينت الوزارة أن إجمالي الحالات في المملكة بلغ 1063 حالة.').mentions;
  assert.equal(ms.find((m) => m.text === 'وزارة الصحة')?.actor.code, 'SAUGOV');
  const hk = run('قالت الحكومة إن بكين تدعم الإصلاح. وقالت بكين إن القرار نهائي. وردت بكين على المنتقدين. وقال البرلمان إن الجلسة انتهت.').mentions;
  assert.equal(hk.find((m) => m.text === 'البرلمان')?.actor.country ?? null, null, 'بكين as an actor says nothing of where the story is');
});

test('a story that names one country twice and no other is about that country: its bodies take it', () => {
  const ms = run('صرح المتحدث الأمني بوزارة الداخلية بأن تفجيرا وقع في مسجد قوات الطوارئ الخاصة بمنطقة عسير. وأكد المتحدث أن الحادث في أبها محل متابعة.').mentions;
  assert.equal(ms.find((m) => m.text === 'وزارة الداخلية')?.actor.code, 'SAUGOV');
  // (with another country named once, twice is not enough)
  const two = run('صرح المتحدث باسم وزارة الداخلية بأن تفجيرا وقع في منطقة عسير. وأكد أن الحادث في أبها لا صلة له بإيران.').mentions;
  assert.equal(two.find((m) => m.text === 'وزارة الداخلية')?.actor.country ?? null, null);
});

test('an ambassador of a head of state named by a title of one country is that country\'s ambassador, not the king (سفير خادم الحرمين الشريفين)', () => {
  const ms = run('استقبل الربيعة امس بالمركز سفير خادم الحرمين الشريفين لدى اليمن محمد سعيد آل جابر.').mentions;
  assert.ok(!ms.some((m) => m.actor.id === 'per:salman-bin-abdulaziz'), ms.map((m) => m.text + '=' + m.actor.id).join(', '));
  assert.equal(ms.find((m) => m.text.startsWith('سفير'))?.actor.code, 'SAUGOV');
});

test('an unknown name after an office of an international body is the body\'s (IGOEURCOM), not the story country\'s government; a capital with ل is no title\'s country', () => {
  const ms = run('وقالت نائبة رئيس المفوضية الأوروبية سارة جونسون إن تونس قوية وإن دعم تونس أولوية.').mentions;
  assert.equal(ms.find((m) => m.text === 'سارة جونسون')?.actor.code, 'IGOEURCOM', ms.map((m) => m.text + '=' + m.actor.code).join(', '));
  const un = run('وقال المتحدث باسم الأمم المتحدة أحمد فوزي إن تونس قوية.').mentions;
  assert.equal(un.find((m) => m.text === 'أحمد فوزي')?.actor.code, 'IGOUNO', un.map((m) => m.text + '=' + m.actor.code).join(', '));
  const v = run('زيارة ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع للقاهرة.').mentions;
  assert.ok(!v.some((m) => m.actor.code === 'EGYMIL'), v.map((m) => m.text + '=' + m.actor.code).join(', '));
});

test('a city after the head of a newspaper or radio, or quoted after one, names the outlet (صحيفة الرياض، صحيفة «جاكرتا بوست» الإندونيسية): its country\'s media, not its government', () => {
  const r = run('ذكرت صحيفة الرياض أن الشرطة اعتقلت 20 شخصا.').mentions;
  assert.equal(r.find((m) => m.text === 'الرياض')?.actor.code, 'SAUMED', r.map((m) => m.text + '=' + m.actor.code).join(', '));
  const j = run('ذكرت صحيفة "جاكرتا بوست" الإندونيسية أن الشرطة اعتقلت 20 شخصا.').mentions;
  assert.equal(j.find((m) => m.text === 'جاكرتا بوست')?.actor.code, 'IDNMED', j.map((m) => m.text + '=' + m.actor.code).join(', '));
  // (a country stays a country; a known outlet whose name runs past the city keeps its own entry)
  const e = run('وقالت وكالة مصر إن الشرطة اعتقلت 20 شخصا.').mentions;
  assert.equal(e.find((m) => m.text === 'مصر')?.actor.code, 'EGY');
  const d = run('وقالت صحيفة ديلي ميرور إن الشرطة اعتقلت 20 شخصا.').mentions;
  assert.ok(!d.some((m) => m.actor.code.startsWith('TLS')), d.map((m) => m.text + '=' + m.actor.code).join(', '));
});

test('an honorific right after an office (المهندس، الدكتور) is the same person\'s: the name takes the office\'s country and sector, a posting\'s country, an international body\'s code; not after a rank that is also a word', () => {
  const code = (text: string, name: string) => run(text).mentions.find((m) => m.text === name)?.actor.code;
  assert.equal(code('قال وزير الصحة السعودي المهندس سالم المالكي إن المشروع مهم.', 'سالم المالكي'), 'SAUGOV');
  assert.equal(code('استنكر القنصل العام للمملكة العربية السعودية في لوس أنجلوس السفير الدكتور فيصل بن عبدالعزيز السديري العمل الإرهابي.', 'فيصل بن عبدالعزيز السديري'), 'SAUGOV');
  assert.equal(code('وقال الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور عبداللطيف بن راشد الزياني إن المجلس مهم.', 'عبداللطيف بن راشد الزياني'), 'IGOGCC');
  assert.ok(!(code('وكان العروبة لعب مع فريق الشيخ زايد وفاز بأربعة أهداف.', 'زايد') ?? '').includes('MIL'));
});

test('a name after a title runs to a third word that is a curated person\'s family name (خالد محفوظ بحاح), and an honorific\'s sector yields to the office after the name', () => {
  const ms = run('قال نائب الرئيس اليمني المهندس خالد محفوظ بحاح إن الزيارة مهمة. وأكد بحاح أن عدن آمنة.').mentions;
  assert.ok(ms.some((m) => m.text === 'خالد محفوظ بحاح' && m.actor.code === 'YEMGOV'), ms.map((m) => m.text + '=' + m.actor.code).join(', '));
  assert.ok(ms.some((m) => m.text === 'بحاح' && m.actor.code === 'YEMGOV'), ms.map((m) => m.text + '=' + m.actor.code).join(', '));
  const app = run('ويؤكد الدكتور محمد مختار جمعة وزير الأوقاف المصري في مقدمة الكتاب أن كثيرا من الأفكار خاطئة.').mentions;
  assert.equal(app.find((m) => m.text.startsWith('محمد مختار'))?.actor.code, 'EGYGOV', app.map((m) => m.text + '=' + m.actor.code).join(', '));
});

test('a title with a place head and the place in construct (أمير منطقة الرياض، سفير جمهورية باكستان) takes the place\'s country; the host receives the ambassador', () => {
  const ms = run('استقبل أمير منطقة الرياض في مكتبه أمس سفير جمهورية باكستان لدى المملكة.').mentions;
  assert.equal(ms.find((m) => m.text === 'أمير منطقة الرياض')?.actor.code, 'SAUGOV', ms.map((m) => m.text + '=' + m.actor.code).join(', '));
  assert.equal(ms.find((m) => m.text === 'سفير جمهورية باكستان')?.actor.code, 'PAKGOV', ms.map((m) => m.text + '=' + m.actor.code).join(', '));
});

test('a country named with the article (الكاميرون) is not ambiguous with a person\'s bare surname (كاميرون): both resolve', () => {
  assert.equal(run('وصل الرئيس النيجيري محمد بخاري إلى الكاميرون أمس.').mentions.find((m) => m.text === 'الكاميرون')?.actor.code, 'CMR');
  const c = run('وقال رئيس الوزراء البريطاني ديفيد كاميرون إن بلاده مستعدة. وأضاف كاميرون أن الوضع صعب.').mentions;
  assert.equal(c.find((m) => m.text === 'كاميرون')?.actor.code, 'GBRGOV');
});

test('a minister of state with his affairs (لشؤون الخارجية, read as a ministry word) takes his country after ل and a place head (لجمهورية بنغلاديش)', () => {
  const r = run('استقبل محافظ جدة في مكتبه أمس وزير الدولة لشؤون الخارجية لجمهورية بنغلاديش محمد شاهريار عالم.');
  const t = r.titles.find((x) => x.text.startsWith('وزير الدولة لشؤون الخارجية'));
  assert.equal(t?.country, 'BGD', r.titles.map((x) => `${x.text}=${x.country}`).join(', '));
  assert.equal(t?.office, 'minister');
});

test('a rank that is also a common noun takes no place after a place head (فريق العاصمة روما is a team)', () => {
  const ms = run('وفاز فريق العاصمة روما على ميلان في الدوري.').mentions;
  assert.ok(!ms.some((m) => m.actor.code.endsWith('MIL')), ms.map((m) => m.text + '=' + m.actor.code).join(', '));
});

test('a nisba family name the document writes after a given name is that person when it stands alone later (واستنكر التركي), not a country; a nationality before a name stays one', () => {
  const ms = run('جاء ذلك في بيان أصدره أمين عام الرابطة الدكتور عبدالله بن عبدالمحسن التركي. واستنكر التركي هذه التصريحات. وقال الرئيس التركي إن العلاقات جيدة.').mentions;
  const alone = ms.filter((m) => m.text === 'التركي');
  assert.ok(alone.some((m) => m.actor.id === 'per:abdullah-al-turki'), ms.map((m) => m.text + '=' + m.actor.code).join(', '));
  assert.ok(ms.some((m) => m.text === 'الرئيس التركي' && m.actor.country === 'TUR'), ms.map((m) => m.text + '=' + m.actor.code).join(', '));
});

test('a country name that also names a continent, with a region adjective after it, is the region (اتحاد أمريكا الجنوبية، وأميركا الشمالية), not the United States', () => {
  const ms = run('وقال رئيس اتحاد أمريكا الجنوبية لكرة القدم إن الاتحادات الأربعة هي أوروبا وآسيا وأميركا الشمالية والكونكاكاف. وعاد الوفد إلى أمريكا.').mentions;
  const usa = ms.filter((m) => m.actor.code === 'USA');
  assert.equal(usa.length, 1, ms.map((m) => m.text + '=' + m.actor.code).join(', '));
  assert.equal(usa[0]?.text, 'أمريكا');
});

test('a place whose name is an ordinary word once normalized is matched only when licensed: مأوى (shelter) is not Maui', () => {
  const ms = run('وقدم لهم المأوى والمساعدة، وهذه الأرض مأوى أفئدة الناس.').mentions;
  assert.ok(!ms.some((m) => /مأوى|المأوى/.test(m.text)), ms.map((m) => m.text + '=' + m.actor.code).join(', '));
});

test('an officer of an international non-governmental body is the body\'s (رئيس اللجنة الدولية للصليب الأحمر بيتر مورير → NGOICRC), not the government of the country he visits; an adverb of time after a title (راهنا، آنذاك) is no name', () => {
  const ms = run('بدأ رئيس اللجنة الدولية للصليب الأحمر بيتر مورير أمس زيارة إلى اليمن. وقال مورير إن الوضع صعب.').mentions;
  const maurer = ms.filter((m) => m.text.endsWith('مورير'));
  assert.equal(maurer.length, 2, ms.map((m) => m.text + '=' + m.actor.code).join(', '));
  assert.ok(maurer.every((m) => m.actor.code === 'NGOICRC'), ms.map((m) => m.text + '=' + m.actor.code).join(', '));
  const fifa = run('وتابع نابوت وهو نائب رئيس فيفا راهنا: "هو رجل استثنائي".').mentions;
  assert.ok(!fifa.some((m) => m.text === 'راهنا'), fifa.map((m) => m.text + '=' + m.actor.code).join(', '));
});

test('a plural nisba-shaped name after a singular title is no adjective of it: "ودعا الوزير الحوثيين" is a minister and the Houthis; "القيادي الحوثي" stays one title', () => {
  const titles = run('ودعا الوزير الحوثيين إلى الانسحاب. وقال القيادي الحوثي إن الاتفاق مرفوض.').titles.map((t) => t.text);
  assert.ok(titles.includes('الوزير') && titles.includes('القيادي الحوثي'), titles.join(', '));
});

test('a city or region in construct after a title of local office without the article gives the title its country ("محافظ جدة مشعل بن ماجد" SAUGOV, "مدير شرطة بيش"); not a definite title ("زار الوزير جدة") nor a club\'s president ("رئيس برشلونة")', () => {
  const titles = (t: string) => run(t).titles.map((x) => `${x.text}=${x.country ?? ''}`);
  assert.ok(titles('استقبل الأمير فيصل بن خالد أمس محافظ جدة مشعل بن ماجد.').includes('محافظ جدة=SAU'));
  assert.ok(titles('وقال مدير شرطة بيش إن الحادث وقع ليلا.').includes('مدير شرطة بيش=SAU'));
  assert.ok(titles('زار الوزير جدة.').includes('الوزير='));
  assert.ok(!titles('وقال رئيس برشلونة جوسيب بارتوميو إن الفريق جاهز.').some((t) => t.startsWith('رئيس برشلونة')));
});

test('a one-word rank that is also a common noun (فريق) is a team, no title, unless a name or a word of the rank follows it', () => {
  const titles = (t: string) => run(t).titles.map((x) => x.text);
  assert.deepEqual(titles('تتطوع أربع مدربات لتأهيل 100 متدربة بالتعاون مع فريق عمل.'), []);
  assert.deepEqual(titles('وقال الفريق الطبي إن الحالة مستقرة.'), []);
  assert.ok(titles('وقال الفريق عبدالرحمن البنيان إن القوات جاهزة.').includes('الفريق'));
  assert.ok(titles('وأكد الفريق أول ركن صالح الغامدي أن القوات جاهزة.').some((t) => t.startsWith('الفريق')));
});

test('an indefinite court and the security services named جهاز are bodies: "محكمة سودانية" SDNJUD, "جهاز الأمن والمخابرات السوداني" SDNSPY as a whole', () => {
  const codes = (text: string) => run(text).mentions.map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(codes('وأمرت محكمة سودانية بإطلاق سراح القسين'), ['محكمة سودانية=SDNJUD']);
  assert.deepEqual(codes('واعتقل جهاز الأمن والمخابرات السوداني صحفيا'), ['جهاز الأمن والمخابرات السوداني=SDNSPY']);
  assert.deepEqual(codes('واعتقل جهاز الأمن الوطني العراقي خمسة متهمين'), ['جهاز الأمن الوطني العراقي=IRQSPY']);
});

test('a known two-word name followed by a name compound in عبد or a nisba without the article names someone else ("بمحمد يوسف عبدالعزيز" is not Boko Haram\'s Mohammed Yusuf); another word after the name does not ("حيدر العبادي طالب")', () => {
  const codes = (text: string) => run(text).mentions.map((m) => `${m.text}=${m.actor.code}`);
  assert.deepEqual(codes('وأشاد باطرفي بمحمد يوسف عبدالعزيز وهو المسلح المتهم بالهجوم.'), []);
  assert.deepEqual(codes('والجندي أول حسن ناصر محمد بشيري'), []);
  assert.ok(codes('وقال رئيس الوزراء حيدر العبادي طالب بالإصلاح').includes('حيدر العبادي=IRQGOV'));
  // (nor a name that opens another person's, after a known subject: "واستقبل عادل الجبير عبدالملك المخلافي"; nor a name in ى)
  assert.ok(codes('واستقبل عادل الجبير عبدالملك المخلافي في الرياض.').includes('عادل الجبير=SAUGOV'));
  assert.ok(codes('والتقى حسن روحاني مصطفى في طهران.').includes('حسن روحاني=IRNGOV'));
  assert.ok(codes('وأكد محمد يوسف في مقطع مصور').includes('محمد يوسف=NGAREB'));
});

test('in the full pipeline, مسلح after a definite noun that is no actor is the adjective "armed" ("بالهجوم المسلح", "الكفاح المسلح"), no gunman; after a verb it is one ("وأطلق المسلح النار")', async () => {
  const { Analyzer } = await import('../src/analyzer.ts');
  const an = await Analyzer.create({ noLanguageModel: true });
  const gunman = (text: string) => an.analyze(text, { published: '2015-08-01' }).titles.some((t) => t.text === 'المسلح');
  assert.ok(!gunman('كما أشاد بالهجوم المسلح على الصحيفة الساخرة'));
  assert.ok(!gunman('ودعا إلى الكفاح المسلح ضد الاحتلال'));
  assert.ok(gunman('وأطلق المسلح النار على المصلين'));
});

test('a prince whose name ends with بن عبدالعزيز (or بن عبد العزيز, three words) is Saudi, not of the country the story is about; the lineage counts only after a royal title', () => {
  const ms = run('وفي طوكيو، التقى الأمير بندر بن عبدالله بن عبد العزيز عددا من الشخصيات العالمية في اليابان.').mentions;
  assert.equal(ms.find((m) => m.text.startsWith('بندر'))?.actor.country, 'SAU', JSON.stringify(ms.map((m) => [m.text, m.actor.code])));
  assert.equal(res.actors.familyCountry(['بندر', 'بن', 'عبدالله', 'بن', 'عبد', 'العزيز'], true), 'SAU');
  // (a lineage only after a royal title: "الإمام عمر بن عبد العزيز" is no Saudi)
  assert.equal(res.actors.familyCountry(['عمر', 'بن', 'عبد', 'العزيز']), null);
  assert.equal(run('وقال الإمام عمر بن عبد العزيز في خطبته إن العدل أساس الملك.').mentions.find((m) => m.text.startsWith('عمر'))?.actor.country ?? null, null);
});

test('the Arab League\'s councils of ministers are bodies of their own: "مجلس وزراء الداخلية العرب" is no Saudi interior ministry', () => {
  const ms = run('أدان مجلس وزراء الداخلية العرب بشدة التفجير الإرهابي الذي استهدف مسجدا بمنطقة عسير.').mentions;
  assert.equal(ms[0]?.text, 'مجلس وزراء الداخلية العرب');
  assert.equal(ms[0]?.actor.code, 'IGOARLGOV');
});
