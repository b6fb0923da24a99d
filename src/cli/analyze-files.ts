/**
 * Analyzing the articles of the files a command is given: read each file (text, HTML, JSONL),
 * analyze every article, report a bad file or record on stderr and go on. Shared by `analyze`
 * and `network`.
 */
import type { Analyzer } from '../analyzer.ts';
import type { RasidDocument } from '../doc/document.ts';
import { RasidError } from '../errors.ts';
import { readArticles, type InputFormat } from '../io/input.ts';
import { EXIT, reportError } from './io.ts';

export interface Tally {
  ok: number;
  failed: number;
}

export function* analyzeFiles(analyzer: Analyzer, files: string[], opts: { format?: InputFormat; published?: string }, tally: Tally): Generator<RasidDocument> {
  for (const file of files) {
    try {
      for (const item of readArticles(file, opts)) {
        if (!item.ok) {
          tally.failed++;
          reportError(item.error);
          continue;
        }
        const doc = analyzer.analyze(item.article.text, item.article.meta);
        tally.ok++;
        yield doc;
      }
    } catch (e) {
      if (!(e instanceof RasidError)) throw e;
      tally.failed++;
      reportError(e);
    }
  }
}

/** Exit code for a run: 0 all went well, 1 some inputs failed, 3 nothing could be processed. */
export function exitCodeOf(t: Tally): number {
  return t.failed === 0 ? EXIT.OK : t.ok > 0 ? EXIT.PARTIAL : EXIT.FAILED;
}
