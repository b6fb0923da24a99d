/**
 * The whole text layer as one object, for tools, tests and the benchmark: tokenize, clitics,
 * paragraphs, sentences, dates, numbers over one document — the same work the text stages do in
 * the pipeline.
 */
import { RasidDocument } from '../doc/document.ts';
import type { DocMeta } from '../doc/types.ts';
import { CliticAnalyzer, type CliticOptions } from './clitics.ts';
import { DateFinder } from './dates.ts';
import { defaultCharMap, type CompiledCharMap } from './normalize.ts';
import { findNumbers } from './numbers.ts';
import { ParagraphSplitter, titleFromParagraphs } from './paragraphs.ts';
import type { TextResources } from './resources.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokenize.ts';

export class TextLayer {
  readonly clitics: CliticAnalyzer;
  readonly paragraphs: ParagraphSplitter;
  readonly dates: DateFinder;
  private readonly map: CompiledCharMap;

  constructor(
    private readonly res: TextResources,
    opts: CliticOptions = {},
  ) {
    this.map = opts.charMap ?? defaultCharMap();
    this.clitics = new CliticAnalyzer(res.clitics, { ...opts, charMap: this.map });
    this.paragraphs = new ParagraphSplitter(res.sources, this.map);
    this.dates = new DateFinder(res.calendar, res.numbers);
  }

  analyze(text: string, meta: DocMeta = {}): RasidDocument {
    const doc = new RasidDocument(text, meta);
    doc.tokens = tokenize(text, this.map);
    this.clitics.analyzeTokens(doc.tokens);
    doc.paragraphs = this.paragraphs.split(text);
    if (!doc.meta.title) {
      const t = titleFromParagraphs(doc.paragraphs);
      if (t) doc.meta.title = t;
    }
    doc.sentences = splitSentences(text, doc.tokens, doc.paragraphs, this.res.letters);
    doc.dates = this.dates.find(text, doc.tokens, doc.meta.published);
    doc.numbers = findNumbers(text, doc.tokens, this.res.numbers, doc.dates);
    for (const l of ['tokens', 'words', 'paragraphs', 'sentences', 'dates', 'numbers'] as const) doc.provided.set(l, 'text-layer');
    return doc;
  }
}
