/**
 * `npm run train:ner`: trains the NER tagger (averaged structured perceptron, Viterbi over BIO tags)
 * on ANERcorp train, keeping the last 10% of its sentences as a development split, and writes
 * data/models/ner.model. Deterministic for a seed.
 *
 * Options: --seed N (default 1)  --epochs N (max, default 15; the best epoch on dev is kept)
 *          --extra aqmar,wojood (add corpora)  --no-clusters  --no-gazetteer  --no-triggers
 *          --min-count N (feature frequency cut-off, default 1)  --out FILE  --dry (don't write)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ClusterTable, loadPhraseFile, PhraseLexicon } from '../src/ner/lexicon.ts';
import { FeatureExtractor } from '../src/ner/features.ts';
import { trainPerceptron, type EncodedSentence } from '../src/ner/perceptron.ts';
import { ANER_LABELS, DEFAULT_CLUSTER_FILE, DEFAULT_MODEL_FILE, NerTagger, saveModel, sha256, type ModelData } from '../src/ner/model.ts';
import { readAnercorpTrain, readAnerGazet, readAqmar, readWojood } from '../src/ner/corpora.ts';
import { formatScore, scoreEntities, type ConllSentence } from '../src/ner/conll.ts';
import { dataPath, PROJECT_ROOT } from '../src/util/paths.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : def;
};
const flag = (name: string) => args.includes(name);
const SEED = Number(opt('--seed', '1'));
const EPOCHS = Number(opt('--epochs', '15'));
const MIN_COUNT = Number(opt('--min-count', '1'));
const EXTRA = opt('--extra', '').split(',').filter(Boolean);
const OUT = path.resolve(opt('--out', DEFAULT_MODEL_FILE));
const log = (s: string) => process.stderr.write(`[train-ner ${((Date.now() - T0) / 1000).toFixed(1)}s] ${s}\n`);
const T0 = Date.now();

// ---- data -----------------------------------------------------------------------
const aner = readAnercorpTrain();
const nDev = Math.round(aner.length * 0.1);
const train: ConllSentence[] = aner.slice(0, aner.length - nDev);
const dev = aner.slice(aner.length - nDev);
const extraCounts: Record<string, number> = {};
for (const e of EXTRA) {
  const add = e === 'aqmar' ? readAqmar() : e === 'wojood' ? readWojood() : null;
  if (!add) throw new Error(`unknown --extra corpus "${e}" (aqmar, wojood)`);
  extraCounts[e] = add.length;
  train.push(...add);
}
const count = (ss: ConllSentence[]) => ss.reduce((n, s) => n + s.tokens.length, 0);
log(`ANERcorp train: ${aner.length} sentences; training ${train.length} sentences (${count(train)} tokens), dev ${dev.length} sentences (${count(dev)} tokens)`);

// ---- resources ---------------------------------------------------------------------
let clusters: ClusterTable | undefined;
let clusterSha: string | undefined;
if (!flag('--no-clusters') && existsSync(DEFAULT_CLUSTER_FILE)) {
  const text = readFileSync(DEFAULT_CLUSTER_FILE, 'utf8');
  clusters = ClusterTable.parse(text, DEFAULT_CLUSTER_FILE);
  clusterSha = sha256(text);
  log(`clusters: ${clusters.size} words`);
}
const gazetteer = flag('--no-gazetteer') ? new PhraseLexicon() : readAnerGazet();
const triggers = flag('--no-triggers') ? new PhraseLexicon() : loadPhraseFile(dataPath('ner', 'triggers.tsv'));
log(`gazetteer: ${gazetteer.size} phrases; triggers: ${triggers.size} phrases`);
const extractor = new FeatureExtractor({ clusters, gazetteer, triggers });

// ---- features -------------------------------------------------------------------------
const labels: string[] = [...ANER_LABELS];
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const trainFeats = train.map((s) => extractor.extract(s.tokens));
const fcount = new Map<string, number>();
for (const sent of trainFeats) for (const tok of sent) for (const f of tok) fcount.set(f, (fcount.get(f) ?? 0) + 1);
const features: string[] = [];
const index = new Map<string, number>();
for (const [f, c] of fcount) {
  if (c >= MIN_COUNT) {
    index.set(f, features.length);
    features.push(f);
  }
}
log(`features: ${features.length} (of ${fcount.size} seen, min count ${MIN_COUNT})`);
const encode = (feats: string[][]) => {
  let total = 0;
  for (const f of feats) total += f.length;
  const ids = new Int32Array(total);
  const offsets = new Int32Array(feats.length + 1);
  let k = 0;
  for (let i = 0; i < feats.length; i++) {
    offsets[i] = k;
    for (const s of feats[i]!) ids[k++] = index.get(s) ?? -1;
  }
  offsets[feats.length] = k;
  return { ids, offsets };
};
const data: EncodedSentence[] = train.map((s, k) => ({ ...encode(trainFeats[k]!), gold: Int32Array.from(s.tags, (t) => labelIndex.get(t) ?? 0) }));

// ---- training with dev evaluation --------------------------------------------------------
const header = (extra: Record<string, unknown>): ModelData['header'] => ({
  labels,
  clusters: clusters && clusterSha ? { file: path.relative(PROJECT_ROOT, DEFAULT_CLUSTER_FILE), sha256: clusterSha } : undefined,
  actorFeatures: false,
  ...extra,
});
const devScore = (weights: Float32Array, trans: Float32Array) => {
  const tagger = new NerTagger({ header: header({}), features, weights, trans, gazetteer, triggers }, { clusters });
  const pred = dev.map((s) => tagger.tag(s.tokens));
  return scoreEntities(
    dev.map((s) => s.tags),
    pred,
  );
};
const result = trainPerceptron(data, features.length, labels, {
  epochs: EPOCHS,
  seed: SEED,
  log,
  onEpoch: (epoch, w, t) => {
    const s = devScore(w, t);
    log(`  dev F1 after epoch ${epoch}: ${(100 * s.overall.f1).toFixed(2)}`);
    return s.overall.f1;
  },
});
const final = devScore(result.weights, result.trans);
log(`best epoch ${result.bestEpoch}\n${formatScore(final)}`);

// ---- prune and save -------------------------------------------------------------------------
const L = labels.length;
const keep: number[] = [];
for (let f = 0; f < features.length; f++) {
  let any = false;
  for (let c = 0; c < L; c++) if (Math.abs(result.weights[f * L + c]!) > 1e-4) any = true;
  if (any) keep.push(f);
}
const weights = new Float32Array(keep.length * L);
keep.forEach((f, k) => weights.set(result.weights.subarray(f * L, f * L + L), k * L));
const pct = (x: number) => Math.round(x * 10000) / 100;
const model: ModelData = {
  header: header({
    training: {
      data: 'ANERcorp train (CAMeL Lab split), ../shared/data/ner/anercorp/train.txt',
      sentences: train.length,
      tokens: count(train),
      devSplit: `last 10% of ANERcorp train by sentence (${dev.length} sentences, ${count(dev)} tokens)`,
      extra: extraCounts,
      gazetteer: gazetteer.size ? `ANERgazet (Benajiba), ${gazetteer.size} normalized phrases` : 'none',
      triggers: triggers.size ? `data/ner/triggers.tsv, ${triggers.size} phrases` : 'none',
      seconds: Math.round((Date.now() - T0) / 1000),
    },
    settings: { learner: 'averaged structured perceptron, first-order Viterbi, BIO constraints', maxEpochs: EPOCHS, bestEpoch: result.bestEpoch, minCount: MIN_COUNT, features: keep.length },
    seed: SEED,
    dev: {
      overall: { p: pct(final.overall.precision), r: pct(final.overall.recall), f1: pct(final.overall.f1) },
      byType: Object.fromEntries(Object.entries(final.byType).map(([t, v]) => [t, { p: pct(v.precision), r: pct(v.recall), f1: pct(v.f1) }])),
      perEpochF1: result.scores.map(pct),
    },
    credits: [
      'ANERcorp: Benajiba, Rosso & Benedí Ruiz (2007), CC BY-SA 4.0 (CAMeL Lab split) — training data',
      'ANERgazet: Benajiba et al. (2007) — gazetteer features',
      'SaudiNewsNet: Alshehri (2015), CC BY-NC-SA 4.0 — unlabeled text for the word clusters',
      ...(EXTRA.includes('aqmar') ? ['AQMAR: Mohit et al. (2012), CC BY-SA 3.0'] : []),
      ...(EXTRA.includes('wojood') ? ['Wojood sample: Jarrar et al. (2022), MIT'] : []),
    ],
    created: new Date().toISOString().slice(0, 10),
  }),
  features: keep.map((f) => features[f]!),
  weights,
  trans: result.trans,
  gazetteer,
  triggers,
};
if (!flag('--dry')) {
  const bytes = saveModel(OUT, model);
  log(`wrote ${OUT}: ${keep.length} features, ${(bytes / 1048576).toFixed(1)} MB`);
}
