import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { Analyzer } from '../src/analyzer.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';

const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'docs/schema/analysis.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const analyzer = await Analyzer.create({ noLanguageModel: true });

test('the analysis of every bundled example validates against the JSON Schema', () => {
  const dir = path.join(PROJECT_ROOT, 'examples/articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 2);
  for (const f of files) {
    const json: { schemaVersion: number } = JSON.parse(JSON.stringify(analyzer.analyze(readFileSync(path.join(dir, f), 'utf8'), { input: f, published: '2023-01-01' })));
    const ok = validate(json);
    assert.ok(ok, `${f}: ${JSON.stringify(validate.errors?.slice(0, 5))}`);
    assert.equal(json.schemaVersion, 1);
  }
});

test('every span of every layer points into the text and carries its text', () => {
  const dir = path.join(PROJECT_ROOT, 'examples/articles');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const doc = analyzer.analyze(text, { published: '2023-01-01' });
    const layers: [string, { start: number; end: number; text?: string }[]][] = [
      ['paragraphs', doc.paragraphs], ['sentences', doc.sentences], ['tokens', doc.tokens], ['dates', doc.dates], ['numbers', doc.numbers],
      ['entities', doc.entities], ['quotes', doc.quotes], ['actorMentions', doc.actorMentions], ['titles', doc.titles],
    ];
    for (const [name, spans] of layers) {
      for (const s of spans) {
        assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${f} ${name} span out of range`);
        if (s.text !== undefined && name !== 'quotes') assert.equal(s.text, text.slice(s.start, s.end), `${f} ${name}`);
      }
    }
    for (const e of doc.events) assert.equal(e.evidence.text, text.slice(e.evidence.start, e.evidence.end), `${f} event evidence`);
  }
});
