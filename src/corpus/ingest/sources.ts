/**
 * Ingest inputs to articles: files (text, HTML, JSONL, RSS/Atom), gzip-compressed files (JSONL
 * streamed line by line), folders (recursive), http(s) URLs (pages, feeds, JSONL) and the entries
 * of feeds. Every article comes with a stable identity (docs/corpus.md); every problem becomes an
 * error item naming the input, and reading goes on with the next record or input.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip, gunzipSync } from 'node:zlib';
import type { DocMeta } from '../../doc/types.ts';
import { RasidError } from '../../errors.ts';
import { extractHtml } from '../../io/html.ts';
import { articleFromRecord, parseJsonl, readSource, type Article } from '../../io/input.ts';
import { decodeBytes } from '../../text/decode.ts';
import { looksLikeFeed, parseFeed, type FeedEntry } from './feed.ts';
import { DEFAULT_FETCH, fetchUrl, isHttpUrl, type FetchOptions } from './fetch.ts';

export type SourceItem = { kind: 'article'; identity: string; article: Article } | { kind: 'error'; error: RasidError };

export interface SourceOptions {
  /** Fetch the pages feed entries link to when the feed carries only a summary. */
  followLinks: boolean;
  fetch: FetchOptions;
  /** Called with the number of input bytes consumed so far (local files only). */
  onBytes?: (bytes: number) => void;
  /** Stop reading (an interrupted run). */
  stopped?: () => boolean;
}

/** Extensions taken from folders; files named explicitly are always tried. */
const FOLDER_EXT = /\.(txt|text|html?|xhtml|jsonl|ndjson|xml|rss|atom)(\.gz)?$/i;
/** Largest gzip-compressed non-JSONL file decompressed in memory. */
const MAX_GZ_WHOLE = 64 * 1024 * 1024;
/** A feed entry whose own text is at least this long is used as is, without fetching its link. */
const FEED_FULL_TEXT = 400;

export interface ExpandedInputs {
  files: { path: string; size: number }[];
  urls: string[];
  errors: RasidError[];
  totalBytes: number;
}

function walk(dir: string, out: { path: string; size: number }[], errors: RasidError[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    errors.push(new RasidError('E_INPUT_NOT_FOUND', `cannot read the folder: ${(e as Error).message}`, { input: dir, hint: 'check its permissions' }));
    return;
  }
  for (const n of names) {
    if (n.startsWith('.')) continue;
    const p = path.join(dir, n);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walk(p, out, errors);
    else if (st.isFile() && FOLDER_EXT.test(n)) out.push({ path: p, size: st.size });
  }
}

/** Expand folders to files, keep URLs, report missing paths. */
export function expandInputs(specs: readonly string[]): ExpandedInputs {
  const files: { path: string; size: number }[] = [];
  const urls: string[] = [];
  const errors: RasidError[] = [];
  for (const s of specs) {
    if (isHttpUrl(s)) {
      urls.push(s);
      continue;
    }
    let st;
    try {
      st = statSync(s);
    } catch {
      errors.push(new RasidError('E_INPUT_NOT_FOUND', 'no such file or folder', { input: s, hint: 'check the path' }));
      continue;
    }
    if (st.isDirectory()) walk(s, files, errors);
    else files.push({ path: s, size: st.size });
  }
  return { files, urls, errors, totalBytes: files.reduce((a, f) => a + f.size, 0) };
}

/** Identity of a JSONL record: its URL, else source + id, else where it was read. */
function recordIdentity(meta: DocMeta, where: string): string {
  if (meta.url) return `url:${meta.url}`;
  if (meta.id) return `id:${meta.source ?? ''}:${meta.id}`;
  return `at:${where}`;
}

function isGz(p: string): boolean {
  return /\.gz$/i.test(p);
}

function innerName(p: string): string {
  return p.replace(/\.gz$/i, '');
}

function isJsonlName(p: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(innerName(p));
}

/** Lines of a (possibly gzip-compressed) file, streamed; a read or gzip error rejects the iteration. */
async function* streamLines(file: string, onBytes: (n: number) => void): AsyncGenerator<string> {
  const raw = createReadStream(file);
  const gz = isGz(file) ? createGunzip() : null;
  if (gz) raw.on('error', (e) => gz.destroy(e));
  const src = gz ? raw.pipe(gz) : raw;
  const dec = new StringDecoder('utf8');
  let rest = '';
  try {
    for await (const chunk of src) {
      onBytes(raw.bytesRead);
      rest += dec.write(chunk as Buffer);
      let nl: number;
      let from = 0;
      while ((nl = rest.indexOf('\n', from)) >= 0) {
        yield rest.slice(from, nl > from && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
        from = nl + 1;
      }
      rest = rest.slice(from);
    }
    rest += dec.end();
    if (rest) yield rest;
  } finally {
    raw.destroy();
    gz?.destroy();
  }
}

/** Stream a (possibly gzip-compressed) JSONL file line by line. */
async function* streamJsonl(file: string, opts: SourceOptions, baseBytes: number): AsyncGenerator<SourceItem> {
  const abs = path.resolve(file);
  let lineNo = 0;
  let streamError: NodeJS.ErrnoException | null = null;
  const lines = streamLines(file, (n) => opts.onBytes?.(baseBytes + n));
  for (;;) {
    let next: IteratorResult<string>;
    try {
      next = await lines.next();
    } catch (e) {
      streamError = e as NodeJS.ErrnoException;
      break;
    }
    if (next.done) break;
    const line = next.value;
    lineNo++;
    if (opts.stopped?.()) {
      await lines.return(undefined);
      break;
    }
    if (!line.trim()) continue;
    const where = `${file}:${lineNo}`;
    let rec: unknown;
    try {
      rec = JSON.parse(lineNo === 1 ? line.replace(/^\uFEFF/, '') : line);
    } catch (e) {
      yield { kind: 'error', error: new RasidError('E_INPUT_JSON', `malformed JSON: ${(e as Error).message}`, { input: where, hint: 'fix or remove this line' }) };
      continue;
    }
    try {
      const article = articleFromRecord(rec, where);
      yield { kind: 'article', identity: recordIdentity(article.meta, `${abs}:${lineNo}`), article };
    } catch (e) {
      if (e instanceof RasidError) yield { kind: 'error', error: e };
      else throw e;
    }
  }
  if (streamError) {
    const err = streamError;
    const gzBad = isGz(file) && (err.code?.startsWith('Z_') || /incorrect header|unexpected end|invalid/i.test(err.message));
    yield {
      kind: 'error',
      error: new RasidError(gzBad ? 'E_INPUT_FORMAT' : 'E_INPUT_NOT_FOUND', `${gzBad ? 'bad gzip data' : 'read error'} after line ${lineNo}: ${err.message}`, {
        input: file,
        hint: gzBad ? 'the file is truncated or not gzip; the records before the damage were read' : 'check the file',
      }),
    };
  }
}

/** Articles of one decoded document (a page, a feed, a JSONL text or plain text). */
async function* fromText(text: string, encoding: string, name: string, identityBase: string, hintName: string, contentType: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const ext = path.extname(innerName(hintName).replace(/[?#].*$/, '')).toLowerCase();
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
  const base: DocMeta = { input: name, encoding };
  if (/xml|rss|atom/.test(contentType) || ext === '.rss' || ext === '.atom' || ext === '.xml' || looksLikeFeed(head)) {
    if (looksLikeFeed(head) || ext === '.rss' || ext === '.atom' || /rss|atom/.test(contentType)) {
      yield* fromFeed(text, name, opts);
      return;
    }
  }
  if (ext === '.jsonl' || ext === '.ndjson' || /ndjson|jsonl/.test(contentType) || (head.startsWith('{') && ext !== '.txt')) {
    for (const it of parseJsonl(text, name)) {
      if (!it.ok) yield { kind: 'error', error: it.error };
      else {
        const line = /:(\d+)$/.exec(it.article.meta.input ?? '')?.[1] ?? '0';
        it.article.meta.encoding = encoding;
        yield { kind: 'article', identity: recordIdentity(it.article.meta, `${identityBase}:${line}`), article: it.article };
      }
    }
    return;
  }
  if (!text.trim()) {
    yield { kind: 'error', error: new RasidError('E_INPUT_EMPTY', 'the input has no text', { input: name, hint: 'give a file with the article text' }) };
    return;
  }
  if (/html/.test(contentType) || ext === '.html' || ext === '.htm' || ext === '.xhtml' || /^<(!doctype|html|head|body|article|div|p)[\s>]/i.test(head)) {
    try {
      const h = extractHtml(text, name);
      const meta: DocMeta = { ...base, title: h.title, published: h.published, source: h.source, url: h.url, author: h.author };
      for (const k of Object.keys(meta) as (keyof DocMeta)[]) if (meta[k] === undefined) delete meta[k];
      yield { kind: 'article', identity: identityBase, article: { text: h.text, meta } };
    } catch (e) {
      if (e instanceof RasidError) yield { kind: 'error', error: e };
      else yield { kind: 'error', error: new RasidError('E_INPUT_HTML', `could not read the page: ${(e as Error).message}`, { input: name, hint: 'check that it is an HTML page' }) };
    }
    return;
  }
  yield { kind: 'article', identity: identityBase, article: { text, meta: base } };
}

function htmlToText(html: string, name: string): string {
  if (!/<[a-z!/]/i.test(html)) return html.trim();
  try {
    return extractHtml(html, name).text;
  } catch {
    return '';
  }
}

async function* fromFeed(xml: string, name: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let feed;
  try {
    feed = parseFeed(xml, name);
  } catch (e) {
    yield { kind: 'error', error: e as RasidError };
    return;
  }
  if (!feed.entries.length) {
    yield { kind: 'error', error: new RasidError('E_INPUT_EMPTY', 'the feed has no entries', { input: name, hint: 'check the feed address' }) };
    return;
  }
  for (let i = 0; i < feed.entries.length; i++) {
    if (opts.stopped?.()) return;
    yield await feedEntry(feed.entries[i]!, `${name}#${i + 1}`, feed.title, opts);
  }
}

async function feedEntry(e: FeedEntry, where: string, feedTitle: string | undefined, opts: SourceOptions): Promise<SourceItem> {
  const identity = e.link ? `url:${e.link}` : e.guid ? `guid:${e.guid}` : `at:${where}`;
  const own = e.content ? htmlToText(e.content, where) : '';
  const meta: DocMeta = { input: where, title: e.title, published: e.published, author: e.author, url: e.link, source: feedTitle };
  for (const k of Object.keys(meta) as (keyof DocMeta)[]) if (meta[k] === undefined) delete meta[k];
  let fetchError: RasidError | null = null;
  if (opts.followLinks && e.link && isHttpUrl(e.link) && !(e.full && own.length >= FEED_FULL_TEXT) && own.length < FEED_FULL_TEXT * 4) {
    try {
      const f = await fetchUrl(e.link, opts.fetch);
      const dec = decodeBytes(f.body, e.link);
      const h = extractHtml(dec.text, e.link);
      return {
        kind: 'article',
        identity,
        article: { text: h.text, meta: { ...meta, input: e.link, encoding: dec.encoding, published: meta.published ?? h.published, author: meta.author ?? h.author, title: meta.title ?? h.title } },
      };
    } catch (err) {
      fetchError = err instanceof RasidError ? err : new RasidError('E_NETWORK', (err as Error).message, { input: e.link });
    }
  }
  if (own.trim()) return { kind: 'article', identity, article: { text: own, meta } };
  return { kind: 'error', error: fetchError ?? new RasidError('E_INPUT_EMPTY', 'the feed entry has no text and no link to fetch', { input: where, hint: 'the feed carries titles only; use --follow-links with entries that link to pages' }) };
}

/** Read one local file. */
async function* fromFile(file: string, opts: SourceOptions, baseBytes: number): AsyncGenerator<SourceItem> {
  const abs = path.resolve(file);
  if (isJsonlName(file)) {
    yield* streamJsonl(file, opts, baseBytes);
    return;
  }
  let buf: Buffer;
  try {
    if (isGz(file)) {
      const packed = readSource(file);
      try {
        buf = gunzipSync(packed, { maxOutputLength: MAX_GZ_WHOLE });
      } catch (e) {
        throw new RasidError('E_INPUT_FORMAT', `bad gzip data: ${(e as Error).message}`, { input: file, hint: 'the file is truncated or not gzip' });
      }
      // A gzip-compressed JSONL without the .jsonl name: stream it after all.
      if (buf.subarray(0, 200).toString('utf8').trimStart().startsWith('{') && !/\.(txt|html?)$/i.test(innerName(file))) {
        yield* streamJsonl(file, opts, baseBytes);
        return;
      }
    } else buf = readSource(file);
    const dec = decodeBytes(buf, file);
    yield* fromText(dec.text, dec.encoding, file, `file:${abs}`, file, '', opts);
  } catch (e) {
    if (e instanceof RasidError) yield { kind: 'error', error: e };
    else yield { kind: 'error', error: new RasidError('E_INPUT_FORMAT', (e as Error).message, { input: file }) };
  }
}

async function* fromUrl(url: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let f;
  try {
    f = await fetchUrl(url, opts.fetch);
  } catch (e) {
    yield { kind: 'error', error: e as RasidError };
    return;
  }
  let body = f.body;
  if (/\.gz($|\?)/i.test(f.finalUrl) || /gzip/.test(f.contentType)) {
    try {
      body = gunzipSync(body, { maxOutputLength: opts.fetch.maxBytes * 8 });
    } catch (e) {
      yield { kind: 'error', error: new RasidError('E_INPUT_FORMAT', `bad gzip data: ${(e as Error).message}`, { input: url, hint: 'the response is truncated or not gzip' }) };
      return;
    }
  }
  let dec;
  try {
    dec = decodeBytes(body, url);
  } catch (e) {
    yield { kind: 'error', error: e as RasidError };
    return;
  }
  const name = new URL(f.finalUrl).pathname;
  for await (const it of fromText(dec.text, dec.encoding, url, `url:${url}`, name, f.contentType, opts)) {
    if (it.kind === 'article' && !it.article.meta.url && it.identity === `url:${url}`) it.article.meta.url = f.finalUrl;
    yield it;
  }
}

/** All articles of the inputs, in order. */
export async function* readInputs(expanded: ExpandedInputs, opts: SourceOptions): AsyncGenerator<SourceItem> {
  for (const e of expanded.errors) yield { kind: 'error', error: e };
  let done = 0;
  for (const f of expanded.files) {
    if (opts.stopped?.()) return;
    yield* fromFile(f.path, opts, done);
    done += f.size;
    opts.onBytes?.(done);
  }
  for (const u of expanded.urls) {
    if (opts.stopped?.()) return;
    yield* fromUrl(u, opts);
  }
}

export { DEFAULT_FETCH };
