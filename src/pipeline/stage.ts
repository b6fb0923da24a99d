import type { RasidDocument } from '../doc/document.ts';
import type { LayerName } from '../doc/types.ts';

/**
 * A pipeline stage: declares the layers it needs and the layers it fills, and processes one
 * document in place. Stages hold their loaded resources (lexicons, models) themselves; they
 * must not keep per-document state between calls.
 */
export interface Stage {
  readonly name: string;
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[];
  process(doc: RasidDocument): void;
}
