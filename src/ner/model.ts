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
 * The word clusters stay in their own file (data/models/ner-clusters.tsv).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { RasidError } from '../errors.ts';
import { dataPath } from '../util/paths.ts';
import { FeatureExtractor, type FeatureResources } from './features.ts';
import { ClusterTable, PhraseLexicon } from './lexicon.ts';
import { allowedTransitions, emissions, viterbi } from './perceptron.ts';

export const MODEL_MAGIC = 'RASID-NER 1';
export const DEFAULT_MODEL_FILE = dataPath('models', 'ner.model');
export const DEFAULT_CLUSTER_FILE = dataPath('models', 'ner-clusters.tsv');

/** The ANERcorp tag set. */
export const ANER_LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;

export interface ModelHeader {
  labels: string[];
  /** Name of the cluster file and its SHA-256, when cluster features are used. */
  clusters?: { file: string; sha256: string };
  /** Whether actor-lexicon features were used in training. */
  actorFeatures?: boolean;
  training?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  seed?: number;
  dev?: Record<string, unknown>;
  credits?: string[];
  created?: string;
  sections?: { name: string; bytes: number }[];
}

export interface ModelData {
  header: ModelHeader;
  features: string[];
  weights: Float32Array;
  trans: Float32Array;
  gazetteer: PhraseLexicon;
  triggers: PhraseLexicon;
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
  const fText = need('features').toString('utf8');
  const features = fText ? fText.split('\n') : [];
  const weights = f32(need('weights'));
  const trans = f32(need('trans'));
  if (weights.length !== features.length * L) throw bad(`weights (${weights.length}) do not match features × labels (${features.length} × ${L})`);
  if (trans.length !== (L + 1) * L) throw bad('transition table has the wrong size');
  const lines = (name: string) => {
    const t = parts.get(name)?.toString('utf8') ?? '';
    return t ? t.split('\n') : [];
  };
  return { header, features, weights, trans, gazetteer: PhraseLexicon.fromEntries(lines('gazetteer')), triggers: PhraseLexicon.fromEntries(lines('triggers')) };
}

export function saveModel(file: string, m: ModelData): number {
  const buf = serializeModel(m);
  writeFileSync(file, buf);
  return buf.length;
}

export interface TaggerOptions {
  modelFile?: string;
  clusterFile?: string;
  /** Actor-lexicon phrases labelled with entity types, for models trained with actor features. */
  actors?: PhraseLexicon;
}

/** A loaded tagger: the model, its feature extractor and a decoder. Immutable after loading. */
export class NerTagger {
  readonly labels: readonly string[];
  private readonly index: Map<string, number>;
  private readonly allowed: Uint8Array;
  readonly extractor: FeatureExtractor;

  constructor(readonly model: ModelData, res: FeatureResources) {
    this.labels = model.header.labels;
    this.index = new Map();
    for (let k = 0; k < model.features.length; k++) this.index.set(model.features[k]!, k);
    this.allowed = allowedTransitions(this.labels);
    this.extractor = new FeatureExtractor({ ...res, gazetteer: model.gazetteer, triggers: model.triggers });
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
    let clusters: ClusterTable | undefined;
    if (model.header.clusters) {
      const cfile = opts.clusterFile ?? DEFAULT_CLUSTER_FILE;
      let text: string;
      try {
        text = readFileSync(cfile, 'utf8');
      } catch (e) {
        throw new RasidError('E_RESOURCE_MISSING', `cannot read the word clusters ${cfile} the NER model needs`, { input: cfile, hint: 'restore data/models/ner-clusters.tsv from the repository', cause: e });
      }
      if (sha256(text) !== model.header.clusters.sha256) {
        throw new RasidError('E_MODEL_INVALID', `the word clusters in ${cfile} are not the ones the NER model was trained with`, { input: file, hint: 'retrain the tagger (npm run train:ner) after rebuilding clusters' });
      }
      clusters = ClusterTable.parse(text, cfile);
    }
    return new NerTagger(model, { clusters, actors: model.header.actorFeatures ? opts.actors : undefined });
  }

  /** Feature ids per token (-1 for features the model does not know). */
  encode(feats: string[][]): { ids: Int32Array; offsets: Int32Array } {
    let total = 0;
    for (const f of feats) total += f.length;
    const ids = new Int32Array(total);
    const offsets = new Int32Array(feats.length + 1);
    let k = 0;
    for (let i = 0; i < feats.length; i++) {
      offsets[i] = k;
      for (const s of feats[i]!) ids[k++] = this.index.get(s) ?? -1;
    }
    offsets[feats.length] = k;
    return { ids, offsets };
  }

  /** Label indices for one sentence of raw tokens. */
  tagIndices(tokens: readonly string[]): Int32Array {
    const n = tokens.length;
    const L = this.labels.length;
    if (!n) return new Int32Array(0);
    const enc = this.encode(this.extractor.extract(tokens));
    const em = new Float64Array(n * L);
    emissions(enc, n, L, this.model.weights, em);
    return viterbi(em, n, L, this.model.trans, this.allowed);
  }

  /** BIO labels (ANERcorp tag set) for one sentence of raw tokens. */
  tag(tokens: readonly string[]): string[] {
    const idx = this.tagIndices(tokens);
    const out: string[] = new Array(idx.length);
    for (let i = 0; i < idx.length; i++) out[i] = this.labels[idx[i]!]!;
    return out;
  }
}
