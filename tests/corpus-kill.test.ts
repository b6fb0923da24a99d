import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/corpus/sqlite.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';
import { article, tmpDir } from './corpus-fixtures.ts';

const CLI = path.join(PROJECT_ROOT, 'src/cli/main.ts');
const TOTAL = 28;

function count(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
}

test('kill -9 during ingest leaves a consistent store; a rerun completes it exactly once', async () => {
  const dir = tmpDir();
  const input = path.join(dir, 'in.jsonl');
  const db = path.join(dir, 'k.db');
  writeFileSync(input, Array.from({ length: TOTAL }, (_, i) => JSON.stringify({ id: `k${i}`, content: article(5000 + i, 60) })).join('\n') + '\n');
  const args = ['--import', 'tsx', CLI, 'ingest', input, '--db', db, '--workers', '1', '--batch', '4', '--no-language-model', '--no-progress'];

  const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  let killedAt = -1;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const n = count(db);
    if (n >= 4) {
      child.kill('SIGKILL');
      killedAt = n;
      break;
    }
    await new Promise((r) => setTimeout(r, 15));
  }
  await exited;
  assert.ok(killedAt >= 4, `the run was killed mid-way (stderr: ${stderr.slice(0, 500)})`);

  const after = count(db);
  assert.ok(after >= 4, 'committed batches survive the kill');
  const check = (expectDocs?: number) => {
    const s = SqliteStore.open(db);
    assert.deepEqual(s.integrityCheck(), []);
    void s.close();
    const d = new Database(db, { readonly: true });
    const docs = d.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const indexed = d.prepare('SELECT count(*) FROM docs_fts_docsize').pluck().get() as number;
    const keys = d.prepare('SELECT count(DISTINCT key) FROM documents').pluck().get() as number;
    d.close();
    assert.equal(docs % 4 === 0 || docs === TOTAL, true, `whole batches only (${docs})`);
    assert.equal(indexed, docs, 'every stored document is indexed once');
    assert.equal(keys, docs);
    if (expectDocs !== undefined) assert.equal(docs, expectDocs);
  };
  check();

  const rerun = spawnSync(process.execPath, [...args, '--format', 'json'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.equal(rerun.status, 0, rerun.stderr);
  const sum = JSON.parse(rerun.stdout) as { ingested: number; unchanged: number };
  assert.equal(sum.unchanged, after, 'the rerun skips what the killed run stored');
  assert.equal(sum.ingested, TOTAL - after, 'and ingests the rest');
  check(TOTAL);
});
