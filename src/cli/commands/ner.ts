import type { Command } from 'commander';
import { RasidError } from '../../errors.ts';
import { readSource } from '../../io/input.ts';
import { decodeBytes } from '../../text/decode.ts';
import { formatConllSentence, parseConll } from '../../ner/conll.ts';
import { NerTagger } from '../../ner/model.ts';
import { EXIT, out } from '../io.ts';

/**
 * `rasid ner --conll [FILE|-]`: tag CoNLL input (one token per line, anything after the first
 * whitespace ignored, a blank line between sentences) and print `token<TAB>tag` lines with the same
 * sentence breaks, in the ANERcorp tag set.
 */
export function registerNer(program: Command): void {
  program
    .command('ner')
    .description('tag named entities with the trained tagger (ANERcorp tags: B-/I- PERS, LOC, ORG, MISC; O)')
    .argument('[file]', 'input file; "-" or nothing for standard input')
    .option('--conll', 'input and output in CoNLL format (one token per line, blank line between sentences)')
    .option('--model <file>', 'model file (default data/models/ner.model)')
    .action(async (file: string | undefined, opts: { conll?: boolean; model?: string }) => {
      if (!opts.conll) throw new RasidError('E_USAGE', 'only CoNLL input is supported', { hint: 'use rasid ner --conll FILE, or rasid analyze for running text' });
      const input = file ?? '-';
      const { text } = decodeBytes(readSource(input));
      const tagger = NerTagger.load({ modelFile: opts.model });
      // Sentences are tagged together (the second pass remembers names across neighbouring
      // sentences), in blocks so that memory stays bounded on large inputs.
      const sentences = parseConll(text);
      const BLOCK = 5000;
      for (let b = 0; b < sentences.length; b += BLOCK) {
        const block = sentences.slice(b, b + BLOCK);
        const tags = tagger.tagDocument(block.map((s) => s.tokens));
        let outText = '';
        block.forEach((s, k) => (outText += formatConllSentence(s.tokens, tags[k]!)));
        await out(outText);
      }
      process.exitCode = EXIT.OK;
    });
}
