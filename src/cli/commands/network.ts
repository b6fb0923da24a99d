import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import { Analyzer } from '../../analyzer.ts';
import type { EventMode } from '../../doc/types.ts';
import { RasidError } from '../../errors.ts';
import type { InputFormat } from '../../io/input.ts';
import { analyzeFiles, exitCodeOf, type Tally } from '../analyze-files.ts';
import { aggregateNetwork, QUADS, type Network, type NetworkEvent } from '../../network/aggregate.ts';
import { toGexf } from '../../network/gexf.ts';
import { DEFAULT_DB, openCorpus } from '../../corpus/store.ts';
import { diag, out } from '../io.ts';
import { parseDateOption } from '../options.ts';

const MODES: EventMode[] = ['asserted', 'denied', 'planned', 'hypothetical', 'requested'];

export function renderNetworkTable(net: Network, top: number): string {
  const lines: string[] = [];
  const names = new Map(net.nodes.map((n) => [n.id, n.name]));
  lines.push(`${net.events} events, ${net.nodes.length} actors, ${net.edges.length} relations (${net.skipped} events without both actors or of another mode left out)`);
  lines.push('');
  lines.push(['source', 'target', 'events', 'intensity', 'goldstein', 'first', 'last', 'types'].join('\t'));
  for (const e of net.edges.slice(0, top)) {
    const types = Object.entries(e.byType).sort((a, b) => b[1] - a[1]).map(([t, c]) => `${t}×${c}`).join(' ');
    lines.push([`${e.source} (${names.get(e.source) ?? ''})`, `${e.target} (${names.get(e.target) ?? ''})`, e.count, e.intensity.toFixed(1), e.goldstein.toFixed(1), e.first ?? '-', e.last ?? '-', types].join('\t'));
  }
  if (net.edges.length) {
    lines.push('');
    lines.push('by quad class: ' + QUADS.map((q) => `${q} ${net.edges.reduce((n, e) => n + e.byQuad[q], 0)}`).join(', '));
  }
  return lines.join('\n') + '\n';
}

export function registerNetwork(program: Command): void {
  program
    .command('network')
    .description('the actor network of events (strongest relations first) from articles, or from the corpus (--db, or no files); export JSON or GEXF')
    .argument('[files...]', 'text, HTML or JSONL files ("-" for standard input); none: read the corpus store')
    .option('--db <path|url>', 'read the events of the corpus store (SQLite file or postgres:// URL; default ./rasid.db when no files are given)')
    .option('--from <YYYY-MM-DD>', 'corpus: events on or after')
    .option('--to <YYYY-MM-DD>', 'corpus: events on or before')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'gexf']).default('table'))
    .addOption(new Option('--input-format <format>', 'input format').choices(['auto', 'text', 'html', 'jsonl']).default('auto'))
    .addOption(new Option('--level <level>', 'node identity: actor code (USAGOV) or country (USA)').choices(['code', 'country']).default('code'))
    .option('-o, --out <file>', 'write the result to a file instead of standard output')
    .option('-d, --date <YYYY-MM-DD>', 'publication date of the inputs (to resolve relative dates)')
    .option('--modes <list>', `event modes to count, comma-separated (${MODES.join(', ')})`, 'asserted')
    .option('--top <n>', 'relations to print in the table', '30')
    .action(async (files: string[], opts: { format: 'table' | 'json' | 'gexf'; inputFormat: InputFormat; level: 'code' | 'country'; out?: string; date?: string; modes: string; top: string; db?: string; from?: string; to?: string }) => {
      const published = opts.date ? parseDateOption(opts.date, '--date') : undefined;
      const modes = opts.modes.split(',').map((m) => m.trim()).filter(Boolean) as EventMode[];
      for (const m of modes) if (!MODES.includes(m)) throw new RasidError('E_USAGE', `unknown mode "${m}" in --modes`, { hint: `use ${MODES.join(', ')}` });
      const top = Number(opts.top);
      if (!Number.isInteger(top) || top < 1) throw new RasidError('E_USAGE', `--top must be a positive whole number, not "${opts.top}"`, { hint: 'for example --top 20' });
      const events: NetworkEvent[] = [];
      const tally: Tally = { ok: 0, failed: 0 };
      if (opts.db || !files.length) {
        // The corpus: stored events (the analysis JSON of each), dated by the event or its article.
        const from = opts.from ? parseDateOption(opts.from, '--from') : undefined;
        const to = opts.to ? parseDateOption(opts.to, '--to') : undefined;
        const store = await openCorpus(opts.db ?? DEFAULT_DB);
        try {
          for (const r of await store.events({ from, to, limit: Number.MAX_SAFE_INTEGER })) {
            if (r.data) events.push({ event: r.data as NetworkEvent['event'], date: r.day ?? undefined });
          }
        } finally {
          await store.close();
        }
        tally.ok = 1;
      }
      const analyzer = files.length ? await Analyzer.create() : null;
      if (analyzer) {
        for (const doc of analyzeFiles(analyzer, files, { format: opts.inputFormat, published }, tally)) {
          for (const e of doc.events) events.push({ event: e, date: doc.meta.published });
        }
      }
      const net = aggregateNetwork(events, { modes, level: opts.level });
      const text = opts.format === 'json' ? JSON.stringify(net, null, 2) + '\n' : opts.format === 'gexf' ? toGexf(net) : renderNetworkTable(net, top);
      if (opts.out) {
        try {
          writeFileSync(opts.out, text);
        } catch (e) {
          throw new RasidError('E_USAGE', `cannot write ${opts.out}: ${(e as Error).message}`, { input: opts.out, hint: 'check the folder exists and is writable' });
        }
        diag(`network: ${net.nodes.length} actors, ${net.edges.length} relations written to ${opts.out}`);
      } else await out(text);
      process.exitCode = exitCodeOf(tally);
    });
}
