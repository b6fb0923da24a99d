/**
 * `npm run train:ner`: trains the NER tagger (averaged structured perceptron, Viterbi over BIO tags)
 * on ANERcorp train, keeping the last 10% of its sentences as a development split, and writes
 * data/models/ner.model. Deterministic for a seed.
 *
 * Options: --seed N (default 1)  --epochs N (max, default 15; the best epoch on dev is kept)
 *          --extra aqmar,wojood (add corpora; --extra-domain: with domain copies of their features)  --no-clusters  --no-gazetteer  --no-triggers
 *          --actors (actor-lexicon membership features from data/actors/; the tagger then needs the
 *          knowledge base at run time)  --one-pass (no document-memory second pass)
 *          --auto-lexicon FILE (induced lexicon, default data/models/ner-induced-lexicon.tsv when present)
 *          --no-actor-words (leave out the word-level actor labels from data/actors/, which are stored in the model)
 *          --learner crf [--c2 X --eta X --decay X]  --pa C (passive-aggressive)  --ngrams  --cluster-bigrams  --gaz-parts  --folds N
 *          --learner2 crf (learner of the second pass only)  --scheme bioes (BIOES labels, src/ner/labels.ts) (experiments)
 *          --all (the shipped model: first the same options with the development split held out, as a child
 *          process writing --heldout-out FILE, default $TMPDIR/ner-heldout.model; then the whole training part with
 *          that run's best epochs; the header keeps the held-out development scores as dev.heldOut)
 *          --all --fixed-epochs P1,P2 (skip the held-out run, epochs given)
 *          --all --heldout-from FILE (skip the held-out run: take it from FILE, a model trained with the same options without --all)
 *          --namelike FILE (name-likeness model for the nl0/nl±1 features; default data/models/ner-namelike.tsv,
 *          for words on no gazetteer, induced-lexicon or actor list)  --no-namelike  --namelike-all-words
 *          --no-quotes (leave out the quoted-span features qp/qh)  --topics (experiment: document topic from data/ner/topics.tsv x first-pass tag)
 *          --known-persons both|final|none (known people's names from the actor knowledge base marked in the
 *          first pass's and the final tags (default), the final tags only, or not at all; src/ner/known-persons.ts)
 *          --name-lists DIR (the team's name lists, default data/ner/name-lists; src/ner/name-lists.ts)  --no-name-lists
 *          --known-persons-from MODEL (the known people stored in another model file, to compare without the knowledge base's drift)
 *          --quoted-titles FILE (heads of the quoted-title rule on the final tags, default data/ner/quoted-titles.tsv;
 *          src/ner/quoted-titles.ts)  --no-quoted-titles  --quoted-titles-where both|final (default both: also on the first pass's tags)
 *          --dump-preds PREFIX (write PREFIX.dev.conll and PREFIX.cv.conll: gold and predicted tags, for npm run eval:ner -- --pred)
 *          --no-auto-lexicon  --window N (document-memory window, sentences each side)  --clusters FILE (default data/models/ner-clusters.tsv)  --min-count N (feature frequency cut-off, default 1)  --out FILE  --dry (don't write)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ClusterTable, loadPhraseFile, PhraseLexicon } from '../src/ner/lexicon.ts';
import { FeatureExtractor, type FeatureOptions } from '../src/ner/features.ts';
import { decoderFor, emissions, trainPerceptron, type EncodedSentence } from '../src/ner/perceptron.ts';
import { bioToBioes, schemeLabels, toBio, type LabelScheme } from '../src/ner/labels.ts';
import { HISTORY_WINDOW, historyFeatures, parseTopicWords, sentenceTopics, TOPIC_MIN, TOPIC_WINDOW } from '../src/ner/history.ts';
import { normalize } from '../src/text/normalize.ts';
import { trainCrf } from '../src/ner/crf.ts';
import { addNameListLabels, loadNameLists, withoutListLabels } from '../src/ner/name-lists.ts';
import { knownPersonPhrases, markKnownPersons, personTitleAt } from '../src/ner/known-persons.ts';
import { DEFAULT_QUOTED_TITLES_FILE, markQuotedTitles, QuotedTitleHeads } from '../src/ner/quoted-titles.ts';
import { tuneLabelBias, type BiasMode, type ScoredSentence } from '../src/ner/bias.ts';
import { actorPhraseLexicon, actorWordLabels } from '../src/ner/actor-lexicon.ts';
import { ActorKB } from '../src/actors/kb.ts';
import { DEFAULT_CLUSTER_FILE, DEFAULT_MODEL_FILE, loadEmbeddingCodes, loadNameLike, parseAutoLexicon, parseModel, saveModel, sha256, type ModelData, type StageWeights } from '../src/ner/model.ts';
import { readAnercorpTrain, readAnerGazet, readAqmar, readWojood } from '../src/ner/corpora.ts';
import { formatScore, parseConll, scoreEntities, type ConllSentence } from '../src/ner/conll.ts';
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
const WINDOW = Number(opt('--window', String(HISTORY_WINDOW)));
const HIST_NB = flag('--hist-neighbours');
const ENSEMBLE = Number(opt('--ensemble', '1'));
const LEARNER = opt('--learner', 'perceptron');
const PA = Number(opt('--pa', '0'));
const C2 = Number(opt('--c2', '1'));
const ETA = Number(opt('--eta', '0.1'));
const DECAY = Number(opt('--decay', '2'));
const EXTRA = opt('--extra', '').split(',').filter(Boolean);
const OUT = path.resolve(opt('--out', DEFAULT_MODEL_FILE));
const CLUSTER_FILE = path.resolve(opt('--clusters', DEFAULT_CLUSTER_FILE));
const log = (s: string) => process.stderr.write(`[train-ner ${((Date.now() - T0) / 1000).toFixed(1)}s] ${s}\n`);
const T0 = Date.now();

// ---- data -----------------------------------------------------------------------
const aner = readAnercorpTrain();
const nDev = Math.round(aner.length * 0.1);
// --all: train on the whole training part (development split included) with fixed epoch counts
// chosen in an ordinary run (--fixed-epochs PASS1,PASS2); development scores are then in-sample
const ALL = flag('--all');
/**
 * --all without --fixed-epochs first runs this script without --all (same options, the development
 * split held out) as a child process, writing that held-out model to --heldout-out (default
 * ner-heldout.model in the OS temp directory); its best epochs become the fixed epochs, and its
 * held-out development scores go into the final model's header (dev.heldOut), so the header states
 * what the configuration scores on data it was not trained on.
 */
let heldOut: { file: string; dev: Record<string, unknown>; bestEpoch: unknown } | undefined;
if (ALL && !args.includes('--fixed-epochs') && !args.includes('--heldout-from')) {
  const hoFile = path.resolve(opt('--heldout-out', path.join(tmpdir(), 'ner-heldout.model')));
  const childArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--all') continue;
    if (args[i] === '--out' || args[i] === '--heldout-out') {
      i++;
      continue;
    }
    childArgs.push(args[i]!);
  }
  childArgs.push('--out', hoFile);
  process.stderr.write(`[train-ner] --all: first the held-out run (${childArgs.join(' ')})\n`);
  execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, ...childArgs], { stdio: ['ignore', 'inherit', 'inherit'] });
  const h = parseModel(readFileSync(hoFile), hoFile).header;
  heldOut = { file: hoFile, dev: h.dev ?? {}, bestEpoch: h.settings?.bestEpoch };
}
// --all --heldout-from FILE: the held-out run was already made (same options, without --all): use that model's header
const HO_FROM = ALL && !heldOut ? opt('--heldout-from', '') : '';
if (HO_FROM) {
  const h = parseModel(readFileSync(HO_FROM), HO_FROM).header;
  if (h.training?.devHeldOut === false) throw new Error(`--heldout-from ${HO_FROM}: that model was trained with --all`);
  heldOut = { file: path.resolve(HO_FROM), dev: h.dev ?? {}, bestEpoch: h.settings?.bestEpoch };
  process.stderr.write(`[train-ner] --all: held-out run taken from ${HO_FROM} (best epochs ${JSON.stringify(heldOut.bestEpoch)})\n`);
}
const FIXED = heldOut ? ([] as number[]).concat(heldOut.bestEpoch as number | number[]) : opt('--fixed-epochs', '7,1').split(',').map(Number);
// --dev-fold K (0..4): hold out the K-th of five contiguous fifths of the training part instead of
// the last 10% (for a cross-validation in which the induced lexicon and the name-likeness model are
// re-made per fold from the other four fifths: scripts/ner-clean-cv.sh)
const DEV_FOLD = opt('--dev-fold', '');
let train: ConllSentence[];
let dev: ConllSentence[];
if (DEV_FOLD !== '') {
  const k = Number(DEV_FOLD);
  if (!(k >= 0 && k < 5) || ALL) throw new Error(`--dev-fold ${DEV_FOLD}: 0 to 4, and not with --all`);
  const lo = Math.floor((k * aner.length) / 5);
  const hi = Math.floor(((k + 1) * aner.length) / 5);
  train = aner.slice(0, lo).concat(aner.slice(hi));
  dev = aner.slice(lo, hi);
} else {
  train = ALL ? aner.slice() : aner.slice(0, aner.length - nDev);
  dev = aner.slice(aner.length - nDev);
}
const extraCounts: Record<string, number> = {};
/** Sentences from index `nTarget` on come from other corpora (--extra, --extra-conll). */
const nTarget = train.length;
for (const e of EXTRA) {
  const add = e === 'aqmar' ? readAqmar() : e === 'wojood' ? readWojood() : null;
  if (!add) throw new Error(`unknown --extra corpus "${e}" (aqmar, wojood)`);
  extraCounts[e] = add.length;
  train.push(...add);
}
// --extra-conll FILE: more training sentences in CoNLL form (experiment: self-training data)
const EXTRA_CONLL = opt('--extra-conll', '');
if (EXTRA_CONLL) {
  const add = parseConll(readFileSync(EXTRA_CONLL, 'utf8'));
  extraCounts[path.basename(EXTRA_CONLL)] = add.length;
  train.push(...add);
}
const count = (ss: ConllSentence[]) => ss.reduce((n, s) => n + s.tokens.length, 0);
log(`ANERcorp train: ${aner.length} sentences; training ${train.length} sentences (${count(train)} tokens), dev ${dev.length} sentences (${count(dev)} tokens)`);

// ---- resources ---------------------------------------------------------------------
let clusters: ClusterTable | undefined;
let clusterSha: string | undefined;
if (!flag('--no-clusters') && existsSync(CLUSTER_FILE)) {
  const text = readFileSync(CLUSTER_FILE, 'utf8');
  clusters = ClusterTable.parse(text, CLUSTER_FILE);
  clusterSha = sha256(text);
  log(`clusters: ${clusters.size} words`);
}
// further cluster tables: --more-clusters A,B (default: the exchange-algorithm classes,
// data/models/ner-clusters-exchange.tsv, when present)
const defaultMore: string[] = [dataPath('models', 'ner-clusters-exchange.tsv')].filter((f) => existsSync(f));
const MORE = flag('--no-more-clusters') ? [] : opt('--more-clusters', defaultMore.join(',')).split(',').filter(Boolean);
const moreClusters: ClusterTable[] = [];
const moreRefs: { file: string; sha256: string }[] = [];
for (const f of MORE) {
  const text = readFileSync(f, 'utf8');
  moreClusters.push(ClusterTable.parse(text, f));
  moreRefs.push({ file: path.relative(PROJECT_ROOT, path.resolve(f)), sha256: sha256(text) });
  log(`more clusters: ${moreClusters[moreClusters.length - 1]!.size} words (${f})`);
}
// binarized word embeddings (--embeddings FILE; scripts/train-clusters.ts --vectors)
const EMB = opt('--embeddings', '');
let embRef: { file: string; sha256: string } | undefined;
const embeddings = EMB ? loadEmbeddingCodes(path.resolve(EMB)) : undefined;
if (embeddings) {
  embRef = { file: path.relative(PROJECT_ROOT, path.resolve(EMB)), sha256: sha256(gunzipSync(readFileSync(path.resolve(EMB))).toString('utf8')) };
  log(`embedding codes: ${embeddings.size} words × ${embeddings.dims} (${EMB})`);
}
// name-likeness model (scripts/train-ner-namelike.ts): features nl0 / nl±1 for words on no list
// (shipped; --namelike FILE for another model, --no-namelike to leave them out,
// --namelike-all-words to give them to every word)
const DEFAULT_NL = dataPath('models', 'ner-namelike.tsv');
const NL = flag('--no-namelike') ? '' : opt('--namelike', existsSync(DEFAULT_NL) ? DEFAULT_NL : '');
let nlRef: { file: string; sha256: string } | undefined;
const nameLike = NL ? loadNameLike(path.resolve(NL)) : undefined;
if (nameLike) {
  nlRef = { file: path.relative(PROJECT_ROOT, path.resolve(NL)), sha256: sha256(readFileSync(path.resolve(NL), 'utf8')) };
  log(`name likeness: ${nameLike.size} n-grams (${NL})`);
}
const gazetteer = flag('--no-gazetteer') ? new PhraseLexicon() : readAnerGazet();
const triggers = flag('--no-triggers') ? new PhraseLexicon() : loadPhraseFile(path.resolve(opt('--triggers', dataPath('ner', 'triggers.tsv'))));
log(`gazetteer: ${gazetteer.size} phrases; triggers: ${triggers.size} phrases`);
const actorLex = flag('--actors') ? actorPhraseLexicon(ActorKB.load()) : undefined;
if (actorLex) log(`actor lexicon: ${actorLex.size} phrases (data/actors/actors.jsonl)`);
const DEFAULT_AUTO = dataPath('models', 'ner-induced-lexicon.tsv');
const AUTO = flag('--no-auto-lexicon') ? '' : opt('--auto-lexicon', existsSync(DEFAULT_AUTO) ? DEFAULT_AUTO : '');
const autoLexicon = AUTO ? parseAutoLexicon(readFileSync(AUTO, 'utf8')) : undefined;
if (autoLexicon) log(`induced lexicon: ${autoLexicon.size} words (${AUTO})`);
// --actor-words-from MODEL: the word-level actor labels stored in another model file (to compare
// settings without the knowledge base changing underneath); default: from data/actors/
const AW_FROM = opt('--actor-words-from', '');
// (a model trained with name lists stores their labels too: they are taken out, so that --name-lists decides)
const kbWords = flag('--no-actor-words') ? undefined : AW_FROM ? withoutListLabels(parseModel(readFileSync(AW_FROM), AW_FROM).actorWords) : actorWordLabels(ActorKB.load());
if (kbWords) log(`actor words: ${kbWords.size} (${AW_FROM || 'data/actors/actors.jsonl'})`);
// --name-lists DIR: the team's name lists (src/ner/name-lists.ts; default data/ner/name-lists),
// added to the word labels with their own kinds; --no-name-lists to leave them out
const NL_DIR = flag('--no-name-lists') || flag('--no-actor-words') ? '' : opt('--name-lists', dataPath('ner', 'name-lists'));
if (NL_DIR && args.includes('--name-lists') && !existsSync(NL_DIR)) throw new Error(`--name-lists ${NL_DIR}: no such directory`);
const nameLists = NL_DIR ? loadNameLists(NL_DIR) : { files: [], entries: [] };
if (NL_DIR && !nameLists.entries.length) log(`name lists: none in ${NL_DIR}`);
const actorWords = nameLists.entries.length ? addNameListLabels(kbWords, nameLists.entries) : kbWords;
if (nameLists.entries.length) log(`name lists: ${nameLists.entries.length} names in ${nameLists.files.length} files (${NL_DIR}); word labels ${kbWords?.size ?? 0} → ${actorWords!.size}`);
// known people (src/ner/known-persons.ts): multi-word names of the knowledge base's hand-curated
// people mark missed or cut person names, stored in the model. --known-persons both (shipped): on
// the first pass's tags that the second pass reads (jackknife, development split) and on the
// final tags; final: on the final tags only; none
const KP_WHERE = opt('--known-persons', 'both');
if (!['both', 'final', 'none'].includes(KP_WHERE)) throw new Error(`--known-persons ${KP_WHERE}: both, final or none`);
// --known-persons-from MODEL: the known people stored in another model file (as --actor-words-from)
const KP_FROM = opt('--known-persons-from', '');
const knownPersons = KP_WHERE === 'none' ? undefined : KP_FROM ? parseModel(readFileSync(KP_FROM), KP_FROM).knownPersons : knownPersonPhrases(ActorKB.load());
if (KP_FROM && KP_WHERE !== 'none' && !knownPersons) throw new Error(`--known-persons-from ${KP_FROM}: that model has no known people`);
const KP1 = KP_WHERE === 'both';
// the quoted-title rule (src/ner/quoted-titles.ts) on the final tags, heads stored in the model;
// --quoted-titles FILE (default data/ner/quoted-titles.tsv), --no-quoted-titles to leave it out;
// --quoted-titles-where both|final: (default both) also on the first pass's tags that
// the second pass reads (jackknife, development split), as the known people, or on the final tags only
const quotedTitles = flag('--no-quoted-titles') ? undefined : QuotedTitleHeads.load(opt('--quoted-titles', DEFAULT_QUOTED_TITLES_FILE));
const QT_WHERE = opt('--quoted-titles-where', 'both');
if (!['both', 'final'].includes(QT_WHERE)) throw new Error(`--quoted-titles-where ${QT_WHERE}: both or final`);
const QT1 = QT_WHERE === 'both';
const topicWords = flag('--topics') ? parseTopicWords(readFileSync(dataPath('ner', 'topics.tsv'), 'utf8'), normalize) : undefined;
const featureOptions: FeatureOptions = {};
if (flag('--ngrams')) featureOptions.ngrams = true;
if (flag('--cluster-bigrams')) featureOptions.clusterBigrams = true;
if (flag('--gaz-parts')) featureOptions.gazParts = true;
if (flag('--emb-neighbours')) featureOptions.embeddingNeighbours = true;
if (flag('--namelike-self')) featureOptions.nameLikeSelf = true;
if (nameLike && !flag('--namelike-all-words')) featureOptions.nameLikeUnlisted = true;
// quoted-span features (shipped; --no-quotes to leave them out)
if (!flag('--no-quotes')) featureOptions.quotes = true;
const extractor = new FeatureExtractor({ clusters, moreClusters, embeddings, nameLike, gazetteer, triggers, actors: actorLex, autoLexicon, actorWords, options: featureOptions });

// ---- features -------------------------------------------------------------------------
// --scheme bioes: train on BIOES labels (src/ner/labels.ts); the output is mapped back to BIO
const SCHEME = opt('--scheme', 'bio') as LabelScheme;
if (SCHEME !== 'bio' && SCHEME !== 'bioes') throw new Error(`--scheme ${SCHEME}: bio or bioes`);
if (SCHEME === 'bioes' && flag('--bias')) throw new Error('--bias is for BIO labels only');
const labels: string[] = schemeLabels(SCHEME);
/** The BIO form of each label, which every score, history feature and output uses. */
const bio: string[] = labels.map(toBio);
const labelIndex = new Map(labels.map((l, i) => [l, i]));
const L = labels.length;
const decoder = decoderFor(labels);
const trainEx = train.map((s) => extractor.extractWithBase(s.tokens));
const devEx = dev.map((s) => extractor.extractWithBase(s.tokens));
const trainGold = train.map((s) => Int32Array.from(SCHEME === 'bioes' ? bioToBioes(s.tags) : s.tags, (t) => labelIndex.get(t) ?? 0));

type Feats = string[][];
interface Fitted extends StageWeights {
  bestEpoch: number;
  scores: number[];
}

/** Train one pass on sentences `idx` of the training set; with `devSet`, pick the best epoch on it. */
function fit(idx: number[], feats: (k: number) => Feats, epochs: number, devSet?: { feats: Feats[]; tags: string[][] }, quiet = false, learner = LEARNER): Fitted {
  const fcount = new Map<string, number>();
  for (const k of idx) for (const tok of feats(k)) for (const f of tok) fcount.set(f, (fcount.get(f) ?? 0) + 1);
  const features: string[] = [];
  const index = new Map<string, number>();
  for (const [f, c] of fcount) {
    if (c >= MIN_COUNT) {
      index.set(f, features.length);
      features.push(f);
    }
  }
  if (!quiet) log(`features: ${features.length} (of ${fcount.size} seen, min count ${MIN_COUNT})`);
  const encode = (fs: Feats) => {
    let total = 0;
    for (const f of fs) total += f.length;
    const ids = new Int32Array(total);
    const offsets = new Int32Array(fs.length + 1);
    let k = 0;
    for (let i = 0; i < fs.length; i++) {
      offsets[i] = k;
      for (const x of fs[i]!) ids[k++] = index.get(x) ?? -1;
    }
    offsets[fs.length] = k;
    return { ids, offsets };
  };
  const data: EncodedSentence[] = idx.map((k) => ({ ...encode(feats(k)), gold: trainGold[k]! }));
  const devEnc = devSet?.feats.map(encode);
  const train = learner === 'crf' ? (d: EncodedSentence[], nf: number, ls: string[], o: Parameters<typeof trainPerceptron>[3]) => trainCrf(d, nf, ls, { ...o, c2: C2, eta0: ETA, decay: DECAY }) : trainPerceptron;
  const result = train(data, features.length, labels, {
    epochs,
    seed: SEED,
    pa: PA || undefined,
    log: quiet ? undefined : log,
    onEpoch: devSet
      ? (epoch, w, t) => {
          const pred = devEnc!.map((e, k) => decodeNames(e, devSet.feats[k]!.length, w, t));
          const f1 = scoreEntities(devSet.tags, pred).overall.f1;
          if (!quiet) log(`  dev F1 after epoch ${epoch}: ${(100 * f1).toFixed(2)}`);
          return f1;
        }
      : undefined,
  });
  // --ensemble K: K - 1 more runs with seeds SEED+1 ... at the epoch count chosen above, and the
  // weights of all K averaged (one model, no run-time cost; less dependence on the shuffle order)
  if (ENSEMBLE > 1) {
    const w = Float64Array.from(result.weights);
    const t = Float64Array.from(result.trans);
    for (let k = 1; k < ENSEMBLE; k++) {
      const r = train(data, features.length, labels, { epochs: result.bestEpoch, seed: SEED + k, pa: PA || undefined });
      for (let j = 0; j < w.length; j++) w[j] += r.weights[j]!;
      for (let j = 0; j < t.length; j++) t[j] += r.trans[j]!;
    }
    const weights = Float32Array.from(w, (x) => x / ENSEMBLE);
    const trans = Float32Array.from(t, (x) => x / ENSEMBLE);
    if (devSet && !quiet) {
      const f1 = scoreEntities(devSet.tags, devEnc!.map((e, k) => decodeNames(e, devSet.feats[k]!.length, weights, trans))).overall.f1;
      log(`  dev F1 of the ${ENSEMBLE}-seed average at epoch ${result.bestEpoch}: ${(100 * f1).toFixed(2)}`);
    }
    return { features, weights, trans, bestEpoch: result.bestEpoch, scores: result.scores };
  }
  return { features, weights: result.weights, trans: result.trans, bestEpoch: result.bestEpoch, scores: result.scores };
}

function decodeNames(e: { ids: Int32Array; offsets: Int32Array }, n: number, w: Float32Array, t: Float32Array): string[] {
  const em = new Float64Array(n * L);
  emissions(e, n, L, w, em);
  return Array.from(decoder.decode(em, n, t), (i) => bio[i]!);
}

/** Emission scores (n × L) of sentences under a fitted pass, plus an optional per-label bias. */
function emitWith(m: StageWeights, sents: Feats[], bias?: ArrayLike<number>): Float64Array[] {
  const index = new Map(m.features.map((f, i) => [f, i]));
  return sents.map((fs) => {
    let total = 0;
    for (const f of fs) total += f.length;
    const ids = new Int32Array(total);
    const offsets = new Int32Array(fs.length + 1);
    let k = 0;
    for (let i = 0; i < fs.length; i++) {
      offsets[i] = k;
      for (const x of fs[i]!) ids[k++] = index.get(x) ?? -1;
    }
    offsets[fs.length] = k;
    const em = new Float64Array(fs.length * L);
    emissions({ ids, offsets }, fs.length, L, m.weights, em);
    if (bias) for (let i = 0; i < fs.length; i++) for (let c = 0; c < L; c++) em[i * L + c] += bias[c]!;
    return em;
  });
}

/** Tag sentences with a fitted pass (features computed by `feats`); with `bases`, known people marked too. */
function tagWith(m: StageWeights, sents: Feats[], bias?: ArrayLike<number>, bases?: string[][]): string[][] {
  const out = emitWith(m, sents, bias).map((em, k) => Array.from(decoder.decode(em, sents[k]!.length, m.trans), (i) => bio[i]!));
  if (bases) markPersons(out, bases);
  return out;
}

/** Apply the quoted-title rule (when enabled) to final tags, given the sentences' normalized tokens. */
function markTitles(tags: string[][], norms: readonly (readonly string[])[]): void {
  if (quotedTitles) tags.forEach((t, k) => markQuotedTitles(norms[k]!, t, quotedTitles));
}

/** Mark known people (when enabled) in tagged sentences, given their base forms. */
function markPersons(tags: string[][], bases: string[][]): void {
  if (!knownPersons) return;
  tags.forEach((t, k) => {
    const base = bases[k]!;
    markKnownPersons(base, t, knownPersons, personTitleAt(triggers, base));
  });
}

const allIdx = train.map((_, k) => k);
// --extra-domain: the sentences of other corpora also get a copy of every feature marked with their
// domain ("X|w0=..."), which absorbs what is peculiar to them (Daumé 2007's feature augmentation,
// one-sided: ANERcorp sentences and new text use the plain features only, so nothing changes at run time)
const EXTRA_DOMAIN = flag('--extra-domain');
const augmented = new Map<Feats, Feats>();
function aug(k: number, fs: Feats): Feats {
  if (!EXTRA_DOMAIN || k < nTarget) return fs;
  let a = augmented.get(fs);
  if (!a) {
    a = fs.map((tok) => tok.concat(tok.map((f) => 'X|' + f)));
    augmented.set(fs, a);
  }
  return a;
}
const devSet1 = { feats: devEx.map((e) => e.feats), tags: dev.map((s) => s.tags) };
log('pass 1');
const pass1 = ALL ? fit(allIdx, (k) => aug(k, trainEx[k]!.feats), FIXED[0]!) : fit(allIdx, (k) => aug(k, trainEx[k]!.feats), EPOCHS, devSet1);
const devBases = devEx.map((e) => e.base);
const devNorms = devEx.map((e) => e.norm);
const dev1 = tagWith(pass1, devSet1.feats, undefined, KP1 ? devBases : undefined);
// (a one-pass model's first pass is its output: the tagger marks it in any case)
if (QT1 || flag('--one-pass')) markTitles(dev1, devNorms);
const score1 = scoreEntities(devSet1.tags, dev1);
log(`pass 1 best epoch ${pass1.bestEpoch}\n${formatScore(score1)}`);

let pass2: Fitted | undefined;
let cvScore: ReturnType<typeof scoreEntities> | undefined;
let final = score1;
let unbiased: ReturnType<typeof scoreEntities> | undefined;
let cv2Score: ReturnType<typeof scoreEntities> | undefined;
let cv2BiasScore: ReturnType<typeof scoreEntities> | undefined;
let labelBias: Float64Array | undefined;
const FOLDS = Number(opt('--folds', '5'));
let devFinalFeats: Feats[] | undefined;
let dumpJack: string[][] | undefined;
let dumpCv2: string[][] | undefined;
if (!flag('--one-pass')) {
  // first-pass tags for the training data by jackknifing (FOLDS contiguous folds), so the second
  // pass learns from first-pass output as noisy as it will be on new text
  const jack: string[][] = new Array(train.length);
  for (let f = 0; f < FOLDS; f++) {
    const lo = Math.floor((f * train.length) / FOLDS);
    const hi = Math.floor(((f + 1) * train.length) / FOLDS);
    const m = fit(allIdx.filter((k) => k < lo || k >= hi), (k) => aug(k, trainEx[k]!.feats), pass1.bestEpoch, undefined, true);
    const tagged = tagWith(m, trainEx.slice(lo, hi).map((e) => e.feats), undefined, KP1 ? trainEx.slice(lo, hi).map((e) => e.base) : undefined);
    if (QT1) markTitles(tagged, trainEx.slice(lo, hi).map((e) => e.norm));
    for (let k = lo; k < hi; k++) jack[k] = tagged[k - lo]!;
    log(`jackknife fold ${f + 1}/${FOLDS}`);
  }
  const cv = scoreEntities(train.map((s) => s.tags), jack);
  cvScore = cv;
  log(`pass 1, ${FOLDS}-fold cross-validation on the training part (second check)\n${formatScore(cv)}`);
  const histTrain = historyFeatures(
    trainEx.map((e) => e.base),
    jack,
    WINDOW,
    HIST_NB,
  );
  const histDev = historyFeatures(
    devEx.map((e) => e.base),
    dev1,
    WINDOW,
    HIST_NB,
  );
  // --topics: document topic (data/ner/topics.tsv, src/ner/history.ts sentenceTopics) paired with the first-pass tag
  if (topicWords) {
    const add = (hist: string[][][], base: string[][], tags1: string[][]) => {
      const tp = sentenceTopics(base, topicWords, TOPIC_WINDOW, TOPIC_MIN);
      hist.forEach((h, k) => {
        const t = tp[k];
        if (t) h.forEach((f, i) => f.push('ts0=' + t, 'ts=' + t + '|' + tags1[k]![i]));
      });
    };
    add(histTrain, trainEx.map((e) => e.base), jack);
    add(histDev, devEx.map((e) => e.base), dev1);
  }
  const join = (a: Feats, b: Feats) => a.map((f, i) => f.concat(b[i]!));
  const train2 = trainEx.map((e, k) => join(e.feats, histTrain[k]!));
  const devSet2 = { feats: devEx.map((e, k) => join(e.feats, histDev[k]!)), tags: devSet1.tags };
  devFinalFeats = devSet2.feats;
  dumpJack = jack;
  log('pass 2');
  pass2 = ALL ? fit(allIdx, (k) => aug(k, train2[k]!), FIXED[1] ?? 1, undefined, false, opt('--learner2', LEARNER)) : fit(allIdx, (k) => aug(k, train2[k]!), EPOCHS, devSet2, false, opt('--learner2', LEARNER));
  const devFinal = tagWith(pass2, devSet2.feats, undefined, devBases);
  markTitles(devFinal, devNorms);
  final = scoreEntities(devSet2.tags, devFinal);
  log(`pass 2 best epoch ${pass2.bestEpoch}\n${formatScore(final)}`);

  // decoding-time label bias (src/ner/bias.ts), tuned on 5-fold cross-validated pass-2 emission
  // scores of the training part (same folds; the pass-2 features carry the jackknifed first-pass
  // tags), never on the development split; --bias to use (off by default: CV +0.2, dev +0.0)
  let cvData: ScoredSentence[] | undefined;
  if (flag('--bias') || flag('--cv2')) {
    cvData = new Array(train.length);
    for (let f = 0; f < FOLDS; f++) {
      const lo = Math.floor((f * train.length) / FOLDS);
      const hi = Math.floor(((f + 1) * train.length) / FOLDS);
      const m = fit(allIdx.filter((k) => k < lo || k >= hi), (k) => aug(k, train2[k]!), pass2.bestEpoch, undefined, true, opt('--learner2', LEARNER));
      const ems = emitWith(m, train2.slice(lo, hi));
      for (let k = lo; k < hi; k++) cvData![k] = { em: ems[k - lo]!, trans: m.trans, gold: trainGold[k]! };
      log(`pass-2 cross-validation fold ${f + 1}/${FOLDS}`);
    }
    const cvTags = cvData!.map((d) => Array.from(decoder.decode(d.em, d.gold.length, d.trans), (i) => bio[i]!));
    markPersons(cvTags, trainEx.map((e) => e.base));
    markTitles(cvTags, trainEx.map((e) => e.norm));
    cv2Score = scoreEntities(train.map((s) => s.tags), cvTags);
    dumpCv2 = cvTags;
    log(`pass 2, ${FOLDS}-fold cross-validation on the training part, no bias\n${formatScore(cv2Score)}`);
  }
  if (flag('--bias') && cvData) {
    const mode = opt('--bias-mode', 'type') as BiasMode;
    const tuned = tuneLabelBias(cvData, labels, decoder, { mode, step: Number(opt('--bias-step', '0.25')), range: Number(opt('--bias-range', '4')) });
    labelBias = tuned.bias;
    log(`label bias (${mode}): ${labels.map((l, c) => `${l} ${tuned.bias[c]!.toFixed(2)}`).join(', ')}; CV F1 ${(100 * tuned.before).toFixed(2)} -> ${(100 * tuned.after).toFixed(2)}`);
    const cvBiased = cvData.map((d) => {
      const em = d.em.map((x, j) => x + tuned.bias[j % L]!);
      return Array.from(decoder.decode(em, d.gold.length, d.trans), (i) => bio[i]!);
    });
    // the marks after decoding, as for cv2Score (the bias itself is tuned without them)
    markPersons(cvBiased, trainEx.map((e) => e.base));
    markTitles(cvBiased, trainEx.map((e) => e.norm));
    cv2BiasScore = scoreEntities(train.map((s) => s.tags), cvBiased);
    log(`pass 2 CV with the bias\n${formatScore(cv2BiasScore)}`);
    unbiased = final;
    const devBiased = tagWith(pass2, devSet2.feats, labelBias, devBases);
    markTitles(devBiased, devNorms);
    final = scoreEntities(devSet2.tags, devBiased);
    log(`pass 2 on dev with the bias\n${formatScore(final)}`);
  }
}
const result = pass2 ?? pass1;
// --dump-preds PREFIX: write PREFIX.dev.conll (token, gold, pass-1, final tag of the development
// split) and PREFIX.cv.conll (token, gold, jackknifed pass-1, cross-validated pass-2 tag, or "-"
// without --cv2) for error analysis (npm run eval:ner -- --pred FILE; src/ner/errors.ts)
const DUMP = opt('--dump-preds', '');
if (DUMP && !ALL) {
  const lines = (ss: ConllSentence[], ...cols: (string[][] | undefined)[]) =>
    ss.map((s, k) => s.tokens.map((t, i) => [t, s.tags[i], ...cols.map((c) => (c ? c[k]![i] : '-'))].join('\t')).join('\n')).join('\n\n') + '\n';
  const devFinal = pass2 ? tagWith(pass2, devFinalFeats!, undefined, devBases) : dev1;
  if (pass2) markTitles(devFinal, devNorms);
  writeFileSync(`${DUMP}.dev.conll`, lines(dev, dev1, devFinal));
  if (dumpJack) writeFileSync(`${DUMP}.cv.conll`, lines(train, dumpJack, dumpCv2));
  log(`wrote ${DUMP}.dev.conll${dumpJack ? ` and ${DUMP}.cv.conll` : ''}`);
}

// ---- prune and save -------------------------------------------------------------------------
function prune(m: StageWeights): StageWeights {
  const keep: number[] = [];
  for (let f = 0; f < m.features.length; f++) {
    let any = false;
    for (let c = 0; c < L; c++) if (Math.abs(m.weights[f * L + c]!) > 1e-4) any = true;
    // domain copies of --extra-domain never fire on new text
    if (any && !m.features[f]!.startsWith('X|')) keep.push(f);
  }
  const weights = new Float32Array(keep.length * L);
  keep.forEach((f, k) => weights.set(m.weights.subarray(f * L, f * L + L), k * L));
  return { features: keep.map((f) => m.features[f]!), weights, trans: m.trans };
}
// the label bias goes into the weights of the always-present feature "b" of pass 2
if (pass2 && labelBias) {
  const b = pass2.features.indexOf('b');
  if (b < 0) throw new Error('pass 2 has no bias feature "b"');
  for (let c = 0; c < L; c++) pass2.weights[b * L + c] += labelBias[c]!;
}
const p1 = prune(pass1);
const p2 = pass2 ? prune(pass2) : undefined;
const pct = (x: number) => Math.round(x * 10000) / 100;
const header = (extra: Record<string, unknown>): ModelData['header'] => ({
  labels,
  clusters: clusters && clusterSha ? { file: path.relative(PROJECT_ROOT, CLUSTER_FILE), sha256: clusterSha } : undefined,
  moreClusters: moreRefs.length ? moreRefs : undefined,
  embeddings: embRef,
  nameLike: nlRef,
  actorFeatures: !!actorLex,
  featureOptions: Object.keys(featureOptions).length ? featureOptions : undefined,
  knownPersons: knownPersons ? (KP_WHERE as 'both' | 'final') : undefined,
  quotedTitles: quotedTitles ? (QT_WHERE as 'both' | 'final') : undefined,
  historyWindow: WINDOW,
  historyNeighbours: HIST_NB || undefined,
  ...extra,
});
const model: ModelData = {
  header: header({
    training: {
      data: 'ANERcorp train (CAMeL Lab split), ../shared/data/ner/anercorp/train.txt',
      sentences: train.length,
      tokens: count(train),
      devSplit: ALL ? `none held out (--all): trained on the whole training part with fixed epochs ${FIXED.join(',')}; the dev figures below are in-sample` : DEV_FOLD !== '' ? `fold ${DEV_FOLD} of 5 contiguous fifths of ANERcorp train (${dev.length} sentences, ${count(dev)} tokens)` : `last 10% of ANERcorp train by sentence (${dev.length} sentences, ${count(dev)} tokens)`,
      devHeldOut: !ALL,
      heldOutRun: heldOut ? `the same options without --all (development split held out): ${path.basename(heldOut.file)}, best epochs ${FIXED.join(',')}; its development scores are dev.heldOut` : undefined,
      extra: extraCounts,
      gazetteer: gazetteer.size ? `ANERgazet (Benajiba), ${gazetteer.size} normalized phrases` : 'none',
      triggers: triggers.size ? `data/ner/triggers.tsv, ${triggers.size} phrases` : 'none',
      actorWords: actorWords ? `${actorWords.size} words of the actor knowledge base's names (data/actors/actors.jsonl)${nameLists.entries.length ? ` and of the name lists (${nameLists.entries.length} names: ${nameLists.files.map((f) => `data/ner/name-lists/${f}`).join(', ')})` : ''}, stored in the model` : 'none',
      knownPersons: knownPersons ? `${knownPersons.size} multi-word names of the actor knowledge base's hand-curated people (src/ner/known-persons.ts), stored in the model; marked in ${KP_WHERE === 'both' ? "the first pass's and the final" : 'the final'} tags` : 'none',
      quotedTitles: quotedTitles ? `${quotedTitles.size} head words of data/ner/quoted-titles.tsv (src/ner/quoted-titles.ts), stored in the model; applied to ${QT1 ? "the first pass's and the final" : 'the final'} tags` : 'none',
      inducedLexicon: autoLexicon ? `${autoLexicon.size} words induced from SaudiNewsNet by scripts/induce-ner-lexicon.ts (${path.basename(AUTO)})` : 'none',
      seconds: Math.round((Date.now() - T0) / 1000),
    },
    settings: {
      learner: PA ? `averaged passive-aggressive (PA-I, C = ${PA}), first-order Viterbi, ${SCHEME.toUpperCase()} constraints` : LEARNER === 'crf' ? `linear-chain CRF, SGD on L2-regularized log-likelihood (c2 ${C2}, eta0 ${ETA}, decay ${DECAY}), first-order Viterbi, ${SCHEME.toUpperCase()} constraints` : `averaged structured perceptron, first-order Viterbi, ${SCHEME.toUpperCase()} constraints`,
      passes: p2 ? 2 : 1,
      secondPass: p2 ? `document memory over ±${WINDOW} sentences (src/ner/history.ts), trained on 5-fold jackknifed first-pass tags` : undefined,
      maxEpochs: EPOCHS,
      bestEpoch: p2 ? [pass1.bestEpoch, result.bestEpoch] : pass1.bestEpoch,
      minCount: MIN_COUNT,
      ensemble: ENSEMBLE > 1 ? `weights averaged over seeds ${SEED}..${SEED + ENSEMBLE - 1} at the chosen epochs` : undefined,
      labelBias: labelBias ? { tunedOn: `${FOLDS}-fold cross-validated pass-2 scores of the training part (src/ner/bias.ts), mode ${opt('--bias-mode', 'type')}; folded into pass 2's feature "b"`, ...Object.fromEntries(labels.map((l, c) => [l, labelBias![c]])) } : undefined,
      features: p2 ? [p1.features.length, p2.features.length] : p1.features.length,
    },
    seed: SEED,
    dev: {
      heldOut: heldOut?.dev,
      overall: { p: pct(final.overall.precision), r: pct(final.overall.recall), f1: pct(final.overall.f1) },
      byType: Object.fromEntries(Object.entries(final.byType).map(([t, v]) => [t, { p: pct(v.precision), r: pct(v.recall), f1: pct(v.f1) }])),
      firstPass: { p: pct(score1.overall.precision), r: pct(score1.overall.recall), f1: pct(score1.overall.f1) },
      firstPassCv5: cvScore ? { p: pct(cvScore.overall.precision), r: pct(cvScore.overall.recall), f1: pct(cvScore.overall.f1), byType: Object.fromEntries(Object.entries(cvScore.byType).map(([t, v]) => [t, pct(v.f1)])) } : undefined,
      perEpochF1: result.scores.map(pct),
      withoutBias: unbiased ? { p: pct(unbiased.overall.precision), r: pct(unbiased.overall.recall), f1: pct(unbiased.overall.f1) } : undefined,
      cv5: cv2Score ? { p: pct(cv2Score.overall.precision), r: pct(cv2Score.overall.recall), f1: pct(cv2Score.overall.f1), byType: Object.fromEntries(Object.entries(cv2Score.byType).map(([t, v]) => [t, pct(v.f1)])) } : undefined,
      cv5WithBias: cv2BiasScore ? { p: pct(cv2BiasScore.overall.precision), r: pct(cv2BiasScore.overall.recall), f1: pct(cv2BiasScore.overall.f1), byType: Object.fromEntries(Object.entries(cv2BiasScore.byType).map(([t, v]) => [t, pct(v.f1)])) } : undefined,
    },
    credits: [
      'ANERcorp: Benajiba, Rosso & Benedí Ruiz (2007), CC BY-SA 4.0 (CAMeL Lab split) — training data',
      'ANERgazet: Benajiba et al. (2007) — gazetteer features',
      'SaudiNewsNet: Alshehri (2015), CC BY-NC-SA 4.0 — unlabeled text for the word clusters',
      ...(actorWords ? ['Rasid actor knowledge base (data/actors/actors.jsonl; its own credits in that file) — word-level actor features'] : []),
      ...(nameLists.entries.length ? ['Rasid name lists (data/ner/name-lists/, compiled by the team from general knowledge) — word-level name features'] : []),
      ...(nameLike ? [`Name-likeness model ${nlRef!.file} (scripts/train-ner-namelike.ts): character n-grams of words of ANERgazet, actor knowledge base and induced-lexicon names against frequent words — features nl0/nl±1`] : []),
      ...(EXTRA.includes('aqmar') ? ['AQMAR: Mohit et al. (2012), CC BY-SA 3.0'] : []),
      ...(EXTRA.includes('wojood') ? ['Wojood sample: Jarrar et al. (2022), MIT'] : []),
    ],
    created: new Date().toISOString().slice(0, 10),
  }),
  ...p1,
  stage2: p2,
  gazetteer,
  triggers,
  autoLexicon,
  actorWords,
  knownPersons,
  quotedTitles,
};
if (!flag('--dry')) {
  const bytes = saveModel(OUT, model);
  log(`wrote ${OUT}: ${p1.features.length}${p2 ? ' + ' + p2.features.length : ''} features, ${(bytes / 1048576).toFixed(1)} MB`);
}
