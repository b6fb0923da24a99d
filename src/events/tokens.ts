/**
 * Per-token facts the event stage looks at: the normalized word, its base forms without clitics,
 * its cue flags, definiteness and an attached conjunction. Computed once per document.
 */
import type { RasidDocument } from '../doc/document.ts';
import { W, wordBases, type EventLexicon } from './lexicon.ts';

const FLAG_ENCLITICS = ['هما', 'هم', 'ها', 'ه'];

function flagBases(n: string): string[] {
  const heads = [n];
  if (n.length > 3 && (n[0] === 'و' || n[0] === 'ف')) heads.push(n.slice(1));
  const out: string[] = [];
  for (const h of heads) {
    if (h !== n) out.push(h);
    if (h.startsWith('ال') && h.length > 4) out.push(h.slice(2));
    for (const s of FLAG_ENCLITICS) if (h.length - s.length >= 3 && h.endsWith(s)) out.push(h.slice(0, h.length - s.length));
  }
  return out;
}

export interface TokenInfo {
  word: boolean;
  norm: string;
  /** Base forms, the word itself first. */
  bases: string[];
  /** The first base with a cue flag, a light verb or a trigger; else the word. */
  base: string;
  flags: number;
  definite: boolean;
  conjAttached: boolean;
  /** Set when a trigger covers the token. */
  trigger: boolean;
  /** Clause number inside the document (punctuation and subordinators split clauses). */
  clause: number;
  punct: boolean;
  /** Some base starts an instrument or a sector noun of the lexicon. */
  unitCue: boolean;
}

const CLAUSE_PUNCT = new Set([',', ';', ':', '"', '(', ')', '.', '?', '!', '«', '»', '-', '[', ']', '…']);

export function tokenInfo(doc: RasidDocument, lex: EventLexicon): TokenInfo[] {
  const out: TokenInfo[] = new Array(doc.tokens.length);
  let clause = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const word = t.kind === 'word';
    const punct = t.kind === 'punct';
    if (punct && CLAUSE_PUNCT.has(t.norm)) clause++;
    if (!word) {
      out[i] = { word, norm: t.norm, bases: [t.norm], base: t.norm, flags: 0, definite: false, conjAttached: false, trigger: false, clause, punct, unitCue: false };
      continue;
    }
    const bases = wordBases(t.norm);
    if (t.stem && !bases.includes(t.stem)) bases.splice(1, 0, t.stem);
    let flags = lex.flags(t.norm);
    let base = t.norm;
    if (!flags) {
      // Cue words are looked up without a conjunction, an article or an enclitic only: a
      // preposition letter would turn names into cue words (كيري → ك + يري).
      for (const b of flagBases(t.norm)) {
        const f = lex.flags(b);
        if (f) {
          flags = f;
          base = b;
          break;
        }
      }
    }
    if (base === t.norm && !lex.lightVerb(t.norm) && !lex.triggersAt(t.norm)) {
      for (let k = 1; k < bases.length; k++) {
        if (lex.lightVerb(bases[k]!) || lex.triggersAt(bases[k]!)) {
          base = bases[k]!;
          break;
        }
      }
    }
    const n = t.norm;
    const definite = n.startsWith('ال') || n.startsWith('لل') || n.startsWith('وال') || n.startsWith('بال') || n.startsWith('فال') || n.startsWith('كال') || n.startsWith('وبال') || n.startsWith('ولل');
    const conjAttached = (t.words?.[0]?.role === 'conj') || n.startsWith('وال') || n.startsWith('ولل') || n.startsWith('وبال');
    let unitCue = false;
    for (const b of bases) if (lex.instrumentsAt(b) || lex.sectorNounsAt(b)) unitCue = true;
    out[i] = { word, norm: n, bases, base, flags, definite, conjAttached, trigger: false, clause, punct, unitCue };
  }
  // Subordinators and reporting verbs open a new clause.
  return out;
}

export { W };
