/**
 * Language identification. Clearly Arabic text (most letters Arabic) is decided from the script
 * alone; anything else is asked of fastText's lid.176 model, which ships inside the
 * fasttext.wasm.js npm package (no download).
 */
import { getLIDModel } from 'fasttext.wasm.js';
import { isArabicLetter } from './normalize.ts';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'und' when there is too little text to tell. */
  language: string;
  confidence: number;
  /** Share of letters that are Arabic script. */
  arabicShare: number;
}

interface FastTextModel {
  predict(text: string, k: number, threshold: number): { size(): number; get(i: number): [number, string] };
}

/** Share of letters in the first `limit` characters that are Arabic. */
export function arabicLetterShare(text: string, limit = 4000): { share: number; letters: number; persian: number } {
  let letters = 0;
  let arabic = 0;
  let persian = 0;
  const n = Math.min(text.length, limit);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isArabicLetter(c)) {
      arabic++;
      // letters of Persian, Urdu and Kurdish that Arabic does not use: پ چ ژ گ ک ی ے ۆ ێ
      if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af || c === 0x06a9 || c === 0x06cc || c === 0x06d2 || c === 0x06c6 || c === 0x06ce) persian++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x3ff) || (c >= 0x400 && c <= 0x4ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x0590 && c <= 0x05ff) || (c >= 0x0900 && c <= 0x0dff)) {
      letters++;
    }
  }
  return { share: letters ? arabic / letters : 0, letters, persian };
}

export class LanguageIdentifier {
  private constructor(private readonly model: FastTextModel | null) {}

  /** Load the fastText model (about 1 MB, from the installed package). */
  static async load(): Promise<LanguageIdentifier> {
    try {
      const lid = await getLIDModel();
      const model = (await lid.load()) as unknown as FastTextModel;
      return new LanguageIdentifier(model);
    } catch {
      // The script heuristic still works without the model.
      return new LanguageIdentifier(null);
    }
  }

  /** An identifier that uses the script heuristic only (for tests and tools that need no model). */
  static scriptOnly(): LanguageIdentifier {
    return new LanguageIdentifier(null);
  }

  identify(text: string): LanguageGuess {
    const { share, letters, persian } = arabicLetterShare(text);
    if (letters < 3) return { language: 'und', confidence: 0, arabicShare: share };
    if (share >= 0.6 && (persian <= letters * 0.01 || !this.model)) return { language: 'ar', confidence: Math.min(1, 0.5 + share / 2), arabicShare: share };
    if (!this.model) return { language: share > 0 ? 'ar' : 'und', confidence: 0.3, arabicShare: share };
    const sample = text.slice(0, 2000).replace(/\s+/g, ' ');
    const v = this.model.predict(sample, 1, 0);
    if (v.size() === 0) return { language: 'und', confidence: 0, arabicShare: share };
    const [p, label] = v.get(0);
    const code = label.replace('__label__', '');
    return { language: code, confidence: Math.round(p * 1000) / 1000, arabicShare: share };
  }
}
