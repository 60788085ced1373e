// What a sheet's rows come to, counted once for the terminal, the JSON and 汇总.xlsx: rows computed by
// their rules and typed scores only kept (SPEC §2.3), deductions, errors, manual scores, disagreements.
import type { RowResult, ScoreResult } from '../core';

/** What a sheet's rows come to, each count of one thing (SPEC §4: 扣分项 are the rows with a deduction). */
export interface RowCounts {
  /** Scores computed by the rules (not typed scores kept). */
  readonly computed: number;
  readonly deductions: number;
  readonly errors: number;
  readonly manual: number;
  /** Typed scores kept as typed (not checked): a judgement, or an input missing. */
  readonly kept: number;
  /** Typed scores that differ from the computed ones. */
  readonly disagreements: number;
}

export function counts(result: ScoreResult | null): RowCounts {
  const rows = result?.rows ?? [];
  const kept = rows.filter((r) => (r.status === 'full' || r.status === 'deducted') && r.kept !== null).length;
  return {
    computed: rows.filter((r) => r.score !== null).length - kept,
    deductions: rows.filter((r) => r.status === 'deducted').length,
    errors: rows.filter((r) => r.status === 'error').length,
    manual: rows.filter((r) => r.status === 'manual').length,
    kept,
    disagreements: rows.filter(changedTypedScore).length,
  };
}

/** A typed score the rule changed: computed otherwise (a kept score above the points is not one). */
export function changedTypedScore(r: RowResult): boolean {
  return (r.status === 'full' || r.status === 'deducted') && r.kept === null && r.typedScore !== null && !r.typedScore.equals(r.score);
}

/** Why a sheet scored has no row computed by its rule (all typed scores kept, or none scorable); null when some row is. */
export type NotComputed = 'no-actual-column' | 'none-computable';

export function whyNotComputed(result: ScoreResult | null): NotComputed | null {
  if (!result?.layout || result.rows.length === 0 || counts(result).computed > 0) return null;
  return result.layout.columns.actual === undefined ? 'no-actual-column' : 'none-computable';
}
