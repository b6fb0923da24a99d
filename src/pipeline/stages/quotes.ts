import type { RasidDocument } from '../../doc/document.ts';
import { extractQuotes, type QuoteOptions } from '../../quotes/extract.ts';
import type { QuoteLexicon } from '../../quotes/lexicon.ts';
import type { Stage } from '../stage.ts';

/**
 * Fills `quotes`: direct and indirect quotations with speaker, cue, listener and stance
 * (src/quotes/, docs/quotes.md). Uses sentences, entities, actor mentions and titles when earlier
 * stages provide them, and finds sentences and speaker phrases itself otherwise.
 */
export class QuotesStage implements Stage {
  readonly name = 'quotes';
  readonly requires = ['tokens', 'sentences'] as const;
  readonly provides = ['quotes'] as const;
  constructor(
    private readonly lexicon: QuoteLexicon,
    private readonly opts: QuoteOptions = {},
  ) {}
  process(doc: RasidDocument): void {
    doc.quotes = extractQuotes(doc, this.lexicon, this.opts);
  }
}
