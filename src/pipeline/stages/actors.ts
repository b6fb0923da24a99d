/**
 * Actor stage: finds knowledge-base actors, titles and generic agents in the tokens and resolves them
 * with the document date (meta.published). Fills doc.actorMentions (layer "actors"), doc.titles
 * (layer "titles") and registers every actor used in doc.actors. Rules: docs/actors.md.
 */
import type { RasidDocument } from '../../doc/document.ts';
import type { ActorKB } from '../../actors/kb.ts';
import { ActorResolver } from '../../actors/resolve.ts';
import type { Stage } from '../stage.ts';

export class ActorStage implements Stage {
  readonly name = 'actors';
  readonly requires = ['tokens', 'sentences'] as const;
  readonly provides = ['actors', 'titles'] as const;
  private readonly resolver: ActorResolver;

  /** `verbForms`: verb forms of the event and quotation lexicons, which the resolver never reads as a name. */
  constructor(kb: ActorKB, verbForms?: ReadonlySet<string>) {
    this.resolver = new ActorResolver(kb, verbForms ? { verbForms } : {});
  }

  process(doc: RasidDocument): void {
    const out = this.resolver.resolve({
      text: doc.text,
      tokens: doc.tokens,
      ...(doc.meta.published ? { date: doc.meta.published } : {}),
      ...(doc.sentences.length ? { sentences: doc.sentences } : {}),
      analyzed: doc.has('words'),
    });
    doc.actorMentions = out.mentions;
    doc.titles = out.titles;
    for (const [id, a] of out.actors) if (!doc.actors.has(id)) doc.actors.set(id, a);
  }
}
