import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { PROJECT_ROOT } from '../src/util/paths.ts';
import { decodeBytes } from '../src/text/decode.ts';
import { RasidError } from '../src/errors.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'rasid-cli-'));
const ARABIC = 'قال وزير الخارجية المصري إن المحادثات ستستأنف الأسبوع المقبل في القاهرة.\n';

function rasid(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], {
    cwd: PROJECT_ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('decodeBytes: UTF-8 with and without BOM, UTF-16 LE/BE with BOM, Windows-1256', () => {
  const utf8 = Buffer.from(ARABIC, 'utf8');
  const cases: [string, Buffer, string][] = [
    ['utf-8', utf8, 'utf-8'],
    ['utf-8 bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]), 'utf-8'],
    ['utf-16le', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARABIC, 'utf16le')]), 'utf-16le'],
    ['utf-16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARABIC, 'utf16le').swap16()]), 'utf-16be'],
    ['windows-1256', iconv.encode(ARABIC, 'windows-1256'), 'windows-1256'],
  ];
  for (const [name, buf, enc] of cases) {
    const d = decodeBytes(buf, name);
    assert.equal(d.text, ARABIC, name);
    assert.equal(d.encoding, enc, name);
  }
});

test('decodeBytes refuses empty, binary and undecodable input with a coded error naming the input', () => {
  const cases: [Buffer, string][] = [
    [Buffer.alloc(0), 'E_INPUT_EMPTY'],
    [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), 'E_INPUT_BINARY'],
    [Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la fran\xe7aise', 'latin1'), 'E_INPUT_ENCODING'],
  ];
  for (const [buf, code] of cases) {
    assert.throws(() => decodeBytes(buf, 'some/file.txt'), (e: unknown) => e instanceof RasidError && e.code === code && e.input === 'some/file.txt' && !!e.hint);
  }
});

test('analyze: JSON output of a Windows-1256 file equals that of its UTF-8 copy', () => {
  writeFileSync(path.join(dir, 'a-utf8.txt'), ARABIC);
  writeFileSync(path.join(dir, 'a-1256.txt'), iconv.encode(ARABIC, 'windows-1256'));
  const a = rasid(['analyze', '-f', 'json', path.join(dir, 'a-utf8.txt')]);
  const b = rasid(['analyze', '-f', 'json', path.join(dir, 'a-1256.txt')]);
  assert.equal(a.code, 0, a.stderr);
  assert.equal(b.code, 0, b.stderr);
  const ja = JSON.parse(a.stdout);
  const jb = JSON.parse(b.stdout);
  assert.equal(jb.text, ja.text);
  assert.equal(jb.meta.encoding, 'windows-1256');
  assert.deepEqual(jb.tokens, ja.tokens);
});

test('analyze: a binary file and a missing file fail with exit 3 and a message naming them; the good file still comes out', () => {
  writeFileSync(path.join(dir, 'bin.dat'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0]));
  writeFileSync(path.join(dir, 'good.txt'), ARABIC);
  const r1 = rasid(['analyze', path.join(dir, 'bin.dat')]);
  assert.equal(r1.code, 3);
  assert.match(r1.stderr, /E_INPUT_BINARY.*bin\.dat/);
  assert.equal(r1.stdout, '');
  const r2 = rasid(['analyze', '-f', 'jsonl', path.join(dir, 'missing.txt'), path.join(dir, 'good.txt')]);
  assert.equal(r2.code, 1);
  assert.match(r2.stderr, /E_INPUT_NOT_FOUND.*missing\.txt/);
  assert.equal(r2.stdout.trim().split('\n').length, 1);
});

test('analyze: JSONL in, JSONL out in input order; a bad record is reported with its line number', () => {
  const lines = [
    JSON.stringify({ id: 'a1', title: 'أ', content: ARABIC, date_extracted: '2015-07-21 02:51:32', source: 'okaz' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ id: 'a3', text: 'أعلنت وزارة الدفاع أن الجيش نفذ غارات.' }),
    JSON.stringify({ id: 'a4', title: 'no text' }),
    JSON.stringify({ id: 'a5', text: 'نفى المتحدث باسم الحكومة الخبر.', published: '2020-01-02' }),
  ];
  writeFileSync(path.join(dir, 'in.jsonl'), lines.join('\n') + '\n');
  const r = rasid(['analyze', '-f', 'jsonl', path.join(dir, 'in.jsonl')]);
  assert.equal(r.code, 1, r.stderr);
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.meta.id), ['a1', 'a3', 'a5']);
  assert.equal(out[0].meta.published, '2015-07-21');
  assert.equal(out[0].meta.source, 'okaz');
  assert.equal(out[2].meta.published, '2020-01-02');
  assert.match(r.stderr, /in\.jsonl:2.*E_INPUT_JSON|E_INPUT_JSON.*in\.jsonl:2/);
  assert.match(r.stderr, /in\.jsonl:4/);
});

test('analyze: standard input, --date, and a non-Arabic text gets a warning, not a crash', () => {
  const r = rasid(['analyze', '-f', 'json', '--date', '2014-12-04', '-'], 'The quick brown fox jumps over the lazy dog near the river bank.');
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.meta.published, '2014-12-04');
  assert.equal(j.meta.language, 'en');
  assert.ok(j.meta.warnings.some((w: { code: string }) => w.code === 'W_NOT_ARABIC'));
  assert.match(r.stderr, /W_NOT_ARABIC/);
});

test('analyze: HTML input keeps the article text and page metadata', () => {
  const html = `<!doctype html><html><head><title>عنوان الصفحة</title><meta property="article:published_time" content="2019-03-05T08:00:00Z"><meta property="og:site_name" content="الجزيرة"></head>
  <body><nav>الرئيسية | أخبار | رياضة</nav><article><h1>عنوان الخبر</h1><p>${ARABIC}</p><p>وأضاف المتحدث أن الحكومة ستعلن تفاصيل الخطة في مؤتمر صحفي يعقد غدا في العاصمة.</p></article><script>var x = 1;</script></body></html>`;
  writeFileSync(path.join(dir, 'page.html'), html);
  const r = rasid(['analyze', '-f', 'json', path.join(dir, 'page.html')]);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.equal(j.meta.published, '2019-03-05');
  assert.equal(j.meta.source, 'الجزيرة');
  assert.ok(j.text.includes('قال وزير الخارجية المصري'));
  assert.ok(!j.text.includes('var x'));
});

test('analyze: usage errors exit 2', () => {
  assert.equal(rasid(['analyze', '--date', '2014-13-40', 'x']).code, 2);
  assert.equal(rasid(['analyze', '--format', 'xml', 'x']).code, 2);
  assert.equal(rasid(['no-such-command']).code, 2);
});

test('analyze: the text report prints for a bundled example', () => {
  const r = rasid(['analyze', 'examples/articles/ar-01-cairo-talks.txt', '--date', '2023-05-17']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Rasid analysis/);
  assert.ok(readFileSync(path.join(PROJECT_ROOT, 'examples/articles/ar-01-cairo-talks.txt'), 'utf8').length > 100);
});
