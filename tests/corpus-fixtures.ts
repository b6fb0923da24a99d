/**
 * Fixtures for the corpus tests: synthetic Arabic articles made from word lists with a seeded
 * generator (distinct texts, reproducible), temporary folders, and the PostgreSQL test URL.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const WORDS = (
  'قال أعلن أكد نفى بحث استقبل التقى زار وقع طالب حذر رحب انتقد دعا ' +
  'الوزير الرئيس المتحدث السفير الجيش الحكومة البرلمان المجلس اللجنة الوفد الشركة الجامعة المستشفى المدرسة ' +
  'الرياض القاهرة بغداد دمشق عمان بيروت صنعاء الخرطوم تونس الرباط الدوحة المنامة الكويت مسقط ' +
  'الاقتصاد التعليم الصحة الطاقة المياه الزراعة الصناعة التجارة السياحة النقل الإسكان الثقافة الرياضة البيئة ' +
  'اجتماع مؤتمر اتفاق مشروع برنامج خطة تقرير بيان قرار مبادرة زيارة حوار مفاوضات انتخابات ' +
  'الجديد الكبير المشترك الدولي الإقليمي الوطني العربي الخليجي الأوروبي الأفريقي الآسيوي ' +
  'اليوم أمس غدا الأسبوع الشهر العام خلال بعد قبل منذ حتى ' +
  'في من على إلى مع عن حول بين ضد نحو عبر لدى'
).split(' ');

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** A synthetic article of about `words` words, distinct for each seed. */
export function article(seed: number, words = 120): string {
  const r = rng(seed * 7919 + 17);
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(WORDS[Math.floor(r() * WORDS.length)]!);
    if (i % 15 === 14) out.push('.\n');
  }
  return out.join(' ').replace(/ \.\n /g, '.\n');
}

export function tmpDir(prefix = 'rasid-corpus-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** PostgreSQL URL for tests: $RASID_TEST_PG or the one .ci/postgres.sh creates. */
export const PG_URL = process.env.RASID_TEST_PG ?? 'postgres://rasid:rasid@127.0.0.1:5432/rasid_test';

/** Null when the server answers; otherwise why not. Under CI=true a missing server is a failure, not a skip. */
export async function pgUnavailable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    const why = `PostgreSQL not reachable at ${PG_URL.replace(/:[^:@/]*@/, ':***@')} (${(e as Error).message}); run .ci/postgres.sh or set RASID_TEST_PG`;
    if (process.env.CI === 'true') throw new Error(`CI=true: ${why}`);
    return why;
  } finally {
    await c.end().catch(() => undefined);
  }
}
