/**
 * What counts as a successful attack, and the margin the score-based attacks minimise.
 *
 * - untargeted: the decision changes away from the true label (argmax, or for a binary model
 *   with an operating threshold, p(positive) >= threshold).
 * - directional: only rows of the positive class that the model flags are attacked, and an
 *   attack succeeds when p(positive) drops below the operating threshold (fraud slips through).
 *   The gate then reads robust recall of the positive class.
 *
 * Margins are > 0 while the model still decides correctly. For two classes they are linear in
 * the logits (z_pos - z_neg - logit(threshold)), which does not saturate like probabilities do.
 */
export type OutputKind = 'logits' | 'probabilities' | 'label';

export interface Criterion {
  kind: 'untargeted' | 'directional';
  positive: number;
  /** Operating threshold on p(positive); undefined means argmax. */
  threshold?: number;
  classes: number;
  output: OutputKind;
}

const TINY = 1e-30;

/** Log-scores: logits as they are, log of probabilities, 0/-inf for labels. */
function logScore(scores: ArrayLike<number>, at: number, k: number, output: OutputKind): number {
  const v = scores[at + k]!;
  if (output === 'logits') return v;
  return Math.log(Math.max(v, TINY));
}

function logSoftmaxAt(scores: ArrayLike<number>, at: number, k: number, c: Criterion): number {
  if (c.output !== 'logits') return logScore(scores, at, k, c.output);
  let m = -Infinity;
  for (let j = 0; j < c.classes; j++) m = Math.max(m, scores[at + j]!);
  let s = 0;
  for (let j = 0; j < c.classes; j++) s += Math.exp(scores[at + j]! - m);
  return scores[at + k]! - m - Math.log(s);
}

/** p(positive) of one row, from whatever the model outputs. */
export function positiveProbability(scores: ArrayLike<number>, at: number, c: Criterion): number {
  return Math.exp(logSoftmaxAt(scores, at, c.positive, c));
}

export function decide(scores: ArrayLike<number>, at: number, c: Criterion): number {
  if (c.threshold !== undefined) {
    if (c.classes === 2) {
      const neg = 1 - c.positive;
      const diff = logScore(scores, at, c.positive, c.output) - logScore(scores, at, neg, c.output);
      return diff >= logit(c.threshold) ? c.positive : neg;
    }
    if (positiveProbability(scores, at, c) >= c.threshold) return c.positive;
  }
  // argmax, over the non-positive classes when the threshold already said "not positive"
  let best = -1;
  for (let k = 0; k < c.classes; k++) {
    if (c.threshold !== undefined && k === c.positive) continue;
    if (best < 0 || scores[at + k]! > scores[at + best]!) best = k;
  }
  return best;
}

export function logit(p: number): number {
  return Math.log(p / (1 - p));
}

/**
 * Margin of one row for true label y (> 0: still correct). With `grad`, also writes
 * d margin / d output into grad[0..classes).
 */
export function margin(scores: ArrayLike<number>, at: number, y: number, c: Criterion, grad?: Float64Array): number {
  if (grad) grad.fill(0);
  if (c.threshold !== undefined && c.classes === 2) {
    const neg = 1 - c.positive;
    const diff = logScore(scores, at, c.positive, c.output) - logScore(scores, at, neg, c.output) - logit(c.threshold);
    const sign = y === c.positive ? 1 : -1;
    if (grad) {
      addLogGrad(grad, scores, at, c, c.positive, sign);
      addLogGrad(grad, scores, at, c, neg, -sign);
    }
    return sign * diff;
  }
  if (c.threshold !== undefined) {
    const lp = logSoftmaxAt(scores, at, c.positive, c) - Math.log(c.threshold);
    const sign = y === c.positive ? 1 : -1;
    if (grad) {
      if (c.output === 'logits') {
        for (let k = 0; k < c.classes; k++) grad[k] = sign * ((k === c.positive ? 1 : 0) - Math.exp(logSoftmaxAt(scores, at, k, c)));
      } else addLogGrad(grad, scores, at, c, c.positive, sign);
    }
    return sign * lp;
  }
  let other = -1;
  for (let k = 0; k < c.classes; k++) if (k !== y && (other < 0 || scores[at + k]! > scores[at + other]!)) other = k;
  if (grad) {
    addLogGrad(grad, scores, at, c, y, 1);
    addLogGrad(grad, scores, at, c, other, -1);
  }
  return logScore(scores, at, y, c.output) - logScore(scores, at, other, c.output);
}

/** d log-score_k / d output_k is 1 for logits and 1/p for probabilities; adds w times it. */
function addLogGrad(grad: Float64Array, scores: ArrayLike<number>, at: number, c: Criterion, k: number, w: number): void {
  if (c.output === 'logits') grad[k]! += w;
  else grad[k]! += w / Math.max(scores[at + k]!, 1e-12);
}
