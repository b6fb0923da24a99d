/**
 * Scoring an analysis against a hand annotation (the format of examples/articles/*.gold.json and
 * ../shared/examples/kerry-iran-coalition.gold.json). Lenient on spelling (normalization, attached
 * proclitics), strict on meaning. Used by `npm run eval` and by the example tests.
 */
import type { AnalysisJSON, EventArgument } from '../doc/types.ts';
import { normalize } from '../text/normalize.ts';

export interface GoldAnnotation {
  doc: string;
  published?: string;
  entities?: { text: string; type: string }[];
  acceptable_extra_entities?: string[];
  quotes?: { speaker: string; speaker_alt?: string[]; kind?: string; key: string }[];
  not_quotes?: string[];
  events?: { core?: boolean; type: string; type_alt?: string[]; source: string; target: string; mode?: string; evidence: string }[];
  actor_resolution?: { surface: string; actor: string }[];
  dates?: { surface: string; date: string }[];
}

export interface Scores {
  entities: { gold: number; predicted: number; precision: number; recall: number; f1: number; correct: number; found: number };
  quotes: { gold: number; predicted: number; precision: number; recall: number; notQuotesFound: string[]; correct: number; found: number; textFound: number };
  events: { core: number; coreRecall: number; precision: number; modeAccuracy: number; predicted: number; coreFound: number; correct: number };
  actors: { gold: number; resolved: number };
  dates: { gold: number; resolved: number };
  misses: { entities: string[]; quotes: string[]; events: string[]; actors: string[]; dates: string[] };
}

/** Matching form: normalized, punctuation to spaces, spaces collapsed. */
export function matchForm(s: string): string {
  return normalize(s)
    .replace(/["'`:;,.!?()[\]{}\-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The forms of a predicted string with up to two attached proclitics removed (و ف ب ل ك, لل → ال). */
function variants(s: string): Set<string> {
  const out = new Set([s]);
  let cur = s;
  for (let i = 0; i < 2 && cur.length > 3 && 'وفبلك'.includes(cur[0]!); i++) {
    cur = cur.slice(1);
    out.add(cur);
  }
  for (const v of [...out]) if (v.startsWith('لل') && v.length > 4) out.add('ال' + v.slice(2));
  return out;
}

const coarse = (t: string) => (t === 'GPE' || t === 'LOC' ? 'LOC' : t === 'PERS' ? 'PER' : t);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function sideMatches(side: EventArgument | null | undefined, code: string): boolean {
  if (!code) return true;
  if (code.includes('|')) return code.split('|').some((c) => sideMatches(side, c));
  if (!side) return false;
  const list = side.members?.length ? [side, ...side.members] : [side];
  return list.some((s) => {
    const a = s.actor;
    if (!a) return false;
    if (code === 'ISIS') return /ISI|ISIL|DAESH/i.test(a.code) || /islamic state/i.test(a.name.en ?? '');
    return a.code.toUpperCase().startsWith(code) || (a.country ?? '') === code;
  });
}

export function scoreAnalysis(doc: AnalysisJSON, gold: GoldAnnotation): Scores {
  const misses: Scores['misses'] = { entities: [], quotes: [], events: [], actors: [], dates: [] };

  // entities
  const goldEnts = new Set((gold.entities ?? []).map((e) => `${matchForm(e.text)}|${coarse(e.type)}`));
  const extras = new Set((gold.acceptable_extra_entities ?? []).map(matchForm));
  const pred = new Map<string, { v: Set<string>; type: string }>();
  for (const e of doc.entities) pred.set(`${matchForm(e.text)}|${coarse(e.type)}`, { v: variants(matchForm(e.text)), type: coarse(e.type) });
  // recall over the distinct gold entities (spelling variants such as ديالى / ديالي are one), as precision is over distinct predictions
  let found = 0;
  const seenGold = new Set<string>();
  for (const g of gold.entities ?? []) {
    const f = matchForm(g.text);
    const key = `${f}|${coarse(g.type)}`;
    if (seenGold.has(key)) continue;
    seenGold.add(key);
    const ok = [...pred.values()].some((p) => p.type === coarse(g.type) && p.v.has(f));
    if (ok) found++;
    else misses.entities.push(`${g.text} (${g.type})`);
  }
  let correct = 0;
  for (const p of pred.values()) if ([...p.v].some((v) => goldEnts.has(`${v}|${p.type}`) || extras.has(v))) correct++;
  const eP = ratio(correct, pred.size);
  const eR = ratio(found, goldEnts.size);

  // quotes
  const pq = doc.quotes.map((q) => {
    const names = [q.speaker?.text, q.speaker?.name, q.speaker?.title, q.speaker?.actor?.name.ar, q.speaker?.actor?.name.en].filter((x): x is string => !!x).map(matchForm);
    return { text: matchForm(q.text), names, kind: q.kind };
  });
  let qFound = 0;
  let qTextFound = 0;
  for (const g of gold.quotes ?? []) {
    const key = matchForm(g.key);
    const want = [g.speaker, ...(g.speaker_alt ?? [])].map(matchForm);
    const withText = pq.filter((p) => p.text.includes(key));
    if (withText.length) qTextFound++;
    const hit = withText.some((p) => p.names.some((n) => want.some((w) => n.includes(w) || (n.length >= 3 && w.includes(n)))));
    if (hit) qFound++;
    else misses.quotes.push(`${g.speaker}: «${g.key}»` + (withText.length ? ` [text found; speaker: ${withText.map((p) => p.names[0] ?? 'none').join(' / ')}]` : ''));
  }
  const keys = (gold.quotes ?? []).map((g) => matchForm(g.key));
  const qCorrect = pq.filter((p) => keys.some((k) => p.text.includes(k))).length;
  const notQ = new Set((gold.not_quotes ?? []).map(matchForm));
  const notQuotesFound = pq.filter((p) => notQ.has(p.text)).map((p) => p.text);

  // events
  const reciprocal = new Set(['COOPERATE', 'AGREE', 'CONSULT']);
  const evMatch = (p: AnalysisJSON['events'][number], g: NonNullable<GoldAnnotation['events']>[number]) => {
    if (![g.type, ...(g.type_alt ?? [])].includes(p.type)) return false;
    if (sideMatches(p.source, g.source) && sideMatches(p.target, g.target)) return true;
    return reciprocal.has(g.type) && sideMatches(p.target, g.source) && sideMatches(p.source, g.target);
  };
  let core = 0;
  let coreHit = 0;
  let anyHit = 0;
  let modeOk = 0;
  for (const g of gold.events ?? []) {
    const hits = doc.events.filter((p) => evMatch(p, g));
    if (g.core) core++;
    if (hits.length) {
      anyHit++;
      if (g.core) coreHit++;
      if (hits.some((h) => !g.mode || h.mode === g.mode)) modeOk++;
    } else if (g.core) misses.events.push(`${g.type} ${g.source || '?'} → ${g.target || '?'} (${g.mode}): ${g.evidence}`);
  }
  const evCorrect = doc.events.filter((p) => (gold.events ?? []).some((g) => evMatch(p, g))).length;

  // actor resolution: some mention (entity or actor mention) with that surface resolves to the country/code
  let actorsOk = 0;
  for (const g of gold.actor_resolution ?? []) {
    const f = matchForm(g.surface);
    const spans = [...doc.entities, ...doc.actorMentions].filter((m) => variants(matchForm(m.text)).has(f) && m.actor);
    const ok = spans.some((m) => (g.actor === 'ISIS' ? /ISI|ISIL|DAESH/i.test(m.actor!.code) || /islamic state/i.test(m.actor!.name.en ?? '') : m.actor!.code.startsWith(g.actor) || m.actor!.country === g.actor));
    if (ok) actorsOk++;
    else misses.actors.push(`${g.surface} → ${g.actor}`);
  }

  // dates
  let datesOk = 0;
  for (const g of gold.dates ?? []) {
    const f = matchForm(g.surface);
    const ok = doc.dates.some((d) => (matchForm(d.text).includes(f) || f.includes(matchForm(d.text))) && d.value === g.date);
    if (ok) datesOk++;
    else misses.dates.push(`${g.surface} → ${g.date}`);
  }

  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    entities: { gold: goldEnts.size, predicted: pred.size, precision: r3(eP), recall: r3(eR), f1: r3(eP + eR ? (2 * eP * eR) / (eP + eR) : 0), correct, found },
    quotes: { gold: keys.length, predicted: pq.length, precision: r3(ratio(qCorrect, pq.length)), recall: r3(ratio(qFound, keys.length)), notQuotesFound, correct: qCorrect, found: qFound, textFound: qTextFound },
    events: { core, coreRecall: r3(ratio(coreHit, core)), precision: r3(ratio(evCorrect, doc.events.length)), modeAccuracy: r3(ratio(modeOk, anyHit)), predicted: doc.events.length, coreFound: coreHit, correct: evCorrect },
    actors: { gold: (gold.actor_resolution ?? []).length, resolved: actorsOk },
    dates: { gold: (gold.dates ?? []).length, resolved: datesOk },
    misses,
  };
}
