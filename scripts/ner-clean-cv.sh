#!/usr/bin/env bash
# Clean 5-fold cross-validation of the NER tagger on the ANERcorp training part (docs/ner.md,
# "Clean cross-validation"). For each fifth: a base model trained on the other four fifths without
# the induced lexicon and the name-likeness features tags the SaudiNewsNet news, the induced
# lexicon and the name-likeness model are re-made from that, and the configuration under test is
# trained on the four fifths with them and scored on the held-out fifth. Nothing of the held-out
# fifth reaches any feature source (the shipped lexicon and name-likeness model were made from the
# whole training part, which is why the ordinary CV of train-ner flatters them).
#
# usage: npm run eval:ner-cv -- WORKDIR SEED [TRAIN-NER OPTIONS...]   (or scripts/ner-clean-cv.sh ...)
#   e.g. scripts/ner-clean-cv.sh /tmp/cleancv 1 --actor-words-from data/models/ner.model
# Steps shared by all configurations (base model, lexicon, name-likeness) are kept in WORKDIR and
# reused. Prints the pooled entity-level scores of the five held-out fifths (8,000+ entities).
# Takes about 20 minutes on one core for the first configuration, about 8 for each further one.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$1; seed=$2; shift 2
mkdir -p "$work"
aw=()
for ((i = 1; i <= $#; i++)); do
  if [[ "${!i}" == --actor-words-from ]]; then j=$((i + 1)); aw=(--actor-words-from "${!j}"); fi
done
# the base model's options are those of the base that made the shipped induced lexicon (docs/ner.md,
# "Rebuilding everything"), so that each fold's lexicon is made the way the shipped one was
base_opts=(--no-auto-lexicon --no-namelike --known-persons none --no-actor-words --no-more-clusters --no-quotes --no-quoted-titles)
tag=$(echo "s$seed $*" | tr -c 'A-Za-z0-9\n' '_' | head -c 80)
for f in 0 1 2 3 4; do
  base="$work/f$f.base.model"; lex="$work/f$f.lexicon.tsv"; nl="$work/f$f.namelike.tsv"
  if [[ ! -s $base ]]; then
    node --import tsx scripts/train-ner.ts --dev-fold $f "${base_opts[@]}" --out "$base" 2> "$work/f$f.base.log"
  fi
  if [[ ! -s $lex ]]; then
    node --import tsx scripts/induce-ner-lexicon.ts --model "$base" --out "$lex" 2> "$work/f$f.lexicon.log"
  fi
  if [[ ! -s $nl ]]; then
    node --import tsx scripts/train-ner-namelike.ts --auto-lexicon "$lex" "${aw[@]}" --out "$nl" 2> "$work/f$f.namelike.log"
  fi
  if [[ ! -s "$work/f$f.$tag.dev.conll" ]]; then
    node --import tsx scripts/train-ner.ts --dev-fold $f --seed "$seed" --auto-lexicon "$lex" --namelike "$nl" --dry --dump-preds "$work/f$f.$tag" "$@" 2> "$work/f$f.$tag.log"
  fi
  echo "fold $f: $(grep '^ALL' "$work/f$f.$tag.log" | tail -1)" >&2
done
pooled="$work/pooled.$tag.conll"
for f in 0 1 2 3 4; do cat "$work/f$f.$tag.dev.conll"; echo; done > "$pooled"
echo "== clean 5-fold CV, seed $seed, options: $* (first pass: column 2)"
node --import tsx scripts/eval-ner.ts --pred "$pooled" --col 2 2>&1 | sed -n '3,8p'
echo "== two passes"
node --import tsx scripts/eval-ner.ts --pred "$pooled" 2>&1 | sed -n '3,8p'
