/**
 * HTTP(S) fetching for ingest: Node's fetch with a timeout per request, a size limit on the body,
 * and redirects followed by hand (at most `maxRedirects`, http/https only).
 */
import { RasidError } from '../../errors.ts';

export interface FetchOptions {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const DEFAULT_FETCH: FetchOptions = {
  timeoutMs: 20_000,
  maxBytes: 16 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'rasid/0.1 (+news-intelligence; offline analysis)',
};

export interface Fetched {
  url: string;
  finalUrl: string;
  contentType: string;
  body: Buffer;
}

export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

export async function fetchUrl(url: string, opts: FetchOptions = DEFAULT_FETCH): Promise<Fetched> {
  let current = url;
  for (let hop = 0; ; hop++) {
    let u: URL;
    try {
      u = new URL(current);
    } catch {
      throw new RasidError('E_NETWORK', 'not a valid URL', { input: current, hint: 'give an http:// or https:// address' });
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      throw new RasidError('E_NETWORK', `unsupported scheme ${u.protocol}`, { input: url, hint: 'only http and https URLs are fetched' });
    }
    let res: Response;
    try {
      res = await fetch(u, {
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
        headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml,text/plain,application/x-ndjson;q=0.9,*/*;q=0.5' },
      });
    } catch (e) {
      const err = e as Error;
      const why = err.name === 'TimeoutError' || err.name === 'AbortError' ? `no answer within ${opts.timeoutMs / 1000} s` : (err.cause as Error)?.message ?? err.message;
      throw new RasidError('E_NETWORK', `fetch failed: ${why}`, { input: url, hint: 'check the address and the network, or save the page and ingest the file' });
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      await res.body?.cancel();
      if (hop >= opts.maxRedirects) throw new RasidError('E_NETWORK', `more than ${opts.maxRedirects} redirects`, { input: url, hint: 'give the final address of the page' });
      current = new URL(res.headers.get('location')!, u).toString();
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new RasidError('E_NETWORK', `HTTP ${res.status} ${res.statusText}`.trim(), { input: url, hint: res.status === 404 ? 'the page does not exist' : 'try again later' });
    }
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > opts.maxBytes) {
      await res.body?.cancel();
      throw new RasidError('E_INPUT_TOO_LARGE', `the response is ${(declared / 1048576).toFixed(1)} MB, over the ${(opts.maxBytes / 1048576).toFixed(0)} MB limit`, { input: url, hint: 'raise --max-bytes or download it and ingest the file' });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body ?? []) {
        size += (chunk as Uint8Array).length;
        if (size > opts.maxBytes) {
          throw new RasidError('E_INPUT_TOO_LARGE', `the response is over the ${(opts.maxBytes / 1048576).toFixed(0)} MB limit`, { input: url, hint: 'raise --max-bytes or download it and ingest the file' });
        }
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
    } catch (e) {
      if (e instanceof RasidError) throw e;
      throw new RasidError('E_NETWORK', `reading the response failed: ${(e as Error).message}`, { input: url, hint: 'try again later' });
    }
    return { url, finalUrl: current, contentType: (res.headers.get('content-type') ?? '').toLowerCase(), body: Buffer.concat(chunks) };
  }
}
