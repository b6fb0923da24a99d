/**
 * The `rasid` command. Each subcommand lives in src/cli/commands/ and registers itself here.
 * Results go to stdout, diagnostics to stderr; exit codes are in src/cli/io.ts (docs/cli.md).
 */
import { Command, CommanderError } from 'commander';
import { RasidError } from '../errors.ts';
import { registerAnalyze } from './commands/analyze.ts';
import { registerActors } from './commands/actors.ts';
import { registerCorpus } from './commands/corpus.ts';
import { registerNer } from './commands/ner.ts';
import { registerNetwork } from './commands/network.ts';
import { EXIT, reportError } from './io.ts';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('rasid')
    .description('Rasid (راصد): Arabic news intelligence — entities, quotations, events and actor networks')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) });
  registerAnalyze(program);
  registerActors(program);
  registerCorpus(program);
  registerNer(program);
  registerNetwork(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
      return;
    }
    reportError(e);
    process.exitCode = e instanceof RasidError ? (e.code === 'E_USAGE' ? EXIT.USAGE : EXIT.FAILED) : EXIT.INTERNAL;
  }
}

// A closed pipe (rasid ... | head) ends output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

await main(process.argv);
