import type { Command } from 'commander';
import { Option } from 'commander';
import { Analyzer } from '../../analyzer.ts';
import { RasidError } from '../../errors.ts';
import { readArticles, type InputFormat } from '../../io/input.ts';
import { renderReport } from '../../report/text.ts';
import { EXIT, diag, out, reportError } from '../io.ts';
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
      let ok = 0;
      let failed = 0;
      const json: unknown[] = [];
      for (const file of inputs) {
        try {
          for (const item of readArticles(file, { format: opts.inputFormat, published })) {
            if (!item.ok) {
              failed++;
              reportError(item.error);
              continue;
            }
            const doc = analyzer.analyze(item.article.text, item.article.meta);
            ok++;
            for (const w of doc.meta.warnings ?? []) diag(`warning ${w.code}: ${doc.meta.input ?? ''}: ${w.message}`);
            if (opts.format === 'text') await out(renderReport(doc));
            else if (opts.format === 'jsonl') await out(JSON.stringify(doc) + '\n');
            else json.push(doc.toJSON());
          }
        } catch (e) {
          if (!(e instanceof RasidError)) throw e;
          failed++;
          reportError(e);
        }
      }
      if (opts.format === 'json' && ok > 0) await out(JSON.stringify(json.length === 1 ? json[0] : json, null, 2) + '\n');
      process.exitCode = failed === 0 ? EXIT.OK : ok > 0 ? EXIT.PARTIAL : EXIT.FAILED;
    });
}
