/**
 * Reading articles from files and streams: plain text, HTML and JSONL, with encoding detection.
 * A bad JSONL record is reported with its line number and does not stop the others.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DocMeta } from '../doc/types.ts';
import { RasidError } from '../errors.ts';
import { decodeBytes } from '../text/decode.ts';
import { extractHtml, isoDay } from './html.ts';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';

export interface Article {
  text: string;
  meta: DocMeta;
}

/** One item read from an input: an article, or an error for one record that could not be read. */
export type InputItem = { ok: true; article: Article } | { ok: false; error: RasidError };

/** Largest single input accepted by `analyze` (ingest streams larger corpora). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export function readSource(file: string): Buffer {
  if (file === '-') return readFileSync(0);
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new RasidError('E_INPUT_NOT_FOUND', 'no such file', { input: file, hint: 'check the path' });
  }
  if (st.isDirectory()) throw new RasidError('E_INPUT_FORMAT', 'is a folder, not a file', { input: file, hint: 'give the files inside it, or use rasid ingest for folders' });
  if (st.size > MAX_INPUT_BYTES) {
    throw new RasidError('E_INPUT_TOO_LARGE', `the file is ${(st.size / 1048576).toFixed(0)} MB; analyze takes at most ${MAX_INPUT_BYTES / 1048576} MB`, {
      input: file,
      hint: 'split it into articles (JSONL, one per line) or use rasid ingest',
    });
  }
  return readFileSync(file);
}

function sniffFormat(file: string, text: string): Exclude<InputFormat, 'auto'> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith('{') && ext !== '.txt') return 'jsonl';
  if (/^<(!doctype|html|head|body|article|div|p)[\s>]/i.test(head)) return 'html';
  return 'text';
}

/** A date that may come with a time ("2015-07-21 02:51:32") as YYYY-MM-DD. */
function dayOf(v: unknown): string | undefined {
  return typeof v === 'string' ? isoDay(v) : undefined;
}

/** One JSONL record to an article. Throws RasidError for a record without text. */
export function articleFromRecord(rec: unknown, input: string): Article {
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
    throw new RasidError('E_INPUT_JSON', 'the record is not a JSON object', { input, hint: 'each line must be an object with "text" or "content"' });
  }
  const r = rec as Record<string, unknown>;
  const text = typeof r.text === 'string' ? r.text : typeof r.content === 'string' ? r.content : undefined;
  if (text === undefined) throw new RasidError('E_INPUT_FORMAT', 'the record has no "text" or "content" field', { input, hint: 'add the article text as "text"' });
  if (!text.trim()) throw new RasidError('E_INPUT_EMPTY', 'the record\'s text is empty', { input, hint: 'drop the record or fill its text' });
  const meta: DocMeta = { input };
  const str = (k: string) => (typeof r[k] === 'string' && (r[k] as string).trim() ? (r[k] as string).trim() : typeof r[k] === 'number' ? String(r[k]) : undefined);
  meta.id = str('id');
  meta.title = str('title');
  meta.published = dayOf(r.published) ?? dayOf(r.date) ?? dayOf(r.date_extracted) ?? (typeof r.meta === 'object' && r.meta ? dayOf((r.meta as Record<string, unknown>).published) : undefined);
  meta.url = str('url');
  meta.source = str('source');
  meta.author = str('author');
  for (const k of Object.keys(meta) as (keyof DocMeta)[]) if (meta[k] === undefined) delete meta[k];
  return { text, meta };
}

/** Split JSONL text into items; bad lines become error items with their line number. */
export function* parseJsonl(text: string, input: string): Generator<InputItem> {
  let lineNo = 0;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    lineNo++;
    pos = nl + 1;
    if (!line.trim()) {
      if (nl >= text.length) break;
      continue;
    }
    const where = `${input}:${lineNo}`;
    let rec: unknown;
    try {
      rec = JSON.parse(line);
    } catch (e) {
      yield { ok: false, error: new RasidError('E_INPUT_JSON', `malformed JSON: ${(e as Error).message}`, { input: where, hint: 'fix or remove this line' }) };
      continue;
    }
    try {
      yield { ok: true, article: articleFromRecord(rec, where) };
    } catch (e) {
      if (e instanceof RasidError) yield { ok: false, error: e };
      else throw e;
    }
  }
}

/**
 * Read all articles of one input (a file path or "-"). Whole-file errors (missing, binary,
 * bad encoding) throw; per-record errors are yielded.
 */
export function* readArticles(file: string, opts: { format?: InputFormat; published?: string } = {}): Generator<InputItem> {
  const name = file === '-' ? '<stdin>' : file;
  const buf = readSource(file);
  const dec = decodeBytes(buf, name);
  const fmt = !opts.format || opts.format === 'auto' ? sniffFormat(file, dec.text) : opts.format;
  const base: DocMeta = { input: name, encoding: dec.encoding };
  if (fmt === 'jsonl') {
    for (const it of parseJsonl(dec.text, name)) {
      if (it.ok) {
        it.article.meta = { ...it.article.meta, encoding: dec.encoding };
        if (opts.published) it.article.meta.published = opts.published;
      }
      yield it;
    }
    return;
  }
  if (!dec.text.trim()) throw new RasidError('E_INPUT_EMPTY', 'the input has no text', { input: name, hint: 'give a file with the article text' });
  if (fmt === 'html') {
    const h = extractHtml(dec.text, name);
    const meta: DocMeta = { ...base, title: h.title, published: opts.published ?? h.published, source: h.source, url: h.url, author: h.author };
    for (const k of Object.keys(meta) as (keyof DocMeta)[]) if (meta[k] === undefined) delete meta[k];
    yield { ok: true, article: { text: h.text, meta } };
    return;
  }
  const meta: DocMeta = { ...base };
  if (opts.published) meta.published = opts.published;
  yield { ok: true, article: { text: dec.text, meta } };
}
