import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { ingest, type IngestOptions } from '../src/corpus/ingest/ingest.ts';
import { AnalysisPool } from '../src/corpus/ingest/pool.ts';
import { SqliteStore } from '../src/corpus/sqlite.ts';
import { article, tmpDir } from './corpus-fixtures.ts';

const inline = await AnalysisPool.create(0, { noLanguageModel: true });
const OPTS: IngestOptions = { pool: inline, workers: 0, batchSize: 7, followLinks: true, analyzer: { noLanguageModel: true }, fetch: { timeoutMs: 1500, maxBytes: 200_000, maxRedirects: 2, userAgent: 'rasid-test' } };
const dir = tmpDir();
let n = 0;
const fresh = () => SqliteStore.open(path.join(dir, `t${n++}.db`));
const file = (name: string, data: string | Buffer) => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, data);
  return p;
};
const html = (title: string, body: string, date = '2015-07-21') =>
  `<!doctype html><html><head><title>${title}</title><meta property="article:published_time" content="${date}T10:00:00Z"><meta name="author" content="مراسل"></head><body><nav>القائمة</nav><article><h1>${title}</h1>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
const jsonl = (from: number, count: number, extra: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: count }, (_, k) => JSON.stringify({ id: `a${from + k}`, source: 'test', title: `عنوان ${from + k}`, date_extracted: '2015-08-0' + ((k % 9) + 1), content: article(from + k), ...extra(from + k) })).join('\n') + '\n';
const rss = (items: { title: string; link?: string; content?: string; description?: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>خلاصة</title>${items
    .map((i) => `<item><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}<pubDate>Tue, 21 Jul 2015 10:00:00 GMT</pubDate>${i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : ''}${i.description ? `<description><![CDATA[${i.description}]]></description>` : ''}</item>`)
    .join('')}</channel></rss>`;
const atom = (entries: { title: string; link?: string; content?: string }[]) =>
  `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>${entries
    .map((e, i) => `<entry><id>urn:x:${i}</id><title>${e.title}</title>${e.link ? `<link href="${e.link}"/>` : ''}<updated>2015-07-22T08:00:00Z</updated>${e.content ? `<content type="html"><![CDATA[${e.content}]]></content>` : ''}</entry>`)
    .join('')}</feed>`;

let server: http.Server;
let base = '';
before(async () => {
  server = http.createServer((req, res) => {
    const u = req.url ?? '/';
    if (u === '/page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html('صفحة من الخادم', article(900, 150)));
    } else if (u.startsWith('/story/')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html(`قصة ${u}`, article(1000 + Number(u.slice(7)), 150)));
    } else if (u === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss([1, 2, 3].map((i) => ({ title: `قصة ${i}`, link: `${base}/story/${i}`, description: 'ملخص قصير' }))));
    } else if (u === '/data.jsonl') {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.end(jsonl(950, 3));
    } else if (u === '/moved') {
      res.writeHead(302, { location: '/page.html' });
      res.end();
    } else if (u === '/loop') {
      res.writeHead(302, { location: '/loop' });
      res.end();
    } else if (u === '/big') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('كلمة '.repeat(100_000));
    } else if (u === '/slow') {
      setTimeout(() => res.end('late'), 4000).unref();
    } else {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await inline.close();
  server.closeAllConnections();
  server.close();
});

describe('each input kind', () => {
  test('plain text, HTML, JSONL, gzip JSONL, gzip text, folder (recursive)', async () => {
    const s = fresh();
    const txt = file('in/a.txt', article(1));
    const page = file('in/sub/b.html', html('عنوان الصفحة', article(2)));
    const jl = file('in/c.jsonl', jsonl(10, 5));
    const gz = file('in/deep/d.jsonl.gz', gzipSync(jsonl(20, 4)));
    const tgz = file('in/e.txt.gz', gzipSync(article(3)));
    file('in/skip.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    for (const [inputs, expect] of [
      [[txt], 1],
      [[page], 1],
      [[jl], 5],
      [[gz], 4],
      [[tgz], 1],
    ] as const) {
      const r = await ingest(s, inputs as unknown as string[], OPTS);
      assert.equal(r.ingested, expect, `${inputs}: ${JSON.stringify(r)}`);
      assert.equal(r.failed, 0, JSON.stringify(r.failures));
    }
    const folder = await ingest(s, [path.join(dir, 'in')], OPTS);
    assert.equal(folder.ingested, 0, 'a folder of already ingested files adds nothing');
    assert.equal(folder.unchanged, 12);
    const st = await s.stats();
    assert.equal(st.documents, 12);
    const h = (await s.search('عنوان الصفحة'))[0]!;
    assert.equal(h.title, 'عنوان الصفحة');
    assert.equal(h.published, '2015-07-21');
    assert.ok(!h.text.includes('القائمة'), 'navigation is not article text');
    await s.close();
  });

  test('RSS with full content, Atom, RSS entries fetched from their links, URLs (page, redirect, JSONL)', async () => {
    const s = fresh();
    const r1 = await ingest(s, [file('f.rss', rss([{ title: 'خبر أول', link: 'http://example.invalid/1', content: `<p>${article(40, 150)}</p>` }, { title: 'خبر ثان', content: `<p>${article(41, 150)}</p>` }]))], { ...OPTS });
    assert.equal(r1.ingested, 2, JSON.stringify(r1.failures));
    const r2 = await ingest(s, [file('f.atom', atom([{ title: 'مدخل', link: 'http://example.invalid/a', content: `<div>${article(42, 150)}</div>` }]))], OPTS);
    assert.equal(r2.ingested, 1, JSON.stringify(r2.failures));
    const r3 = await ingest(s, [`${base}/feed.xml`, `${base}/moved`, `${base}/data.jsonl`], OPTS);
    assert.equal(r3.ingested, 3 + 1 + 3, JSON.stringify(r3.failures));
    const hits = await s.search('قصة');
    assert.ok(hits.some((h) => h.url === `${base}/story/2`), 'feed entries keep their link as URL');
    const page = (await s.search('صفحة الخادم'))[0]!;
    assert.equal(page.url, `${base}/page.html`, 'a redirected URL records where it landed');
    await s.close();
  });
});

describe('bad input is reported and skipped, never stops the run', () => {
  test('bad records, files, feeds and URLs', async () => {
    const s = fresh();
    const bad = [
      file('bad/records.jsonl', `${jsonl(60, 1)}{"broken json\n{"title":"no text"}\n{"content":"   "}\n[1,2]\n${jsonl(61, 1)}`),
      file('bad/trunc.jsonl.gz', gzipSync(jsonl(70, 50)).subarray(0, 400)),
      file('bad/notgz.txt.gz', 'not gzip at all'),
      file('bad/binary.txt', Buffer.from([0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0, 1])),
      file('bad/empty.txt', ''),
      file('bad/feed.rss', '<?xml version="1.0"?><rss><channel><item><title>x</title>'),
      file('bad/empty-feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'),
      file('bad/page.html', '<html><body><script>var a=1;</script></body></html>'),
      path.join(dir, 'bad/missing.txt'),
      `${base}/nothing-here`,
      `${base}/loop`,
      `${base}/big`,
      `${base}/slow`,
      'http://127.0.0.1:1/refused',
      file('bad/good.txt', article(99)),
    ];
    const r = await ingest(s, bad, OPTS);
    const codes = r.failures.map((f) => `${path.basename(f.input.split(':')[0] === 'http' ? f.input : f.input.replace(/:\d+$/, ''))} ${f.code}`);
    assert.ok(r.ingested >= 3, `good records around bad ones are stored: ${JSON.stringify(r)}`);
    for (const want of ['E_INPUT_JSON', 'E_INPUT_FORMAT', 'E_INPUT_EMPTY', 'E_INPUT_BINARY', 'E_INPUT_NOT_FOUND', 'E_NETWORK', 'E_INPUT_TOO_LARGE']) {
      assert.ok(r.failures.some((f) => f.code === want), `${want} reported; got ${codes.join(', ')}`);
    }
    assert.ok(r.failures.some((f) => f.input.includes('trunc.jsonl.gz') && /gzip/.test(f.message)), 'a truncated gzip is reported');
    assert.ok(r.failures.some((f) => f.input.endsWith('/slow') && /no answer/.test(f.message)), 'timeouts are reported');
    assert.ok(r.failures.some((f) => f.input.endsWith('/loop') && /redirects/.test(f.message)), 'redirect loops are cut');
    assert.ok(r.failures.every((f) => f.input && f.message), 'every failure names its input and reason');
    assert.ok((await s.search('عنوان 61')).length >= 1, 'the record after the bad lines is stored');
    await s.close();
  });
});

describe('idempotence and duplicates', () => {
  test('the same input twice changes nothing', async () => {
    const s = fresh();
    const inputs = [file('idem/a.jsonl', jsonl(100, 10)), file('idem/b.txt', article(130))];
    const r1 = await ingest(s, inputs, OPTS);
    assert.equal(r1.ingested, 11);
    const before = await s.stats();
    const dump1: unknown[] = [];
    await s.exportRows('documents', (row) => void dump1.push({ ...row, ingested_at: null }));
    const r2 = await ingest(s, inputs, OPTS);
    assert.deepEqual({ ingested: r2.ingested, dups: r2.exactDuplicates + r2.nearDuplicates, unchanged: r2.unchanged }, { ingested: 0, dups: 0, unchanged: 11 });
    const dump2: unknown[] = [];
    await s.exportRows('documents', (row) => void dump2.push({ ...row, ingested_at: null }));
    assert.deepEqual({ ...(await s.stats()), bytes: 0 }, { ...before, bytes: 0 });
    assert.deepEqual(dump2, dump1);
    await s.close();
  });

  test('exact and near duplicates are recorded as duplicates of the first copy, not indexed twice', async () => {
    const s = fresh();
    const orig = article(300, 200);
    const words = orig.split(' ');
    words[100] = 'تعديل';
    const near = words.join(' ');
    const recs = [
      { id: 'o', url: 'http://x/orig', content: orig },
      { id: 'other', url: 'http://x/other', content: article(301, 200) },
      { id: 'e', url: 'http://y/copy', content: orig.replace(/\n/g, '\n\n') + ' ' },
      { id: 'n', url: 'http://z/near', content: near },
    ];
    const r = await ingest(s, [file('dup/d.jsonl', recs.map((x) => JSON.stringify(x)).join('\n'))], OPTS);
    assert.deepEqual([r.ingested, r.exactDuplicates, r.nearDuplicates], [2, 1, 1]);
    const docs: Record<string, unknown>[] = [];
    await s.exportRows('documents', (row) => void docs.push(row));
    const byUrl = new Map(docs.map((d) => [d.url, d]));
    const origId = byUrl.get('http://x/orig')!.id;
    assert.equal(byUrl.get('http://y/copy')!.duplicate_of, origId);
    assert.equal(byUrl.get('http://y/copy')!.dup_kind, 'exact');
    assert.equal(byUrl.get('http://z/near')!.duplicate_of, origId);
    assert.equal(byUrl.get('http://z/near')!.dup_kind, 'near');
    assert.equal(byUrl.get('http://x/other')!.duplicate_of, null);
    // A later run finds duplicates of stored documents too.
    const r2 = await ingest(s, [file('dup/later.jsonl', JSON.stringify({ url: 'http://w/again', content: orig }))], OPTS);
    assert.equal(r2.exactDuplicates, 1);
    const hits = await s.search(orig.split(' ').slice(10, 14).join(' '));
    assert.deepEqual(hits.map((h) => h.url), ['http://x/orig'], 'only the first copy is in the search index');
    await s.close();
  });
});

test('worker threads analyze in parallel and give the same store as inline analysis', async () => {
  const input = file('workers/w.jsonl', jsonl(500, 12));
  const a = fresh();
  const b = fresh();
  await ingest(a, [input], { ...OPTS, workers: 0 });
  const rb = await ingest(b, [input], { ...OPTS, pool: undefined, workers: 2 });
  assert.equal(rb.ingested, 12, JSON.stringify(rb.failures));
  const rows = async (s: SqliteStore) => {
    const out: unknown[] = [];
    await s.exportRows('documents', (r) => void out.push({ ...r, ingested_at: null }));
    return out;
  };
  assert.deepEqual(await rows(b), await rows(a));
  await a.close();
  await b.close();
});
