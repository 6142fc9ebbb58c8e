import type { Clock, Logger } from '@mlguard/core';
import type { Attack, AttackContext, AttackName, SampleOutcome } from './attacks/attack.js';
import { hopSkipJumpAttack } from './attacks/hopskipjump.js';
import { fgsmAttack, pgdAttack, spsaPgdAttack } from './attacks/pgd.js';
import { simbaAttack } from './attacks/simba.js';
import { squareAttack } from './attacks/square.js';
import { naturalPerturbation } from './attacks/natural.js';
import type { NaturalResult } from './attacks/natural.js';
import { decide, margin } from './criterion.js';
import type { Criterion } from './criterion.js';
import type { EvalSet } from './data.js';
import { repair, toU, toX } from './features.js';
import type { Norm, Space } from './features.js';
import { BudgetStop, Problem } from './problem.js';
import { mean, quantile, round, wilson } from './stats.js';
import type { Target } from './target/target.js';

const ATTACK_FNS: Record<AttackName, Attack> = {
  simba: simbaAttack,
  square: squareAttack,
  pgd: pgdAttack,
  fgsm: fgsmAttack,
  'spsa-pgd': spsaPgdAttack,
  hopskipjump: hopSkipJumpAttack,
};
export const WHITE_BOX: readonly AttackName[] = ['pgd', 'fgsm'];
export const SCORE_BASED: readonly AttackName[] = ['simba', 'square', 'spsa-pgd'];

export interface RunConfig {
  norm: Norm;
  /** Ascending epsilon grid. */
  eps: number[];
  attacks: AttackName[];
  seed: number;
  /** Queries per sample per attack. */
  budgetQueries: number;
  totalQueries: number;
  /** ms since epoch. */
  deadline: number;
  steps: number;
  mode: 'subset' | 'window';
  imageShape?: [number, number, number];
  /** Relative nudge of the natural-perturbation check (0 = off). */
  natural: number;
}

export interface AttackStats {
  /** Samples this attack broke first (its contribution to the cascade). */
  broken: number;
  attempted: number;
  queriesPerSuccess: { mean: number | null; median: number | null; p90: number | null };
}

export interface EpsResult {
  eps: number;
  cleanAccuracy: number;
  robustAccuracy: number;
  robustAccuracyCI: [number, number];
  attackSuccessRate: number | null;
  /** Directional criterion: recall of the positive class, clean and under attack. */
  cleanRecall?: number;
  robustRecall?: number;
  robustRecallCI?: [number, number];
  perClass: { class: string; n: number; robustAccuracy: number }[];
  attacks: Record<string, AttackStats>;
  inconclusive: number;
}

export interface Robustness {
  n: number;
  attacked: number;
  skipped: number;
  perEps: EpsResult[];
  /** Per sample index (into the sample) and eps index: robust (true) or broken. */
  robustMatrix: boolean[][];
  minimalNorm?: { attack: 'hopskipjump'; median: number | null; p10: number | null; found: number };
  natural?: NaturalResult;
  flags: { id: string; message: string }[];
  fragile: { row: number; eps: number; attack: string; changes: { feature: string; from: number; to: number }[] }[];
  totalQueries: number;
}

/** The worst case per sample over a cascade of attacks, across an epsilon grid. */
export async function evaluateRobustness(
  target: Target,
  space: Space,
  criterion: Criterion,
  set: EvalSet,
  sample: number[],
  cfg: RunConfig,
  clock: Clock,
  log: Logger,
  classNames: string[] = set.classNames,
): Promise<Robustness> {
  const d = space.d;
  const n = sample.length;
  const x = new Float32Array(n * d);
  sample.forEach((r, i) => x.set(set.x.subarray(r * d, (r + 1) * d), i * d));
  const labels = sample.map((r) => set.labels[r]!);
  const k = target.classes;
  const clean = await target.predict(x, n);
  const again = await target.predict(x, n);
  const flags: Robustness['flags'] = [];
  if (clean.some((v, j) => v !== again[j])) flags.push({ id: 'non-deterministic', message: 'two identical prediction runs gave different scores: the model or endpoint is randomised, so attack results vary between runs' });
  const decisions = labels.map((_, i) => decide(clean, i * k, criterion));
  const correct = decisions.map((p, i) => p === labels[i]);
  const attackable = sample.map((_, i) => i).filter((i) => (criterion.kind === 'directional' ? labels[i] === criterion.positive && decisions[i] === criterion.positive : correct[i]));
  const u0 = sample.map((_, i) => toU(space, x.subarray(i * d, (i + 1) * d)));
  const problem = new Problem(target, space, criterion, u0, labels, { totalQueries: cfg.totalQueries, deadline: cfg.deadline }, clock);

  let natural: NaturalResult | undefined;
  if (cfg.natural > 0) natural = await naturalPerturbation(target, space, criterion, x, n, decisions, cfg.natural);

  const ctxFor = (eps: number): AttackContext => ({ problem, eps, norm: cfg.norm, seed: cfg.seed, budget: cfg.budgetQueries, mode: cfg.mode, ...(cfg.imageShape ? { imageShape: cfg.imageShape } : {}), steps: cfg.steps });
  const inconclusive = new Set<number>();
  const run = async (name: AttackName, eps: number, idx: number[]): Promise<Map<number, SampleOutcome>> => {
    const out = new Map<number, SampleOutcome>();
    const results = await problem.runAll(idx, async (i) => {
      try {
        return await ATTACK_FNS[name](ctxFor(eps), i);
      } catch (e) {
        if (e instanceof BudgetStop) {
          inconclusive.add(i);
          return { success: false, queries: 0 } as SampleOutcome;
        }
        throw e;
      }
    });
    idx.forEach((i, t) => out.set(i, results[t]!));
    return out;
  };

  // Minimal-norm (decision-based) attack: run once, read at every epsilon.
  let hsja: Map<number, SampleOutcome> | undefined;
  if (cfg.attacks.includes('hopskipjump')) {
    log.info(`hopskipjump: ${attackable.length} samples, up to ${cfg.budgetQueries} queries each`);
    hsja = await run('hopskipjump', Infinity, attackable);
  }

  const brokenBy = new Map<number, { attack: string; eps: number; adv?: Float64Array }>();
  const perEps: EpsResult[] = [];
  const robustMatrix = sample.map(() => cfg.eps.map(() => false));
  for (const [e, eps] of cfg.eps.entries()) {
    // queries each attack spent on the samples it broke at this epsilon
    const qSuccess = new Map<string, number[]>();
    const stats: Record<string, AttackStats> = {};
    let still = attackable.filter((i) => !brokenBy.has(i));
    for (const name of cfg.attacks) {
      const attempted = still.length;
      let broken = 0;
      if (name === 'hopskipjump') {
        for (const i of still) {
          const r = hsja!.get(i)!;
          if (r.success && (r.distance ?? Infinity) <= eps * (1 + 1e-9)) {
            broken++;
            brokenBy.set(i, { attack: name, eps, ...(r.adv ? { adv: r.adv } : {}) });
            qSuccess.set(name, [...(qSuccess.get(name) ?? []), r.queries]);
          }
        }
      } else if (still.length) {
        log.info(`${name} at ${cfg.norm} eps ${eps}: ${still.length} samples`);
        const res = await run(name, eps, still);
        for (const [i, r] of res) {
          if (!r.success) continue;
          broken++;
          brokenBy.set(i, { attack: name, eps, ...(r.adv ? { adv: r.adv } : {}) });
          qSuccess.set(name, [...(qSuccess.get(name) ?? []), r.queries]);
        }
      }
      const qs = qSuccess.get(name) ?? [];
      stats[name] = { broken, attempted, queriesPerSuccess: { mean: round(mean(qs), 2), median: round(quantile(qs, 0.5), 2), p90: round(quantile(qs, 0.9), 2) } };
      still = still.filter((i) => !brokenBy.has(i));
    }
    // A sample broken at a smaller epsilon stays broken at this one.
    const robust = sample.map((_, i) => correct[i]! && !brokenBy.has(i));
    robust.forEach((r, i) => (robustMatrix[i]![e] = criterion.kind === 'directional' ? labels[i] === criterion.positive && decisions[i] === criterion.positive && !brokenBy.has(i) : r));
    const robustCount = robust.filter(Boolean).length;
    const res: EpsResult = {
      eps,
      cleanAccuracy: round(correct.filter(Boolean).length / n)!,
      robustAccuracy: round(robustCount / n)!,
      robustAccuracyCI: wilson(robustCount, n).map((v) => round(v)!) as [number, number],
      attackSuccessRate: attackable.length ? round(attackable.filter((i) => brokenBy.has(i)).length / attackable.length) : null,
      perClass: classNames.map((name, c) => {
        const idx = labels.map((y, i) => (y === c ? i : -1)).filter((i) => i >= 0);
        return { class: name, n: idx.length, robustAccuracy: idx.length ? round(idx.filter((i) => robust[i]).length / idx.length)! : 0 };
      }).filter((c) => c.n > 0),
      attacks: stats,
      inconclusive: [...inconclusive].filter((i) => !brokenBy.has(i)).length,
    };
    if (criterion.kind === 'directional') {
      const positives = labels.filter((y) => y === criterion.positive).length;
      const flagged = attackable.length;
      const held = attackable.filter((i) => !brokenBy.has(i)).length;
      res.cleanRecall = positives ? round(flagged / positives)! : 0;
      res.robustRecall = positives ? round(held / positives)! : 0;
      res.robustRecallCI = wilson(held, positives).map((v) => round(v)!) as [number, number];
    }
    perEps.push(res);
  }

  // Sanity flags in AutoAttack's spirit.
  const white = cfg.attacks.filter((a) => WHITE_BOX.includes(a));
  if (white.length && problem.hasGradient) {
    const firstWhite = cfg.attacks.indexOf(white[0]!);
    for (const r of perEps) {
      const after = cfg.attacks.slice(firstWhite + 1).filter((a) => !WHITE_BOX.includes(a));
      const extra = after.reduce((acc, a) => acc + (r.attacks[a]?.broken ?? 0), 0);
      if (n && extra / n > 0.01) {
        flags.push({ id: 'black-box-beats-white-box', message: `at ${cfg.norm} eps ${r.eps}, black-box attacks broke ${extra} samples that ${white.join('/')} with exact gradients could not: a sign of gradient masking or a weak white-box attack` });
        break;
      }
    }
  }
  if (attackable.length && inconclusive.size / attackable.length > 0.1) {
    flags.push({ id: 'budget-exhausted', message: `the global query or time budget ran out before ${inconclusive.size} of ${attackable.length} samples were finished: robust accuracy is an upper bound (inconclusive)` });
  }
  if (criterion.output === 'probabilities' && cfg.attacks.some((a) => WHITE_BOX.includes(a) || a === 'spsa-pgd')) {
    flags.push({ id: 'softmax-output', message: 'the attacked output is probabilities, not logits: saturated probabilities give vanishing gradients; attack a logits output if the model has one' });
  }

  let minimalNorm: Robustness['minimalNorm'];
  if (hsja) {
    const dists = attackable.map((i) => hsja!.get(i)!.distance ?? Infinity).filter((v) => Number.isFinite(v));
    minimalNorm = { attack: 'hopskipjump', median: round(quantile(dists, 0.5)), p10: round(quantile(dists, 0.1)), found: dists.length };
  }

  const fragile = [...brokenBy.entries()]
    .sort((a, b) => a[1].eps - b[1].eps || a[0] - b[0])
    .slice(0, 5)
    .map(([i, b]) => {
      const adv = new Float32Array(d);
      // report the row the model actually saw: integers rounded, one-hot groups valid
      const fixed = b.adv ? repair(space, b.adv.slice(), u0[i]!, b.eps, cfg.norm) : undefined;
      if (fixed) toX(space, fixed, adv);
      const changes = fixed
        ? space.names
            .map((feature, j) => ({ feature, from: x[i * d + j]!, to: adv[j]!, rel: Math.abs(fixed[j]! - u0[i]![j]!) }))
            .filter((c) => c.rel > 1e-9)
            .sort((p, q) => q.rel - p.rel)
            .slice(0, 3)
            .map((c) => ({ feature: c.feature, from: round(c.from, 4)!, to: round(c.to, 4)! }))
        : [];
      return { row: set.rows[sample[i]!]!, eps: b.eps, attack: b.attack, changes };
    });

  return {
    n,
    attacked: attackable.length,
    skipped: n - attackable.length,
    perEps,
    robustMatrix,
    ...(minimalNorm ? { minimalNorm } : {}),
    ...(natural ? { natural } : {}),
    flags,
    fragile,
    totalQueries: problem.totalQueries,
  };
}

/** The margin's gradient norm at clean points: all zero means gradient attacks are blind. */
export async function zeroGradientShare(target: Target, criterion: Criterion, x: Float32Array, labels: number[]): Promise<number> {
  if (!target.gradient || !labels.length) return 0;
  const n = labels.length;
  const k = target.classes;
  const scores = await target.predict(x, n);
  const up = new Float32Array(n * k);
  const g = new Float64Array(k);
  labels.forEach((y, i) => {
    margin(scores, i * k, y, criterion, g);
    for (let c = 0; c < k; c++) up[i * k + c] = g[c]!;
  });
  const dx = await target.gradient(x, n, up);
  let zero = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < target.d; j++) s += Math.abs(dx[i * target.d + j]!);
    if (s === 0) zero++;
  }
  return zero / n;
}
