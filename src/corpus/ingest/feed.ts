/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds (fast-xml-parser) to entries: title, link, date, author,
 * and the content the feed carries (content:encoded, Atom content, or description/summary).
 */
import { XMLParser } from 'fast-xml-parser';
import { RasidError } from '../../errors.ts';
import { isoDay } from '../../io/html.ts';

export interface FeedEntry {
  title?: string;
  link?: string;
  guid?: string;
  published?: string;
  author?: string;
  /** HTML or text carried in the feed (full content preferred over the summary). */
  content?: string;
  /** True when `content` is the full article (content:encoded or Atom content), not a summary. */
  full: boolean;
}

export interface Feed {
  kind: 'rss' | 'atom' | 'rdf';
  title?: string;
  entries: FeedEntry[];
}

/** True when the text looks like an RSS/Atom/RDF document. */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2000).replace(/^\uFEFF/, '').trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)[\s>]/i.test(head);
}

function textOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return textOf(o['#text'] ?? o['__cdata'] ?? o['name']);
  }
  return undefined;
}

function arr<T>(v: T | T[] | undefined): T[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function atomLink(v: unknown): string | undefined {
  const links = arr(v as Record<string, unknown> | Record<string, unknown>[]);
  const alt = links.find((l) => typeof l === 'object' && (!l['@_rel'] || l['@_rel'] === 'alternate')) ?? links[0];
  if (typeof alt === 'string') return alt;
  return typeof alt?.['@_href'] === 'string' ? (alt['@_href'] as string) : undefined;
}

export function parseFeed(xml: string, input: string): Feed {
  let doc: Record<string, unknown>;
  try {
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: true, htmlEntities: true, cdataPropName: '__cdata', trimValues: true });
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    throw new RasidError('E_INPUT_FORMAT', `malformed feed XML: ${(e as Error).message.split('\n')[0]}`, { input, hint: 'check that the URL or file is an RSS or Atom feed' });
  }
  const rss = doc['rss'] as Record<string, unknown> | undefined;
  if (rss) {
    const ch = (Array.isArray(rss['channel']) ? rss['channel'][0] : rss['channel']) as Record<string, unknown> | undefined;
    const entries = arr(ch?.['item'] as Record<string, unknown>[]).map((it): FeedEntry => {
      const full = textOf(it['content:encoded']);
      return {
        title: textOf(it['title']),
        link: textOf(it['link']),
        guid: textOf(it['guid']),
        published: isoDay(textOf(it['pubDate']) ?? textOf(it['dc:date'])),
        author: textOf(it['dc:creator']) ?? textOf(it['author']),
        content: full ?? textOf(it['description']),
        full: !!full,
      };
    });
    return { kind: 'rss', title: textOf(ch?.['title']), entries };
  }
  const atom = doc['feed'] as Record<string, unknown> | undefined;
  if (atom) {
    const entries = arr(atom['entry'] as Record<string, unknown>[]).map((e): FeedEntry => {
      const full = textOf(e['content']);
      return {
        title: textOf(e['title']),
        link: atomLink(e['link']),
        guid: textOf(e['id']),
        published: isoDay(textOf(e['published']) ?? textOf(e['updated'])),
        author: textOf((e['author'] as Record<string, unknown> | undefined)?.['name'] ?? e['author']),
        content: full ?? textOf(e['summary']),
        full: !!full,
      };
    });
    return { kind: 'atom', title: textOf(atom['title']), entries };
  }
  const rdf = doc['rdf:RDF'] as Record<string, unknown> | undefined;
  if (rdf) {
    const entries = arr(rdf['item'] as Record<string, unknown>[]).map((it): FeedEntry => {
      const full = textOf(it['content:encoded']);
      return {
        title: textOf(it['title']),
        link: textOf(it['link']),
        guid: textOf(it['@_rdf:about']),
        published: isoDay(textOf(it['dc:date'])),
        author: textOf(it['dc:creator']),
        content: full ?? textOf(it['description']),
        full: !!full,
      };
    });
    return { kind: 'rdf', title: textOf((rdf['channel'] as Record<string, unknown> | undefined)?.['title']), entries };
  }
  throw new RasidError('E_INPUT_FORMAT', 'the XML is not an RSS or Atom feed', { input, hint: 'give an RSS 2.0, RSS 1.0 or Atom feed' });
}
