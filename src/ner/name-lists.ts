/**
 * Name lists for the tagger (data/ner/name-lists/*.tsv): foreign given names and surnames, clubs,
 * companies, media and places as Arabic news writes them, compiled by the team from general
 * knowledge (docs/ner.md, "Name lists"). Like the actor knowledge base's words (actor-lexicon.ts)
 * they become word-level labels of the `ak` features, with their own label kinds so that the
 * tagger weighs them apart from the knowledge base:
 *   PERn          a word of a listed person name (given names and surnames are listed word by word)
 *   LOCn1, ORGn1, MISCn1  a one-word place, organization or other name (event, award, product, work)
 *   LOCnp, ORGnp, MISCnp  a word of a longer one
 *
 * File format (UTF-8): "#" comment lines, then one entry per line, "KIND<TAB>name", KIND one of PER,
 * LOC, ORG, MISC. Words of one or two letters are left out, as in the knowledge base's word labels.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RasidError } from '../errors.ts';
import { labelMap, nameWords } from './actor-lexicon.ts';

export type NameListKind = 'PER' | 'LOC' | 'ORG' | 'MISC';
export interface NameListEntry {
  kind: NameListKind;
  name: string;
}

const KINDS = new Set<string>(['PER', 'LOC', 'ORG', 'MISC']);

/** Parse one name-list file; `source` names it in error messages. */
export function parseNameList(text: string, source: string): NameListEntry[] {
  const out: NameListEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 2 || !KINDS.has(cols[0]!) || !cols[1]!.trim()) {
      throw new RasidError('E_RESOURCE_INVALID', `line ${i + 1}: expected "PER|LOC|ORG|MISC<TAB>name", got "${line.slice(0, 80)}"`, {
        input: source,
        hint: 'fix the line or remove it (format in src/ner/name-lists.ts)',
      });
    }
    out.push({ kind: cols[0] as NameListKind, name: cols[1]!.trim() });
  }
  return out;
}

/** Every `*.tsv` list in a directory, in file-name order (none if the directory is missing). */
export function loadNameLists(dir: string): { files: string[]; entries: NameListEntry[] } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  } catch {
    return { files: [], entries: [] };
  }
  const entries: NameListEntry[] = [];
  for (const f of names) for (const e of parseNameList(readFileSync(path.join(dir, f), 'utf8'), path.join(dir, f))) entries.push(e);
  return { files: names, entries };
}

/**
 * Add the lists' word labels to a word → labels map (labels space-separated and sorted, as
 * `actorWordLabels` makes them); returns a new map, the input is left as it is.
 */
export function addNameListLabels(base: ReadonlyMap<string, string> | undefined, entries: readonly NameListEntry[]): Map<string, string> {
  const sets = new Map<string, Set<string>>();
  for (const [w, l] of base ?? []) sets.set(w, new Set(l.split(' ')));
  for (const e of entries) {
    const words = nameWords(e.name);
    // one-word or part of a longer name by the whole name ("أم قصر": قصر is a part)
    const label = e.kind === 'PER' ? 'PERn' : e.kind + (words.length === 1 ? 'n1' : 'np');
    for (const w of words) {
      if (w.length < 3) continue;
      let s = sets.get(w);
      if (!s) sets.set(w, (s = new Set()));
      s.add(label);
    }
  }
  return labelMap(sets);
}

/** A word → labels map without the name lists' labels (a model's stored word labels, to re-add lists or none). */
export function withoutListLabels(words: ReadonlyMap<string, string> | undefined): Map<string, string> | undefined {
  if (!words) return undefined;
  const out = new Map<string, string>();
  for (const [w, l] of words) {
    const kept = l.split(' ').filter((x) => !/^(?:PER|LOC|ORG|MISC)n/.test(x));
    if (kept.length) out.set(w, kept.join(' '));
  }
  return out;
}
