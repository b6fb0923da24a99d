/**
 * The events stage: PLOVER events with source, target, place, date, instrument, mode and claims
 * (src/events/). It needs tokens; it uses sentences, actor mentions, titles, entities, dates and
 * quotations when earlier stages provide them, and declares those it will read.
 */
import type { RasidDocument } from '../../doc/document.ts';
import type { LayerName } from '../../doc/types.ts';
import { documentEvents, isDyadic } from '../../events/index.ts';
import type { EventLexicon } from '../../events/lexicon.ts';
import type { Stage } from '../stage.ts';

/** Layers the stage reads when they exist. */
export const EVENT_INPUTS: readonly LayerName[] = ['sentences', 'dates', 'actors', 'titles', 'entities', 'quotes'];

export class EventStage implements Stage {
  readonly name = 'events';
  readonly requires: readonly LayerName[];
  readonly provides: readonly LayerName[] = ['events', 'partialEvents'];

  /** `available`: the layers earlier stages provide; the stage requires those of them it reads. */
  constructor(
    private readonly lexicon: EventLexicon,
    available: readonly LayerName[] = [],
  ) {
    this.requires = ['tokens', ...EVENT_INPUTS.filter((l) => available.includes(l))];
  }

  process(doc: RasidDocument): void {
    doc.events = [];
    doc.partialEvents = [];
    for (const e of documentEvents(doc, this.lexicon)) (isDyadic(e) ? doc.events : doc.partialEvents).push(e);
  }
}
