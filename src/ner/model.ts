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
 *     features2, weights2, trans2   the second pass (document memory, src/ner/history.ts), same layout
 * The word clusters stay in their own file (data/models/ner-clusters.tsv).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RasidError } from '../errors.ts';
import path from 'node:path';
import { dataPath, PROJECT_ROOT } from '../util/paths.ts';
import { FeatureExtractor, type FeatureResources, type TokenInfo } from './features.ts';
import { ClusterTable, PhraseLexicon } from './lexicon.ts';
import { allowedTransitions, viterbi } from './perceptron.ts';
import { HISTORY_WINDOW, historyFeatures } from './history.ts';

export const MODEL_MAGIC = 'RASID-NER 1';
export const DEFAULT_MODEL_FILE = dataPath('models', 'ner.model');
export const DEFAULT_CLUSTER_FILE = dataPath('models', 'ner-clusters.tsv');

/** The ANERcorp tag set. */
export const ANER_LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;

export interface ModelHeader {
  labels: string[];
  /** Name of the cluster file and its SHA-256, when cluster features are used. */
  clusters?: { file: string; sha256: string };
  /** Further cluster tables, in feature order (prefixes d, e, f, ...). */
  moreClusters?: { file: string; sha256: string }[];
  /** Whether actor-lexicon features were used in training. */
  actorFeatures?: boolean;
  /** Sentences each side the second pass's document memory covers (src/ner/history.ts). */
  historyWindow?: number;
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
  return { header, features, weights, trans, stage2, gazetteer: PhraseLexicon.fromEntries(lines('gazetteer')), triggers: PhraseLexicon.fromEntries(lines('triggers')), autoLexicon };
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

/** Feature ids of one word in each role (see FeatureExtractor.wordRoles), with its analysis. */
interface WordEntry {
  info: TokenInfo;
  /**
   * Summed weights of the word's features in each role, per pass: 5 blocks of `labels` scores
   * (self, as previous word, as the word two before, as next word, as the word two after).
   */
  v1: Float64Array;
  v2: Float64Array | null;
}

const WORD_CACHE_LIMIT = 100_000;
const SELF = 0;
const P1 = 1;
const P2 = 2;
const N1 = 3;
const N2 = 4;

function addBlock(em: Float64Array, row: number, v: Float64Array, off: number, L: number): void {
  for (let c = 0; c < L; c++) em[row + c] += v[off + c]!;
}

function addRows(em: Float64Array, row: number, w: Float32Array, rows: readonly number[], L: number): void {
  for (let k = 0; k < rows.length; k++) {
    const b = rows[k]!;
    for (let c = 0; c < L; c++) em[row + c] += w[b + c]!;
  }
}

/**
 * A loaded tagger: the model, its feature extractor and a decoder. Both passes share one feature
 * index; word-only features are looked up once per distinct word (a bounded cache owned by the
 * instance, which never changes results).
 */
export class NerTagger {
  readonly labels: readonly string[];
  private readonly allowed: Uint8Array;
  private readonly index = new Map<string, number>();
  /** Weights of pass 1 and pass 2 over the shared index (features × labels). */
  private readonly w1: Float32Array;
  private readonly w2: Float32Array | null;
  private readonly cache = new Map<string, WordEntry>();
  readonly extractor: FeatureExtractor;

  constructor(readonly model: ModelData, res: FeatureResources) {
    this.labels = model.header.labels;
    const L = this.labels.length;
    for (const f of model.features) if (!this.index.has(f)) this.index.set(f, this.index.size);
    if (model.stage2) for (const f of model.stage2.features) if (!this.index.has(f)) this.index.set(f, this.index.size);
    const spread = (sw: StageWeights) => {
      const w = new Float32Array(this.index.size * L);
      for (let k = 0; k < sw.features.length; k++) w.set(sw.weights.subarray(k * L, k * L + L), this.index.get(sw.features[k]!)! * L);
      return w;
    };
    this.w1 = spread(model);
    this.w2 = model.stage2 ? spread(model.stage2) : null;
    this.allowed = allowedTransitions(this.labels);
    this.extractor = new FeatureExtractor({ ...res, gazetteer: model.gazetteer, triggers: model.triggers, autoLexicon: model.autoLexicon });
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
    return new NerTagger(model, { clusters, moreClusters, actors: model.header.actorFeatures ? opts.actorLexicon?.() : undefined });
  }

  /** The word-frequency vocabulary the features use (the cluster table), if any. */
  get vocabulary(): ClusterTable | undefined {
    return this.extractor.res.clusters;
  }

  /** True when the model has the document-memory second pass. */
  get twoPass(): boolean {
    return this.w2 !== null;
  }

  /** Row offsets (id × labels) of the known features among `feats`. */
  private ids(feats: readonly string[]): number[] {
    const out: number[] = [];
    const L = this.labels.length;
    for (let k = 0; k < feats.length; k++) {
      const id = this.index.get(feats[k]!);
      if (id !== undefined) out.push(id * L);
    }
    return out;
  }

  private word(raw: string): WordEntry {
    let e = this.cache.get(raw);
    if (e) return e;
    const info = this.extractor.analyzeToken(raw);
    const r = this.extractor.wordRoles(info);
    const L = this.labels.length;
    const roles = [this.ids(r.self), this.ids(r.p1), this.ids(r.p2), this.ids(r.n1), this.ids(r.n2)];
    const sum = (w: Float32Array) => {
      const v = new Float64Array(5 * L);
      roles.forEach((rows, k) => addRows(v, k * L, w, rows, L));
      return v;
    };
    e = { info, v1: sum(this.w1), v2: this.w2 ? sum(this.w2) : null };
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    this.cache.set(raw, e);
    return e;
  }

  /** Emission scores of a sentence for one pass: the words' role sums, context rows and optional extra rows per token. */
  private emissions(words: WordEntry[], ctx: number[][], extra: number[][] | null, pass: 1 | 2): Float64Array {
    const n = words.length;
    const L = this.labels.length;
    const w = pass === 1 ? this.w1 : this.w2!;
    const em = new Float64Array(n * L);
    const vec = (i: number) => (pass === 1 ? words[i]!.v1 : words[i]!.v2!);
    for (let i = 0; i < n; i++) {
      const row = i * L;
      addBlock(em, row, vec(i), SELF * L, L);
      if (i > 0) addBlock(em, row, vec(i - 1), P1 * L, L);
      if (i > 1) addBlock(em, row, vec(i - 2), P2 * L, L);
      if (i + 1 < n) addBlock(em, row, vec(i + 1), N1 * L, L);
      if (i + 2 < n) addBlock(em, row, vec(i + 2), N2 * L, L);
      addRows(em, row, w, ctx[i]!, L);
      if (extra) addRows(em, row, w, extra[i]!, L);
    }
    return em;
  }

  private names(idx: Int32Array): string[] {
    const out: string[] = new Array(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = this.labels[idx[i]!]!;
    return out;
  }

  /**
   * Tag the sentences of one document (in order). The second pass, when the model has one, sees
   * the first pass's entities in neighbouring sentences (src/ner/history.ts).
   */
  tagDocument(sentences: readonly (readonly string[])[]): string[][] {
    const L = this.labels.length;
    const prepared = sentences.map((s) => {
      const words = s.map((t) => this.word(t));
      const info = words.map((e) => e.info);
      const base = info.map((t) => t.clitics.base);
      const ctx = this.extractor.contextFeatures(info, base).map((f) => this.ids(f));
      return { words, base, ctx };
    });
    const first = prepared.map((p) => (p.words.length ? this.names(viterbi(this.emissions(p.words, p.ctx, null, 1), p.words.length, L, this.model.trans, this.allowed)) : []));
    if (!this.w2) return first;
    const hist = historyFeatures(
      prepared.map((p) => p.base),
      first,
      this.model.header.historyWindow ?? HISTORY_WINDOW,
    );
    const trans2 = this.model.stage2!.trans;
    return prepared.map((p, k) =>
      p.words.length ? this.names(viterbi(this.emissions(p.words, p.ctx, hist[k]!.map((f) => this.ids(f)), 2), p.words.length, L, trans2, this.allowed)) : [],
    );
  }

  /** BIO labels (ANERcorp tag set) for one sentence of raw tokens, tagged on its own. */
  tag(tokens: readonly string[]): string[] {
    return this.tagDocument([tokens])[0]!;
  }
}
