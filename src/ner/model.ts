/**
 * The NER model file and the tagger built from it.
 *
 * File format (data/models/ner.model, gzip-compressed as a whole):
 *   line 1  "RASID-NER 1"
 *   line 2  header JSON on one line: labels, section sizes, training data, settings, seed, dev
 *           scores, credits, the SHA-256 of the cluster file the features were computed with
 *   then binary sections in header order:
 *     features   UTF-8, feature strings separated by "\n" (feature k = line k)
 *     weights    Float32 little-endian, features × labels, row-major
 *     trans      Float32 little-endian, (labels + 1) × labels; last row = sentence start
 *     gazetteer  UTF-8 "TYPE<TAB>phrase" lines (normalized; derived from ANERgazet)
 *     triggers   UTF-8 "CATEGORY<TAB>phrase" lines (copy of data/ner/triggers.tsv at training time)
 *     autolex    UTF-8 "TYPE<TAB>word<TAB>share" lines: the induced lexicon (optional)
 *     actorwords UTF-8 "word<TAB>LABEL LABEL" lines: word-level actor labels (optional; src/ner/actor-lexicon.ts)
 *     persons    UTF-8 "PER<TAB>phrase" lines: known people's multi-word names (optional; src/ner/known-persons.ts)
 *     titles     UTF-8 "KIND<TAB>word" lines: heads of the quoted-title rule (optional; src/ner/quoted-titles.ts)
 *     features2, weights2, trans2   the second pass (document memory, src/ner/history.ts), same layout
 * The word clusters stay in their own files (data/models/ner-clusters.tsv, ner-clusters-exchange.tsv), and so do the
 * binarized word embeddings (data/models/ner-embeddings.tsv.gz) and the name-likeness model
 * (data/models/ner-namelike.tsv, src/ner/namelike.ts) when the model uses them.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RasidError } from '../errors.ts';
import path from 'node:path';
import { dataPath, PROJECT_ROOT } from '../util/paths.ts';
import { bigramCluster, FeatureExtractor, isQuoteMark, quoteSpans, type FeatureOptions, type FeatureResources } from './features.ts';
import { ClusterTable, EmbeddingCodes, PhraseLexicon } from './lexicon.ts';
import { decoderFor, type Viterbi } from './perceptron.ts';
import { toBio } from './labels.ts';
import { NameLikeModel } from './namelike.ts';
import { markKnownPersons, personTitleAt } from './known-persons.ts';
import { markQuotedTitles, QuotedTitleHeads } from './quoted-titles.ts';
import { HISTORY_TYPES, HISTORY_WINDOW, historyCodes, type HistoryCodes } from './history.ts';

export const MODEL_MAGIC = 'RASID-NER 1';
export const DEFAULT_MODEL_FILE = dataPath('models', 'ner.model');
export const DEFAULT_CLUSTER_FILE = dataPath('models', 'ner-clusters.tsv');

export interface ModelHeader {
  labels: string[];
  /** Name of the cluster file and its SHA-256, when cluster features are used. */
  clusters?: { file: string; sha256: string };
  /** Further cluster tables, in feature order (prefixes d, e, f, ...). */
  moreClusters?: { file: string; sha256: string }[];
  /** The binarized word-embedding file (gzip; src/ner/lexicon.ts EmbeddingCodes) and the SHA-256 of its decompressed text, when embedding features are used. */
  embeddings?: { file: string; sha256: string };
  /** Optional feature templates the model was trained with (src/ner/features.ts FeatureOptions). */
  featureOptions?: FeatureOptions;
  /** The name-likeness model file (src/ner/namelike.ts) and its SHA-256, when features nl0/nl±1 are used. */
  nameLike?: { file: string; sha256: string };
  /** Whether actor-lexicon features were used in training. */
  actorFeatures?: boolean;
  /**
   * Where the known people of section `persons` are marked (src/ner/known-persons.ts): "final" (the
   * output), "both" (also the first pass's tags that the second pass reads). Absent: not at all.
   */
  knownPersons?: 'final' | 'both';
  /**
   * Where the quoted-title rule (src/ner/quoted-titles.ts, heads in section `titles`) runs: "final"
   * (the output) or "both" (also the first pass's tags that the second pass reads). Absent: not at all.
   */
  quotedTitles?: 'final' | 'both';
  /** Sentences each side the second pass's document memory covers (src/ner/history.ts). */
  historyWindow?: number;
  /** Whether the second pass also has the neighbours' document-memory types (h-1, h+1). */
  historyNeighbours?: boolean;
  training?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  seed?: number;
  dev?: Record<string, unknown>;
  credits?: string[];
  created?: string;
  sections?: { name: string; bytes: number }[];
}

export interface StageWeights {
  features: string[];
  weights: Float32Array;
  trans: Float32Array;
}

export interface ModelData extends StageWeights {
  header: ModelHeader;
  /** The second pass, with document-memory features; absent for a one-pass model. */
  stage2?: StageWeights;
  gazetteer: PhraseLexicon;
  triggers: PhraseLexicon;
  /** Induced lexicon: base form → "TYPE" / "TYPE+" (absent in models trained without one). */
  autoLexicon?: Map<string, string>;
  /** Word-level actor labels (src/ner/actor-lexicon.ts), when the model was trained with them. */
  actorWords?: Map<string, string>;
  /** Known people's multi-word names (src/ner/known-persons.ts), when the model marks them. */
  knownPersons?: PhraseLexicon;
  /** Head words of the quoted-title rule (src/ner/quoted-titles.ts), when the model applies it. */
  quotedTitles?: QuotedTitleHeads;
}

/** Parse induced-lexicon lines "TYPE<TAB>word<TAB>share[<TAB>count]" into base form → "TYPE" or "TYPE+" (share >= 0.8). */
export function parseAutoLexicon(text: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [type, word, share] = line.split('\t');
    if (!type || !word || line.startsWith('#')) continue;
    m.set(word, Number(share) >= 0.8 ? type + '+' : type);
  }
  return m;
}

function autoLexiconLines(m: ReadonlyMap<string, string>): string[] {
  return [...m].map(([w, v]) => `${v.replace('+', '')}\t${w}\t${v.endsWith('+') ? '0.80' : '0.50'}`).sort();
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

export function serializeModel(m: ModelData): Buffer {
  const enc = (s: string) => Buffer.from(s, 'utf8');
  const f32 = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const sections: [string, Buffer][] = [
    ['features', enc(m.features.join('\n'))],
    ['weights', f32(m.weights)],
    ['trans', f32(m.trans)],
    ['gazetteer', enc(m.gazetteer.entries().join('\n'))],
    ['triggers', enc(m.triggers.entries().join('\n'))],
  ];
  if (m.autoLexicon) sections.push(['autolex', enc(autoLexiconLines(m.autoLexicon).join('\n'))]);
  if (m.actorWords) sections.push(['actorwords', enc([...m.actorWords].map(([w, l]) => `${w}\t${l}`).join('\n'))]);
  if (m.knownPersons) sections.push(['persons', enc(m.knownPersons.entries().join('\n'))]);
  if (m.quotedTitles) sections.push(['titles', enc(m.quotedTitles.entries().join('\n'))]);
  if (m.stage2) sections.push(['features2', enc(m.stage2.features.join('\n'))], ['weights2', f32(m.stage2.weights)], ['trans2', f32(m.stage2.trans)]);
  const header: ModelHeader = { ...m.header, sections: sections.map(([name, b]) => ({ name, bytes: b.length })) };
  const head = enc(`${MODEL_MAGIC}\n${JSON.stringify(header)}\n`);
  return gzipSync(Buffer.concat([head, ...sections.map(([, b]) => b)]), { level: 6 });
}

export function parseModel(gz: Buffer, input = 'model'): ModelData {
  const bad = (msg: string) => new RasidError('E_MODEL_INVALID', msg, { input, hint: 'retrain it with npm run train:ner, or restore data/models/ from the repository' });
  let buf: Buffer;
  try {
    buf = gunzipSync(gz);
  } catch (e) {
    throw bad(`not a gzip-compressed NER model (${(e as Error).message})`);
  }
  const nl1 = buf.indexOf(0x0a);
  if (nl1 < 0 || buf.toString('utf8', 0, nl1) !== MODEL_MAGIC) throw bad(`missing "${MODEL_MAGIC}" signature`);
  const nl2 = buf.indexOf(0x0a, nl1 + 1);
  if (nl2 < 0) throw bad('truncated header');
  let header: ModelHeader;
  try {
    header = JSON.parse(buf.toString('utf8', nl1 + 1, nl2)) as ModelHeader;
  } catch (e) {
    throw bad(`header is not JSON (${(e as Error).message})`);
  }
  const parts = new Map<string, Buffer>();
  let off = nl2 + 1;
  for (const s of header.sections ?? []) {
    if (off + s.bytes > buf.length) throw bad(`section ${s.name} is truncated`);
    parts.set(s.name, buf.subarray(off, off + s.bytes));
    off += s.bytes;
  }
  const need = (name: string) => {
    const b = parts.get(name);
    if (!b) throw bad(`missing section ${name}`);
    return b;
  };
  const f32 = (b: Buffer) => {
    const copy = new Uint8Array(b.length);
    copy.set(b);
    return new Float32Array(copy.buffer);
  };
  const L = header.labels?.length ?? 0;
  if (!L) throw bad('no labels in header');
  const stage = (suffix: string): StageWeights => {
    const fText = need('features' + suffix).toString('utf8');
    const features = fText ? fText.split('\n') : [];
    const weights = f32(need('weights' + suffix));
    const trans = f32(need('trans' + suffix));
    if (weights.length !== features.length * L) throw bad(`weights${suffix} (${weights.length}) do not match features × labels (${features.length} × ${L})`);
    if (trans.length !== (L + 1) * L) throw bad(`transition table${suffix} has the wrong size`);
    return { features, weights, trans };
  };
  const { features, weights, trans } = stage('');
  const stage2 = parts.has('features2') ? stage('2') : undefined;
  const lines = (name: string) => {
    const t = parts.get(name)?.toString('utf8') ?? '';
    return t ? t.split('\n') : [];
  };
  const autoLexicon = parts.has('autolex') ? parseAutoLexicon(parts.get('autolex')!.toString('utf8')) : undefined;
  let actorWords: Map<string, string> | undefined;
  if (parts.has('actorwords')) {
    actorWords = new Map();
    for (const line of lines('actorwords')) {
      const tab = line.indexOf('\t');
      if (tab > 0) actorWords.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  const knownPersons = parts.has('persons') ? PhraseLexicon.fromEntries(lines('persons')) : undefined;
  if (header.knownPersons && !knownPersons) throw bad('the header asks for known people but section "persons" is missing');
  let quotedTitles: QuotedTitleHeads | undefined;
  if (parts.has('titles')) {
    try {
      quotedTitles = QuotedTitleHeads.parse(lines('titles').join('\n'), `${input}, section "titles"`);
    } catch (e) {
      throw bad(`section "titles": ${(e as Error).message}`);
    }
  }
  if (header.quotedTitles && !quotedTitles) throw bad('the header asks for the quoted-title rule but section "titles" is missing');
  return { header, features, weights, trans, stage2, actorWords, knownPersons, quotedTitles, gazetteer: PhraseLexicon.fromEntries(lines('gazetteer')), triggers: PhraseLexicon.fromEntries(lines('triggers')), autoLexicon };
}

/**
 * Read a gzip-compressed embedding-code file (scripts/train-clusters.ts --vectors); with `sha`, check
 * that its decompressed text is the one a model was trained with (`modelFile` names that model).
 */
export function loadEmbeddingCodes(file: string, sha?: string, modelFile?: string): EmbeddingCodes {
  let text: string;
  try {
    text = gunzipSync(readFileSync(file)).toString('utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', `cannot read the word-embedding codes ${file}${modelFile ? ' the NER model needs' : ''}`, { input: file, hint: 'restore data/models/ from the repository, or rebuild with npm run train:clusters -- --vectors FILE', cause: e });
  }
  if (sha && sha256(text) !== sha) {
    throw new RasidError('E_MODEL_INVALID', `the word-embedding codes in ${file} are not the ones the NER model was trained with`, { input: modelFile ?? file, hint: 'retrain the tagger (npm run train:ner) after rebuilding the embeddings' });
  }
  return EmbeddingCodes.parse(text, file);
}

/** Read the name-likeness model (src/ner/namelike.ts); with `sha`, check that it is the one a model was trained with (`modelFile` names that model). */
export function loadNameLike(file: string, sha?: string, modelFile?: string): NameLikeModel {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new RasidError('E_RESOURCE_MISSING', `cannot read the name-likeness model ${file}${modelFile ? ' the NER model needs' : ''}`, { input: file, hint: 'restore data/models/ from the repository, or rebuild with npm run train:ner-namelike', cause: e });
  }
  if (sha && sha256(text) !== sha) {
    throw new RasidError('E_MODEL_INVALID', `the name-likeness model in ${file} is not the one the NER model was trained with`, { input: modelFile ?? file, hint: 'retrain the tagger (npm run train:ner) after rebuilding the name-likeness model' });
  }
  return NameLikeModel.parse(text, file);
}

export function saveModel(file: string, m: ModelData): number {
  const buf = serializeModel(m);
  writeFileSync(file, buf);
  return buf.length;
}

export interface TaggerOptions {
  modelFile?: string;
  clusterFile?: string;
  /** Actor-lexicon phrases labelled with entity types, built only when the model was trained with actor features. */
  actorLexicon?: () => PhraseLexicon;
}

/**
 * What the tagger keeps per distinct word: its base form (for lexicon matching and the document
 * memory) and the summed weights of its word-only features (FeatureExtractor.wordRoles) in each of
 * the five roles, for both passes: `v[pass * 5L + role * L + label]` (roles: self, as the previous
 * word, as the word two before, as the next word, as the word two after).
 */
interface WordEntry {
  norm: string;
  base: string;
  v: Float32Array;
  /** Id of the normalized word among the words of the model's word-bigram features, or -1. */
  bw: number;
  /** Id of the word's cluster among the clusters of the model's cluster-bigram features, or -1. */
  cb: number;
  /** Bit flags: 1 = the base form starts a gazetteer phrase, 2 = a trigger phrase, 4 = an actor phrase, 8 = the word is a quotation mark. */
  lex: number;
}

/** Words kept per cache generation (two generations: the current one and the previous one). */
const WORD_CACHE_GENERATION = 100_000;
/** Most cluster paths of one kind whose summed weights are kept (FeatureExtractor.emitClusterRoles). */
const GROUP_CACHE_LIMIT = 8192;
const ROLES = 5;
const P1 = 1;
const P2 = 2;
const N1 = 3;
const N2 = 4;
const BOS = 0;
const EOS = 1;

/** Open-addressing hash table from a pair of small non-negative ints to an int (word bigrams → feature row). */
class PairTable {
  private keys: Int32Array;
  private vals: Int32Array;
  private mask: number;
  private count = 0;
  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.keys = new Int32Array(size * 2).fill(-1);
    this.vals = new Int32Array(size);
    this.mask = size - 1;
  }
  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    let s = h & this.mask;
    for (;;) {
      const ka = this.keys[2 * s]!;
      if (ka === -1 || (ka === a && this.keys[2 * s + 1] === b)) return s;
      s = (s + 1) & this.mask;
    }
  }
  set(a: number, b: number, v: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const s = this.slot(a, b);
    if (this.keys[2 * s] === -1) this.count++;
    this.keys[2 * s] = a;
    this.keys[2 * s + 1] = b;
    this.vals[s] = v;
  }
  get(a: number, b: number): number {
    const s = this.slot(a, b);
    return this.keys[2 * s] === -1 ? -1 : this.vals[s]!;
  }
  private grow(): void {
    const { keys, vals } = this;
    const size = (this.mask + 1) * 2;
    this.keys = new Int32Array(size * 2).fill(-1);
    this.vals = new Int32Array(size);
    this.mask = size - 1;
    this.count = 0;
    for (let s = 0; s < vals.length; s++) if (keys[2 * s] !== -1) this.set(keys[2 * s]!, keys[2 * s + 1]!, vals[s]!);
  }
}

/** A growable list of ints (feature rows of a sentence's tokens). */
class IntList {
  data = new Int32Array(256);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = x;
  }
  /** Push a row offset unless it is -1 (feature unknown to the model). */
  pushRow(x: number): void {
    if (x >= 0) this.push(x);
  }
  take(): Int32Array {
    const out = this.data.slice(0, this.length);
    this.length = 0;
    return out;
  }
}

interface Prepared {
  words: WordEntry[];
  /** Base forms (clitic-stripped) of the tokens. */
  base: string[];
  /** Context feature rows (row offsets id × labels) of token i: ctx[off[i] .. off[i+1]). */
  ctx: Int32Array;
  off: Int32Array;
  /** The normalized tokens and their short quoted spans (features.ts quoteSpans), when the sentence holds a quotation mark (a word with flag 8). */
  quoted: { norm: string[]; spans: ReturnType<typeof quoteSpans> } | null;
}

/**
 * A loaded tagger: the model, its feature extractor and a decoder. Both passes share one feature
 * index. Word-only features are summed once per distinct word and cached (two bounded generations
 * owned by the instance, which never change results); the position-dependent features (word
 * bigrams, boundaries, gazetteer, trigger and actor phrases, the document memory) are looked up
 * as integer keys or small precomputed tables, not built as strings per token.
 */
export class NerTagger {
  /** The model's labels (BIO or BIOES, src/ner/labels.ts) and their BIO forms, which the tagger outputs. */
  readonly labels: readonly string[];
  private readonly outLabels: readonly string[];
  private readonly labelIndex: Map<string, number>;
  private readonly L: number;
  /** The shared Viterbi decoder (src/ner/perceptron.ts), with its reused buffers. */
  private readonly decoder: Viterbi;
  /** Weights of pass 1 and pass 2 over the shared index (features × labels). */
  /**
   * The weights of both passes interleaved, one row per feature: the first pass's L weights, then
   * the second pass's L (stride S = 2L; L for a one-pass model). Building a new word's role sums
   * reads both passes of a feature from one place in memory.
   */
  private readonly w: Float32Array;
  /** Row stride of `w`: a feature's row offset is id × S. */
  private readonly S: number;
  private readonly passes: 1 | 2;
  private cache = new Map<string, WordEntry>();
  private older = new Map<string, WordEntry>();
  readonly extractor: FeatureExtractor;
  // precomputed feature rows (row offset = id × labels, or -1 when the model lacks the feature)
  private readonly bigramWords = new Map<string, number>();
  private readonly bigramPrev = new PairTable();
  private readonly bigramNext = new PairTable();
  private readonly cbIds = new Map<string, number>();
  private readonly cbPrev = new PairTable();
  private readonly cbNext = new PairTable();
  private readonly rowBias: number;
  private readonly rowBoundary: Int32Array; // w-1=<s>, w-2=<s>, w+1=</s>, w+2=</s>
  private readonly rowsM1: Int32Array[]; // m1, m1-1, m1+1 by label index (L = <s> or </s>)
  private readonly rowsH: Int32Array; // h=TYPE
  private readonly rowsHn: Int32Array; // hn=TYPE+bucket, [type * 5 + bucket]
  private readonly rowsHm: Int32Array; // hm=TYPE|label, [type * L + label]
  private readonly rowsHp: Int32Array; // hp=B-/I-TYPE by history code
  private readonly rowsHnb: Int32Array[] | null; // h-1=TYPE, h+1=TYPE (historyNeighbours models only)
  /** Feature ids by template and value ("w0=X" → byTemplate.get("w0").get("X")). */
  private readonly byTemplate = new Map<string, Map<string, number>>();
  /** Summed role weights per word-cluster path, by cluster kind (see addGroup); at most a few thousand paths each. */
  private readonly groups: Map<string, Float32Array>[] = [];
  /** The role sums of the word entry being built (see emitRole). */
  private building = new Float32Array(0);
  // reusable buffers
  private em = new Float64Array(0);
  private readonly rows = new IntList();
  private readonly histRows = new Int32Array(9);

  constructor(readonly model: ModelData, res: FeatureResources) {
    this.labels = model.header.labels;
    this.labelIndex = new Map(this.labels.map((l, i) => [l, i]));
    this.outLabels = this.labels.map(toBio);
    const L = (this.L = this.labels.length);
    // one index over the features of both passes (only while loading; afterwards byTemplate)
    const index = new Map<string, number>();
    for (const f of model.features) if (!index.has(f)) index.set(f, index.size);
    if (model.stage2) for (const f of model.stage2.features) if (!index.has(f)) index.set(f, index.size);
    this.passes = model.stage2 ? 2 : 1;
    const S = (this.S = this.passes * L);
    this.w = new Float32Array(index.size * S);
    const spread = (sw: StageWeights, pass: number) => {
      for (let k = 0; k < sw.features.length; k++) this.w.set(sw.weights.subarray(k * L, k * L + L), index.get(sw.features[k]!)! * S + pass * L);
    };
    spread(model, 0);
    if (model.stage2) spread(model.stage2, 1);
    this.decoder = decoderFor(this.labels);
    this.extractor = new FeatureExtractor({ ...res, gazetteer: model.gazetteer, triggers: model.triggers, autoLexicon: model.autoLexicon, actorWords: model.actorWords, options: res.options ?? model.header.featureOptions });
    // word bigrams "wb-=a|b" / "wb+=a|b" as pairs of word ids (<s> = 0, </s> = 1)
    this.bigramWords.set('<s>', BOS);
    this.bigramWords.set('</s>', EOS);
    const wid = (w: string) => internId(this.bigramWords, w);
    this.cbIds.set('<s>', BOS);
    this.cbIds.set('</s>', EOS);
    const cid = (w: string) => internId(this.cbIds, w);
    for (const [f, id] of index) {
      if (f.startsWith('cb-=') || f.startsWith('cb+=')) {
        const bar = f.indexOf('|');
        (f[2] === '-' ? this.cbPrev : this.cbNext).set(cid(f.slice(4, bar)), cid(f.slice(bar + 1)), id * S);
        continue;
      }
      const prevSide = f.startsWith('wb-=');
      if (!prevSide && !f.startsWith('wb+=')) continue;
      const body = f.slice(4);
      // a word may itself contain "|": register every split
      for (let k = body.indexOf('|'); k >= 0; k = body.indexOf('|', k + 1)) {
        (prevSide ? this.bigramPrev : this.bigramNext).set(wid(body.slice(0, k)), wid(body.slice(k + 1)), id * S);
      }
    }
    for (const [f, id] of index) {
      const eq = f.indexOf('=');
      if (eq < 0) continue;
      const t = f.slice(0, eq);
      let m = this.byTemplate.get(t);
      if (!m) this.byTemplate.set(t, (m = new Map()));
      m.set(f.slice(eq + 1), id);
    }
    const row = (f: string) => {
      const id = index.get(f);
      return id === undefined ? -1 : id * S;
    };
    this.rowBias = row('b');
    this.rowBoundary = Int32Array.from(['w-1=<s>', 'w-2=<s>', 'w+1=</s>', 'w+2=</s>'], row);
    const tagOr = (k: number, edge: string) => (k < L ? this.outLabels[k]! : edge);
    this.rowsM1 = [
      Int32Array.from({ length: L + 1 }, (_, k) => row('m1=' + tagOr(k, ''))),
      Int32Array.from({ length: L + 1 }, (_, k) => row('m1-1=' + tagOr(k, '<s>'))),
      Int32Array.from({ length: L + 1 }, (_, k) => row('m1+1=' + tagOr(k, '</s>'))),
    ];
    this.rowsH = Int32Array.from(HISTORY_TYPES, (t) => row('h=' + t));
    this.rowsHn = new Int32Array(HISTORY_TYPES.length * 5).fill(-1);
    this.rowsHm = new Int32Array(HISTORY_TYPES.length * L).fill(-1);
    this.rowsHp = new Int32Array(1 + 2 * HISTORY_TYPES.length).fill(-1);
    this.rowsHnb = model.header.historyNeighbours ? [Int32Array.from(HISTORY_TYPES, (t) => row('h-1=' + t)), Int32Array.from(HISTORY_TYPES, (t) => row('h+1=' + t))] : null;
    HISTORY_TYPES.forEach((t, ti) => {
      for (const b of [1, 2, 4]) this.rowsHn[ti * 5 + b] = row('hn=' + t + b);
      for (let c = 0; c < L; c++) this.rowsHm[ti * L + c] = row('hm=' + t + '|' + this.outLabels[c]);
      this.rowsHp[1 + 2 * ti] = row('hp=B-' + t);
      this.rowsHp[2 + 2 * ti] = row('hp=I-' + t);
    });
  }

  static load(opts: TaggerOptions = {}): NerTagger {
    const file = opts.modelFile ?? DEFAULT_MODEL_FILE;
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      throw new RasidError('E_RESOURCE_MISSING', `cannot read the NER model ${file}`, { input: file, hint: 'run npm run train:ner, or restore data/models/ner.model from the repository', cause: e });
    }
    const model = parseModel(buf, file);
    const table = (ref: { file: string; sha256: string } | undefined, given?: string): ClusterTable | undefined => {
      if (!ref) return undefined;
      // the cluster file the header names (relative to the project), unless one is given
      const cfile = given ?? (ref.file ? path.resolve(PROJECT_ROOT, ref.file) : DEFAULT_CLUSTER_FILE);
      let text: string;
      try {
        text = readFileSync(cfile, 'utf8');
      } catch (e) {
        throw new RasidError('E_RESOURCE_MISSING', `cannot read the word clusters ${cfile} the NER model needs`, { input: cfile, hint: 'restore data/models/ from the repository', cause: e });
      }
      if (sha256(text) !== ref.sha256) {
        throw new RasidError('E_MODEL_INVALID', `the word clusters in ${cfile} are not the ones the NER model was trained with`, { input: file, hint: 'retrain the tagger (npm run train:ner) after rebuilding clusters' });
      }
      return ClusterTable.parse(text, cfile);
    };
    const clusters = table(model.header.clusters, opts.clusterFile);
    const moreClusters = (model.header.moreClusters ?? []).map((ref) => table(ref)!);
    const embeddings = model.header.embeddings ? loadEmbeddingCodes(path.resolve(PROJECT_ROOT, model.header.embeddings.file), model.header.embeddings.sha256, file) : undefined;
    const nameLike = model.header.nameLike ? loadNameLike(path.resolve(PROJECT_ROOT, model.header.nameLike.file), model.header.nameLike.sha256, file) : undefined;
    return new NerTagger(model, { clusters, moreClusters, embeddings, nameLike, actors: model.header.actorFeatures ? opts.actorLexicon?.() : undefined, options: model.header.featureOptions });
  }

  /**
   * Whether a normalized word is a word of people's names in the model's lists: the knowledge base's
   * person-name words and the name lists' person words (section actorwords: PER1, PERp, PERn), ANERgazet's
   * persons, the induced lexicon's PERS words.
   */
  isPersonNameWord(norm: string): boolean {
    const m = this.model;
    if (m.actorWords?.get(norm)?.includes('PER')) return true;
    if (m.gazetteer.get(norm)?.includes('PERS')) return true;
    return m.autoLexicon?.get(norm)?.startsWith('PERS') ?? false;
  }

  /**
   * Whether a normalized word is a one-word name of a place or an organization in the model's word lists: the
   * knowledge base's and the name lists' one-word names (LOC1, ORG1, LOCn1, ORGn1), ANERgazet, or the induced lexicon.
   */
  isPlaceOrOrgNameWord(norm: string, type: 'LOC' | 'ORG'): boolean {
    const m = this.model;
    if (m.actorWords?.get(norm)?.split(' ').some((l) => l === type + '1' || l === type + 'n1')) return true;
    if (m.gazetteer.get(norm)?.includes(type)) return true;
    return m.autoLexicon?.get(norm)?.startsWith(type) ?? false;
  }

  /** Whether a normalized word is a one-word phrase of the model's trigger list with this category (data/ner/triggers.tsv: OHEAD, PTITLE …). */
  isTriggerWord(norm: string, category: string): boolean {
    return this.model.triggers.get(norm)?.includes(category) ?? false;
  }

  /** The word-frequency vocabulary the features use (the cluster table), if any. */
  get vocabulary(): ClusterTable | undefined {
    return this.extractor.res.clusters;
  }

  /** True when the model has the document-memory second pass. */
  get twoPass(): boolean {
    return this.passes === 2;
  }

  /** Row offset of the feature template=value, or -1. */
  private rowOf(tmpl: string, value: string): number {
    const id = this.byTemplate.get(tmpl)?.get(value);
    return id === undefined ? -1 : id * this.S;
  }

  /** Add the weights of a word-only feature (template, value) in a role to the entry being built. */
  private readonly emitRole = (role: number, tmpl: string, value: string): void => {
    const id = this.byTemplate.get(tmpl)?.get(value);
    if (id === undefined) return;
    const L = this.L;
    const v = this.building;
    const off = role * L;
    const w = this.w;
    const b = id * this.S;
    for (let c = 0; c < L; c++) v[off + c] += w[b + c]!;
    if (this.passes === 2) {
      const off2 = ROLES * L + off;
      const b2 = b + L;
      for (let c = 0; c < L; c++) v[off2 + c] += w[b2 + c]!;
    }
  };

  /**
   * Add the summed role weights of a word-cluster path (computed once per path and kept). A table
   * whose paths are nearly one per word (the exchange classes: three separate clusterings) gains
   * nothing from the sums: past GROUP_CACHE_LIMIT paths of a kind, new paths are added directly.
   */
  private readonly addGroup = (kind: number, path: readonly string[]): void => {
    let m = this.groups[kind];
    if (!m) m = this.groups[kind] = new Map();
    const key = path[path.length - 1]!;
    let g = m.get(key);
    if (!g && m.size >= GROUP_CACHE_LIMIT) {
      this.extractor.emitClusterRoles(kind, path, this.emitRole);
      return;
    }
    if (!g) {
      const v = this.building;
      g = this.building = new Float32Array(v.length);
      this.extractor.emitClusterRoles(kind, path, this.emitRole);
      this.building = v;
      m.set(key, g);
    }
    const v = this.building;
    for (let k = 0; k < v.length; k++) v[k] += g[k]!;
  };

  private word(raw: string): WordEntry {
    let e = this.cache.get(raw);
    if (e) return e;
    e = this.older.get(raw);
    if (!e) {
      const info = this.extractor.analyzeToken(raw);
      const v = (this.building = new Float32Array(this.passes * ROLES * this.L));
      this.extractor.emitWordRoles(info, this.emitRole, this.addGroup);
      const base = info.clitics.base;
      const res = this.extractor.res;
      const lex = (res.gazetteer?.startsPhrase(base) ? 1 : 0) | (res.triggers?.startsPhrase(base) ? 2 : 0) | (res.actors?.startsPhrase(base) ? 4 : 0) | (isQuoteMark(info.norm) ? 8 : 0);
      const cb = this.cbIds.size > 2 ? (this.cbIds.get(bigramCluster(info)) ?? -1) : -1;
      e = { norm: info.norm, base, v, bw: this.bigramWords.get(info.norm) ?? -1, cb, lex };
    }
    if (this.cache.size >= WORD_CACHE_GENERATION) {
      this.older = this.cache;
      this.cache = new Map();
    }
    this.cache.set(raw, e);
    return e;
  }

  /** Positional labels ("B-LOC", "I-PERS/LOC") of the longest lexicon matches over base forms, or null when nothing matches. */
  private spans(lex: PhraseLexicon | undefined, words: readonly WordEntry[], bit: number, base: readonly string[]): (string | null)[] | null {
    if (!lex) return null;
    let any = false;
    for (let i = 0; i < words.length; i++) if (words[i]!.lex & bit) any = true;
    if (!any) return null;
    const n = words.length;
    const out: (string | null)[] = new Array(n).fill(null);
    let found = false;
    for (let i = 0; i < n; ) {
      const m = words[i]!.lex & bit ? lex.matchAt(base, i) : null;
      if (!m) {
        i++;
        continue;
      }
      found = true;
      const lab = m.labels.join('/');
      out[i] = 'B-' + lab;
      for (let k = 1; k < m.len; k++) out[i + k] = 'I-' + lab;
      i += m.len;
    }
    return found ? out : null;
  }

  /** Word entries and context feature rows of a sentence (mirrors FeatureExtractor.contextFeatures). */
  private prepare(tokens: readonly string[]): Prepared {
    const n = tokens.length;
    const words: WordEntry[] = new Array(n);
    for (let i = 0; i < n; i++) words[i] = this.word(tokens[i]!);
    const base = words.map((e) => e.base);
    const res = this.extractor.res;
    const gz = this.spans(res.gazetteer, words, 1, base);
    const act = this.spans(res.actors, words, 4, base);
    // trigger phrases: category of each covered token, and of the token right after a phrase
    let trig: (string | null)[] | null = null;
    let after: (string | null)[] | null = null;
    const tl = res.triggers;
    if (tl) {
      for (let i = 0; i < n; ) {
        const m = words[i]!.lex & 2 ? tl.matchAt(base, i) : null;
        if (!m) {
          i++;
          continue;
        }
        if (!trig) {
          trig = new Array(n).fill(null);
          after = new Array(n).fill(null);
        }
        const lab = m.labels.join('/');
        for (let k = 0; k < m.len; k++) trig[i + k] = lab;
        if (i + m.len < n) after![i + m.len] = lab;
        i += m.len;
      }
    }
    // short quoted spans, only when the sentence has a quotation mark: for the feature option quotes
    // (FeatureExtractor.contextFeatures) and the quoted-title rule (markTitles)
    let quoted: Prepared['quoted'] = null;
    for (let i = 0; i < n; i++) {
      if (words[i]!.lex & 8) {
        const norm = words.map((e) => e.norm);
        quoted = { norm, spans: quoteSpans(norm) };
        break;
      }
    }
    const qs = res.options?.quotes && quoted ? quoted.spans : null;
    const rows = this.rows;
    const off = new Int32Array(n + 1);
    const bd = this.rowBoundary;
    for (let i = 0; i < n; i++) {
      off[i] = rows.length;
      rows.pushRow(this.rowBias);
      const cur = words[i]!.bw;
      if (cur >= 0) {
        const pv = i > 0 ? words[i - 1]!.bw : BOS;
        if (pv >= 0) rows.pushRow(this.bigramPrev.get(pv, cur));
        const nx = i + 1 < n ? words[i + 1]!.bw : EOS;
        if (nx >= 0) rows.pushRow(this.bigramNext.get(cur, nx));
      }
      const cc = words[i]!.cb;
      if (cc >= 0) {
        const pv = i > 0 ? words[i - 1]!.cb : BOS;
        if (pv >= 0) rows.pushRow(this.cbPrev.get(pv, cc));
        const nx = i + 1 < n ? words[i + 1]!.cb : EOS;
        if (nx >= 0) rows.pushRow(this.cbNext.get(cc, nx));
      }
      if (i < 1) rows.pushRow(bd[0]!);
      if (i < 2) rows.pushRow(bd[1]!);
      if (i + 1 >= n) rows.pushRow(bd[2]!);
      if (i + 2 >= n) rows.pushRow(bd[3]!);
      if (gz) {
        if (gz[i]) rows.pushRow(this.rowOf('g0', gz[i]!));
        if (i > 0 && gz[i - 1]) rows.pushRow(this.rowOf('g-1', gz[i - 1]!));
        if (i + 1 < n && gz[i + 1]) rows.pushRow(this.rowOf('g+1', gz[i + 1]!));
      }
      if (act) {
        if (act[i]) rows.pushRow(this.rowOf('a0', act[i]!));
        if (i > 0 && act[i - 1]) rows.pushRow(this.rowOf('a-1', act[i - 1]!));
        if (i + 1 < n && act[i + 1]) rows.pushRow(this.rowOf('a+1', act[i + 1]!));
      }
      if (trig) {
        if (trig[i]) rows.pushRow(this.rowOf('t0', trig[i]!));
        if (i > 0 && trig[i - 1]) rows.pushRow(this.rowOf('t-1', trig[i - 1]!));
        if (i > 1 && trig[i - 2]) rows.pushRow(this.rowOf('t-2', trig[i - 2]!));
        if (i + 1 < n && trig[i + 1]) rows.pushRow(this.rowOf('t+1', trig[i + 1]!));
        if (after![i]) rows.pushRow(this.rowOf('ta', after![i]!));
        else if (i > 0 && after![i - 1]) rows.pushRow(this.rowOf('ta2', after![i - 1]!));
      }
      if (qs && qs.pos[i]) {
        rows.pushRow(this.rowOf('qp', qs.pos[i] === 1 ? 'B' : 'I'));
        const h = qs.head[i]!;
        rows.pushRow(this.rowOf('qh', h >= 0 ? base[h]! : '<s>'));
      }
    }
    off[n] = rows.length;
    return { words, base, ctx: rows.take(), off, quoted };
  }

  private buffers(n: number): void {
    const need = n * this.L;
    if (this.em.length < need) {
      const size = Math.max(need, 2 * this.em.length, 64 * this.L);
      this.em = new Float64Array(size);
    }
  }

  /** Emission scores of a sentence for one pass into this.em: word role sums, context rows, and (pass 2) document-memory rows. */
  private emissions(p: Prepared, pass: 0 | 1, hist: HistoryCodes | null, tags1: Int32Array | null): void {
    const { words, ctx, off } = p;
    const n = words.length;
    const L = this.L;
    const w = this.w;
    const wo = pass * L;
    const em = this.em;
    const o = pass * ROLES * L;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      const vs = words[i]!.v;
      for (let c = 0; c < L; c++) em[row + c] = vs[o + c]!;
      if (i > 0) {
        const v = words[i - 1]!.v;
        const b = o + P1 * L;
        for (let c = 0; c < L; c++) em[row + c] += v[b + c]!;
      }
      if (i > 1) {
        const v = words[i - 2]!.v;
        const b = o + P2 * L;
        for (let c = 0; c < L; c++) em[row + c] += v[b + c]!;
      }
      if (i + 1 < n) {
        const v = words[i + 1]!.v;
        const b = o + N1 * L;
        for (let c = 0; c < L; c++) em[row + c] += v[b + c]!;
      }
      if (i + 2 < n) {
        const v = words[i + 2]!.v;
        const b = o + N2 * L;
        for (let c = 0; c < L; c++) em[row + c] += v[b + c]!;
      }
      for (let k = off[i]!; k < off[i + 1]!; k++) {
        const b = ctx[k]!;
        for (let c = 0; c < L; c++) em[row + c] += w[b + wo + c]!;
      }
      if (hist && tags1) {
        const t = tags1[i]!;
        const m = this.rowsM1;
        const hr = this.histRows;
        hr[0] = m[0]![t]!;
        hr[1] = m[1]![i > 0 ? tags1[i - 1]! : L]!;
        hr[2] = m[2]![i + 1 < n ? tags1[i + 1]! : L]!;
        const ti = hist.h[i]!;
        hr[3] = ti >= 0 ? this.rowsH[ti]! : -1;
        hr[4] = ti >= 0 ? this.rowsHn[ti * 5 + hist.hn[i]!]! : -1;
        hr[5] = ti >= 0 ? this.rowsHm[ti * L + t]! : -1;
        const hp = hist.hp[i]!;
        hr[6] = hp ? this.rowsHp[hp]! : -1;
        let nr = 7;
        const nb = this.rowsHnb;
        if (nb) {
          const a = i > 0 ? hist.h[i - 1]! : -1;
          const z = i + 1 < n ? hist.h[i + 1]! : -1;
          hr[7] = a >= 0 ? nb[0]![a]! : -1;
          hr[8] = z >= 0 ? nb[1]![z]! : -1;
          nr = 9;
        }
        for (let k = 0; k < nr; k++) {
          const b = hr[k]!;
          if (b >= 0) for (let c = 0; c < L; c++) em[row + c] += w[b + wo + c]!;
        }
      }
    }
  }

  private names(idx: Int32Array): string[] {
    const out: string[] = new Array(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = this.outLabels[idx[i]!]!;
    return out;
  }

  /**
   * Tag the sentences of one document (in order). The second pass, when the model has one, sees
   * the first pass's entities in neighbouring sentences (src/ner/history.ts).
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const prepared = sentences.map((s) => this.prepare(s));
    const first = prepared.map((p) => {
      const n = p.words.length;
      const out = new Int32Array(n);
      if (n) {
        this.buffers(n);
        this.emissions(p, 0, null, null);
        this.decoder.decode(this.em, n, this.model.trans, out);
      }
      return out;
    });
    const firstNames = first.map((t) => this.names(t));
    const where = this.model.header.knownPersons;
    if (this.passes === 1) {
      firstNames.forEach((t, k) => {
        if (where) this.markPersons(prepared[k]!.base, t);
        this.markTitles(prepared[k]!, t);
      });
      return firstNames;
    }
    const titlesBoth = this.model.header.quotedTitles === 'both';
    if (where === 'both' || titlesBoth) {
      firstNames.forEach((t, k) => {
        const p = prepared[k]!;
        const changed = (where === 'both' ? this.markPersons(p.base, t) : 0) + (titlesBoth ? this.markTitles(p, t) : 0);
        if (changed) for (let i = 0; i < t.length; i++) first[k]![i] = this.labelIndex.get(t[i]!)!;
      });
    }
    const hist = historyCodes(
      prepared.map((p) => p.base),
      firstNames,
      this.model.header.historyWindow ?? HISTORY_WINDOW,
    );
    const trans2 = this.model.stage2!.trans;
    return prepared.map((p, k) => {
      const n = p.words.length;
      if (!n) return [];
      const out = new Int32Array(n);
      this.buffers(n);
      this.emissions(p, 1, hist[k]!, first[k]!);
      this.decoder.decode(this.em, n, trans2, out);
      const tags = this.names(out);
      if (where) this.markPersons(p.base, tags);
      this.markTitles(p, tags);
      return tags;
    });
  }

  /** Mark the model's known people in one sentence's tags (src/ner/known-persons.ts); the number marked. */
  private markPersons(base: readonly string[], tags: string[]): number {
    return markKnownPersons(base, tags, this.model.knownPersons!, personTitleAt(this.model.triggers, base));
  }

  /** Apply the quoted-title rule (src/ner/quoted-titles.ts) to one sentence's tags, when the model has it; the number typed. */
  private markTitles(p: Prepared, tags: string[]): number {
    const heads = this.model.header.quotedTitles ? this.model.quotedTitles : undefined;
    return heads && p.quoted ? markQuotedTitles(p.quoted.norm, tags, heads, p.quoted.spans) : 0;
  }

  /** BIO labels (ANERcorp tag set) for one sentence of raw tokens, tagged on its own. */
  tag(tokens: readonly string[]): string[] {
    return this.tagDocument([tokens])[0]!;
  }
}

/** The id of `w` in `ids`, given the next free one (the map's size) on first sight. */
function internId(ids: Map<string, number>, w: string): number {
  let id = ids.get(w);
  if (id === undefined) ids.set(w, (id = ids.size));
  return id;
}
