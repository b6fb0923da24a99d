/** GEXF 1.3 export of an actor network, for Gephi and other graph tools. */
import type { Network } from './aggregate.ts';
import { QUADS } from './aggregate.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toGexf(net: Network, meta: { description?: string } = {}): string {
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push('<gexf xmlns="http://gexf.net/1.3" version="1.3">');
  out.push(`  <meta><creator>Rasid</creator><description>${esc(meta.description ?? 'Actor network from PLOVER events')}</description></meta>`);
  out.push('  <graph defaultedgetype="directed" mode="static">');
  out.push('    <attributes class="node">');
  out.push('      <attribute id="country" title="country" type="string"/>');
  out.push('      <attribute id="sector" title="sector" type="string"/>');
  out.push('      <attribute id="events" title="events" type="integer"/>');
  out.push('    </attributes>');
  out.push('    <attributes class="edge">');
  out.push('      <attribute id="types" title="types" type="string"/>');
  QUADS.forEach((q) => out.push(`      <attribute id="${q}" title="${q}" type="integer"/>`));
  out.push('      <attribute id="intensity" title="intensity" type="double"/>');
  out.push('      <attribute id="goldstein" title="goldstein" type="double"/>');
  out.push('      <attribute id="first" title="first" type="string"/>');
  out.push('      <attribute id="last" title="last" type="string"/>');
  out.push('    </attributes>');
  out.push('    <nodes>');
  for (const n of net.nodes) {
    out.push(`      <node id="${esc(n.id)}" label="${esc(n.name)}"><attvalues><attvalue for="country" value="${esc(n.country ?? '')}"/><attvalue for="sector" value="${esc(n.sector ?? '')}"/><attvalue for="events" value="${n.events}"/></attvalues></node>`);
  }
  out.push('    </nodes>');
  out.push('    <edges>');
  net.edges.forEach((e, i) => {
    const types = Object.entries(e.byType).map(([t, c]) => `${t}:${c}`).join(' ');
    const quads = QUADS.map((q) => `<attvalue for="${q}" value="${e.byQuad[q]}"/>`).join('');
    out.push(
      `      <edge id="${i}" source="${esc(e.source)}" target="${esc(e.target)}" weight="${e.count}"><attvalues><attvalue for="types" value="${esc(types)}"/>${quads}<attvalue for="intensity" value="${e.intensity}"/><attvalue for="goldstein" value="${e.goldstein}"/><attvalue for="first" value="${esc(e.first ?? '')}"/><attvalue for="last" value="${esc(e.last ?? '')}"/></attvalues></edge>`,
    );
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return out.join('\n') + '\n';
}
