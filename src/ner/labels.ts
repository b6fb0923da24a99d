/**
 * Label schemes of the sequence model. ANERcorp (and everything the tagger outputs) uses BIO:
 * B-X begins an entity of type X, I-X continues it, O is outside. A model may instead be trained on
 * BIOES (also called BILOU; Ratinov & Roth 2009): B-X begins an entity of two or more tokens, I-X
 * is inside it, E-X ends it, S-X is an entity of one token. The finer labels let the model learn
 * what ends a name and what a one-word name looks like; its output is mapped back to BIO
 * (S → B, E → I), which is exact. The scheme of a model is read from its label list.
 */

/** The ANERcorp tag set (BIO), in the order of the model files. */
export const ANER_LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;

/** The same types in BIOES. */
export const BIOES_LABELS = ['O', ...['PERS', 'LOC', 'ORG', 'MISC'].flatMap((t) => ['B-', 'I-', 'E-', 'S-'].map((p) => p + t))] as const;

export type LabelScheme = 'bio' | 'bioes';

/** The scheme of a label list: BIOES when it has any E- or S- label. */
export function labelScheme(labels: readonly string[]): LabelScheme {
  return labels.some((l) => l.startsWith('E-') || l.startsWith('S-')) ? 'bioes' : 'bio';
}

/** The labels of a scheme. */
export function schemeLabels(scheme: LabelScheme): string[] {
  return scheme === 'bioes' ? [...BIOES_LABELS] : [...ANER_LABELS];
}

/** The BIO form of one label (S-X → B-X, E-X → I-X; others unchanged). */
export function toBio(label: string): string {
  if (label.startsWith('S-')) return 'B-' + label.slice(2);
  if (label.startsWith('E-')) return 'I-' + label.slice(2);
  return label;
}

/**
 * A BIO tag sequence in BIOES. An I-X that does not continue an entity of type X starts one, as in
 * CoNLL scoring, so that malformed input still encodes to a valid sequence.
 */
export function bioToBioes(tags: readonly string[]): string[] {
  const n = tags.length;
  const type = (k: number) => (tags[k] === 'O' || tags[k] === undefined ? '' : tags[k]!.slice(2));
  // starts[i]: token i begins an entity
  const starts = tags.map((t, i) => t !== 'O' && (t.startsWith('B-') || i === 0 || type(i - 1) !== type(i)));
  return tags.map((t, i) => {
    if (t === 'O') return 'O';
    const ty = type(i);
    const continues = i + 1 < n && !starts[i + 1] && type(i + 1) === ty;
    if (starts[i]) return (continues ? 'B-' : 'S-') + ty;
    return (continues ? 'I-' : 'E-') + ty;
  });
}
