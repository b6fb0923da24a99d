/**
 * `rasid actors lookup NAME [--date YYYY-MM-DD] [--format json]`: the actors a name denotes, as
 * document-model Actor objects resolved on the date; `rasid actors stats`: counts by kind.
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import { ActorKB } from '../../actors/kb.ts';
import { ActorResolver, resolvePhrase } from '../../actors/resolve.ts';
import { loadTextResources } from '../../text/resources.ts';
import { EXIT, out } from '../io.ts';
import { parseDateOption } from '../options.ts';

export function registerActors(program: Command): void {
  const cmd = program.command('actors').description('the actor knowledge base: look up names, print counts');
  cmd
    .command('lookup')
    .description('print the actors a name denotes (resolved on --date for office-holders)')
    .argument('<name...>', 'an Arabic name, nisba, capital, title or organization')
    .option('-d, --date <YYYY-MM-DD>', 'date on which roles are resolved (default: current roles)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (name: string[], opts: { date?: string; format: 'text' | 'json' }) => {
      const date = opts.date ? parseDateOption(opts.date, '--date') : undefined;
      const kb = ActorKB.load({ wordFreq: loadTextResources().wordFreq });
      const actors = resolvePhrase(new ActorResolver(kb), name.join(' '), date);
      if (opts.format === 'json') await out(JSON.stringify(actors, null, 2) + '\n');
      else if (!actors.length) await out(`no actor for "${name.join(' ')}"\n`);
      else
        for (const a of actors) {
          const role = a.role ? `  ${a.role.office} ${a.role.from ?? '?'}–${a.role.to ?? ''}` : '';
          await out(`${a.code.padEnd(12)} ${a.id}  ${a.name.ar}${a.name.en ? ` (${a.name.en})` : ''}  [${a.kind}]${role}\n`);
        }
      if (!actors.length) process.exitCode = EXIT.PARTIAL;
    });
  cmd
    .command('stats')
    .description('print the knowledge base counts by kind')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { format: 'text' | 'json' }) => {
      const s = ActorKB.load().stats();
      if (opts.format === 'json') return void (await out(JSON.stringify(s, null, 2) + '\n'));
      await out(`entries ${s.total}  (roles ${s.roles}, Arabic forms ${s.forms}, loaded in ${s.loadMs} ms)\n`);
      for (const [k, n] of Object.entries(s.byKind).sort((a, b) => b[1] - a[1])) await out(`  ${k.padEnd(12)} ${n}\n`);
    });
}
