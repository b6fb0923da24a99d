/**
 * The text-layer stages, run right after the tokenizer: clitics (words), paragraphs, sentences,
 * dates, numbers. Each holds its loaded data; none keeps per-document state.
 */
import type { RasidDocument } from '../../doc/document.ts';
import { CliticAnalyzer } from '../../text/clitics.ts';
import { DateFinder, type Calendar } from '../../text/dates.ts';
import { findNumbers, type NumberWords } from '../../text/numbers.ts';
import { ParagraphSplitter, titleFromParagraphs } from '../../text/paragraphs.ts';
import { splitSentences } from '../../text/sentences.ts';
import type { LetterNames } from '../../text/acronyms.ts';
import type { Stage } from '../stage.ts';

/** Fills `words` and `stem` of Arabic word tokens (layer "words"). */
export class CliticStage implements Stage {
  readonly name = 'clitics';
  readonly requires = ['tokens'] as const;
  readonly provides = ['words'] as const;
  constructor(private readonly analyzer: CliticAnalyzer) {}
  process(doc: RasidDocument): void {
    this.analyzer.analyzeTokens(doc.tokens);
  }
}

/** Fills `paragraphs`; sets meta.title from a clear title line when the input gave none. */
export class ParagraphStage implements Stage {
  readonly name = 'paragraphs';
  readonly requires = [] as const;
  readonly provides = ['paragraphs'] as const;
  constructor(private readonly splitter: ParagraphSplitter) {}
  process(doc: RasidDocument): void {
    doc.paragraphs = this.splitter.split(doc.text);
    if (!doc.meta.title) {
      const title = titleFromParagraphs(doc.paragraphs);
      if (title) doc.meta.title = title;
    }
  }
}

export class SentenceStage implements Stage {
  readonly name = 'sentences';
  readonly requires = ['tokens', 'paragraphs'] as const;
  readonly provides = ['sentences'] as const;
  /** `letters`: the letter names of spelled acronyms, whose periods end no sentence ("بي. بي. سي"). */
  constructor(private readonly letters?: LetterNames) {}
  process(doc: RasidDocument): void {
    doc.sentences = splitSentences(doc.text, doc.tokens, doc.paragraphs, this.letters);
  }
}

/** Fills `dates`; relative dates need meta.published and are skipped without it. */
export class DateStage implements Stage {
  readonly name = 'dates';
  readonly requires = ['tokens', 'words'] as const;
  readonly provides = ['dates'] as const;
  private readonly finder: DateFinder;
  constructor(calendar: Calendar, numbers?: NumberWords) {
    this.finder = new DateFinder(calendar, numbers);
  }
  process(doc: RasidDocument): void {
    doc.dates = this.finder.find(doc.text, doc.tokens, doc.meta.published);
  }
}

/** Fills `numbers`; numbers inside dates are left to the dates layer when it ran first. */
export class NumberStage implements Stage {
  readonly name = 'numbers';
  readonly requires = ['tokens', 'words'] as const;
  readonly provides = ['numbers'] as const;
  constructor(private readonly words: NumberWords) {}
  process(doc: RasidDocument): void {
    doc.numbers = findNumbers(doc.text, doc.tokens, this.words, doc.has('dates') ? doc.dates : []);
  }
}
