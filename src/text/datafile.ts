/**
 * The line format shared by the text layer's data files (data/text/*.txt): one entry per line,
 * `#` starts a comment, blank lines are skipped, and `[name]` opens a section. One reader for
 * all of them, so every file reports a malformed line the same way.
 */
import { RasidError } from '../errors.ts';

export interface DataLine {
  /** The current section ('' before the first header). */
  section: string;
  /** The line without its comment, trimmed. */
  line: string;
  /** 1-based line number in the file. */
  lineNo: number;
  /** An E_RESOURCE_INVALID error for this line, to throw. */
  bad(why: string): RasidError;
}

export function* dataLines(src: string, input: string): Generator<DataLine> {
  let section = '';
  const lines = src.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/#.*/, '').trim();
    if (!line) continue;
    const m = /^\[(\w+)\]$/.exec(line);
    if (m) {
      section = m[1]!;
      continue;
    }
    const lineNo = i + 1;
    yield { section, line, lineNo, bad: (why) => new RasidError('E_RESOURCE_INVALID', `line ${lineNo}: ${why}`, { input, hint: 'see the format in the file header' }) };
  }
}
