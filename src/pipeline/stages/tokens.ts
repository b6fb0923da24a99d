import type { RasidDocument } from '../../doc/document.ts';
import { tokenize } from '../../text/tokenize.ts';
import type { CompiledCharMap } from '../../text/normalize.ts';
import type { Stage } from '../stage.ts';

/** Fills `tokens` (raw text, normalized form, kind) from the document text. */
export class TokenizerStage implements Stage {
  readonly name = 'tokenizer';
  readonly requires = [] as const;
  readonly provides = ['tokens'] as const;
  constructor(private readonly charMap: CompiledCharMap) {}
  process(doc: RasidDocument): void {
    doc.tokens = tokenize(doc.text, this.charMap);
  }
}
