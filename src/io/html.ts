/**
 * HTML to article: main text through @mozilla/readability over a linkedom DOM; title, date,
 * byline, source and URL from the page metadata (OpenGraph, article:published_time, JSON-LD,
 * <time>, <meta name="date">).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { RasidError } from '../errors.ts';

export interface HtmlArticle {
  text: string;
  title?: string;
  published?: string;
  author?: string;
  source?: string;
  url?: string;
}

/** Normalize a date string from page metadata to YYYY-MM-DD, or undefined. */
export function isoDay(s: string | undefined | null): string | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(s);
  if (!Number.isNaN(d.getTime()) && d.getUTCFullYear() > 1900) return d.toISOString().slice(0, 10);
  return undefined;
}

export function extractHtml(html: string, input = '<html>'): HtmlArticle {
  let document: Document;
  try {
    const full = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
    ({ document } = parseHTML(full) as unknown as { document: Document });
  } catch (e) {
    throw new RasidError('E_INPUT_HTML', `could not parse HTML: ${(e as Error).message}`, { input, hint: 'check that the file is an HTML page' });
  }
  const meta = (sel: string): string | undefined => document.querySelector(sel)?.getAttribute('content')?.trim() || undefined;
  let published =
    isoDay(meta('meta[property="article:published_time"]')) ??
    isoDay(meta('meta[name="date"]')) ??
    isoDay(meta('meta[name="pubdate"]')) ??
    isoDay(meta('meta[itemprop="datePublished"]')) ??
    isoDay(meta('meta[name="DC.date.issued"]')) ??
    isoDay(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  let author = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const j = JSON.parse(el.textContent ?? '');
      const items = Array.isArray(j) ? j : [j];
      for (const it of items) {
        published ??= isoDay(it?.datePublished);
        if (!author && it?.author) author = typeof it.author === 'string' ? it.author : it.author?.name;
      }
    } catch {
      /* malformed JSON-LD is ignored: the page text still counts */
    }
  }
  const ogTitle = meta('meta[property="og:title"]');
  const source = meta('meta[property="og:site_name"]');
  const url = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  let text = '';
  let title = ogTitle ?? document.querySelector('title')?.textContent?.trim() ?? undefined;
  try {
    const art = new Readability(document.cloneNode(true) as Document, { charThreshold: 100 }).parse();
    if (art?.textContent) {
      text = blockText(art.content ?? '') || art.textContent;
      title = art.title?.trim() || title;
      author ??= art.byline ?? undefined;
    }
  } catch {
    /* fall back to the body text below */
  }
  if (!text.trim()) text = blockText(document.body?.innerHTML ?? html);
  text = text.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  if (!text) throw new RasidError('E_INPUT_EMPTY', 'the HTML page has no text', { input, hint: 'check that the page holds the article, not only scripts' });
  return { text, title: title || undefined, published, author: author || undefined, source, url: url || undefined };
}

/** Text of an HTML fragment with block elements on their own lines. */
function blockText(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`) as unknown as { document: Document };
  for (const el of document.querySelectorAll('script,style,noscript,template')) el.remove();
  const out: string[] = [];
  const BLOCK = /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|SECTION|ARTICLE|HEADER|FOOTER|TR|BR|FIGCAPTION|PRE|TABLE|UL|OL)$/;
  const walk = (n: Node) => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out.push(c.textContent ?? '');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        const block = BLOCK.test(tag);
        if (block) out.push('\n');
        walk(c);
        if (block) out.push('\n');
      }
    }
  };
  walk(document.body);
  return out.join('');
}
