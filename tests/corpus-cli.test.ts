/**
 * The corpus commands end to end through the CLI: ingest a small corpus, then every query command
 * in table and JSON form; a missing or empty database is an E_STORE error (exit 3) naming the path.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { Command } from 'commander';
import { registerQueries } from '../src/cli/commands/query.ts';
import { registerNetwork } from '../src/cli/commands/network.ts';
import { ingest } from '../src/corpus/ingest/ingest.ts';
import { SqliteStore } from '../src/corpus/sqlite.ts';
import { RasidError } from '../src/errors.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';
import { article, tmpDir } from './corpus-fixtures.ts';

/** One command in this process (fast), its stdout captured; exit code as src/cli/main.ts sets it. */
async function cmd(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const program = new Command().exitOverride();
  registerQueries(program);
  registerNetwork(program);
  let stdout = '';
  const write = process.stdout.write;
  // Commands write strings; the test runner's own messages to its parent are bytes and pass through.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => (typeof chunk === 'string' ? ((stdout += chunk), true) : write.call(process.stdout, chunk, ...rest))) as typeof process.stdout.write;
  try {
    await program.parseAsync(['node', 'rasid', ...args]);
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    if (!(e instanceof RasidError)) throw e;
    return { code: e.code === 'E_USAGE' ? 2 : 3, stdout, stderr: `rasid: error ${e.format()}` };
  } finally {
    process.stdout.write = write;
    process.exitCode = 0;
  }
}

/** The real CLI in a child process. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const x = e as { code: number; stdout: string; stderr: string };
    return { code: x.code, stdout: x.stdout, stderr: x.stderr };
  }
}

const dir = tmpDir();
const db = path.join(dir, 'c.db');
const PEOPLE = ['وزير الخارجية الأمريكي جون كيري', 'الرئيس المصري عبد الفتاح السيسي', 'وزير الخارجية الإيراني محمد جواد ظريف'];

describe('corpus commands', () => {
  before(async () => {
    const input = path.join(dir, 'in.jsonl');
    const recs = Array.from({ length: 6 }, (_, k) => ({
      id: `c${k}`,
      source: k % 2 ? 'okaz' : 'aawsat',
      title: `عنوان الخبر ${k}`,
      date_extracted: `2015-08-0${k + 1}`,
      content: `قال ${PEOPLE[k % 3]} إن "الهجمات على المدنيين مرفوضة". وأدانت مصر الهجوم على إيران. ${article(300 + k, 80)}`,
    }));
    writeFileSync(input, recs.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const store = SqliteStore.open(db);
    const r = await ingest(store, [input], { workers: 0, batchSize: 4, followLinks: false, analyzer: { noLanguageModel: true } });
    await store.close();
    assert.equal(r.ingested, 6);
  });

  test('search, quotes, events, actor, network and export print tables and JSON', async () => {
    const all: Awaited<ReturnType<typeof cmd>>[] = [];
    for (const args of [
      ['search', 'الهجمات', '--db', db],
      ['search', 'هجوم', '--db', db, '--source', 'okaz', '--format', 'json'],
      ['quotes', '--db', db],
      ['quotes', '--db', db, '--format', 'json'],
      ['events', '--db', db],
      ['events', '--db', db, '--format', 'json'],
      ['actor', 'EGY', '--db', db],
      ['network', '--db', db, '--modes', 'asserted,denied'],
      ['export', '--db', db, '--table', 'documents'],
      ['export', '--db', db, '--table', 'entities', '--format', 'csv'],
    ]) all.push(await cmd(...args));
    for (const r of all) assert.equal(r.code, 0, r.stderr);
    const [search, searchJson, quotes, quotesJson, events, eventsJson, actor, network, exp, csv] = all.map((r) => r);
    assert.match(search.stdout, /^1\. 2015-08-0\d {2}(aawsat|okaz) {2}doc \d+ {2}score/m);
    assert.match(search.stdout, /\[الهجمات\]/, 'the match is highlighted');
    const hits = JSON.parse(searchJson.stdout) as { source: string; snippet: string }[];
    assert.equal(hits.length, 3);
    assert.ok(hits.every((h) => h.source === 'okaz' && h.snippet.includes('<mark>')));
    assert.ok(Array.isArray(JSON.parse(quotesJson.stdout)));
    assert.ok(Array.isArray(JSON.parse(eventsJson.stdout)));
    assert.ok(quotes.stdout.length > 0 && events.stdout.length > 0);
    assert.match(actor.stdout, /^actor: .*\[EGY\]/m);
    assert.match(actor.stdout, /^mentions: \d+ in \d+ documents?/m);
    assert.match(network.stdout, /^\d+ events, \d+ actors, \d+ relations/);
    const docs = exp.stdout.trim().split('\n').map((l) => JSON.parse(l) as { analysis: { stages: string[] } });
    assert.equal(docs.length, 6);
    assert.ok(docs.every((d) => Array.isArray(d.analysis.stages)), 'the analysis is exported whole');
    assert.match(csv.stdout.split('\n')[0]!, /^doc_id,eid,start_off,end_off,text,type,norm,actor_id,data$/);
  });

  test('a missing or empty database is E_STORE (exit 3) with the path and what to do', async () => {
    const missing = path.join(dir, 'none.db');
    const empty = path.join(dir, 'empty.db');
    await SqliteStore.open(empty).close();
    const runs = [
      await cli('search', 'غزة', '--db', missing),
      await cmd('network', '--db', missing),
      await cmd('export', '--db', missing),
      await cmd('quotes', '--db', empty),
      await cmd('actor', 'USA', '--db', empty),
    ];
    for (const [i, r] of runs.entries()) {
      assert.equal(r.code, 3, r.stderr);
      assert.match(r.stderr, i < 3 ? /E_STORE: .*none\.db: no corpus database .*rasid ingest/ : /E_STORE: .*empty\.db: the corpus holds no documents .*rasid ingest/);
      assert.equal(r.stdout, '');
    }
  });
});
