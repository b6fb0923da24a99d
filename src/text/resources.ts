/**
 * The text layer's data, loaded once per pipeline (part of Resources): clitic data and word
 * frequencies, source credits, number words, calendar words, letter names — all under data/text/.
 */
import { LetterNames } from './acronyms.ts';
import { fullFormFrequencies, loadCliticData, type CliticData } from './clitics.ts';
import { loadCalendar, type Calendar } from './dates.ts';
import { loadNumberWords, type NumberWords } from './numbers.ts';
import { defaultCharMap, type CompiledCharMap } from './normalize.ts';
import { loadSourceData, type SourceData } from './paragraphs.ts';

export interface TextResources {
  clitics: CliticData;
  /**
   * Fully normalized word form → corpus count (forms seen 50+ times), derived once from the clitic
   * data's frequencies (fullFormFrequencies); the actor resolver uses it.
   */
  wordFreq: ReadonlyMap<string, number>;
  sources: SourceData;
  numbers: NumberWords;
  calendar: Calendar;
  /** Arabic spellings of Latin letter names, for spelled acronyms ("بي. بي. سي"). */
  letters: LetterNames;
}

export function loadTextResources(map?: CompiledCharMap): TextResources {
  const clitics = loadCliticData();
  return {
    clitics,
    wordFreq: fullFormFrequencies(clitics.freq, map ?? defaultCharMap()),
    sources: loadSourceData(undefined, map),
    numbers: loadNumberWords(undefined, map),
    calendar: loadCalendar(undefined, map),
    letters: LetterNames.load(undefined, map),
  };
}
