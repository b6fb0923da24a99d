/**
 * The text layer's data, loaded once per pipeline (part of Resources): clitic data and word
 * frequencies, source credits, number words, calendar words — all under data/text/.
 */
import { loadCliticData, type CliticData } from './clitics.ts';
import { loadCalendar, type Calendar } from './dates.ts';
import { loadNumberWords, type NumberWords } from './numbers.ts';
import type { CompiledCharMap } from './normalize.ts';
import { loadSourceData, type SourceData } from './paragraphs.ts';

export interface TextResources {
  clitics: CliticData;
  sources: SourceData;
  numbers: NumberWords;
  calendar: Calendar;
}

export function loadTextResources(map?: CompiledCharMap): TextResources {
  return {
    clitics: loadCliticData(),
    sources: loadSourceData(undefined, map),
    numbers: loadNumberWords(undefined, map),
    calendar: loadCalendar(undefined, map),
  };
}
