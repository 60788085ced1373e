// Seeded variants of a table: every transformation alone (with a few of its parameters), then
// combinations of two to four, until the table has its count. The same seed gives the same variants.
import fc from 'fast-check';
import type { Roles } from './roles';
import { TRANSFORMATIONS, type Transformation } from './transforms';
import { NotApplicable, Variant } from './variant';
import type { WorkSheet } from './workSheet';

export interface Made {
  /** What was done, step by step. */
  readonly steps: readonly string[];
  /** The transformations used, by name. */
  readonly names: readonly string[];
  readonly sheet: WorkSheet;
  /** The tables the sheet holds (2 when one is stacked below the other), each to read as the original. */
  readonly tables: number;
}

/** Applies the steps in order; a step that does not fit the table (or the steps before it) is left out. */
function make(original: WorkSheet, roles: Roles, steps: readonly { t: Transformation<never>; p: never }[]): Made | null {
  const v = new Variant(original.clone(), roles);
  const names: string[] = [];
  for (const { t, p } of steps) {
    const before = { sheet: v.sheet.clone(), extraHeaderRows: v.extraHeaderRows, targetParts: v.targetParts, tables: v.tables };
    try {
      v.steps.push(t.apply(v, p));
      names.push(t.name);
    } catch (e) {
      if (!(e instanceof NotApplicable)) throw e;
      v.sheet = before.sheet;
      v.extraHeaderRows = before.extraHeaderRows;
      v.targetParts = before.targetParts;
      v.tables = before.tables;
    }
  }
  return names.length ? { steps: v.steps, names, sheet: v.sheet, tables: v.tables } : null;
}

export function variantsOf(original: WorkSheet, roles: Roles, seed: number, { alone = 2, total = 24 } = {}): Made[] {
  const out: Made[] = [];
  const seen = new Set<string>();
  const keep = (m: Made | null) => {
    if (!m || seen.has(m.steps.join(' · '))) return false;
    seen.add(m.steps.join(' · '));
    out.push(m);
    return true;
  };
  TRANSFORMATIONS.forEach((t, i) => {
    const params = fc.sample(t.params as fc.Arbitrary<never>, { seed: seed * 31 + i, numRuns: 12 });
    let made = 0;
    for (const p of params) if (made < alone && keep(make(original, roles, [{ t, p }]))) made++;
  });
  const combos = fc.sample(
    fc.shuffledSubarray([...TRANSFORMATIONS.keys()], { minLength: 2, maxLength: 4 }).chain((idx) =>
      fc.tuple(...idx.map((i) => (TRANSFORMATIONS[i].params as fc.Arbitrary<never>).map((p) => ({ t: TRANSFORMATIONS[i], p })))),
    ),
    { seed: seed * 31 + 1000, numRuns: 200 },
  );
  for (const steps of combos) {
    if (out.length >= total) break;
    const m = make(original, roles, steps);
    if (m && m.names.length >= 2) keep(m);
  }
  return out;
}
