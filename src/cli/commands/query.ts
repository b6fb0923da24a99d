/**
 * Corpus query commands: search, quotes, events, actor, export. Each reads the store named by
 * --db (SQLite file or postgres:// URL) and prints a table (default) or JSON.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { eventToPlover } from '../../corpus/export.ts';
import { SearchText, makeSnippet } from '../../corpus/searchtext.ts';
import { DEFAULT_DB, openCorpus, type EventRow, type ExportTable, type QuoteRow, type Store } from '../../corpus/store.ts';
import { RasidError } from '../../errors.ts';
import { EXIT, out } from '../io.ts';
import { parseDateOption } from '../options.ts';

type Fmt = 'table' | 'json';

const fmtOption = () => new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table');
const dbOption = () => new Option('--db <path|url>', 'SQLite file or postgres:// URL').default(DEFAULT_DB);

async function withStore<T>(db: string, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openCorpus(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function limitOf(v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new RasidError('E_USAGE', `--limit must be a whole number ≥ 1, not "${v}"`);
  return n;
}

function dates(o: { from?: string; to?: string }): { from?: string; to?: string } {
  return { from: o.from ? parseDateOption(o.from, '--from') : undefined, to: o.to ? parseDateOption(o.to, '--to') : undefined };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const oneLine = (s: string | null | undefined, max = 160) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? t.slice(0, max - 1) + '…' : t;
};

function quoteLines(q: QuoteRow): string {
  const who = q.speaker ? `${q.speaker}${q.speakerCode ? ` (${q.speakerCode})` : ''}` : '(unattributed)';
  return `${q.day ?? '----------'}  ${who}${q.stance ? ` [${q.stance}]` : ''}\n  «${oneLine(q.text, 300)}»\n  doc ${q.docId}${q.title ? ` — ${oneLine(q.title, 100)}` : ''}\n`;
}

function eventLine(e: EventRow): string {
  const side = (t: string | null, c: string | null) => (t || c ? `${t ?? ''}${c ? ` (${c})` : ''}` : '—');
  return `${e.day ?? '----------'}  ${e.type}${e.cameo ? `/${e.cameo}` : ''}  ${e.mode}  ${side(e.sourceText, e.sourceCode)} → ${side(e.targetText, e.targetCode)}${e.location ? ` @ ${e.location}` : ''}\n  ${oneLine(e.evidence, 200)}\n  doc ${e.docId}\n`;
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function registerQueries(program: Command): void {
  program
    .command('search')
    .description('full-text search of the corpus in Arabic (normalized spelling, light stemming), ranked, with highlighted snippets')
    .argument('<query...>', 'words to find (all must match, in any form: الهجمات finds هجمات and هجوم)')
    .addOption(dbOption())
    .option('--from <YYYY-MM-DD>', 'published on or after')
    .option('--to <YYYY-MM-DD>', 'published on or before')
    .option('--source <name>', 'only this source')
    .option('--actor <id|code|name>', 'only documents mentioning this actor')
    .option('-n, --limit <n>', 'results', '20')
    .addOption(fmtOption())
    .action(async (words: string[], o: { db: string; from?: string; to?: string; source?: string; actor?: string; limit?: string; format: Fmt }) => {
      const q = words.join(' ');
      const st = SearchText.load();
      const terms = st.query(q);
      if (!terms.length) throw new RasidError('E_USAGE', `the query "${q}" has no words to search`, { hint: 'give Arabic or Latin words' });
      const hits = await withStore(o.db, (s) => s.search(q, { ...dates(o), source: o.source, actor: o.actor, limit: limitOf(o.limit, 20) }));
      const bold = !!process.stdout.isTTY;
      const res = hits.map((h) => {
        const spans = st.matches(h.text, terms);
        return {
          id: h.id,
          score: Number(h.score.toFixed(4)),
          published: h.published,
          source: h.source,
          title: h.title,
          url: h.url,
          snippet: makeSnippet(h.text, spans, { open: '<mark>', close: '</mark>' }),
          _tty: makeSnippet(h.text, spans, bold ? { open: '\x1b[1m', close: '\x1b[0m' } : { open: '[', close: ']' }),
          highlights: spans.length,
        };
      });
      if (o.format === 'json') await out(JSON.stringify(res.map(({ _tty, ...r }) => r), null, 2) + '\n');
      else {
        if (!res.length) await out('no results\n');
        for (const [i, r] of res.entries()) {
          await out(`${i + 1}. ${r.published ?? '----------'}  ${r.source ?? ''}  doc ${r.id}  score ${r.score.toFixed(2)}\n   ${oneLine(r.title, 120) || '(no title)'}\n   ${r._tty}\n${r.url ? `   ${r.url}\n` : ''}\n`);
        }
      }
      process.exitCode = EXIT.OK;
    });

  program
    .command('quotes')
    .description('quotations in the corpus, latest first')
    .addOption(dbOption())
    .option('--speaker <name>', 'speaker name (any part, normalized) or actor')
    .option('--actor <code|id>', 'speaker actor code (USAGOV) or actor id')
    .option('--from <YYYY-MM-DD>', 'on or after')
    .option('--to <YYYY-MM-DD>', 'on or before')
    .option('-n, --limit <n>', 'results', '50')
    .addOption(fmtOption())
    .action(async (o: { db: string; speaker?: string; actor?: string; from?: string; to?: string; limit?: string; format: Fmt }) => {
      const rows = await withStore(o.db, (s) => s.quotes({ speaker: o.speaker, actor: o.actor, ...dates(o), limit: limitOf(o.limit, 50) }));
      if (o.format === 'json') await out(JSON.stringify(rows, null, 2) + '\n');
      else await out(rows.length ? rows.map(quoteLines).join('\n') : 'no quotations\n');
    });

  program
    .command('events')
    .description('political events (PLOVER) in the corpus, latest first')
    .addOption(dbOption())
    .option('--type <PLOVER type>', 'event type, e.g. ACCUSE, CONSULT, ASSAULT')
    .option('--source <code|id|name>', 'source actor (a code prefix such as USA matches USAGOV)')
    .option('--target <code|id|name>', 'target actor')
    .option('--from <YYYY-MM-DD>', 'on or after')
    .option('--to <YYYY-MM-DD>', 'on or before')
    .addOption(new Option('--mode <mode>', 'event mode').choices(['asserted', 'denied', 'planned', 'hypothetical', 'requested']))
    .option('-n, --limit <n>', 'results', '100')
    .addOption(fmtOption())
    .action(async (o: { db: string; type?: string; source?: string; target?: string; from?: string; to?: string; mode?: string; limit?: string; format: Fmt }) => {
      const rows = await withStore(o.db, (s) => s.events({ type: o.type, source: o.source, target: o.target, mode: o.mode, ...dates(o), limit: limitOf(o.limit, 100) }));
      if (o.format === 'json') await out(JSON.stringify(rows, null, 2) + '\n');
      else await out(rows.length ? rows.map(eventLine).join('\n') : 'no events\n');
    });

  program
    .command('actor')
    .description('profile of an actor: mentions over time, strongest relations, latest quotations')
    .argument('<actor...>', 'actor id, CAMEO code (USAGOV: every actor with it) or name')
    .addOption(dbOption())
    .option('-n, --limit <n>', 'relations and quotations shown', '10')
    .addOption(fmtOption())
    .action(async (words: string[], o: { db: string; limit?: string; format: Fmt }) => {
      const q = words.join(' ');
      const p = await withStore(o.db, (s) => s.actorProfile(q, { limit: limitOf(o.limit, 10) }));
      if (!p) throw new RasidError('E_USAGE', `no actor "${q}" in the corpus`, { hint: 'give an actor id, a code such as USAGOV, or a name as written in Arabic' });
      if (o.format === 'json') {
        await out(JSON.stringify(p, null, 2) + '\n');
        return;
      }
      const names = p.actors.slice(0, 5).map((a) => `${a.nameAr}${a.nameEn ? ` / ${a.nameEn}` : ''} [${a.code || '—'}] ${a.id}`);
      const lines = [`actor: ${names.join('; ')}${p.actors.length > 5 ? ` (+${p.actors.length - 5} more)` : ''}`, `mentions: ${p.mentions} in ${plural(p.documents, 'document')}, ${p.firstSeen ?? '?'} … ${p.lastSeen ?? '?'}`];
      if (p.byMonth.length) {
        const max = Math.max(...p.byMonth.map((m) => m.mentions));
        lines.push('', 'mentions by month:');
        for (const m of p.byMonth) lines.push(`  ${m.month}  ${'█'.repeat(Math.max(1, Math.round((30 * m.mentions) / max)))} ${m.mentions} (${plural(m.documents, 'document')})`);
      }
      if (p.relations.length) {
        lines.push('', 'strongest relations (events):');
        for (const r of p.relations) lines.push(`  ${r.direction === 'source' ? '→' : '←'} ${r.otherName ?? r.other}${r.otherCode ? ` [${r.otherCode}]` : ''}  ${plural(r.events, 'event')}: ${r.types.slice(0, 5).join(', ')}`);
      }
      if (p.coMentions.length) {
        lines.push('', 'mentioned together with:');
        for (const c of p.coMentions) lines.push(`  ${c.name} [${c.code || '—'}]  ${plural(c.documents, 'document')}`);
      }
      if (p.quotes.length) {
        lines.push('', 'latest quotations:');
        for (const q2 of p.quotes) lines.push('  ' + quoteLines(q2).trimEnd().replace(/\n/g, '\n  '));
      }
      await out(lines.join('\n') + '\n');
    });

  program
    .command('export')
    .description('export a corpus table as JSONL or CSV (events also in PLOVER JSON form)')
    .addOption(dbOption())
    .addOption(new Option('--table <table>', 'table').choices(['documents', 'entities', 'mentions', 'actors', 'quotes', 'events', 'claims']).default('documents'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv', 'plover']).default('jsonl'))
    .option('--no-text', 'documents without their text and analysis')
    .action(async (o: { db: string; table: ExportTable; format: 'jsonl' | 'csv' | 'plover'; text: boolean }) => {
      if (o.format === 'plover' && o.table !== 'events') {
        if (o.table !== 'documents') throw new RasidError('E_USAGE', '--format plover exports events', { hint: 'use --table events or leave --table out' });
        o.table = 'events';
      }
      let header: string[] | null = null;
      const n = await withStore(o.db, (s) =>
        s.exportRows(o.table, async (row) => {
          if (o.table === 'documents' && !o.text) {
            delete row.text;
            delete row.analysis;
          }
          for (const k of ['data', 'analysis']) {
            if (typeof row[k] === 'string' && o.format !== 'csv') row[k] = JSON.parse(row[k] as string);
          }
          if (o.format === 'plover') await out(JSON.stringify(eventToPlover(row)) + '\n');
          else if (o.format === 'jsonl') await out(JSON.stringify(row) + '\n');
          else {
            if (!header) {
              header = Object.keys(row);
              await out(header.join(',') + '\n');
            }
            await out(header.map((k) => csvCell(row[k])).join(',') + '\n');
          }
        }),
      );
      process.stderr.write(`rasid: exported ${n} ${o.table}\n`);
    });
}
