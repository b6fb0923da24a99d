/**
 * The readable report of one analysis, for a terminal. Labels are Latin and left-aligned; Arabic
 * runs are wrapped in bidi isolates so lines render correctly in both directions.
 */
import type { RasidDocument } from '../doc/document.ts';
import type { Actor, Quote } from '../doc/types.ts';
import { clip, iso } from './bidi.ts';

function actorLabel(a: Actor | undefined): string {
  if (!a) return '';
  const en = a.name.en ? ` ${a.name.en}` : '';
  return ` [${a.code}${en}]`;
}

export function renderReport(doc: RasidDocument): string {
  const L: string[] = [];
  const m = doc.meta;
  const rule = '─'.repeat(72);
  L.push(rule);
  L.push(`Rasid analysis${m.input ? ` of ${m.input}` : ''}`);
  if (m.title) L.push(`title     ${iso(m.title)}`);
  const facts = [
    m.published ? `published ${m.published}` : undefined,
    m.source ? `source ${iso(m.source)}` : undefined,
    m.language ? `language ${m.language}` : undefined,
    m.encoding && m.encoding !== 'utf-8' ? `encoding ${m.encoding}` : undefined,
  ].filter(Boolean);
  if (facts.length) L.push(facts.join(' · '));
  const words = doc.tokens.filter((t) => t.kind === 'word' || t.kind === 'latin').length;
  L.push(`${doc.paragraphs.length} paragraphs · ${doc.sentences.length} sentences · ${doc.tokens.length} tokens (${words} words)`);
  for (const w of m.warnings ?? []) L.push(`warning   ${w.code}: ${w.message}`);
  L.push(rule);

  const headings = doc.paragraphs.filter((p) => p.kind !== 'body');
  if (headings.length) {
    L.push('', 'STRUCTURE');
    for (const p of headings) L.push(`  ${p.kind.padEnd(12)}${iso(clip(p.text, 70))}`);
  }

  if (doc.entities.length) {
    L.push('', 'ENTITIES');
    const byType = new Map<string, Map<string, { n: number; actor?: Actor; title?: string }>>();
    for (const e of doc.entities) {
      const t = byType.get(e.type) ?? new Map();
      byType.set(e.type, t);
      const x = t.get(e.text) ?? { n: 0, actor: e.actor, title: e.title?.text };
      x.n++;
      x.actor ??= e.actor;
      x.title ??= e.title?.text;
      t.set(e.text, x);
    }
    for (const type of ['PER', 'ORG', 'GPE', 'LOC', 'MISC']) {
      const t = byType.get(type);
      if (!t) continue;
      L.push(`  ${type}`);
      for (const [text, x] of t) {
        L.push(`    ${iso(text)}${x.n > 1 ? ` ×${x.n}` : ''}${x.title ? ` — ${iso(x.title)}` : ''}${actorLabel(x.actor)}`);
      }
    }
  }

  if (doc.quotes.length) {
    L.push('', 'QUOTATIONS BY SPEAKER');
    const bySpeaker = new Map<string, Quote[]>();
    for (const q of doc.quotes) {
      // a person actor's canonical name; else the speaker's own name (a researcher speaks for an
      // institute, but is listed under their name); else the body spoken for; else the phrase
      const sp = q.speaker;
      const key = sp ? (sp.actor?.kind === 'person' ? sp.actor.name.ar : sp.name ?? sp.actor?.name.ar ?? sp.text) : '(unattributed)';
      (bySpeaker.get(key) ?? bySpeaker.set(key, []).get(key)!).push(q);
    }
    for (const [speaker, qs] of bySpeaker) {
      const first = qs[0]!.speaker;
      const title = first?.title ? ` — ${iso(first.title)}` : '';
      L.push(`  ${iso(speaker)}${title}${actorLabel(first?.actor)}`);
      for (const q of qs) {
        const cue = q.cue ? ` (${iso(q.cue.text)})` : '';
        const stance = q.stance && q.stance !== 'assert' ? ` {${q.stance}}` : '';
        L.push(`    ${q.kind === 'direct' ? '“direct”' : 'indirect'}${cue}${stance}: ${iso(clip(q.text, 110))}`);
      }
    }
  }

  const events = (title: string, list: typeof doc.events) => {
    if (!list.length) return;
    L.push('', title);
    for (const e of list) {
      const side = (a: typeof e.source) => (a ? `${iso(a.text)}${a.actor ? ` [${a.actor.code}]` : ''}` : '—');
      const extra = [e.cameo ? `CAMEO ${e.cameo}` : '', e.location ? `at ${iso(e.location.text)}` : '', e.date ? `on ${e.date.value}` : '']
        .filter(Boolean)
        .join(', ');
      L.push(`  ${e.type.padEnd(10)} ${e.mode.padEnd(12)} ${side(e.source)} → ${side(e.target)}${extra ? ` (${extra})` : ''}`);
      L.push(`             ${iso(clip(e.evidence.text, 100))}`);
      for (const c of e.claims ?? []) L.push(`             ${c.stance} by ${c.by ? iso(c.by.text) : 'the article'}`);
    }
  };
  events('EVENTS', doc.events);
  events('EVENTS WITH A SIDE NOT IDENTIFIED', doc.partialEvents);

  if (doc.dates.length) {
    L.push('', 'DATES');
    for (const d of doc.dates) L.push(`  ${d.value.padEnd(11)} ${iso(d.text)}${d.kind === 'relative' ? ' (relative)' : ''}`);
  }
  L.push('');
  return L.join('\n');
}
