/** The actor network: pure aggregation of events, GEXF export, and the `rasid network` command. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { Actor, EventArgument, PoliticalEvent } from '../src/doc/types.ts';
import { aggregateNetwork } from '../src/network/aggregate.ts';
import { toGexf } from '../src/network/gexf.ts';
import { renderNetworkTable } from '../src/cli/commands/network.ts';
import { PROJECT_ROOT } from '../src/util/paths.ts';

const actor = (code: string): Actor => ({ id: code, code, country: code.slice(0, 3), sector: code.slice(3) || null, name: { ar: code, en: code } });
const arg = (...codes: string[]): EventArgument =>
  codes.length === 1 ? { start: 0, end: 1, text: codes[0]!, actor: actor(codes[0]!) } : { start: 0, end: 1, text: codes.join('+'), members: codes.map((c) => ({ start: 0, end: 1, text: c, actor: actor(c) })), codes };
const ev = (type: string, quad: PoliticalEvent['quad'], src: EventArgument | null, tgt: EventArgument | null, mode: PoliticalEvent['mode'] = 'asserted', intensity = -10): PoliticalEvent => ({
  id: 'e', type, quad, mode, source: src, target: tgt, intensity, goldstein: intensity, evidence: { start: 0, end: 1, text: 'x' },
});

test('aggregation: counts by type and quad, summed intensity, first and last date', () => {
  const net = aggregateNetwork([
    { event: ev('ASSAULT', 'material-conflict', arg('ISRMIL'), arg('PSE')), date: '2015-07-02' },
    { event: ev('ASSAULT', 'material-conflict', arg('ISRMIL'), arg('PSE')), date: '2015-07-20' },
    { event: ev('CONSULT', 'verbal-cooperation', arg('ISRGOV'), arg('PSE'), 'asserted', 1), date: '2015-07-10' },
    { event: ev('ASSAULT', 'material-conflict', arg('ISRMIL'), arg('PSE'), 'denied'), date: '2015-08-01' },
    { event: ev('ASSAULT', 'material-conflict', arg('ISRMIL'), null), date: '2015-08-01' },
  ]);
  const e = net.edges[0]!;
  assert.deepEqual([e.source, e.target, e.count], ['ISRMIL', 'PSE', 2]);
  assert.deepEqual(e.byType, { ASSAULT: 2 });
  assert.equal(e.byQuad['material-conflict'], 2);
  assert.equal(e.intensity, -20);
  assert.deepEqual([e.first, e.last], ['2015-07-02', '2015-07-20']);
  assert.equal(net.events, 3);
  assert.equal(net.skipped, 2, 'the denied event and the one without target are left out');
  const byCountry = aggregateNetwork([{ event: ev('ASSAULT', 'material-conflict', arg('ISRMIL'), arg('PSE')) }, { event: ev('CONSULT', 'verbal-cooperation', arg('ISRGOV'), arg('PSE'), 'asserted', 1) }], { level: 'country' });
  assert.equal(byCountry.edges.length, 1);
  assert.deepEqual(byCountry.edges[0]!.byType, { ASSAULT: 1, CONSULT: 1 });
});

test('aggregation: coordinated members count once each', () => {
  const net = aggregateNetwork([{ event: ev('ASSAULT', 'material-conflict', arg('SAU', 'ARE', 'JOR'), arg('YEM')) }]);
  assert.equal(net.edges.length, 3);
  assert.equal(net.nodes.find((n) => n.id === 'YEM')!.events, 1);
});

test('GEXF: well-formed nodes and weighted edges', () => {
  const net = aggregateNetwork([{ event: ev('ASSAULT', 'material-conflict', arg('ISRMIL'), arg('PSE')) }]);
  const x = toGexf(net);
  assert.match(x, /^<\?xml/);
  assert.match(x, /<node id="ISRMIL" label="ISRMIL">/);
  assert.match(x, /<edge id="0" source="ISRMIL" target="PSE" weight="1">/);
  assert.equal((x.match(/<edge /g) ?? []).length, 1);
});

test('rasid network: analyzes the files and writes the network (one run; the table is a pure function)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rasid-net-'));
  const f = path.join(dir, 'a.jsonl');
  writeFileSync(f, [JSON.stringify({ text: 'شنت طائرات حربية إسرائيلية غارات على قطاع غزة.', date: '2015-07-20' }), JSON.stringify({ text: 'قصفت طائرات إسرائيلية مواقع في قطاع غزة.', date: '2015-07-22' })].join('\n'));
  const out = path.join(dir, 'n.json');
  execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'network', f, '--format', 'json', '--out', out], { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const json = JSON.parse(readFileSync(out, 'utf8'));
  assert.ok(Array.isArray(json.edges) && Array.isArray(json.nodes));
  assert.equal(typeof json.events, 'number');
  const net = aggregateNetwork([{ event: ev('ASSAULT', 'material-conflict', arg('ISRMIL'), arg('PSE')), date: '2015-07-20' }]);
  const table = renderNetworkTable(net, 10);
  assert.match(table, /1 events, 2 actors, 1 relations/);
  assert.match(table, /ISRMIL .*\tPSE .*\t1\t-10\.0/);
});
