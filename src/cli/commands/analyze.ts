import type { Command } from 'commander';
import { Option } from 'commander';
import { Analyzer } from '../../analyzer.ts';
import type { InputFormat } from '../../io/input.ts';
import { analyzeFiles, exitCodeOf, type Tally } from '../analyze-files.ts';
import { renderReport } from '../../report/text.ts';
import { diag, out } from '../io.ts';
import { parseDateOption } from '../options.ts';

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyze Arabic news articles: text layer, entities, quotations, events')
    .argument('[files...]', 'text, HTML or JSONL files; "-" or nothing for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'jsonl']).default('text'))
    .addOption(new Option('--input-format <format>', 'input format').choices(['auto', 'text', 'html', 'jsonl']).default('auto'))
    .option('-d, --date <YYYY-MM-DD>', 'publication date, to resolve relative dates (overrides the input\'s own)')
    .action(async (files: string[], opts: { format: 'text' | 'json' | 'jsonl'; inputFormat: InputFormat; date?: string }) => {
      const published = opts.date ? parseDateOption(opts.date, '--date') : undefined;
      const inputs = files.length ? files : ['-'];
      const analyzer = await Analyzer.create();
      const tally: Tally = { ok: 0, failed: 0 };
      const json: unknown[] = [];
      for (const doc of analyzeFiles(analyzer, inputs, { format: opts.inputFormat, published }, tally)) {
        for (const w of doc.meta.warnings ?? []) diag(`warning ${w.code}: ${doc.meta.input ?? ''}: ${w.message}`);
        if (opts.format === 'text') await out(renderReport(doc));
        else if (opts.format === 'jsonl') await out(JSON.stringify(doc) + '\n');
        else json.push(doc.toJSON());
      }
      if (opts.format === 'json' && tally.ok > 0) await out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + '\n');
      process.exitCode = exitCodeOf(tally);
    });
}
