import type { Clock } from '@mlguard/core';
import { decide, margin } from './criterion.js';
import type { Criterion } from './criterion.js';
import { repair, toX } from './features.js';
import type { Norm, Space } from './features.js';
import type { Target } from './target/target.js';

/** Thrown into an attack when the global query budget or the wall-clock budget runs out. */
export class BudgetStop extends Error {
  constructor(readonly reason: 'queries' | 'time') {
    super(`budget exhausted (${reason})`);
  }
}

export interface Evaluation {
  margin: number;
  success: boolean;
}

export interface GradEvaluation extends Evaluation {
  /** d margin / d u, in the attack space. */
  grad: Float64Array;
}

interface PendingPredict {
  kind: 'predict';
  rows: Float32Array;
  m: number;
  y: number;
  /** A single-row request resolves with its Evaluation directly (the hot path of Square and SimBA). */
  one: boolean;
  resolve: (r: Evaluation[] | Evaluation) => void;
  reject: (e: unknown) => void;
}
interface PendingGrad {
  kind: 'grad';
  rows: Float32Array;
  y: number;
  resolve: (r: GradEvaluation) => void;
  reject: (e: unknown) => void;
}

export interface Budget {
  /** Cap on model rows evaluated over the whole run. */
  totalQueries: number;
  /** Absolute deadline (ms since epoch, from ports.clock). */
  deadline: number;
}

/**
 * The attacked samples and the model behind them. Attacks are written per sample as plain
 * sequential async code; every model query goes through a scheduler that waits until all
 * running sample coroutines are blocked on a query and then sends them to the model as one
 * batch. That keeps the attack code simple and the model calls large (one ORT call or one
 * HTTP request per attack iteration instead of one per row).
 */
export class Problem {
  readonly d: number;
  readonly queries: number[];
  totalQueries = 0;
  exhausted: BudgetStop | undefined;
  private active = 0;
  private pending: (PendingPredict | PendingGrad)[] = [];
  private flushing = false;

  constructor(
    readonly target: Target,
    readonly space: Space,
    readonly criterion: Criterion,
    /** Per sample, the clean point in attack space. */
    readonly u0: Float64Array[],
    readonly labels: number[],
    readonly budget: Budget,
    private readonly clock: Clock,
  ) {
    this.d = space.d;
    this.queries = u0.map(() => 0);
  }

  get hasGradient(): boolean {
    return this.target.gradient !== undefined;
  }

  /** Runs one coroutine per sample with batched queries; returns their results in order. */
  async runAll<T>(indices: number[], fn: (i: number) => Promise<T>): Promise<T[]> {
    return Promise.all(
      indices.map(async (i) => {
        this.active++;
        try {
          return await fn(i);
        } finally {
          this.active--;
          this.maybeFlush();
        }
      }),
    );
  }

  /** Reused for every repair: the hot path allocates only the rows it hands to the model. */
  private scratch = new Float64Array(0);

  private toRows(us: Float64Array[], i: number, eps: number, norm: Norm): Float32Array {
    const rows = new Float32Array(us.length * this.d);
    if (this.scratch.length !== this.d) this.scratch = new Float64Array(this.d);
    const tmp = this.scratch;
    for (let r = 0; r < us.length; r++) {
      tmp.set(us[r]!);
      repair(this.space, tmp, this.u0[i]!, eps, norm);
      toX(this.space, tmp, rows, r * this.d);
    }
    return rows;
  }

  /** Margins of candidate points for sample i (repaired to valid rows first). */
  evaluate(i: number, us: Float64Array[], eps: number, norm: Norm): Promise<Evaluation[]> {
    if (this.exhausted) return Promise.reject(this.exhausted);
    const rows = this.toRows(us, i, eps, norm);
    this.queries[i]! += us.length;
    return new Promise((resolve, reject) => {
      this.pending.push({ kind: 'predict', rows, m: us.length, y: this.labels[i]!, one: false, resolve: resolve as (r: Evaluation[] | Evaluation) => void, reject });
      this.maybeFlush();
    });
  }

  evaluateOne(i: number, u: Float64Array, eps: number, norm: Norm): Promise<Evaluation> {
    if (this.exhausted) return Promise.reject(this.exhausted);
    this.one[0] = u;
    const rows = this.toRows(this.one, i, eps, norm);
    this.queries[i]! += 1;
    return new Promise((resolve, reject) => {
      this.pending.push({ kind: 'predict', rows, m: 1, y: this.labels[i]!, one: true, resolve: resolve as (r: Evaluation[] | Evaluation) => void, reject });
      this.maybeFlush();
    });
  }

  private readonly one: Float64Array[] = [new Float64Array(0)];

  /** Margin and its exact gradient (forward + backward pass: counted as two queries). */
  gradient(i: number, u: Float64Array, eps: number, norm: Norm): Promise<GradEvaluation> {
    if (this.exhausted) return Promise.reject(this.exhausted);
    const rows = this.toRows([u], i, eps, norm);
    this.queries[i]! += 2;
    return new Promise((resolve, reject) => {
      this.pending.push({ kind: 'grad', rows, y: this.labels[i]!, resolve, reject });
      this.maybeFlush();
    });
  }

  private maybeFlush(): void {
    if (this.flushing || !this.pending.length || this.pending.length < this.active) return;
    this.flushing = true;
    const batch = this.pending;
    this.pending = [];
    void this.flush(batch).finally(() => {
      this.flushing = false;
      this.maybeFlush();
    });
  }

  private stopIfOver(rows: number): void {
    if (this.exhausted) return;
    if (this.totalQueries + rows > this.budget.totalQueries) this.exhausted = new BudgetStop('queries');
    else if (this.clock.now().getTime() > this.budget.deadline) this.exhausted = new BudgetStop('time');
  }

  private async flush(batch: (PendingPredict | PendingGrad)[]): Promise<void> {
    const rowsTotal = batch.reduce((a, p) => a + (p.kind === 'predict' ? p.m : 2), 0);
    this.stopIfOver(rowsTotal);
    if (this.exhausted) {
      for (const p of batch) p.reject(this.exhausted);
      return;
    }
    this.totalQueries += rowsTotal;
    try {
      const preds: PendingPredict[] = [];
      const grads: PendingGrad[] = [];
      for (const p of batch) (p.kind === 'predict' ? preds : grads).push(p as PendingPredict & PendingGrad);
      let n = grads.length;
      for (const p of preds) n += p.m;
      const x = new Float32Array(n * this.d);
      let at = 0;
      for (const p of preds) {
        x.set(p.rows, at * this.d);
        at += p.m;
      }
      for (const p of grads) x.set(p.rows, at++ * this.d);
      const scores = await this.target.predict(x, n);
      const k = this.target.classes;
      at = 0;
      for (const p of preds) {
        if (p.one) {
          p.resolve({ margin: margin(scores, at * k, p.y, this.criterion), success: decide(scores, at * k, this.criterion) !== p.y });
          at++;
          continue;
        }
        const out: Evaluation[] = [];
        for (let r = 0; r < p.m; r++, at++) out.push({ margin: margin(scores, at * k, p.y, this.criterion), success: decide(scores, at * k, this.criterion) !== p.y });
        p.resolve(out);
      }
      if (grads.length) {
        const upstream = new Float32Array(grads.length * k);
        const g = new Float64Array(k);
        const evals: Evaluation[] = [];
        grads.forEach((p, r) => {
          const row = at + r;
          evals.push({ margin: margin(scores, row * k, p.y, this.criterion, g), success: decide(scores, row * k, this.criterion) !== p.y });
          for (let c = 0; c < k; c++) upstream[r * k + c] = g[c]!;
        });
        const gx = new Float32Array(grads.length * this.d);
        grads.forEach((p, r) => gx.set(p.rows, r * this.d));
        const dx = await this.target.gradient!(gx, grads.length, upstream);
        grads.forEach((p, r) => {
          const gu = new Float64Array(this.d);
          // chain rule into the attack space: x = offset + u * scale
          for (let j = 0; j < this.d; j++) gu[j] = dx[r * this.d + j]! * this.space.scale[j]!;
          p.resolve({ ...evals[r]!, grad: gu });
        });
      }
    } catch (e) {
      for (const p of batch) p.reject(e);
    }
  }
}
