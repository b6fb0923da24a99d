/**
 * Feature extraction for the NER tagger. A sentence is a list of raw token strings; each token gets
 * a list of feature strings (label-independent; the model pairs each with every label).
 *
 * Feature templates (prefix = template name):
 * Features are built from word-only parts (FeatureExtractor.wordRoles, cacheable per word) and
 * position-dependent parts (contextFeatures).
 *   b            bias
 *   w0 w-1 w+1 w-2 w+2   normalized word in a ±2 window
 *   s0 s-1 s+1   clitic-stripped base form (article kept);  st0  stem (article and enclitic removed)
 *   pc           proclitics removed ("و", "وب", ...); ar = has article
 *   p1..p3 / x1..x4   prefixes of the stem / suffixes of the word; xs1..xs3 suffixes of the stem
 *   sh           shape (Arabic, Latin, digits, punctuation, mixed) + stem length bucket
 *   wb- wb+      word bigrams (w-1|w0, w0|w+1)
 *   c0.k c-1.k c+1.k c-2 c+2   word-cluster path prefixes (granularities k = 1..3); cs0.k clusters of the stem
 *   d0.k d-1 d+1  the same from further independent clusterings (d, e, f, ... one letter per table)
 *   e0 e-1 e+1  binarized word-embedding codes, dimension + "+"/"-" (value "12+"; Guo et al. 2014)
 *   x2-1 x2+1    two-letter suffix of the previous / next word (nisba adjectives after names)
 *   g0 g-1 g+1   gazetteer match with position (B-/I- + type); gw0 single-word membership
 *   al0 al-1 al+1  induced-lexicon type of the word and its neighbours (self-training over unlabeled news)
 *   nl0 nl-1 nl+1  name likeness of the word's spelling (top class PERS/LOC/ORG/O + confidence bucket; src/ner/namelike.ts)
 *   a0 a-1 a+1   actor-lexicon match with position (when an actor lexicon is given)
 *   t0 t-1 t-2 t+1 ta   trigger/title word category in and around the token; ta = first tokens after a trigger phrase
 */
import { normalize } from '../text/normalize.ts';
import { analyzeClitics, type CliticAnalysis } from './clitics.ts';
import type { ClusterTable, EmbeddingCodes, PhraseLexicon } from './lexicon.ts';
import type { NameLikeModel } from './namelike.ts';

export interface FeatureResources {
  clusters?: ClusterTable;
  /** Further independent clusterings (other seeds and dimensions): features d0/d±1, e0/e±1, ... */
  moreClusters?: readonly ClusterTable[];
  /** Binarized word embeddings (features e0 / e-1 / e+1: dimension + code). */
  embeddings?: EmbeddingCodes;
  /** Gazetteer phrases labelled PERS / LOC / ORG (derived from ANERgazet at training time). */
  gazetteer?: PhraseLexicon;
  /** Trigger and title words by category (data/ner/triggers.tsv). */
  triggers?: PhraseLexicon;
  /** Optional actor-lexicon phrases labelled with an entity type (PER, ORG, LOC, GPE). */
  actors?: PhraseLexicon;
  /**
   * Induced lexicon (scripts/induce-ner-lexicon.ts): base form → "TYPE" or "TYPE+" (share >= 0.8)
   * for words a previous model mostly tagged as one entity type in unlabeled news.
   */
  autoLexicon?: ReadonlyMap<string, string>;
  /** Word-level actor labels (src/ner/actor-lexicon.ts actorWordLabels): base form → space-separated labels. */
  actorWords?: ReadonlyMap<string, string>;
  /** Name-likeness model (src/ner/namelike.ts): features nl0 / nl-1 / nl+1 from the spelling of the base form. */
  nameLike?: NameLikeModel;
  /** Optional feature templates a model was trained with (recorded in the model header). */
  options?: FeatureOptions;
}

/** Optional feature templates (each off unless the model header says it was trained with it). */
export interface FeatureOptions {
  /** Character n-grams (2 to 4 letters) inside the stem: ng2= ng3= ng4= (for words unseen in training). */
  ngrams?: boolean;
  /** Gazetteer word parts: the word occurs inside a multi-word gazetteer phrase of a type (gp0=TYPE). */
  gazParts?: boolean;
  /** Cluster bigrams with the previous and next word (512-cluster level): cb-= cb+= ("-" = no cluster). */
  clusterBigrams?: boolean;
  /** Embedding codes of the previous and next word too (e-1= e+1=), not only of the word (e0=). */
  embeddingNeighbours?: boolean;
  /**
   * Short quoted spans («...», "...", '...', ' '...' ', “...”; 1 to 6 tokens, closed in the sentence): for
   * each token inside, qp=B (first) / qp=I, and qh= the base form of the word before the opening
   * mark (titles of works, programs, newspapers: "برنامج «...»", "صحيفة «...»").
   */
  quotes?: boolean;
  /** Name likeness (experiment): only nl0, not the neighbours' nl-1 / nl+1. */
  nameLikeSelf?: boolean;
  /** Name likeness (experiment): only for words in none of the lexicons (gazetteer word, induced lexicon, actor words). */
  nameLikeUnlisted?: boolean;
}

const QUOTE_CLOSE = new Map([
  ['«', '»'],
  ['"', '"'],
  ["''", "''"],
  ['“', '”'],
  ["'", "'"],
]);
export const QUOTE_MAX = 6;

/** Whether a normalized token is a quotation mark that can open a quoted span. */
export function isQuoteMark(norm: string): boolean {
  return QUOTE_CLOSE.has(norm);
}

/**
 * Short quoted spans of a sentence: for each token inside one, 1 (first inside) or 2 (later),
 * else 0; and for the inside tokens the index of the word before the opening mark (-1: none).
 */
export function quoteSpans(norm: readonly string[]): { pos: Int8Array; head: Int32Array } {
  const n = norm.length;
  const pos = new Int8Array(n);
  const head = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const close = QUOTE_CLOSE.get(norm[i]!);
    if (close === undefined) continue;
    let j = i + 1;
    while (j < n && j <= i + QUOTE_MAX + 1 && norm[j] !== close) j++;
    if (j >= n || norm[j] !== close || j === i + 1 || j > i + QUOTE_MAX + 1) continue;
    // the word before the opening mark (before a doubled mark: ' ' ... ' ')
    const h = i > 0 && norm[i - 1] === norm[i] ? i - 2 : i - 1;
    for (let k = i + 1; k < j; k++) {
      pos[k] = k === i + 1 ? 1 : 2;
      head[k] = h;
    }
    i = j;
  }
  return { pos, head };
}

/** The cluster of a word used in cluster bigrams (second level of the main table), "-" when it has none. */
export function bigramCluster(t: TokenInfo): string {
  const cl = t.clusters;
  return cl ? (cl[1] ?? cl[0]!) : '-';
}

/** Word-only features by role (see FeatureExtractor.wordRoles). */
export interface WordRoles {
  self: string[];
  p1: string[];
  p2: string[];
  n1: string[];
  n2: string[];
}

/** Per-token analysis computed once per sentence. */
export interface TokenInfo {
  norm: string;
  clitics: CliticAnalysis;
  shape: string;
  clusters: readonly string[] | undefined;
  /** Clusters of the stem (without article and enclitic), when it differs from the word. */
  stemClusters?: readonly string[] | undefined;
}

function shapeOf(s: string): string {
  let ar = 0;
  let la = 0;
  let di = 0;
  let ot = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3)) ar++;
    else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) la++;
    else if (c >= 0x30 && c <= 0x39) di++;
    else ot++;
  }
  if (ar && !la && !di && !ot) return 'A';
  if (la && !ar && !di && !ot) return 'L';
  if (di && !ar && !la) return ot ? 'D.' : 'D';
  if (!ar && !la && !di) return 'P';
  return (ar ? 'a' : '') + (la ? 'l' : '') + (di ? 'd' : '') + (ot ? 'p' : '');
}

/** Feature-name prefixes of the further cluster tables. */
const MORE_PREFIX = 'defghijk';

const T_P = ['', 'p1', 'p2', 'p3'];
const T_X = ['', 'x1', 'x2', 'x3', 'x4'];
const T_XS = ['', 'xs1', 'xs2', 'xs3'];
const T_NG = ['', '', 'ng2', 'ng3', 'ng4'];
const T_C0 = ['c0.0', 'c0.1', 'c0.2', 'c0.3'];
/** Template names of the further cluster tables' features ("d0.1", "d-1", "d+1"), built once. */
const MORE_T: readonly { self: readonly string[]; prev: string; next: string }[] = [...MORE_PREFIX].map((p) => ({ self: [0, 1, 2, 3, 4, 5].map((k) => `${p}0.${k}`), prev: p + '-1', next: p + '+1' }));

/** Kinds of cluster feature groups (FeatureExtractor.emitClusterRoles). */
export const CLUSTER_MAIN = 0;
export const CLUSTER_STEM = 1;
export const CLUSTER_MORE = 2;

function lenBucket(n: number): string {
  return n <= 2 ? String(n) : n <= 3 ? '3' : n <= 5 ? '5' : '6';
}

export class FeatureExtractor {
  constructor(readonly res: FeatureResources) {}

  /** Analysis of one raw token: normalized form, clitics, shape, clusters. */
  analyzeToken(raw: string): TokenInfo {
    const cl = this.res.clusters;
    const norm = normalize(raw);
    const clitics = analyzeClitics(norm, cl);
    const clusters = cl ? cl.get(norm) ?? cl.get(clitics.base) ?? (clitics.article ? undefined : cl.get('ال' + clitics.base)) : undefined;
    const stemClusters = cl && clitics.stem !== norm ? cl.get(clitics.stem) : undefined;
    return { norm, clitics, shape: shapeOf(norm), clusters, stemClusters };
  }

  analyze(raw: readonly string[]): TokenInfo[] {
    const out: TokenInfo[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) out[i] = this.analyzeToken(raw[i]!);
    return out;
  }

  /** Positional labels ("B-LOC", "I-LOC") from a longest-match lexicon over base forms; null where no match. */
  private spanLabels(lex: PhraseLexicon | undefined, forms: readonly string[]): (string | null)[] {
    const out: (string | null)[] = new Array(forms.length).fill(null);
    if (!lex) return out;
    for (let i = 0; i < forms.length; ) {
      const m = lex.matchAt(forms, i);
      if (!m) {
        i++;
        continue;
      }
      const lab = m.labels.join('/');
      out[i] = 'B-' + lab;
      for (let k = 1; k < m.len; k++) out[i + k] = 'I-' + lab;
      i += m.len;
    }
    return out;
  }

  /**
   * Features that depend on one word only, by the role the word plays: as the current token
   * (`self`), or as the neighbour one or two positions before (`p1`, `p2`) or after (`n1`, `n2`)
   * the current token. A tagger may cache these per word.
   */
  wordRoles(t: TokenInfo): WordRoles {
    const r: WordRoles = { self: [], p1: [], p2: [], n1: [], n2: [] };
    const lists = [r.self, r.p1, r.p2, r.n1, r.n2];
    this.emitWordRoles(t, (role, tmpl, value) => lists[role]!.push(tmpl + '=' + value));
    return r;
  }

  /**
   * The word-only features of wordRoles as (role, template, value) triples, feature = template + "=" + value;
   * roles 0 self, 1 p1, 2 p2, 3 n1, 4 n2. Templates are constant strings (a tagger can look values
   * up per template without building feature strings). With `group`, the word-cluster features
   * are not emitted; `group` gets each cluster path instead (see emitClusterRoles).
   */
  emitWordRoles(t: TokenInfo, emit: (role: number, tmpl: string, value: string) => void, group?: (kind: number, path: readonly string[]) => void): void {
    const c = t.clitics;
    const nm = t.norm;
    const st = c.stem;
    emit(0, 'w0', nm);
    emit(0, 'st0', st);
    emit(0, 'pc', c.article ? c.pre + '+ال' : c.pre);
    emit(0, 'sh', t.shape + lenBucket(st.length));
    if (c.base !== nm) emit(0, 's0', c.base);
    for (let k = 1; k <= 3 && k < st.length; k++) emit(0, T_P[k]!, st.slice(0, k));
    for (let k = 1; k <= 4 && k < nm.length; k++) emit(0, T_X[k]!, nm.slice(-k));
    for (let k = 1; k <= 3 && k < st.length; k++) emit(0, T_XS[k]!, st.slice(-k));
    if (this.res.options?.ngrams && t.shape === 'A') {
      // inner n-grams only: the ones touching the ends are the prefixes and suffixes above
      for (let k = 2; k <= 4; k++) for (let a = 1; a + k < st.length; a++) emit(0, T_NG[k]!, st.slice(a, a + k));
    }
    const cl = t.clusters;
    const byPath = group ?? ((kind: number, path: readonly string[]) => this.emitClusterRoles(kind, path, emit));
    if (cl) byPath(CLUSTER_MAIN, cl);
    else if (t.shape === 'A' || t.shape === 'L') emit(0, 'c0', 'none');
    const more = this.res.moreClusters ?? [];
    for (let j = 0; j < more.length; j++) {
      const cx = more[j]!.get(nm) ?? more[j]!.get(c.base);
      if (cx) byPath(CLUSTER_MORE + j, cx);
    }
    const sc = t.stemClusters;
    if (sc && sc !== cl) byPath(CLUSTER_STEM, sc);
    const emb = this.res.embeddings;
    if (emb) {
      const code = emb.get(nm) ?? emb.get(c.base);
      if (code) {
        const nb = this.res.options?.embeddingNeighbours;
        for (let d = 0; d < code.length; d++) {
          const x = code.charCodeAt(d);
          if (x === 0x30) continue;
          const v = d + code[d]!;
          emit(0, 'e0', v);
          if (nb) {
            emit(1, 'e-1', v);
            emit(3, 'e+1', v);
          }
        }
      }
    }
    const gazW = this.res.gazetteer;
    if (gazW) {
      const lw = gazW.get(c.base) ?? gazW.get(c.stem);
      if (lw) emit(0, 'gw0', lw.length === 1 ? lw[0]! : lw.join('/'));
      if (this.res.options?.gazParts) {
        const parts = gazW.wordParts().get(c.base);
        if (parts) for (const p of parts) emit(0, 'gp0', p);
      }
    }
    emit(1, 'w-1', nm);
    emit(1, 's-1', c.base);
    emit(3, 'w+1', nm);
    emit(3, 's+1', c.base);
    const al = this.res.autoLexicon?.get(c.base);
    if (al) {
      emit(0, 'al0', al);
      emit(1, 'al-1', al);
      emit(3, 'al+1', al);
    }
    const nlm = this.res.nameLike;
    const o = this.res.options;
    if (nlm && t.shape === 'A' && c.base.length >= 2 && !(o?.nameLikeUnlisted && (this.res.autoLexicon?.has(c.base) || this.res.actorWords?.has(c.base) || gazW?.get(c.base) || gazW?.get(c.stem)))) {
      const nl = nlm.feature(c.base);
      if (nl) {
        emit(0, 'nl0', nl);
        if (!o?.nameLikeSelf) {
          emit(1, 'nl-1', nl);
          emit(3, 'nl+1', nl);
        }
      }
    }
    const aw = this.res.actorWords?.get(c.base);
    if (aw) {
      for (const lab of aw.split(' ')) {
        emit(0, 'ak0', lab);
        const kind = lab.slice(0, 3);
        emit(1, 'ak-1', kind);
        emit(3, 'ak+1', kind);
      }
    }
    emit(2, 'w-2', nm);
    emit(4, 'w+2', nm);
    if (nm.length > 2) {
      const x2 = nm.slice(-2);
      emit(1, 'x2-1', x2);
      emit(3, 'x2+1', x2);
    }
  }

  /**
   * The features of one word-cluster path in every role: `kind` CLUSTER_MAIN (c0.k, c±1.k, c±2),
   * CLUSTER_STEM (cs0.0, cs0.1: clusters of the stem) or CLUSTER_MORE + j (further table j:
   * d0.k, d±1). They depend on the path only, so a tagger may sum them once per path.
   */
  emitClusterRoles(kind: number, cl: readonly string[], emit: (role: number, tmpl: string, value: string) => void): void {
    if (kind === CLUSTER_MAIN) {
      for (let k = 0; k < cl.length; k++) emit(0, T_C0[k] ?? `c0.${k}`, cl[k]!);
      const c1 = cl[1] ?? cl[0]!;
      const c2 = cl[2] ?? c1;
      emit(1, 'c-1.0', cl[0]!);
      emit(1, 'c-1.1', c1);
      emit(1, 'c-1.2', c2);
      emit(3, 'c+1.0', cl[0]!);
      emit(3, 'c+1.1', c1);
      emit(3, 'c+1.2', c2);
      emit(2, 'c-2', c1);
      emit(4, 'c+2', c1);
    } else if (kind === CLUSTER_STEM) {
      emit(0, 'cs0.0', cl[0]!);
      emit(0, 'cs0.1', cl[1] ?? cl[0]!);
    } else {
      const j = kind - CLUSTER_MORE;
      for (let k = 0; k < cl.length; k++) emit(0, MORE_T[j]!.self[k] ?? `${MORE_PREFIX[j]}0.${k}`, cl[k]!);
      emit(1, MORE_T[j]!.prev, cl[1] ?? cl[0]!);
      emit(3, MORE_T[j]!.next, cl[1] ?? cl[0]!);
    }
  }

  /** Features that depend on the position in the sentence: bias, boundaries, bigrams, gazetteer, actor and trigger matches. */
  contextFeatures(info: readonly TokenInfo[], base: readonly string[]): string[][] {
    const n = info.length;
    const gz = this.spanLabels(this.res.gazetteer, base);
    const act = this.res.actors ? this.spanLabels(this.res.actors, base) : null;
    const trig: (string | null)[] = new Array(n).fill(null);
    const after: (string | null)[] = new Array(n).fill(null);
    const tl = this.res.triggers;
    if (tl) {
      for (let i = 0; i < n; ) {
        const m = tl.matchAt(base, i);
        if (!m) {
          i++;
          continue;
        }
        const lab = m.labels.join('/');
        for (let k = 0; k < m.len; k++) trig[i + k] = lab;
        if (i + m.len < n) after[i + m.len] = lab;
        i += m.len;
      }
    }
    const w = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : info[i]!.norm);
    const cb = this.res.options?.clusterBigrams ? info.map(bigramCluster) : null;
    const qs = this.res.options?.quotes ? quoteSpans(info.map((t) => t.norm)) : null;
    const feats: string[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const nm = info[i]!.norm;
      const f: string[] = ['b', 'wb-=' + w(i - 1) + '|' + nm, 'wb+=' + nm + '|' + w(i + 1)];
      if (cb) f.push('cb-=' + (i > 0 ? cb[i - 1] : '<s>') + '|' + cb[i], 'cb+=' + cb[i] + '|' + (i + 1 < n ? cb[i + 1] : '</s>'));
      if (i < 1) f.push('w-1=<s>');
      if (i < 2) f.push('w-2=<s>');
      if (i + 1 >= n) f.push('w+1=</s>');
      if (i + 2 >= n) f.push('w+2=</s>');
      if (gz[i]) f.push('g0=' + gz[i]);
      if (i > 0 && gz[i - 1]) f.push('g-1=' + gz[i - 1]);
      if (i + 1 < n && gz[i + 1]) f.push('g+1=' + gz[i + 1]);
      if (act) {
        if (act[i]) f.push('a0=' + act[i]);
        if (i > 0 && act[i - 1]) f.push('a-1=' + act[i - 1]);
        if (i + 1 < n && act[i + 1]) f.push('a+1=' + act[i + 1]);
      }
      if (trig[i]) f.push('t0=' + trig[i]);
      if (i > 0 && trig[i - 1]) f.push('t-1=' + trig[i - 1]);
      if (i > 1 && trig[i - 2]) f.push('t-2=' + trig[i - 2]);
      if (i + 1 < n && trig[i + 1]) f.push('t+1=' + trig[i + 1]);
      if (after[i]) f.push('ta=' + after[i]);
      else if (i > 0 && after[i - 1]) f.push('ta2=' + after[i - 1]);
      if (qs && qs.pos[i]) {
        f.push(qs.pos[i] === 1 ? 'qp=B' : 'qp=I');
        const h = qs.head[i]!;
        f.push('qh=' + (h >= 0 ? base[h] : '<s>'));
      }
      feats[i] = f;
    }
    return feats;
  }

  /** Feature strings for every token of a sentence of raw tokens. */
  extract(raw: readonly string[]): string[][] {
    return this.extractWithBase(raw).feats;
  }

  /** Feature strings and the clitic-stripped base form of every token. */
  extractWithBase(raw: readonly string[]): { feats: string[][]; base: string[]; norm: string[] } {
    const info = this.analyze(raw);
    const n = info.length;
    const base = info.map((t) => t.clitics.base);
    const roles = info.map((t) => this.wordRoles(t));
    const ctx = this.contextFeatures(info, base);
    const feats: string[][] = new Array(n);
    for (let i = 0; i < n; i++) {
      const f = ctx[i]!.concat(roles[i]!.self);
      if (i > 0) f.push(...roles[i - 1]!.p1);
      if (i > 1) f.push(...roles[i - 2]!.p2);
      if (i + 1 < n) f.push(...roles[i + 1]!.n1);
      if (i + 2 < n) f.push(...roles[i + 2]!.n2);
      feats[i] = f;
    }
    return { feats, base, norm: info.map((t) => t.norm) };
  }
}
