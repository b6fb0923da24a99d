import type { RasidDocument } from '../../doc/document.ts';
import type { LanguageIdentifier } from '../../text/language.ts';
import type { Stage } from '../stage.ts';

/** Sets meta.language; non-Arabic input gets a warning, never an error. */
export class LanguageStage implements Stage {
  readonly name = 'language';
  readonly requires = [] as const;
  readonly provides = ['language'] as const;
  constructor(private readonly lid: LanguageIdentifier) {}
  process(doc: RasidDocument): void {
    const g = this.lid.identify(doc.text);
    doc.meta.language = g.language;
    doc.meta.languageConfidence = g.confidence;
    if (g.language !== 'ar') {
      doc.warn({
        code: 'W_NOT_ARABIC',
        message:
          g.language === 'und'
            ? 'too little text to tell its language; Rasid analyzes Arabic text'
            : `the text looks like "${g.language}" (confidence ${g.confidence}), not Arabic; Rasid's analysis targets Arabic and will find little`,
      });
    }
  }
}
