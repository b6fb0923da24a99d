/**
 * A small stand-in for the actor layer, for event tests only: a gazetteer of countries (names,
 * nisbas, capitals), a few armed groups and organizations, and generic agents with sectors. It
 * fills doc.actorMentions and doc.titles the way the actor stage does (same types), so the event
 * stage can be tested on hand-written sentences without the full knowledge base.
 */
import type { RasidDocument } from '../../src/doc/document.ts';
import type { Actor, LayerName, MentionVia } from '../../src/doc/types.ts';
import type { Stage } from '../../src/pipeline/stage.ts';
import { wordBases } from '../../src/events/lexicon.ts';
import { normalize } from '../../src/text/normalize.ts';

interface Entry {
  actor: Actor;
  via: MentionVia;
}

const COUNTRIES: [string, string, string[], string[], string[]][] = [
  // code, English, names, nisba stems (masc. sg., no article), capitals/cities
  ['IRN', 'Iran', ['إيران'], ['إيراني'], ['طهران']],
  ['USA', 'United States', ['الولايات المتحدة', 'أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية'], ['أمريكي', 'أميركي'], ['واشنطن', 'واشنطون']],
  ['IRQ', 'Iraq', ['العراق'], ['عراقي'], ['بغداد', 'الموصل', 'ديالى', 'ديالي', 'الأنبار', 'كركوك', 'البصرة', 'أربيل', 'تكريت', 'الفلوجة', 'الرمادي']],
  ['SYR', 'Syria', ['سوريا', 'سورية'], ['سوري'], ['دمشق', 'حلب', 'إدلب', 'الرقة', 'حمص', 'درعا', 'دير الزور']],
  ['SAU', 'Saudi Arabia', ['السعودية', 'المملكة العربية السعودية', 'المملكة السعودية'], ['سعودي'], ['الرياض', 'جدة', 'نجران', 'جازان']],
  ['ARE', 'United Arab Emirates', ['الإمارات'], ['إماراتي'], ['أبوظبي', 'دبي']],
  ['JOR', 'Jordan', ['الأردن'], ['أردني'], ['عمّان']],
  ['BHR', 'Bahrain', ['البحرين'], ['بحريني'], ['المنامة']],
  ['QAT', 'Qatar', ['قطر'], ['قطري'], ['الدوحة']],
  ['KWT', 'Kuwait', ['الكويت'], ['كويتي'], []],
  ['EGY', 'Egypt', ['مصر'], ['مصري'], ['القاهرة', 'الإسكندرية', 'سيناء', 'العريش']],
  ['ISR', 'Israel', ['إسرائيل'], ['إسرائيلي'], ['تل أبيب']],
  ['PSE', 'Palestine', ['فلسطين'], ['فلسطيني'], ['غزة', 'قطاع غزة', 'رام الله', 'الضفة الغربية', 'نابلس', 'الخليل', 'جنين', 'القدس', 'خان يونس', 'رفح']],
  ['TUR', 'Turkey', ['تركيا'], ['تركي'], ['أنقرة', 'إسطنبول', 'ديار بكر']],
  ['LBN', 'Lebanon', ['لبنان'], ['لبناني'], ['بيروت']],
  ['YEM', 'Yemen', ['اليمن'], ['يمني'], ['صنعاء', 'عدن', 'تعز', 'الحديدة', 'مأرب']],
  ['LBY', 'Libya', ['ليبيا'], ['ليبي'], ['طرابلس', 'بنغازي']],
  ['TUN', 'Tunisia', ['تونس'], ['تونسي'], []],
  ['DZA', 'Algeria', ['الجزائر'], ['جزائري'], []],
  ['MAR', 'Morocco', ['المغرب'], ['مغربي'], ['الرباط']],
  ['SDN', 'Sudan', ['السودان'], ['سوداني'], ['الخرطوم']],
  ['GBR', 'United Kingdom', ['بريطانيا', 'المملكة المتحدة'], ['بريطاني'], ['لندن']],
  ['FRA', 'France', ['فرنسا'], ['فرنسي'], ['باريس']],
  ['RUS', 'Russia', ['روسيا'], ['روسي'], ['موسكو']],
  ['DEU', 'Germany', ['ألمانيا'], ['ألماني'], ['برلين']],
  ['CAN', 'Canada', ['كندا'], ['كندي'], []],
  ['AUS', 'Australia', ['أستراليا'], ['أسترالي'], []],
  ['BEL', 'Belgium', ['بلجيكا'], ['بلجيكي'], ['بروكسل']],
  ['DNK', 'Denmark', ['الدنمارك'], ['دنماركي'], []],
  ['NLD', 'Netherlands', ['هولندا'], ['هولندي'], []],
  ['AFG', 'Afghanistan', ['أفغانستان'], ['أفغاني'], ['كابول']],
  ['PAK', 'Pakistan', ['باكستان'], ['باكستاني'], ['إسلام آباد']],
  ['CHN', 'China', ['الصين'], ['صيني'], ['بكين']],
  ['UKR', 'Ukraine', ['أوكرانيا'], ['أوكراني'], ['كييف']],
  ['ARB', 'Arab states', [], ['عربي'], []],
  ['EUR', 'Europe', ['أوروبا'], ['أوروبي'], []],
  ['KUR', 'Kurds', [], ['كردي'], []],
];

const GROUPS: [string, string | null, string | null, string, string[]][] = [
  // code, country, sector, English, names
  ['IMGMUSISI', null, 'REB', 'Islamic State', ['داعش', 'تنظيم الدولة الإسلامية', 'تنظيم الدولة', 'الدولة الإسلامية', 'تنظيم داعش']],
  ['PSEHAM', 'PSE', 'REB', 'Hamas', ['حماس', 'حركة حماس', 'كتائب القسام']],
  ['LBNHEZ', 'LBN', 'REB', 'Hezbollah', ['حزب الله']],
  ['YEMREBHOU', 'YEM', 'REB', 'Houthis', ['الحوثيين', 'الحوثيون', 'جماعة الحوثي', 'الحوثي', 'أنصار الله']],
  ['KURREBPKK', 'TUR', 'REB', 'PKK', ['حزب العمال الكردستاني', 'العمال الكردستاني']],
  ['AFGREBTAL', 'AFG', 'REB', 'Taliban', ['طالبان', 'حركة طالبان']],
  ['IMGMUSALQ', null, 'REB', 'al-Qaeda', ['القاعدة', 'تنظيم القاعدة']],
  ['SYRREBNUS', 'SYR', 'REB', 'Nusra Front', ['جبهة النصرة']],
  ['USAMIL', 'USA', 'MIL', 'Pentagon', ['البنتاغون', 'البنتاجون']],
  ['USALEG', 'USA', 'LEG', 'Congress', ['الكونغرس', 'الكونجرس']],
  ['USAGOV', 'USA', 'GOV', 'White House', ['البيت الأبيض']],
  ['IRNMIL', 'IRN', 'MIL', 'Revolutionary Guard', ['الحرس الثوري']],
  ['ISRMIL', 'ISR', 'MIL', 'Israeli occupation forces', ['قوات الاحتلال', 'جيش الاحتلال']],
  ['IGOUNO', null, 'IGO', 'United Nations', ['الأمم المتحدة']],
  ['IGONAT', null, 'IGO', 'NATO', ['حلف الناتو', 'الناتو', 'حلف شمال الأطلسي']],
  ['IGOOSC', null, 'IGO', 'OSCE', ['منظمة الأمن والتعاون']],
];

const AGENTS: [string, string | null, boolean?][] = [
  // phrase, sector, plural
  ['الجيش', 'MIL'], ['جيش', 'MIL'], ['القوات', 'MIL', true], ['قوات', 'MIL', true], ['القوات الجوية', 'MIL', true], ['سلاح الجو', 'MIL'],
  ['الجنود', 'MIL', true], ['جنود', 'MIL', true], ['جنديا', 'MIL'], ['جندي', 'MIL'],
  ['الشرطة', 'COP'], ['قوات الأمن', 'COP', true], ['الأمن', 'COP'], ['رجال الأمن', 'COP', true], ['شرطيا', 'COP'], ['شرطيين', 'COP', true],
  ['الحكومة', 'GOV'], ['حكومة', 'GOV'], ['النظام', 'GOV'], ['الرئيس', 'GOV'], ['وزير الخارجية', 'GOV'], ['وزارة الخارجية', 'GOV'], ['وزارة الدفاع', 'MIL'],
  ['المسؤولين', 'GOV', true], ['مسؤولون', 'GOV', true], ['مسؤولين', 'GOV', true], ['السلطات', 'GOV', true], ['البرلمان', 'LEG'],
  ['مسلحون', 'UAF', true], ['مسلحين', 'UAF', true], ['المسلحين', 'UAF', true], ['مسلح', 'UAF'], ['انتحاري', 'UAF'], ['الانتحاري', 'UAF'], ['مهاجمون', 'UAF', true],
  ['مقاتلي', 'REB', true], ['مقاتلين', 'REB', true], ['الميليشيات', 'REB', true], ['ميليشيات', 'REB', true], ['المعارضة', 'OPP'], ['فصائل المعارضة', 'REB', true],
  ['متظاهرون', 'OPP', true], ['متظاهرين', 'OPP', true], ['المتظاهرين', 'OPP', true], ['المتظاهرون', 'OPP', true], ['محتجون', 'OPP', true], ['محتجين', 'OPP', true], ['المحتجين', 'OPP', true],
  ['الطلاب', 'EDU', true], ['طلاب', 'EDU', true], ['العمال', 'LAB', true], ['عمال', 'LAB', true], ['الأطباء', 'MED', true],
  ['المستوطنين', 'CVL', true], ['مستوطنون', 'CVL', true], ['مستوطنين', 'CVL', true], ['مدنيين', 'CVL', true], ['المدنيين', 'CVL', true], ['أشخاص', 'CVL', true], ['مواطنين', 'CVL', true],
];

function nisbaForms(stem: string): string[] {
  const s = normalize(stem);
  const base = [s, s + 'ه', s + 'ون', s + 'ين', s + 'ان', s + 'تين', s + 'ا'];
  // plural of nisbas in -iyyin / -iyyun
  base.push(s + 'ي' + 'ن', s + 'ي' + 'ون');
  return base.flatMap((f) => [f, 'ال' + f]);
}

export class MiniActors {
  private readonly phrases = new Map<string, Entry>();
  private readonly titles = new Map<string, { sector: string | null; plural?: boolean }>();
  readonly maxLen = 5;

  constructor() {
    for (const [code, en, names, nisbas, cities] of COUNTRIES) {
      const actor: Actor = { id: `country:${code}`, code, country: code, sector: null, name: { ar: names[0] ?? nisbas[0]!, en }, kind: 'country' };
      for (const n of names) this.phrases.set(normalize(n), { actor, via: 'name' });
      for (const s of nisbas) for (const f of nisbaForms(s)) if (!this.phrases.has(f)) this.phrases.set(f, { actor, via: 'nisba' });
      for (const c of cities) this.phrases.set(normalize(c), { actor: { ...actor, kind: 'city', name: { ar: c } }, via: 'capital' });
    }
    for (const [code, country, sector, en, names] of GROUPS) {
      const actor: Actor = { id: `group:${code}`, code, country, sector, name: { ar: names[0]!, en }, kind: 'organization' };
      for (const n of names) this.phrases.set(normalize(n), { actor, via: 'name' });
    }
    for (const [p, sector, plural] of AGENTS) this.titles.set(normalize(p), { sector, plural });
  }

  annotate(doc: RasidDocument): void {
    const toks = doc.tokens;
    let lastGroup: Actor | null = null;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.kind !== 'word') continue;
      let done = false;
      for (let len = Math.min(this.maxLen, toks.length - i); len >= 1 && !done; len--) {
        const rest = toks.slice(i + 1, i + len);
        if (rest.some((t) => t.kind !== 'word')) continue;
        for (const b of wordBases(toks[i]!.norm)) {
          if (b.length < 2) continue;
          const key = [b, ...rest.map((t) => t.norm)].join(' ');
          const ent = this.phrases.get(key);
          const tit = this.titles.get(key);
          if (!ent && !tit) continue;
          const t0 = toks[i]!;
          const strip = t0.norm.length - b.length;
          const start = t0.text.length === t0.norm.length && t0.norm.endsWith(b) ? t0.start + strip : t0.start;
          const end = toks[i + len - 1]!.end;
          const text = doc.text.slice(start, end);
          if (ent) {
            if (ent.actor.kind === 'organization' && ent.actor.sector === 'REB') lastGroup = ent.actor;
            doc.actorMentions.push({ start, end, text, norm: key, actor: ent.actor, via: ent.via, tokenStart: i, tokenEnd: i + len });
          } else if (tit) {
            doc.titles.push({ start, end, text, office: key, sector: tit.sector, country: null, plural: tit.plural, tokenStart: i, tokenEnd: i + len });
          }
          i += len - 1;
          done = true;
          break;
        }
      }
      if (!done && lastGroup && wordBases(toks[i]!.norm).includes('التنظيم')) {
        const t = toks[i]!;
        const off = t.norm.length - 'التنظيم'.length;
        doc.actorMentions.push({ start: t.start + off, end: t.end, text: doc.text.slice(t.start + off, t.end), norm: 'التنظيم', actor: lastGroup, via: 'coref', tokenStart: i, tokenEnd: i + 1 });
      }
    }
  }
}

/** A stage wrapping MiniActors, to put in a test pipeline before the event stage. */
export class MiniActorStage implements Stage {
  readonly name = 'mini-actors';
  readonly requires: readonly LayerName[] = ['tokens'];
  readonly provides: readonly LayerName[] = ['actors', 'titles'];
  private readonly m = new MiniActors();
  process(doc: RasidDocument): void {
    doc.actorMentions = [];
    doc.titles = [];
    this.m.annotate(doc);
  }
}
