import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { dataPath } from '../src/util/paths.ts';
import { ActorKB } from '../src/actors/kb.ts';
import { looseKey } from '../src/actors/keys.ts';
import { normalize } from '../src/text/normalize.ts';
import type { KbEntry } from '../src/actors/types.ts';

const lines = readFileSync(dataPath('actors', 'actors.jsonl'), 'utf8').split('\n').filter(Boolean);
const header = JSON.parse(lines[0]!) as { format: string; version: number; entries: number };
const entries = lines.slice(1).map((l) => JSON.parse(l) as KbEntry);
const schema = JSON.parse(readFileSync(dataPath('actors', 'actor.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema) as ((x: unknown) => boolean) & { errors?: unknown[] | null };

test('the header names the format and the entry count', () => {
  assert.equal(header.format, 'rasid-actors');
  assert.equal(header.version, 1);
  assert.equal(header.entries, entries.length);
});

test('every entry validates against data/actors/actor.schema.json', () => {
  const bad: string[] = [];
  for (const e of entries) if (!validate(e)) bad.push(`${e.id}: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
  assert.deepEqual(bad.slice(0, 5), []);
});

test('ids are unique', () => {
  const seen = new Set<string>();
  for (const e of entries) {
    assert.ok(!seen.has(e.id), `duplicate id ${e.id}`);
    seen.add(e.id);
  }
});

test('coverage: UN members and observers, territories, 60+ IGOs, 1,450+ people (880+ hand-curated), groups, media, titles', () => {
  const count = (k: string) => entries.filter((e) => e.kind === k).length;
  assert.equal(entries.filter((e) => e.status === 'member').length, 193);
  assert.equal(entries.filter((e) => e.status === 'observer').length, 2);
  for (const iso of ['PSE', 'XKX', 'TWN', 'ESH', 'KRD']) assert.ok(entries.some((e) => e.id === `country:${iso}`), iso);
  assert.ok(count('igo') >= 60);
  // imported people that were phrases, companies or places were dropped (common-words.txt), so the floor is 1,450
  assert.ok(count('person') >= 1450, `people: ${count('person')}`);
  const curated = entries.filter((e) => e.kind === 'person' && !e.source.startsWith('universal')).length;
  assert.ok(curated >= 880, `hand-curated people: ${curated}`);
  assert.ok(count('armed_group') >= 30 && count('party') >= 30 && count('media') >= 50);
  assert.ok(entries.filter((e) => e.kind === 'agent' && e.title).length >= 50);
});

test('every country has Arabic and English names, nisbas in all forms and a capital', () => {
  for (const e of entries.filter((x) => x.kind === 'country' || x.kind === 'territory')) {
    assert.ok(e.name.ar && e.name.en, e.id);
    assert.ok(e.nisba && e.nisba.length >= 6, `${e.id}: nisbas`);
    assert.ok(e.capital && e.capital.ar.length && e.capital.en, `${e.id}: capital`);
  }
  const usa = entries.find((e) => e.id === 'country:USA')!;
  for (const f of ['الأمريكي', 'الأمريكية', 'الأمريكيون', 'الأمريكيين', 'الأميركية', 'أمريكي']) assert.ok(usa.nisba!.includes(f), f);
});

test('role date ranges are valid dates in order, and offices are set', () => {
  const date = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  for (const e of entries) for (const r of e.roles ?? []) {
    if (r.from) assert.match(r.from, date, e.id);
    if (r.to) assert.match(r.to, date, e.id);
    if (r.from && r.to) assert.ok(r.from.slice(0, r.to.length) <= r.to, `${e.id}: ${r.from} > ${r.to}`);
    assert.ok(r.office, e.id);
  }
});

test('no conflicting codes: a country code is its ISO code, an entry code starts with its country, a shared form is marked ambiguous', () => {
  for (const e of entries) {
    if (e.kind === 'country') assert.equal(e.code, e.id.slice(8), e.id);
    if (e.country && e.kind !== 'person' && e.kind !== 'territory') assert.ok(e.code.startsWith(e.country), `${e.id}: ${e.code} vs ${e.country}`);
  }
  // a form naming entries of different countries must be ambiguous on every hand-curated owner
  const owners = new Map<string, KbEntry[]>();
  const key = (f: string) => f.split(' ').map((w) => looseKey(normalize(w))).join(' ');
  for (const e of entries) {
    if (e.source.startsWith('universal')) continue;
    for (const f of [...e.names, ...(e.nisba ?? []), ...(e.capital?.ar ?? [])]) {
      const k = key(f);
      const l = owners.get(k) ?? [];
      if (!l.includes(e)) l.push(e);
      owners.set(k, l);
    }
  }
  const bad: string[] = [];
  for (const [k, es] of owners) {
    if (new Set(es.map((e) => e.country ?? e.id)).size < 2 || new Set(es.map((e) => e.kind)).size === 1 && es.every((e) => e.kind === 'agent')) continue;
    // (a person's bare name and another entry's name with the article are two words in text: "كاميرون" / "الكاميرون")
    const formsAt = (e: KbEntry) => [...e.names, ...(e.nisba ?? []), ...(e.capital?.ar ?? []), ...(e.ambiguous ?? [])].filter((f) => key(f) === k).map((f) => normalize(f));
    const person = es.find((e) => e.kind === 'person');
    const other = es.find((e) => e.kind !== 'person');
    if (es.length === 2 && person && other && formsAt(person).every((f) => !f.startsWith('ال')) && formsAt(other).every((f) => f.startsWith('ال'))) continue;
    for (const e of es) if (!(e.ambiguous ?? []).some((a) => key(a) === k)) bad.push(`${k}: ${e.id}`);
  }
  assert.deepEqual(bad.slice(0, 10), []);
});

test('the knowledge base loads and validates in under a second', () => {
  const kb = ActorKB.load();
  assert.ok(kb.entries.length === entries.length);
  // generous bound for a loaded CI machine; `npm run bench -- actors` reports the real figure
  assert.ok(kb.loadMs < 3000, `${kb.loadMs} ms`);
});

test('no person or place has a lone proclitic letter split off by the imported dictionary ("ب اسم نعيم", "و كندا")', () => {
  const bad = entries.filter((e) => e.kind === 'person' || e.kind === 'place').flatMap((e) => [...e.names, ...(e.short ?? [])].filter((n) => /(^| )[وبلكف]( |$)/.test(n)).map((n) => `${e.id}: ${n}`));
  assert.deepEqual(bad, []);
});
